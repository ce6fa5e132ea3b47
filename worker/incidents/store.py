"""Incident state layout in one mapping: records, event links, a day index of candidates, event-time expiry.

Keys (all prefixed with the incident key, e.g. ``IQ|`` or ``Red Sea|``):
  i|<incident id>  {"incident": Incident JSON, "reports": [event id, ...], "days": [...], "exp": day}
  r|<event id>     the report (event JSON) as stored in its incident; written once, deleted when its incident
                   is evicted. Records name their reports: a step rewrites its incident's record, and with the
                   reports inside it a big incident's record (100+ reports, 200 KB) went to the changelog
                   with every report that joined it.
  e|<event id>     incident id the event belongs to (redelivery, and links survive merges)
  o|<event id>     for a step that changed several incidents: their ids and the superseded revisions it sent
  journal          the last such step's writes, so a step a crash cut short is finished, not redone
  x|<day>          ids of incidents whose reports put the event on that day (candidate index)
  q|<day>          ids of incidents whose last report was published that day (expiry)
  wm               watermark: latest publication day seen
  sweep            oldest day not yet swept
"""

from __future__ import annotations

from collections.abc import Iterable, MutableMapping
from datetime import date, timedelta
from typing import Any

from ..state import PrefixedState


def days_between(first: date, last: date) -> list[str]:
    return [(first + timedelta(days=n)).isoformat() for n in range((last - first).days + 1)]


class IncidentStore(PrefixedState):
    def __init__(self, state: MutableMapping[str, Any], prefix: str) -> None:
        super().__init__(state, prefix)
        self._records: dict[str, dict[str, Any] | None] = {}  # read once per resolve (tables deserialize reads)

    def _add(self, key: str, item: str) -> None:
        items = self._get(key) or []
        if item not in items:
            self._set(key, items + [item])

    def _remove(self, key: str, item: str) -> None:
        items = [i for i in self._get(key) or () if i != item]
        if items:
            self._set(key, items)
        else:
            self._del(key)

    def incident_of(self, event_id: str) -> str | None:
        return self._get(f"e|{event_id}")

    def record(self, incident_id: str) -> dict[str, Any] | None:
        """The incident's record with its reports ("members", in report order) read in."""
        if incident_id not in self._records:
            stored = self._get(f"i|{incident_id}")
            if stored is not None and "reports" in stored:
                members = [self._get(f"r|{event_id}") for event_id in stored["reports"]]
                stored = {**stored, "members": [m for m in members if m is not None]}
            self._records[incident_id] = stored  # records written before "reports" hold their members inline
        return self._records[incident_id]

    def candidates(self, days: Iterable[str]) -> list[str]:
        """Incidents indexed on these days. An entry without its record (a step's writes cut short by a crash
        keep a prefix, and the index can come before the record) is no candidate."""
        found: list[str] = []
        for day in days:
            found += [i for i in self._get(f"x|{day}") or () if i not in found and self.record(i) is not None]
        return found

    def watermark(self) -> date | None:
        day = self._get("wm")
        return date.fromisoformat(day) if day is not None else None

    def save(self, incident_id: str, incident: dict[str, Any], members: list[dict[str, Any]],
             days: list[str], exp: str) -> None:
        """Write the record, move its index entries to `days`, link every member event to it."""
        old = self.record(incident_id) or {"days": [], "members": [], "exp": None}
        for day in set(old["days"]) - set(days):
            self._remove(f"x|{day}", incident_id)
        for day in days:
            if day not in old["days"]:
                self._add(f"x|{day}", incident_id)
        if exp != old["exp"]:
            self._add(f"q|{exp}", incident_id)
            self._lower_sweep(min([exp, *days]))
        known = {m["event_id"] for m in old["members"]}
        inline = "reports" not in old and bool(old["members"])  # written before records named their reports
        for member in members:
            fresh = member["event_id"] not in known
            if (fresh or inline) and self._get(f"r|{member['event_id']}") is None:  # before the record
                self._set(f"r|{member['event_id']}", member)
            if fresh:
                self._set(f"e|{member['event_id']}", incident_id)
        stored = {"incident": incident, "reports": [m["event_id"] for m in members], "days": days, "exp": exp}
        self._records[incident_id] = {**stored, "members": members}
        self._set(f"i|{incident_id}", stored)

    def drop(self, incident_id: str) -> None:
        """Delete a record and its index entries; its event links stay (they now point elsewhere, or let a
        replayed event of an evicted incident be recognised)."""
        record = self.record(incident_id)
        if record is None:
            return
        for day in record["days"]:
            self._remove(f"x|{day}", incident_id)
        self._records[incident_id] = None
        self._del(f"i|{incident_id}")

    def begin(self, journal: dict[str, Any]) -> None:
        """Record a multi-incident step before its writes (see `IncidentResolver._finish`)."""
        self._set("journal", journal)
        changed = [step["id"] for step in journal["steps"]]
        self._set(f"o|{journal['event']}", {"changed": changed, "superseded": journal["superseded"]})

    def journal(self, event_id: str) -> dict[str, Any] | None:
        journal = self._get("journal")
        return journal if journal is not None and journal["event"] == event_id else None

    def outputs(self, event_id: str) -> dict[str, Any] | None:
        return self._get(f"o|{event_id}")

    def _lower_sweep(self, day: str) -> None:
        sweep = self._get("sweep")
        if sweep is None or day < sweep:
            self._set("sweep", day)

    def advance(self, day: date, horizon_days: int, memory_days: int) -> date:
        """Raise the watermark; evict incidents last reported before the horizon and older index days.

        An evicted incident's event links stay for `memory_days`, so a replayed old event is recognised as
        already resolved instead of founding a second incident (which tallies would count again)."""
        watermark = self._get("wm")
        if watermark is None or day.isoformat() > watermark:
            watermark = day.isoformat()
            self._set("wm", watermark)
        cutoff = date.fromisoformat(watermark) - timedelta(days=horizon_days)
        start = sweep = self._get("sweep")
        while sweep is not None and date.fromisoformat(sweep) < cutoff:
            for incident_id in self._get(f"q|{sweep}") or ():
                record = self.record(incident_id)
                if record is not None and record["exp"] <= sweep:
                    reports = record.get("reports") or [m["event_id"] for m in record["members"]]
                    self._add_all(f"t|{sweep}", reports)
                    for event_id in reports:  # before the record: a cut sweep runs again while it stands
                        self._del(f"r|{event_id}")
                    self.drop(incident_id)
            self._del(f"q|{sweep}")
            self._del(f"x|{sweep}")
            sweep = (date.fromisoformat(sweep) + timedelta(days=1)).isoformat()
        if sweep != start:
            self._set("sweep", sweep)
        self._forget_links(date.fromisoformat(watermark) - timedelta(days=memory_days))
        return cutoff

    def _add_all(self, key: str, items: list[str]) -> None:
        self._set(key, (self._get(key) or []) + items)
        if self._get("tsweep") is None:
            self._set("tsweep", key.split("|", 1)[1])

    def _forget_links(self, cutoff: date) -> None:
        """Drop the links of events evicted before `cutoff`, a day at a time."""
        day = start = self._get("tsweep")
        while day is not None and date.fromisoformat(day) < cutoff:
            for event_id in self._get(f"t|{day}") or ():
                self._del(f"e|{event_id}")
                self._del(f"o|{event_id}")
            self._del(f"t|{day}")
            day = (date.fromisoformat(day) + timedelta(days=1)).isoformat()
        if day != start:
            self._set("tsweep", day)
