"""Runs a worker: embedded broker if none is configured, topics created first, then the faust worker."""

from __future__ import annotations

import asyncio
import logging

import faust

from ..dashboard import register_dashboard
from ..heap import freeze_startup_heap
from ..logs import logging_config
from ..pipeline.stages import Stages
from ..settings import Settings
from .admin import create_topics
from .agents import Wiring
from .app import create_app, declare_tables, declare_topics
from .broker import EmbeddedBroker
from .discovery import announce, withdraw
from .monitor import register_monitor
from .tally_views import register_tally_views
from .web import register_health_views

log = logging.getLogger(__name__)


def build_worker_app(settings: Settings, bootstrap: str) -> faust.App:
    app = create_app(settings, bootstrap)
    topics = declare_topics(app, settings)
    tables = declare_tables(app, settings)
    stages = Stages(settings, dict(tables))
    forget_dedup_indexes(app, stages)
    Wiring(app, topics, stages).register()
    register_health_views(app)
    if settings.dashboard:
        register_dashboard(app, settings, bootstrap)
    register_tally_views(app, topics["contributions"], stages.tally_book,
                         [definition.id for definition in stages.tally_definitions])
    register_monitor(app, topics, tables)
    return app


def forget_dedup_indexes(app: faust.App, stages: Stages) -> None:
    """The dedup indexes are derived from the dedup table: rebuild them once the table holds (recovered) the
    partitions of a new assignment."""

    async def forget(sender, *args, **kwargs) -> None:
        stages.deduplicator.forget_indexes()

    app.on_partitions_assigned.connect(forget)
    app.on_rebalance_complete.connect(forget)


def ensure_topics(settings: Settings, bootstrap: str) -> None:
    loop = asyncio.new_event_loop()
    try:
        loop.run_until_complete(create_topics(settings, bootstrap))
    finally:
        loop.close()
    asyncio.set_event_loop(asyncio.new_event_loop())


def run_worker(settings: Settings) -> None:
    """Blocks until the worker is stopped (SIGINT/SIGTERM)."""
    broker = EmbeddedBroker().start() if settings.embedded_broker else None
    bootstrap = broker.bootstrap if broker else settings.bootstrap_servers()
    if broker:
        announce(bootstrap)
    try:
        ensure_topics(settings, bootstrap)
        app = build_worker_app(settings, bootstrap)
        freeze_startup_heap()
        worker = faust.Worker(app, loglevel=settings.log_level, quiet=True, redirect_stdouts=False,
                              logging_config=logging_config(settings), loop=asyncio.get_event_loop())
        worker.execute_from_commandline()
    finally:
        if broker:
            withdraw(bootstrap)
            broker.stop()
