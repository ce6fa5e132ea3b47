"""How far the worker group has got: committed vs end offsets of every topic its agents read."""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass

from aiokafka import TopicPartition

from ..settings import Settings
from .clients import admin, consumer
from .end_offsets import exact_ends

#: Source topics of the agents, upstream first: a stage's outputs are flushed before its input offset is committed,
#: so checking in this order sees every message a finished stage wrote.
PIPELINE_ORDER = ("raw", "valid", "unique", "resolve", "contributions")


@dataclass(frozen=True)
class PartitionProgress:
    topic: str
    partition: int
    committed: int | None
    end: int

    @property
    def lag(self) -> int:
        return self.end - (self.committed or 0)


async def group_progress(settings: Settings, bootstrap: str, roles=PIPELINE_ORDER) -> list[PartitionProgress]:
    names = [settings.topics.all()[role] for role in roles]
    client = consumer(settings, bootstrap)
    admin_client = admin(settings, bootstrap)
    await client.start()
    await admin_client.start()
    try:
        partitions = [TopicPartition(name, p) for name in names
                      for p in sorted(client.partitions_for_topic(name) or await _partitions(client, name))]
        # Committed first, then ends: a stage flushes its outputs before committing, so ends read later include them.
        committed = await admin_client.list_consumer_group_offsets(settings.app_id, partitions=partitions)
        ends = await exact_ends(settings, bootstrap, await client.end_offsets(partitions))
        return [PartitionProgress(tp.topic, tp.partition,
                                  committed[tp].offset if tp in committed and committed[tp].offset >= 0 else None,
                                  ends[tp]) for tp in partitions]
    finally:
        await client.stop()
        await admin_client.close()


async def _partitions(client, topic: str) -> set[int]:
    await client._client.force_metadata_update()
    return client.partitions_for_topic(topic) or set()


async def wait_drained(settings: Settings, bootstrap: str, timeout: float = 60.0, poll: float = 0.25) -> float:
    """Wait until the group has committed everything on every source topic; returns the seconds waited."""
    started = time.monotonic()
    while True:
        progress = await group_progress(settings, bootstrap)
        if all(p.lag <= 0 for p in progress):
            return time.monotonic() - started
        if time.monotonic() - started > timeout:
            behind = ", ".join(f"{p.topic}[{p.partition}] lag {p.lag}" for p in progress if p.lag > 0)
            raise TimeoutError(f"worker not drained after {timeout:.0f} s: {behind}")
        await asyncio.sleep(poll)  # polling a condition with a deadline
