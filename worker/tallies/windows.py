"""Event-time window arithmetic: which bucket a day falls in, what is kept, what is counted."""

from __future__ import annotations

from datetime import date, timedelta

from .definitions import WindowSpec


def bucket_start(window: WindowSpec, day: date) -> date:
    """The bucket a day is counted in; a 'since' window without buckets has one bucket, at its since date."""
    if window.bucket == "week":
        return day - timedelta(days=day.weekday())
    if window.bucket == "day":
        return day
    assert window.since is not None
    return window.since


def first_kept(window: WindowSpec, watermark: date | None) -> date | None:
    """Start of the oldest bucket kept: days before it are not counted and their buckets are evicted."""
    if window.kind == "since":
        return bucket_start(window, window.since)
    if watermark is None:
        return None
    assert window.days is not None
    return bucket_start(window, watermark - timedelta(days=window.days + window.grace_days - 1))


def accepts(window: WindowSpec, day: date, watermark: date | None) -> bool:
    if window.kind == "since":
        return day >= window.since
    oldest = first_kept(window, watermark)
    return oldest is None or bucket_start(window, day) >= oldest


def counted_from(window: WindowSpec, watermark: date) -> date:
    """Start of the first bucket that makes up the current value (rolling: last N days; calendar: now)."""
    if window.kind == "since":
        return bucket_start(window, window.since)
    if window.kind == "rolling":
        assert window.days is not None
        return watermark - timedelta(days=window.days - 1)
    return bucket_start(window, watermark)


def bucket_starts(window: WindowSpec, watermark: date | None) -> list[date]:
    """Every bucket start from the oldest kept to the watermark's, for a dense series (none if unbucketed)."""
    if window.bucket is None or watermark is None:
        return []
    step = timedelta(days=7 if window.bucket == "week" else 1)
    start, end = first_kept(window, watermark), bucket_start(window, watermark)
    assert start is not None
    return [start + step * i for i in range(max(0, (end - start) // step + 1))]
