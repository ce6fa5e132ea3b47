"""Dead letters: read and select them, and send their original bytes back for another try, once per letter."""

from __future__ import annotations

import base64
import logging
from dataclasses import dataclass

from pydantic import ValidationError

from ..models import DeadLetter
from ..settings import Settings
from .clients import producer
from .codec import decode
from .connect import require_topics, started
from .reader import read_topic

log = logging.getLogger(__name__)

#: Header on every redriven message: the dead letter it came from. Its presence on the target topic is the
#: record that the letter was redriven, so a second redrive skips it (the topic itself is the marker store).
REDRIVE_HEADER = "wirewatch-redrive-of"


def original_value(letter: DeadLetter) -> bytes:
    return base64.b64decode(letter.original_b64)


def original_key(letter: DeadLetter) -> bytes | None:
    return base64.b64decode(letter.original_key_b64) if letter.original_key_b64 is not None else None


def redrive_topic(settings: Settings, letter: DeadLetter) -> str:
    """Back where it failed: its source topic when that is one of ours (a stage's input), else the raw topic."""
    names = settings.topics.all()
    if letter.source_topic in names.values() and letter.source_topic != names["deadletter"]:
        return letter.source_topic
    return names["raw"]


async def read_letters(settings: Settings, bootstrap: str) -> list[DeadLetter]:
    """Every dead letter once (redelivery can write one twice, with the same id), oldest first."""
    await require_topics(settings, bootstrap, [settings.topics.deadletter])
    letters: dict[str, DeadLetter] = {}
    for record in await read_topic(settings, bootstrap, settings.topics.deadletter):
        try:
            letter = decode(DeadLetter, record.value)
        except ValidationError:
            log.warning("skipping an unreadable record at %s[%s]@%s", record.topic, record.partition, record.offset)
            continue
        letters.setdefault(letter.dead_letter_id, letter)
    return sorted(letters.values(), key=lambda letter: (letter.received_at, letter.dead_letter_id))


def select(letters: list[DeadLetter], reason: str | None = None, ids: tuple[str, ...] = ()) -> list[DeadLetter]:
    return [letter for letter in letters
            if (reason is None or letter.reason.value == reason) and (not ids or letter.dead_letter_id in ids)]


async def redriven(settings: Settings, bootstrap: str, topics: set[str]) -> dict[str, str]:
    """dead_letter_id -> 'topic[partition]@offset' of its redriven copy, from the headers on the target topics."""
    done: dict[str, str] = {}
    for topic in sorted(topics):
        for record in await read_topic(settings, bootstrap, topic):
            for name, value in record.headers or ():
                if name == REDRIVE_HEADER:
                    done.setdefault(value.decode("utf-8", "replace"), f"{topic}[{record.partition}]@{record.offset}")
    return done


@dataclass(frozen=True)
class Redrive:
    letter: DeadLetter
    topic: str
    outcome: str  # "sent", "would send", or "already redriven to <position>"


async def redrive(settings: Settings, bootstrap: str, letters: list[DeadLetter], execute: bool) -> list[Redrive]:
    """Send each letter's original key and bytes to its redrive topic, skipping letters already redriven."""
    targets = {letter.dead_letter_id: redrive_topic(settings, letter) for letter in letters}
    done = await redriven(settings, bootstrap, set(targets.values())) if letters else {}
    plan = [Redrive(letter, targets[letter.dead_letter_id],
                    f"already redriven to {done[letter.dead_letter_id]}" if letter.dead_letter_id in done
                    else ("sent" if execute else "would send")) for letter in letters]
    if not execute:
        return plan
    async with started(producer(settings, bootstrap)) as client:
        for item in plan:
            if item.outcome == "sent":
                await client.send_and_wait(item.topic, value=original_value(item.letter), key=original_key(item.letter),
                                           headers=[(REDRIVE_HEADER, item.letter.dead_letter_id.encode("utf-8"))])
    return plan
