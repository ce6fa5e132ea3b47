"""One mapping write per article, and in-memory indexes that a rebuild from the mapping reproduces exactly."""

import json
import random
from collections.abc import MutableMapping

import faust
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from worker.dedup import Deduplicator
from worker.dedup.store import DedupStore
from worker.state import WriteBack

from .factory import STORY, article, story


class TableLike(MutableMapping):
    """Counts writes and deletes (changelog records) and iterates in a shuffled order, as a faust table may."""

    def __init__(self, data: dict | None = None, seed: int = 0) -> None:
        self.data = dict(data or {})
        self.rng = random.Random(seed)
        self.writes = self.deletes = 0

    def __getitem__(self, key):
        return self.data[key]

    def __setitem__(self, key, value) -> None:
        self.writes += 1
        self.data[key] = value

    def __delitem__(self, key) -> None:
        self.deletes += 1
        del self.data[key]

    def __iter__(self):
        keys = list(self.data)
        self.rng.shuffle(keys)
        return iter(keys)

    def __len__(self) -> int:
        return len(self.data)


def recovered(state: MutableMapping, seed: int = 1) -> TableLike:
    """What a fresh worker reads back from a JSON changelog: same records, no order, lists for tuples."""
    return TableLike(json.loads(json.dumps(dict(state))), seed)


BODIES = [
    story(),
    story(STORY[:-1]),
    story(STORY + ["A hospital official later said a fifth man died of his wounds overnight."]),
    STORY[0],
    story([STORY[1], STORY[0], STORY[5], STORY[2]]),
    story().replace("four people", "five people"),
    "Bayern Munich won 3-1 on Saturday after Kane struck twice in the second half.",
    "Rockets struck an air base in western Anbar province, a security source said, with no casualties reported.",
]
HEADLINES = ["Drone strike hits militia base in Baghdad", "UPDATE 1-Drone strike kills 5 at militia base in Baghdad",
             "FLASH: Drone strike kills 3 at militia base", "Bayern beat Dortmund", ""]

steps = st.lists(st.tuples(st.integers(0, 11), st.integers(0, len(BODIES) - 1), st.integers(0, len(HEADLINES) - 1),
                           st.integers(0, 12), st.sampled_from(["Wire", "Other"]), st.sampled_from([None, "S1", "S2"])),
                 min_size=1, max_size=40)


def articles_of(plan):
    return [article(f"id{n}", BODIES[body], headline=HEADLINES[headline], days=day, source=source, story_id=story_id)
            for n, body, headline, day, source, story_id in plan]


def index_view(store: DedupStore) -> dict:
    """Everything a verdict can depend on, order included where lookups depend on it."""
    return {"day_of": store.day_of, "days": {d: set(ids) for d, ids in store.days.items()},
            "hashes": dict(store.hashes), "bands": dict(store.band_index), "stories": dict(store.stories),
            "recent": dict(store.recent_ids), "tokens": store.tokens, "watermark": store.watermark}


@settings(max_examples=60, deadline=None)
@given(steps, st.lists(st.tuples(st.integers(0, 40), st.booleans()), max_size=3))
def test_forgetting_or_recovering_the_indexes_never_changes_a_verdict(plan, breaks):
    items = articles_of(plan)
    uninterrupted = Deduplicator({}, horizon_days=3)
    reference = [uninterrupted.check(a).dedup for a in items]
    state = TableLike()
    dedup = Deduplicator(state, horizon_days=3)
    verdicts = []
    for n, item in enumerate(items):
        for _, forget in [b for b in breaks if b[0] == n]:
            if forget:
                dedup.forget_indexes()
            else:
                state = recovered(state, seed=n)
                dedup = Deduplicator(state, horizon_days=3)
        verdicts.append(dedup.check(item).dedup)
    assert verdicts == reference


@settings(max_examples=40, deadline=None)
@given(steps)
def test_live_indexes_equal_a_rebuild_from_the_mapping(plan):
    state = TableLike()
    dedup = Deduplicator(state, horizon_days=3)
    for item in articles_of(plan):
        dedup.check(item)
        rebuilt = DedupStore(recovered(state), "en", horizon_days=3, bands=16, rows=3)
        assert index_view(dedup._store("en")) == index_view(rebuilt)


def test_each_new_article_costs_one_mapping_write_and_a_redelivery_none():
    state = TableLike()
    dedup = Deduplicator(state)
    items = articles_of([(n, n % len(BODIES), n % len(HEADLINES), 0, "Wire", "S1") for n in range(12)])
    for item in items:
        dedup.check(item)
    assert (state.writes, state.deletes) == (12, 0)
    for item in items:
        dedup.check(item)
    assert (state.writes, state.deletes) == (12, 0)


