"""Plain aiokafka clients for the CLI (ingest, tail, status, replay), configured like the worker."""

from __future__ import annotations

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from aiokafka.admin import AIOKafkaAdminClient

from ..settings import Settings
from .security import aiokafka_security


def producer(settings: Settings, bootstrap: str) -> AIOKafkaProducer:
    return AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all", request_timeout_ms=15000, linger_ms=int(settings.producer_linger * 1000),
                            max_request_size=settings.raw_topic_max_bytes, **aiokafka_security(settings))


def consumer(settings: Settings, bootstrap: str, *topics: str, group_id: str | None = None,
             **options) -> AIOKafkaConsumer:
    return AIOKafkaConsumer(*topics, bootstrap_servers=bootstrap, group_id=group_id, enable_auto_commit=False,
                            auto_offset_reset=options.pop("auto_offset_reset", "earliest"),
                            fetch_max_wait_ms=options.pop("fetch_max_wait_ms", int(settings.fetch_max_wait * 1000)),
                            **options, **aiokafka_security(settings))


def admin(settings: Settings, bootstrap: str) -> AIOKafkaAdminClient:
    return AIOKafkaAdminClient(bootstrap_servers=bootstrap, request_timeout_ms=15000, **aiokafka_security(settings))
