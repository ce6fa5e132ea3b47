"""Pairwise precision/recall/F1 and near-miss merges of incident resolution over a labelled set.

Mode `events` (default) reads hand-labelled Event records (bench/data/incidents/events.jsonl), so the figures
do not depend on extraction quality; it runs them in publication order and in `--shuffles` random orders.
Mode `articles` runs labelled raw articles through `worker.extract.default_extractor` first.

    python bench/eval_incidents.py [--shuffles 20] [--mode articles --articles FILE --labels FILE]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from worker.incidents import IncidentResolver  # noqa: E402
from worker.incidents.seas import incident_key  # noqa: E402
from worker.models import Event  # noqa: E402

DATA = Path(__file__).with_name("data") / "incidents"


def load_events(path: Path) -> list[tuple[str, Event]]:
    """The labelled events, keyed as the extractor keys them now (the file keeps the keys it was written with)."""
    rows = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    events = [(row["group"], Event.model_validate(row["event"])) for row in rows]
    return [(group, e.model_copy(update={"incident_key": incident_key(e.location, e.actors)})) for group, e in events]


def events_from_articles(articles: Path, labels: Path) -> list[tuple[str, Event]]:
    from worker.extract import default_extractor
    from worker.ingest import prepare
    from worker.models import RawArticle

    groups = json.loads(labels.read_text("utf-8"))
    extractor = default_extractor()
    labelled = []
    for line in articles.read_text("utf-8").splitlines():
        raw = RawArticle.model_validate_json(line)
        if raw.id not in groups:
            continue
        try:
            events = extractor.extract(prepare(raw)).events
        except Exception as error:  # an extractor still being built must not hide the other articles' figures
            print(f"skipped {raw.id}: {type(error).__name__}: {error}", file=sys.stderr)
            continue
        labelled += [(groups[raw.id], e) for e in events if e.status == "new" and e.salience == "primary"]
    return labelled


def resolve(labelled: list[tuple[str, Event]]) -> dict[str, str]:
    """Event id -> final incident id (after late merges: asking again follows the event's link). The horizon
    spans the whole set: a shuffle delivers reports weeks late, which would measure eviction, not grouping."""
    days = sorted(event.published_at.date() for _, event in labelled)
    resolver = IncidentResolver({}, horizon_days=max(30, (days[-1] - days[0]).days + 1) if days else 30)
    for _, event in labelled:
        resolver.resolve(event)
    return {event.event_id: resolver.resolve(event).event.incident_id for _, event in labelled}


def score(labelled: list[tuple[str, Event]], predicted: dict[str, str],
          near_misses: list[dict[str, str]]) -> dict[str, float]:
    truth = {event.event_id: group for group, event in labelled}
    tp = fp = fn = 0
    for a, b in combinations(sorted(truth), 2):
        same_truth, same_pred = truth[a] == truth[b], predicted[a] == predicted[b]
        tp += same_truth and same_pred
        fp += same_pred and not same_truth
        fn += same_truth and not same_pred
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    incidents_of = {}
    for event_id, group in truth.items():
        incidents_of.setdefault(group, set()).add(predicted[event_id])
    wrong = [m for m in near_misses if incidents_of.get(m["a"], set()) & incidents_of.get(m["b"], set())]
    return {"precision": precision, "recall": recall, "f1": f1, "near_miss_merges": len(wrong),
            "incidents": len(set(predicted.values())), "groups": len(incidents_of), "wrong": wrong}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mode", choices=["events", "articles"], default="events")
    parser.add_argument("--events", type=Path, default=DATA / "events.jsonl")
    parser.add_argument("--articles", type=Path, default=ROOT / "worker" / "data" / "samples" / "articles.jsonl")
    parser.add_argument("--labels", type=Path, default=DATA / "article_groups.json")
    parser.add_argument("--near-misses", type=Path, default=DATA / "near_misses.json")
    parser.add_argument("--shuffles", type=int, default=20)
    args = parser.parse_args()

    if args.mode == "events":
        labelled = load_events(args.events)
    else:
        labelled = events_from_articles(args.articles, args.labels)
    near_misses = json.loads(args.near_misses.read_text("utf-8"))["near_misses"]
    in_order = sorted(labelled, key=lambda row: (row[1].published_at, row[1].event_id))
    runs = [("publication order", in_order)]
    rng = random.Random(7)
    for n in range(args.shuffles):
        shuffled = list(labelled)
        rng.shuffle(shuffled)
        runs.append((f"shuffle {n + 1}", shuffled))
    results = [(name, score(labelled, resolve(order), near_misses)) for name, order in runs]
    print(f"{len(labelled)} events, {results[0][1]['groups']} labelled incidents, {len(near_misses)} near-miss pairs")
    for name, r in results[:1]:
        print(f"{name:>18}: P={r['precision']:.3f} R={r['recall']:.3f} F1={r['f1']:.3f} "
              f"incidents={r['incidents']} near-miss merges={r['near_miss_merges']}")
        for miss in r["wrong"]:
            print(f"   wrong merge: {miss['a']} + {miss['b']} ({miss['why']})")
    if len(results) > 1:
        f1s = [r["f1"] for _, r in results[1:]]
        merges = [r["near_miss_merges"] for _, r in results[1:]]
        print(f"{len(f1s):>3} random orders: F1 min={min(f1s):.3f} mean={sum(f1s) / len(f1s):.3f}; "
              f"near-miss merges max={max(merges)}")


if __name__ == "__main__":
    main()
