"""Fan-out of view changes to live subscribers (one bounded queue each; a slow subscriber is dropped)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

#: Put on a subscriber's queue when it must end: the hub closed or it fell too far behind.
CLOSED = None


class Hub:
    def __init__(self, queue_size: int = 1000) -> None:
        self.queue_size = queue_size
        self._queues: set[asyncio.Queue] = set()
        self.closed = False

    @property
    def subscribers(self) -> int:
        return len(self._queues)

    def publish(self, change: dict) -> None:
        for queue in list(self._queues):
            if queue.qsize() >= self.queue_size - 1:
                self._drop(queue)
            else:
                queue.put_nowait(change)

    @asynccontextmanager
    async def subscribe(self) -> AsyncIterator[asyncio.Queue]:
        """A queue of changes, ending with CLOSED; removed when the block exits."""
        queue: asyncio.Queue = asyncio.Queue(self.queue_size)
        if self.closed:
            queue.put_nowait(CLOSED)
        else:
            self._queues.add(queue)
        try:
            yield queue
        finally:
            self._queues.discard(queue)

    def close(self) -> None:
        """Ends every subscription (the worker is stopping)."""
        self.closed = True
        for queue in list(self._queues):
            self._drop(queue)

    def _drop(self, queue: asyncio.Queue) -> None:
        self._queues.discard(queue)
        while not queue.empty():
            queue.get_nowait()
        queue.put_nowait(CLOSED)
