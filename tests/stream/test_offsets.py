"""Offsets by time on the real broker: the client-side search, and the broker answer only when verified."""

from __future__ import annotations

import asyncio

import pytest
from aiokafka import TopicPartition
from aiokafka.admin import NewTopic

from worker.settings import Settings
from worker.stream.clients import admin, consumer, producer
from worker.stream.connect import started
from worker.stream.offsets import offsets_at

BASE = 1_700_000_000_000
STAMPS = [BASE + 1000 * i for i in (0, 1, 1, 2, 5, 8, 8, 13)]  # non-decreasing, with equal neighbours


def expected(when_ms: int) -> int:
    return next((offset for offset, stamp in enumerate(STAMPS) if stamp >= when_ms), len(STAMPS))


@pytest.fixture
def stamped_topic(broker, unique_name):
    """One partition holding records with the STAMPS timestamps, one record per batch."""
    settings = Settings(broker_url=broker.url, end_offsets_by_fetch=True)
    topic = f"offsets-{unique_name}"

    async def create():
        async with started(admin(settings, broker.bootstrap)) as client:
            await client.create_topics([NewTopic(topic, 1, 1)])
        async with started(producer(settings, broker.bootstrap)) as client:
            for offset, stamp in enumerate(STAMPS):
                await client.send_and_wait(topic, value=f"record {offset}".encode(), partition=0, timestamp_ms=stamp)

    asyncio.run(create())
    return settings, TopicPartition(topic, 0)


def lookup(settings, bootstrap, tp, when_ms, mode):
    async def go():
        async with started(consumer(settings, bootstrap)) as client:
            return (await offsets_at(client, [tp], when_ms, mode))[tp]

    return asyncio.run(go())


@pytest.mark.parametrize("when_ms", [0, BASE, BASE + 500, BASE + 1000, BASE + 1500, BASE + 5000, BASE + 7999,
                                     BASE + 13000, BASE + 99000])
@pytest.mark.parametrize("mode", ["scan", "auto"])
def test_first_offset_at_or_after_time(broker, stamped_topic, when_ms, mode):
    settings, tp = stamped_topic
    assert lookup(settings, broker.bootstrap, tp, when_ms, mode) == expected(when_ms)


def test_auto_corrects_the_embedded_brokers_answer(broker, stamped_topic):
    """Tansu answers ListOffsets by time wrongly (offset 0 here); auto notices and searches."""
    settings, tp = stamped_topic
    when_ms = BASE + 5000
    assert lookup(settings, broker.bootstrap, tp, when_ms, "broker") != expected(when_ms)
    assert lookup(settings, broker.bootstrap, tp, when_ms, "auto") == expected(when_ms)
