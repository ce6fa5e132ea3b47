"""Hands each partition's records to the streams in offset order, or not at all."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, NamedTuple

#: How long to wait for a refetched record before fetching again.
REFETCH_PATIENCE_SECONDS = 3.0


@dataclass
class _Refetch:
    start: int  # first missing offset, fetched again
    since: float


class Admission(NamedTuple):
    deliver: bool
    refetch_from: int | None = None  # fetch the partition again from this offset


DELIVER, DROP = Admission(True), Admission(False)


class OrderGate:
    """A record that arrives after a missing one is dropped and its partition fetched again from the missing
    offset, so records are never processed out of order (a rebalance can lose a fetched record in faust; the
    later ones would otherwise be processed first, and order-dependent verdicts would change).

    Never skipping is the point, so offsets that do not exist are not skipped either: the input topics must not be
    written by transactional producers or compacted (wirewatch's own producers are neither; changelogs, which
    faust reads for recovery, are not gated)."""

    def __init__(self, patience: float = REFETCH_PATIENCE_SECONDS) -> None:
        self.patience = patience
        self.expected: dict[Any, int] = {}  # tp -> next offset to deliver (unknown: the committed offset)
        self.next_to_process: dict[Any, int] = {}  # tp -> next offset an agent may take (unknown: committed)
        self.asked: dict[Any, int] = {}  # tp -> offset the agent check asked to fetch again
        self.refetching: dict[Any, _Refetch] = {}

    def admit(self, tp: Any, offset: int, committed: int | None, now: float) -> Admission:
        expected = self.expected.get(tp, committed)
        refetch = self.refetching.get(tp)
        if expected is None or offset <= expected:
            if refetch is not None and offset >= refetch.start:
                del self.refetching[tp]
            return DELIVER
        if refetch is None:
            self.refetching[tp] = _Refetch(start=expected, since=now)
            return Admission(False, refetch_from=expected)
        if now - refetch.since >= self.patience:  # the seek may have been overtaken by a rebalance: again
            refetch.since = now
            return Admission(False, refetch_from=refetch.start)
        return DROP

    def overdue(self, now: float) -> list[tuple[Any, int]]:
        """Refetches still waiting for their first record after the patience (the seek failed or was overtaken
        by a rebalance, and no later record came to notice): (partition, offset) to fetch again from."""
        due = []
        for tp, refetch in self.refetching.items():
            if now - refetch.since >= self.patience:
                refetch.since = now
                due.append((tp, refetch.start))
        return due

    def delivered(self, tp: Any, offset: int) -> None:
        self.expected[tp] = max(self.expected.get(tp, offset + 1), offset + 1)

    def seeked(self, tp: Any, offset: int) -> None:
        self.expected[tp] = offset

    def take(self, tp: Any, offset: int, committed: int | None) -> int | None:
        """At the agent: None when the record may be processed (the next one, or one processed before and
        delivered again); else the offset to fetch again from, once (-1 after that). A delivered record can
        still vanish with a stream buffer a rebalance discards, and its successors must not be processed
        before it."""
        expected = self.next_to_process.get(tp, committed)
        if expected is None or offset <= expected:
            self.next_to_process[tp] = offset + 1
            self.asked.pop(tp, None)
            return None
        if self.asked.get(tp) == expected:
            return -1  # already asked for; the records queued behind the lost one are dropped quietly
        self.asked[tp] = expected
        return expected

    def rewound(self, tps: Any) -> None:
        """After seeking to the committed offsets (rebalance) or losing partitions: start from the committed."""
        for tp in list(tps):
            self.expected.pop(tp, None)
            self.refetching.pop(tp, None)
            self.next_to_process.pop(tp, None)
            self.asked.pop(tp, None)
