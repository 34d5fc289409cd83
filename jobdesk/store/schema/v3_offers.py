"""Schema 3: attachments (kept files) and offers."""

from __future__ import annotations

from peewee import SqliteDatabase


def upgrade(db: SqliteDatabase) -> None:
    """Filled in with the offers feature; runs inside the migration's transaction."""
