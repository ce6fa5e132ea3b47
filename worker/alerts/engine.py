"""Turns incident revisions and tally updates into alerts: deterministic ids, revisions, retractions."""

from __future__ import annotations

from collections.abc import Iterable, MutableMapping
from datetime import date, timedelta
from typing import Any

from worker.ids import stable_id
from worker.models import Alert, Incident, TallyUpdate

from .payload import incident_alert, tally_alert
from .rules import IncidentRule, SpikeRule, TallyRule
from .templates import incident_context, spike_context, tally_context


class AlertEngine:
    """State keys: ``ai|<incident>`` (last incident revision seen; per rule the alert revision, whether it is
    live and the incident revision it was sent for) and ``at|<rule>|<tally>`` (last tally revision seen,
    level/day fired, spike count, the alert sent for that revision).

    The same revision again (a redelivered input whose first outputs may have died with the worker) gives the
    alerts sent for it again, identical: consumers keep one per id and revision."""

    def __init__(self, rules: Iterable[IncidentRule | TallyRule | SpikeRule], state: MutableMapping[str, Any]):
        rules = list(rules)
        self._incident_rules = [r for r in rules if r.kind == "incident"]
        self._tally_rules = [r for r in rules if r.kind != "incident"]
        self._state = state

    def on_incident(self, incident: Incident) -> list[Alert]:
        """New, updated (same id, higher revision) or retracted alerts; nothing for a stale revision, the same
        alerts again for a repeated one."""
        key = f"ai|{incident.incident_id}"
        entry = self._state.get(key) or {"ir": 0, "rules": {}}
        if incident.revision < entry["ir"]:
            return []
        fired = dict(entry["rules"])  # rule id -> [alert revision, live, incident revision it was sent for]
        context = incident_context(incident)
        if incident.revision == entry["ir"]:
            return [self._incident_alert(rule, incident, revision, not live, context)
                    for rule in self._incident_rules
                    for revision, live, sent_for in [_firing(fired, rule.id)] if sent_for == incident.revision]
        alerts = []
        for rule in self._incident_rules:
            revision, live, _ = _firing(fired, rule.id)
            matches = rule.when.matches(incident)
            if not matches and not live:
                continue
            alerts.append(self._incident_alert(rule, incident, revision + 1, not matches, context))
            fired[rule.id] = [revision + 1, matches, incident.revision]
        if fired or incident.revision > 1:  # a later revision must keep older redeliveries out
            self._state[key] = {"ir": incident.revision, "rules": fired}
        return alerts

    @staticmethod
    def _incident_alert(rule: IncidentRule, incident: Incident, revision: int, retracted: bool,
                        context: dict) -> Alert:
        return incident_alert(rule, incident, stable_id("alr", rule.id, incident.incident_id), revision, retracted,
                              {**context, "rule_id": rule.id, "severity": rule.severity})

    def on_tally(self, update: TallyUpdate) -> list[Alert]:
        if update.as_of is None:
            return []
        alerts = []
        for rule in self._tally_rules:
            if not rule.watches(update.tally_id):
                continue
            key = f"at|{rule.id}|{update.tally_id}"
            entry = self._state.get(key) or {"tr": 0}
            if update.revision <= entry["tr"]:
                if update.revision == entry["tr"] and entry.get("sent") is not None:
                    alerts.append(Alert.model_validate(entry["sent"]))
                continue
            check = self._level if rule.kind == "tally" else self._spike
            alert, new_entry = check(rule, update, entry)
            self._state[key] = {**new_entry, "tr": update.revision,
                                "sent": alert.model_dump(mode="json") if alert is not None else None}
            if alert is not None:
                alerts.append(alert)
        return alerts

    @staticmethod
    def _level(rule: TallyRule, update: TallyUpdate, entry: dict) -> tuple[Alert | None, dict]:
        """Milestones/thresholds: each level once; on a non-cumulative tally a level re-arms when the value
        drops below it, and a re-fired level gets an id for that day."""
        level = rule.level(getattr(update.values, rule.measure))
        fired_level, fired_day = entry.get("level", 0), entry.get("day")
        cumulative = update.window.kind == "since"
        if level <= fired_level:
            rearmed = fired_level if cumulative else level
            return None, {**entry, "level": rearmed}
        if _cooling(fired_day, update.as_of, rule.cooldown_days if cumulative else max(1, rule.cooldown_days)):
            return None, entry  # (at most one firing per day keeps the per-day ids of re-armed levels unique)
        parts = (rule.id, update.tally_id, level) if cumulative else (rule.id, update.tally_id, level, update.as_of)
        context = {**tally_context(update, rule.measure, level), "rule_id": rule.id, "severity": rule.severity}
        alert = tally_alert(rule, update, stable_id("alr", *parts), 1, context)
        return alert, {**entry, "level": level, "day": update.as_of.isoformat()}

    @staticmethod
    def _spike(rule: SpikeRule, update: TallyUpdate, entry: dict) -> tuple[Alert | None, dict]:
        """Today's bucket against the mean of the days before it; one alert per day, updated as it grows."""
        if update.window.kind != "calendar" or update.window.bucket != "day":
            return None, entry
        day = update.as_of
        series = {b.start: getattr(b.values, rule.measure) for b in update.buckets}
        today = series.get(day, 0)
        previous = [series[d] for d in (day - timedelta(days=i) for i in range(1, rule.baseline_days + 1))
                    if d in series]
        baseline = sum(previous) / len(previous) if previous else 0.0
        if today < rule.min_count or today < rule.factor * baseline:
            return None, entry
        same_day = entry.get("day") == day.isoformat()
        if same_day and today <= entry["count"]:
            return None, entry
        if not same_day and _cooling(entry.get("day"), day, rule.cooldown_days):
            return None, entry
        revision = entry["rev"] + 1 if same_day else 1
        context = {**spike_context(update, rule.measure, day, today, baseline),
                   "rule_id": rule.id, "severity": rule.severity}
        alert = tally_alert(rule, update, stable_id("alr", rule.id, update.tally_id, day), revision, context)
        return alert, {**entry, "day": day.isoformat(), "count": today, "rev": revision}


def _firing(fired: dict[str, list], rule_id: str) -> tuple[int, bool, int]:
    """(alert revision, live, incident revision it was sent for); state from before that field: 0."""
    revision, live, *sent_for = fired.get(rule_id, [0, False])
    return revision, live, sent_for[0] if sent_for else 0


def _cooling(fired_day: str | None, day: date, cooldown_days: int) -> bool:
    return fired_day is not None and day < date.fromisoformat(fired_day) + timedelta(days=cooldown_days)
