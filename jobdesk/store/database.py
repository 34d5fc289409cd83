"""Opening the database file: refusing what is not ours, pragmas, migrations."""

from __future__ import annotations

import logging
import sqlite3
from datetime import datetime
from pathlib import Path

import peewee
from peewee import SqliteDatabase

from jobdesk.domain.errors import UserError
from jobdesk.store.backup import move_aside
from jobdesk.store.migrations import LATEST_VERSION, SchemaTooNew, migrate, too_new_message
from jobdesk.store.tables import database

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"

# WAL keeps readers and the writer apart; synchronous=FULL makes every commit
# durable even on power loss, worth it for data people cannot re-create.
PRAGMAS = (
    ("journal_mode", "wal"),
    ("foreign_keys", 1),
    ("synchronous", 2),
    ("busy_timeout", 5000),
)


class NotADatabase(UserError):
    pass


class DatabaseDamaged(NotADatabase):
    """The file is an SQLite database that failed its check; it was moved aside, unchanged."""

    def __init__(self, message: str, moved_to: Path | None) -> None:
        super().__init__(message)
        self.moved_to = moved_to


class DatabaseMissing(UserError):
    """There is no data file (or an empty one) where kept files say there was data."""


def open_database(
    path: Path,
    backup_dir: Path | None = None,
    *,
    damaged_dir: Path | None = None,
    empty_is_loss: bool = False,
) -> SqliteDatabase:
    """Open (creating if needed) the jobdesk database at `path`, migrated to the latest schema.

    The file is checked read-only before anything writes to it (even switching
    to WAL rewrites the header), so a file that is not a jobdesk database, or one
    from a newer jobdesk, is refused without being changed. `PRAGMA quick_check` runs
    then too: a damaged file is never written to; with `damaged_dir` its files are moved
    there together. With `empty_is_loss` (the folder holds kept files or backups), a
    missing or empty file is refused instead of starting a new, empty search.
    """
    state = _check_file(path, damaged_dir)
    if state == "empty" and empty_is_loss:
        raise DatabaseMissing(
            "Your jobdesk data file is missing or empty, but this data folder still holds "
            "your kept files or backups. jobdesk did not start an empty search over them."
        )
    db = SqliteDatabase(str(path), pragmas=PRAGMAS)
    try:
        db.connect()
        migrate(db, backup_dir)
    except (sqlite3.DatabaseError, peewee.DatabaseError) as exc:
        db.close()
        raise NotADatabase(
            f"{path} could not be opened as a jobdesk database ({exc}). "
            "It was not changed. Move it aside, or choose another data folder."
        ) from exc
    except BaseException:
        db.close()
        raise
    database.initialize(db)
    return db


def _check_file(path: Path, damaged_dir: Path | None) -> str:
    """ "empty" (no file, no bytes, or no tables yet) or "ok"; raises for anything else."""
    try:
        with path.open("rb") as handle:
            head = handle.read(len(SQLITE_HEADER))
    except FileNotFoundError:
        return "empty"
    except OSError as exc:
        raise NotADatabase(f"{path} could not be read: {exc.strerror or exc}.") from exc
    if not head:
        return "empty"
    if head != SQLITE_HEADER:
        raise NotADatabase(
            f"{path} is not a jobdesk database (it is not an SQLite file). "
            "It was not changed. Move it aside, or choose another data folder."
        )
    try:
        probe = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
        try:
            tables = int(probe.execute("SELECT count(*) FROM sqlite_master").fetchone()[0])
            version = int(probe.execute("PRAGMA user_version").fetchone()[0])
            check = "ok" if version > LATEST_VERSION else _quick_check(probe)
        finally:
            probe.close()
    except sqlite3.DatabaseError as exc:
        name = getattr(exc, "sqlite_errorname", "")
        if not name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")):
            # Locked, or unreadable here: not damage, so the file stays where it is.
            raise NotADatabase(
                f"{path} could not be opened as a jobdesk database ({exc}). "
                "It was not changed. Move it aside, or choose another data folder."
            ) from exc
        check = str(exc)
    if check != "ok":
        raise _damaged(path, damaged_dir, check)
    if version > LATEST_VERSION:
        raise SchemaTooNew(too_new_message(version, LATEST_VERSION))
    return "empty" if version == 0 and tables == 0 else "ok"


def _quick_check(conn: sqlite3.Connection) -> str:
    rows = conn.execute("PRAGMA quick_check").fetchall()
    return "ok" if [r[0] for r in rows] == ["ok"] else "; ".join(r[0] for r in rows[:3])


def _damaged(path: Path, damaged_dir: Path | None, check: str) -> DatabaseDamaged:
    log.error("%s failed its check: %s", path, check)
    if damaged_dir is None:
        return DatabaseDamaged(
            f"{path} is damaged (SQLite's check failed: {check}). It was not changed. "
            "Move it aside, or choose another data folder.",
            None,
        )
    try:
        moved = move_aside(path, damaged_dir, datetime.now())
    except OSError as exc:
        return DatabaseDamaged(
            f"Your jobdesk data file {path} is damaged, and it could not be moved aside "
            f"({exc.strerror or exc}). It was not changed.",
            None,
        )
    return DatabaseDamaged(
        "Your jobdesk data file is damaged, so jobdesk did not open it (nothing was written "
        f"to it). It was moved, unchanged, to {moved}.",
        moved,
    )
