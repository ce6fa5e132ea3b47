"""Server-sent events over aiohttp: the hub's changes as `event: <type>` / `data: <json>` frames."""

from __future__ import annotations

import asyncio

import orjson
from aiohttp import web

from .hub import CLOSED, Hub

KEEPALIVE_SECONDS = 15.0


def frame(change: dict) -> bytes:
    return b"event: " + change["type"].encode() + b"\ndata: " + orjson.dumps(change["data"]) + b"\n\n"


async def stream_changes(request: web.Request, hub: Hub, keepalive: float = KEEPALIVE_SECONDS) -> web.StreamResponse:
    """Streams until the client goes away or the hub closes; comments keep idle proxies from timing out."""
    response = web.StreamResponse(headers={"Content-Type": "text/event-stream", "Cache-Control": "no-cache",
                                           "X-Accel-Buffering": "no"})
    await response.prepare(request)
    async with hub.subscribe() as queue:
        try:
            await response.write(b"retry: 2000\n: connected\n\n")
            while True:
                try:
                    change = await asyncio.wait_for(queue.get(), keepalive)
                except TimeoutError:
                    await response.write(b": keep-alive\n\n")
                    continue
                if change is CLOSED:
                    break
                await response.write(frame(change))
        except (ConnectionResetError, ConnectionError):
            pass
    return response
