from datetime import date, datetime, timedelta, timezone

import pytest

from worker.models import ReportedValue, TallyContribution
from worker.tallies import TallyBook, TallyDefinition, fan_out
from worker.tallies.reported import SERIES_LIMIT

SINCE = TallyDefinition.model_validate({"id": "us", "title": "US", "window": {"kind": "since", "since": "2024-01-05"},
                                        "filter": {"actors": [{"role": "target", "kind": "us_military"}]}})
ROLLING = TallyDefinition.model_validate({"id": "r3", "title": "3 days",
                                          "window": {"kind": "rolling", "days": 3, "grace_days": 1}})
DAILY = TallyDefinition.model_validate({"id": "d", "title": "Daily",
                                        "window": {"kind": "calendar", "bucket": "day", "days": 5}})
WEEKLY = TallyDefinition.model_validate({"id": "w", "title": "Weekly",
                                         "window": {"kind": "since", "since": "2024-01-01", "bucket": "week"}})
DEFS = [SINCE, ROLLING, DAILY, WEEKLY]


def feed(book, *incidents):
    """Every tally update the incidents produce, by tally id (latest wins)."""
    updates = {}
    for inc in incidents:
        for c in fan_out(DEFS, inc):
            update = book.apply(c)
            if update is not None:
                updates[update.tally_id] = update
    return updates


@pytest.fixture
def book():
    return TallyBook(DEFS, {})


def test_counts_incidents_fatalities_injuries(book, incident):
    feed(book, incident("a", fatalities=2, injuries=1))
    up = feed(book, incident("b", fatalities=3, day=date(2024, 1, 11)))["us"]
    assert up.values.model_dump() == {"incidents": 2, "fatalities": 5, "injuries": 1}
    assert up.contributing_incidents == 2 and up.as_of == date(2024, 1, 11) and up.revision == 2
    assert up.window.kind == "since" and up.buckets == []
    assert up.updated_at == datetime(2024, 1, 11, 12, 1, tzinfo=timezone.utc)


def test_revision_replaces_and_stale_or_repeated_revisions_change_nothing(book, incident):
    feed(book, incident("a", revision=1, fatalities=2))
    up = feed(book, incident("a", revision=2, fatalities=5))["us"]
    assert up.values.fatalities == 5 and up.values.incidents == 1 and up.revision == 2
    assert feed(book, incident("a", revision=2, fatalities=5)) == {}
    assert feed(book, incident("a", revision=1, fatalities=2)) == {}
    gone = feed(book, incident("a", revision=3, target="vessel"))["us"]
    assert gone.values.incidents == 0 and gone.revision == 3
    assert feed(book, incident("a", revision=2, fatalities=5)) == {}


def test_superseded_incident_is_removed(book, incident):
    feed(book, incident("a", fatalities=2), incident("b", fatalities=1))
    up = feed(book, incident("a", revision=2, status="superseded"))["us"]
    assert up.values.model_dump() == {"incidents": 1, "fatalities": 1, "injuries": 0}


def test_unchanged_revision_emits_nothing(book, incident):
    feed(book, incident("a", revision=1, fatalities=2))
    assert feed(book, incident("a", revision=2, fatalities=2)) == {}


def test_before_since_not_counted(book, incident):
    up = feed(book, incident("a", day=date(2024, 1, 4)))
    assert "us" not in up or up["us"].values.incidents == 0
    assert feed(book, incident("b", day=date(2024, 1, 5)))["us"].values.incidents == 1


def test_rolling_window_sums_last_days_and_evicts_beyond_grace(book, incident):
    feed(book, *(incident(f"i{d}", day=date(2024, 1, d)) for d in (1, 2, 3, 4)))
    up = book.apply(next(c for c in fan_out(DEFS, incident("i5", day=date(2024, 1, 5))) if c.tally_id == "r3"))
    assert up.values.incidents == 3  # 3rd, 4th, 5th
    assert [b.start.day for b in up.buckets] == [2, 3, 4, 5]  # one grace day kept
    late = [c for c in fan_out(DEFS, incident("late", day=date(2024, 1, 1))) if c.tally_id == "r3"]
    assert book.apply(late[0]) is None  # older than window + grace
    grace = [c for c in fan_out(DEFS, incident("g", day=date(2024, 1, 2))) if c.tally_id == "r3"]
    up = book.apply(grace[0])
    assert up.values.incidents == 3 and up.buckets[0].values.incidents == 2


def test_rolling_value_drops_as_the_watermark_advances(book, incident):
    feed(book, incident("a", day=date(2024, 1, 1)), incident("b", day=date(2024, 1, 2), target=None))
    up = feed(book, incident("c", day=date(2024, 1, 9), target="vessel"))["r3"]
    assert up.values.incidents == 1 and up.as_of == date(2024, 1, 9)


