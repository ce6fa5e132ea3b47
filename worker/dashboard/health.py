"""Pipeline health for the dashboard: per-stage throughput, dead letters and consumer lag from the metrics."""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Callable

from prometheus_client import CollectorRegistry


def read_registry(registry: CollectorRegistry) -> dict:
    """The counters and gauges the dashboard shows, as plain numbers keyed by label."""
    stages: dict[str, dict[str, float]] = defaultdict(dict)
    seconds: dict[str, dict[str, float]] = defaultdict(dict)
    dead_letters: dict[str, float] = defaultdict(float)
    lag: dict[str, float] = {}
    for metric in registry.collect():
        for sample in metric.samples:
            labels = sample.labels
            if sample.name == "wirewatch_stage_messages_total":
                stages[labels["stage"]][labels["outcome"]] = sample.value
            elif sample.name in ("wirewatch_stage_duration_seconds_sum", "wirewatch_stage_duration_seconds_count"):
                seconds[labels["stage"]][sample.name.rsplit("_", 1)[-1]] = sample.value
            elif sample.name == "wirewatch_dead_letters_total":
                dead_letters[labels["reason"]] += sample.value
            elif sample.name == "wirewatch_consumer_lag_messages":
                lag[labels["topic"]] = sample.value
    mean = {stage: s["sum"] / s["count"] for stage, s in seconds.items() if s.get("count")}
    return {"stages": dict(stages), "mean_seconds": mean, "dead_letters": dict(dead_letters), "lag": lag}


class ThroughputTracker:
    """Messages per second per stage, between the previous reading (at least `min_interval` s old) and now."""

    def __init__(self, clock: Callable[[], float] = time.monotonic, min_interval: float = 2.0) -> None:
        self.clock = clock
        self.min_interval = min_interval
        self._previous: tuple[float, dict[str, float]] | None = None
        self._rates: dict[str, float] = {}

    def rates(self, totals: dict[str, float]) -> dict[str, float]:
        now = self.clock()
        if self._previous is None:
            self._previous = (now, totals)
            return {stage: 0.0 for stage in totals}
        then, before = self._previous
        if now - then >= self.min_interval:
            self._rates = {stage: max(0.0, total - before.get(stage, 0.0)) / (now - then)
                           for stage, total in totals.items()}
            self._previous = (now, totals)
        return {stage: self._rates.get(stage, 0.0) for stage in totals}


def health_report(registry: CollectorRegistry, tracker: ThroughputTracker, dead_letters: dict,
                  view_counts: dict, feed: dict) -> dict:
    """The /api/health body: this worker's metrics plus the dead-letter topic as the view saw it."""
    metrics = read_registry(registry)
    totals = {stage: sum(outcomes.values()) for stage, outcomes in metrics["stages"].items()}
    rates = tracker.rates(totals)
    stages = [{"stage": stage, "total": int(totals[stage]), "per_second": round(rates[stage], 3),
               "outcomes": {k: int(v) for k, v in sorted(metrics["stages"][stage].items())},
               "mean_ms": round(metrics["mean_seconds"].get(stage, 0.0) * 1000, 3)}
              for stage in sorted(totals)]
    return {
        "stages": stages,
        "consumer_lag": {topic: int(value) for topic, value in sorted(metrics["lag"].items())},
        "dead_letters": {"by_reason": dead_letters["by_reason"], "recent": dead_letters["recent"],
                         "this_worker": {k: int(v) for k, v in sorted(metrics["dead_letters"].items())}},
        "view": view_counts,
        "feed": feed,
    }
