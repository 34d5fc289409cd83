"""Schema 3: attachments (kept files) and offers.

Frozen once released: later changes to the tables go in a new step.
"""

from __future__ import annotations

from peewee import SqliteDatabase

_SQL = (
    """\
CREATE TABLE attachment (
    id INTEGER PRIMARY KEY,
    application_id INTEGER NOT NULL REFERENCES application (id) ON DELETE CASCADE,
    parent_id INTEGER REFERENCES attachment (id) ON DELETE CASCADE,
    sha256 TEXT NOT NULL CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
    display_name TEXT NOT NULL,
    size INTEGER NOT NULL CHECK (size >= 0),
    media_type TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('offer_letter', 'cv', 'other')),
    readable INTEGER NOT NULL DEFAULT 0,
    note TEXT NOT NULL DEFAULT '',
    added_at DATETIME NOT NULL
)
""",
    """\
CREATE INDEX attachment_application_id ON attachment (application_id)
""",
    """\
CREATE INDEX attachment_parent_id ON attachment (parent_id)
""",
    """\
CREATE INDEX attachment_sha256 ON attachment (sha256)
""",
    """\
CREATE TABLE offer (
    id INTEGER PRIMARY KEY,
    application_id INTEGER NOT NULL UNIQUE REFERENCES application (id) ON DELETE CASCADE,
    source_attachment_id INTEGER REFERENCES attachment (id) ON DELETE SET NULL,
    received_on DATE NOT NULL,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'negotiating')),
    title TEXT NOT NULL DEFAULT '',
    currency TEXT NOT NULL DEFAULT '',
    base_amount TEXT,
    base_period TEXT NOT NULL DEFAULT 'year' CHECK (base_period IN ('year', 'month', 'hour')),
    sign_on TEXT,
    bonus_percent TEXT,
    bonus_amount TEXT,
    equity_units TEXT,
    equity_value TEXT,
    vesting_years TEXT,
    cliff_months INTEGER,
    start_on DATE,
    deadline_on DATE,
    location TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    exchange_rate TEXT,
    rate_currency TEXT NOT NULL DEFAULT '',
    created_at DATETIME NOT NULL
)
""",
    """\
CREATE INDEX offer_source_attachment_id ON offer (source_attachment_id)
""",
)


def upgrade(db: SqliteDatabase) -> None:
    """Runs inside the migration's transaction. Amounts are kept as decimal text, exact."""
    for statement in _SQL:
        db.execute_sql(statement)
