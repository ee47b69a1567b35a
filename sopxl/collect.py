"""Garbage collection while a batch runs (checking or importing hundreds of workbooks)."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

_YOUNG_OBJECTS = 20_000
"""Allocations between two collections of the youngest generation during a batch."""


@contextmanager
def few_collections() -> Iterator[None]:
    """Collect cyclic garbage less often while a batch runs (worker processes forked
    inside inherit it). Checking a form allocates tens of thousands of short-lived
    objects (cells, rows, findings) that reference counting frees; the default collects
    the youngest generation every 700 allocations, scanning objects about to be freed
    anyway: 2-4 % of a check (``sopxl check`` on 1,000 forms, time and CPU) and of an
    import (60 inventories of 100 titles). Cycles are still collected, a little later.
    Also a decorator. The setting is the process's: batches overlapping in threads (the
    web inbox) may leave it raised, which costs nothing but later collections."""
    old = gc.get_threshold()
    gc.set_threshold(max(old[0], _YOUNG_OBJECTS), *old[1:])
    try:
        yield
    finally:
        gc.set_threshold(*old)
