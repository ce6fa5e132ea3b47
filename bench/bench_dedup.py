"""Dedup throughput, mapping writes and state size per 100k articles (synthetic ~3 KB wire copy with copies and updates).

    python bench/bench_dedup.py [--n 100000] [--per-day 20000] [--horizon 7] [--verdicts FILE]

Prints articles/s, verdict counts, mapping writes and deletes per article (each is one changelog record in the
stream), live keys, serialized state bytes (what a changelog/RocksDB holds), the RSS growth of the process
(mapping plus any in-memory index), all scaled to 100k live articles, and the time to rebuild the in-memory
indexes from the mapping (after `forget_indexes()`, and from a copy of the mapping as a fresh worker would
recover it). `--verdicts` writes the verdicts as JSON lines, to compare two versions on the same articles.
"""

from __future__ import annotations

import argparse
import gc
import json
import random
import sys
import time
from collections import Counter
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from worker.dedup import Deduplicator  # noqa: E402
from worker.ingest.normalize import content_hash  # noqa: E402
from worker.models import Article  # noqa: E402

T0 = datetime(2024, 1, 1, tzinfo=timezone.utc)


class CountingDict(dict):
    """A plain dict that counts assignments and deletions: the records a faust table would changelog."""

    writes = deletes = 0

    def __setitem__(self, key, value) -> None:
        self.writes += 1
        super().__setitem__(key, value)

    def __delitem__(self, key) -> None:
        self.deletes += 1
        super().__delitem__(key)


def rss_kib() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def synthetic(n: int, per_day: int, seed: int = 1) -> list[Article]:
    """About 80% new stories, 10% exact copies and 10% edited updates of a recent story."""
    rng = random.Random(seed)
    letters = "abcdefghijklmnopqrstuvwxyz"
    vocabulary = ["".join(letters[(i // 26 ** k) % 26] for k in range(4)) for i in range(20000)]
    bodies: list[str] = []
    articles = []
    for i in range(n):
        roll = rng.random()
        if bodies and roll < 0.1:
            body = rng.choice(bodies[-500:])
        elif bodies and roll < 0.2:
            words = rng.choice(bodies[-500:]).split(" ")
            for _ in range(12):
                words[rng.randrange(len(words))] = rng.choice(vocabulary)
            body = " ".join(words)
        else:
            body = " ".join(rng.choices(vocabulary, k=450))
            bodies.append(body)
        at = T0 + timedelta(days=i / per_day)
        articles.append(Article(article_id=f"a{i}", source=f"s{i % 40}", published_at=at, language="en",
                                headline=" ".join(rng.choices(vocabulary, k=9)), body=body,
                                content_hash=content_hash(body), dedup_key="en"))
    return articles


def rebuild_seconds(dedup: Deduplicator, probe: Article) -> float:
    """Time of the first check after the indexes were dropped: a redelivery, so it is all rebuild."""
    dedup.forget_indexes()
    started = time.process_time()
    dedup.check(probe)
    return time.process_time() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--per-day", type=int, default=20_000, help="articles per day of publication time")
    parser.add_argument("--horizon", type=int, default=7)
    parser.add_argument("--verdicts", type=Path, help="write one JSON verdict per line here")
    args = parser.parse_args()

    articles = synthetic(args.n, args.per_day)
    state = CountingDict()
    dedup = Deduplicator(state, horizon_days=args.horizon)
    gc.collect()
    rss_before = rss_kib()
    started, cpu_started = time.perf_counter(), time.process_time()
    verdicts = [dedup.check(a).dedup for a in articles]
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    gc.collect()
    rss_after = rss_kib()
    live = sum(1 for k in state if k.startswith("en|a|"))
    state_bytes = sum(len(k) + len(json.dumps(v, separators=(",", ":"))) for k, v in state.items())
    scale = 100_000 / max(live, 1)
    print(f"{args.n} articles in {elapsed:.1f} s: {args.n / elapsed:,.0f} articles/s, "
          f"{elapsed / args.n * 1000:.3f} ms each ({cpu / args.n * 1000:.3f} ms CPU); verdicts {dict(Counter(v.status for v in verdicts))}")
    print(f"mapping writes per article {state.writes / args.n:.2f}, deletes per article {state.deletes / args.n:.2f}")
    print(f"live articles {live:,} (horizon {args.horizon} d at {args.per_day:,}/d), keys {len(state):,}")
    print(f"per 100k live articles: {len(state) * scale:,.0f} keys, serialized state "
          f"{state_bytes * scale / 2**20:,.1f} MiB, RSS (mapping + indexes) {(rss_after - rss_before) * scale / 1024:,.1f} MiB")
    if hasattr(dedup, "forget_indexes"):
        again = rebuild_seconds(dedup, articles[-1])
        fresh = rebuild_seconds(Deduplicator(dict(state), horizon_days=args.horizon), articles[-1])
        print(f"index rebuild of {live:,} records: {again:.2f} s CPU after forget_indexes, {fresh:.2f} s from a copy")
    if args.verdicts:
        args.verdicts.write_text("".join(v.model_dump_json() + "\n" for v in verdicts))


if __name__ == "__main__":
    main()
