"""Benchmark the event extractor: start-up, resident memory, articles/s on 3 KB articles, time per stage.

Usage: python bench/bench_extract.py [--seconds 3] [--compiled]
The articles are the own labelled test articles of each language, padded to 3 KB of UTF-8: conflict-only (worst
case, padded with other conflict texts) and a realistic mix (40% non-conflict news, padded with non-conflict texts).
Also the validate stage before it (parse, normalize, detect the language) on generated ~3 KB wire articles.
--compiled then builds the mypyc-compiled extractor the deployed wheel ships (setup.py) in a temporary copy and
runs the same measurements there: the interpreted figures above it are the baseline of the same run.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from datetime import datetime, timezone
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

STARTUP = """
import time, resource
t = time.perf_counter()
from worker.extract import Extractor
Extractor().warm_up()
print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
"""


def startup() -> tuple[float, float]:
    out = subprocess.run([sys.executable, "-c", STARTUP], cwd=ROOT, capture_output=True, text=True, check=True)
    seconds, rss = out.stdout.split()
    return float(seconds), float(rss)


def articles(lang: str, size: int = 3072, conflict: bool | None = None):
    """~3 KB articles; conflict=True/False keeps only items with/without expected events (None: all)."""
    from worker.models import Article

    items = yaml.safe_load((ROOT / "bench" / "data" / "extract" / f"{lang}.yaml").read_text(encoding="utf-8"))
    if conflict is not None:
        items = [x for x in items if bool(x.get("expect", {}).get("events")) == conflict]
    out = []
    for i, item in enumerate(items):
        body = " ".join(item["body"].split())
        filler = [" ".join(x["body"].split()) for x in items if x is not item]
        k = 0
        while len(body.encode()) < size and filler:
            body += " " + filler[k % len(filler)]
            k += 1
        body = body.encode()[:size].decode(errors="ignore")  # 3 KB of UTF-8: an Arabic letter takes two bytes
        published = datetime.fromisoformat(str(item["published_at"]).replace("Z", "+00:00"))
        out.append(Article(article_id=f"{lang}-{i}", source="bench", language=lang, headline=item.get("headline", ""),
                           body=body, published_at=published, content_hash="x", dedup_key=lang))
    return out


def instrument(stages: dict[str, float]) -> None:
    """Wrap the stage functions so each call adds its CPU time to `stages` (the machine is shared)."""
    from worker.extract import actors, assemble, casualties, dates, extractor, figures, lexicon, mentions, places

    def timed(owner, name: str, label: str) -> None:
        fn = getattr(owner, name)

        def wrapper(*a, **kw):
            t = time.process_time()
            try:
                return fn(*a, **kw)
            finally:
                stages[label] += time.process_time() - t
        setattr(owner, name, wrapper)

    timed(lexicon.Lexicon, "events", "term scan")
    timed(lexicon.Lexicon, "index", "term scan")
    timed(extractor, "split", "sentences")
    timed(extractor, "fold", "fold")
    timed(extractor, "candidate_sentences", "candidate scan")
    timed(extractor, "article_countries", "country context")
    timed(mentions, "find_cues", "status cues")
    timed(mentions, "find_dates", "dates")
    timed(mentions, "find_casualties", "casualties")
    timed(mentions, "find_figure", "figures")
    timed(mentions, "find_triggers", "event types")
    timed(mentions, "find_actors", "actors")
    timed(mentions, "assign_roles", "actor roles")
    timed(places.PlaceFinder, "find", "places")
    timed(extractor, "group_mentions", "grouping")
    timed(extractor, "build_event", "event models")
    timed(extractor, "build_figure", "figure models")
    _ = (actors, assemble, casualties, dates, figures)


def _best_cpu_seconds_per_article(ex, docs, seconds_per_round: float) -> float:
    """Best of 3 rounds of CPU time per article: the machine is shared, so the minimum is the steadiest figure."""
    best = float("inf")
    for _ in range(3):
        n, t0 = 0, time.process_time()
        while time.process_time() - t0 < seconds_per_round:
            for doc in docs:
                ex.extract(doc)
            n += len(docs)
        best = min(best, (time.process_time() - t0) / n)
    return best


def validate_cost(seconds: float) -> float:
    """Best of 3 rounds of CPU time per message of the validate stage: bytes -> RawArticle -> Article."""
    from bench.generate import messages
    from worker.ingest import prepare, validate

    received = datetime(2100, 1, 1, tzinfo=timezone.utc)
    batch = messages(200, seed=5)
    best = float("inf")
    for _ in range(3):
        n, t0 = 0, time.process_time()
        while time.process_time() - t0 < seconds:
            for value in batch:
                prepare(validate(value, received_at=received))
            n += len(batch)
        best = min(best, (time.process_time() - t0) / n)
    return best


def stage_costs() -> None:
    """CPU time per stage, from an instrumented run over every language's articles."""
    from worker.extract import Extractor

    stages: dict[str, float] = defaultdict(float)
    instrument(stages)
    ex = Extractor().warm_up()
    n = 0
    t0 = time.process_time()
    for lang in ("de", "en", "fr", "es", "ar"):
        for doc in articles(lang) * 20:
            ex.extract(doc)
            n += 1
    elapsed = time.process_time() - t0
    print(f"\nper-stage time (instrumented run, {n} articles, {1000 * elapsed / n:.2f} ms per article incl. overhead):")
    for label, secs in sorted(stages.items(), key=lambda kv: -kv[1]):
        print(f"  {label:16} {1e6 * secs / n:8.1f} µs per article")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seconds", type=float, default=3.0, help="measuring time per language")
    ap.add_argument("--compiled", action="store_true", help="also measure the mypyc-compiled extractor (needs mypy)")
    args = ap.parse_args()
    from worker.extract import compiled

    print(f"extractor: {'compiled (mypyc)' if compiled() else 'interpreted'}")
    seconds, rss = startup()
    print(f"start-up (import + gazetteer + 5 lexicons): {seconds:.2f} s, resident memory {rss:.0f} MB")

    from worker.extract import Extractor
    from worker.heap import freeze_startup_heap

    ex = Extractor().warm_up()
    freeze_startup_heap()  # as the worker and the CLI do after start-up
    print("conflict-only articles (worst case), CPU time of this process (the machine is shared), best of 3 rounds:")
    total_n, total_t = 0, 0.0
    for lang in ("de", "en", "fr", "es", "ar"):
        docs = articles(lang, conflict=True)
        best = _best_cpu_seconds_per_article(ex, docs, args.seconds / 3)
        total_n, total_t = total_n + 1, total_t + best
        chars = sum(len(d.body) for d in docs) / len(docs)
        size = sum(len(d.body.encode()) for d in docs) / len(docs)
        print(f"{lang}: {1 / best:7.0f} articles/s  ({1000 * best:.2f} ms per article, {size:.0f} bytes, "
              f"{chars:.0f} chars)")
    print(f"all: {total_n / total_t:7.0f} articles/s on one core")
    print("realistic mix (60% conflict, 40% non-conflict news):")
    for lang in ("de", "en", "fr", "es", "ar"):
        hot, cold = articles(lang, conflict=True), articles(lang, conflict=False)
        docs = (hot * 4)[:6] + (cold * 4)[:4]
        best = _best_cpu_seconds_per_article(ex, docs, args.seconds / 3)
        print(f"{lang}: {1 / best:7.0f} articles/s  ({1000 * best:.2f} ms per article)")

    if not compiled():  # calls between compiled modules would bypass the timers
        stage_costs()
    print(f"max RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    print(f"\nvalidate stage (parse, normalize, detect language), generated ~3 KB wire articles: "
          f"{1000 * validate_cost(args.seconds / 3):.2f} ms per article")
    if args.compiled:
        measure_compiled(args.seconds)


def measure_compiled(seconds: float) -> None:
    from bench.compile_extract import build

    with tempfile.TemporaryDirectory(prefix="wirewatch-compiled-") as out:
        print(f"\n--- compiled: {len(build(Path(out)))} extract modules built with mypyc ---", flush=True)
        subprocess.run([sys.executable, "bench/bench_extract.py", "--seconds", str(seconds)], cwd=out, check=True)


if __name__ == "__main__":
    main()
