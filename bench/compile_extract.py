"""Build a copy of the project whose extractor modules are compiled to C with mypyc, to measure that option.

Usage: python bench/compile_extract.py OUTDIR   (needs `pip install mypy`: mypyc comes with it)
then:  cd OUTDIR && python bench/bench_extract.py && python -m tests.extract.golden --check

The copy holds worker/, bench/ and tests/extract; the source tree is never touched, so no compiled module can
shadow an edited .py file there. The same .py files compile unchanged (they type-check under mypy); the golden
check shows whether the compiled extractor still gives the same output.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
#: Modules not compiled: the package init, the lexicon loader and the offline gazetteer builder run once.
_SKIP = {"__init__", "lexicon", "build_gazetteer"}

_SETUP = """
from setuptools import setup
from mypyc.build import mypycify
setup(name="wirewatch-extract-compiled", ext_modules=mypycify({modules!r}), script_args=["build_ext", "--inplace"])
"""


def copy_tree(out: Path) -> None:
    ignore = shutil.ignore_patterns("__pycache__", "*.so", "build")
    out.mkdir(parents=True, exist_ok=True)
    for part in ("worker", "bench"):
        shutil.copytree(ROOT / part, out / part, ignore=ignore, dirs_exist_ok=True)
    (out / "tests").mkdir(exist_ok=True)
    for name in ("__init__.py", "conftest.py"):
        shutil.copy2(ROOT / "tests" / name, out / "tests" / name)
    shutil.copytree(ROOT / "tests" / "extract", out / "tests" / "extract", ignore=ignore, dirs_exist_ok=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("outdir", type=Path)
    args = ap.parse_args()
    try:
        import mypyc  # noqa: F401
    except ImportError:
        sys.exit("mypyc is missing: pip install mypy")
    out = args.outdir.resolve()
    copy_tree(out)
    modules = ["--ignore-missing-imports", "--follow-imports=silent"] + sorted(
        f"worker/extract/{p.name}" for p in (out / "worker" / "extract").glob("*.py") if p.stem not in _SKIP)
    subprocess.run([sys.executable, "-c", _SETUP.format(modules=modules)], cwd=out, check=True,
                   stdout=subprocess.DEVNULL)
    built = sorted(p.name for p in (out / "worker" / "extract").glob("*.so"))
    print(f"compiled {len(built)} extract modules into {out}")


if __name__ == "__main__":
    main()
