from datetime import datetime, timezone

import pytest

from worker.alerts import AlertEngine, load_rules
from worker.ids import stable_id

RULES = [r for r in load_rules() if r.id in ("us-forces-attacked", "deadly-incident")]


@pytest.fixture
def engine():
    return AlertEngine(RULES, {})


def test_fires_once_per_rule_and_incident_with_a_full_payload(engine, incident):
    [alert] = engine.on_incident(incident(fatalities=2, outlets=("Wire A", "Wire B")))
    assert alert.alert_id == stable_id("alr", "us-forces-attacked", "inc_1") and alert.revision == 1
    assert alert.kind == "incident" and alert.severity == "critical" and not alert.retracted
    assert alert.title == "Attack on US forces near Tower 22 (2024-01-28)"
    assert "at least 2 killed, an unknown number injured" in alert.summary
    assert "attributed to Islamic Resistance in Iraq" in alert.summary
    assert alert.location.lat == 33.32 and alert.location.lon == 38.69
    assert [(s.outlet, s.url, s.language) for s in alert.sources] == [
        ("Wire A", "https://news.example/0", "en"), ("Wire B", "https://news.example/1", "en")]
    assert alert.evidence == ["A drone struck a base housing US troops near the Syrian border.",
                              "Three soldiers were killed."]
    assert alert.key_figures["fatalities"] == 2 and alert.key_figures["fatalities_qualifier"] == "at_least"
    assert alert.incident.incident_id == "inc_1"
    assert alert.triggered_at == datetime(2024, 1, 28, 7, tzinfo=timezone.utc)  # last_reported_at, event time


def test_revision_updates_the_same_alert_and_redelivery_repeats_it_identically(engine, incident):
    [first] = engine.on_incident(incident(revision=1))
    assert engine.on_incident(incident(revision=1)) == [first]  # its first send may have died with the worker
    [update] = engine.on_incident(incident(revision=2, outlets=("Wire A", "Wire C")))
    assert update.revision == 2 and update.alert_id == stable_id("alr", "us-forces-attacked", "inc_1")
    assert engine.on_incident(incident(revision=2, outlets=("Wire A", "Wire C"))) == [update]
    assert engine.on_incident(incident(revision=1)) == []  # stale


def test_a_repeated_revision_repeats_only_the_alerts_sent_for_it(engine, incident):
    engine.on_incident(incident(revision=1, fatalities=4))  # both rules fire
    retracted = engine.on_incident(incident(revision=2, fatalities=4, target="state_forces"))
    assert {a.rule_id: a.retracted for a in retracted} == {"us-forces-attacked": True, "deadly-incident": False}
    [deadly] = engine.on_incident(incident(revision=3, fatalities=5, target="state_forces"))
    assert engine.on_incident(incident(revision=3, fatalities=5, target="state_forces")) == [deadly]


def test_second_rule_fires_when_a_revision_starts_matching(engine, incident):
    engine.on_incident(incident(revision=1, fatalities=1))
    alerts = {a.rule_id: a for a in engine.on_incident(incident(revision=2, fatalities=4))}
    assert alerts["us-forces-attacked"].revision == 2 and alerts["deadly-incident"].revision == 1


def test_retracted_once_when_no_longer_matching_then_revived(engine, incident):
    engine.on_incident(incident(revision=1))
    [retraction] = engine.on_incident(incident(revision=2, target="state_forces"))
    assert retraction.retracted and retraction.revision == 2
    assert engine.on_incident(incident(revision=3, target="state_forces")) == []
    [revived] = engine.on_incident(incident(revision=4))
    assert not revived.retracted and revived.revision == 3


def test_superseded_incident_is_retracted(engine, incident):
    engine.on_incident(incident(revision=1, fatalities=5))
    alerts = engine.on_incident(incident(revision=2, fatalities=5, status="superseded"))
    assert sorted(a.rule_id for a in alerts) == ["deadly-incident", "us-forces-attacked"]
    assert all(a.retracted for a in alerts)


def test_a_later_non_matching_revision_keeps_an_older_redelivery_out(engine, incident):
    assert engine.on_incident(incident(revision=2, target="state_forces")) == []
    assert engine.on_incident(incident(revision=1)) == []


def test_non_matching_first_revision_leaves_no_state(incident):
    state = {}
    assert AlertEngine(RULES, state).on_incident(incident(target="state_forces")) == []
    assert state == {}


def test_same_input_gives_identical_alerts(incident):
    revisions = [incident(revision=r, fatalities=r) for r in (1, 2, 3)]
    engine_a, engine_b = AlertEngine(RULES, {}), AlertEngine(RULES, {})
    a = [x for inc in revisions for x in engine_a.on_incident(inc)]
    b = [x for inc in revisions for x in engine_b.on_incident(inc)]
    assert a == b and [x.revision for x in a] == [1, 2, 3, 1]
