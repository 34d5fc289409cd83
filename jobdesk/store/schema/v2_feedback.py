"""Schema 2: feedback templates and per-application feedback records."""

from __future__ import annotations

from peewee import SqliteDatabase


def upgrade(db: SqliteDatabase) -> None:
    """Runs inside the migration's transaction; the SQL is frozen as released."""
    for statement in _V2_SQL:
        db.execute_sql(statement)


_V2_SQL = (
    # A built-in template has a row only once the user edits it (builtin_key set);
    # until then its text comes from the app, so improved defaults reach everyone.
    """\
CREATE TABLE message_template (
    id INTEGER PRIMARY KEY,
    builtin_key TEXT UNIQUE,
    name TEXT NOT NULL,
    purpose TEXT NOT NULL DEFAULT 'feedback',
    subject TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL DEFAULT '',
    modified_at DATETIME NOT NULL
)
""",
    """\
CREATE TABLE message_sent (
    id INTEGER PRIMARY KEY,
    application_id INTEGER NOT NULL REFERENCES application (id) ON DELETE CASCADE,
    purpose TEXT NOT NULL,
    sent_on DATE NOT NULL,
    via TEXT NOT NULL,
    recorded_at DATETIME NOT NULL
)
""",
    """\
CREATE INDEX message_sent_application_id ON message_sent (application_id, sent_on)
""",
    """\
CREATE TABLE feedback (
    application_id INTEGER PRIMARY KEY REFERENCES application (id) ON DELETE CASCADE,
    received_on DATE NOT NULL,
    said TEXT NOT NULL DEFAULT '',
    recorded_at DATETIME NOT NULL
)
""",
    """\
CREATE TABLE feedback_theme (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    builtin INTEGER NOT NULL DEFAULT 0
)
""",
    """\
CREATE TABLE feedback_theme_link (
    application_id INTEGER NOT NULL REFERENCES feedback (application_id) ON DELETE CASCADE,
    theme_id INTEGER NOT NULL REFERENCES feedback_theme (id) ON DELETE CASCADE,
    PRIMARY KEY (application_id, theme_id)
)
""",
    """\
CREATE INDEX feedback_theme_link_theme_id ON feedback_theme_link (theme_id)
""",
    """\
INSERT INTO feedback_theme (name, builtin) VALUES
    ('Technical skills gap', 1),
    ('Communication', 1),
    ('Experience mismatch', 1),
    ('Culture fit', 1)
""",
)
