"""Python's cycle collector: paused while a large read makes its many tuples (and no
cycle), and kept to the window's thread while a worker of the window's runs.

As 100,000 tuples pile up, the collector walks the whole heap once or twice (100-200 ms at
100,000 applications) and finds nothing to free: a read on a worker thread pauses it.

A collection runs on whichever thread allocates when one is due. Run on a worker, it would
free there whatever cyclic garbage the window had left, Qt objects included, and Qt crashes
when a widget is destroyed on a thread other than its own. So while any of the window's
workers runs Python code (a background job, the charting library's import, a dropped file
being read), the automatic collector is paused (`worker_started`); the window's thread takes
it up again when the last of them has reported (`worker_reported`, both called on the
window's thread). Garbage waits meanwhile: a few seconds' worth.
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


_running = 0  # workers started and not yet reported
_resume = False  # the collector was on when the first of them started


def worker_started() -> None:
    global _running, _resume
    if _running == 0:
        _resume = gc.isenabled()
        gc.disable()
    _running += 1


def worker_reported() -> None:
    global _running
    if _running == 0:
        return
    _running -= 1
    if _running == 0 and _resume:
        gc.enable()