def test_expiry_deletes_each_record_once_and_empties_the_indexes():
    state = TableLike()
    dedup = Deduplicator(state, horizon_days=2)
    for n in range(10):
        dedup.check(article(f"old{n}", BODIES[n % len(BODIES)], source=f"s{n}", story_id=f"S{n}"))
    dedup.check(article("new", "Filler text about the weather next week.", headline="", days=5))
    assert list(state) == ["en|a|new"] and state.deletes == 10
    store = dedup._store("en")
    assert set(store.hashes) == {state["en|a|new"]["h"]}
    assert not store.stories and not store.recent_ids and not store.tokens and set(store.day_of) == {"new"}


def test_records_written_before_a_recovery_are_found_after_it():
    state = {}
    Deduplicator(state).check(article("a", story(), story_id="S1"))
    fresh = Deduplicator(recovered(state))
    copy, take = fresh.check(article("b", story(), source="Other")), fresh.check(
        article("c", "Rewritten take with new wording throughout.", headline="Other words", story_id="S1"))
    assert (copy.dedup.status, copy.dedup.of, copy.dedup.method) == ("duplicate", "a", "exact_hash")
    assert (take.dedup.status, take.dedup.of, take.dedup.method) == ("version", "a", "story_id")


def test_redelivery_after_a_recovery_returns_the_first_verdict():
    state = {}
    dedup = Deduplicator(state)
    first = [dedup.check(a).dedup for a in (article("a", story()), article("b", story()))]
    fresh = Deduplicator(recovered(state))
    assert [fresh.check(a).dedup for a in (article("a", story()), article("b", story()))] == first


def test_mapping_values_are_plain_json():
    state = {}
    dedup = Deduplicator(state)
    for item in articles_of([(n, n % len(BODIES), n % len(HEADLINES), 0, "Wire", "S1") for n in range(12)]):
        dedup.check(item)
    assert json.loads(json.dumps(state)) == state


def test_a_rebuild_reads_only_its_own_dedup_key():
    state = {}
    dedup = Deduplicator(state)
    dedup.check(article("a", story()))
    dedup.check(article("b", story(), language="de"))
    fresh = Deduplicator(recovered(state))
    assert fresh.check(article("c", story())).dedup.of == "a"
    assert fresh.check(article("d", story(), language="de")).dedup.of == "b"


def test_a_faust_table_is_rebuilt_like_a_dict():
    state = {}
    dedup = Deduplicator(state)
    items = articles_of([(n, n % len(BODIES), n % len(HEADLINES), n // 2, "Wire", "S1") for n in range(12)])
    verdicts = [dedup.check(item).dedup for item in items]
    app = faust.App("dedup-test", broker="kafka://127.0.0.1:1", store="memory://", autodiscover=False)
    table = app.Table("dedup", default=None, partitions=1,
                      schema=faust.Schema(key_serializer="json", value_serializer="json"))
    for key, value in json.loads(json.dumps(state)).items():
        table.data[key] = value  # what changelog recovery does; a table assignment needs a stream event
    rebuilt = DedupStore(table, "en", horizon_days=7, bands=16, rows=3)
    assert index_view(rebuilt) == index_view(dedup._store("en"))
    assert [Deduplicator(table).check(item).dedup for item in items] == verdicts  # redeliveries: no writes


def test_a_failed_step_leaves_nothing_behind(monkeypatch):
    items = articles_of([(n, n % len(BODIES), n % len(HEADLINES), n // 3, "Wire", "S1") for n in range(12)])
    reference = Deduplicator({}, horizon_days=2)
    expected = [reference.check(item).dedup for item in items[:6] + items[7:]]
    held = WriteBack({})
    dedup = Deduplicator(held, horizon_days=2)
    put = DedupStore.put

    def put_then_fail(self, *args, **kwargs):
        put(self, *args, **kwargs)
        raise RuntimeError("step failed after indexing")

    verdicts = []
    for n, item in enumerate(items):
        if n == 6:
            monkeypatch.setattr(DedupStore, "put", put_then_fail)
            with pytest.raises(RuntimeError):
                dedup.check(item)
            held.discard()
            monkeypatch.setattr(DedupStore, "put", put)
            continue
        verdicts.append(dedup.check(item).dedup)
        held.flush()
    assert verdicts == expected
