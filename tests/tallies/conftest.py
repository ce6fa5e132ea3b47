"""Builds Incident objects for the tally tests."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from worker.models import Actor, Count, Incident, IncidentSource, Location

PLACES = {
    "IQ": Location(name="Erbil", country_code="IQ", lat=36.19, lon=44.01),
    "SY": Location(name="Deir ez-Zor", country_code="SY", lat=35.33, lon=40.14),
    "JO": Location(name="Rukban", country_code="JO", lat=33.3, lon=38.7),
    "Red Sea": Location(name="off Hodeidah", sea_area="Red Sea", precision="sea", lat=14.8, lon=42.2),
}


def make_incident(
    incident_id: str = "inc_1",
    revision: int = 1,
    day: date | None = date(2024, 1, 10),
    place: str = "IQ",
    target: str | None = "us_military",
    fatalities: int | None = None,
    injuries: int | None = None,
    status: str = "active",
    leader_killed: bool = False,
) -> Incident:
    reported = datetime.combine(day or date(2024, 1, 10), datetime.min.time(), timezone.utc).replace(hour=12)
    actors = [Actor(name="Islamic Resistance in Iraq", role="attacker", kind="militia")]
    if target:
        actors.append(Actor(name="US forces" if target == "us_military" else "target", role="target", kind=target))
    return Incident(
        incident_id=incident_id,
        revision=revision,
        status=status,
        incident_key=place,
        event_type="Explosions/Remote violence",
        sub_event_type="Air/drone strike",
        event_date=day,
        date_precision="day" if day else "unknown",
        location=PLACES[place],
        actors=actors,
        fatalities=Count(value=fatalities) if fatalities is not None else None,
        injuries=Count(value=injuries) if injuries is not None else None,
        leader_killed=leader_killed,
        sources=[IncidentSource(article_id=f"art_{incident_id}", event_id=f"evt_{incident_id}", source="Wire",
                                language="en", published_at=reported)],
        first_reported_at=reported,
        last_reported_at=reported.replace(minute=revision % 60),
    )


@pytest.fixture(scope="session")
def incident():
    """``incident(**overrides)`` -> Incident."""
    return make_incident
