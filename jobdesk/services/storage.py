"""Writing to the database as one step: a refused write becomes a message, nothing half-done."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

import peewee
from peewee import DatabaseProxy, SqliteDatabase

from jobdesk.domain.errors import UserError


class StorageError(UserError):
    """The database refused a write (disk full, file gone read-only...); nothing was changed."""


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
        raise StorageError(
            f"jobdesk could not save this change ({exc}). Nothing was changed. "
            "Check that the disk has free space and the data folder can be written to."
        ) from exc
