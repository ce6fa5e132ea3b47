"""Keeps the dashboard view current: reads the output topics without a consumer group and applies each message."""

from __future__ import annotations

import asyncio
import logging

from aiokafka import AIOKafkaConsumer, TopicPartition
from pydantic import ValidationError

from worker.models import Alert, DeadLetter, Incident, TallyUpdate
from worker.settings import Settings
from worker.stream.clients import consumer
from worker.stream.codec import decode

from .hub import Hub
from .view import DashboardView

log = logging.getLogger(__name__)

#: Output topic role -> message model. Incidents first: an alert's incident should be known before it.
FEED_MODELS = {"incidents": Incident, "tallies": TallyUpdate, "alerts": Alert, "deadletter": DeadLetter}


class Feed:
    """Assigns every partition of the output topics, starts `lookback` messages before each partition's end
    (bounded start-up however old the topics are) and follows them until cancelled."""

    def __init__(self, settings: Settings, bootstrap: str, view: DashboardView, hub: Hub,
                 lookback: int = 5000) -> None:
        self.settings = settings
        self.bootstrap = bootstrap
        self.view = view
        self.hub = hub
        self.lookback = lookback
        self.models = {settings.topics.all()[role]: model for role, model in FEED_MODELS.items()}
        self.stats = {"records": 0, "applied": 0, "undecodable": 0, "partitions": 0, "caught_up": False}
        self._ends: dict[TopicPartition, int] = {}

    async def run(self) -> None:
        client = consumer(self.settings, self.bootstrap, max_poll_records=500)
        await client.start()
        try:
            await self._assign(client)
            while True:
                batch = await client.getmany(timeout_ms=500)
                for records in batch.values():
                    for record in records:
                        self.handle(record.topic, record.value)
                if not self.stats["caught_up"]:
                    self.stats["caught_up"] = all([await client.position(tp) >= end
                                                   for tp, end in self._ends.items()])
        finally:
            self.hub.close()
            await asyncio.wait_for(client.stop(), timeout=5.0)  # bounded: the broker may already be gone

    async def _assign(self, client: AIOKafkaConsumer) -> None:
        partitions: list[TopicPartition] = []
        for topic in self.models:
            found = client.partitions_for_topic(topic)
            while not found:  # the worker creates its topics before starting; metadata may lag a moment
                await client._client.force_metadata_update()
                found = client.partitions_for_topic(topic)
                if not found:
                    await asyncio.sleep(0.5)
            partitions += [TopicPartition(topic, p) for p in sorted(found)]
        client.assign(partitions)
        starts = await client.beginning_offsets(partitions)
        self._ends = await client.end_offsets(partitions)
        for tp in partitions:
            client.seek(tp, max(starts[tp], self._ends[tp] - self.lookback))
        self.stats["partitions"] = len(partitions)

    def handle(self, topic: str, value: bytes | None) -> None:
        """Decode, apply, broadcast the changes; a message that does not decode is counted and skipped."""
        self.stats["records"] += 1
        try:
            message = decode(self.models[topic], value or b"")
        except ValidationError as exc:
            self.stats["undecodable"] += 1
            log.warning("dashboard: skipping undecodable message on %s: %s", topic, exc.errors()[:1])
            return
        changes = self.view.apply(message)
        if changes:
            self.stats["applied"] += 1
        for change in changes:
            self.hub.publish(change)
