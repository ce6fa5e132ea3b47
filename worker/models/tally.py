"""Running tallies over incidents, beside the figures articles report."""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import Field

from .common import Message, Part, Qualifier, UtcDatetime


class TallyWindow(Part):
    kind: Literal["since", "rolling", "calendar"]
    since: date | None = None
    days: int | None = None
    bucket: Literal["day", "week"] | None = None
    grace_days: int = 0


class TallyValues(Part):
    incidents: int = 0
    fatalities: int = 0
    injuries: int = 0


class TallyBucket(Part):
    start: date
    values: TallyValues


class ReportedValue(Part):
    """One reported running figure linked to this tally."""

    value: int
    qualifier: Qualifier = Qualifier.exact
    as_of: date
    since: date | None = None
    attribution: str | None = None
    source: str
    article_id: str
    text: str = ""


class TallyUpdate(Message):
    tally_id: str
    title: str
    window: TallyWindow
    values: TallyValues = Field(description="Current value over the window.")
    buckets: list[TallyBucket] = Field(default_factory=list, description="Per day/week breakdown, oldest first.")
    contributing_incidents: int = 0
    reported: list[ReportedValue] = Field(default_factory=list, description="Reported figures, oldest first.")
    as_of: date | None = Field(default=None, description="Event-time watermark: latest event date counted.")
    revision: int = Field(ge=1)
    updated_at: UtcDatetime | None = Field(default=None, description="Event time (article publication) of the last change.")
