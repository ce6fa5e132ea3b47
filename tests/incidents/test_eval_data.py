"""The hand-labelled report groups of bench/data/incidents: grouped as labelled, and the same in any arrival order."""

import json
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from worker.incidents import IncidentResolver
from worker.incidents.seas import incident_key
from worker.models import Event

ROWS = [json.loads(line) for line in
        (Path(__file__).resolve().parents[2] / "bench" / "data" / "incidents" / "events.jsonl").read_text("utf-8").splitlines()
        if line.strip()]
EVENTS = [Event.model_validate(r["event"]) for r in ROWS]
EVENTS = [e.model_copy(update={"incident_key": incident_key(e.location, e.actors)}) for e in EVENTS]
LABELLED = frozenset(frozenset(r["event"]["article_id"] for r in ROWS if r["group"] == g) for g in {r["group"] for r in ROWS})


def partition(events):
    """The set of sets of article ids that end in one incident (a horizon over the whole set: see eval_incidents)."""
    resolver = IncidentResolver({}, horizon_days=90)
    for e in events:
        resolver.resolve(e)
    incidents = {}
    for e in events:
        incidents.setdefault(resolver.resolve(e).event.incident_id, set()).add(e.article_id)
    return frozenset(frozenset(ids) for ids in incidents.values())


def test_publication_order_gives_the_labelled_incidents():
    assert partition(sorted(EVENTS, key=lambda e: (e.published_at, e.event_id))) == LABELLED


@settings(max_examples=25, deadline=None)
@given(st.permutations(EVENTS))
def test_any_arrival_order_gives_the_same_incidents(order):
    assert partition(order) == LABELLED
