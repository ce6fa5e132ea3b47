"""Tally definitions from YAML: what is counted, which measures, over which event-time window."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from worker.models import TallyWindow

from .config_file import read_config
from .incident_filter import IncidentFilter

DEFAULT_TALLIES_PATH = Path(__file__).resolve().parent.parent / "data" / "tallies.yaml"

Measure = Literal["incidents", "fatalities", "injuries"]
MEASURES: tuple[Measure, ...] = ("incidents", "fatalities", "injuries")


class WindowSpec(BaseModel):
    """``since``: everything from a date on; ``rolling``: the last ``days`` days; ``calendar``: day or week
    buckets, ``days`` of them kept. All in event time; ``grace_days`` keeps older buckets for late reports."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    kind: Literal["since", "rolling", "calendar"]
    since: date | None = None
    days: int | None = Field(default=None, ge=1, le=3660)
    bucket: Literal["day", "week"] | None = None
    grace_days: int = Field(default=0, ge=0, le=366)

    @model_validator(mode="after")
    def _consistent(self) -> WindowSpec:
        if self.kind == "since":
            if self.since is None:
                raise ValueError("a 'since' window needs a since: date")
            if self.days is not None:
                raise ValueError("a 'since' window takes no days")
            if self.bucket == "day":
                raise ValueError("a 'since' window keeps week buckets at most (daily series: a calendar window)")
        elif self.since is not None:
            raise ValueError(f"a '{self.kind}' window takes no since: date")
        if self.kind == "rolling":
            if self.days is None:
                raise ValueError("a 'rolling' window needs days")
            if self.bucket not in (None, "day"):
                raise ValueError("a 'rolling' window has day buckets")
            object.__setattr__(self, "bucket", "day")
        if self.kind == "calendar":
            if self.bucket is None:
                raise ValueError("a 'calendar' window needs bucket: day or week")
            if self.days is None:
                object.__setattr__(self, "days", 30)
        return self

    def as_model(self) -> TallyWindow:
        return TallyWindow(**self.model_dump())


class TallyDefinition(BaseModel):
    """One concrete tally (a ``group_by`` family is expanded into one definition per group)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9._-]*(:[A-Za-z0-9][A-Za-z0-9 ._-]*)?$")
    title: str = Field(min_length=1)
    filter: IncidentFilter = Field(default_factory=IncidentFilter)
    measures: list[Measure] = Field(default=list(MEASURES), min_length=1,
                                    description="What the tally is about; reported figures link by these.")
    window: WindowSpec
    figure_since_tolerance_days: int = Field(default=31, ge=0,
                                             description="How far a reported figure's 'since' may be from ours.")


class TallySpec(TallyDefinition):
    """A definition as written in the file: optionally a family, one tally per country or sea area."""

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9._-]*$")
    group_by: Literal["country", "sea_area"] | None = None
    groups: list[str] = Field(default_factory=list)

    @model_validator(mode="after")
    def _groups(self) -> TallySpec:
        if self.group_by is None and self.groups:
            raise ValueError("groups given without group_by")
        if self.group_by is not None:
            if not self.groups:
                raise ValueError("group_by needs a non-empty groups list")
            if self.filter.countries or self.filter.sea_areas:
                raise ValueError("group_by sets the place of each tally: leave filter.countries/sea_areas empty")
            if "{group}" not in self.title:
                raise ValueError("the title of a group_by family must contain {group}")
        return self

    def expand(self) -> list[TallyDefinition]:
        base = self.model_dump(exclude={"group_by", "groups"})
        if self.group_by is None:
            return [TallyDefinition.model_validate(base)]
        place = "countries" if self.group_by == "country" else "sea_areas"
        return [
            TallyDefinition.model_validate({
                **base,
                "id": f"{self.id}:{group}",
                "title": self.title.replace("{group}", group),
                "filter": {**base["filter"], place: [group]},
            })
            for group in self.groups
        ]


class TalliesFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    tallies: list[TallySpec] = Field(default_factory=list)

    @model_validator(mode="after")
    def _unique_ids(self) -> TalliesFile:
        seen: set[str] = set()
        for definition in self.definitions():
            if definition.id in seen:
                raise ValueError(f"duplicate tally id {definition.id!r}")
            seen.add(definition.id)
        return self

    def definitions(self) -> list[TallyDefinition]:
        return [d for spec in self.tallies for d in spec.expand()]


def load_tallies(path: Path | str | None = None) -> list[TallyDefinition]:
    """The tally definitions in ``path`` (default: the shipped ``worker/data/tallies.yaml``)."""
    return read_config(path or DEFAULT_TALLIES_PATH, TalliesFile).definitions()
