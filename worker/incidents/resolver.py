"""Attach each new event to the incident it reports (or start one), merging incidents an event shows to be one."""

from __future__ import annotations

from collections.abc import MutableMapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from ..ids import stable_id
from ..models import Event, Incident
from .consolidate import consolidate, report_order
from .match import Member, Verdict, compare, date_range, hard_conflict
from .store import IncidentStore, days_between


@dataclass
class Resolution:
    """The event with its incident id, and every incident whose content changed (new revisions only)."""

    event: Event
    incidents: list[Incident] = field(default_factory=list)


def _member(event: Event) -> Member:
    """The report as stored in its incident; evidence trimmed to keep records small."""
    member = event.model_dump(mode="json", exclude={"incident_id"})
    member["evidence"] = member["evidence"][:3]
    return member


def _view(incident: dict[str, Any]) -> Member:
    """An incident's consolidated facts in the shape of one report."""
    return {**incident, "published_at": incident["first_reported_at"], "event_id": incident["incident_id"]}


class IncidentResolver:
    """`resolve(event)` for events with status 'new', all of one incident key per mapping partition.

    The event is judged against each candidate incident's consolidated facts (`match.compare`; one stray report
    cannot chain incidents) and joins the best, unless the two best fit equally well and exclude each other
    (then it starts its own). If the grown incident now matches other incidents (say a vague report and a
    precise one that the new report ties together), they merge into the oldest; the others are re-emitted as
    superseded. Incidents whose last report is older than `horizon_days`
    (publication time) are evicted.
    """

    def __init__(self, state: MutableMapping[str, Any], *, date_tolerance_days: int = 1, distance_km: float = 25,
                 horizon_days: int = 30, replay_memory_days: int = 365) -> None:
        self.state = state
        self.date_tolerance_days = date_tolerance_days
        self.distance_km = distance_km
        self.horizon_days = horizon_days
        self.replay_memory_days = replay_memory_days

    def resolve(self, event: Event) -> Resolution:
        key = event.incident_key or (event.location.country_code or event.location.sea_area
                                     if event.location else None) or "unknown"
        store = IncidentStore(self.state, key)
        known = store.incident_of(event.event_id)
        if known is not None:
            return Resolution(event.model_copy(update={"incident_id": known}))
        cutoff = store.advance(event.published_at.date(), self.horizon_days, self.replay_memory_days)
        member = _member(event)
        matches = self._matches(store, member, [])
        if not matches or self._ambiguous(store, matches):
            return self._write(store, key, stable_id("inc", event.event_id), [], member, cutoff, event)
        best = matches[0][1]
        grown = consolidate(best, key, store.record(best)["members"] + [member], revision=1, supersedes=[])
        view = _view(grown.model_dump(mode="json"))
        records = [store.record(best)["members"] + [member]]
        group = [best] + [i for _, i in self._matches(store, view, records, exclude=best)]
        survivor = min(group, key=lambda i: (store.record(i)["incident"]["first_reported_at"], i))
        return self._write(store, key, survivor, group, member, cutoff, event)

    def _ambiguous(self, store: IncidentStore, matches: list[tuple[Verdict, str]]) -> bool:
        """The two best candidates fit about equally well but cannot be one incident (say a report of 'a
        merchant ship' hit on a day two named ships were): joining either could be a wrong merge."""
        if len(matches) < 2 or matches[1][0].score < matches[0][0].score - 0.5:
            return False
        return self._conflicts([store.record(matches[0][1])["members"]], store.record(matches[1][1])["members"])

    def _matches(self, store: IncidentStore, member: Member, group_members: list[list[Member]],
                 exclude: str | None = None) -> list[tuple[Verdict, str]]:
        """Candidate incidents whose consolidated facts accept `member`, best first; none whose reports
        conflict hard with `member` or with the reports already grouped."""
        first, last, _ = date_range(member)
        slack = timedelta(days=self.date_tolerance_days)
        found: list[tuple[Verdict, str]] = []
        for incident_id in store.candidates(days_between(first - slack, last + slack)):
            if incident_id == exclude:
                continue
            record = store.record(incident_id)
            same_story = member.get("story") is not None and \
                member["story"] in {m.get("story") for m in record["members"]}
            verdict = compare(member, _view(record["incident"]), tolerance_days=self.date_tolerance_days,
                              distance_km=self.distance_km, same_story=same_story)
            if verdict.accept and not self._conflicts([[member], *group_members], record["members"]):
                found.append((verdict, incident_id))
        return sorted(found, key=lambda v: (-v[0].score, v[1]))

    def _conflicts(self, groups: list[list[Member]], members: list[Member]) -> bool:
        return any(hard_conflict(m, n, self.distance_km) for g in groups for m in g for n in members)

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