def test_calendar_value_is_the_watermark_bucket_with_a_dense_series(book, incident):
    feed(book, incident("a", day=date(2024, 1, 8), fatalities=4), incident("b", day=date(2024, 1, 10)))
    up = feed(book, incident("c", day=date(2024, 1, 10), fatalities=1))["d"]
    assert up.values.model_dump() == {"incidents": 2, "fatalities": 1, "injuries": 0}
    assert [(b.start.day, b.values.incidents) for b in up.buckets] == [(6, 0), (7, 0), (8, 1), (9, 0), (10, 2)]


def test_week_buckets_start_on_monday(book, incident):
    up = feed(book, incident("a", day=date(2024, 1, 10)), incident("b", day=date(2024, 1, 16)))["w"]
    assert [(b.start.day, b.values.incidents) for b in up.buckets] == [(1, 0), (8, 1), (15, 1)]  # dense from since
    assert up.values.incidents == 2


def test_moving_an_incident_to_another_day_moves_its_bucket(book, incident):
    feed(book, incident("a", revision=1, day=date(2024, 1, 9)))
    up = feed(book, incident("a", revision=2, day=date(2024, 1, 10)))["d"]
    assert [b.values.incidents for b in up.buckets][-2:] == [0, 1]


def test_unknown_tally_is_ignored(book, incident):
    c = fan_out(DEFS, incident())[0].model_copy(update={"tally_id": "gone"})
    assert book.apply(c) is None


def point(value, as_of, article, attribution="Pentagon"):
    reported = ReportedValue(value=value, as_of=as_of, attribution=attribution, source="Wire", article_id=article)
    return TallyContribution(contribution_id=f"c{article}", tally_id="us", kind="figure", reported=reported,
                             reported_at=datetime(2024, 2, 1, tzinfo=timezone.utc))


def test_reported_figures_deduplicated_by_figure_not_outlet(book):
    first = book.apply(point(100, date(2024, 1, 20), "art_b"))
    assert [r.value for r in first.reported] == [100] and first.revision == 1
    assert book.apply(point(100, date(2024, 1, 20), "art_c")) is None
    smaller = book.apply(point(100, date(2024, 1, 20), "art_a"))
    assert [r.article_id for r in smaller.reported] == ["art_a"]
    later = book.apply(point(120, date(2024, 1, 30), "art_d"))
    assert [r.value for r in later.reported] == [100, 120] and later.values.incidents == 0


def test_reported_series_is_bounded(book):
    start = date(2023, 1, 1)
    for i in range(SERIES_LIMIT + 5):
        book.apply(point(i, start + timedelta(days=i), f"art_{i:04}"))
    up = book.apply(point(999, start + timedelta(days=999), "art_x"))
    assert len(up.reported) == SERIES_LIMIT and up.reported[-1].value == 999
    assert book.apply(point(1, start, "art_old")) is None


def test_state_is_plain_json_with_small_keys(book, incident):
    import json
    state = {}
    book = TallyBook(DEFS, state)
    feed(book, incident("a", fatalities=1), incident("a", revision=2))
    book.apply(point(5, date(2024, 1, 20), "art_b"))
    json.dumps(state)
    assert sorted(k.split("|")[0] for k in state) == ["ta"] * 4 + ["tc"] + ["tr"]  # one tc| key per incident
    assert len(state[f"tc|{incident('a').incident_id}"]) == 4


def test_aggregate_state_stays_bounded_for_rolling_and_calendar(incident):
    state = {}
    book = TallyBook(DEFS, state)
    for i in range(40):
        feed(book, incident(f"i{i}", day=date(2024, 1, 1) + timedelta(days=i), fatalities=1))
    assert len(state["ta|r3"]["b"]) == 4  # 3 days + 1 grace day
    assert len(state["ta|d"]["b"]) == 5


def test_an_incident_share_is_written_after_the_totals_it_went_into(incident):
    """A changelog cut short keeps a prefix of a step's writes: a share stored without its totals would make the
    redelivered contribution look applied and the incident would never be counted."""
    from worker.state import WriteBack

    class Recording(dict):
        def __init__(self) -> None:
            super().__init__()
            self.order = []

        def __setitem__(self, key, value) -> None:
            self.order.append(key.split("|")[0])
            super().__setitem__(key, value)

    state = Recording()
    held = WriteBack(state)
    book = TallyBook(DEFS, held)
    for contribution in fan_out(DEFS, incident("a", fatalities=2)):
        book.apply(contribution)
    held.flush()
    assert state.order[-1] == "tc" and state.order.count("tc") == 1 and set(state.order[:-1]) == {"ta"}


def test_a_redelivered_contribution_is_recognised(book, incident):
    [first] = [c for c in fan_out(DEFS, incident("a", fatalities=2)) if c.tally_id == "d"]
    assert not book.already_applied(first)
    book.apply(first)
    assert book.already_applied(first)
    [newer] = [c for c in fan_out(DEFS, incident("a", fatalities=3, revision=2)) if c.tally_id == "d"]
    assert not book.already_applied(newer)
