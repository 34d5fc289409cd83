"""Asks the C allocator to give large freed blocks back to the system (Linux, glibc).

glibc serves a block of 128 kB or more from a mapping of its own, given back when freed, but
after the first such block is freed it raises that threshold (up to 32 MB) and serves later
ones from its heap, which keeps their memory once they are freed. A large search makes many
lists of 100,000 entries (800 kB each) for a moment, on the window's thread and on workers:
kept in the heap, at 100,000 applications they add about 8 MB to the peak memory. A fixed
threshold keeps them as mappings, and the cost of mapping one is small beside the work of
filling it.
"""

from __future__ import annotations

import os
import sys

_M_MMAP_THRESHOLD = -3  # from glibc's malloc.h
_THRESHOLD = 128 * 1024  # glibc's own starting value, kept from now on
_done: list[bool] = []


def give_back_large_blocks() -> bool:
    """Fix the allocator's mapping threshold, once per process; whether it was set (False
    where the C library is not glibc)."""
    if _done:
        return _done[0]
    applied = False
    if sys.platform.startswith("linux") and _glibc():
        import ctypes  # here: only a large search needs it, and it costs 2 ms to import

        try:
            applied = bool(ctypes.CDLL(None).mallopt(_M_MMAP_THRESHOLD, _THRESHOLD))
        except (OSError, AttributeError):
            applied = False
    _done.append(applied)
    return applied


def _glibc() -> bool:
    try:
        return (os.confstr("CS_GNU_LIBC_VERSION") or "").startswith("glibc")
    except (ValueError, OSError):  # not a name this system knows
        return False
