"""Wires the dashboard into a worker app: the view, its feed (a background task) and the endpoints."""

from __future__ import annotations

import faust

from worker.settings import Settings
from worker.tallies.definitions import load_tallies

from .api import register_api
from .feed import Feed
from .hub import Hub
from .view import DashboardView


def register_dashboard(app: faust.App, settings: Settings, bootstrap: str) -> Feed:
    measures = {d.id: d.measures[0] for d in load_tallies(settings.tallies_path)}
    feed = Feed(settings, bootstrap, DashboardView(measures=measures), Hub())
    register_api(app, feed)

    @app.task
    async def dashboard_feed() -> None:
        await feed.run()

    async def end_streams(_web_app) -> None:
        """aiohttp waits for open handlers on shutdown: end the event streams first, or stopping stalls."""
        feed.hub.close()

    app.web.web_app.on_shutdown.append(end_streams)

    return feed
