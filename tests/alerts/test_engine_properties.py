"""Properties: alerts fire once per rule and incident, revisions are updates, redelivery repeats, never changes."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from worker.alerts import AlertEngine, load_rules

RULES = [r for r in load_rules() if r.kind == "incident"]

revision_fields = st.fixed_dictionaries({
    "target": st.sampled_from(["us_military", "vessel", "state_forces"]),
    "fatalities": st.one_of(st.none(), st.integers(0, 12)),
    "leader_killed": st.booleans(),
    "status": st.sampled_from(["active", "active", "superseded"]),
})
histories = st.dictionaries(st.sampled_from("abcd"), st.lists(revision_fields, min_size=1, max_size=4), max_size=4)


def all_revisions(make, history):
    return [make(f"inc_{name}", revision=i + 1, **fields)
            for name, revs in history.items() for i, fields in enumerate(revs)]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(history=histories, data=st.data())
def test_consumer_view_follows_each_incidents_latest_revision(incident, history, data):
    revisions = all_revisions(incident, history)
    delivery = data.draw(st.permutations(revisions))
    for _ in range(data.draw(st.integers(0, 6))):
        if delivery:
            delivery.insert(data.draw(st.integers(0, len(delivery))), data.draw(st.sampled_from(delivery)))

    def run(engine):
        return [alert for inc in delivery for alert in engine.on_incident(inc)]

    state = {}
    emitted = run(AlertEngine(RULES, state))
    assert emitted == run(AlertEngine(RULES, {}))  # deterministic: stream and batch agree
    first = {}
    for alert in emitted:  # an (alert id, revision) sent again (redelivery) is the same alert
        assert first.setdefault((alert.alert_id, alert.revision), alert) == alert
    replayed = run(AlertEngine(RULES, state))  # replay into the same state: nothing new
    assert all(first.get((a.alert_id, a.revision)) == a for a in replayed)

    view = {}
    for alert in emitted:
        assert alert.revision >= view.get(alert.alert_id, (0, None))[0]  # revisions never go back per alert
        view[alert.alert_id] = (alert.revision, alert)

    latest = {inc.incident_id: inc for inc in sorted(revisions, key=lambda inc: inc.revision)}
    live = {(a.rule_id, a.incident.incident_id) for _, a in view.values() if not a.retracted}
    expected = {(r.id, inc.incident_id) for inc in latest.values() for r in RULES if r.when.matches(inc)}
    assert live == expected
    for _, alert in view.values():
        assert alert.retracted or alert.incident.revision == latest[alert.incident.incident_id].revision
