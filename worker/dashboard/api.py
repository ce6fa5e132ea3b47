"""Read-only HTTP endpoints of the dashboard on the worker's faust web server: page, assets, JSON and SSE."""

from __future__ import annotations

from datetime import date
from importlib import resources

import faust

from worker.stream.metrics import REGISTRY

from .feed import Feed
from .health import ThroughputTracker, health_report
from .sse import stream_changes

STATIC = resources.files("worker.dashboard") / "static"
CONTENT_TYPES = {".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8",
                 ".css": "text/css; charset=utf-8", ".json": "application/json", ".svg": "image/svg+xml",
                 ".txt": "text/plain; charset=utf-8"}
#: The page may load nothing from anywhere but this worker.
SECURITY_HEADERS = {"Content-Security-Policy": "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'",
                    "X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer"}


def register_api(app: faust.App, feed: Feed) -> None:
    view, tracker = feed.view, ThroughputTracker()

    @app.page("/")
    async def dashboard_index(web, request):
        return _asset(web, "index.html")

    @app.page("/static/{name}")
    async def dashboard_static(web, request, name: str):
        return _asset(web, name)

    @app.page("/api/alerts")
    async def api_alerts(web, request):
        limit = _int(request.query.get("limit"))
        return web.json({"alerts": view.alert_list(limit)})

    @app.page("/api/alerts/{alert_id}")
    async def api_alert(web, request, alert_id: str):
        detail = view.alert_detail(alert_id)
        return web.json(detail) if detail else web.json({"error": "unknown alert"}, status=404)

    @app.page("/api/incidents")
    async def api_incidents(web, request):
        try:
            since = date.fromisoformat(request.query["since"]) if request.query.get("since") else None
        except ValueError:
            return web.json({"error": "since must be a date, YYYY-MM-DD"}, status=400)
        items = view.incident_list(since)
        latest = max((i["date"] for i in view.incident_list()), default=None)
        return web.json({"incidents": items, "latest": latest})

    @app.page("/api/incidents/{incident_id}")
    async def api_incident(web, request, incident_id: str):
        incident = view.incidents.get(incident_id)
        return web.json(incident) if incident else web.json({"error": "unknown incident"}, status=404)

    @app.page("/api/tallies")
    async def api_tallies(web, request):
        return web.json({"tallies": view.tally_list()})

    @app.page("/api/health")
    async def api_health(web, request):
        feed_state = {**feed.stats, "subscribers": feed.hub.subscribers}
        return web.json(health_report(REGISTRY, tracker, view.dead_letters(), view.counts(), feed_state))

    @app.page("/api/stream")
    async def api_stream(web, request):
        return await stream_changes(request, feed.hub)


def _asset(web, name: str):
    path = STATIC / name
    suffix = "." + name.rsplit(".", 1)[-1] if "." in name else ""
    if "/" in name or name.startswith(".") or suffix not in CONTENT_TYPES or not path.is_file():
        return web.json({"error": "not found"}, status=404)
    # Content-Type as a header: aiohttp refuses a charset in the content_type argument.
    return web.bytes(path.read_bytes(), headers={"Content-Type": CONTENT_TYPES[suffix], **SECURITY_HEADERS})


def _int(text: str | None) -> int | None:
    return int(text) if text and text.isdigit() else None
