"""The whole batch core under hostile input: every message yields an article or a dead letter, never an exception."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from hypothesis import HealthCheck, given, settings

from worker.ingest import SourcePosition
from worker.pipeline.batch import BatchRunner
from worker.settings import Settings

from .inputs import hostile_messages

NOW = datetime(2024, 3, 2, tzinfo=timezone.utc)


@pytest.fixture(scope="module")
def runner():
    """One runner across examples: state carried over makes later examples meet earlier ones in dedup/incidents."""
    return BatchRunner(Settings())


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                 HealthCheck.function_scoped_fixture])
@given(value=hostile_messages)
def test_every_message_has_exactly_one_verdict(runner, value):
    before = runner.result.counts()
    runner.process(value, SourcePosition("raw", 0, before["articles"] + before["deadletter"]), NOW)
    after = runner.result.counts()
    verdicts = (after["articles"] - before["articles"]) + (after["deadletter"] - before["deadletter"])
    assert verdicts == 1, f"{value[:200]!r} gave {verdicts} verdicts"
