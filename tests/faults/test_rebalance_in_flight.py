"""Members leave (SIGTERM, SIGKILL) and join while traffic is still arriving: the faust message-skip check.

faust was seen to skip messages it had fetched but not yet processed when a rebalance takes partitions
away. Every input's outcome is counted, and the whole final state is compared. WIREWATCH_FAULT_REPEATS
repeats each case (the skip showed in about half of the runs where it happened at all).
"""

from __future__ import annotations

import os
import threading

import pytest

from .conftest import assert_same_end

REPEATS = int(os.environ.get("WIREWATCH_FAULT_REPEATS", "1"))


def _in_background(action):
    thread = threading.Thread(target=action)
    thread.start()
    return thread


@pytest.mark.slow
@pytest.mark.timeout(400)
@pytest.mark.parametrize("leave", ["sigterm", "sigkill"])
@pytest.mark.parametrize("repeat", range(REPEATS))
def test_members_leave_and_join_with_traffic_in_flight(scenario, traffic, reference, leave, repeat):
    thirds = [traffic[: len(traffic) // 3], traffic[len(traffic) // 3: 2 * len(traffic) // 3],
              traffic[2 * len(traffic) // 3:]]
    leaving = scenario.start_worker()
    scenario.start_worker()
    scenario.produce(thirds[0])
    scenario.wait_committed(0.5)
    departure = _in_background(leaving.stop if leave == "sigterm" else leaving.kill)
    scenario.produce(thirds[1])  # arrives while the group rebalances
    departure.join(timeout=60)
    scenario.start_worker(wait=False)
    scenario.produce(thirds[2])  # arrives while the newcomer joins
    scenario.drain()
    assert_same_end(scenario, traffic, reference)
