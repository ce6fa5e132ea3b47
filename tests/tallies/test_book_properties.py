"""Properties: any delivery order with redeliveries gives the tally of each incident's latest revision."""

from datetime import date, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from worker.tallies import TallyBook, TallyDefinition, fan_out
from worker.tallies.windows import counted_from

DEFS = [
    TallyDefinition.model_validate(d) for d in [
        {"id": "us", "title": "US", "filter": {"actors": [{"role": "target", "kind": "us_military"}]},
         "window": {"kind": "since", "since": "2024-01-08", "bucket": "week"}},
        {"id": "roll", "title": "Rolling", "window": {"kind": "rolling", "days": 5, "grace_days": 2}},
        {"id": "day", "title": "Daily", "filter": {"min_fatalities": 1},
         "window": {"kind": "calendar", "bucket": "day", "days": 4, "grace_days": 1}},
        {"id": "week", "title": "Weekly", "window": {"kind": "calendar", "bucket": "week", "days": 14}},
    ]
]
START = date(2024, 1, 1)

revision_fields = st.fixed_dictionaries({
    "day": st.integers(0, 30),
    "target": st.sampled_from(["us_military", "vessel", None]),
    "fatalities": st.one_of(st.none(), st.integers(0, 4)),
    "injuries": st.one_of(st.none(), st.integers(0, 3)),
    "status": st.sampled_from(["active", "active", "superseded"]),
})
histories = st.dictionaries(st.sampled_from("abcde"), st.lists(revision_fields, min_size=1, max_size=4), max_size=5)


def revisions(make, history, anchor_day):
    """Every revision of every incident, plus an anchor incident holding the latest event date, so the
    event-time watermark is the same however many older revisions are seen."""
    out = [make(f"inc_{name}", revision=i + 1, day=START + timedelta(days=min(r["day"], anchor_day)),
                target=r["target"], fatalities=r["fatalities"], injuries=r["injuries"], status=r["status"])
           for name, revs in history.items() for i, r in enumerate(revs)]
    return out + [make("anchor", day=START + timedelta(days=anchor_day), target=None)]


def latest(incidents):
    best = {}
    for inc in incidents:
        if inc.incident_id not in best or inc.revision > best[inc.incident_id].revision:
            best[inc.incident_id] = inc
    return list(best.values())


def final_view(contributions):
    """Tally id -> the last update's content, without its revision counter and change time."""
    book, view = TallyBook(DEFS, {}), {}
    for c in contributions:
        update = book.apply(c)
        if update is not None:
            view[update.tally_id] = update.model_dump(exclude={"revision", "updated_at"})
    return view


def deliveries(data, messages):
    """A shuffled delivery with redeliveries of random earlier messages at random later points."""
    order = data.draw(st.permutations(messages))
    for _ in range(data.draw(st.integers(0, 6))):
        if order:
            msg = data.draw(st.sampled_from(order))
            order.insert(data.draw(st.integers(0, len(order))), msg)
    return order


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(history=histories, anchor_day=st.integers(10, 30), data=st.data())
def test_any_delivery_equals_latest_revisions_once(incident, history, anchor_day, data):
    everything = revisions(incident, history, anchor_day)
    messages = [c for inc in everything for c in fan_out(DEFS, inc)]
    reference = final_view(c for inc in latest(everything) for c in fan_out(DEFS, inc))
    assert final_view(deliveries(data, messages)) == reference
    values = {tally_id: view["values"] for tally_id, view in reference.items()}
    assert values == oracle(latest(everything), START + timedelta(days=anchor_day))


def oracle(incidents, watermark):
    """Brute force: sum the matching contributions whose day lies in the counted part of the window."""
    expected = {}
    for d in DEFS:
        start = max(counted_from(d.window, watermark), d.window.since or START)
        totals = [0, 0, 0]
        for inc in incidents:
            [c] = fan_out([d], inc)
            if start <= c.day <= watermark:
                totals = [t + v for t, v in zip(totals, c.values.model_dump().values())]
        expected[d.id] = dict(zip(["incidents", "fatalities", "injuries"], totals))
    return expected


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(history=histories, anchor_day=st.integers(10, 30), data=st.data())
def test_replay_gives_identical_output_and_changes_nothing(incident, history, anchor_day, data):
    messages = deliveries(data, [c for inc in revisions(incident, history, anchor_day) for c in fan_out(DEFS, inc)])
    first_state, second_state = {}, {}
    first = [TallyBook(DEFS, first_state).apply(c) for c in messages]
    second = [TallyBook(DEFS, second_state).apply(c) for c in messages]
    assert first == second and first_state == second_state
    replay_book = TallyBook(DEFS, first_state)
    assert [replay_book.apply(c) for c in messages] == [None] * len(messages)
    assert first_state == second_state
