"""Attach each new event to the incident it reports (or start one), merging incidents an event shows to be one."""

from __future__ import annotations

from collections.abc import MutableMapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from ..ids import stable_id
from ..models import Event, Incident
from .consolidate import consolidate, report_order
from .match import (Member, Verdict, compare, compare_places, conflict_signature, date_range, hard_conflict,
                    place_fields)
from .seas import incident_key, sea_area
from .store import IncidentStore, days_between

#: Bound of the resolver's memos of consolidated facts and conflict signatures (cleared when exceeded).
MEMO_ENTRIES = 8_000

#: One write of a resolution step: an incident id, all its reports, and the incidents it absorbs.
PlanStep = tuple[str, list[Member], list[str]]


@dataclass
class Resolution:
    """The event with its incident id, and every incident whose content changed (new revisions only); for an
    event resolved before (a redelivery), the incidents its step changed, as they now stand, to be sent again:
    its first run may have stored the state and died before its outputs were out."""

    event: Event
    incidents: list[Incident] = field(default_factory=list)
    repeated: list[Incident] = field(default_factory=list)


def _member(event: Event) -> Member:
    """The report as stored in its incident; evidence trimmed to keep records small. The port named in a
    maritime report carries the sea off it, so it compares with reports that name only the sea."""
    member = event.model_dump(mode="json", exclude={"incident_id"})
    member["evidence"] = member["evidence"][:3]
    sea = sea_area(member["location"], member["actors"])
    if sea is not None:
        member["location"]["sea_area"] = sea
    return member


def _view(incident: dict[str, Any]) -> Member:
    """An incident's consolidated facts in the shape of one report."""
    return {**incident, "published_at": incident["first_reported_at"], "event_id": incident["incident_id"]}


def _by_place(reports: list[Member]) -> dict[tuple | None, list[Member]]:
    groups: dict[tuple | None, list[Member]] = {}
    for report in reports:
        groups.setdefault(place_fields(report), []).append(report)
    return groups


def _same_story(member: Member, reports: list[Member]) -> bool:
    """`member` is a version of one of `reports`' wire stories."""
    return member.get("story") is not None and member["story"] in {m.get("story") for m in reports}


