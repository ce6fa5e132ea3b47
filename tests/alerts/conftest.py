"""Builds incidents and tally updates for the alert tests."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from worker.models import (Actor, Count, Evidence, Incident, IncidentSource, Location, TallyBucket, TallyUpdate,
                           TallyValues, TallyWindow)

T0 = datetime(2024, 1, 28, 6, tzinfo=timezone.utc)


def make_incident(incident_id="inc_1", revision=1, target="us_military", fatalities=None, status="active",
                  leader_killed=False, outlets=("Wire A",)) -> Incident:
    published = T0 + timedelta(hours=revision)
    return Incident(
        incident_id=incident_id, revision=revision, status=status, incident_key="JO",
        event_type="Explosions/Remote violence", sub_event_type="Air/drone strike", weapons=["drone"],
        event_date=date(2024, 1, 28), date_precision="day",
        location=Location(name="Tower 22", country_code="JO", lat=33.32, lon=38.69, precision="site"),
        actors=[Actor(name="Islamic Resistance in Iraq", role="claimant", kind="militia"),
                Actor(name="US forces", role="target", kind=target)],
        fatalities=Count(value=fatalities, qualifier="at_least") if fatalities is not None else None,
        leader_killed=leader_killed,
        summary="A drone struck a base housing US troops near the Syrian border.",
        sources=[IncidentSource(article_id=f"art_{i}", event_id=f"evt_{i}", source=outlet,
                                url=f"https://news.example/{i}", language="en", published_at=published)
                 for i, outlet in enumerate(outlets)],
        evidence=[Evidence(field="fatalities", start=0, end=20, text="Three soldiers were killed.")],
        first_reported_at=T0,
        last_reported_at=published,
    )


def make_update(tally_id="us-forces-iq-sy", revision=1, incidents=0, fatalities=0, kind="since", as_of=None,
                buckets=()) -> TallyUpdate:
    window = (TallyWindow(kind="since", since=date(2023, 10, 17)) if kind == "since"
              else TallyWindow(kind=kind, bucket="day", days=30))
    as_of = as_of or date(2024, 1, 28)
    return TallyUpdate(
        tally_id=tally_id, title=tally_id.title(), window=window, revision=revision, as_of=as_of,
        values=TallyValues(incidents=incidents, fatalities=fatalities),
        buckets=[TallyBucket(start=as_of - timedelta(days=len(buckets) - 1 - i), values=TallyValues(fatalities=v))
                 for i, v in enumerate(buckets)],
        updated_at=datetime.combine(as_of, datetime.min.time(), timezone.utc) + timedelta(hours=revision % 24),
    )


@pytest.fixture(scope="session")
def incident():
    return make_incident


@pytest.fixture(scope="session")
def update():
    return make_update
