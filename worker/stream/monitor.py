"""Periodic gauges: consumer lag per source topic and keys per table."""

from __future__ import annotations

import faust

from .metrics import CONSUMER_LAG, TABLE_KEYS


def register_monitor(app: faust.App, topics: dict, tables: dict, interval: float = 5.0) -> None:
    @app.timer(interval)
    async def sample() -> None:
        consumer = app.consumer
        lag: dict[str, int] = {}
        source_topics = {topic.get_topic_name() for topic in topics.values()}
        for tp in consumer.assignment():
            if tp.topic not in source_topics:
                continue
            highwater = consumer.highwater(tp)
            committed = consumer._committed_offset.get(tp)  # next offset to process; no public accessor
            if highwater is not None:
                lag[tp.topic] = lag.get(tp.topic, 0) + max(0, highwater - (committed or 0))
        for topic, value in lag.items():
            CONSUMER_LAG.labels(topic).set(value)
        for name, table in tables.items():
            TABLE_KEYS.labels(name).set(len(table))
