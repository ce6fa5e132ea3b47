"""Partition ends on the real broker after multi-record batches: what ListOffsets says, and the exact end."""

from __future__ import annotations

import asyncio

from aiokafka import TopicPartition
from aiokafka.admin import NewTopic

from worker.settings import Settings
from worker.stream.clients import admin, producer
from worker.stream.connect import started
from worker.stream.end_offsets import end_offsets


def test_ends_count_every_record_of_the_last_batch(broker, unique_name):
    topic = f"ends-{unique_name}"
    tps = [TopicPartition(topic, 0), TopicPartition(topic, 1), TopicPartition(topic, 2)]
    exact = Settings(broker_url=broker.url, end_offsets_by_fetch=True)

    async def scenario():
        async with started(admin(exact, broker.bootstrap)) as client:
            await client.create_topics([NewTopic(topic, 3, 1)])
        async with started(producer(exact, broker.bootstrap)) as client:
            for batch in (7, 3):  # two multi-record batches on partition 0, sent together each
                await asyncio.gather(*[await client.send(topic, b"x", partition=0) for _ in range(batch)])
            await client.send_and_wait(topic, b"y", partition=1)
        return await end_offsets(exact, broker.bootstrap, tps)

    assert asyncio.run(scenario()) == {tps[0]: 10, tps[1]: 1, tps[2]: 0}
