"""Alerts: what downstream services subscribe to."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from .common import Location, Message, Part, UtcDatetime
from .incident import Incident
from .tally import TallyUpdate

Severity = Literal["info", "warning", "critical"]


class AlertSource(Part):
    outlet: str
    url: str | None = None
    language: str
    article_id: str


class Alert(Message):
    alert_id: str = Field(description="Deterministic per rule and incident (or tally threshold); stable across revisions.")
    revision: int = Field(ge=1, description="Grows when the underlying incident/tally changes; dedupe by (alert_id, revision).")
    rule_id: str
    kind: Literal["incident", "tally", "spike"]
    severity: Severity
    title: str
    summary: str
    retracted: bool = Field(default=False, description="True when the incident was merged away or no longer matches.")
    key_figures: dict[str, int | str | None] = Field(default_factory=dict)
    location: Location | None = None
    sources: list[AlertSource] = Field(default_factory=list)
    evidence: list[str] = Field(default_factory=list, description="Evidence sentences.")
    incident: Incident | None = None
    tally: TallyUpdate | None = None
    triggered_at: UtcDatetime = Field(description="Event time of the triggering change.")
