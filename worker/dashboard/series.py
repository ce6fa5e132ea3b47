"""A tally's chart: the observed count over time and the reported figures beside it (plain data)."""

from __future__ import annotations

from datetime import date, timedelta

BUCKET_DAYS = {"day": 1, "week": 7}


def tally_series(update: dict, history: list[dict], measure: str) -> dict:
    """`kind` says how to read `points`: "cumulative" (running total since the window start), "buckets" (one
    value per day/week bucket) or "rolling" (the window's value after each update). `reported` are the figures
    articles stated, to mark on the same axis."""
    window = update["window"]
    if window["kind"] == "calendar":
        kind, points = "buckets", [{"date": b["start"], "value": b["values"][measure]} for b in update["buckets"]]
    elif window["kind"] == "since":
        kind, points = "cumulative", _cumulative(update, history, measure)
    else:
        kind, points = "rolling", _updates(history, measure)
    reported = [{"date": r["as_of"], "value": r["value"], "qualifier": r["qualifier"], "since": r["since"],
                 "attribution": r["attribution"], "source": r["source"], "text": r["text"]}
                for r in update["reported"]]
    return {"kind": kind, "measure": measure, "points": points, "reported": reported}


def _cumulative(update: dict, history: list[dict], measure: str) -> list[dict]:
    """Running total at each bucket's end (as known now); without buckets, the value after each update."""
    if not update["buckets"]:
        return _updates(history, measure)
    by_date: dict[str, int] = {}
    buckets = sorted(update["buckets"], key=lambda b: b["start"])
    earlier = update["values"][measure] - sum(b["values"][measure] for b in buckets)  # buckets dropped by bounds
    since = update["window"].get("since")
    if since and earlier == 0:
        by_date[since] = 0
    step = BUCKET_DAYS.get(update["window"].get("bucket") or "week", 7)
    running = earlier
    as_of = update["as_of"]
    for bucket in buckets:
        running += bucket["values"][measure]
        end = (date.fromisoformat(bucket["start"]) + timedelta(days=step - 1)).isoformat()
        by_date[min(end, as_of) if as_of else end] = running
    return [{"date": day, "value": value} for day, value in sorted(by_date.items())]


def _updates(history: list[dict], measure: str) -> list[dict]:
    """One point per event-time date: the value of the last update on that date."""
    by_date: dict[str, int] = {}
    for point in sorted(history, key=lambda p: p["revision"]):
        day = point["as_of"] or (point["updated_at"] or "")[:10]
        if day:
            by_date[day] = point["values"][measure]
    return [{"date": day, "value": value} for day, value in sorted(by_date.items())]
