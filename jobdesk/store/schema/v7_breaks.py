"""Schema 7: recovery breaks.

A break is a span of days the user set aside, first and last day included, with an
optional note. The no-response timeout and follow-up reminders do not count its days
(domain/breaks.py). Frozen once released: later changes go in a new step.
"""

from __future__ import annotations

from peewee import SqliteDatabase

_SQL = (
    """\
CREATE TABLE recovery_break (
    id INTEGER PRIMARY KEY,
    starts_on DATE NOT NULL,
    ends_on DATE NOT NULL CHECK (ends_on >= starts_on),
    note TEXT NOT NULL DEFAULT '',
    created_at DATETIME NOT NULL
)
""",
)


def upgrade(db: SqliteDatabase) -> None:
    """Runs inside the migration's transaction; the SQL is frozen as released."""
    for statement in _SQL:
        db.execute_sql(statement)
