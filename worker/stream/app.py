"""The faust application: settings mapped to faust's, topics and tables declared, agents wired."""

from __future__ import annotations

from functools import partial

import faust

from ..settings import Settings
from .consumer import SafeTransport
from .end_offsets import exact_ends
from .security import faust_credentials

TABLE_NAMES = ("dedup", "incidents", "tallies", "incident_alerts", "tally_alerts")


def create_app(settings: Settings, bootstrap: str) -> faust.App:
    """A faust App tuned for quick group joins, frequent commits and at-least-once delivery."""
    options = dict(
        broker=f"kafka://{bootstrap}",
        store=settings.store,
        datadir=str(settings.data_dir),
        topic_partitions=settings.partitions,
        topic_replication_factor=settings.replication_factor,
        broker_session_timeout=settings.session_timeout,
        broker_heartbeat_interval=settings.heartbeat_interval,
        broker_rebalance_timeout=settings.rebalance_timeout,
        broker_commit_interval=settings.commit_interval,
        broker_max_poll_records=500,
        consumer_auto_offset_reset="earliest",
        table_standby_replicas=0,
        web_enabled=True,
        web_host=settings.web_host,
        web_port=settings.web_port,
        canonical_url=settings.canonical_url,
        key_serializer="raw",
        value_serializer="raw",
        producer_acks=-1,
        producer_linger=settings.producer_linger,
        producer_max_request_size=settings.deadletter_max_bytes,
        autodiscover=False,
    )
    if settings.instance_id:
        options["consumer_group_instance_id"] = settings.instance_id
    credentials = faust_credentials(settings)
    if credentials is not None:
        options["broker_credentials"] = credentials
    app = faust.App(settings.app_id, **options)
    app.transport = SafeTransport(app.conf.broker_consumer, app)
    app.transport.exact_ends = partial(exact_ends, settings, bootstrap)  # changelog recovery reads to the true end
    app.transport.fetch_max_wait = settings.fetch_max_wait
    return app


def declare_topics(app: faust.App, settings: Settings) -> dict[str, faust.TopicT]:
    """Every configured topic as raw bytes in and out; the codec module does (de)serialization."""
    return {
        role: app.topic(name, key_type=bytes, value_type=bytes, key_serializer="raw", value_serializer="raw",
                        partitions=settings.partitions)
        for role, name in settings.topics.all().items()
    }


def declare_tables(app: faust.App, settings: Settings) -> dict[str, faust.TableT]:
    """One table per stateful stage; plain JSON keys and values (see docs/architecture.md)."""
    schema = faust.Schema(key_serializer="json", value_serializer="json")
    return {name: app.Table(name, default=None, partitions=settings.partitions, schema=schema)
            for name in TABLE_NAMES}
