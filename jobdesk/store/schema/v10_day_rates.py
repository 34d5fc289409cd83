"""Schema 10: an offer's pay may be a day rate (a contractor's "£650 a day").

Schema 3 let `offer.base_period` hold only year, month and hour, by a CHECK that SQLite cannot
alter in place, so the table is made again with "day" allowed and every row copied as it was
(SQLite's documented way to change a table's constraints). Nothing refers to an offer row, so
dropping the old table touches no other. Frozen once released: later changes go in a new step.
"""

from __future__ import annotations

from peewee import SqliteDatabase

_COLUMNS = (
    "id, application_id, source_attachment_id, received_on, status, title, currency, "
    "base_amount, base_period, sign_on, bonus_percent, bonus_amount, equity_units, "
    "equity_value, vesting_years, cliff_months, start_on, deadline_on, location, notes, "
    "exchange_rate, rate_currency, created_at"
)

_SQL = (
    """\
CREATE TABLE offer_new (
    id INTEGER PRIMARY KEY,
    application_id INTEGER NOT NULL UNIQUE REFERENCES application (id) ON DELETE CASCADE,
    source_attachment_id INTEGER REFERENCES attachment (id) ON DELETE SET NULL,
    received_on DATE NOT NULL,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'negotiating')),
    title TEXT NOT NULL DEFAULT '',
    currency TEXT NOT NULL DEFAULT '',
    base_amount TEXT,
    base_period TEXT NOT NULL DEFAULT 'year'
        CHECK (base_period IN ('year', 'month', 'day', 'hour')),
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
    f"INSERT INTO offer_new ({_COLUMNS}) SELECT {_COLUMNS} FROM offer ORDER BY id",
    "DROP TABLE offer",
    "ALTER TABLE offer_new RENAME TO offer",
    "CREATE INDEX offer_source_attachment_id ON offer (source_attachment_id)",
)


def upgrade(db: SqliteDatabase) -> None:
    """Runs inside the migration's transaction; the SQL is frozen as released."""
    for statement in _SQL:
        db.execute_sql(statement)
