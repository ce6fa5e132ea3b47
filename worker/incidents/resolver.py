"""Attach each new event to the incident it reports (or start one), merging incidents an event shows to be one."""

from __future__ import annotations

from collections.abc import MutableMapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from ..ids import stable_id
from ..models import Event, Incident
from .consolidate import consolidate, report_order
from .match import Member, Verdict, compare, compare_types, date_range, hard_conflict
from .store import IncidentStore, days_between


@dataclass
class Resolution:
    """The event with its incident id, and every incident whose content changed (new revisions only)."""

    event: Event
    incidents: list[Incident] = field(default_factory=list)


def _member(event: Event) -> Member:
    return event.model_dump(mode="json", exclude={"incident_id"})


class IncidentResolver:
    """`resolve(event)` for events with status 'new', all of one incident key per mapping partition.

    An event joins the best-matching incident (see `match.compare`); if it strongly matches several incidents
    whose established facts do not conflict, they merge into the oldest one, and the others are re-emitted
    as superseded. Incidents whose last report is older than `horizon_days` (publication time) are evicted.
    """

    def __init__(self, state: MutableMapping[str, Any], *, date_tolerance_days: int = 1, distance_km: float = 25,
                 horizon_days: int = 30) -> None:
        self.state = state
        self.date_tolerance_days = date_tolerance_days
        self.distance_km = distance_km
        self.horizon_days = horizon_days

    def resolve(self, event: Event) -> Resolution:
        key = event.incident_key or (event.location.country_code or event.location.sea_area
                                     if event.location else None) or "unknown"
        store = IncidentStore(self.state, key)
        known = store.incident_of(event.event_id)
        if known is not None:
            return Resolution(event.model_copy(update={"incident_id": known}))
        cutoff = store.advance(event.published_at.date(), self.horizon_days)
        member = _member(event)
        first, last, _ = date_range(member)
        slack = timedelta(days=self.date_tolerance_days)
        matches = self._matches(store, member, days_between(first - slack, last + slack))
        if not matches:
            incident_id, group = stable_id("inc", event.event_id), []
        else:
            group = self._group(store, matches)
            incident_id = min(group, key=lambda i: (store.record(i)["incident"]["first_reported_at"], i))
        return self._write(store, key, incident_id, group, member, cutoff, event)

    def _matches(self, store: IncidentStore, member: Member, days: list[str]) -> list[tuple[Verdict, str]]:
        found = []
        for incident_id in store.candidates(days):
            verdict = self._judge(member, store.record(incident_id))
            if verdict is not None:
                found.append((verdict, incident_id))
        return sorted(found, key=lambda v: (-v[0].score, v[1]))

    def _judge(self, member: Member, record: dict[str, Any]) -> Verdict | None:
        """The event against the incident's consolidated facts (so one stray report cannot chain incidents),
        vetoed if it conflicts hard with any single report."""
        incident = record["incident"]
        view = {**incident, "published_at": incident["first_reported_at"], "event_id": incident["incident_id"]}
        verdict = compare(member, view, tolerance_days=self.date_tolerance_days, distance_km=self.distance_km)
        if not verdict.accept or any(hard_conflict(member, m, self.distance_km) for m in record["members"]):
            return None
        return verdict

    def _group(self, store: IncidentStore, matches: list[tuple[Verdict, str]]) -> list[str]:
        """The best match, plus other strong matches whose established facts agree with everything in the group."""
        best_verdict, best_id = matches[0]
        group = [best_id]
        if not best_verdict.strong:
            return group
        for verdict, incident_id in matches[1:]:
            incident = store.record(incident_id)
            if verdict.strong and all(self._mergeable(store.record(g), incident) for g in group):
                group.append(incident_id)
        return group

    def _mergeable(self, a: dict[str, Any], b: dict[str, Any]) -> bool:
        """Two established incidents may merge only if their consolidated days agree and no reports conflict."""
        x, y = a["incident"], b["incident"]
        if x["date_precision"] == y["date_precision"] == "day" and x["event_date"] != y["event_date"]:
            return False
        if compare_types(x, y) is None:
            return False
        return not any(hard_conflict(m, n, self.distance_km) for m in a["members"] for n in b["members"])

    def _write(self, store: IncidentStore, key: str, incident_id: str, group: list[str], member: Member,
               cutoff: date, event: Event) -> Resolution:
        records = {i: store.record(i) for i in group}
        members = sorted([m for r in records.values() for m in r["members"]] + [member], key=report_order)
        survivor = records.get(incident_id)
        absorbed = [i for i in group if i != incident_id]
        supersedes = list(survivor["incident"]["supersedes"]) if survivor else []
        for other in absorbed:
            supersedes += [other, *records[other]["incident"]["supersedes"]]
        incident = consolidate(incident_id, key, members, revision=survivor["incident"]["revision"] + 1
                               if survivor else 1, supersedes=supersedes)
        changed = [incident]
        for other in absorbed:
            previous = Incident.model_validate(records[other]["incident"])
            changed.append(previous.model_copy(update={"status": "superseded", "superseded_by": incident_id,
                                                       "revision": previous.revision + 1}))
            store.drop(other, keep_events=True)
        days = sorted({d for m in members for d in days_between(*date_range(m)[:2]) if d > cutoff.isoformat()})
        store.save(incident_id, incident.model_dump(mode="json"), members, days,
                   exp=report_order(members[-1])[0].date().isoformat())
        return Resolution(event.model_copy(update={"incident_id": incident_id}), changed)
