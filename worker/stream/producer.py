"""A faust producer that knows which table changelog records the broker has not confirmed yet."""

from __future__ import annotations

import asyncio
from typing import Any

from faust.transport.drivers import aiokafka as driver


class UnconfirmedWrites:
    """Records handed to the producer and not yet confirmed by the broker, and the first that failed."""

    def __init__(self) -> None:
        self._futures: set[asyncio.Future] = set()
        self.failure: BaseException | None = None

    def track(self, fut: asyncio.Future) -> None:
        self._futures.add(fut)
        fut.add_done_callback(self._done)

    def _done(self, fut: asyncio.Future) -> None:
        self._futures.discard(fut)
        if not fut.cancelled() and fut.exception() is not None and self.failure is None:
            self.failure = fut.exception()

    async def settled(self, timeout: float) -> bool:
        """Whether the records tracked so far are confirmed, waiting up to `timeout` (later ones are not waited
        for: under load there always are some). Raises the first record that failed."""
        if self._futures and self.failure is None:
            _, pending = await asyncio.wait(set(self._futures), timeout=timeout)
            if pending and self.failure is None:
                return False
        if self.failure is not None:
            raise self.failure
        return True


class SafeProducer(driver.Producer):
    """Tracks the table changelog records (`send_soon`): faust's own flush before a commit gives up after 0.1 s
    without a record sent (a busy event loop is enough) and misses the record its buffer is handing on."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.table_writes = UnconfirmedWrites()

    def send_soon(self, fut: Any) -> None:
        self.table_writes.track(fut)
        super().send_soon(fut)
