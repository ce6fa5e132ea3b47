"""The mypyc-compiled extractor the deployed wheel ships builds from the same sources and gives the same output."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

pytest.importorskip("mypyc", reason="mypy (test extra) builds the compiled extractor")
if shutil.which(os.environ.get("CC", "gcc")) is None:
    pytest.skip("no C compiler (.ci/system-packages installs gcc)", allow_module_level=True)

from bench.compile_extract import build  # noqa: E402


def test_compiled_extractor_matches_the_golden_snapshot(tmp_path):
    built = build(tmp_path)
    assert len(built) >= 10, built
    env = {**os.environ, "PYTHONPATH": str(tmp_path)}
    probe = subprocess.run([sys.executable, "-c", "import worker.extract as x; print(x.compiled(), x.__file__)"],
                           cwd=tmp_path, env=env, capture_output=True, text=True, check=True)
    assert probe.stdout.split() == ["True", str(tmp_path / "worker" / "extract" / "__init__.py")]
    check = subprocess.run([sys.executable, "-m", "tests.extract.golden", "--check"], cwd=tmp_path, env=env,
                           capture_output=True, text=True)
    assert check.returncode == 0, check.stdout[-2000:] + check.stderr[-2000:]
