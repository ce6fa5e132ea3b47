"""Which incidents a tally counts or an alert rule fires on: one filter model shared by both configs."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from worker.models import Actor, Incident
from worker.models.event import ActorKind, ActorRole


class ActorSpec(BaseModel):
    """Matches an actor by role, kind and/or name (all given parts must match; names case-insensitive)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    role: ActorRole | None = None
    kind: ActorKind | None = None
    name: str | None = None

    @model_validator(mode="after")
    def _not_empty(self) -> ActorSpec:
        if self.role is None and self.kind is None and self.name is None:
            raise ValueError("an actor spec needs at least one of role, kind, name")
        return self

    def matches(self, actor: Actor) -> bool:
        return (
            (self.role is None or actor.role == self.role)
            and (self.kind is None or actor.kind == self.kind)
            and (self.name is None or actor.name.casefold() == self.name.casefold())
        )


class IncidentFilter(BaseModel):
    """Every given criterion must hold; within a list any entry may match. Countries and sea areas together
    form one list of places: the incident must be in one of them."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    event_types: list[str] = Field(default_factory=list)
    sub_event_types: list[str] = Field(default_factory=list)
    actors: list[ActorSpec] = Field(default_factory=list, description="Any of these actors takes part.")
    countries: list[str] = Field(default_factory=list, description="ISO 3166-1 alpha-2 codes.")
    sea_areas: list[str] = Field(default_factory=list, description="e.g. 'Red Sea'.")
    min_fatalities: int = Field(default=0, ge=0)
    min_injuries: int = Field(default=0, ge=0)
    leader_killed: bool | None = Field(default=None, description="true: only incidents where a leader died.")

    @field_validator("countries")
    @classmethod
    def _country_codes(cls, codes: list[str]) -> list[str]:
        bad = [c for c in codes if len(c) != 2 or not c.isalpha()]
        if bad:
            raise ValueError(f"not ISO 3166-1 alpha-2 country codes: {bad}")
        return [c.upper() for c in codes]

    def matches(self, incident: Incident) -> bool:
        """Superseded incidents never match: their reports count under the incident they merged into."""
        return (
            incident.status == "active"
            and _listed(incident.event_type, self.event_types)
            and _listed(incident.sub_event_type, self.sub_event_types)
            and (not self.actors or any(spec.matches(a) for spec in self.actors for a in incident.actors))
            and self._in_place(incident)
            and _count(incident.fatalities) >= self.min_fatalities
            and _count(incident.injuries) >= self.min_injuries
            and (self.leader_killed is None or incident.leader_killed == self.leader_killed)
        )

    def _in_place(self, incident: Incident) -> bool:
        if not self.countries and not self.sea_areas:
            return True
        loc = incident.location
        if loc is None:
            return False
        return (loc.country_code or "").upper() in self.countries or (
            loc.sea_area is not None and loc.sea_area.casefold() in {s.casefold() for s in self.sea_areas})

    @property
    def places(self) -> set[str]:
        """Countries and sea areas, casefolded, for comparing with what a reported figure covers."""
        return {p.casefold() for p in [*self.countries, *self.sea_areas]}


def _listed(value: str, allowed: list[str]) -> bool:
    return not allowed or value.casefold() in {a.casefold() for a in allowed}


def _count(count) -> int:
    return count.value if count is not None else 0
