"""Offsets by record time (broker ListOffsets, verified, or a client-side search) and rewinding a stopped group."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from typing import Literal

from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.coordinator.assignors.roundrobin import RoundRobinPartitionAssignor
from aiokafka.structs import ConsumerRecord

from ..settings import Settings
from .clients import admin, consumer
from .connect import require_topics, started
from .end_offsets import exact_ends

log = logging.getLogger(__name__)

Lookup = Literal["auto", "broker", "scan"]
FETCH_TIMEOUT = 15.0


async def topic_partitions(client: AIOKafkaConsumer, topic: str) -> list[TopicPartition]:
    partitions = client.partitions_for_topic(topic)
    if not partitions:
        await client._client.force_metadata_update()
        partitions = client.partitions_for_topic(topic)
    if not partitions:
        raise LookupError(f"topic {topic} does not exist: check the topic name, or run `wirewatch topics create`")
    return [TopicPartition(topic, p) for p in sorted(partitions)]


async def record_at(client: AIOKafkaConsumer, tp: TopicPartition, offset: int) -> ConsumerRecord | None:
    """The first record at or after offset in one assigned partition (None only if there is none before the end)."""
    client.seek(tp, offset)
    loop = asyncio.get_running_loop()
    deadline = loop.time() + FETCH_TIMEOUT
    while loop.time() < deadline:
        batch = await client.getmany(tp, timeout_ms=500, max_records=1)
        for record in batch.get(tp, []):
            if record.offset >= offset:
                return record
        if await client.position(tp) >= (await client.end_offsets([tp]))[tp]:
            return None
    raise TimeoutError(f"no record from {tp.topic}[{tp.partition}] at offset {offset} within {FETCH_TIMEOUT:.0f} s")


async def search(client: AIOKafkaConsumer, tp: TopicPartition, when_ms: int, begin: int, end: int) -> int:
    """Binary search for the first offset whose record timestamp is >= when_ms.

    Assumes timestamps do not decrease along a partition (LogAppendTime, or producers with sane clocks):
    log2(n) single-record fetches."""
    low, high = begin, end
    while low < high:
        middle = (low + high) // 2
        record = await record_at(client, tp, middle)
        if record is None:
            high = middle
        elif record.timestamp < when_ms:
            low = record.offset + 1
        else:
            high = middle
    return low


async def verified(client: AIOKafkaConsumer, tp: TopicPartition, offset: int, when_ms: int, begin: int,
                   end: int) -> bool:
    """True when offset is the first record at/after when_ms: its record is not older, its predecessor is."""
    if offset < end:
        record = await record_at(client, tp, offset)
        if record is None or record.timestamp < when_ms:
            return False
    if offset > begin:
        previous = await record_at(client, tp, offset - 1)
        if previous is None or previous.offset != offset - 1 or previous.timestamp >= when_ms:
            return False
    return True


async def offsets_at(client: AIOKafkaConsumer, tps: list[TopicPartition], when_ms: int,
                     lookup: Lookup = "auto") -> dict[TopicPartition, int]:
    """Per partition, the first offset whose record timestamp is >= when_ms (the end offset if none is)."""
    begins = await client.beginning_offsets(tps)
    ends = await client.end_offsets(tps)
    result: dict[TopicPartition, int] = {}
    if lookup != "scan":
        answers = await client.offsets_for_times({tp: when_ms for tp in tps})
        result = {tp: (answers[tp].offset if answers.get(tp) is not None else ends[tp]) for tp in tps}
        if lookup == "broker":
            return result
    client.assign(tps)
    for tp in tps:
        if tp in result and await verified(client, tp, result[tp], when_ms, begins[tp], ends[tp]):
            continue
        if tp in result:
            log.info("broker answered offset %s for %s[%s] at %s ms; not the first record at that time, searching",
                     result[tp], tp.topic, tp.partition, when_ms)
        result[tp] = await search(client, tp, when_ms, begins[tp], ends[tp])
    return result


@dataclass(frozen=True)
class PartitionRewind:
    topic: str
    partition: int
    committed: int | None
    target: int
    end: int
    stop: int | None = None  # the offset at --to, for the record: the worker does not stop there


async def plan_rewind(settings: Settings, bootstrap: str, topic: str, from_ms: int, to_ms: int | None = None,
                      lookup: Lookup = "auto") -> list[PartitionRewind]:
    """Old and new offsets of the worker group on topic, without changing anything."""
    await require_topics(settings, bootstrap, [topic])
    async with started(consumer(settings, bootstrap, group_id=None)) as client:
        tps = await topic_partitions(client, topic)
        targets = await offsets_at(client, tps, from_ms, lookup)
        stops = await offsets_at(client, tps, to_ms, lookup) if to_ms is not None else {}
        ends = await exact_ends(settings, bootstrap, await client.end_offsets(tps))
    committed = await committed_offsets(settings, bootstrap, tps)
    return [PartitionRewind(tp.topic, tp.partition, committed.get(tp), targets[tp], ends[tp], stops.get(tp))
            for tp in tps]


async def committed_offsets(settings: Settings, bootstrap: str, tps: list[TopicPartition]) -> dict:
    async with started(admin(settings, bootstrap)) as client:
        answer = await client.list_consumer_group_offsets(settings.app_id, partitions=tps)
    return {tp: meta.offset for tp, meta in answer.items() if meta.offset >= 0}


class GroupBusy(Exception):
    """The consumer group has live members; offsets are only changed while it is inactive."""


class TakeoverAssignor(RoundRobinPartitionAssignor):
    """Round robin under faust's protocol name: a group whose departed faust member is still listed (the embedded
    broker keeps it until the next join) accepts only joins that name a protocol it already speaks."""

    name = "faust"


async def commit_as_member(settings: Settings, bootstrap: str, targets: dict[TopicPartition, int],
                           timeout: float = 60.0) -> None:
    """Commit targets for the worker group by joining it: subscribe, wait for every partition, commit, leave.

    An assignment without every partition means a live member holds the rest: nothing is committed then."""
    topics = sorted({tp.topic for tp in targets})
    session_ms = int(settings.session_timeout * 1000)
    client = consumer(settings, bootstrap, group_id=settings.app_id, session_timeout_ms=session_ms,
                      heartbeat_interval_ms=min(int(settings.heartbeat_interval * 1000), session_ms // 3),
                      rebalance_timeout_ms=int(settings.rebalance_timeout * 1000),
                      partition_assignment_strategy=(TakeoverAssignor,))
    client.subscribe(topics)
    async with started(client):
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while not set(targets) <= client.assignment():
            if client.assignment() or loop.time() > deadline:
                raise GroupBusy(f"could not take over every partition of {', '.join(topics)} in group "
                                f"{settings.app_id} (got {len(client.assignment())} of {len(targets)}): "
                                "another consumer is active; stop every worker first")
            await asyncio.sleep(0.1)  # polling the background group join with a deadline
        await client.commit(dict(targets))
