"""Fault-injection fixtures: one traffic sample and the final state of an undisturbed stream run over it."""

from __future__ import annotations

import os
import uuid

import pytest

from bench.generate import messages

from .outcomes import FinalState, missing_outcomes
from .scenario import Scenario

#: Enough traffic that a fault lands mid-stream (~10 s of work for one worker), small enough for CI.
COUNT = int(os.environ.get("WIREWATCH_FAULT_ARTICLES", "160"))

pytestmark = pytest.mark.integration

@pytest.fixture(scope="session")
def traffic() -> list[bytes]:
    return messages(COUNT, seed=11)


@pytest.fixture(scope="session")
def reference(broker, traffic) -> FinalState:
    """One worker, no faults: what every disturbed run must end with."""
    scenario = Scenario(broker, f"ref-{uuid.uuid4().hex[:8]}")
    try:
        scenario.start_worker()
        scenario.produce(traffic)
        scenario.drain()
        outputs = scenario.collect()
    finally:
        scenario.stop()
    assert not missing_outcomes(traffic, outputs)
    return FinalState.of(outputs)


@pytest.fixture
def scenario(broker, unique_name):
    running = Scenario(broker, f"fault-{unique_name}")
    yield running
    running.stop()


def assert_same_end(scenario: Scenario, traffic: list[bytes], reference: FinalState) -> None:
    """Every input has its outcome and the final state equals the undisturbed run's."""
    outputs = scenario.collect()
    missing = missing_outcomes(traffic, outputs)
    assert not missing, f"{len(missing)} inputs without outcome: {missing[:10]}\n{scenario.logs()}"
    differences = FinalState.of(outputs).differences(reference)
    assert not differences, "\n".join(differences) + "\n" + scenario.logs()
