"""Writing to the database as one step: a refused write becomes a message, nothing half-done."""

from __future__ import annotations

import errno
import os
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import peewee
from peewee import DatabaseProxy, SqliteDatabase

from jobdesk.domain.errors import UserError


class StorageError(UserError):
    """The database refused a write (disk full, file gone read-only...); nothing was changed."""


FULL = (
    "the disk is full. Free some space on it (or move the data folder to a disk with "
    "room), then try again"
)
READ_ONLY = (
    "the data file cannot be written to: the disk or the data folder is read-only. "
    "Make it writable again (or copy the data folder somewhere you can write), then try again"
)
DAMAGED = (
    "the data file is damaged. Quit jobdesk and start it again: it will check the file "
    "and offer your newest good backup"
)
MISSING = (
    "the data folder cannot be reached: it may have been moved or deleted, or its disk "
    "unplugged. Put it back, then restart jobdesk"
)

_BY_CODE = {
    "SQLITE_FULL": FULL,
    "SQLITE_READONLY": READ_ONLY,
    "SQLITE_CORRUPT": DAMAGED,
    "SQLITE_NOTADB": DAMAGED,
    "SQLITE_CANTOPEN": MISSING,
    "SQLITE_IOERR": MISSING,
}
_BY_TEXT = (
    ("disk is full", FULL),
    ("readonly", READ_ONLY),
    ("malformed", DAMAGED),
    ("not a database", DAMAGED),
    ("unable to open", MISSING),
    ("disk i/o error", MISSING),
)
_BY_ERRNO = {
    errno.ENOSPC: FULL,
    errno.EDQUOT: FULL,
    errno.EROFS: READ_ONLY,
    errno.EACCES: READ_ONLY,
    errno.ENOENT: MISSING,
}


def _chain(exc: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    todo: list[BaseException] = [exc]
    while todo:
        current = todo.pop(0)
        if id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        todo.extend(e for e in (current.__cause__, current.__context__) if e is not None)


def storage_cause(exc: BaseException) -> str | None:
    """What really stopped a write, in the user's words; None when it is none of the known
    causes. The whole exception chain is read: peewee's failed rollback ("cannot rollback -
    no transaction is active") hides the real error in its context."""
    for error in _chain(exc):
        name = getattr(error, "sqlite_errorname", "") or ""
        for code, text in _BY_CODE.items():
            if name.startswith(code):
                return text
        if isinstance(error, OSError) and error.errno in _BY_ERRNO:
            return _BY_ERRNO[error.errno]
    for error in _chain(exc):
        lowered = str(error).lower()
        for phrase, text in _BY_TEXT:
            if phrase in lowered:
                return text
    return None


def storage_message(exc: BaseException) -> str:
    cause = storage_cause(exc)
    if cause is None:
        return (
            f"jobdesk could not save this change ({exc}). Nothing was changed. "
            "Check that the disk has free space and the data folder can be written to."
        )
    return f"jobdesk could not save this change: {cause}. Nothing was changed."


@contextmanager
def saving(db: SqliteDatabase | DatabaseProxy) -> Iterator[None]:
    """One transaction; a storage failure rolls it back and becomes a message for the user."""
    try:
        with db.atomic():
            yield
    except UnicodeEncodeError as exc:
        # A lone surrogate that no domain check caught: SQLite stores UTF-8 only.
        raise UserError(
            "This text contains a broken character (half of an emoji or symbol), so it "
            "could not be saved. Nothing was changed. Retype the text and try again."
        ) from exc
    except (peewee.DatabaseError, sqlite3.Error) as exc:
        raise StorageError(storage_message(exc)) from exc


def write_whole(path: Path, data: bytes, what: str) -> None:
    """Write `data` to `path` whole or not at all; UserError in the user's words."""
    try:
        fd, temp = tempfile.mkstemp(prefix=".jobdesk-", suffix=path.suffix, dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(data)
                out.flush()
                os.fsync(out.fileno())
            os.replace(temp, path)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise
    except OSError as exc:
        cause = storage_cause(exc) or str(exc.strerror or exc)
        raise UserError(
            f"The {what} could not be written to {path}: {cause}. Nothing was written there. "
            "Choose another folder and try again."
        ) from exc
