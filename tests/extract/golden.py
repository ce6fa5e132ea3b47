"""Golden extraction snapshot: the exact output of the extractor on a fixed set of articles.

Speed work on the extractor must not change a single field; this file pins the output so it can be checked.
Articles: the labelled test articles (bench/data/extract) as they are and padded to ~3 KB as the benchmark builds
them, 150 generated wire articles (bench/generate.py) and every article the tests/extract suite extracts.

Regenerate after an intended change of extraction results (rules, lexicons), and review the diff:
    PYTHONPATH=. python -m tests.extract.golden
Compare the current extractor against the snapshot without writing (prints the differing article ids):
    PYTHONPATH=. python -m tests.extract.golden --check
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from datetime import datetime
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = Path(__file__).with_name("golden_extractions.jsonl.gz")
#: Hostile-input tests feed megabytes; the cut-off keeps the snapshot small (the caps are tested elsewhere).
_MAX_BODY = 50_000


def _labelled() -> list:
    from worker.models import Article

    out = []
    for path in sorted((ROOT / "bench" / "data" / "extract").glob("*.yaml")):
        for item in yaml.safe_load(path.read_text(encoding="utf-8")):
            out.append(Article(article_id=item["id"], source="golden", language=path.stem,
                               headline=item.get("headline", ""), body=" ".join(item["body"].split()),
                               published_at=datetime.fromisoformat(str(item["published_at"])),
                               content_hash="x", dedup_key=path.stem))
    return out


def _padded() -> list:
    sys.path.insert(0, str(ROOT))
    from bench.bench_extract import articles

    return [a.model_copy(update={"article_id": f"padded-{a.article_id}"})
            for lang in ("de", "en", "fr", "es", "ar") for a in articles(lang)]


def _generated() -> list:
    sys.path.insert(0, str(ROOT))
    from bench.generate import generate
    from worker.models import Article

    return [Article(article_id=r["id"], source=r["source"], language=r["language"], headline=r["headline"],
                    body=r["body"], published_at=datetime.fromisoformat(r["published_at"]),
                    content_hash="x", dedup_key=r["language"]) for r in generate(150, seed=11)]


def _from_tests() -> list:
    """Every article the extractor tests extract, recorded by wrapping Extractor.extract during a quiet run."""
    import pytest

    from worker.extract import extractor as module

    seen: dict = {}
    original = module.Extractor.extract

    def recording(self, article):
        if len(article.body) <= _MAX_BODY and article.article_id != "seed":  # the seed is not ours to copy
            key = article.model_dump_json()
            seen.setdefault(key, article)
        return original(self, article)

    module.Extractor.extract = recording
    try:
        pytest.main([str(ROOT / "tests" / "extract"), "-q", "-p", "no:cacheprovider",
                     "--deselect", "tests/extract/test_golden.py"])
    finally:
        module.Extractor.extract = original
    return [a.model_copy(update={"article_id": f"test-{i}-{a.article_id}"}) for i, a in enumerate(seen.values())]


def extract_all(articles) -> list[dict]:
    """One record per article: the input and the extraction, both as JSON-ready dicts."""
    from worker.extract import default_extractor

    ex = default_extractor()
    return [{"input": a.model_dump(mode="json"), "output": ex.extract(a).model_dump(mode="json")} for a in articles]


def load() -> list[dict]:
    with gzip.open(GOLDEN, "rt", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def differences(records: list[dict]) -> list[str]:
    """Ids of the articles whose extraction differs from the recorded one."""
    from worker.models import Article

    fresh = extract_all([Article.model_validate(r["input"]) for r in records])
    return [r["input"]["article_id"] for r, f in zip(records, fresh) if r["output"] != f["output"]]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="compare with the snapshot instead of writing it")
    args = ap.parse_args()
    if args.check:
        diff = differences(load())
        print(f"{len(diff)} differing extractions", *diff[:50], sep="\n")
        sys.exit(1 if diff else 0)
    tested = _from_tests()
    records = extract_all(_labelled() + _padded() + _generated() + tested)
    with gzip.GzipFile(GOLDEN, "wb", mtime=0) as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False, sort_keys=True).encode("utf-8") + b"\n")
    print(f"wrote {len(records)} extractions ({sum(bool(r['output']['events']) for r in records)} with events) "
          f"to {GOLDEN.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
