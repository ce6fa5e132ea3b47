"""The dashboard view: latest revisions, bounds, joins and the changes it broadcasts."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from worker.dashboard.view import DashboardView, Limits

from .builders import alert, dead_letter, incident, tally


def test_alert_keeps_the_highest_revision_and_its_history():
    view = DashboardView()
    assert [c["type"] for c in view.apply(alert(revision=1))] == ["incident", "alert"]
    assert view.apply(alert(revision=3))[0]["data"]["revision"] == 3
    assert view.apply(alert(revision=2)) == []  # older revision arriving late
    assert view.apply(alert(revision=3)) == []  # redelivery
    held = view.alert_list()[0]
    assert held["title"] == "alr_1 rev 3"
    assert [r["revision"] for r in held["revisions"]] == [1, 3]


def test_alerts_newest_first_and_bounded():
    view = DashboardView(Limits(alerts=3))
    for day in (5, 2, 9, 7, 1):
        view.apply(alert(alert_id=f"alr_{day}", day=day, with_incident=incident(f"inc_{day}", day=day)))
    assert [a["alert_id"] for a in view.alert_list()] == ["alr_9", "alr_7", "alr_5"]
    assert view.apply(alert(alert_id="alr_0", day=1)) == []  # older than everything kept: dropped at once


def test_alert_detail_joins_the_newest_incident_revision():
    view = DashboardView()
    view.apply(alert(with_incident=incident(revision=1, fatalities=4)))
    view.apply(incident(revision=2, fatalities=6))
    detail = view.alert_detail("alr_1")
    assert detail["incident"]["revision"] == 2
    assert detail["incident"]["fatalities"]["value"] == 6
    assert detail["incident"]["sources"][0]["source"] == "Wire One"
    assert view.alert_detail("missing") is None


def test_an_alert_ahead_of_its_incident_broadcasts_the_incident():
    """Incident alerts leave the incident agent with the incident itself, so the feed may read the alert first;
    the copy on the incidents topic is then old news, and the map must have heard of it from the alert."""
    view = DashboardView()
    changes = view.apply(alert(with_incident=incident(revision=1)))
    assert [(c["type"], c["data"]["incident_id"]) for c in changes] == [("incident", "inc_1"), ("alert", "inc_1")]
    assert view.apply(incident(revision=1)) == []
    assert [c["type"] for c in view.apply(alert(revision=2, with_incident=incident(revision=1)))] == ["alert"]


def test_incidents_since_filter_and_superseded_hidden():
    view = DashboardView()
    view.apply(incident("inc_a", day=2))
    view.apply(incident("inc_b", day=6))
    view.apply(incident("inc_c", day=7, status="superseded"))
    assert [i["incident_id"] for i in view.incident_list()] == ["inc_b", "inc_a"]
    assert [i["incident_id"] for i in view.incident_list(since=date(2024, 1, 5))] == ["inc_b"]
    summary = view.incident_list()[0]
    assert (summary["lat"], summary["lon"], summary["fatalities"]) == (33.3, 44.4, 4)


def test_incidents_older_than_the_horizon_are_evicted():
    view = DashboardView(Limits(incident_days=3))
    view.apply(incident("inc_old", day=1))
    view.apply(incident("inc_new", day=10))
    assert set(view.incidents) == {"inc_new"}


def test_incidents_beyond_the_limit_are_evicted_oldest_first():
    view = DashboardView(Limits(incidents=2))
    for name, day in (("inc_a", 3), ("inc_b", 1), ("inc_c", 2)):
        view.apply(incident(name, day=day))
    assert set(view.incidents) == {"inc_a", "inc_c"}
    view.apply(incident("inc_c", revision=2, day=5))  # a later revision re-enters it as the newest
    view.apply(incident("inc_d", day=4))
    assert set(view.incidents) == {"inc_c", "inc_d"}


@given(st.lists(st.tuples(st.sampled_from("abcdef"), st.integers(1, 28)), max_size=40),
       st.integers(1, 4), st.integers(1, 10))
def test_incident_eviction_matches_a_full_scan(revisions, limit, days):
    """The heap keeps exactly what sorting every held incident after each revision would keep."""
    view = DashboardView(Limits(incidents=limit, incident_days=days))
    held: dict[str, tuple[int, int]] = {}  # id -> (day, revision)
    newest = 0
    for revision, (name, day) in enumerate(revisions, start=1):
        view.apply(incident(f"inc_{name}", revision=revision, day=day))
        held[name] = (day, revision)
        newest = max(newest, day)
        held = {k: v for k, v in held.items() if v[0] >= newest - days}
        held = dict(sorted(held.items(), key=lambda kv: (kv[1][0], kv[0]))[-limit:])
        assert set(view.incidents) == {f"inc_{k}" for k in held}


def test_tally_change_carries_series_and_reported_markers():
    view = DashboardView(measures={"us-forces-iq-sy": "incidents"})
    view.apply(tally(revision=1, as_of=3, buckets=((1, 2),)))
    [change] = view.apply(tally(revision=2, as_of=10))
    data = change["data"]
    assert data["values"]["incidents"] == 5
    assert data["series"]["kind"] == "cumulative"
    assert data["series"]["points"][-1] == {"date": "2024-01-10", "value": 5}
    assert data["series"]["reported"][0]["value"] == 127
    assert [p["revision"] for p in view.tally_history["us-forces-iq-sy"]] == [1, 2]
    assert view.apply(tally(revision=1)) == []


def test_dead_letters_counted_once_per_id():
    view = DashboardView()
    assert view.apply(dead_letter("dl_1"))
    assert view.apply(dead_letter("dl_1")) == []
    view.apply(dead_letter("dl_2", reason="oversize"))
    assert view.dead_letters()["by_reason"] == {"malformed_json": 1, "oversize": 1}
    assert view.dead_letters()["recent"][0]["dead_letter_id"] == "dl_2"


@given(st.permutations([(alert_id, revision) for alert_id in ("a", "b") for revision in (1, 2, 3)]))
def test_any_delivery_order_ends_on_the_latest_revisions(deliveries):
    view = DashboardView()
    for alert_id, revision in [*deliveries, *deliveries]:  # and every message redelivered
        view.apply(alert(alert_id=alert_id, revision=revision))
    assert {a["alert_id"]: a["revision"] for a in view.alert_list()} == {"a": 3, "b": 3}
    for held in view.alert_list():
        seen = [r["revision"] for r in held["revisions"]]
        assert seen == sorted(set(seen)) and seen[-1] == 3
