"""Builds alert messages that carry everything a downstream service needs, without calling back."""

from __future__ import annotations

from datetime import datetime, time, timezone

from worker.models import Alert, AlertSource, Incident, TallyUpdate

from .rules import IncidentRule, SpikeRule, TallyRule
from .templates import Context, render

#: Evidence sentences carried per alert.
EVIDENCE_LIMIT = 8


def incident_alert(rule: IncidentRule, incident: Incident, alert_id: str, revision: int, retracted: bool,
                   context: Context) -> Alert:
    return Alert(
        alert_id=alert_id,
        revision=revision,
        rule_id=rule.id,
        kind="incident",
        severity=rule.severity,
        title=render(rule.title, context),
        summary=render(rule.summary, context),
        retracted=retracted,
        key_figures={
            "fatalities": incident.fatalities.value if incident.fatalities else None,
            "fatalities_qualifier": incident.fatalities.qualifier.value if incident.fatalities else None,
            "injuries": incident.injuries.value if incident.injuries else None,
            "injuries_qualifier": incident.injuries.qualifier.value if incident.injuries else None,
            "event_date": incident.event_date.isoformat() if incident.event_date else None,
            "sub_event_type": incident.sub_event_type,
            "attackers": context["attackers"],
            "targets": context["targets"],
            "leader_killed": context["leader_killed"],
            "sources": context["sources"],
        },
        location=incident.location,
        sources=list({s.article_id: AlertSource(outlet=s.source, url=s.url, language=s.language,
                                                article_id=s.article_id) for s in incident.sources}.values()),
        evidence=list(dict.fromkeys(t for t in [incident.summary, *(e.text for e in incident.evidence)] if t))
        [:EVIDENCE_LIMIT],
        incident=incident,
        triggered_at=incident.last_reported_at,
    )


def tally_alert(rule: TallyRule | SpikeRule, update: TallyUpdate, alert_id: str, revision: int,
                context: Context) -> Alert:
    figures = {key: context[key] for key in ("measure", "value", "level", "as_of", "since", "incidents",
                                              "fatalities", "injuries", "reported_value")}
    if rule.kind == "spike":
        figures |= {key: context[key] for key in ("day", "today")}
        figures |= {"baseline": f"{context['baseline']:.2f}", "ratio": f"{context['ratio']:.2f}"}
    return Alert(
        alert_id=alert_id,
        revision=revision,
        rule_id=rule.id,
        kind=rule.kind,
        severity=rule.severity,
        title=render(rule.title, context),
        summary=render(rule.summary, context),
        key_figures=figures,
        evidence=[r.text for r in update.reported[-3:] if r.text],
        tally=update,
        triggered_at=update.updated_at or datetime.combine(update.as_of, time(), timezone.utc),
    )
