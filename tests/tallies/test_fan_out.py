from datetime import date, datetime, timezone

from worker.models import ReportedFigure
from worker.tallies import fan_out, load_tallies
from worker.tallies.fan_out import counting_day

DEFS = load_tallies()


def by_tally(contributions):
    return {c.tally_id: c for c in contributions}


def test_one_contribution_per_tally_empty_where_not_matching(incident):
    out = by_tally(fan_out(DEFS, incident(place="IQ", target="us_military", fatalities=2, injuries=5)))
    assert set(out) == {d.id for d in DEFS}
    assert out["us-forces-iq-sy"].values.model_dump() == {"incidents": 1, "fatalities": 2, "injuries": 5}
    assert out["fatalities-daily:IQ"].values.incidents == 1
    assert out["fatalities-daily:SY"].values.model_dump() == {"incidents": 0, "fatalities": 0, "injuries": 0}
    assert out["houthi-shipping"].values.incidents == 0
    assert out["us-forces-iq-sy"].day == date(2024, 1, 10)


def test_places_and_actor_kinds(incident):
    jordan = by_tally(fan_out(DEFS, incident(place="JO", target="us_military")))
    assert jordan["us-forces-iq-sy"].values.incidents == 0
    assert jordan["us-forces-region"].values.incidents == 1
    ship = by_tally(fan_out(DEFS, incident(place="Red Sea", target="vessel")))
    assert ship["houthi-shipping"].values.incidents == 1
    assert ship["incidents-daily-sea:Red Sea"].values.incidents == 1
    assert ship["us-forces-region"].values.incidents == 0


def test_superseded_incident_contributes_nothing(incident):
    out = fan_out(DEFS, incident(revision=3, status="superseded", fatalities=4))
    assert all(c.values.incidents == 0 for c in out)
    assert {c.incident_revision for c in out} == {3}


def test_contribution_ids_are_deterministic_per_revision(incident):
    first, again = fan_out(DEFS, incident()), fan_out(DEFS, incident())
    assert [c.contribution_id for c in first] == [c.contribution_id for c in again]
    assert first[0].contribution_id != fan_out(DEFS, incident(revision=2))[0].contribution_id


def test_counting_day_falls_back_to_first_report(incident):
    assert counting_day(incident(day=None)) == date(2024, 1, 10)
    future = incident().model_copy(update={"event_date": date(2024, 3, 1)})
    assert counting_day(future) == date(2024, 1, 10)
    next_day = incident().model_copy(update={"event_date": date(2024, 1, 11)})
    assert counting_day(next_day) == date(2024, 1, 11)


def test_fan_out_of_a_figure_links_it():
    figure = ReportedFigure(figure_id="fig_1", article_id="art_9", source="Wire", value=150,
                            published_at=datetime(2024, 2, 1, tzinfo=timezone.utc), metric="attacks",
                            subject="attacks on US forces", target_kinds=["us_military"], countries=["IQ", "SY"],
                            since=date(2023, 10, 17))
    assert [c.tally_id for c in fan_out(DEFS, figure)] == ["us-forces-iq-sy"]
