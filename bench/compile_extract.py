"""Build a copy of the project whose extractor is compiled with mypyc, as the deployed wheel is (setup.py).

Usage: python bench/compile_extract.py OUTDIR   (needs `pip install mypy`: mypyc comes with it)
then:  cd OUTDIR && python bench/bench_extract.py && python -m tests.extract.golden --check

The copy holds worker/, bench/ and tests/extract and is built in place there; the source tree is never touched,
so no compiled module can shadow an edited .py file in it. `bench_extract.py --compiled` does all of this.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def copy_tree(out: Path) -> None:
    ignore = shutil.ignore_patterns("__pycache__", "*.so", "build")
    out.mkdir(parents=True, exist_ok=True)
    for part in ("worker", "bench"):
        shutil.copytree(ROOT / part, out / part, ignore=ignore, dirs_exist_ok=True)
    for name in ("setup.py", "pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, out / name)
    (out / "tests").mkdir(exist_ok=True)
    for name in ("__init__.py", "conftest.py"):
        shutil.copy2(ROOT / "tests" / name, out / "tests" / name)
    shutil.copytree(ROOT / "tests" / "extract", out / "tests" / "extract", ignore=ignore, dirs_exist_ok=True)


def build(out: Path) -> list[str]:
    """Copies the project to `out` and compiles its extractor there; returns the compiled module files."""
    try:
        import mypyc  # noqa: F401
    except ImportError:
        sys.exit("mypyc is missing: pip install mypy")
    copy_tree(out)
    subprocess.run([sys.executable, "setup.py", "build_ext", "--inplace"], cwd=out, check=True,
                   env={**os.environ, "WIREWATCH_COMPILE": "1"}, stdout=subprocess.DEVNULL)
    return sorted(p.name for p in (out / "worker" / "extract").glob("*.so"))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("outdir", type=Path)
    args = ap.parse_args()
    out = args.outdir.resolve()
    built = build(out)
    print(f"compiled {len(built)} extract modules into {out}")


if __name__ == "__main__":
    main()
