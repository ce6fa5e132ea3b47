"""The broker stops answering for ~10 s mid-stream (process paused, not restarted: Tansu keeps data in memory only)."""

from __future__ import annotations

import os
import signal
import time

import pytest

from worker.stream.broker import EmbeddedBroker

from .conftest import assert_same_end
from .scenario import Scenario

OUTAGE_SECONDS = 10


@pytest.mark.slow
@pytest.mark.timeout(300)
def test_worker_survives_an_unreachable_broker_and_resumes_alone(traffic, reference, unique_name):
    with EmbeddedBroker() as own_broker:  # dedicated: the session broker must never be paused
        scenario = Scenario(own_broker, f"outage-{unique_name}")
        try:
            worker = scenario.start_worker()
            scenario.produce(traffic)
            scenario.wait_committed(0.25)
            pid = own_broker._process.pid
            os.kill(pid, signal.SIGSTOP)
            try:
                time.sleep(OUTAGE_SECONDS)  # the fault itself lasts this long; nothing is synchronised on it
                worker.check_alive()
            finally:
                os.kill(pid, signal.SIGCONT)
            scenario.drain()
            worker.check_alive()
            assert len(scenario.alive()) == 1
            assert_same_end(scenario, traffic, reference)
        finally:
            scenario.stop()
