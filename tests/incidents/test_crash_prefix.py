"""A crash keeps a prefix of a step's state writes (the changelog is cut, the input offset not committed): the
redelivered report and those after it must end where an uninterrupted run ends."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.crash import Crash, CrashingState
from worker.incidents import IncidentResolver
from worker.models import Location
from worker.state import WriteBack

from .factory import BASRA, event
from .test_resolver import GROUP, ship_attack

IRAQ = Location(name="Iraq", country_code="IQ", precision="country")

# Merges, a late report that regroups (published before the ones it follows) and a second incident.
REPORTS = [
    *GROUP[:3],
    event("vague", location=IRAQ, actors=(), killed=4, published="2024-01-04T14:00"),
    event("basra", location=BASRA, killed=1, published="2024-01-04T18:00"),
    *GROUP[3:],
]


# A bridging report merges two incidents (one superseded); a late report splits a ship incident in two.
MERGING = [
    event("vague", location=IRAQ, actors=(), killed=4, published="2024-01-04T14:00"),
    event("local", actors=(), killed=None, published="2024-01-04T17:00"),
    event("bridge", killed=4, published="2024-01-04T18:00"),
    ship_attack("ship-vague", "British vessel", published="2024-01-04T10:00"),
    ship_attack("carney", "USS Carney", published="2024-01-04T12:00"),
    ship_attack("luanda", "Marlin Luanda", published="2024-01-04T11:00"),
    event("late-bridge", killed=4, published="2024-01-04T12:00"),
]


def run(state, reports, crash_at: int | None = None, kept: int = 0) -> tuple[list[str], dict[str, tuple]]:
    """Each report's incident id, and the latest revision of every incident downstream saw (a crashed step's
    outputs never left)."""
    events, latest = [], {}
    for index, report in enumerate(reports):
        held = WriteBack(state)
        resolution = IncidentResolver(held).resolve(report)
        if index == crash_at:
            state.budget = kept
            try:
                held.flush()
            except Crash:
                pass
            state.budget = None
            held = WriteBack(state)
            resolution = IncidentResolver(held).resolve(report)  # redelivered: the offset was not committed
        held.flush()
        events.append(resolution.event.incident_id)
        for incident in list(resolution.incidents) or resolution.repeated:
            if incident.revision >= latest.get(incident.incident_id, (0,))[0]:
                latest[incident.incident_id] = (incident.revision, incident.status,
                                                tuple(sorted(s.event_id for s in incident.sources)))
    return events, latest


def incidents(state) -> dict[str, tuple[str, ...]]:
    return {k: tuple(v["reports"]) for k, v in state.items() if "|i|" in k}


def links(state) -> dict[str, str]:
    return {k: v for k, v in state.items() if "|e|" in k}


@settings(max_examples=400, deadline=None)
@given(reports=st.sampled_from([REPORTS, MERGING]), crash_at=st.integers(0, len(MERGING) - 1),
       kept=st.integers(0, 40))
def test_any_prefix_of_a_step_then_redelivery_ends_as_uninterrupted(reports, crash_at, kept):
    """State and outputs alike: downstream (tallies above all) must learn of a merge even when the step's
    state was stored and its outputs lost, for the absorbed incident's 'superseded' revision is what takes it
    out of the counts."""
    reference = CrashingState()
    expected = run(reference, reports)
    state = CrashingState()
    assert run(state, reports, crash_at, kept) == expected
    assert incidents(state) == incidents(reference)
    assert links(state) == links(reference)
