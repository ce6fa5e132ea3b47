"""Faust agents: each reads one topic, calls one stage step, writes its outputs. No domain logic here."""

from __future__ import annotations

import asyncio
import logging
import time
import weakref
from collections.abc import AsyncIterator, Callable
from contextvars import ContextVar
from datetime import datetime, timezone
from functools import partial
from typing import Any

import faust
from faust.streams import _current_event
from pydantic import BaseModel

from ..ingest import SourcePosition
from ..ingest.validate import dead_letter
from ..models import Alert, Article, ContributionBatch, DeadLetter, DeadLetterReason, Event
from ..models.contribution import TALLY_BOOK_KEY
from ..pipeline.stages import Stages
from .codec import decode, encode
from .envelopes import ENVELOPES
from .metrics import ARTICLE_TO_ALERT, DEAD_LETTERS, MESSAGES, STAGE_SECONDS, STEP_RECORDS
from .outbox import Outbox, Sender
from .steps import StepBuffer

log = logging.getLogger(__name__)


def log_fields(stage: str, message) -> dict:
    """Structured log fields: where the message was read and its key (the article, incident or tally id)."""
    key_text = message.key.decode("utf-8", "replace") if isinstance(message.key, bytes) else message.key
    return {"stage": stage, "topic": message.topic, "partition": message.partition, "offset": message.offset,
            "message_key": key_text}


def record_time(message) -> datetime:
    """The raw record's Kafka timestamp: part of the log, so a replay sees the same 'received' time."""
    if message.timestamp and message.timestamp > 0:
        return datetime.fromtimestamp(message.timestamp, timezone.utc)
    return datetime.now(timezone.utc)


def set_current_event(event) -> None:
    """faust's table writes take their changelog partition from the event in hand, a task-local it sets while
    iterating; a step handles several events after iterating over them, so it names each one itself."""
    _current_event.set(None if event is None else weakref.ref(event))


def one(model: type[BaseModel], value: bytes) -> list:
    """The items of a public topic's record: itself."""
    return [decode(model, value)]


#: The outbox of the step in progress (each agent runs in its own task).
OUTBOX: ContextVar[Outbox] = ContextVar("wirewatch_outbox")


def release_when_sent(events: list, written: list[asyncio.Future]) -> None:
    """Acknowledges a step's inputs once all its records are on the broker, so an agent goes on to its next
    step while the broker confirms the last one's. A record that failed after the producer's retries leaves the
    inputs unacknowledged: the consumer fetches them again from the committed offset (see consumer.py)."""
    if not written:
        for event in events:
            event.ack()
        return
    pending = [len(written)]
    failures: list[BaseException] = []

    def settle(outcome: asyncio.Future) -> None:  # a countdown: cheaper than asyncio.gather
        if outcome.cancelled():
            failures.append(asyncio.CancelledError())
        elif outcome.exception() is not None:
            failures.append(outcome.exception())
        pending[0] -= 1
        if pending[0]:
            return
        if not failures:
            for event in events:
                event.ack()
            return
        message = events[0].message
        log.error("%d output record(s) of a step from %s[%s]@%s (%d input(s)) were not written (%r); the inputs "
                  "will be read again", len(failures), message.topic, message.partition, message.offset,
                  len(events), failures[0])

    for future in written:
        future.add_done_callback(settle)


