"""Splits an incident revision into one contribution per tally, before repartitioning by tally id."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from worker.ids import stable_id
from worker.models import Incident, ReportedFigure, TallyContribution, TallyValues

from .definitions import TallyDefinition
from .figures import link_figure


def fan_out(definitions: Iterable[TallyDefinition], item: Incident | ReportedFigure) -> list[TallyContribution]:
    """Stateless. For an incident: one contribution per tally, all-zero where it does not (or no longer)
    match, so a revision can take back an earlier contribution. For a reported figure: see ``link_figure``."""
    if isinstance(item, ReportedFigure):
        return link_figure(definitions, item)
    day = counting_day(item)
    return [_contribution(d, item, day) for d in definitions]


def counting_day(incident: Incident) -> date:
    """The event date, or the first report's date when the event date is unknown or implausibly later
    than the reports (a day of slack for time zones)."""
    reported = incident.last_reported_at.date()
    if incident.event_date is not None and incident.event_date <= reported + timedelta(days=1):
        return incident.event_date
    return incident.first_reported_at.date()


def _contribution(d: TallyDefinition, incident: Incident, day: date) -> TallyContribution:
    values = TallyValues()
    if d.filter.matches(incident):
        values = TallyValues(
            incidents=1,
            fatalities=incident.fatalities.value if incident.fatalities else 0,
            injuries=incident.injuries.value if incident.injuries else 0,
        )
    return TallyContribution(
        contribution_id=stable_id("tcn", d.id, incident.incident_id, incident.revision),
        tally_id=d.id,
        kind="incident",
        incident_id=incident.incident_id,
        incident_revision=incident.revision,
        day=day,
        values=values,
        reported_at=incident.last_reported_at,
    )
