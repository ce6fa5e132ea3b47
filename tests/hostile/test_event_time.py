"""Publication dates at the ends of the calendar: no crash, and one hostile date must not blind later articles."""

from __future__ import annotations

import json
import time
from datetime import datetime, timezone

import pytest

from worker.ingest import SourcePosition
from worker.pipeline.batch import BatchRunner
from worker.settings import Settings

from .inputs import EXTREME_DATES

NOW = datetime(2024, 3, 2, tzinfo=timezone.utc)
STORY = {"source": "Wire", "headline": "Drohnenangriff in Bagdad - vier Tote",
         "body": "Bei einem Luftangriff in Bagdad wurden am Montag vier Menschen getötet und zwölf verletzt."}


def run(*dates: str) -> BatchRunner:
    runner = BatchRunner(Settings())
    for offset, date in enumerate(dates):
        value = json.dumps({**STORY, "id": f"a{offset}", "published_at": date}).encode()
        runner.process(value, SourcePosition("raw", 0, offset), NOW)
    return runner


@pytest.mark.parametrize("date", [d for d in EXTREME_DATES if d.startswith("0001")] + ["9999-12-31T23:59:59Z"])
def test_calendar_edge_date_gives_a_verdict_without_raising(date):
    runner = run(date)
    assert runner.result.counts()["articles"] + runner.result.counts()["deadletter"] == 1


def test_far_future_article_does_not_blind_the_present():
    """A message dated 3000 must be dead-lettered (or ignored) instead of moving every watermark past today."""
    baseline = run("2024-03-01T10:00:00Z").result.counts()
    after_hostile = run("3000-01-01T00:00:00Z", "2024-03-01T10:00:00Z")
    present_events = [e for e in after_hostile.result.outputs["events"] if e.article_id == "a1"]
    assert len(present_events) == baseline["events"]


def test_far_future_article_after_the_present_is_processed_quickly():
    runner = run("2024-03-01T10:00:00Z")
    started = time.perf_counter()
    runner.process(json.dumps({**STORY, "id": "future", "published_at": "3000-01-01T00:00:00Z"}).encode(),
                   SourcePosition("raw", 0, 1), NOW)
    assert time.perf_counter() - started < 2.5
