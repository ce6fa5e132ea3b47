"""Every data file the package reads is declared as package data, so a wheel (the container image) has it."""

from __future__ import annotations

import fnmatch
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_every_non_python_file_in_the_package_is_package_data():
    globs = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["package-data"]["worker"]
    package = ROOT / "worker"
    missing = []
    for path in package.rglob("*"):
        if path.is_dir() or path.suffix in (".py", ".pyc", ".md") or "__pycache__" in path.parts:
            continue
        relative = path.relative_to(package).as_posix()
        if not any(fnmatch.fnmatch(relative, pattern) or fnmatch.fnmatch(relative, pattern.replace("**/", ""))
                   for pattern in globs):
            missing.append(relative)
    assert not missing, f"add to [tool.setuptools.package-data] in pyproject.toml: {missing}"
