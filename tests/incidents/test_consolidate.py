from hypothesis import given
from hypothesis import strategies as st

from worker.incidents.consolidate import consolidate

from .factory import BAGHDAD, BAGHDAD_HQ, event


def members(*events):
    return [e.model_dump(mode="json") for e in events]


def test_exact_figure_wins_a_tie_and_up_to_counts_only_alone():
    incident = consolidate("inc_x", "IQ", members(
        event("a", killed=4, qualifier="at_least", source="A"),
        event("b", killed=4, source="B", published="2024-01-04T10:00"),
        event("c", killed=30, qualifier="up_to", source="C"),
    ), revision=1, supersedes=[])
    assert (incident.fatalities.value, incident.fatalities.qualifier.value) == (4, "exact")
    assert incident.provenance["fatalities"] == "b"
    alone = consolidate("inc_y", "IQ", members(event("c", killed=30, qualifier="up_to")), revision=1, supersedes=[])
    assert alone.fatalities.value == 30


def test_place_date_and_type_with_provenance():
    incident = consolidate("inc_x", "IQ", members(
        event("a", location=BAGHDAD, published="2024-01-04T12:00"),
        event("b", location=BAGHDAD_HQ, day="2024-01-05", published="2024-01-05T01:00"),
        event("c", location=BAGHDAD, published="2024-01-04T18:00", sub_event_type="Shelling/artillery/missile attack"),
    ), revision=3, supersedes=["inc_z"])
    assert incident.location.precision == "site" and incident.provenance["location"] == "b"
    assert str(incident.event_date) == "2024-01-04"
    assert incident.sub_event_type == "Air/drone strike"
    assert incident.revision == 3 and incident.supersedes == ["inc_z"]
    assert [s.event_id for s in incident.sources] == ["a", "c", "b"]


def test_actor_spellings_collapse_into_one():
    incident = consolidate("inc_x", "IQ", members(
        event("a", actors=(("al-Nujaba", "target", "militia"),)),
        event("b", actors=(("النجباء", "target", "militia"), ("United States", "blamed", "us_military"))),
    ), revision=1, supersedes=[])
    assert [(a.name, a.role) for a in incident.actors] == [("al-Nujaba", "target"), ("United States", "blamed")]


@given(st.permutations([event("a", killed=3, published="2024-01-04T10:00"),
                        event("b", killed=4, published="2024-01-04T11:00", location=BAGHDAD_HQ),
                        event("c", killed=4, source="dpa", language="de", published="2024-01-04T12:00")]))
def test_arrival_order_does_not_matter(order):
    expected = consolidate("inc_x", "IQ", members(*sorted(order, key=lambda e: e.event_id)), revision=1, supersedes=[])
    assert consolidate("inc_x", "IQ", members(*order), revision=1, supersedes=[]) == expected
