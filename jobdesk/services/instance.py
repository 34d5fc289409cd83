"""One running jobdesk per data folder, enforced with an OS file lock.

The OS releases the lock when the process dies, so a crash never leaves a
stale lock behind.
"""

from __future__ import annotations

import contextlib
import errno
import os
from pathlib import Path
from types import TracebackType
from typing import IO

from jobdesk.domain.errors import UserError


class AlreadyRunning(UserError):
    pass


class LockFailed(UserError):
    """The lock file could not be written (full or read-only disk)."""


class InstanceLock:
    def __init__(self, path: Path) -> None:
        self._path = path
        self._handle: IO[str] | None = None

    def acquire(self) -> InstanceLock:
        try:
            handle = self._path.open("a+", encoding="utf-8")
        except OSError as exc:
            raise LockFailed(self._cannot_write(exc)) from exc
        try:
            _lock(handle)
        except OSError:
            handle.close()
            raise AlreadyRunning(
                f"jobdesk is already running with the data folder {self._path.parent}. "
                "Switch to that window; a second copy would risk the data."
            ) from None
        try:
            # The process id is only a hint for people; the OS lock above is what counts.
            handle.seek(0)
            handle.truncate()
            handle.write(f"{os.getpid()}\n")
            handle.flush()
        except OSError as exc:
            with contextlib.suppress(OSError):  # closing flushes again, and fails again
                handle.close()
            raise LockFailed(self._cannot_write(exc)) from exc
        self._handle = handle
        return self

    def _cannot_write(self, exc: OSError) -> str:
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            why = "the disk is full. Free some space on it, then start jobdesk again"
        elif exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            why = "the folder is read-only. Make it writable, or choose another with --data-dir"
        else:
            why = f"{exc.strerror or exc}"
        folder = self._path.parent
        return f"jobdesk could not start: it cannot write in its data folder {folder}: {why}."

    def release(self) -> None:
        if self._handle is not None:
            self._handle.close()
            self._handle = None

    def __enter__(self) -> InstanceLock:
        return self.acquire()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()


if os.name == "nt":
    import msvcrt

    def _lock(handle: IO[str]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]

else:
    import fcntl

    def _lock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
