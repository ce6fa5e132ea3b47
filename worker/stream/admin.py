"""Topic administration: create every wirewatch topic up front, before any producer can auto-create it."""

from __future__ import annotations

import logging

from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import TopicAlreadyExistsError

from ..settings import Settings
from .security import aiokafka_security

log = logging.getLogger(__name__)

#: Topics whose records are only needed until processed downstream keep a week; outputs keep 30 days.
RETENTION_MS = {"internal": 7 * 24 * 3600 * 1000, "output": 30 * 24 * 3600 * 1000}
INTERNAL = ("valid", "resolve", "contributions")


def _configs(settings: Settings, role: str) -> dict[str, str]:
    configs = {"retention.ms": str(RETENTION_MS["internal" if role in INTERNAL else "output"])}
    if role == "raw":
        configs["max.message.bytes"] = str(settings.raw_topic_max_bytes)
    elif role == "deadletter":
        configs["max.message.bytes"] = str(settings.deadletter_max_bytes)
    return configs


async def create_topics(settings: Settings, bootstrap: str) -> list[str]:
    """Create the configured topics; existing ones are left alone. Returns the names created."""
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap, **aiokafka_security(settings))
    await admin.start()
    try:
        existing = set(await admin.list_topics())
        wanted = [
            NewTopic(
                name=name,
                num_partitions=settings.partitions,
                replication_factor=settings.replication_factor,
                topic_configs=_configs(settings, role),
            )
            for role, name in settings.topics.all().items()
            if name not in existing
        ]
        created = []
        for topic in wanted:  # one at a time: a single failure names its topic
            try:
                await admin.create_topics([topic])
                created.append(topic.name)
            except TopicAlreadyExistsError:
                pass
        if created:
            log.info("Created topics %s with %d partitions", ", ".join(created), settings.partitions)
        return created
    finally:
        await admin.close()
