"""Links a running figure an article reports to the tallies that count the same thing over the same window."""

from __future__ import annotations

from collections.abc import Iterable

from worker.ids import stable_id
from worker.models import ReportedFigure, ReportedValue, TallyContribution

from .definitions import TallyDefinition
from .incident_filter import IncidentFilter

METRIC_MEASURE = {"attacks": "incidents", "fatalities": "fatalities", "injuries": "injuries"}


def link_figure(definitions: Iterable[TallyDefinition], figure: ReportedFigure) -> list[TallyContribution]:
    """One contribution per 'since' tally whose measure, subject (target kinds, places) and since date fit."""
    measure = METRIC_MEASURE.get(figure.metric)
    if measure is None or figure.since is None:
        return []
    point = ReportedValue(
        value=figure.value,
        qualifier=figure.qualifier,
        as_of=figure.as_of or figure.published_at.date(),
        since=figure.since,
        attribution=figure.attribution,
        source=figure.source,
        article_id=figure.article_id,
        text=figure.evidence[0].text if figure.evidence else figure.subject,
    )
    return [
        TallyContribution(
            contribution_id=stable_id("tcn", d.id, figure.figure_id),
            tally_id=d.id,
            kind="figure",
            reported=point,
            reported_at=figure.published_at,
        )
        for d in definitions
        if _same_window(d, figure, measure) and _same_subject(d.filter, figure)
    ]


def _same_window(d: TallyDefinition, figure: ReportedFigure, measure: str) -> bool:
    return (
        d.window.kind == "since"
        and measure in d.measures
        and abs((figure.since - d.window.since).days) <= d.figure_since_tolerance_days
    )


def _same_subject(flt: IncidentFilter, figure: ReportedFigure) -> bool:
    """Figures only say what is hit and where: tallies narrowed by anything else never link."""
    if flt.event_types or flt.sub_event_types or flt.min_fatalities or flt.min_injuries or flt.leader_killed:
        return False
    if any(spec.kind is None or spec.role not in (None, "target", "victim") for spec in flt.actors):
        return False
    kinds = {spec.kind for spec in flt.actors}
    if set(figure.target_kinds) != kinds:
        return False
    covered = {place.casefold() for place in figure.countries}
    if not covered:
        return bool(kinds)
    return bool(flt.places) and covered <= flt.places
