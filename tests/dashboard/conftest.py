"""A real worker (with its dashboard) on the session broker, one per test module."""

from __future__ import annotations

import asyncio
import json
import time
import urllib.request

import pytest

from tests.integration.harness import isolated_env, produce, running_worker, settings_for
from tests.integration.samples import sample_lines
from worker.stream.progress import wait_drained


class LiveDashboard:
    """The worker, its URL, and ingesting the bundled samples once (whichever test asks first)."""

    def __init__(self, broker, worker, env) -> None:
        self.broker, self.worker, self.settings = broker, worker, settings_for(broker, env)
        self.url = worker.url
        self.ingested = False

    def ingest(self) -> None:
        if not self.ingested:
            self.ingested = True
            messages = [(key.encode(), line) for key, line in sample_lines().items()]
            asyncio.run(produce(self.settings, self.broker.bootstrap, messages))

    def drained(self, timeout: float = 120.0) -> None:
        self.ingest()
        try:
            asyncio.run(wait_drained(self.settings, self.broker.bootstrap, timeout=timeout))
        except TimeoutError as exc:
            raise AssertionError(f"{exc}\nworker log {self.worker.log_path}:\n{self.worker.log_tail()}") from None

    def get_json(self, path: str):
        with urllib.request.urlopen(self.url + path, timeout=5) as response:
            return json.loads(response.read())

    def wait_for(self, path: str, condition, timeout: float = 20.0):
        """The JSON at path once condition(body) holds (polled with a deadline)."""
        deadline = time.monotonic() + timeout
        while True:
            body = self.get_json(path)
            if condition(body):
                return body
            if time.monotonic() > deadline:
                raise AssertionError(f"{path} did not reach the expected state in {timeout:.0f} s: {body}")
            time.sleep(0.2)  # polling a condition with a deadline


@pytest.fixture(scope="module")
def dashboard(broker):
    env = isolated_env("dash" + str(int(time.time() * 1000) % 10**8))
    with running_worker(broker, env, name="dashboard") as worker:
        worker.wait_ready()
        yield LiveDashboard(broker, worker, env)
