"""Faust agents: each reads one topic, calls one stage step, writes its outputs. No domain logic here."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator, Callable
from contextvars import ContextVar
from datetime import datetime, timezone

import faust

from ..ingest import SourcePosition
from ..ingest.validate import dead_letter
from ..models import Alert, Article, ContributionBatch, DeadLetter, DeadLetterReason, Event
from ..models.contribution import TALLY_BOOK_KEY
from ..pipeline.stages import Stages
from .codec import decode, encode, key
from .metrics import ARTICLE_TO_ALERT, DEAD_LETTERS, MESSAGES, STAGE_SECONDS

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


#: The records the current step handed to the producer (one list per step; each agent runs in its own task).
OUTBOX: ContextVar[list[asyncio.Future]] = ContextVar("wirewatch_outbox")


def release_when_sent(event, written: list[asyncio.Future]) -> None:
    """Acknowledges the step's input once all its records are on the broker, so an agent goes on to its next
    input while the broker confirms the last one's. A record that failed after the producer's retries leaves the
    input unacknowledged: the consumer fetches it again from the committed offset (see consumer.py)."""
    if not written:
        event.ack()
        return
    pending = [len(written)]
    failures: list[BaseException] = []

    def settle(outcome: asyncio.Future) -> None:  # a countdown: cheaper than asyncio.gather for one or two records
        if outcome.cancelled():
            failures.append(asyncio.CancelledError())
        elif outcome.exception() is not None:
            failures.append(outcome.exception())
        pending[0] -= 1
        if pending[0]:
            return
        if not failures:
            event.ack()
            return
        message = event.message
        log.error("%d output record(s) of %s[%s]@%s were not written (%r); the input will be read again",
                  len(failures), message.topic, message.partition, message.offset, failures[0])

    for future in written:
        future.add_done_callback(settle)


class Wiring:
    """Registers the agents of one app on its topics."""

    def __init__(self, app: faust.App, topics: dict[str, faust.TopicT], stages: Stages) -> None:
        self.app, self.topics, self.stages = app, topics, stages

    async def send(self, role: str, message_key: str, message) -> None:
        """Hands the record to the producer without waiting for the broker: the input is acknowledged once
        every record of its step is written (`release_when_sent`), and faust flushes before it commits.

        Straight to the Kafka producer, past faust's topic layer (future message, sensors, schema): that layer
        cost about as much CPU as the send itself. Topics exist before any record is sent (admin.py), and the
        partition is the Kafka client's murmur2 of the key, as faust would have chosen."""
        written = await self.app.producer.send(self.topics[role].get_topic_name(), key(message_key), encode(message),
                                               partition=None, timestamp=None, headers=None)
        OUTBOX.get().append(written)

    async def send_dead_letter(self, letter: DeadLetter) -> None:
        DEAD_LETTERS.labels(letter.stage, letter.reason.value).inc()
        await self.send("deadletter", letter.article_id or letter.dead_letter_id, letter)

    def register(self) -> None:
        self.agent("raw", "validate", self.on_raw)
        self.agent("valid", "dedup", self.on_valid)
        self.agent("unique", "extract", self.on_unique)
        self.agent("resolve", "incidents", self.on_new_event)
        self.agent("contributions", "tallies", self.on_contributions)

    def agent(self, role: str, stage: str, handler: Callable) -> None:
        """One agent per stage; a failing step dead-letters its input instead of skipping it silently."""

        handled, seconds = MESSAGES.labels(stage, "ok"), STAGE_SECONDS.labels(stage)

        async def process(stream: AsyncIterator) -> None:
            async for event in stream.events():
                message = event.message
                if not self.app.consumer.in_order(message):
                    message.incref()  # never acknowledged: it comes again, after the record before it
                    continue
                # faust acks the event in hand when its stream is closed, even if this step was cancelled
                # half-way (worker stopping): hold a reference until the step is over, so a cut-short step is
                # never acknowledged, never committed, and runs again on the next owner of the partition.
                message.incref()
                written: list[asyncio.Future] = []
                OUTBOX.set(written)
                started = time.perf_counter()
                try:
                    await handler(event.value, message)
                    handled.inc()
                except Exception as exc:  # noqa: BLE001 - the message must not vanish
                    log.exception("stage %s failed on %s[%s]@%s", stage, message.topic, message.partition,
                                  message.offset, extra=log_fields(stage, message))
                    MESSAGES.labels(stage, "error").inc()
                    position = SourcePosition(message.topic, message.partition, message.offset)
                    await self.send_dead_letter(dead_letter(
                        event.value or b"", message.key, position, DeadLetterReason.processing_error,
                        f"{type(exc).__name__}: {exc}", datetime.now(timezone.utc), stage=stage))
                seconds.observe(time.perf_counter() - started)
                release_when_sent(event, written)

        process.__name__ = process.__qualname__ = stage
        self.app.agent(self.topics[role], name=f"wirewatch.{stage}")(process)

    async def on_raw(self, value: bytes, message) -> None:
        position = SourcePosition(message.topic, message.partition, message.offset)
        result = self.stages.validate(value, message.key, position, record_time(message))
        if isinstance(result, DeadLetter):
            await self.send_dead_letter(result)
        else:
            await self.send("valid", result.dedup_key, result)

    async def on_valid(self, value: bytes, message) -> None:
        article = self.stages.dedup(decode(Article, value))
        await self.send("unique", article.article_id, article)

    async def on_unique(self, value: bytes, message) -> None:
        extraction = self.stages.extract(decode(Article, value))
        if extraction is None:
            return
        for event in extraction.events:
            if event.status == "new":
                await self.send("resolve", event.incident_key, event)
            else:
                await self.send("events", event.incident_key, event)
        await self.send_contributions(self.stages.figure_contributions(extraction))

    async def on_new_event(self, value: bytes, message) -> None:
        resolved = self.stages.resolve(decode(Event, value))
        await self.send("events", resolved.event.incident_key, resolved.event)
        for incident in resolved.incidents:
            await self.send("incidents", incident.incident_id, incident)
        for alert in resolved.alerts:
            await self.send_alert(alert)
        await self.send_contributions(resolved.contributions)

    async def on_contributions(self, value: bytes, message) -> None:
        tallied = self.stages.tally(decode(ContributionBatch, value))
        for update in tallied.updates:
            await self.send("tallies", update.tally_id, update)
        for alert in tallied.alerts:
            await self.send_alert(alert)

    async def send_contributions(self, batch: ContributionBatch | None) -> None:
        if batch is not None:
            await self.send("contributions", TALLY_BOOK_KEY, batch)

    async def send_alert(self, alert: Alert) -> None:
        await self.send("alerts", alert.alert_id, alert)
        if alert.incident is not None and alert.incident.sources:
            newest = max(source.published_at for source in alert.incident.sources)
            ARTICLE_TO_ALERT.observe(max(0.0, (datetime.now(timezone.utc) - newest).total_seconds()))
