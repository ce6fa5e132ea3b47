"""Events extracted from one article, and the running figures articles report."""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import Field

from .common import Count, Evidence, Location, Message, Part, Qualifier, UtcDatetime

EventStatus = Literal["new", "background", "claimed", "threat"]
ActorRole = Literal["attacker", "target", "victim", "claimant", "blamed"]
ActorKind = Literal["us_military", "state_forces", "militia", "rebels", "civilians", "vessel", "other"]
DatePrecision = Literal["day", "week", "month", "unknown"]


class Actor(Part):
    name: str = Field(description="Normalized canonical name, e.g. 'al-Nujaba'.")
    role: ActorRole
    kind: ActorKind = "other"
    country_code: str | None = None


class EventFacts(Message):
    """What happened, where, when, to whom: shared by an event report and the incident merged from reports."""

    event_type: str = Field(description="ACLED event type, e.g. 'Explosions/Remote violence'.")
    sub_event_type: str = Field(description="ACLED sub-event type, e.g. 'Air/drone strike'.")
    weapons: list[str] = Field(default_factory=list)
    event_date: date | None = None
    date_precision: DatePrecision = "unknown"
    location: Location | None = None
    actors: list[Actor] = Field(default_factory=list)
    fatalities: Count | None = None
    injuries: Count | None = None
    leader_killed: bool = Field(default=False, description="A commander or leader is among the dead.")
    summary: str = Field(default="", description="The sentence that states the event.")
    evidence: list[Evidence] = Field(default_factory=list)


class Event(EventFacts):
    event_id: str = Field(description="Deterministic from article id and the event's position/content.")
    article_id: str
    source: str
    url: str | None = None
    language: str
    published_at: UtcDatetime
    status: EventStatus
    salience: Literal["primary", "secondary"] = "secondary"
    story: str | None = Field(default=None, description="First article of the story this report belongs to "
                              "(itself, or the article it is a version of); versions of one story corroborate.")
    confidence: float = Field(default=0.5, ge=0, le=1)
    incident_key: str = Field(default="", description="Partition key for incident resolution: country code or sea area.")
    incident_id: str | None = Field(default=None, description="Set by the incident stage for status 'new'.")


class ReportedFigure(Part):
    """A running figure an article states ("at least 100 attacks since October"); not an event."""

    figure_id: str
    article_id: str
    source: str
    published_at: UtcDatetime
    value: int = Field(ge=0)
    qualifier: Qualifier = Qualifier.exact
    metric: Literal["attacks", "fatalities", "injuries", "other"] = "attacks"
    subject: str = Field(description="What is counted, in plain English.")
    target_kinds: list[str] = Field(default_factory=list)
    countries: list[str] = Field(default_factory=list, description="ISO codes or sea areas the figure covers.")
    since: date | None = None
    as_of: date | None = None
    attribution: str | None = None
    evidence: list[Evidence] = Field(default_factory=list)


class Extraction(Message):
    """Everything extracted from one article: the `wirewatch extract` output line."""

    article_id: str
    language: str
    events: list[Event] = Field(default_factory=list)
    reported_figures: list[ReportedFigure] = Field(default_factory=list)
