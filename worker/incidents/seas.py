"""The incident key: country code, or for maritime events the sea region, so every report of one attack on a ship
meets the others in one partition whether it places it at sea ('Gulf of Aden'), off a port ('off Aden', 'au large
d'Aden', 'قبالة عدن') or only in a country ('Yemen')."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

_TABLE = json.loads((Path(__file__).with_name("data") / "sea_areas.json").read_text("utf-8"))
_AREAS = [(a["name"], a["boxes"]) for a in _TABLE["areas"]]
_REGION = {a["name"].casefold(): a["region"] for a in _TABLE["areas"]}
_COASTS: dict[str, str] = _TABLE["coasts"]
_POINTS = {"site", "city"}


def _field(item: Any, name: str) -> Any:
    return item.get(name) if isinstance(item, dict) else getattr(item, name, None)


def sea_at(lat: float, lon: float) -> str | None:
    """The sea area whose (coast-widened) box holds the point, if any."""
    for name, boxes in _AREAS:
        if any(south <= lat <= north and west <= lon <= east for south, north, west, east in boxes):
            return name
    return None


def region(sea_area: str) -> str:
    """The incident key of a sea area: the region of adjacent seas it belongs to (itself when unknown)."""
    return _REGION.get(sea_area.casefold(), sea_area)


def is_maritime(location: Any, actors: Iterable[Any]) -> bool:
    """At sea, or a ship among the targets or victims."""
    at_sea = location is not None and (_field(location, "precision") == "sea" or bool(_field(location, "sea_area")))
    return at_sea or any(_field(a, "kind") == "vessel" and _field(a, "role") in ("target", "victim") for a in actors)


def sea_area(location: Any, actors: Iterable[Any]) -> str | None:
    """Where at sea a maritime event happened: the stated sea area, else the sea off the port or site named."""
    if location is None or not is_maritime(location, actors):
        return None
    if _field(location, "sea_area") or _field(location, "precision") == "sea":
        return _field(location, "sea_area") or _field(location, "name")
    lat, lon = _field(location, "lat"), _field(location, "lon")
    if _field(location, "precision") in _POINTS and lat is not None and lon is not None:
        return sea_at(lat, lon)
    return None


def incident_key(location: Any, actors: Iterable[Any]) -> str:
    """Sea region for maritime events (from the sea area, the port's coordinates, or the shipping lanes off the
    country named), else the country code; 'ZZ' without a place. Location and actors: models or JSON dicts."""
    if location is None:
        return "ZZ"
    actors = list(actors)
    sea = sea_area(location, actors)
    if sea is not None:
        return region(sea)
    country = _field(location, "country_code")
    if country and is_maritime(location, actors):
        return _COASTS.get(country, country)
    return country or "ZZ"
