"""Operator tooling against the real worker and broker: health, metrics, JSON logs, status, replay, dead letters."""

from __future__ import annotations

import asyncio
import json
import re
import time

from aiokafka import TopicPartition
from click.testing import CliRunner

from worker.cli.main import cli
from worker.cli.render import latest
from worker.stream.deadletters import REDRIVE_HEADER
from worker.stream.offsets import committed_offsets
from worker.stream.progress import wait_drained
from worker.stream.reader import read_topic

from .harness import collect, isolated_env, produce, running_worker, settings_for
from .samples import sample_lines


def wirewatch(broker, env, *args):
    result = CliRunner().invoke(cli, list(args), env={**env, "WIREWATCH_BROKER_URL": broker.url})
    assert "Traceback" not in result.output, result.output
    return result


def metric(text: str, name: str, **labels) -> float:
    """Sum of the samples of one metric whose labels include the given ones (0 if none)."""
    total = 0.0
    for line in text.splitlines():
        match = re.match(r"^([a-z_]+)(?:\{(.*)\})? (\S+)$", line)
        if match and match[1] == name:
            found = dict(re.findall(r'(\w+)="([^"]*)"', match[2] or ""))
            if all(found.get(k) == v for k, v in labels.items()):
                total += float(match[3])
    return total


def wait_for(condition, timeout: float, what: str, worker=None):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        if worker is not None:
            worker.check_alive()
        time.sleep(0.2)  # polling a condition with a deadline
    raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")


def drain(settings, broker, worker, messages=()):
    async def go():
        if messages:
            await produce(settings, broker.bootstrap, messages)
        try:
            await wait_drained(settings, broker.bootstrap, timeout=120)
        except TimeoutError as exc:
            raise AssertionError(f"{exc}\nworker log {worker.log_path}:\n{worker.log_tail()}") from None

    asyncio.run(go())


def test_health_metrics_logs_and_status_of_a_running_worker(broker, unique_name):
    env = {**isolated_env(unique_name), "WIREWATCH_LOG_FORMAT": "json"}
    settings = settings_for(broker, env)
    articles = list(sample_lines().items())[:3]
    with running_worker(broker, env) as worker:
        wait_for(lambda: _get(worker, "/healthz") == 200, 60, "/healthz", worker)
        worker.wait_ready(60)
        assert json.loads(worker.get("/readyz")[1]) == {"ready": True, "reasons": []}
        before = worker.get("/metrics")[1].decode()
        drain(settings, broker, worker, [(key.encode(), value) for key, value in articles] + [(b"bad", b"{nope")])

        status, body = worker.get("/metrics")
        text = body.decode()
        assert status == 200
        # validate handled all four without raising (the junk one became a dead letter, counted below)
        assert metric(text, "wirewatch_stage_messages_total", stage="validate", outcome="ok") \
            == metric(before, "wirewatch_stage_messages_total", stage="validate", outcome="ok") + 4
        assert metric(text, "wirewatch_stage_messages_total", stage="extract", outcome="ok") >= 3
        assert metric(text, "wirewatch_dead_letters_total", stage="validate", reason="malformed_json") == 1
        assert metric(text, "wirewatch_stage_duration_seconds_count", stage="validate") >= 4
        sampled = wait_for(lambda: _sampled(worker), 30, "the monitor's lag and table gauges", worker)
        assert 'wirewatch_consumer_lag_messages{topic="' + settings.topics.raw + '"} 0.0' in sampled
        assert metric(sampled, "wirewatch_table_keys", table="dedup") >= 1

        result = wirewatch(broker, env, "status", "--json", "--max-lag", "0")
        report = json.loads(result.output)
        assert result.exit_code == 0, result.output
        assert report["healthy"] and report["members"]
        raw = [p for p in report["partitions"] if p["topic"] == settings.topics.raw]
        assert sum(p["end"] for p in raw) == 4 and all(p["lag"] == 0 for p in raw)

    log_lines = [line for line in worker.log_path.read_text().splitlines() if line.strip()]
    assert len(log_lines) > 10
    events = [json.loads(line) for line in log_lines]  # every line is one JSON object
    assert any(event["logger"].startswith("faust") for event in events)


def _get(worker, path):
    try:
        return worker.get(path, timeout=1.0)[0]
    except OSError:
        return None


def _sampled(worker):
    text = worker.get("/metrics")[1].decode()
    return text if "wirewatch_consumer_lag_messages{" in text and "wirewatch_table_keys{" in text else None


