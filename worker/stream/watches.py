"""Notices partitions that stopped moving, so the consumer can fetch them again from the committed offset."""

from __future__ import annotations

from typing import Any

#: A record missing at the head of the processed offsets for this long is fetched again from the committed offset.
HEAD_GAP_REFETCH_SECONDS = 5.0


class StallWatch:
    """Per partition, how long a suspicious condition has held while the committed offset stayed the same; the
    condition must hold for `patience` (a record between fetch and delivery is briefly in neither set)."""

    def __init__(self, patience: float = HEAD_GAP_REFETCH_SECONDS) -> None:
        self.patience = patience
        self.since: dict[Any, tuple[int, float]] = {}  # tp -> (committed offset, when first seen)

    def stalled(self, tp: Any, committed: int | None, delivered: int | None, in_processing: bool,
                now: float) -> bool:
        """The last delivered record is at or past the committed offset while nothing of the partition is in
        processing or processed: the record was lost with a stream buffer a rebalance discarded, so no ack will
        ever move the commit."""
        lost = committed is not None and delivered is not None and delivered >= committed and not in_processing
        return self._expired(tp, lost, committed, now)

    def behind(self, tp: Any, committed: int | None, highwater: int | None, now: float) -> bool:
        """Records to process (committed below the high watermark) and no commit for the whole patience: the
        last resort for a hold the other watches do not recognise (an ack that never came, a lost fetch)."""
        lagging = committed is not None and highwater is not None and committed < highwater
        return self._expired(tp, lagging, committed, now)

    def _expired(self, tp: Any, holds: bool, committed: int | None, now: float) -> bool:
        if not holds:
            self.since.pop(tp, None)
            return False
        seen = self.since.get(tp)
        if seen is None or seen[0] != committed:
            self.since[tp] = (committed, now)
            return False
        if now - seen[1] < self.patience:
            return False
        del self.since[tp]
        return True
