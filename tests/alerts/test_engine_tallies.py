from datetime import date, timedelta

import pytest

from worker.alerts import AlertEngine, load_rules
from worker.ids import stable_id

RULES = [r for r in load_rules() if r.kind != "incident"]


@pytest.fixture
def engine():
    return AlertEngine(RULES, {})


def test_milestone_fires_once_per_level(engine, update):
    assert engine.on_tally(update(revision=1, incidents=24)) == []
    [alert] = engine.on_tally(update(revision=2, incidents=25))
    assert alert.alert_id == stable_id("alr", "us-forces-milestone", "us-forces-iq-sy", 25)
    assert alert.kind == "tally" and alert.title == "Us-Forces-Iq-Sy: 25 attacks"
    assert alert.key_figures["value"] == 25 and alert.tally.revision == 2
    assert engine.on_tally(update(revision=3, incidents=26)) == []
    assert engine.on_tally(update(revision=4, incidents=24)) == []
    assert engine.on_tally(update(revision=5, incidents=25)) == []  # a cumulative level never re-fires


def test_jump_over_levels_fires_the_highest(engine, update):
    [alert] = engine.on_tally(update(revision=1, incidents=77))
    assert alert.key_figures["level"] == 75


def test_older_update_is_ignored_and_a_redelivered_one_repeats_its_alert(engine, update):
    [fired] = engine.on_tally(update(revision=2, incidents=30))
    assert engine.on_tally(update(revision=2, incidents=30)) == [fired]
    engine.on_tally(update(revision=3, incidents=31))
    assert engine.on_tally(update(revision=3, incidents=31)) == []  # nothing was sent for revision 3
    assert engine.on_tally(update(revision=1, incidents=10)) == []
    assert engine.on_tally(update(revision=3, incidents=49)) == []


def test_threshold_on_rolling_tally_rearms_after_cooldown(engine, update):
    day = date(2024, 1, 10)
    [first] = engine.on_tally(update("all-incidents-7d", 1, incidents=55, kind="rolling", as_of=day))
    assert first.key_figures["level"] == 50
    assert engine.on_tally(update("all-incidents-7d", 2, incidents=40, kind="rolling", as_of=day)) == []
    cooling = update("all-incidents-7d", 3, incidents=52, kind="rolling", as_of=day + timedelta(days=1))
    assert engine.on_tally(cooling) == []  # 3-day cool-down, in event time
    [again] = engine.on_tally(update("all-incidents-7d", 4, incidents=52, kind="rolling", as_of=day + timedelta(3)))
    assert again.alert_id != first.alert_id and again.key_figures["level"] == 50


def daily(update, revision, today, before=(1, 2, 1, 0, 2, 1, 1), day=date(2024, 1, 28)):
    """A fatalities-daily:IQ update: seven earlier days, then today."""
    return update("fatalities-daily:IQ", revision, fatalities=today, kind="calendar", as_of=day,
                  buckets=(*before, today))


def test_spike_fires_then_updates_the_same_alert_while_the_day_grows(engine, update):
    assert engine.on_tally(daily(update, 1, 5)) == []  # below min_count
    [alert] = engine.on_tally(daily(update, 2, 12))
    assert alert.kind == "spike" and alert.revision == 1
    assert alert.alert_id == stable_id("alr", "fatalities-spike", "fatalities-daily:IQ", date(2024, 1, 28))
    assert alert.summary == "12 deaths on 2024-01-28 against a 7-day mean of 1.1 (10.5x)."
    assert engine.on_tally(daily(update, 3, 12)) == []
    [grown] = engine.on_tally(daily(update, 4, 20))
    assert grown.alert_id == alert.alert_id and grown.revision == 2


def test_spike_needs_factor_over_baseline_and_respects_cooldown(engine, update):
    assert engine.on_tally(daily(update, 1, 12, before=(5, 5, 5, 5, 5, 5, 5))) == []  # 12 < 3 x 5
    [alert] = engine.on_tally(daily(update, 2, 16, before=(5, 5, 5, 5, 5, 5, 5)))
    next_day = daily(update, 3, 40, before=(5, 5, 5, 5, 5, 5, 16), day=date(2024, 1, 29))
    assert engine.on_tally(next_day) == []  # 2-day cool-down
    later = daily(update, 4, 40, before=(5, 5, 5, 5, 5, 16, 0), day=date(2024, 1, 30))
    [second] = engine.on_tally(later)
    assert second.alert_id != alert.alert_id


def test_unwatched_tally_is_ignored(engine, update):
    assert engine.on_tally(update("leaders-killed", 1, incidents=500)) == []