class Wiring:
    """Registers the agents of one app on its topics.

    Each agent's stream feeds a stepper (`StepBuffer`): a step is every record waiting when it starts, up to
    `WIREWATCH_MAX_STEP_RECORDS`, after at most `WIREWATCH_STEP_LINGER`. Its outputs leave together, internal
    ones packed per partition (envelopes.py), and its inputs are acknowledged when all of them are written."""

    def __init__(self, app: faust.App, topics: dict[str, faust.TopicT], stages: Stages) -> None:
        self.app, self.topics, self.stages = app, topics, stages
        self.max_step_records = stages.settings.max_step_records
        self.step_linger = stages.settings.step_linger
        self.sender = Sender(app.producer, {role: topic.get_topic_name() for role, topic in topics.items()})

    def send(self, role: str, message_key: str, message: BaseModel) -> None:
        """Adds a record to the step's outbox; it is written when the step ends (`flush`)."""
        OUTBOX.get().add(role, message_key, message)

    async def flush(self, outbox: Outbox) -> list[asyncio.Future]:
        return await self.sender.write(outbox)

    def send_dead_letter(self, letter: DeadLetter) -> None:
        DEAD_LETTERS.labels(letter.stage, letter.reason.value).inc()
        self.send("deadletter", letter.article_id or letter.dead_letter_id, letter)

    def register(self) -> None:
        self.agent("raw", "validate", None, self.on_raw)
        self.agent("valid", "dedup", ENVELOPES["valid"].unpack, self.on_valid)
        self.agent("unique", "extract", partial(one, Article), self.on_unique)
        self.agent("resolve", "incidents", ENVELOPES["resolve"].unpack, self.on_new_event)
        self.agent("contributions", "tallies", ENVELOPES["contributions"].unpack, self.on_contributions)

    def agent(self, role: str, stage: str, unpack: Callable[[bytes], Any] | None, handler: Callable) -> None:
        """One agent per stage; a failing input dead-letters instead of being skipped silently.

        `unpack` turns a record's value into the items the handler takes one at a time (None: the raw bytes)."""

        async def process(stream: AsyncIterator) -> None:
            steps = StepBuffer(self.max_step_records, self.step_linger)
            stepper = asyncio.ensure_future(self.run_steps(stage, steps, unpack, handler))
            try:
                async for event in stream.events():
                    # The consumer holds a reference on every record it delivers (SafeConsumer), released here
                    # only when the record's step is over and its outputs are written: faust acks the event in
                    # hand when its stream moves on or closes, and the records it skips, processed or not.
                    if self.app.consumer.in_order(event.message):
                        await steps.put(event)
                    # else: never acknowledged, it comes again after the record before it
            finally:
                stepper.cancel()

        process.__name__ = process.__qualname__ = stage
        self.app.agent(self.topics[role], name=f"wirewatch.{stage}")(process)

    async def run_steps(self, stage: str, steps: StepBuffer, unpack: Callable[[bytes], Any] | None,
                        handler: Callable) -> None:
        """The agent's stepper: a task of its own, so records waiting for a step never wait for the next one
        to arrive from the stream."""
        step_records = STEP_RECORDS.labels(stage)
        while True:
            events = await steps.take()
            # records from before a rebalance belong to the partitions' next owner now: never acknowledged,
            # they are fetched again from the committed offset (faust seeks there after every rebalance)
            generation = self.app.consumer_generation_id
            events = [event for event in events if event.message.generation_id == generation]
            if not events:
                continue
            step_records.observe(len(events))
            try:
                await self.step(stage, events, unpack, handler)
            except Exception:  # noqa: BLE001 - a step that failed outside its stages: its inputs are read again
                log.exception("stage %s failed a step of %d record(s); they will be read again", stage,
                              len(events))

    async def step(self, stage: str, events: list, unpack: Callable[[bytes], Any] | None,
                   handler: Callable) -> None:
        handled, failed, seconds = MESSAGES.labels(stage, "ok"), MESSAGES.labels(stage, "error"), \
            STAGE_SECONDS.labels(stage)
        outbox = Outbox()
        OUTBOX.set(outbox)
        for event in events:
            set_current_event(event)  # table writes go to the changelog partition of the record in hand
            message = event.message
            started = time.perf_counter()
            try:
                items = [event.value] if unpack is None else unpack(event.value)
            except Exception as exc:  # noqa: BLE001 - an unreadable record is dead-lettered whole
                failed.inc()
                self.dead_letter_failure(stage, message, event.value, None, exc)
                continue
            for index, item in enumerate(items):
                mark = outbox.mark()
                try:
                    handler(item, message)
                    handled.inc()
                except Exception as exc:  # noqa: BLE001 - the message must not vanish
                    outbox.rollback(mark)
                    failed.inc()
                    if len(items) == 1:
                        self.dead_letter_failure(stage, message, event.value, None, exc)
                    else:  # one item of an envelope: its own bytes, and its place in the record
                        self.dead_letter_failure(stage, message, encode(item), index, exc)
            seconds.observe(time.perf_counter() - started)
        set_current_event(None)
        try:
            written = await self.flush(outbox)
        except Exception:  # noqa: BLE001 - e.g. no metadata in time: the inputs are read again, not lost
            log.exception("stage %s could not hand its outputs to the producer; its %d input(s) will be read again",
                          stage, len(events))
            return
        release_when_sent(events, written)

    def dead_letter_failure(self, stage: str, message, original: bytes | None, item: int | None,
                            exc: Exception) -> None:
        log.error("stage %s failed on %s[%s]@%s%s", stage, message.topic, message.partition, message.offset,
                  "" if item is None else f" item {item}", exc_info=exc, extra=log_fields(stage, message))
        position = SourcePosition(message.topic, message.partition, message.offset)
        self.send_dead_letter(dead_letter(
            original or b"", message.key, position, DeadLetterReason.processing_error, f"{type(exc).__name__}: {exc}",
            datetime.now(timezone.utc), stage=stage, item=item))

    def on_raw(self, value: bytes, message) -> None:
        position = SourcePosition(message.topic, message.partition, message.offset)
        result = self.stages.validate(value, message.key, position, record_time(message))
        if isinstance(result, DeadLetter):
            self.send_dead_letter(result)
        else:
            self.send("valid", result.dedup_key, result)

    def on_valid(self, article: Article, message) -> None:
        verdict = self.stages.dedup(article)
        self.send("unique", verdict.article_id, verdict)

    def on_unique(self, article: Article, message) -> None:
        extraction = self.stages.extract(article)
        if extraction is None:
            return
        for event in extraction.events:
            self.send("resolve" if event.status == "new" else "events", event.incident_key, event)
        self.send_contributions(self.stages.figure_contributions(extraction))

    def on_new_event(self, event: Event, message) -> None:
        resolved = self.stages.resolve(event)
        self.send("events", resolved.event.incident_key, resolved.event)
        for incident in resolved.incidents:
            self.send("incidents", incident.incident_id, incident)
        for alert in resolved.alerts:
            self.send_alert(alert)
        self.send_contributions(resolved.contributions)

    def on_contributions(self, batch: ContributionBatch, message) -> None:
        tallied = self.stages.tally(batch)
        for update in tallied.updates:
            self.send("tallies", update.tally_id, update)
        for alert in tallied.alerts:
            self.send_alert(alert)

    def send_contributions(self, batch: ContributionBatch | None) -> None:
        if batch is not None:
            self.send("contributions", TALLY_BOOK_KEY, batch)

    def send_alert(self, alert: Alert) -> None:
        self.send("alerts", alert.alert_id, alert)
        if alert.incident is not None and alert.incident.sources:
            newest = max(source.published_at for source in alert.incident.sources)
            ARTICLE_TO_ALERT.observe(max(0.0, (datetime.now(timezone.utc) - newest).total_seconds()))
