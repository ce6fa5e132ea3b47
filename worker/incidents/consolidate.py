"""One Incident from all its reports, each field with the event it came from; independent of arrival order.

Rules (documented in worker/incidents/README.md):
- casualties: each outlet's latest figure is its current claim; the incident takes the highest current claim
  (tolls rise as reports firm up, lagging outlets repeat older lower figures, an outlet's own correction
  replaces its earlier figure). Ties prefer exact over 'at least'/'about', then the later report. 'up to'
  figures count only when no other kind is given.
- place: the most precise location (site > city > sea > admin1 > country), then with coordinates, then latest.
- date: the most common exact day; vaguer dates only when no report gives a day. Ties: the earliest report
  (first takes are written closest to the event; later ones drift to publication days).
- type: the most common (event type, sub-event type); ties: latest report.
- actors: union by role and spelling-neutral name; weapons: union; leader_killed: any report.
- summary and evidence: the latest primary report, preferring English.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from datetime import datetime
from functools import lru_cache
from typing import Any

from ..models import Actor, Count, Incident, IncidentSource, Location
from .match import Member
from .names import name_key

_QUALIFIER_RANK = {"exact": 3, "at_least": 2, "about": 1, "up_to": 0}
_PLACE_RANK = {"site": 5, "city": 4, "sea": 3, "admin1": 2, "country": 1}
_DATE_RANK = {"day": 3, "week": 2, "month": 1, "unknown": 0}


#: Publication times as parsed datetimes; an incident's reports are sorted again at every step.
_published = lru_cache(maxsize=1 << 16)(datetime.fromisoformat)


def report_order(member: Member) -> tuple[datetime, str]:
    return _published(member["published_at"]), member["event_id"]


def _latest(members: list[Member], key: Callable[[Member], Any]) -> Member:
    """The best by `key`, ties to the latest report; `members` are in report order (max keeps the first best)."""
    return max(reversed(members), key=key)


def _figure(members: list[Member], name: str) -> Member | None:
    claims: dict[str, Member] = {}
    for member in members:
        if member.get(name) is not None:
            claims.pop(member["source"], None)  # kept in report order: by each outlet's latest report
            claims[member["source"]] = member
    firm = [m for m in claims.values() if m[name]["qualifier"] != "up_to"] or list(claims.values())
    if not firm:
        return None
    return _latest(firm, lambda m: (m[name]["value"], _QUALIFIER_RANK[m[name]["qualifier"]]))


def _mode(members: list[Member], key: Callable[[Member], Any], *, ties_to_latest: bool = True) -> Member:
    counts = Counter(key(m) for m in members)
    if ties_to_latest:
        return _latest(members, lambda m: counts[key(m)])
    return max(members, key=lambda m: counts[key(m)])  # ties to the earliest report


def _actor_key(actor: dict[str, Any]) -> tuple[str, str]:
    return actor["role"], name_key(actor["name"]) or actor["name"].casefold()


def _actors(members: list[Member]) -> list[Actor]:
    merged: dict[tuple[str, str], dict[str, Any]] = {}
    for member in members:
        for actor in member.get("actors", ()):
            key = _actor_key(actor)
            if key not in merged:
                merged[key] = dict(actor)
                continue
            known = merged[key]
            if known.get("kind", "other") == "other" and actor.get("kind", "other") != "other":
                known["kind"] = actor["kind"]
            if not known.get("country_code") and actor.get("country_code"):
                known["country_code"] = actor["country_code"]
    return [Actor.model_validate(a) for a in merged.values()]


def consolidate(incident_id: str, incident_key: str, members: list[Member], *, revision: int,
                supersedes: list[str], with_sources: bool = True) -> Incident:
    members = sorted(members, key=report_order)
    provenance: dict[str, str] = {}

    def take(field: str, member: Member | None) -> Any:
        if member is None:
            return None
        provenance[field] = member["event_id"]
        return member[field]

    typed = _mode(members, lambda m: (m["event_type"], m["sub_event_type"]))
    kind, sub_kind = take("event_type", typed), take("sub_event_type", typed)
    dated = [m for m in members if m.get("event_date")]
    best_date_rank = max((_DATE_RANK[m.get("date_precision", "unknown")] for m in dated), default=None)
    on_date = _mode([m for m in dated if _DATE_RANK[m.get("date_precision", "unknown")] == best_date_rank],
                    lambda m: m["event_date"], ties_to_latest=False) if dated else None
    placed = [m for m in members if m.get("location")]
    located = _latest(placed, lambda m: (_PLACE_RANK.get(m["location"].get("precision"), 0),
                                         m["location"].get("lat") is not None)) if placed else None
    leader = next((m for m in members if m.get("leader_killed")), None)
    primary = [m for m in members if m.get("salience") == "primary"] or members
    voice = _latest(primary, lambda m: m.get("language") == "en")
    fatalities = take("fatalities", _figure(members, "fatalities"))
    injuries = take("injuries", _figure(members, "injuries"))
    location = take("location", located)
    event_date = take("event_date", on_date)
    take("leader_killed", leader)
    return Incident(
        incident_id=incident_id, revision=revision, supersedes=sorted(supersedes), incident_key=incident_key,
        event_type=kind, sub_event_type=sub_kind,
        weapons=sorted({w.casefold(): w for m in members for w in m.get("weapons", ())}.values(), key=str.casefold),
        event_date=event_date, date_precision=on_date.get("date_precision", "unknown") if on_date else "unknown",
        location=Location.model_validate(location) if location else None,
        actors=_actors(members),
        fatalities=Count.model_validate(fatalities) if fatalities else None,
        injuries=Count.model_validate(injuries) if injuries else None,
        leader_killed=leader is not None, summary=take("summary", voice),
        sources=[IncidentSource.model_validate(m) for m in members] if with_sources else [],
        provenance=provenance, evidence=voice.get("evidence", []),
        first_reported_at=members[0]["published_at"], last_reported_at=members[-1]["published_at"],
    )
