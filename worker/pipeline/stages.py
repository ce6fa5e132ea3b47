"""Every stage's step, over plain models and mapping state: the one place both shells call into."""

from __future__ import annotations

from collections.abc import MutableMapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from ..alerts import AlertEngine, load_rules
from ..dedup import Deduplicator
from ..extract import default_extractor
from ..incidents import IncidentResolver
from ..ingest import Limits, SourcePosition, prepare, validate
from ..models import Alert, Article, DeadLetter, Event, Extraction, Incident, TallyUpdate
from ..models.contribution import TallyContribution
from ..settings import Settings
from ..tallies import TallyBook, fan_out, link_figure, load_tallies

#: Names of the state mappings; the stream backs each with one faust table.
STATE_NAMES = ("dedup", "incidents", "tallies", "incident_alerts", "tally_alerts")


@dataclass
class ResolvedEvent:
    event: Event
    incidents: list[Incident]


class Stages:
    """The configured stages of one worker (or one batch run), each bound to its state mapping."""

    def __init__(self, settings: Settings, state: dict[str, MutableMapping[str, Any]]) -> None:
        self.settings = settings
        self.limits = Limits(max_message_bytes=settings.max_message_bytes)
        self.tally_definitions = load_tallies(settings.tallies_path)
        self.alert_rules = load_rules(settings.alerts_path, tallies=self.tally_definitions)
        self.extractor = default_extractor()
        self.deduplicator = Deduplicator(state["dedup"], horizon_days=settings.dedup_horizon_days)
        self.resolver = IncidentResolver(state["incidents"])
        self.tally_book = TallyBook(self.tally_definitions, state["tallies"])
        self.incident_alert_engine = AlertEngine(self.alert_rules, state["incident_alerts"])
        self.tally_alert_engine = AlertEngine(self.alert_rules, state["tally_alerts"])

    # validate (stateless)
    def validate(self, value: bytes | None, key: bytes | None, position: SourcePosition,
                 received_at: datetime) -> Article | DeadLetter:
        raw = validate(value, key, position, self.limits, received_at=received_at)
        if isinstance(raw, DeadLetter):
            return raw
        return prepare(raw, max_body_chars=self.settings.max_body_chars)

    # dedup (state: dedup, partitioned by language)
    def dedup(self, article: Article) -> Article:
        return self.deduplicator.check(article)

    # extract (stateless, CPU-bound)
    def extract(self, article: Article) -> Extraction | None:
        """None for exact duplicates: their story is already being processed."""
        if article.dedup is not None and article.dedup.status == "duplicate":
            return None
        extraction = self.extractor.extract(article)
        story = article.dedup.of if article.dedup is not None and article.dedup.status == "version" else \
            article.article_id
        events = [event.model_copy(update={"story": story}) for event in
                  extraction.events[:self.settings.max_events_per_article]]
        return extraction.model_copy(update={"events": events})

    # incidents (state: incidents, partitioned by incident key)
    def resolve(self, event: Event) -> ResolvedEvent:
        resolution = self.resolver.resolve(event)
        return ResolvedEvent(resolution.event, list(resolution.incidents))

    # tally fan-out (stateless) and book (state: tallies, partitioned by tally id)
    def contributions(self, incident: Incident) -> list[TallyContribution]:
        return fan_out(self.tally_definitions, incident)

    def figure_contributions(self, extraction: Extraction) -> list[TallyContribution]:
        return [c for figure in extraction.reported_figures for c in link_figure(self.tally_definitions, figure)]

    def tally(self, contribution: TallyContribution) -> TallyUpdate | None:
        return self.tally_book.apply(contribution)

    # alerts (state: incident_alerts partitioned by incident id; tally_alerts by tally id)
    def incident_alerts(self, incident: Incident) -> list[Alert]:
        return self.incident_alert_engine.on_incident(incident)

    def tally_alerts(self, update: TallyUpdate) -> list[Alert]:
        return self.tally_alert_engine.on_tally(update)
