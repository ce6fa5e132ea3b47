"""The worker app's optional parts: the dashboard is served only where WIREWATCH_DASHBOARD asks for it."""

from __future__ import annotations

import pytest

from worker.settings import Settings
from worker.stream.runtime import build_worker_app


def paths(app) -> set[str]:
    return {route.resource.canonical for route in app.web.web_app.router.routes()}


@pytest.mark.parametrize("dashboard", [True, False])
def test_dashboard_routes_follow_the_setting(tmp_path, dashboard):
    app = build_worker_app(Settings(dashboard=dashboard, data_dir=tmp_path), "localhost:9")
    served = paths(app)
    assert {"/healthz", "/readyz", "/metrics", "/tallies"} <= served
    assert ("/" in served) is dashboard
    assert any(path.startswith("/api/") for path in served) is dashboard
