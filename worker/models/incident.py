"""One real-world incident, merged from every report of it."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from .common import Part, UtcDatetime
from .event import EventFacts


class IncidentSource(Part):
    article_id: str
    event_id: str
    source: str
    url: str | None = None
    language: str
    published_at: UtcDatetime


class Incident(EventFacts):
    incident_id: str
    revision: int = Field(ge=1, description="Grows by one with every change; consumers keep the highest.")
    status: Literal["active", "superseded"] = "active"
    superseded_by: str | None = None
    supersedes: list[str] = Field(default_factory=list, description="Incident ids merged into this one.")
    incident_key: str
    sources: list[IncidentSource] = Field(default_factory=list)
    provenance: dict[str, str] = Field(default_factory=dict, description="Field name -> event id it was taken from.")
    first_reported_at: UtcDatetime
    last_reported_at: UtcDatetime
