"""Schema 2: feedback templates and per-application feedback records."""

from __future__ import annotations

from peewee import SqliteDatabase


def upgrade(db: SqliteDatabase) -> None:
    """Filled in with the feedback feature; runs inside the migration's transaction."""
