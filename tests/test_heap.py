"""Start-up objects leave the collector's generations, so full collections stop walking them."""

from __future__ import annotations

import gc

from worker.heap import freeze_startup_heap


def test_freezing_parks_the_objects_alive_so_far():
    kept = [{"name": str(i)} for i in range(1000)]
    gc.unfreeze()
    try:
        freeze_startup_heap()
        assert gc.get_freeze_count() >= len(kept)
        assert not gc.is_finalized(kept) and gc.get_count()[0] < 50  # a collection ran just before the freeze
    finally:
        gc.unfreeze()
