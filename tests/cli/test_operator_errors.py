"""Operator commands fail with one line naming the fix: unreachable broker, missing topics, bad arguments."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from tests.integration.harness import isolated_env
from worker.cli.main import cli
from worker.stream.broker import free_port

COMMANDS = [["status"], ["replay", "--from", "2024-01-01"], ["deadletter", "list"], ["deadletter", "show", "x"],
            ["deadletter", "redrive", "--reason", "oversize"]]


def run(args, env):
    result = CliRunner().invoke(cli, args, env=env)
    assert "Traceback" not in result.output and not isinstance(result.exception, (AssertionError, TypeError))
    return result


def error_line(result) -> str:
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1, result.output
    return lines[0]


@pytest.mark.parametrize("args", COMMANDS)
def test_unreachable_broker(args):
    result = run(args, {"WIREWATCH_BROKER_URL": f"127.0.0.1:{free_port()}"})
    assert result.exit_code == 2
    assert "cannot reach the Kafka broker" in error_line(result)
    assert "WIREWATCH_BROKER_URL" in result.output


@pytest.mark.parametrize("args", COMMANDS)
def test_missing_topics(broker, unique_name, args):
    result = run(args, {**isolated_env(unique_name), "WIREWATCH_BROKER_URL": broker.url})
    assert result.exit_code == 2
    line = error_line(result)
    assert "do not exist" in line and "wirewatch topics create" in line


@pytest.mark.parametrize("args, message", [
    (["replay", "--from", "last tuesday"], "ISO 8601"),
    (["replay", "--from", "2024-01-02", "--to", "2024-01-01"], "--to must be later"),
    (["deadletter", "redrive"], "--reason CODE and/or --id ID"),
])
def test_argument_mistakes(args, message):
    result = run(args, {"WIREWATCH_BROKER_URL": f"127.0.0.1:{free_port()}"})
    assert result.exit_code == 2 and message in error_line(result)


def test_unknown_offset_lookup(broker, unique_name):
    env = {**isolated_env(unique_name), "WIREWATCH_BROKER_URL": broker.url, "WIREWATCH_REPLAY_OFFSET_LOOKUP": "guess"}
    result = run(["replay", "--from", "2024-01-01"], env)
    assert result.exit_code == 2 and "auto, broker, scan" in error_line(result)
