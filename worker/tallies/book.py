"""Applies contributions to tallies: idempotent, revision-aware, event-time windowed."""

from __future__ import annotations

from collections.abc import Iterable, MutableMapping
from datetime import date
from typing import Any

from worker.models import ReportedValue, TallyBucket, TallyContribution, TallyUpdate, TallyValues

from .definitions import TallyDefinition
from .reported import merge_point
from .windows import accepts, bucket_start, bucket_starts, counted_from, first_kept

Vector = list[int]  # [incidents, fatalities, injuries]


class TallyBook:
    """State keys: ``tc|<incident>`` (per tally: that incident's applied revision, bucket and values; one key per
    incident, so a revision rewrites one record, not one per tally), ``ta|<tally>`` (revision, watermark, buckets,
    last change time, the incident revision applied last) and ``tr|<tally>`` (reported figures).

    A crash keeps a prefix of a step's writes: some totals may hold an incident's revision whose share record was
    lost. The total's own "applied last" marker tells, so the redelivered batch neither adds it twice nor
    loses it (contributions are applied one at a time on one partition: only the last can be cut short)."""

    def __init__(self, definitions: Iterable[TallyDefinition], state: MutableMapping[str, Any]):
        self._definitions = {d.id: d for d in definitions}
        self._state = state

    def apply(self, contribution: TallyContribution) -> TallyUpdate | None:
        """The tally after this contribution, or None when nothing changed (stale, repeated, no effect)."""
        definition = self._definitions.get(contribution.tally_id)
        if definition is None:
            return None
        agg = self._state.get(f"ta|{definition.id}") or {"rev": 0, "w": None, "b": {}, "u": None}
        series = self._state.get(f"tr|{definition.id}") or []
        if contribution.kind == "figure":
            if contribution.reported is None:
                return None
            merged = merge_point(series, contribution.reported.model_dump(mode="json"))
            if merged is None:
                return None
            self._state[f"tr|{definition.id}"] = series = merged
            new_agg = dict(agg)
        else:
            new_agg, share = self._apply_incident(definition, contribution, agg)
            if new_agg is not None:
                self._store_aggregate(definition, contribution, agg, new_agg)
            if share is not None:  # after the aggregate: a changelog cut short never keeps the share alone
                key, value = share
                self._state[key] = value
            return _update(definition, new_agg, series) if new_agg is not None else None
        self._store_aggregate(definition, contribution, agg, new_agg)
        return _update(definition, new_agg, series)

    def _store_aggregate(self, definition: TallyDefinition, contribution: TallyContribution, agg: dict,
                         new_agg: dict) -> None:
        new_agg["rev"] = agg["rev"] + 1
        new_agg["u"] = max(filter(None, [agg["u"], contribution.reported_at.isoformat()]))
        self._state[f"ta|{definition.id}"] = new_agg

    def already_applied(self, contribution: TallyContribution) -> bool:
        """A redelivered incident contribution (this revision or a later one is in the tally)."""
        if contribution.kind != "incident":
            return False
        entry = (self._state.get(f"tc|{contribution.incident_id}") or {}).get(contribution.tally_id)
        if entry is not None and (contribution.incident_revision or 1) <= entry["r"]:
            return True
        return _applied_last(self._state.get(f"ta|{contribution.tally_id}"), contribution)

    def snapshot(self, tally_id: str) -> TallyUpdate | None:
        """The tally as it stands (for the HTTP API); None for unknown ids or tallies with no state here."""
        definition = self._definitions.get(tally_id)
        agg = self._state.get(f"ta|{tally_id}") if definition else None
        if agg is None:
            return None
        return _update(definition, agg, self._state.get(f"tr|{tally_id}") or [])

    def _apply_incident(self, d: TallyDefinition, c: TallyContribution,
                        agg: dict) -> tuple[dict | None, tuple[str, dict] | None]:
        """The new aggregate (None if the tally is unchanged) and the incident's share record to store."""
        key = f"tc|{c.incident_id}"
        shares = self._state.get(key) or {}
        entry = shares.get(d.id)
        revision = c.incident_revision or 1
        if entry is not None and revision <= entry["r"]:
            return None, None
        watermark = max(filter(None, [agg["w"], c.day.isoformat() if c.day else None]), default=None)
        buckets = dict(agg["b"])
        if entry is not None and entry.get("b") in buckets:
            _add(buckets, entry["b"], [-v for v in entry["v"]])
        buckets = _evict(d, buckets, watermark)
        vector = [c.values.incidents, c.values.fatalities, c.values.injuries]
        counted = any(vector) and c.day is not None and accepts(d.window, c.day, _day(watermark))
        if counted:
            bucket = bucket_start(d.window, c.day).isoformat()
            _add(buckets, bucket, vector)
            share = (key, {**shares, d.id: {"r": revision, "b": bucket, "v": vector}})
        elif entry is not None or revision > 1:
            # remembers the revision so an older redelivery stays ignored
            share = (key, {**shares, d.id: {"r": revision}})
        else:
            share = None
        if _applied_last(agg, c) or (watermark == agg["w"] and buckets == agg["b"]):
            return None, share  # (already in the total: only its share record was lost)
        return {**agg, "w": watermark, "b": dict(sorted(buckets.items())), "last": [c.incident_id, revision]}, share


def _applied_last(agg: dict | None, c: TallyContribution) -> bool:
    return agg is not None and agg.get("last") == [c.incident_id, c.incident_revision or 1]


def _day(iso: str | None) -> date | None:
    return date.fromisoformat(iso) if iso else None


def _add(buckets: dict[str, Vector], bucket: str, vector: Vector) -> None:
    total = [a + b for a, b in zip(buckets.get(bucket, [0, 0, 0]), vector)]
    if any(total):
        buckets[bucket] = total
    else:
        buckets.pop(bucket, None)


def _evict(d: TallyDefinition, buckets: dict[str, Vector], watermark: str | None) -> dict[str, Vector]:
    oldest = first_kept(d.window, _day(watermark))
    if oldest is None:
        return buckets
    return {b: v for b, v in buckets.items() if b >= oldest.isoformat()}


def _update(d: TallyDefinition, agg: dict, series: list[dict]) -> TallyUpdate:
    watermark = _day(agg["w"])
    buckets: dict[str, Vector] = agg["b"]
    if watermark is None:
        counted = [0, 0, 0]
    else:
        start = counted_from(d.window, watermark).isoformat()
        counted = [sum(col) for col in zip([0, 0, 0], *(v for b, v in buckets.items() if b >= start))]
    values = _values(counted)
    return TallyUpdate(
        tally_id=d.id,
        title=d.title,
        window=d.window.as_model(),
        values=values,
        buckets=[TallyBucket(start=s, values=_values(buckets.get(s.isoformat(), [0, 0, 0])))
                 for s in bucket_starts(d.window, watermark)],
        contributing_incidents=values.incidents,
        reported=[ReportedValue.model_validate(p) for p in series],
        as_of=watermark,
        revision=agg["rev"],
        updated_at=agg["u"],
    )


def _values(vector: Vector) -> TallyValues:
    return TallyValues(incidents=vector[0], fatalities=vector[1], injuries=vector[2])
