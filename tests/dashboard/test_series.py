"""Tally chart series: cumulative, bucketed and rolling windows, and the reported figures beside them."""

from __future__ import annotations

from worker.dashboard.series import tally_series

from .builders import tally


def history(*points):
    return [{"revision": i + 1, "as_of": day, "updated_at": None, "values": {"incidents": n}}
            for i, (day, n) in enumerate(points)]


def test_cumulative_from_week_buckets_starts_at_zero_on_the_window_start():
    update = tally(as_of=10).model_dump(mode="json")
    series = tally_series(update, [], "incidents")
    assert series["points"] == [{"date": "2023-12-25", "value": 0}, {"date": "2024-01-07", "value": 2},
                                {"date": "2024-01-10", "value": 5}]  # the last bucket ends at the watermark
    assert series["reported"] == [{"date": "2024-01-09", "value": 127, "qualifier": "exact", "since": None,
                                   "attribution": "Pentagon", "source": "Wire One", "text": ""}]


def test_cumulative_counts_dropped_buckets_so_the_last_point_is_the_value():
    update = tally(as_of=10).model_dump(mode="json")
    update["values"]["incidents"] = 9  # four counted in buckets no longer kept
    points = tally_series(update, [], "incidents")["points"]
    assert points[0] == {"date": "2024-01-07", "value": 6}
    assert points[-1]["value"] == 9


def test_without_buckets_the_successive_updates_are_the_series():
    update = tally(buckets=()).model_dump(mode="json")
    series = tally_series(update, history(("2024-01-04", 1), ("2024-01-04", 2), ("2024-01-06", 3)), "incidents")
    assert series["points"] == [{"date": "2024-01-04", "value": 2}, {"date": "2024-01-06", "value": 3}]


def test_calendar_window_plots_buckets():
    update = tally().model_dump(mode="json")
    update["window"] = {"kind": "calendar", "bucket": "day", "days": 30, "since": None, "grace_days": 0}
    series = tally_series(update, [], "incidents")
    assert series["kind"] == "buckets"
    assert series["points"] == [{"date": "2024-01-01", "value": 2}, {"date": "2024-01-08", "value": 3}]


def test_rolling_window_plots_updates():
    update = tally().model_dump(mode="json")
    update["window"] = {"kind": "rolling", "days": 7, "bucket": None, "since": None, "grace_days": 0}
    series = tally_series(update, history(("2024-01-04", 1), ("2024-01-09", 0)), "incidents")
    assert series["kind"] == "rolling"
    assert [p["value"] for p in series["points"]] == [1, 0]
