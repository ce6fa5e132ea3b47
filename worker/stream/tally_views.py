"""GET /tallies and /tallies/{id}: current tallies, served by (or routed to) the worker that owns each one."""

from __future__ import annotations

import faust
from faust.exceptions import SameNode

from ..tallies import TallyBook


def register_tally_views(app: faust.App, contributions: faust.TopicT, book: TallyBook, tally_ids: list[str]) -> None:
    """Tally state lives with the contributions partition of its id, so requests are routed by that topic's key."""

    def local(tally_id: str) -> dict | None:
        update = book.snapshot(tally_id)
        return update.model_dump(mode="json") if update is not None else None

    def owner(tally_id: str) -> str | None:
        try:
            return str(app.router.external_topic_key_store(contributions, tally_id.encode("utf-8")))
        except KeyError:
            return None

    @app.page("/tallies/{tally_id}")
    async def one_tally(web, request, tally_id: str):
        if tally_id not in tally_ids:
            return web.json({"error": f"unknown tally {tally_id}", "known": tally_ids}, status=404)
        try:
            return await app.router.route_topic_req(contributions, tally_id.encode("utf-8"), web, request)
        except SameNode:
            body = local(tally_id)
            return web.json(body if body is not None else {"tally_id": tally_id, "counted": False},
                            status=200 if body is not None else 404)

    @app.page("/tallies")
    async def all_tallies(web, request):
        here = app.conf.canonical_url
        results = []
        for tally_id in tally_ids:
            url = owner(tally_id)
            if url is None or url.rstrip("/") == str(here).rstrip("/"):
                body = local(tally_id)
            else:
                async with app.http_client.get(f"{url.rstrip('/')}/tallies/{tally_id}") as response:
                    body = await response.json() if response.status == 200 else None
            if body is not None:
                results.append(body)
        return web.json({"tallies": results})
