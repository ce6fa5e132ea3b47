"""Whether two event reports (JSON dicts) describe the same incident: hard conflicts, evidence and a score.

Language-neutral by construction: only dates, places (coordinates, name skeletons), ACLED types, actor name
skeletons and numbers are compared.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any

from ..geo import km
from .names import is_generic, same_name
from .seas import region

Member = dict[str, Any]

_COMPATIBLE_TYPES = {
    frozenset({"Explosions/Remote violence", "Violence against civilians"}),
    frozenset({"Explosions/Remote violence", "Battles"}),
    frozenset({"Protests", "Riots"}),
}
_COARSE = {"admin1", "country"}
_SPECIFIC_KINDS = {"militia", "rebels", "vessel", "other"}


@dataclass(frozen=True)
class Verdict:
    """`conflict`: the reports cannot be one incident. Otherwise `accept` says whether the evidence suffices."""

    conflict: bool
    accept: bool = False
    score: float = 0.0


CONFLICT = Verdict(conflict=True)


def date_range(member: Member) -> tuple[date, date, bool]:
    """Days the event may have happened on, and whether it is one exactly stated day."""
    return _date_range(member["published_at"], member.get("event_date"), member.get("date_precision", "unknown"))


@lru_cache(maxsize=1 << 16)  # a resolver asks again for every report of a candidate incident, at every step
def _date_range(published_at: str, event_date: str | None, precision: str) -> tuple[date, date, bool]:
    published = datetime.fromisoformat(published_at).date()
    if not event_date:
        return published - timedelta(days=2), published, False
    day = date.fromisoformat(event_date)
    if precision == "day":
        return day, day, True
    if precision == "week":
        return day - timedelta(days=3), day + timedelta(days=3), False
    if precision == "month":
        return day.replace(day=1), day.replace(day=calendar.monthrange(day.year, day.month)[1]), False
    return day - timedelta(days=1), day + timedelta(days=1), False


def compare_dates(a: Member, b: Member, tolerance_days: int) -> str | None:
    """'same' (one exact day), 'near' (exact days within tolerance), 'overlap' (vague ranges meet) or None."""
    a0, a1, a_exact = date_range(a)
    b0, b1, b_exact = date_range(b)
    if a_exact and b_exact:
        gap = abs((a0 - b0).days)
        return "same" if gap == 0 else "near" if gap <= tolerance_days else None
    slack = timedelta(days=tolerance_days)
    return "overlap" if a0 - slack <= b1 and b0 - slack <= a1 else None


def _km(a: dict[str, Any], b: dict[str, Any]) -> float:
    return km(a["lat"], a["lon"], b["lat"], b["lon"])


def _at_sea(a: dict[str, Any], b: dict[str, Any], distance_km: float) -> str | None:
    """Two maritime places. A port in a maritime report carries the sea off it, so 'off Aden' is the same place
    as 'Gulf of Aden'; a port is only a reference point ('60 miles southeast of Aden'), so two ports on one sea
    need corroboration (ship names tell ships apart), and so do adjacent seas of one region (Red Sea, Gulf of Aden)."""
    if not same_name(a["sea_area"], b["sea_area"]):
        return "coarse" if region(a["sea_area"]) == region(b["sea_area"]) else None
    if "sea" in (a.get("precision"), b.get("precision")):
        return "same"
    return "same" if compare_places({**a, "sea_area": None}, {**b, "sea_area": None}, distance_km) == "same" \
        else "coarse"


def compare_places(a: dict[str, Any] | None, b: dict[str, Any] | None, distance_km: float) -> str | None:
    """'same' (one city/site or sea area), 'coarse' (one is vaguer but contains the other) or None (apart).

    A site is the same place as anything within `distance_km`; two towns must also share a name unless they
    are within a fifth of it (neighbouring towns in dense areas are different places). Places at sea: `_at_sea`."""
    if a is None or b is None:
        return "coarse"
    if a.get("sea_area") and b.get("sea_area"):
        return _at_sea(a, b, distance_km)
    if a.get("country_code") and b.get("country_code") and a["country_code"] != b["country_code"]:
        return None
    if a.get("precision") == "sea" or b.get("precision") == "sea":
        return "coarse"
    if a.get("precision") in _COARSE or b.get("precision") in _COARSE:
        return "coarse"
    if None not in (a.get("lat"), a.get("lon"), b.get("lat"), b.get("lon")):
        km = _km(a, b)
        if "site" in (a.get("precision"), b.get("precision")) or km <= distance_km / 5:
            return "same" if km <= distance_km else None
        return "same" if km <= distance_km and same_name(a["name"], b["name"]) else None
    if same_name(a["name"], b["name"]):
        return "same"
    return None if a.get("precision") == b.get("precision") else "coarse"


def compare_types(a: Member, b: Member) -> float | None:
    if a["event_type"] == b["event_type"]:
        return 1.0 if a["sub_event_type"] == b["sub_event_type"] else 0.5
    return 0.0 if frozenset({a["event_type"], b["event_type"]}) in _COMPATIBLE_TYPES else None


def _named(member: Member, kinds: set[str], roles: set[str] | None = None) -> list[str]:
    """Names that identify someone (not 'Militia' or 'British vessel') of the given kinds and roles."""
    return [x["name"] for x in member.get("actors", ())
            if x.get("kind", "other") in kinds and (roles is None or x["role"] in roles) and not is_generic(x["name"])]


def _shared(left: list[str], right: list[str]) -> int:
    return sum(any(same_name(n, m) for m in right) for n in dict.fromkeys(left))


def vessels_conflict(a: Member, b: Member) -> bool:
    """Both name ships and no name is common: two ships, two incidents."""
    left, right = _named(a, {"vessel"}), _named(b, {"vessel"})
    return bool(left and right) and not _shared(left, right)


def place_fields(member: Member) -> tuple | None:
    """What `compare_places` reads of a report's place: reports with equal fields are at one place."""
    place = member.get("location")
    return None if place is None else tuple(place.get(name) for name in
                                            ("sea_area", "country_code", "precision", "lat", "lon", "name"))


