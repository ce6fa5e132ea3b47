"""Tallies over HTTP (routed to the owning worker) and on the command line equal the tallies topic."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys

import pytest

from worker.models.revisions import latest_revisions
from worker.stream.progress import wait_drained

from .harness import collect, isolated_env, produce, running_worker, settings_for
from .samples import sample_lines

pytestmark = pytest.mark.integration


def latest_tallies(updates):
    return {tally_id: u.model_dump(mode="json") for tally_id, u in latest_revisions(updates, "tally_id").items()}


def test_http_and_cli_tallies_match_the_topic(broker, unique_name):
    env = isolated_env(unique_name)
    settings = settings_for(broker, env)
    second_env = {**env, "WIREWATCH_DASHBOARD": "false"}  # as in docker-compose: one worker serves the dashboard
    with running_worker(broker, env) as first, running_worker(broker, second_env, name="second") as second:
        async def feed():
            await produce(settings, broker.bootstrap, [(k.encode(), v) for k, v in sample_lines().items()])
            await wait_drained(settings, broker.bootstrap, timeout=120)
            return await collect(settings, broker.bootstrap)

        outputs = asyncio.run(feed())
        expected = latest_tallies(outputs["tallies"])
        assert expected, "the samples should change some tallies"

        for worker in (first, second):  # either worker answers for every tally, routing to the owner
            worker.wait_ready(timeout=60)
            status, body = worker.get("/tallies", timeout=10)
            assert status == 200
            served = {t["tally_id"]: t for t in json.loads(body)["tallies"]}
            assert served == expected
            tally_id = next(iter(expected))
            status, body = worker.get(f"/tallies/{tally_id}", timeout=10)
            assert status == 200 and json.loads(body) == expected[tally_id]
        assert first.get("/tallies/no-such-tally")[0] == 404
        assert first.get("/api/health", timeout=10)[0] == 200 and second.get("/api/health", timeout=10)[0] == 404

    cli = subprocess.run([sys.executable, "-m", "worker", "tallies", "--json"], capture_output=True, text=True,
                         env={**os.environ, **env, "WIREWATCH_BROKER_URL": broker.url}, timeout=60)
    assert cli.returncode == 0, cli.stderr
    printed = {t["tally_id"]: t for t in map(json.loads, cli.stdout.splitlines())}
    assert printed == expected
