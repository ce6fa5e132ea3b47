"""Readable tables of incidents, tallies and alerts for the terminal."""

from __future__ import annotations

from collections.abc import Iterable

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from ..models import Alert, Incident, TallyUpdate
from ..models.revisions import latest_revisions


def latest(messages: Iterable, id_field: str) -> list:
    """Keep the highest revision per id, in first-seen order: what a consumer that dedupes would hold."""
    return list(latest_revisions(messages, id_field).values())


def _count(count) -> str:
    if count is None:
        return "-"
    prefix = {"at_least": "≥", "about": "~", "up_to": "≤"}.get(count.qualifier.value, "")
    return f"{prefix}{count.value}"


def incidents_table(incidents: list[Incident]) -> Table:
    table = Table(title="Incidents", title_justify="left")
    for column in ("incident", "rev", "date", "type", "place", "killed", "injured", "actors", "reports"):
        table.add_column(column, overflow="fold")
    for incident in incidents:
        if incident.status != "active":
            continue
        place = incident.location
        where = f"{place.name} ({place.country_code or place.sea_area or '?'})" if place else "?"
        actors = ", ".join(f"{a.name} ({a.role})" for a in incident.actors[:4])
        languages = sorted({s.language for s in incident.sources})
        table.add_row(incident.incident_id, str(incident.revision), str(incident.event_date or "?"),
                      incident.sub_event_type, where, _count(incident.fatalities), _count(incident.injuries),
                      escape(actors), f"{len(incident.sources)} ({', '.join(languages)})")
    return table


def tallies_table(updates: list[TallyUpdate]) -> Table:
    table = Table(title="Tallies", title_justify="left")
    for column in ("tally", "window", "incidents", "killed", "injured", "as of", "reported"):
        table.add_column(column, overflow="fold")
    for update in sorted(updates, key=lambda u: u.tally_id):
        window = update.window
        span = {"since": f"since {window.since}", "rolling": f"last {window.days} days",
                "calendar": f"per {window.bucket}"}[window.kind]
        reported = "; ".join(
            f"{'≥' if r.qualifier.value == 'at_least' else ''}{r.value} as of {r.as_of}"
            + (f" ({r.attribution})" if r.attribution else "") for r in update.reported[-2:])
        table.add_row(f"{update.title}\n[dim]{update.tally_id}[/dim]", span, str(update.values.incidents),
                      str(update.values.fatalities), str(update.values.injuries), str(update.as_of or "-"),
                      reported or "-")
    return table


def alerts_table(alerts: list[Alert]) -> Table:
    table = Table(title="Alerts", title_justify="left")
    for column in ("severity", "alert", "rev", "title", "summary"):
        table.add_column(column, overflow="fold")
    colours = {"critical": "bold red", "warning": "yellow", "info": "cyan"}
    for alert in alerts:
        if alert.retracted:
            continue
        table.add_row(f"[{colours[alert.severity]}]{alert.severity}[/]", alert.alert_id, str(alert.revision),
                      escape(alert.title), escape(alert.summary))
    return table


def print_report(console: Console, incidents, tallies, alerts, dead_letters: int) -> None:
    console.print(incidents_table(latest(incidents, "incident_id")))
    console.print(tallies_table(latest(tallies, "tally_id")))
    console.print(alerts_table(latest(alerts, "alert_id")))
    console.print(f"dead letters: {dead_letters}")
