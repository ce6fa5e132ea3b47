"""A full replay of the raw topic by a new worker group ends where the first pass ended."""

from __future__ import annotations

import pytest

from tests.integration.harness import isolated_env

from .conftest import assert_same_end
from .scenario import Scenario


@pytest.mark.timeout(300)
def test_new_group_replaying_the_raw_topic_gives_identical_results(broker, scenario, traffic, reference,
                                                                    unique_name):
    scenario.start_worker()
    scenario.produce(traffic)
    scenario.drain()
    assert_same_end(scenario, traffic, reference)
    scenario.stop()
    # Same raw topic, fresh group, state and outputs: the group starts from the earliest offset.
    replay_env = {**isolated_env(f"replay-{unique_name}"), "WIREWATCH_TOPIC_RAW": scenario.settings.topics.raw}
    replay = Scenario(broker, f"replay-{unique_name}", env=replay_env)
    replay.produced = scenario.produced
    try:
        replay.start_worker()
        replay.drain()
        assert_same_end(replay, traffic, reference)
    finally:
        replay.stop()
