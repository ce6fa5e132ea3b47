"""Gathers an agent's records into steps: what waits when a step can start, up to a bound."""

from __future__ import annotations

import asyncio
import time
from typing import Any


class StepBuffer:
    """Records taken from a stream, waiting for the agent's stepper.

    The stream side (`put`) waits while a full step is waiting, so a slow stage holds back its stream. The
    stepper (`take`) gets every record waiting, up to `max_records`; when fewer wait, it first lets `linger`
    pass since the first of them arrived: faust hands fetched records over one at a time, so without a wait a
    step is nearly always one record. Records that came while the last step ran have waited long enough."""

    def __init__(self, max_records: int, linger: float) -> None:
        self.max_records = max_records
        self.linger = linger
        self.waiting: list[Any] = []
        self._first_at = 0.0
        self._arrived = asyncio.Event()
        self._room = asyncio.Event()
        self._room.set()

    async def put(self, record: Any) -> None:
        while len(self.waiting) >= self.max_records:
            self._room.clear()
            await self._room.wait()
        if not self.waiting:
            self._first_at = time.monotonic()
        self.waiting.append(record)
        self._arrived.set()

    async def take(self) -> list[Any]:
        while not self.waiting:
            self._arrived.clear()
            await self._arrived.wait()
        if len(self.waiting) < self.max_records:
            remaining = self._first_at + self.linger - time.monotonic()
            if remaining > 0:
                await asyncio.sleep(remaining)  # the linger itself, not a synchronisation
        step, self.waiting = self.waiting[:self.max_records], self.waiting[self.max_records:]
        self._room.set()
        return step
