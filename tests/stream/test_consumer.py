"""The consumer's offset bookkeeping around rebalances: overtaken deliveries and stalled partitions."""

from __future__ import annotations

from worker.stream.consumer import ReadOffsets
from worker.stream.ordering import OrderGate

TP = ("raw", 0)


def test_a_delivery_overtaken_by_a_rewind_does_not_move_the_read_offset():
    offsets = ReadOffsets(OrderGate())
    offsets.start_delivery(TP, 17)
    offsets.update({TP: 10})  # rebalance: seek to the committed offset while record 17 is being delivered
    offsets[TP] = 17  # the drain loop's write after the delivery returns
    assert offsets[TP] == 10 and TP not in offsets.delivered


def test_a_delivery_in_the_same_generation_moves_it_and_counts_as_delivered():
    offsets = ReadOffsets(OrderGate())
    offsets.update({TP: 10})
    offsets.start_delivery(TP, 10)
    offsets[TP] = 10
    assert offsets[TP] == 10 and TP in offsets.delivered


def test_a_seek_during_a_delivery_is_kept_and_the_delivery_still_recognised():
    offsets = ReadOffsets(OrderGate())
    offsets.start_delivery(TP, 17)
    offsets.generation += 1  # explicit seek
    offsets[TP] = 12  # the seek's write: not the delivered offset
    assert offsets[TP] == 12 and TP not in offsets.delivered
    offsets[TP] = 17  # the overtaken delivery's write
    assert offsets[TP] == 12


def test_records_after_a_missing_one_are_dropped_until_it_comes_again():
    gate = OrderGate(patience=3)
    assert gate.admit(TP, 10, committed=10, now=0).deliver
    gate.delivered(TP, 10)
    lost_11 = gate.admit(TP, 12, committed=10, now=0)
    assert not lost_11.deliver and lost_11.refetch_from == 11
    assert gate.admit(TP, 13, committed=10, now=0.1) == (False, None)  # stale: no second refetch
    gate.seeked(TP, 11)
    assert gate.admit(TP, 11, committed=10, now=0.2).deliver
    gate.delivered(TP, 11)
    assert gate.admit(TP, 12, committed=10, now=0.2).deliver and not gate.refetching


def test_a_record_that_does_not_come_back_is_fetched_again_never_skipped():
    gate = OrderGate(patience=3)
    gate.delivered(TP, 10)
    assert gate.admit(TP, 12, committed=10, now=0).refetch_from == 11
    assert gate.admit(TP, 12, committed=10, now=1) == (False, None)
    assert gate.admit(TP, 13, committed=10, now=3.5) == (False, 11)
    assert gate.admit(TP, 12, committed=10, now=60) == (False, 11)
    assert gate.expected[TP] == 11


def test_a_rewind_falls_back_to_the_committed_offset():
    gate = OrderGate()
    gate.delivered(TP, 40)
    offsets = ReadOffsets(gate)
    offsets.update({TP: 30})
    assert gate.admit(TP, 30, committed=30, now=0).deliver
    assert not gate.admit(TP, 41, committed=30, now=0).deliver


async def test_the_fetch_wait_setting_reaches_fausts_kafka_client(tmp_path):
    """faust fixes the wait at 1.5 s; on Tansu a fetch of several partitions then answers ~0.5 s late per stage."""
    from worker.settings import Settings
    from worker.stream.app import create_app

    settings = Settings(broker_url="kafka://127.0.0.1:1", data_dir=tmp_path, fetch_max_wait=0.25)
    app = create_app(settings, "127.0.0.1:1")
    app.finalize()
    thread = app.consumer._new_consumer_thread()
    client = thread._create_worker_consumer(app.transport)
    assert client._fetch_max_wait_ms == 250


def test_a_refetch_whose_record_never_comes_is_due_again_after_the_patience():
    """The seek can fail or be overtaken by a rebalance after the fetcher passed the partition's end: no later
    record arrives to notice, so the consumer's timer asks the gate."""
    gate = OrderGate(patience=3)
    gate.admit(TP, 10, committed=10, now=0)
    gate.delivered(TP, 10)
    assert gate.admit(TP, 12, committed=10, now=0).refetch_from == 11
    assert gate.overdue(now=2) == []
    assert gate.overdue(now=3.5) == [(TP, 11)]
    assert gate.overdue(now=4) == []  # once per patience
    assert gate.admit(TP, 11, committed=10, now=5).deliver
    assert gate.overdue(now=20) == []  # the record came


def test_an_agent_never_takes_a_record_before_one_that_vanished_from_its_queue():
    """Delivered in order, but record 11 was lost with a stream buffer: 12 must wait for it to come again."""
    gate = OrderGate()
    assert gate.take(TP, 10, committed=10) is None
    assert gate.take(TP, 12, committed=10) == 11  # fetch again from 11
    assert gate.take(TP, 13, committed=10) == -1  # queued behind it: dropped, no second fetch
    assert gate.take(TP, 11, committed=10) is None
    assert gate.take(TP, 12, committed=10) is None
    assert gate.take(TP, 5, committed=10) is None  # an older record delivered again (a seek back) is fine
    gate.rewound([TP])
    assert gate.take(TP, 40, committed=40) is None  # a new assignment starts at the committed offset


class _Client:
    """aiokafka's consumer as faust's thread sees it: committed offsets, and seeks."""

    def __init__(self, committed: dict) -> None:
        self.committed, self.from_beginning = committed, []

    async def seek_to_committed(self):
        return dict(self.committed)

    async def seek_to_beginning(self, *partitions):
        self.from_beginning.extend(partitions)
        return True


async def test_partitions_with_nothing_committed_are_read_again_from_the_beginning_after_a_rebalance():
    from types import SimpleNamespace

    from worker.stream.consumer import ConsumerThread

    from aiokafka import TopicPartition as TP

    client = _Client({TP("resolve", 3): None, TP("resolve", 0): 0, TP("resolve", 1): 7, TP("changelog", 0): None})
    thread = object.__new__(ConsumerThread)
    thread.app = SimpleNamespace(topics=SimpleNamespace(acks_enabled_for=lambda topic: "changelog" not in topic))
    thread._ensure_consumer = lambda: client

    async def call_thread(method, *args):
        return await method(*args)

    thread.call_thread = call_thread
    committed = await thread.seek_to_committed()
    assert committed == client.committed
    assert sorted(client.from_beginning) == [TP("resolve", 0), TP("resolve", 3)]
