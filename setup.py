"""Optional compiled build: WIREWATCH_COMPILE=1 compiles the extractor's hot modules to C with mypyc.

The same .py files run interpreted by default; the compiled wheel (Dockerfile, or
`pip install mypy && WIREWATCH_COMPILE=1 pip install --no-build-isolation .`) extracts ~1.6x faster.
Editable installs are never compiled: a .so built beside the sources would shadow every later edit.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from setuptools import setup

#: Run once at start-up, or only offline: nothing to gain from compiling them.
NOT_COMPILED = {"__init__", "lexicon", "build_gazetteer"}


def compiled_modules() -> list[str]:
    here = Path(__file__).resolve().parent
    return sorted(f"worker/extract/{p.name}" for p in (here / "worker" / "extract").glob("*.py")
                  if p.stem not in NOT_COMPILED)


def ext_modules() -> list:
    if os.environ.get("WIREWATCH_COMPILE", "").lower() not in ("1", "true", "yes"):
        return []
    if not {"build_ext", "bdist_wheel", "build", "install"} & set(sys.argv):
        return []  # metadata, sdist: nothing to compile
    if "editable_wheel" in sys.argv:
        print("WIREWATCH_COMPILE ignored for an editable install (compiled modules would shadow source edits)",
              file=sys.stderr)
        return []
    try:
        from mypyc.build import mypycify
    except ImportError:
        sys.exit("WIREWATCH_COMPILE=1 needs mypyc in the build environment: pip install mypy, then build with "
                 "--no-build-isolation")
    return mypycify(["--ignore-missing-imports", "--follow-imports=silent", *compiled_modules()])


setup(ext_modules=ext_modules())
