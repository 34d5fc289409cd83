"""Python's cycle collector, kept to the window's thread while a worker of its runs.

A collection runs on whichever thread allocates when one is due. Run on a worker, it would
free there whatever cyclic garbage the window had left, Qt objects included, and Qt crashes
when a widget is destroyed on a thread other than its own. So while any of the window's
workers runs Python code (a background job, the charting library's import, a dropped file
being read), the automatic collector is paused; the window's thread takes it up again when
the last of them has reported. Garbage waits meanwhile: a few seconds' worth.

Both calls are made on the window's thread.
"""

from __future__ import annotations

import gc

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