class IncidentResolver:
    """`resolve(event)` for events with status 'new', all of one incident key per mapping partition.

    The event is judged against each candidate incident's consolidated facts (`match.compare`; one stray report
    cannot chain incidents) and joins the best, unless the two best fit equally well and exclude each other
    (then it starts its own). If the grown incident now matches other incidents (say a vague report and a
    precise one that the new report ties together), they merge into the oldest; the others are re-emitted as
    superseded. That is the rule for reports arriving in publication order; a report that arrives after later
    ones it relates to regroups those incidents as if all had arrived in publication order (`_regroup`), so the
    grouping does not depend on arrival order. Incidents whose last report is older than `horizon_days`
    (publication time) are evicted.
    """

    def __init__(self, state: MutableMapping[str, Any], *, date_tolerance_days: int = 1, distance_km: float = 25,
                 horizon_days: int = 30, replay_memory_days: int = 365) -> None:
        self.state = state
        self.date_tolerance_days = date_tolerance_days
        self.distance_km = distance_km
        self.horizon_days = horizon_days
        self.replay_memory_days = replay_memory_days
        # derived from stored reports, which never change once stored (see `_facts`); bounded, not state
        self._consolidated: dict[tuple[str, ...], dict[str, Any]] = {}
        self._signatures: dict[str, tuple] = {}

    def resolve(self, event: Event) -> Resolution:
        for memo in (self._consolidated, self._signatures):
            if len(memo) > MEMO_ENTRIES:
                memo.clear()
        key = event.incident_key or incident_key(event.location, event.actors)
        store = IncidentStore(self.state, key)
        known = self._resolved_before(store, event)
        if known is not None:
            return Resolution(event.model_copy(update={"incident_id": known}), repeated=self._repeated(store, event,
                                                                                                       known))
        journal = store.journal(event.event_id)
        if journal is not None:
            return self._finish(store, event, journal)
        plan, cutoff = self._plan(store, key, _member(event))
        return self._commit(store, key, plan, cutoff, event)

    def _plan(self, store: IncidentStore, key: str, member: Member) -> tuple[list[PlanStep], date]:
        """Where `member` goes: each (incident id, its reports, incidents it absorbs) to write, and the cutoff."""
        cutoff = store.advance(report_order(member)[0].date(), self.horizon_days, self.replay_memory_days)
        overtaken = self._overtaken(store, member)
        matches = self._matches(store, member, [])
        if overtaken and not (len(matches) == 1 and overtaken == [matches[0][1]]):
            return self._regroup(store, key, overtaken, member), cutoff  # else it just joins, as in order
        if not matches or self._ambiguous(store, matches):
            return [(stable_id("inc", member["event_id"]), [member], [])], cutoff
        best = matches[0][1]
        view = _view(self._facts(key, sorted(store.record(best)["members"] + [member], key=report_order)))
        records = [store.record(best)["members"] + [member]]
        group = [best] + [i for _, i in self._matches(store, view, records, exclude=best)]
        survivor = min(group, key=lambda i: (store.record(i)["incident"]["first_reported_at"], i))
        members = [m for i in group for m in store.record(i)["members"]] + [member]
        return [(survivor, members, [i for i in group if i != survivor])], cutoff

    def _resolved_before(self, store: IncidentStore, event: Event) -> str | None:
        """The incident a redelivered event already belongs to. Its link is not enough: a crash can keep a prefix
        of a step's writes, with the link but not the record holding the event; such an event is resolved again.
        A link to a missing record is kept on purpose for events of incidents evicted past the horizon."""
        known = store.incident_of(event.event_id)
        if known is None:
            return None
        record = store.record(known)
        if record is None:
            watermark = store.watermark()
            evicted = watermark is not None and \
                event.published_at.date() < watermark - timedelta(days=self.horizon_days)
            return known if evicted else None
        return known if any(m["event_id"] == event.event_id for m in record["members"]) else None

    def _repeated(self, store: IncidentStore, event: Event, known: str) -> list[Incident]:
        """The event's incident and any other its step changed, as stored now, then those it superseded."""
        ids, superseded = [known], []
        outputs = store.outputs(event.event_id)
        if outputs is not None:
            ids += [i for i in outputs["changed"] if i != known]
            superseded = [Incident.model_validate(s) for s in outputs["superseded"]]
        records = [store.record(i) for i in ids]
        return [Incident.model_validate(r["incident"]) for r in records if r is not None] + superseded

    def _ambiguous(self, store: IncidentStore, matches: list[tuple[Verdict, str]]) -> bool:
        """The two best candidates fit about equally well but cannot be one incident (say a report of 'a
        merchant ship' hit on a day two named ships were): joining either could be a wrong merge."""
        if len(matches) < 2 or matches[1][0].score < matches[0][0].score - 0.5:
            return False
        return self._conflicts([store.record(matches[0][1])["members"]], store.record(matches[1][1])["members"])

    def _compare(self, member: Member, other: Member, same_story: bool) -> Verdict:
        return compare(member, other, tolerance_days=self.date_tolerance_days, distance_km=self.distance_km,
                       same_story=same_story)

    def _candidates(self, store: IncidentStore, member: Member) -> list[str]:
        first, last, _ = date_range(member)
        slack = timedelta(days=self.date_tolerance_days)
        return store.candidates(days_between(first - slack, last + slack))

    def _matches(self, store: IncidentStore, member: Member, group_members: list[list[Member]],
                 exclude: str | None = None) -> list[tuple[Verdict, str]]:
        """Candidate incidents whose consolidated facts accept `member`, best first; none whose reports
        conflict hard with `member` or with the reports already grouped."""
        found: list[tuple[Verdict, str]] = []
        for incident_id in self._candidates(store, member):
            if incident_id == exclude:
                continue
            record = store.record(incident_id)
            verdict = self._compare(member, _view(record["incident"]), _same_story(member, record["members"]))
            if verdict.accept and not self._conflicts([[member], *group_members], record["members"]):
                found.append((verdict, incident_id))
        return sorted(found, key=lambda v: (-v[0].score, v[1]))

    def _conflicts(self, groups: list[list[Member]], members: list[Member]) -> bool:
        """Some report of `groups` conflicts hard with some of `members` (each distinct pair once)."""
        left = {self._signature(m): m for g in groups for m in g}
        right = {self._signature(n): n for n in members}
        return any(hard_conflict(m, n, self.distance_km) for m in left.values() for n in right.values())

    def _overtaken(self, store: IncidentStore, member: Member) -> list[str]:
        """The incidents `member` relates to (their facts or any one report accept it), if one of them already
        holds a report published after it; else none (the usual case: reports arrive in publication order).
        Then also the incidents related to those through their reports, in the same days: their grouping may
        have hung on what was known then (a report of 'a ship' left alone as fitting two incidents)."""
        order = report_order(member)
        candidates = self._candidates(store, member)
        if all(report_order(store.record(i)["members"][-1]) < order for i in candidates):
            return []
        related, late = [], False
        for incident_id in candidates:
            record = store.record(incident_id)
            reports = record["members"]
            if self._compare(member, _view(record["incident"]), _same_story(member, reports)).accept \
                    or self._related([member], reports):
                related.append(incident_id)
                late = late or report_order(reports[-1]) > order
        frontier = [m for i in related for m in store.record(i)["members"]] if late else []
        while frontier:
            grown = [i for i in candidates if i not in related and self._related(frontier, store.record(i)["members"])]
            related += grown
            frontier = [m for i in grown for m in store.record(i)["members"]]
        return related if late else []

    def _related(self, reports: list[Member], others: list[Member]) -> bool:
        """Some report of `reports` accepts some report of `others` on its own. Reports at places apart never
        do, so the reports are compared place by place: the candidates of a busy country-day are mostly
        elsewhere, and comparing every pair made a late report quadratic in the day's reports."""
        here, there = _by_place(reports), _by_place(others)
        for mine in here.values():
            for theirs in there.values():
                if compare_places(mine[0].get("location"), theirs[0].get("location"), self.distance_km) is None:
                    continue
                if any(self._compare(m, n, _same_story(m, [n])).accept for m in mine for n in theirs):
                    return True
        return False

    def _regroup(self, store: IncidentStore, key: str, incident_ids: list[str], member: Member) -> list[PlanStep]:
        """Group the reports of `incident_ids` and `member` afresh, in publication order, then keep each old
        incident's id for the first group holding its reports; the rest of an incident's reports move (a split)
        and an incident whose reports all moved is superseded by the group holding most of them."""
        records = {i: store.record(i) for i in incident_ids}
        owner = {m["event_id"]: i for i, r in records.items() for m in r["members"]}
        reports = {m["event_id"]: m for r in records.values() for m in r["members"]} | {member["event_id"]: member}
        scratch = IncidentStore({}, key)
        for report in sorted(reports.values(), key=report_order):
            self._place(scratch, key, report)
        groups: dict[str, list[Member]] = {}
        for event_id, report in reports.items():
            groups.setdefault(scratch.incident_of(event_id), []).append(report)
        ordered = sorted(groups.values(), key=lambda g: min(map(report_order, g)))
        ids: list[str] = []
        for group in ordered:
            olds = sorted({owner[m["event_id"]] for m in group if m["event_id"] in owner} - set(ids),
                          key=lambda i: (records[i]["incident"]["first_reported_at"], i))
            ids.append(olds[0] if olds else self._new_id(store, ids, group, member))
        absorbed: dict[str, list[str]] = {i: [] for i in ids}
        for old in records:
            if old not in ids:
                held = [sum(owner[m["event_id"]] == old for m in g if m["event_id"] in owner) for g in ordered]
                absorbed[ids[held.index(max(held))]].append(old)
        plan = [(i, g, absorbed[i]) for i, g in zip(ids, ordered) if absorbed[i] or i not in records
                or {m["event_id"] for m in g} != {m["event_id"] for m in records[i]["members"]}]
        plan.sort(key=lambda step: member not in step[1])
        return plan

    @staticmethod
    def _new_id(store: IncidentStore, taken: list[str], group: list[Member], member: Member) -> str:
        """A group that keeps no old incident's id. Its natural id can be taken: a report split off on its own
        once (`regrouped|<its id>`) whose old group later keeps that id for other reports is split off again;
        two groups under one id would lose one group's reports."""
        new = stable_id("inc", member["event_id"]) if group == [member] else \
            stable_id("inc", "regrouped", *sorted(m["event_id"] for m in group))
        while new in taken or store.record(new) is not None:
            new = stable_id("inc", "regrouped", new)
        return new

    def _place(self, scratch: IncidentStore, key: str, report: Member) -> None:
        plan, cutoff = self._plan(scratch, key, report)
        self._apply(scratch, self._steps(scratch, key, plan, cutoff, with_sources=False)[0])

    def _steps(self, store: IncidentStore, key: str, plan: list[PlanStep], cutoff: date, *,
               with_sources: bool = True) -> tuple[list[dict[str, Any]], list[Incident], list[Incident]]:
        """The records to write for `plan`, its incidents and the revisions superseding the absorbed ones. A
        regroup's scratch replay needs only the grouping and the facts it compares (`with_sources=False`)."""
        changed, superseded, steps = [], [], []
        for incident_id, members, absorbed in plan:
            members = sorted(members, key=report_order)
            old = store.record(incident_id)
            supersedes = list(old["incident"]["supersedes"]) if old else []
            for other in absorbed:
                previous = Incident.model_validate(store.record(other)["incident"])
                supersedes += [other, *previous.supersedes]
                superseded.append(previous.model_copy(update={"status": "superseded", "superseded_by": incident_id,
                                                              "revision": previous.revision + 1}))
            revision = old["incident"]["revision"] + 1 if old else 1
            if with_sources:
                incident = consolidate(incident_id, key, members, revision=revision, supersedes=supersedes)
                changed.append(incident)
                facts = incident.model_dump(mode="json")
            else:
                facts = {**self._facts(key, members), "incident_id": incident_id, "revision": revision,
                         "supersedes": sorted(supersedes)}
            spans = {date_range(m)[:2] for m in members}  # few distinct spans, however many reports
            days = sorted({d for span in spans for d in days_between(*span) if d > cutoff.isoformat()})
            steps.append({"id": incident_id, "incident": facts, "members": members,
                          "days": days, "exp": report_order(members[-1])[0].date().isoformat(), "absorbed": absorbed})
        return steps, changed, superseded

    def _signature(self, member: Member) -> tuple:
        signature = self._signatures.get(member["event_id"])
        if signature is None:
            signature = self._signatures[member["event_id"]] = conflict_signature(member)
        return signature

    def _facts(self, key: str, members: list[Member]) -> dict[str, Any]:
        """The consolidated facts of reports in report order, without sources, as JSON, once per set of reports.

        A step compares the grown incident and then stores it; a regroup replays every report of the incidents
        a late report relates to, and the next late report replays the same groups again up to its place:
        remembered, a replay consolidates only from the late report on, not each prefix of a big incident
        anew. A report's content is fixed once stored (a redelivered event keeps the stored one), so its
        event id stands for it."""
        reports = (key, *(m["event_id"] for m in members))
        facts = self._consolidated.get(reports)
        if facts is None:
            facts = self._consolidated[reports] = consolidate(
                "", key, members, revision=1, supersedes=[], with_sources=False).model_dump(mode="json")
        return facts

    def _commit(self, store: IncidentStore, key: str, plan: list[PlanStep], cutoff: date,
                event: Event) -> Resolution:
        """Write each (incident id, its reports, incidents it absorbs) and emit the new revisions: the event's
        incident first, then other changed ones, then the absorbed ones as superseded."""
        steps, changed, superseded = self._steps(store, key, plan, cutoff)
        journal = {"event": event.event_id, "steps": steps,
                   "superseded": [s.model_dump(mode="json") for s in superseded]}
        if len(steps) > 1 or superseded:
            store.begin(journal)
        self._apply(store, steps)
        return Resolution(event.model_copy(update={"incident_id": changed[0].incident_id}), changed + superseded)

    @staticmethod
    def _apply(store: IncidentStore, steps: list[dict[str, Any]]) -> None:
        for step in reversed(steps):
            for other in step["absorbed"]:
                store.drop(other)
            store.save(step["id"], step["incident"], step["members"], step["days"], exp=step["exp"])

    def _finish(self, store: IncidentStore, event: Event, journal: dict[str, Any]) -> Resolution:
        """Apply a step's journal; the event's own incident record, which marks the step done, is written last.

        A step that changes several incidents writes its journal first: a crash keeps a prefix of a step's
        writes, and a redelivered event whose step was cut short finishes it from the journal instead of
        resolving again against half-merged state (idempotent: dropping a dropped incident or saving a saved
        record changes nothing)."""
        self._apply(store, journal["steps"])
        incidents = [Incident.model_validate(step["incident"]) for step in journal["steps"]]
        superseded = [Incident.model_validate(s) for s in journal["superseded"]]
        return Resolution(event.model_copy(update={"incident_id": incidents[0].incident_id}), incidents + superseded)
