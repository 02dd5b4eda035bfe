"""Start-up hands its long-lived heap to gc.freeze; what comes later is still collected."""

from __future__ import annotations

import gc
import weakref

from bot.__main__ import freeze_start_up_heap


class _Node:
    me: _Node | None = None


def test_start_up_heap_is_frozen_and_later_garbage_is_still_collected() -> None:
    before = _Node()
    try:
        freeze_start_up_heap()
        assert gc.get_freeze_count() > 0
        assert not any(obj is before for obj in gc.get_objects())  # out of the GC's sight
        later = _Node()
        later.me = later  # a cycle: only the collector can free it
        gone = weakref.ref(later)
        del later
        gc.collect()
        assert gone() is None
    finally:
        gc.unfreeze()