def test_replay_from_the_beginning_leaves_tallies_unchanged(broker, unique_name):
    env = isolated_env(unique_name)
    settings = settings_for(broker, env)
    articles = [(key.encode(), value) for key, value in sample_lines().items()][:6]
    with running_worker(broker, env) as worker:
        worker.wait_ready(60)
        drain(settings, broker, worker, articles)
    first = asyncio.run(collect(settings, broker.bootstrap))
    tallies_before = {t.tally_id: t.values for t in latest(first["tallies"], "tally_id")}
    assert tallies_before and any(v.incidents for v in tallies_before.values())
    raw = [TopicPartition(settings.topics.raw, p) for p in range(settings.partitions)]
    finished = asyncio.run(committed_offsets(settings, broker.bootstrap, raw))
    assert sum(finished.values()) == len(articles)

    dry = wirewatch(broker, env, "replay", "--from", "1970-01-01", "--to", "2100-01-01", "--dry-run")
    assert dry.exit_code == 0 and "dry run" in dry.output, dry.output
    assert asyncio.run(committed_offsets(settings, broker.bootstrap, raw)) == finished

    # The embedded broker keeps listing the departed worker: replay refuses until told every worker is stopped.
    refused = wirewatch(broker, env, "replay", "--from", "1970-01-01", "--execute")
    assert refused.exit_code == 2 and "active member" in refused.output and "stop every worker" in refused.output
    done = wirewatch(broker, env, "replay", "--from", "1970-01-01", "--execute", "--force")
    assert done.exit_code == 0, done.output
    assert set(asyncio.run(committed_offsets(settings, broker.bootstrap, raw)).values()) == {0}
    lagging = wirewatch(broker, env, "status", "--max-lag", "0")
    assert lagging.exit_code == 1 and "lags by" in lagging.output

    with running_worker(broker, env, name="replayed") as worker:
        worker.wait_ready(60)
        drain(settings, broker, worker)
    assert asyncio.run(committed_offsets(settings, broker.bootstrap, raw)) == finished
    second = asyncio.run(collect(settings, broker.bootstrap))
    assert {t.tally_id: t.values for t in latest(second["tallies"], "tally_id")} == tallies_before
    assert len(latest(second["incidents"], "incident_id")) == len(latest(first["incidents"], "incident_id"))


def test_dead_letters_listed_shown_and_redriven_once_after_the_fix(broker, unique_name):
    env = {**isolated_env(unique_name), "WIREWATCH_MAX_MESSAGE_BYTES": "1024"}
    settings = settings_for(broker, env)
    big_id, big = next((key, value) for key, value in sample_lines().items() if len(value) > 2000)
    with running_worker(broker, env) as worker:
        worker.wait_ready(60)
        drain(settings, broker, worker, [(big_id.encode(), big), (b"junk", b"[1, 2]")])

    listed = wirewatch(broker, env, "deadletter", "list", "--reason", "oversize")
    assert listed.exit_code == 0 and "oversize" in listed.output and "not_an_object" not in listed.output
    letters = asyncio.run(read_topic(settings, broker.bootstrap, settings.topics.deadletter))
    oversize_id = next(json.loads(r.value)["dead_letter_id"] for r in letters
                       if json.loads(r.value)["reason"] == "oversize")
    shown = wirewatch(broker, env, "deadletter", "show", oversize_id)
    assert shown.exit_code == 0 and big_id in shown.output and "WIREWATCH_MAX_MESSAGE_BYTES" in shown.output
    missing = wirewatch(broker, env, "deadletter", "show", "dlq_nope")
    assert missing.exit_code == 2 and "deadletter list" in missing.output

    dry = wirewatch(broker, env, "deadletter", "redrive", "--reason", "oversize")
    assert dry.exit_code == 0 and "would send" in dry.output
    sent = wirewatch(broker, env, "deadletter", "redrive", "--reason", "oversize", "--execute")
    assert sent.exit_code == 0 and "sent" in sent.output
    again = wirewatch(broker, env, "deadletter", "redrive", "--id", oversize_id, "--execute")
    assert again.exit_code == 0 and "already redriven" in again.output
    raw = asyncio.run(read_topic(settings, broker.bootstrap, settings.topics.raw))
    redriven = [r for r in raw if (REDRIVE_HEADER, oversize_id.encode()) in list(r.headers or ())]
    assert len(redriven) == 1 and redriven[0].value == big and redriven[0].key == big_id.encode()

    fixed = {**env, "WIREWATCH_MAX_MESSAGE_BYTES": str(1024 * 1024)}
    with running_worker(broker, fixed, name="fixed") as worker:
        worker.wait_ready(60)
        drain(settings, broker, worker)
    outputs = asyncio.run(collect(settings, broker.bootstrap))
    assert [a.article_id for a in outputs["unique"]] == [big_id]
    assert sorted(d.reason.value for d in outputs["deadletter"]) == ["not_an_object", "oversize"]
