"""The dashboard's endpoints on a real worker fed with the bundled samples."""

from __future__ import annotations

import urllib.error
import urllib.request

import pytest

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def fed(dashboard):
    dashboard.drained()
    dashboard.wait_for("/api/health", lambda h: h["feed"]["caught_up"] and h["view"]["alerts"] > 0)
    return dashboard


def test_alerts_newest_first_with_detail(fed):
    alerts = fed.get_json("/api/alerts")["alerts"]
    assert alerts and all(a["severity"] in ("info", "warning", "critical") for a in alerts)
    assert [a["triggered_at"] for a in alerts] == sorted((a["triggered_at"] for a in alerts), reverse=True)
    assert len(fed.get_json("/api/alerts?limit=1")["alerts"]) == 1
    incident_alert = next(a for a in alerts if a["incident_id"])
    detail = fed.get_json(f"/api/alerts/{incident_alert['alert_id']}")
    assert detail["incident"]["incident_id"] == incident_alert["incident_id"]
    assert detail["incident"]["sources"] and detail["revisions"][-1]["revision"] == incident_alert["revision"]


def test_incidents_with_coordinates_and_since_filter(fed):
    body = fed.get_json("/api/incidents")
    incidents = body["incidents"]
    assert any(i["place"] == "Baghdad" and i["lat"] is not None for i in incidents)
    assert body["latest"] == max(i["date"] for i in incidents)
    later = fed.get_json(f"/api/incidents?since={body['latest']}")["incidents"]
    assert later and all(i["date"] == body["latest"] for i in later) and len(later) < len(incidents)


def test_tallies_carry_series_and_reported_figures(fed):
    tallies = {t["tally_id"]: t for t in fed.get_json("/api/tallies")["tallies"]}
    with_reported = [t for t in tallies.values() if t["series"]["reported"]]
    assert with_reported, sorted(tallies)
    assert all(t["series"]["points"] for t in with_reported)


def test_health_reports_stages_and_lag(fed):
    health = fed.get_json("/api/health")
    assert {"validate", "extract"} <= {s["stage"] for s in health["stages"]}
    assert "by_reason" in health["dead_letters"] and isinstance(health["consumer_lag"], dict)


def test_stream_opens_as_server_sent_events(fed):
    """Changes arriving live are checked end to end in the browser test."""
    with urllib.request.urlopen(fed.url + "/api/stream", timeout=10) as response:
        assert response.headers["Content-Type"].startswith("text/event-stream")
        assert response.readline().startswith(b"retry:")


def test_bad_requests_and_unknown_ids(fed):
    for path, status in (("/api/incidents?since=yesterday", 400), ("/api/alerts/nope", 404),
                         ("/api/incidents/nope", 404), ("/static/..%2fapi.py", 404), ("/static/nope.js", 404)):
        with pytest.raises(urllib.error.HTTPError) as error:
            urllib.request.urlopen(fed.url + path, timeout=5)
        assert error.value.code == status, path


def test_page_and_assets_forbid_external_loads(fed):
    with urllib.request.urlopen(fed.url + "/", timeout=5) as response:
        assert "default-src 'self'" in response.headers["Content-Security-Policy"]
        assert b"/static/app.js" in response.read()
