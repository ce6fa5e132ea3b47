"""Compact Event builder for incident tests."""

from __future__ import annotations

from datetime import date, datetime, timezone
from typing import Any

from worker.models import Actor, Count, Event, Location

BAGHDAD_HQ = Location(name="al-Nujaba headquarters", country_code="IQ", lat=33.34, lon=44.45, precision="site")
BAGHDAD = Location(name="Baghdad", country_code="IQ", lat=33.3406, lon=44.4009, precision="city")
BASRA = Location(name="Basra", country_code="IQ", lat=30.5085, lon=47.7804, precision="city")


def event(event_id: str, *, day: str = "2024-01-04", published: str = "2024-01-04T16:30:00", precision: str = "day",
          location: Location | None = BAGHDAD, killed: int | None = 4, qualifier: str = "exact",
          actors: list[tuple[str, str, str]] = (("al-Nujaba", "target", "militia"),), source: str = "Reuters",
          language: str = "en", event_type: str = "Explosions/Remote violence",
          sub_event_type: str = "Air/drone strike", key: str = "IQ", **extra: Any) -> Event:
    return Event(
        event_id=event_id, article_id=f"art-{event_id}", source=source, language=language,
        published_at=datetime.fromisoformat(published).replace(tzinfo=timezone.utc), status="new",
        salience="primary", event_type=event_type, sub_event_type=sub_event_type,
        event_date=date.fromisoformat(day) if day else None, date_precision=precision, location=location,
        actors=[Actor(name=n, role=r, kind=k) for n, r, k in actors],
        fatalities=Count(value=killed, qualifier=qualifier) if killed is not None else None,
        incident_key=key, summary=f"summary of {event_id}", **extra,
    )
