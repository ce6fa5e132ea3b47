"""Prometheus metrics in base units, one registry per worker process."""

from __future__ import annotations

from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Gauge, Histogram, Info, generate_latest

from ..extract import compiled

REGISTRY = CollectorRegistry(auto_describe=True)
CONTENT_TYPE = CONTENT_TYPE_LATEST

MESSAGES = Counter("wirewatch_stage_messages_total", "Messages handled per stage and outcome.",
                   ["stage", "outcome"], registry=REGISTRY)
DEAD_LETTERS = Counter("wirewatch_dead_letters_total", "Messages sent to the dead-letter topic.",
                       ["stage", "reason"], registry=REGISTRY)
STAGE_SECONDS = Histogram("wirewatch_stage_duration_seconds",
                          "Processing time of one record per stage (an envelope: all its items).",
                          ["stage"], registry=REGISTRY,
                          buckets=(0.0001, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1.0))
STEP_RECORDS = Histogram("wirewatch_step_records", "Records an agent took as one step: those waiting when it started.",
                         ["stage"], registry=REGISTRY, buckets=(1, 2, 5, 10, 25, 50, 100, 200, 500))
ARTICLE_TO_ALERT = Histogram("wirewatch_article_to_alert_seconds",
                             "From the newest source article's timestamp to the alert being emitted.",
                             registry=REGISTRY, buckets=(0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 3600))
CONSUMER_LAG = Gauge("wirewatch_consumer_lag_messages", "End offset minus position, per source topic.",
                     ["topic"], registry=REGISTRY)
TABLE_KEYS = Gauge("wirewatch_table_keys", "Keys held locally per state table.", ["table"], registry=REGISTRY)
BUILD = Info("wirewatch_build", "How this worker was built.", registry=REGISTRY)
BUILD.info({"extractor": "compiled" if compiled() else "interpreted"})


def render() -> bytes:
    return generate_latest(REGISTRY)
