"""The dashboard's bounded, read-only materialized view of the output topics (plain Python, no Kafka)."""

from __future__ import annotations

import heapq
from collections import Counter, OrderedDict
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from worker.models import Alert, DeadLetter, Incident, TallyUpdate

from .series import tally_series

Change = dict[str, Any]


@dataclass(frozen=True)
class Limits:
    """How much the view keeps: it must stay small however long the worker runs."""

    alerts: int = 300
    alert_revisions: int = 20
    incidents: int = 1000
    incident_days: int = 30
    tally_history: int = 200
    dead_letters: int = 20
    dead_letter_ids: int = 10_000


class DashboardView:
    """Latest revision per alert, incident and tally, plus dead-letter counts; each `apply` returns the changes
    to broadcast (none when the message is old news: a redelivery or an older revision)."""

    def __init__(self, limits: Limits = Limits(), measures: dict[str, str] | None = None) -> None:
        self.limits = limits
        self.measures = measures or {}
        self.alerts: dict[str, dict] = {}
        self.incidents: dict[str, dict] = {}
        self.tallies: dict[str, dict] = {}
        self.tally_history: dict[str, list[dict]] = {}
        self.dead_letter_reasons: Counter[str] = Counter()
        self.recent_dead_letters: list[dict] = []
        self._dead_letter_ids: OrderedDict[str, None] = OrderedDict()
        # eviction order of the incidents: a heap of (last reported, id), stale entries skipped when popped
        self._incident_reported: dict[str, datetime] = {}
        self._incident_ages: list[tuple[datetime, str]] = []
        self._incident_watermark: datetime | None = None

    # --- updates -----------------------------------------------------------------------------------------------

    def apply(self, message: Alert | Incident | TallyUpdate | DeadLetter) -> list[Change]:
        if isinstance(message, Alert):
            changes = self.apply_alert(message)
        elif isinstance(message, Incident):
            changes = [self.apply_incident(message)]
        elif isinstance(message, TallyUpdate):
            changes = [self.apply_tally(message)]
        elif isinstance(message, DeadLetter):
            changes = [self.apply_dead_letter(message)]
        else:
            raise TypeError(f"not a dashboard message: {type(message).__name__}")
        return [change for change in changes if change is not None]

    def apply_alert(self, alert: Alert) -> list[Change | None]:
        """The alert's own copy of its incident counts as an incident revision: the alert often arrives before
        the same revision on the incidents topic, which is then old news."""
        held = self.alerts.get(alert.alert_id)
        if held is not None and held["revision"] >= alert.revision:
            return []
        item = alert.model_dump(mode="json", exclude={"incident", "tally", "schema_version"})
        revisions = [r for r in (held or {}).get("revisions", []) if r["revision"] != alert.revision]
        revisions.append({k: item[k] for k in ("revision", "severity", "title", "retracted", "triggered_at")})
        item["incident_id"] = alert.incident.incident_id if alert.incident else None
        item["tally_id"] = alert.tally.tally_id if alert.tally else None
        item["revisions"] = sorted(revisions, key=lambda r: r["revision"])[-self.limits.alert_revisions:]
        self.alerts[alert.alert_id] = item
        incident_change = self.apply_incident(alert.incident) if alert.incident is not None else None
        _trim(self.alerts, self.limits.alerts, key=lambda a: (a["triggered_at"], a["alert_id"]))
        return [incident_change, {"type": "alert", "data": item} if alert.alert_id in self.alerts else None]

    def apply_incident(self, incident: Incident) -> Change | None:
        held = self.incidents.get(incident.incident_id)
        if held is not None and held["revision"] >= incident.revision:
            return None
        self.incidents[incident.incident_id] = incident.model_dump(mode="json", exclude={"schema_version"})
        self._evict_incidents(incident.incident_id, incident.last_reported_at)
        held = self.incidents.get(incident.incident_id)
        return {"type": "incident", "data": incident_summary(held)} if held else None

    def apply_tally(self, update: TallyUpdate) -> Change | None:
        held = self.tallies.get(update.tally_id)
        if held is not None and held["revision"] >= update.revision:
            return None
        item = update.model_dump(mode="json", exclude={"schema_version"})
        self.tallies[update.tally_id] = item
        point = {k: item[k] for k in ("revision", "as_of", "updated_at", "values")}
        history = [p for p in self.tally_history.get(update.tally_id, []) if p["revision"] != update.revision]
        self.tally_history[update.tally_id] = sorted([*history, point],
                                                     key=lambda p: p["revision"])[-self.limits.tally_history:]
        return {"type": "tally", "data": self.tally(update.tally_id)}

    def apply_dead_letter(self, letter: DeadLetter) -> Change | None:
        if letter.dead_letter_id in self._dead_letter_ids:
            return None
        self._dead_letter_ids[letter.dead_letter_id] = None
        while len(self._dead_letter_ids) > self.limits.dead_letter_ids:
            self._dead_letter_ids.popitem(last=False)
        self.dead_letter_reasons[letter.reason.value] += 1
        item = letter.model_dump(mode="json", include={"dead_letter_id", "reason", "detail", "stage", "article_id",
                                                       "source_topic", "received_at", "original_size"})
        self.recent_dead_letters = [item, *self.recent_dead_letters][:self.limits.dead_letters]
        return {"type": "deadletter", "data": item}

    def _evict_incidents(self, incident_id: str, reported: datetime) -> None:
        """Drops incidents past the horizon, then the oldest beyond the limit: O(log n) per revision, where a
        scan of every held incident cost ~0.3 ms at the limit of 1,000."""
        self._incident_reported[incident_id] = reported
        heapq.heappush(self._incident_ages, (reported, incident_id))
        if self._incident_watermark is None or reported > self._incident_watermark:
            self._incident_watermark = reported
        horizon = self._incident_watermark - timedelta(days=self.limits.incident_days)
        ages = self._incident_ages
        while ages and (ages[0][0] < horizon or len(self.incidents) > self.limits.incidents):
            held_at, held_id = heapq.heappop(ages)
            if self._incident_reported.get(held_id) == held_at:  # else a later revision re-entered it
                del self._incident_reported[held_id], self.incidents[held_id]
        if len(ages) > 2 * len(self._incident_reported) + 64:
            self._incident_ages = [(at, key) for key, at in self._incident_reported.items()]
            heapq.heapify(self._incident_ages)

    # --- queries -----------------------------------------------------------------------------------------------

    def alert_list(self, limit: int | None = None) -> list[dict]:
        """Newest first (by the event time that triggered the latest revision)."""
        ordered = sorted(self.alerts.values(), key=lambda a: (a["triggered_at"], a["alert_id"]), reverse=True)
        return ordered[:limit] if limit else ordered

    def alert_detail(self, alert_id: str) -> dict | None:
        """The alert with its incident: the newest revision the view holds (topic or the alert's own copy)."""
        alert = self.alerts.get(alert_id)
        if alert is None:
            return None
        incident = self.incidents.get(alert["incident_id"]) if alert["incident_id"] else None
        tally = self.tally(alert["tally_id"]) if alert["tally_id"] in self.tallies else None
        return {**alert, "incident": incident, "tally": tally}

    def incident_list(self, since: date | None = None) -> list[dict]:
        """Active incidents, newest first, optionally only those on or after `since` (event date)."""
        items = [incident_summary(i) for i in self.incidents.values() if i["status"] == "active"]
        if since is not None:
            items = [i for i in items if i["date"] >= since.isoformat()]
        return sorted(items, key=lambda i: (i["date"], i["incident_id"]), reverse=True)

    def tally(self, tally_id: str) -> dict:
        update = self.tallies[tally_id]
        measure = self.measures.get(tally_id, self.measures.get(tally_id.split(":")[0], "incidents"))
        return {
            "tally_id": tally_id, "title": update["title"], "window": update["window"], "values": update["values"],
            "revision": update["revision"], "as_of": update["as_of"], "updated_at": update["updated_at"],
            "contributing_incidents": update["contributing_incidents"], "reported": update["reported"],
            "measure": measure,
            "series": tally_series(update, self.tally_history.get(tally_id, []), measure),
        }

    def tally_list(self) -> list[dict]:
        return [self.tally(tally_id) for tally_id in sorted(self.tallies)]

    def dead_letters(self) -> dict:
        return {"by_reason": dict(self.dead_letter_reasons.most_common()), "recent": self.recent_dead_letters}

    def counts(self) -> dict[str, int]:
        return {"alerts": len(self.alerts), "incidents": len(self.incidents), "tallies": len(self.tallies),
                "dead_letters": sum(self.dead_letter_reasons.values())}


def incident_summary(incident: dict) -> dict:
    """What the map and the feed need of an incident."""
    location = incident.get("location") or {}
    fatalities = incident.get("fatalities") or {}
    return {
        "incident_id": incident["incident_id"], "revision": incident["revision"], "status": incident["status"],
        "event_type": incident["event_type"], "sub_event_type": incident["sub_event_type"],
        "date": incident["event_date"] or incident["last_reported_at"][:10],
        "place": location.get("name"), "country_code": location.get("country_code"),
        "sea_area": location.get("sea_area"), "lat": location.get("lat"), "lon": location.get("lon"),
        "fatalities": fatalities.get("value"), "fatalities_qualifier": fatalities.get("qualifier"),
        "summary": incident["summary"], "sources": len(incident["sources"]),
        "last_reported_at": incident["last_reported_at"],
    }


def _trim(items: dict[str, dict], limit: int, key) -> None:
    """Drop the oldest entries beyond the limit."""
    if len(items) > limit:
        for item_key, _ in sorted(items.items(), key=lambda kv: key(kv[1]))[:len(items) - limit]:
            del items[item_key]
