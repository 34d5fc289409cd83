"""Python's cycle collector paused while a large read makes its many tuples (and no cycle).

As 100,000 tuples pile up, the collector walks the whole heap once or twice (100-200 ms at
100,000 applications) and finds nothing to free: a read on a worker thread pauses it.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """The collector off for the block. Another thread's pause may overlap; the collector
    ends on as long as one of them found it on."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()
