"""A step's output records: gathered while its inputs are processed, handed to the producer together."""

from __future__ import annotations

import asyncio
from collections import defaultdict
from typing import Any

from aiokafka.partitioner import DefaultPartitioner
from pydantic import BaseModel

from .codec import encode, key
from .envelopes import ENVELOPES, packed

#: Partition of each (topic, key) seen; the keys of internal topics are few (languages, countries, one book).
_PARTITION_CACHE_LIMIT = 100_000


#: Public topics whose messages are revisions of one thing per key (consumers keep the highest revision).
REVISED = frozenset({"incidents", "tallies", "alerts"})


class Outbox:
    """Records of one step, as (topic role, key, message), in the order the stages produced them.

    On the revised topics a step writes only its highest revision of each key (the later one on a tie): a tally
    that ten incidents of one step changed goes out once, as it stands after all ten (as Kafka Streams' record
    cache does)."""

    def __init__(self) -> None:
        self.records: list[tuple[str, str, BaseModel]] = []
        self._revised: dict[tuple[str, str], int] = {}  # (role, key) -> index of its record
        self._replaced: list[tuple[int, tuple[str, str, BaseModel]]] = []  # (index, record before), for rollback

    def add(self, role: str, message_key: str, message: BaseModel) -> None:
        record = (role, message_key, message)
        if role in REVISED:
            index = self._revised.get((role, message_key))
            if index is not None:
                if getattr(message, "revision", 0) >= getattr(self.records[index][2], "revision", 0):
                    self._replaced.append((index, self.records[index]))
                    self.records[index] = record
                return
            self._revised[role, message_key] = len(self.records)
        self.records.append(record)

    def mark(self) -> tuple[int, int]:
        return len(self.records), len(self._replaced)

    def rollback(self, mark: tuple[int, int]) -> None:
        """Drops what a failed input added and puts back the revisions it replaced: its dead letter stands for
        its outputs."""
        size, replaced = mark
        for index, record in reversed(self._replaced[replaced:]):
            self.records[index] = record
        del self._replaced[replaced:], self.records[size:]
        self._revised = {key: index for key, index in self._revised.items() if index < size}


class Sender:
    """Writes outboxes: public topics one record per message, internal topics one envelope per partition.

    An envelope goes to the partition the Kafka client's murmur2 would give each of its items' keys, so the
    state of a key stays on one partition and its changelog partition, as with one record per item."""

    def __init__(self, producer: Any, topic_names: dict[str, str]) -> None:
        self.producer = producer  # faust's producer
        self.topic_names = topic_names
        self._partitions: dict[str, list[int]] = {}
        self._partition_of: dict[tuple[str, bytes], int] = {}

    async def partition(self, topic: str, message_key: bytes) -> int:
        cached = self._partition_of.get((topic, message_key))
        if cached is not None:
            return cached
        partitions = self._partitions.get(topic)
        if partitions is None:
            client = self.producer._ensure_producer()  # aiokafka's: it waits for the topic's metadata
            partitions = self._partitions[topic] = sorted(await client.partitions_for(topic))
        partition = DefaultPartitioner()(message_key, partitions, partitions)
        if len(self._partition_of) >= _PARTITION_CACHE_LIMIT:
            self._partition_of.clear()
        self._partition_of[(topic, message_key)] = partition
        return partition

    async def write(self, outbox: Outbox) -> list[asyncio.Future]:
        """Hands every record to the producer without waiting for the broker; returns the delivery futures."""
        written: list[asyncio.Future] = []
        grouped: dict[tuple[str, int], list[tuple[bytes, bytes]]] = defaultdict(list)  # -> (key, value)
        for role, message_key, message in outbox.records:
            topic = self.topic_names[role]
            if role in ENVELOPES:
                raw_key = key(message_key)
                grouped[role, await self.partition(topic, raw_key)].append((raw_key, encode(message)))
            else:
                written.append(await self._send(topic, key(message_key), encode(message), None))
        for (role, partition), items in grouped.items():
            envelope_key = items[0][0]
            for value in packed(ENVELOPES[role], [value for _, value in items]):
                written.append(await self._send(self.topic_names[role], envelope_key, value, partition))
        return written

    async def _send(self, topic: str, message_key: bytes, value: bytes, partition: int | None) -> asyncio.Future:
        """Straight to the Kafka producer, past faust's topic layer (future message, sensors, schema): that layer
        cost about as much CPU as the send itself. Topics exist before any record is sent (admin.py)."""
        return await self.producer.send(topic, message_key, value, partition=partition, timestamp=None,
                                        headers=None)
