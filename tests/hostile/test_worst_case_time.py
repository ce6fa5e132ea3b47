"""Processing time per article stays bounded on inputs built against our regexes (no catastrophic backtracking)."""

from __future__ import annotations

import json
import time
from datetime import datetime, timezone

import pytest

from worker.ingest import SourcePosition
from worker.pipeline.batch import BatchRunner
from worker.settings import Settings

from .worst_cases import WORST_CASES

NOW = datetime(2024, 3, 2, tzinfo=timezone.utc)
#: Generous: typical hostile cases take < 0.3 s on the 2-core CI machine; a quadratic regex takes 3-30 s.
BOUND_SECONDS = 2.5


@pytest.fixture(scope="module")
def runner():
    runner = BatchRunner(Settings())
    warm = {"id": "warm", "source": "w", "published_at": "2024-03-01T10:00:00Z", "headline": "x", "body": "Bagdad"}
    runner.process(json.dumps(warm).encode(), SourcePosition("raw", 0, 0), NOW)  # lexicons and detector loaded
    return runner


@pytest.mark.parametrize("name", list(WORST_CASES))
def test_article_processing_time_is_bounded(runner, name):
    headline, body, language = WORST_CASES[name]
    value = json.dumps({"id": name, "source": "w", "published_at": "2024-03-01T10:00:00Z", "headline": headline,
                        "body": body, "language": language}, ensure_ascii=False).encode()
    articles = len(runner.result.outputs["articles"])
    started = time.perf_counter()
    runner.process(value, SourcePosition("raw", 0, articles + 1), NOW)
    elapsed = time.perf_counter() - started
    assert len(runner.result.outputs["articles"]) == articles + 1, "must reach the extractor, not a dead letter"
    assert elapsed < BOUND_SECONDS, f"{name}: {elapsed:.2f} s"
