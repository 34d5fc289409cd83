"""Opening the database file: refusing what is not ours, pragmas, migrations."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import peewee
from peewee import SqliteDatabase

from jobdesk.domain.errors import UserError
from jobdesk.store.migrations import LATEST_VERSION, SchemaTooNew, migrate, too_new_message
from jobdesk.store.tables import database

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


def open_database(path: Path, backup_dir: Path | None = None) -> SqliteDatabase:
    """Open (creating if needed) the jobdesk database at `path`, migrated to the latest schema.

    The file is checked read-only before anything writes to it (even switching
    to WAL rewrites the header), so a file that is not a jobdesk database, or one
    from a newer jobdesk, is refused without being changed.
    """
    _refuse_foreign_file(path)
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


def _refuse_foreign_file(path: Path) -> None:
    try:
        with path.open("rb") as handle:
            head = handle.read(len(SQLITE_HEADER))
    except FileNotFoundError:
        return
    except OSError as exc:
        raise NotADatabase(f"{path} could not be read: {exc.strerror or exc}.") from exc
    if not head:
        return
    if head != SQLITE_HEADER:
        raise NotADatabase(
            f"{path} is not a jobdesk database (it is not an SQLite file). "
            "It was not changed. Move it aside, or choose another data folder."
        )
    try:
        probe = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
        try:
            probe.execute("SELECT count(*) FROM sqlite_master").fetchone()
            version = int(probe.execute("PRAGMA user_version").fetchone()[0])
        finally:
            probe.close()
    except sqlite3.DatabaseError as exc:
        raise NotADatabase(
            f"{path} could not be opened as a jobdesk database ({exc}). "
            "It was not changed. Move it aside, or choose another data folder."
        ) from exc
    if version > LATEST_VERSION:
        raise SchemaTooNew(too_new_message(version, LATEST_VERSION))
