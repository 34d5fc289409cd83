"""Backups through SQLite's online backup API, checked before they are kept."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path

from peewee import SqliteDatabase

from jobdesk.domain.errors import UserError


class BackupFailed(UserError):
    pass


def backup_database(db: SqliteDatabase, dest: Path) -> Path:
    """Copy `db` to `dest` consistently; the copy is verified before it takes that name."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    partial = dest.with_name(dest.name + ".partial")
    try:
        target = sqlite3.connect(partial)
        try:
            db.connection().backup(target)
            check = target.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            target.close()
        if check != "ok":
            raise BackupFailed(f"The backup copy did not pass SQLite's check ({check}).")
        os.replace(partial, dest)
    except (OSError, sqlite3.Error) as exc:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise BackupFailed(f"Could not write a backup to {dest.parent}: {exc}") from exc
    return dest
