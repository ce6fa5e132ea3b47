"""The bounded series of reported running figures kept beside a tally's observed count."""

from __future__ import annotations

from typing import Any

#: Reported points kept per tally (the newest by as_of).
SERIES_LIMIT = 100


def _point_key(point: dict[str, Any]) -> tuple:
    """One figure, however many outlets repeat it."""
    return point["value"], point["as_of"], point.get("attribution") or ""


def _order(point: dict[str, Any]) -> tuple:
    return point["as_of"], point["value"], point.get("attribution") or ""


def merge_point(series: list[dict[str, Any]], point: dict[str, Any]) -> list[dict[str, Any]] | None:
    """The series with ``point`` added (oldest first), or None if that changes nothing. Among repeats of one
    figure the report with the smallest article id stands for all, so arrival order does not matter."""
    key = _point_key(point)
    same = next((p for p in series if _point_key(p) == key), None)
    if same is not None and same["article_id"] <= point["article_id"]:
        return None
    merged = sorted([p for p in series if _point_key(p) != key] + [point], key=_order)[-SERIES_LIMIT:]
    return merged if merged != series else None
