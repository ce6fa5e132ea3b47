"""Short atheris runs of the fuzz targets in a subprocess (the long run is documented in bench/README.md)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("atheris")

FUZZ = Path(__file__).parents[2] / "fuzz"


@pytest.mark.timeout(180)
@pytest.mark.parametrize("target, runs", [("fuzz_validate.py", 20_000), ("fuzz_extract.py", 3_000)])
def test_fuzz_target_finds_no_crash_in_a_short_run(tmp_path, target, runs):
    corpus = tmp_path / "corpus"
    shutil.copytree(FUZZ / "corpus" / "validate", corpus)  # the fuzzer adds to its corpus: work on a copy
    done = subprocess.run([sys.executable, str(FUZZ / target), f"-atheris_runs={runs}", "-max_total_time=40",
                           "-max_len=4096", f"-artifact_prefix={tmp_path}/", str(corpus)],
                          cwd=FUZZ.parent, capture_output=True, text=True, timeout=170)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "Done" in done.stderr
