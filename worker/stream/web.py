"""HTTP views on the worker's faust web server: health, readiness, metrics. All read-only."""

from __future__ import annotations

import faust

from .metrics import CONTENT_TYPE, render


def register_health_views(app: faust.App) -> None:
    @app.page("/healthz")
    async def healthz(web, request):
        """Liveness: the process and its event loop answer."""
        return web.json({"status": "ok"})

    @app.page("/readyz")
    async def readyz(web, request):
        """Readiness: partitions assigned, not rebalancing, tables recovered."""
        assigned = bool(app.consumer.assignment()) if app.consumer is not None else False
        reasons = [name for name, flag in (("rebalancing", app.rebalancing), ("recovering", app.in_recovery),
                                           ("no partitions assigned", not assigned)) if flag]
        body = {"ready": not reasons, "reasons": reasons}
        return web.json(body, status=200 if not reasons else 503)

    @app.page("/metrics")
    async def metrics(web, request):
        """Prometheus text exposition (aiohttp refuses a charset inside content_type=, so it goes in the header)."""
        return web.bytes(render(), headers={"Content-Type": CONTENT_TYPE})
