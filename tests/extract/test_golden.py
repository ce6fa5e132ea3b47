"""The extractor's output is exactly the recorded snapshot (regenerate with `python -m tests.extract.golden`)."""

from __future__ import annotations

from . import golden


def test_extractions_match_the_golden_snapshot():
    records = golden.load()
    assert len(records) > 250
    diff = golden.differences(records)
    assert not diff, (f"{len(diff)} of {len(records)} extractions changed, e.g. {diff[:5]}; if intended, regenerate: "
                      "python -m tests.extract.golden")
