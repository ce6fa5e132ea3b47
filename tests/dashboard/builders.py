"""Small message builders for the dashboard tests (only the fields the view reads vary)."""

from __future__ import annotations

from datetime import date, datetime, timezone

from worker.models import Alert, DeadLetter, Incident, IncidentSource, Location, TallyUpdate
from worker.models.common import Count, Evidence
from worker.models.tally import ReportedValue, TallyBucket, TallyValues, TallyWindow


def at(day: int, hour: int = 12) -> datetime:
    return datetime(2024, 1, day, hour, tzinfo=timezone.utc)


def incident(incident_id: str = "inc_1", revision: int = 1, day: int = 4, fatalities: int | None = 4,
             status: str = "active", lat: float | None = 33.3) -> Incident:
    return Incident(
        incident_id=incident_id, revision=revision, status=status, incident_key="IQ",
        event_type="Explosions/Remote violence", sub_event_type="Air/drone strike", event_date=date(2024, 1, day),
        location=Location(name="Baghdad", country_code="IQ", lat=lat, lon=44.4 if lat is not None else None),
        fatalities=Count(value=fatalities) if fatalities is not None else None,
        summary="A drone struck a militia headquarters in Baghdad.",
        sources=[IncidentSource(article_id="a1", event_id="e1", source="Wire One", url="https://example.org/a1",
                                language="de", published_at=at(day))],
        evidence=[Evidence(field="fatalities", start=0, end=10, text="vier Menschen getötet")],
        first_reported_at=at(day), last_reported_at=at(day, 13),
    )


def alert(alert_id: str = "alr_1", revision: int = 1, day: int = 4, severity: str = "warning",
          retracted: bool = False, with_incident: Incident | None = None) -> Alert:
    return Alert(alert_id=alert_id, revision=revision, rule_id="deadly-incident", kind="incident",
                 severity=severity, title=f"{alert_id} rev {revision}", summary="summary", retracted=retracted,
                 incident=with_incident if with_incident is not None else incident(day=day), triggered_at=at(day))


def tally(revision: int = 1, as_of: int = 10, reported: bool = True, buckets=((1, 2), (8, 3))) -> TallyUpdate:
    return TallyUpdate(
        tally_id="us-forces-iq-sy", title="Attacks on US forces", revision=revision,
        window=TallyWindow(kind="since", since=date(2023, 12, 25), bucket="week"),
        values=TallyValues(incidents=sum(n for _, n in buckets)),
        buckets=[TallyBucket(start=date(2024, 1, day), values=TallyValues(incidents=n)) for day, n in buckets],
        reported=[ReportedValue(value=127, as_of=date(2024, 1, 9), attribution="Pentagon", source="Wire One",
                                article_id="a2")] if reported else [],
        as_of=date(2024, 1, as_of), updated_at=at(as_of))


def dead_letter(dead_letter_id: str = "dl_1", reason: str = "malformed_json") -> DeadLetter:
    return DeadLetter(dead_letter_id=dead_letter_id, reason=reason, detail="bad", original_b64="", original_size=0,
                      received_at=at(4))
