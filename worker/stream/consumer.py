"""A faust consumer that never commits past a record it has not processed, nor before its table writes are out.

faust 0.15.3 can, around rebalances: (1) its fetch loop records a message as read even when a rebalance cut its
delivery short, after the partition was rewound to the committed offset, so the re-fetched records before it are
dropped as already read; (2) its commit rule lets the commit move past one missing record at the head of the
acknowledged offsets. And (3) its commit flushes the buffer of table changelog records for at most 0.1 s, then
commits whether or not the buffer emptied. All three lose messages or state silently (docs/reliability.md). This
subclass closes the holes, and re-fetches a partition from its committed offset when it stops moving
(watches.py); the stages are idempotent, so records processed twice change nothing.
"""

from __future__ import annotations

import asyncio
import time
from typing import Any

from faust.transport.drivers import aiokafka as driver
from mode import Service

from .ordering import OrderGate
from .producer import SafeProducer
from .watches import HEAD_GAP_REFETCH_SECONDS, StallWatch

#: A partition with records to process and no commit for this long is fetched again from the committed offset.
NO_PROGRESS_REFETCH_SECONDS = 20.0
#: How long a commit waits for the table writes before it; not committing is always safe, waiting forever is not.
TABLE_WRITE_PATIENCE_SECONDS = 10.0


class ReadOffsets(dict):
    """faust's per-partition 'last read offset', ignoring writes from deliveries that a rebalance overtook.

    Every rewind (`update`, from seeking to committed offsets), revocation (`pop`) or explicit seek starts a new
    generation. A delivery notes the generation it started in; the read-offset write that follows it (same
    partition, same offset) is dropped if the generation moved on meanwhile, so the rewound partition is read
    again from its committed offset. `delivered` holds the partitions whose read offset is that of a record
    handed to the streams (not a seek)."""

    def __init__(self, gate: OrderGate) -> None:
        super().__init__()
        self.gate = gate
        self.generation = 0
        self.in_delivery: dict[Any, tuple[int, int]] = {}  # tp -> (offset, generation at delivery start)
        self.delivered: set[Any] = set()

    def __missing__(self, tp: Any) -> None:
        return None

    def start_delivery(self, tp: Any, offset: int) -> None:
        self.in_delivery[tp] = (offset, self.generation)

    def drop_delivery(self, tp: Any, offset: int) -> None:
        """The record is not handed on: the read-offset write that follows must not count it as read."""
        self.in_delivery[tp] = (offset, -1)

    def __setitem__(self, tp: Any, offset: Any) -> None:
        pending = self.in_delivery.get(tp)
        if pending is not None and pending[0] == offset:
            del self.in_delivery[tp]
            if pending[1] != self.generation:
                return
            self.delivered.add(tp)
        else:
            self.delivered.discard(tp)
        super().__setitem__(tp, offset)

    def update(self, *args: Any, **kwargs: Any) -> None:
        self.generation += 1
        before = set(self)
        super().update(*args, **kwargs)
        self.delivered.difference_update(self.keys())
        self.gate.rewound(set(self) | before)

    def pop(self, tp: Any, *default: Any) -> Any:
        self.generation += 1
        self.delivered.discard(tp)
        self.gate.rewound([tp])
        return super().pop(tp, *default)


class ConsumerThread(driver.AIOKafkaConsumerThread):
    """faust's consumer with the fetch wait of the settings (`transport.fetch_max_wait`, seconds) instead of its
    fixed 1.5 s."""

    def _create_worker_consumer(self, transport: Any) -> Any:
        client = super()._create_worker_consumer(transport)
        wait = getattr(transport, "fetch_max_wait", None)
        if wait is not None:
            client._fetch_max_wait_ms = int(wait * 1000)  # read when the client starts its fetcher
        return client

    async def seek_to_committed(self) -> Any:
        """faust rewinds every partition to its committed offset after a rebalance, but aiokafka skips the seek
        when nothing was committed yet (or offset 0): the partition then goes on from where its last fetch
        ended, past records fetched and dropped with the rebalance, and the next commit covers them. Such
        partitions of the input topics are read from the beginning instead, as `auto_offset_reset` says."""
        committed = await super().seek_to_committed()
        fresh = [tp for tp, offset in committed.items() if not offset and self.app.topics.acks_enabled_for(tp.topic)]
        if fresh:
            await self.call_thread(self._ensure_consumer().seek_to_beginning, *fresh)
        return committed


