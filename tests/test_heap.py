"""The allocator gives a large search's big freed lists back to the system (Linux, glibc)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# Sixty lists of 100,000 entries (800 kB each, as a large search makes them for a moment),
# each followed by a small block that stays (from malloc, not Python's own small-object
# pools), then the lists freed: how many MB the process still holds for them.
CHILD = """
import gc, sys
from jobdesk.heap import give_back_large_blocks
def rss():
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS"):
            return int(line.split()[1]) // 1024
if sys.argv[1] == "fixed":
    assert give_back_large_blocks() and give_back_large_blocks()
big = bytearray(4 << 20)
del big  # a freed mapping: glibc then serves blocks of up to 4 MB from its heap
before = rss()
lists, kept = [], []
for i in range(60):
    lists.append([i] * 100_000)
    kept.append(b"x" * 600 + bytes([i]))
del lists
gc.collect()
print(rss() - before)
"""


def held_after_freeing(mode: str) -> int:
    done = subprocess.run(
        [sys.executable, "-c", CHILD, mode],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        check=True,
    )
    return int(done.stdout)


@pytest.mark.skipif(
    not sys.platform.startswith("linux")
    or not (os.confstr("CS_GNU_LIBC_VERSION") or "").startswith("glibc"),
    reason="glibc's allocator only",
)
def test_big_freed_lists_go_back_to_the_system() -> None:
    # Without the fixed threshold the 48 MB of lists stay with the process once freed.
    assert held_after_freeing("default") >= 40
    assert held_after_freeing("fixed") <= 1
