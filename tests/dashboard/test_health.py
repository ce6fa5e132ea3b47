"""Pipeline health from a metrics registry: totals, rates, lag and dead letters."""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram

from worker.dashboard.health import ThroughputTracker, health_report, read_registry


def registry():
    reg = CollectorRegistry()
    messages = Counter("wirewatch_stage_messages_total", "", ["stage", "outcome"], registry=reg)
    dead = Counter("wirewatch_dead_letters_total", "", ["stage", "reason"], registry=reg)
    seconds = Histogram("wirewatch_stage_duration_seconds", "", ["stage"], registry=reg)
    lag = Gauge("wirewatch_consumer_lag_messages", "", ["topic"], registry=reg)
    return reg, messages, dead, seconds, lag


def test_read_registry():
    reg, messages, dead, seconds, lag = registry()
    messages.labels("validate", "ok").inc(5)
    messages.labels("validate", "error").inc()
    dead.labels("validate", "oversize").inc(2)
    seconds.labels("validate").observe(0.5)
    seconds.labels("validate").observe(1.5)
    lag.labels("wirewatch.articles.raw").set(7)
    read = read_registry(reg)
    assert read["stages"] == {"validate": {"ok": 5, "error": 1}}
    assert read["mean_seconds"] == {"validate": 1.0}
    assert read["dead_letters"] == {"oversize": 2}
    assert read["lag"] == {"wirewatch.articles.raw": 7}


def test_throughput_rates_between_readings():
    now = [100.0]
    tracker = ThroughputTracker(clock=lambda: now[0], min_interval=2.0)
    assert tracker.rates({"extract": 10}) == {"extract": 0.0}
    now[0] = 101.0
    assert tracker.rates({"extract": 20}) == {"extract": 0.0}  # too soon: no new reading
    now[0] = 104.0
    assert tracker.rates({"extract": 30}) == {"extract": 5.0}
    now[0] = 105.0
    assert tracker.rates({"extract": 30}) == {"extract": 5.0}  # the last rate until the next reading


def test_health_report_shape():
    reg, messages, *_ = registry()
    messages.labels("dedup", "ok").inc(3)
    report = health_report(reg, ThroughputTracker(), {"by_reason": {"empty_body": 1}, "recent": []},
                           {"alerts": 1}, {"caught_up": True})
    assert report["stages"] == [{"stage": "dedup", "total": 3, "per_second": 0.0, "outcomes": {"ok": 3},
                                 "mean_ms": 0.0}]
    assert report["dead_letters"]["by_reason"] == {"empty_body": 1}
    assert report["view"] == {"alerts": 1} and report["feed"] == {"caught_up": True}
