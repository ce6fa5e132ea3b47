"""Shipped tallies and rules together: incidents -> fan-out -> tally book -> tally and spike alerts."""

from datetime import date, timedelta

from worker.alerts import AlertEngine, load_rules
from worker.models import Count, Location
from worker.tallies import TallyBook, fan_out, load_tallies

TALLIES = load_tallies()
RULES = load_rules(tallies=TALLIES)
ERBIL = Location(name="Erbil", country_code="IQ", lat=36.19, lon=44.01)


def run(incidents, book, engine):
    alerts = []
    for inc in incidents:
        alerts += engine.on_incident(inc)
        for contribution in fan_out(TALLIES, inc):
            update = book.apply(contribution)
            if update is not None:
                alerts += engine.on_tally(update)
    return alerts


def attacks(incident, count, start=date(2024, 1, 1), fatalities=0):
    return [incident(f"inc_{start}_{i}", fatalities=fatalities).model_copy(update={
        "location": ERBIL, "event_date": start + timedelta(days=i // 3),
        "fatalities": Count(value=fatalities) if fatalities else None}) for i in range(count)]


def test_milestones_fire_once_and_a_replay_adds_nothing(incident):
    book, engine = TallyBook(TALLIES, tally_state := {}), AlertEngine(RULES, alert_state := {})
    incidents = attacks(incident, 52)
    alerts = run(incidents, book, engine)
    milestones = [a for a in alerts if a.rule_id == "us-forces-milestone"]
    assert sorted((a.tally.tally_id, a.key_figures["level"]) for a in milestones) == [
        ("us-forces-iq-sy", 25), ("us-forces-iq-sy", 50), ("us-forces-region", 25), ("us-forces-region", 50)]
    assert len([a for a in alerts if a.rule_id == "us-forces-attacked"]) == 52
    sent = {(a.alert_id, a.revision): a for a in alerts}
    replayed = run(incidents, TallyBook(TALLIES, tally_state), AlertEngine(RULES, alert_state))
    assert all(sent.get((a.alert_id, a.revision)) == a for a in replayed)  # repeats at most, never new ones


def test_a_deadly_day_in_iraq_is_a_spike(incident):
    book, engine = TallyBook(TALLIES, {}), AlertEngine(RULES, {})
    quiet = attacks(incident, 21, start=date(2024, 1, 1), fatalities=1)  # three deaths a day for a week
    deadly = attacks(incident, 3, start=date(2024, 1, 8), fatalities=5)  # then 5, 10, 15 on the 8th
    spikes = [a for a in run(quiet + deadly, book, engine) if a.rule_id == "fatalities-spike"]
    assert [(a.revision, a.key_figures["today"], a.key_figures["baseline"]) for a in spikes] == [
        (1, 10, "3.00"), (2, 15, "3.00")]
    assert len({a.alert_id for a in spikes}) == 1 and spikes[0].tally.tally_id == "fatalities-daily:IQ"
