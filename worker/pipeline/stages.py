"""Every stage's step, over plain models and mapping state: the one place both shells call into."""

from __future__ import annotations

from collections.abc import Iterator, MutableMapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from ..alerts import AlertEngine, load_rules
from ..dedup import Deduplicator
from ..extract import default_extractor
from ..incidents import IncidentResolver
from ..ingest import Limits, SourcePosition, prepare, validate
from ..ids import stable_id
from ..models import Alert, Article, DeadLetter, Event, Extraction, Incident, TallyUpdate
from ..models.contribution import ContributionBatch, TallyContribution
from ..settings import Settings
from ..state import WriteBack
from ..tallies import TallyBook, fan_out, link_figure, load_tallies

#: Names of the state mappings; the stream backs each with one faust table.
STATE_NAMES = ("dedup", "incidents", "tallies", "incident_alerts", "tally_alerts")


@dataclass
class ResolvedEvent:
    """An event with its incident id, the incident revisions it caused, their alerts and tally shares."""

    event: Event
    incidents: list[Incident]
    alerts: list[Alert]
    contributions: ContributionBatch | None


@dataclass
class TalliedBatch:
    updates: list[TallyUpdate]
    alerts: list[Alert]


def batch_of(contributions: list[TallyContribution]) -> ContributionBatch | None:
    if not contributions:
        return None
    return ContributionBatch(batch_id=stable_id("tcb", *(c.contribution_id for c in contributions)),
                             contributions=contributions)


class Stages:
    """The configured stages of one worker (or one batch run), each bound to its state mapping."""

    def __init__(self, settings: Settings, state: dict[str, MutableMapping[str, Any]]) -> None:
        self.settings = settings
        self.held = {name: WriteBack(mapping) for name, mapping in state.items()}
        state = self.held
        self.limits = Limits(max_message_bytes=settings.max_message_bytes)
        self.tally_definitions = load_tallies(settings.tallies_path)
        self.alert_rules = load_rules(settings.alerts_path, tallies=self.tally_definitions)
        self.extractor = default_extractor()
        self.deduplicator = Deduplicator(state["dedup"], horizon_days=settings.dedup_horizon_days)
        self.resolver = IncidentResolver(state["incidents"])
        self.tally_book = TallyBook(self.tally_definitions, state["tallies"])
        self.incident_alert_engine = AlertEngine(self.alert_rules, state["incident_alerts"])
        self.tally_alert_engine = AlertEngine(self.alert_rules, state["tally_alerts"])

    @contextmanager
    def _step(self) -> Iterator[None]:
        """A stateful step's writes reach the state mappings once, at its end, and not at all if it fails."""
        try:
            yield
            for held in self.held.values():
                held.flush()
        finally:
            for held in self.held.values():
                held.discard()

    # validate (stateless)
    def validate(self, value: bytes | None, key: bytes | None, position: SourcePosition,
                 received_at: datetime) -> Article | DeadLetter:
        raw = validate(value, key, position, self.limits, received_at=received_at)
        if isinstance(raw, DeadLetter):
            return raw
        return prepare(raw, max_body_chars=self.settings.max_body_chars)

    # dedup (state: dedup, partitioned by language)
    def dedup(self, article: Article) -> Article:
        with self._step():
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

    # incidents, their alerts and tally fan-out (state: incidents and incident_alerts, by incident key)
    def resolve(self, event: Event) -> ResolvedEvent:
        """One step per new event, so an incident revision costs one message to the tally book, not one per tally."""
        with self._step():
            resolution = self.resolver.resolve(event)
            # a redelivered event sends its incident, alerts and tally shares again (all idempotent downstream):
            # its first run may have stored the state and died before they were out
            incidents = list(resolution.incidents) or resolution.repeated
            alerts = [alert for incident in incidents for alert in self.incident_alert_engine.on_incident(incident)]
        shares = [c for incident in incidents for c in fan_out(self.tally_definitions, incident)]
        return ResolvedEvent(resolution.event, incidents, alerts, batch_of(shares))

    def figure_contributions(self, extraction: Extraction) -> ContributionBatch | None:
        return batch_of([c for figure in extraction.reported_figures
                         for c in link_figure(self.tally_definitions, figure)])

    # tallies and their alerts (state: tallies and tally_alerts, one partition: TALLY_BOOK_KEY)
    def tally(self, batch: ContributionBatch) -> TalliedBatch:
        with self._step():
            redelivered = {c.tally_id for c in batch.contributions if self.tally_book.already_applied(c)}
            updates = [update for c in batch.contributions if (update := self.tally_book.apply(c)) is not None]
            # a redelivered batch re-emits the tallies it touched (same revision): its first run may have
            # stored the state and then died before sending
            changed = {update.tally_id for update in updates}
            updates += [update for tally_id in sorted(redelivered - changed)
                        if (update := self.tally_book.snapshot(tally_id)) is not None]
            alerts = [alert for update in updates for alert in self.tally_alert_engine.on_tally(update)]
        return TalliedBatch(updates, alerts)
