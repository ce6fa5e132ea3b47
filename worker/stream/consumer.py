"""A faust consumer that never commits past a record it has not processed.

faust 0.15.3 can, around rebalances: (1) its fetch loop records a message as read even when a rebalance cut its
delivery short, after the partition was rewound to the committed offset, so the re-fetched records before it are
dropped as already read; (2) its commit rule lets the commit move past one missing record at the head of the
acknowledged offsets. Both lose messages silently (docs/reliability.md). This subclass closes both holes, and
re-fetches a partition from its committed offset when a record stays missing at the head (a commit that would
otherwise wait forever); the stages are idempotent, so records processed twice change nothing.
"""

from __future__ import annotations

import asyncio
import time
from typing import Any

from faust.transport.drivers import aiokafka as driver

#: A record missing at the head of the processed offsets for this long is fetched again from the committed offset.
HEAD_GAP_REFETCH_SECONDS = 5.0


class ReadOffsets(dict):
    """faust's per-partition 'last read offset', ignoring writes from deliveries that a rebalance overtook.

    Every rewind (`update`, from seeking to committed offsets) or revocation (`pop`) starts a new generation. A
    delivery notes the generation it started in; the read-offset write that follows it is dropped if the
    generation moved on meanwhile, so the rewound partition is read again from its committed offset."""

    def __init__(self) -> None:
        super().__init__()
        self.generation = 0
        self.delivery_generation: int | None = None

    def __missing__(self, tp: Any) -> None:
        return None

    def __setitem__(self, tp: Any, offset: Any) -> None:
        started, self.delivery_generation = self.delivery_generation, None
        if started is not None and started != self.generation:
            return
        super().__setitem__(tp, offset)

    def update(self, *args: Any, **kwargs: Any) -> None:
        self.generation += 1
        super().update(*args, **kwargs)

    def pop(self, tp: Any, *default: Any) -> Any:
        self.generation += 1
        return super().pop(tp, *default)


class SafeConsumer(driver.Consumer):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        offsets = self._read_offset = ReadOffsets()
        deliver = self.callback

        async def callback(message: Any) -> Any:
            offsets.delivery_generation = offsets.generation
            return await deliver(message)

        self.callback = callback
        self._head_gap_since: dict[Any, float] = {}

    async def seek(self, partition: Any, offset: int) -> None:
        self._read_offset.generation += 1  # a delivery in flight must not move the read offset past the seek
        await super().seek(partition, offset)

    def _new_offset(self, tp: Any) -> int | None:
        """The offset to commit: one past the run of processed records that starts at the committed offset."""
        acked = self._acked[tp]
        if not acked:
            return None
        gaps = self._gap[tp]  # offsets that do not exist (transaction markers, compaction) count as processed
        if gaps:
            top = max(acked)
            covered = sorted(gaps.overlap(0, top), key=lambda interval: interval.begin)
            for interval in covered:
                acked.extend(range(interval.begin, interval.end))
            if covered:
                gaps.chop(0, max(top + 1, covered[-1].end))
        acked.sort()
        committed = self._committed_offset[tp]
        if committed is not None and acked[0] > committed:
            self._refetch_if_stuck(tp, committed)
            return None  # the next record after the last commit has not been processed yet
        self._head_gap_since.pop(tp, None)
        end = 1
        while end < len(acked) and acked[end] <= acked[end - 1] + 1:
            end += 1
        run = acked[:end]
        del acked[:end]
        self._acked_index[tp].difference_update(run)
        return run[-1] + 1


    async def highwaters(self, *partitions: Any) -> Any:
        """Changelog recovery reads up to these: they must be exact (see end_offsets.py)."""
        reported = await super().highwaters(*partitions)
        exact = getattr(self.transport, "exact_ends", None)
        return await exact(reported) if exact is not None else reported

    def _refetch_if_stuck(self, tp: Any, committed: int) -> None:
        since = self._head_gap_since.setdefault(tp, time.monotonic())
        if time.monotonic() - since >= HEAD_GAP_REFETCH_SECONDS:
            del self._head_gap_since[tp]
            self.log.warning("Record %s of %s never arrived; fetching again from the committed offset", committed, tp)
            asyncio.ensure_future(self.seek(tp, committed))


class SafeTransport(driver.Transport):
    Consumer = SafeConsumer
