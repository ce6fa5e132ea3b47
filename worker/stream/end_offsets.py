"""Exact partition ends: Tansu reports the end after a multi-record batch as the batch's first offset + 1."""

from __future__ import annotations

import asyncio
from collections.abc import Mapping

from aiokafka import TopicPartition

from ..settings import Settings
from .clients import consumer

#: How long to wait for the fetch replies that carry the high watermarks.
PROBE_TIMEOUT = 10.0


async def end_offsets(settings: Settings, bootstrap: str, tps: list[TopicPartition]) -> dict[TopicPartition, int]:
    """The end offset (one past the last record) of each partition, exact on every broker we run on."""
    client = consumer(settings, bootstrap)
    await client.start()
    try:
        reported = await client.end_offsets(tps)
    finally:
        await client.stop()
    return await exact_ends(settings, bootstrap, reported)


async def exact_ends(settings: Settings, bootstrap: str, reported: Mapping[TopicPartition, int]) -> dict:
    """Corrects ListOffsets answers where the broker needs it: a fetch from the reported last offset returns the
    whole last batch, and the fetch reply's high watermark is right (docs/reliability.md)."""
    ends = dict(reported)
    probe = [tp for tp, end in ends.items() if end > 0]
    if not settings.fetch_end_offsets or not probe:
        return ends
    client = consumer(settings, bootstrap)
    await client.start()
    try:
        client.assign(probe)
        for tp in probe:
            client.seek(tp, ends[tp] - 1)
        deadline = asyncio.get_running_loop().time() + PROBE_TIMEOUT
        waiting = set(probe)
        while waiting:
            if asyncio.get_running_loop().time() > deadline:
                raise TimeoutError(f"no fetch reply for {len(waiting)} partitions within {PROBE_TIMEOUT:.0f} s")
            await client.getmany(*waiting, timeout_ms=200)
            for tp in list(waiting):
                highwater = client.highwater(tp)
                if highwater is not None:
                    ends[tp] = max(ends[tp], highwater)
                    waiting.discard(tp)
    finally:
        await client.stop()
    return ends
