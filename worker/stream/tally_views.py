"""GET /tallies and /tallies/{id}: current tallies, served by (or routed to) the worker that owns the tally book."""

from __future__ import annotations

import faust
from faust.exceptions import SameNode
from faust.web.exceptions import ServiceUnavailable

from ..models.contribution import TALLY_BOOK_KEY
from ..tallies import TallyBook

BOOK_KEY = TALLY_BOOK_KEY.encode("utf-8")


def register_tally_views(app: faust.App, contributions: faust.TopicT, book: TallyBook, tally_ids: list[str]) -> None:
    """The tally book is the state of the contributions partition of one key, so requests are routed by it."""

    def local(tally_id: str) -> dict | None:
        update = book.snapshot(tally_id)
        return update.model_dump(mode="json") if update is not None else None

    def local_or_missing(tally_id: str):
        body = local(tally_id)
        return (body, 200) if body is not None else ({"tally_id": tally_id, "counted": False}, 404)

    @app.page("/tallies/{tally_id}")
    async def one_tally(web, request, tally_id: str):
        if tally_id not in tally_ids:
            return web.json({"error": f"unknown tally {tally_id}", "known": tally_ids}, status=404)
        try:
            return await app.router.route_topic_req(contributions, BOOK_KEY, web, request)
        except SameNode:
            body, status = local_or_missing(tally_id)
            return web.json(body, status=status)

    @app.page("/tallies")
    async def all_tallies(web, request):
        try:
            return await app.router.route_topic_req(contributions, BOOK_KEY, web, request)
        except (SameNode, ServiceUnavailable):  # unavailable: no assignment yet; what is here is all there is
            return web.json({"tallies": [body for tally_id in tally_ids if (body := local(tally_id)) is not None]})
