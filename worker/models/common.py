"""Shared building blocks of every wirewatch message."""

from __future__ import annotations

from datetime import datetime, timezone
from enum import Enum
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

#: Major.minor of the message contract. Within a major version changes are additive only.
SCHEMA_VERSION = "1.0"


def _as_utc(value: datetime) -> datetime:
    """Naive timestamps are taken as UTC so event-time arithmetic never mixes kinds."""
    return value.replace(tzinfo=timezone.utc) if value.tzinfo is None else value.astimezone(timezone.utc)


UtcDatetime = Annotated[datetime, AfterValidator(_as_utc)]


class Message(BaseModel):
    """Base of every topic payload: unknown fields from newer producers are ignored, never fatal."""

    model_config = ConfigDict(extra="ignore", frozen=False, populate_by_name=True)

    schema_version: str = Field(default=SCHEMA_VERSION, description="Contract version, MAJOR.MINOR.")


class Part(BaseModel):
    """Base of nested value objects."""

    model_config = ConfigDict(extra="ignore")


class Qualifier(str, Enum):
    exact = "exact"
    at_least = "at_least"
    about = "about"
    up_to = "up_to"


class Count(Part):
    """A stated number with how it was qualified ("at least 4", "about 12")."""

    value: int = Field(ge=0)
    qualifier: Qualifier = Qualifier.exact


class Evidence(Part):
    """A span of article text that supports one field of an extracted record."""

    field: str = Field(description="Which field it supports: event_type, date, location, actor, fatalities, ...")
    source: Literal["headline", "body"] = "body"
    start: int = Field(ge=0, description="Character offset in the normalized headline/body.")
    end: int = Field(ge=0)
    text: str


class Location(Part):
    name: str
    country_code: str | None = Field(default=None, description="ISO 3166-1 alpha-2; null at sea.")
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    precision: Literal["site", "city", "admin1", "country", "sea"] = "city"
    sea_area: str | None = Field(default=None, description="Set when the place is at sea, e.g. 'Red Sea'.")
