"""A worker with dashboards open still stops promptly (aiohttp would wait for open event streams)."""

from __future__ import annotations

import time
import urllib.request

import pytest

from tests.integration.harness import isolated_env
from worker.stream.supervisor import WorkerProcess

pytestmark = pytest.mark.integration


def test_worker_stops_promptly_with_an_event_stream_open(broker, unique_name):
    worker = WorkerProcess(broker.url, env=isolated_env(unique_name), name="dashboard-stop").start()
    try:
        worker.wait_ready()
        with urllib.request.urlopen(worker.url + "/api/stream", timeout=30) as stream:
            assert stream.readline().startswith(b"retry:")
            started = time.monotonic()
            assert worker.stop(timeout=15) == 0, worker.log_tail()
            assert time.monotonic() - started < 10
            assert stream.read() is not None  # the server ended the stream
    finally:
        worker.kill()
