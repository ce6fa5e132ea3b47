"""The consumer's offset bookkeeping around rebalances: overtaken deliveries and stalled partitions."""

from __future__ import annotations

from worker.stream.consumer import ReadOffsets, StallWatch

TP = ("raw", 0)


def test_a_delivery_overtaken_by_a_rewind_does_not_move_the_read_offset():
    offsets = ReadOffsets()
    offsets.start_delivery(TP, 17)
    offsets.update({TP: 10})  # rebalance: seek to the committed offset while record 17 is being delivered
    offsets[TP] = 17  # the drain loop's write after the delivery returns
    assert offsets[TP] == 10 and TP not in offsets.delivered


def test_a_delivery_in_the_same_generation_moves_it_and_counts_as_delivered():
    offsets = ReadOffsets()
    offsets.update({TP: 10})
    offsets.start_delivery(TP, 10)
    offsets[TP] = 10
    assert offsets[TP] == 10 and TP in offsets.delivered


def test_a_seek_during_a_delivery_is_kept_and_the_delivery_still_recognised():
    offsets = ReadOffsets()
    offsets.start_delivery(TP, 17)
    offsets.generation += 1  # explicit seek
    offsets[TP] = 12  # the seek's write: not the delivered offset
    assert offsets[TP] == 12 and TP not in offsets.delivered
    offsets[TP] = 17  # the overtaken delivery's write
    assert offsets[TP] == 12


def test_a_partition_is_stalled_only_after_patience_with_the_same_commit():
    watch = StallWatch(patience=5)
    assert not watch.stalled(TP, committed=10, delivered=12, in_processing=False, now=0)
    assert not watch.stalled(TP, committed=10, delivered=12, in_processing=False, now=4)
    assert watch.stalled(TP, committed=10, delivered=12, in_processing=False, now=5.5)
    assert not watch.stalled(TP, committed=10, delivered=12, in_processing=False, now=6)  # starts over


def test_progress_or_work_in_hand_is_not_a_stall():
    watch = StallWatch(patience=5)
    watch.stalled(TP, committed=10, delivered=12, in_processing=False, now=0)
    assert not watch.stalled(TP, committed=11, delivered=12, in_processing=False, now=6)  # commit moved
    assert not watch.stalled(TP, committed=11, delivered=12, in_processing=True, now=20)
    assert not watch.stalled(TP, committed=13, delivered=12, in_processing=False, now=40)  # all committed
    assert not watch.stalled(TP, committed=13, delivered=None, in_processing=False, now=60)  # after a seek
