"""Alert rules from YAML: conditions on incidents, milestones/thresholds on tallies, spikes in daily tallies."""

from __future__ import annotations

from fnmatch import fnmatchcase
from pathlib import Path
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from worker.models import Severity
from worker.tallies.config_file import ConfigError, read_config
from worker.tallies.definitions import Measure, TallyDefinition
from worker.tallies.incident_filter import IncidentFilter

from .templates import check_template

DEFAULT_ALERTS_PATH = Path(__file__).resolve().parent.parent / "data" / "alerts.yaml"


class _Rule(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9._-]*$")
    severity: Severity
    title: str = Field(min_length=1)
    summary: str = ""

    @model_validator(mode="after")
    def _templates(self) -> _Rule:
        for name in ("title", "summary"):
            try:
                check_template(getattr(self, name), self.kind)
            except ValueError as exc:
                raise ValueError(f"{name}: {exc}") from exc
        return self


class IncidentRule(_Rule):
    """One alert per matching incident, re-emitted as it is revised, retracted when it stops matching."""

    kind: Literal["incident"]
    when: IncidentFilter


class _TallyWatch(_Rule):
    tallies: list[str] = Field(min_length=1, description="Tally ids or shell-style patterns ('fatalities-daily:*').")
    measure: Measure = "incidents"
    cooldown_days: int = Field(default=0, ge=0, description="Event-time days before the rule fires again.")

    def watches(self, tally_id: str) -> bool:
        return any(fnmatchcase(tally_id, pattern) for pattern in self.tallies)


class TallyRule(_TallyWatch):
    """Fires when the measure reaches a level: every N (milestones) or listed thresholds. Each level fires once
    on a cumulative ('since') tally; on rolling/calendar tallies it re-arms when the value falls below it."""

    kind: Literal["tally"]
    every: int | None = Field(default=None, ge=1)
    thresholds: list[int] = Field(default_factory=list)

    @model_validator(mode="after")
    def _levels(self) -> TallyRule:
        if (self.every is None) == (not self.thresholds):
            raise ValueError("give exactly one of every: N or thresholds: [...]")
        if any(t < 1 for t in self.thresholds):
            raise ValueError("thresholds must be >= 1")
        return self

    def level(self, value: int) -> int:
        """The highest level the value has reached (0: none)."""
        if self.every is not None:
            return value // self.every * self.every
        return max((t for t in self.thresholds if t <= value), default=0)


class SpikeRule(_TallyWatch):
    """Fires when today's bucket of a calendar-day tally is at least ``factor`` times the mean of the
    ``baseline_days`` before it and at least ``min_count``; updated (same alert) while that day grows."""

    kind: Literal["spike"]
    baseline_days: int = Field(default=7, ge=1)
    factor: float = Field(default=3.0, gt=0)
    min_count: int = Field(default=3, ge=1)
    cooldown_days: int = Field(default=1, ge=1)


AlertRule = Annotated[IncidentRule | TallyRule | SpikeRule, Field(discriminator="kind")]


class AlertsFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    rules: list[AlertRule] = Field(default_factory=list)

    @model_validator(mode="after")
    def _unique_ids(self) -> AlertsFile:
        ids = [r.id for r in self.rules]
        duplicates = sorted({i for i in ids if ids.count(i) > 1})
        if duplicates:
            raise ValueError(f"duplicate rule ids {duplicates}")
        return self


def load_rules(path: Path | str | None = None,
               tallies: list[TallyDefinition] | None = None) -> list[IncidentRule | TallyRule | SpikeRule]:
    """The rules in ``path`` (default: the shipped ``worker/data/alerts.yaml``); with ``tallies``, also checks
    that every tally and spike rule watches an existing tally (spikes: a calendar-day one)."""
    path = path or DEFAULT_ALERTS_PATH
    rules = read_config(path, AlertsFile).rules
    if tallies is not None:
        for rule in rules:
            if rule.kind != "incident":
                _check_watched(path, rule, tallies)
    return rules


def _check_watched(path: Path | str, rule: TallyRule | SpikeRule, tallies: list[TallyDefinition]) -> None:
    watched = [d for d in tallies if rule.watches(d.id)]
    if not watched:
        raise ConfigError(f"{path}: rule {rule.id!r} watches no known tally ({rule.tallies})")
    if rule.kind == "spike":
        bad = [d.id for d in watched if d.window.kind != "calendar" or d.window.bucket != "day"]
        if bad:
            raise ConfigError(f"{path}: spike rule {rule.id!r} needs calendar-day tallies, not {bad}")
