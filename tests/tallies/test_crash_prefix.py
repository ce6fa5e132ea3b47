"""A crash keeps a prefix of a step's writes to the tally book; the redelivered batch must neither add an
incident twice nor lose it, and must send the tallies it touched."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.crash import Crash, CrashingState
from worker.pipeline.stages import Stages, batch_of
from worker.settings import Settings
from worker.tallies import fan_out

from .conftest import make_incident

# New incidents and revisions that change the toll, day and target (a share moves between buckets and tallies).
REVISIONS = [
    make_incident("a", fatalities=2),
    make_incident("b", place="SY", fatalities=1, injuries=3),
    make_incident("a", revision=2, fatalities=5),
    make_incident("c", place="Red Sea", target="vessel", fatalities=0, injuries=1),
    make_incident("b", revision=2, place="SY", fatalities=1, injuries=4, target="state_forces"),
    make_incident("a", revision=3, fatalities=6, injuries=2),
]


def run(state, crash_at=None, kept=0):
    stages = Stages(Settings(), {"dedup": {}, "incidents": {}, "tallies": state, "incident_alerts": {},
                                 "tally_alerts": {}})
    latest = {}
    for index, incident in enumerate(REVISIONS):
        batch = batch_of(fan_out(stages.tally_definitions, incident))
        if index == crash_at:
            state.budget = kept
            try:
                stages.tally(batch)  # its outputs are lost with the worker
            except Crash:
                pass
            state.budget = None
        for update in stages.tally(batch).updates:
            latest[update.tally_id] = update.values
    return latest


@settings(max_examples=150, deadline=None)
@given(crash_at=st.integers(0, len(REVISIONS) - 1), kept=st.integers(0, 30))
def test_any_prefix_of_a_tally_step_then_redelivery_counts_each_incident_once(crash_at, kept):
    reference = CrashingState()
    expected = run(reference)
    state = CrashingState()
    assert run(state, crash_at, kept) == expected
    totals = {k: v["b"] for k, v in state.items() if k.startswith("ta|")}
    assert totals == {k: v["b"] for k, v in reference.items() if k.startswith("ta|")}
