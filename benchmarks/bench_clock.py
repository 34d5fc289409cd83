"""What the window benchmarks read their figures on: the wall clock, or with
JOBDESK_BENCH_CLOCK=cpu (set by `ui_latency.py --clock cpu`) the CPU time of the window's
thread, which other programs on a busy machine do not inflate (work on other threads, and
waits, are not in it). Read once, as the measuring process starts."""

from __future__ import annotations

import os
import time
from collections.abc import Callable

CLOCK_VARIABLE = "JOBDESK_BENCH_CLOCK"

clock: Callable[[], float] = (
    time.thread_time if os.environ.get(CLOCK_VARIABLE) == "cpu" else time.perf_counter
)
