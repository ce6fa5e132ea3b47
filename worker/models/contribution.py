"""Shares of incidents and reported figures in tallies: the internal contributions topic payload."""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import Field

from .common import Message, UtcDatetime
from .tally import ReportedValue, TallyValues


class TallyContribution(Message):
    """An incident contribution replaces that incident's earlier one in the tally; all-zero values mean
    "this incident (no longer) counts here"."""

    contribution_id: str = Field(description="Deterministic: tally id + incident id and revision, or figure id.")
    tally_id: str
    kind: Literal["incident", "figure"]
    incident_id: str | None = None
    incident_revision: int | None = Field(default=None, ge=1)
    day: date | None = Field(default=None, description="Event date the incident is counted on (event time).")
    values: TallyValues = Field(default_factory=TallyValues, description="All zero: the incident does not count.")
    reported: ReportedValue | None = Field(default=None, description="Set for kind 'figure'.")
    reported_at: UtcDatetime = Field(description="Event time: incident last_reported_at or figure published_at.")


class ContributionBatch(Message):
    """Every tally's share of one incident revision (or one article's reported figures), applied in order.

    One message instead of one per tally: the tally book is cheap, so all tallies live on one key
    (`TALLY_BOOK_KEY`) and a revision costs one record on the topic, not one per tally definition."""

    batch_id: str = Field(description="Deterministic: derived from the contribution ids.")
    contributions: list[TallyContribution]


class ContributionBatches(Message):
    """The contribution batches of one step, in order: one record on the contributions topic instead of one per
    batch. The tally book applies each batch as a step of its own, so a crash keeps a prefix of one batch's
    writes, never of several (book.py)."""

    batches: list[ContributionBatch] = Field(min_length=1)


#: The contributions topic key: the whole tally book is one partition's state.
TALLY_BOOK_KEY = "tallies"
