"""atheris target: validate + prepare must turn any bytes into an Article or a DeadLetter, never raise.

Run: /work/venv/bin/python fuzz/fuzz_validate.py -atheris_runs=200000 (or -max_total_time=600) [corpus_dir]
"""

from __future__ import annotations

import sys
from datetime import datetime, timezone

import atheris

with atheris.instrument_imports():
    from worker.ingest import Limits, SourcePosition, prepare, validate
    from worker.models import DeadLetter

NOW = datetime(2024, 3, 2, tzinfo=timezone.utc)


def test_one_input(data: bytes) -> None:
    result = validate(data, None, SourcePosition("raw", 0, 0), Limits(), received_at=NOW)
    if not isinstance(result, DeadLetter):
        article = prepare(result)
        assert article.article_id == result.id


if __name__ == "__main__":
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()
