"""Reading whole topics (up to their current end) and following them, for demo, tail and tests."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

from aiokafka import TopicPartition
from aiokafka.structs import ConsumerRecord

from ..settings import Settings
from .clients import consumer


async def read_topic(settings: Settings, bootstrap: str, topic: str, timeout: float = 30.0) -> list[ConsumerRecord]:
    """Every record currently in the topic, partition by partition in offset order."""
    records: list[ConsumerRecord] = []
    async for record in follow(settings, bootstrap, topic, until_end=True, timeout=timeout):
        records.append(record)
    return records


async def follow(settings: Settings, bootstrap: str, topic: str, *, from_beginning: bool = True,
                 until_end: bool = False, timeout: float | None = None) -> AsyncIterator[ConsumerRecord]:
    client = consumer(settings, bootstrap)
    await client.start()
    try:
        partitions = client.partitions_for_topic(topic)
        if partitions is None:
            await client._client.force_metadata_update()
            partitions = client.partitions_for_topic(topic)
        if not partitions:
            raise LookupError(f"topic {topic} does not exist: run `wirewatch topics create` or start a worker")
        tps = [TopicPartition(topic, p) for p in sorted(partitions)]
        client.assign(tps)
        if from_beginning:
            await client.seek_to_beginning(*tps)
        else:
            await client.seek_to_end(*tps)
        ends = await client.end_offsets(tps) if until_end else {}
        remaining = {tp for tp in tps if ends.get(tp, 1) > 0} if until_end else set(tps)
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout if timeout else None
        while remaining:
            if deadline and loop.time() > deadline:
                raise TimeoutError(f"reading {topic} did not finish in {timeout:.0f} s")
            batch = await client.getmany(timeout_ms=200, max_records=1000)
            for tp, records in batch.items():
                for record in records:
                    yield record
                if until_end and await client.position(tp) >= ends[tp]:
                    remaining.discard(tp)
    finally:
        await client.stop()