def conflict_signature(member: Member) -> tuple:
    """What `hard_conflict` reads of a report: reports with equal signatures conflict with the same reports.
    A big incident's reports mostly share them, so a resolver compares each distinct one once."""
    return place_fields(member), tuple(_named(member, {"vessel"}))


def hard_conflict(a: Member, b: Member, distance_km: float) -> bool:
    """Conflicts that no amount of other agreement overrides: places apart, different ships."""
    return compare_places(a.get("location"), b.get("location"), distance_km) is None or vessels_conflict(a, b)


def _figures_agree(a: Member, b: Member, name: str) -> int:
    """+1 equal positive figures, -1 far apart, 0 otherwise."""
    x, y = a.get(name), b.get(name)
    if not x or not y or not x["value"] or not y["value"]:
        return 0
    low, high = sorted((x["value"], y["value"]))
    return 1 if low == high else -1 if high > 3 * low + 5 else 0


def compare(a: Member, b: Member, *, tolerance_days: int, distance_km: float, same_story: bool = False) -> Verdict:
    """Judge two reports. One place on one exact day is enough (unless they name different militias as targets).
    A vague place or a vague date needs corroboration (a shared named target, equal casualty figures or a
    leader killed in both); exact days one apart need firm corroboration (equal figures, the same ship, or a
    shared named target whose leader was killed), since places are often hit on consecutive days. Versions of
    one wire story (`same_story`) corroborate like equal figures: an update may change the toll."""
    place = compare_places(a.get("location"), b.get("location"), distance_km)
    if place is None or vessels_conflict(a, b):
        return CONFLICT
    when = compare_dates(a, b, tolerance_days)
    kind = compare_types(a, b)
    if when is None or kind is None:
        return Verdict(conflict=False)
    targets = _shared(_named(a, _SPECIFIC_KINDS, {"target", "victim"}), _named(b, _SPECIFIC_KINDS, {"target", "victim"}))
    ships = _shared(_named(a, {"vessel"}), _named(b, {"vessel"}))
    figures = max(_figures_agree(a, b, "fatalities"), 1 if same_story else 0)
    leaders = bool(a.get("leader_killed") and b.get("leader_killed"))
    everyone = _SPECIFIC_KINDS | {"us_military", "state_forces", "civilians"}
    score = ({"same": 2.0, "near": 0.5, "overlap": 0.5}[when] + {"same": 2.0, "coarse": 0.5}[place] + kind
             + min(2, _shared(_named(a, everyone), _named(b, everyone))) + targets + figures
             + _figures_agree(a, b, "injuries") * 0.5 + (0.5 if leaders else 0.0))
    militias_a, militias_b = _named(a, {"militia", "rebels"}, {"target"}), _named(b, {"militia", "rebels"}, {"target"})
    if militias_a and militias_b and not _shared(militias_a, militias_b):
        score -= 1.5
    if when == "near":
        accept = place == "same" and (figures > 0 or ships > 0 or (targets > 0 and leaders))
    elif place == "same" and when == "same":
        accept = score >= 4.0
    else:
        accept = (place == "same" or when == "same") and (targets > 0 or figures > 0 or leaders)
    return Verdict(conflict=False, accept=accept, score=score)