class SafeConsumer(driver.Consumer):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        gate = self._order_gate = OrderGate()
        offsets = self._read_offset = ReadOffsets(gate)
        deliver = self.callback

        async def callback(message: Any) -> Any:
            tp, offset = message.tp, message.offset
            if self.app.topics.acks_enabled_for(message.topic):
                admission = gate.admit(tp, offset, self._committed_offset.get(tp), time.monotonic())
                if admission.refetch_from is not None:
                    self.log.warning("Record %s of %s arrived before %s; fetching again from there", offset, tp,
                                     admission.refetch_from)
                    asyncio.ensure_future(self._refetch(tp, admission.refetch_from))
                if not admission.deliver:
                    offsets.drop_delivery(tp, offset)
                    return None
                # a reference of our own, released only by the agent that processed the record
                # (`release_when_sent`): faust's stream acks a record it skips during a rebalance or a stop
                # (flow control off, old generation) and a record in hand when its stream closes
                message.incref()
            generation = offsets.generation
            offsets.start_delivery(tp, offset)
            result = await deliver(message)
            if offsets.generation == generation:
                gate.delivered(tp, offset)
            return result

        self.callback = callback
        self._head_gap_since: dict[Any, float] = {}
        self._stall_watch = StallWatch()
        self._lag_watch = StallWatch(patience=NO_PROGRESS_REFETCH_SECONDS)

    def _new_consumer_thread(self) -> ConsumerThread:
        return ConsumerThread(self, loop=self.loop, beacon=self.beacon)

    @Service.task
    async def _refetch_stalled_partitions(self) -> None:
        """The head-gap refetch runs only when something was acknowledged; these watches cover the rest."""
        async for _ in self.itertimer(HEAD_GAP_REFETCH_SECONDS / 4, name="stall_watch"):
            if self.app.rebalancing:
                continue
            busy = {message.tp for message in list(self._unacked_messages) if not message.acked}
            now = time.monotonic()
            assigned = self.assignment()
            for tp, offset in self._order_gate.overdue(now):
                if tp in assigned:
                    self.log.warning("Record %s of %s asked for again has not come; fetching again", offset, tp)
                    await self._refetch(tp, offset)
            for tp in assigned:
                if not self.app.topics.acks_enabled_for(tp.topic):
                    continue  # changelogs: read by recovery, never acknowledged
                read_offsets = self._read_offset
                delivered = read_offsets.get(tp) if tp in read_offsets.delivered else None
                committed = self._committed_offset.get(tp)
                if self._stall_watch.stalled(tp, committed, delivered, tp in busy or bool(self._acked.get(tp)), now):
                    self.log.warning("Record %s of %s was delivered but is neither in processing nor processed; "
                                     "fetching again from the committed offset %s", delivered, tp, committed)
                    await self._refetch(tp, committed)
                elif self._lag_watch.behind(tp, committed, self.highwater(tp), now):
                    self.log.warning("No commit on %s for %.0f s with records to process (committed %s, high "
                                     "watermark %s, read %s, delivered %s, in processing %d, acknowledged %s, gate "
                                     "expects %s); fetching again from the committed offset", tp,
                                     NO_PROGRESS_REFETCH_SECONDS, committed, self.highwater(tp), read_offsets.get(tp),
                                     tp in read_offsets.delivered,
                                     sum(1 for m in list(self._unacked_messages) if m.tp == tp and not m.acked),
                                     sorted(self._acked.get(tp) or [])[:5], self._order_gate.expected.get(tp))
                    await self._refetch(tp, committed)

    def in_order(self, message: Any) -> bool:
        """Whether an agent may process this record now (see `OrderGate.take`); if not, the partition is fetched
        again from the record that never reached the agent."""
        if not self.app.topics.acks_enabled_for(message.topic):
            return True
        tp = message.tp
        missing = self._order_gate.take(tp, message.offset, self._committed_offset.get(tp))
        if missing is None:
            return True
        if missing < 0:
            return False
        self.log.warning("Record %s of %s reached the agent before %s; fetching again from there", message.offset,
                         tp, missing)
        asyncio.ensure_future(self._refetch(tp, missing))
        return False

    async def _refetch(self, tp: Any, offset: int) -> None:
        """A seek of our own; one overtaken by a rebalance (partition no longer assigned) is left to the watches."""
        try:
            await self.seek(tp, offset)
        except Exception as exc:  # noqa: BLE001 - e.g. IllegalStateError: no current assignment
            self.log.warning("Fetching %s again from %s failed (%r); the watches will retry", tp, offset, exc)

    async def seek(self, partition: Any, offset: int) -> None:
        self._read_offset.generation += 1  # a delivery in flight must not move the read offset past the seek
        await super().seek(partition, offset)
        self._order_gate.seeked(partition, offset)

    async def _add_gap(self, tp: Any, offset_from: int, offset_to: int) -> None:
        """faust marks a jump in delivered offsets as offsets that do not exist; after a lost record that would
        let the commit pass it. The order gate never lets a jump through."""

    async def _commit_offsets(self, offsets: Any, start_new_transaction: bool = True) -> bool:
        """Commit only once the table writes of the processed records are on the broker: those still unconfirmed
        when the offsets were taken are all in the producer's set now (the writes came before the acks)."""
        try:
            settled = await self.app.producer.table_writes.settled(TABLE_WRITE_PATIENCE_SECONDS)
        except Exception as exc:  # noqa: BLE001 - a lost table write: stop without committing
            self.log.error("A table write failed (%r); stopping without committing", exc)
            await self.crash(exc)
            return False
        if not settled:
            self.log.warning("Table writes not confirmed after %.0f s; the commit waits for the next round",
                             TABLE_WRITE_PATIENCE_SECONDS)
            return False
        return await super()._commit_offsets(offsets, start_new_transaction=start_new_transaction)

    def _new_offset(self, tp: Any) -> int | None:
        """The offset to commit: one past the run of processed records that starts at the committed offset."""
        acked = self._acked[tp]
        if not acked:
            return None
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
            asyncio.ensure_future(self._refetch(tp, committed))


class SafeTransport(driver.Transport):
    Consumer = SafeConsumer
    Producer = SafeProducer
