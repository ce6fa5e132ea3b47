"""Title/summary template fields for each kind of alert rule, and the checks run on templates at load time.

Incident rules: rule_id, severity, incident_id, revision, event_type, sub_event_type, event_date, place,
country, sea_area, fatalities, fatalities_text, injuries, injuries_text, attackers, targets, weapons,
leader_killed, summary, sources.
Tally rules: rule_id, severity, tally_id, tally_title, measure, value, level, as_of, since, incidents,
fatalities, injuries, reported_value, reported_text.
Spike rules: the tally fields, plus day, today, baseline, ratio.
Counts are ints (``{fatalities:d}``), baseline and ratio floats (``{ratio:.1f}``), everything else text.
"""

from __future__ import annotations

from datetime import date, datetime, timezone
from string import Formatter
from typing import Any

from worker.models import Count, Incident, Location, TallyUpdate, TallyValues, TallyWindow

Context = dict[str, Any]


def incident_context(incident: Incident) -> Context:
    loc = incident.location
    return {
        "incident_id": incident.incident_id,
        "revision": incident.revision,
        "event_type": incident.event_type,
        "sub_event_type": incident.sub_event_type,
        "event_date": incident.event_date.isoformat() if incident.event_date else "unknown date",
        "place": loc.name if loc else "unknown place",
        "country": (loc.country_code or "") if loc else "",
        "sea_area": (loc.sea_area or "") if loc else "",
        "fatalities": incident.fatalities.value if incident.fatalities else 0,
        "fatalities_text": count_text(incident.fatalities),
        "injuries": incident.injuries.value if incident.injuries else 0,
        "injuries_text": count_text(incident.injuries),
        "attackers": _names(incident, {"attacker", "claimant", "blamed"}),
        "targets": _names(incident, {"target", "victim"}),
        "weapons": ", ".join(incident.weapons),
        "leader_killed": "yes" if incident.leader_killed else "no",
        "summary": incident.summary,
        "sources": len({s.article_id for s in incident.sources}),
    }


def tally_context(update: TallyUpdate, measure: str, level: int) -> Context:
    latest = update.reported[-1] if update.reported else None
    reported_text = ""
    if latest is not None:
        stated = count_text(Count(value=latest.value, qualifier=latest.qualifier))
        reported_text = f"{latest.attribution or latest.source}: {stated} as of {latest.as_of.isoformat()}"
    return {
        "tally_id": update.tally_id,
        "tally_title": update.title,
        "measure": measure,
        "value": getattr(update.values, measure),
        "level": level,
        "as_of": update.as_of.isoformat() if update.as_of else "",
        "since": update.window.since.isoformat() if update.window.since else "",
        **update.values.model_dump(),
        "reported_value": latest.value if latest else 0,
        "reported_text": reported_text,
    }


def spike_context(update: TallyUpdate, measure: str, day: date, today: int, baseline: float) -> Context:
    return {
        **tally_context(update, measure, today),
        "day": day.isoformat(),
        "today": today,
        "baseline": baseline,
        "ratio": today / baseline if baseline else float(today),
    }


def count_text(count: Count | None) -> str:
    if count is None:
        return "an unknown number"
    prefix = {"at_least": "at least ", "about": "about ", "up_to": "up to "}.get(count.qualifier.value, "")
    return f"{prefix}{count.value}"


def render(template: str, context: Context) -> str:
    return template.format_map(context)


def check_template(template: str, kind: str) -> None:
    """Raises ValueError naming the unknown fields or the bad format spec."""
    context = SAMPLES[kind]
    fields = [name for _, name, _, _ in Formatter().parse(template) if name is not None]
    unknown = ", ".join(f"{{{name}}}" for name in fields if name not in context)
    if unknown:
        raise ValueError(f"unknown template field(s) {unknown}; available: {', '.join(sorted(context))}")
    try:
        render(template, context)
    except (ValueError, TypeError) as exc:
        raise ValueError(f"bad template {template!r}: {exc}") from exc


def _names(incident: Incident, roles: set[str]) -> str:
    return ", ".join(dict.fromkeys(a.name for a in incident.actors if a.role in roles)) or "unknown"


def _samples() -> dict[str, Context]:
    now = datetime(2024, 1, 28, 12, tzinfo=timezone.utc)
    incident = Incident(incident_id="inc_sample", revision=1, incident_key="JO", event_type="Battles",
                        sub_event_type="Air/drone strike", event_date=now.date(), fatalities=Count(value=3),
                        location=Location(name="Tower 22", country_code="JO"), first_reported_at=now,
                        last_reported_at=now)
    update = TallyUpdate(tally_id="t", title="T", window=TallyWindow(kind="calendar", bucket="day", days=30),
                         values=TallyValues(incidents=3), as_of=now.date(), revision=1)
    common = {"rule_id": "r", "severity": "info"}
    return {
        "incident": {**incident_context(incident), **common},
        "tally": {**tally_context(update, "incidents", 3), **common},
        "spike": {**spike_context(update, "incidents", now.date(), 3, 1.0), **common},
    }


SAMPLES = _samples()
