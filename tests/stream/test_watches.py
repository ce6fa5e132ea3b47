"""The watches that notice a partition that stopped moving."""

from __future__ import annotations

from worker.stream.watches import StallWatch

TP = ("raw", 0)


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


def test_a_partition_behind_without_any_commit_for_the_whole_patience_is_fetched_again():
    watch = StallWatch(patience=20)
    assert not watch.behind(TP, committed=76, highwater=90, now=0)
    assert not watch.behind(TP, committed=80, highwater=90, now=15)  # progress restarts the clock
    assert not watch.behind(TP, committed=80, highwater=90, now=30)
    assert watch.behind(TP, committed=80, highwater=90, now=36)
    assert not watch.behind(TP, committed=80, highwater=90, now=37)  # once per patience
    assert not watch.behind(TP, committed=90, highwater=90, now=100)  # caught up
    assert not watch.behind(TP, committed=None, highwater=90, now=200)
    assert not watch.behind(TP, committed=5, highwater=None, now=300)  # never fetched: nothing known
