"""Clean failures for CLI clients: clients always stopped again (no 'Unclosed' noise), missing topics named."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable
from contextlib import asynccontextmanager
from typing import TypeVar

from ..settings import Settings
from .clients import admin

C = TypeVar("C")


@asynccontextmanager
async def started(client: C) -> AsyncIterator[C]:
    """Consumer, producer (stop) or admin client (close), stopped also when starting fails."""
    stop = getattr(client, "stop", None) or client.close
    try:
        await client.start()
        yield client
    finally:
        await stop()


async def require_topics(settings: Settings, bootstrap: str, names: Iterable[str]) -> None:
    """LookupError naming the missing topics and the fix; also the first contact: an unreachable broker fails here."""
    async with started(admin(settings, bootstrap)) as client:
        existing = set(await client.list_topics())
    missing = [name for name in names if name not in existing]
    if missing:
        raise LookupError(f"topic(s) {', '.join(missing)} do not exist: run `wirewatch topics create` or start a "
                          "worker (check WIREWATCH_TOPIC_* and WIREWATCH_BROKER_URL)")
