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
from .test_resolver import GROUP

IRAQ = Location(name="Iraq", country_code="IQ", precision="country")

# Merges, a late report that regroups (published before the ones it follows) and a second incident.
REPORTS = [
    *GROUP[:3],
    event("vague", location=IRAQ, actors=(), killed=4, published="2024-01-04T14:00"),
    event("basra", location=BASRA, killed=1, published="2024-01-04T18:00"),
    *GROUP[3:],
]


def run(state, reports, crash_at: int | None = None, kept: int = 0):
    events = []
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
    return events


def incidents(state) -> dict[str, tuple[str, ...]]:
    return {k: tuple(m["event_id"] for m in v["members"]) for k, v in state.items() if "|i|" in k}


def links(state) -> dict[str, str]:
    return {k: v for k, v in state.items() if "|e|" in k}


@settings(max_examples=150, deadline=None)
@given(crash_at=st.integers(0, len(REPORTS) - 1), kept=st.integers(0, 40))
def test_any_prefix_of_a_step_then_redelivery_ends_as_uninterrupted(crash_at, kept):
    reference = CrashingState()
    expected = run(reference, REPORTS)
    state = CrashingState()
    assert run(state, REPORTS, crash_at, kept) == expected
    assert incidents(state) == incidents(reference)
    assert links(state) == links(reference)
