"""Workers killed mid-stream (SIGKILL), or leaving and joining while the group works: nothing lost, nothing doubled."""

from __future__ import annotations

import pytest

from .conftest import assert_same_end


@pytest.mark.timeout(300)
def test_kill_9_mid_stream_then_restart(scenario, traffic, reference):
    victim = scenario.start_worker()
    scenario.produce(traffic)
    scenario.wait_committed(0.3)
    victim.kill()
    scenario.start_worker()
    scenario.drain()
    assert_same_end(scenario, traffic, reference)


@pytest.mark.slow
@pytest.mark.timeout(300)
def test_one_of_two_killed_and_one_added_during_processing(scenario, traffic, reference):
    first = scenario.start_worker()
    scenario.start_worker()
    scenario.produce(traffic)
    scenario.wait_committed(0.25)
    first.kill()
    scenario.wait_committed(0.5)
    scenario.start_worker()
    scenario.drain()
    assert_same_end(scenario, traffic, reference)
