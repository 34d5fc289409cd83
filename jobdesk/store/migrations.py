"""Numbered schema steps, tracked in PRAGMA user_version.

Each step is plain SQL frozen at the time it was written, so a later change to
the peewee tables never changes what an old step does. Before any step runs on a
database that already holds data, a backup is taken; each step runs in one
transaction together with the version bump, so a failure leaves the file as it was.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path

from peewee import SqliteDatabase

from jobdesk.domain.backup_kinds import BEFORE_UPGRADE
from jobdesk.domain.errors import UserError
from jobdesk.store.backup import backup_database
from jobdesk.store.schema import (
    v2_feedback,
    v3_offers,
    v4_facts,
    v5_interviews,
    v6_topics,
    v7_breaks,
    v8_corrections,
    v9_event_times,
    v10_day_rates,
)

Step = Callable[[SqliteDatabase], None]


class SchemaTooNew(UserError):
    """The file was written by a newer jobdesk."""


class MigrationFailed(UserError):
    """A step failed; the database is left at the version before it."""


def _v1_initial(db: SqliteDatabase) -> None:
    for statement in _V1_SQL:
        db.execute_sql(statement)


_V1_SQL = (
    """\
CREATE TABLE company (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    size_band TEXT NOT NULL DEFAULT '',
    industry TEXT NOT NULL DEFAULT ''
)
""",
    """\
CREATE TABLE resume_variant (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE
)
""",
    """\
CREATE TABLE application (
    id INTEGER PRIMARY KEY,
    company_id INTEGER NOT NULL REFERENCES company (id) ON DELETE RESTRICT,
    role_title TEXT NOT NULL,
    role_type TEXT NOT NULL DEFAULT '',
    seniority TEXT NOT NULL DEFAULT '',
    location TEXT NOT NULL DEFAULT '',
    channel TEXT NOT NULL DEFAULT 'direct',
    resume_variant_id INTEGER REFERENCES resume_variant (id) ON DELETE SET NULL,
    job_url TEXT NOT NULL DEFAULT '',
    salary_text TEXT NOT NULL DEFAULT '',
    applied_on DATE NOT NULL,
    notes TEXT NOT NULL DEFAULT '',
    next_step TEXT NOT NULL DEFAULT '',
    next_step_on DATE,
    created_at DATETIME NOT NULL
)
""",
    """\
CREATE INDEX application_company_id ON application (company_id)
""",
    """\
CREATE INDEX application_resume_variant_id ON application (resume_variant_id)
""",
    """\
CREATE TABLE contact (
    id INTEGER PRIMARY KEY,
    application_id INTEGER NOT NULL REFERENCES application (id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    name TEXT NOT NULL,
    role TEXT NOT NULL DEFAULT 'recruiter',
    email TEXT NOT NULL DEFAULT ''
)
""",
    """\
CREATE INDEX contact_application_id ON contact (application_id)
""",
    """\
CREATE TABLE stage_event (
    id INTEGER PRIMARY KEY,
    application_id INTEGER NOT NULL REFERENCES application (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('stage', 'outcome')),
    occurred_on DATE NOT NULL,
    stage TEXT,
    outcome TEXT,
    reason TEXT,
    note TEXT NOT NULL DEFAULT '',
    backfilled INTEGER NOT NULL DEFAULT 0,
    recorded_at DATETIME NOT NULL
)
""",
    """\
CREATE INDEX stage_event_application_id ON stage_event (application_id, occurred_on, id)
""",
    """\
CREATE TRIGGER stage_event_append_only BEFORE UPDATE ON stage_event
BEGIN
    SELECT RAISE(ABORT, 'stage events are append-only');
END;
""",
    """\
CREATE TABLE setting (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
)
""",
)


MIGRATIONS: Sequence[Step] = (
    _v1_initial,
    v2_feedback.upgrade,
    v3_offers.upgrade,
    v4_facts.upgrade,
    v5_interviews.upgrade,
    v6_topics.upgrade,
    v7_breaks.upgrade,
    v8_corrections.upgrade,
    v9_event_times.upgrade,
    v10_day_rates.upgrade,
)
LATEST_VERSION = len(MIGRATIONS)


def too_new_message(found: int, understood: int) -> str:
    return (
        f"This data was saved by a newer version of jobdesk (schema {found}; this "
        f"version understands up to {understood}). Update jobdesk to open it; "
        "nothing was changed."
    )


def schema_version(db: SqliteDatabase) -> int:
    return int(db.execute_sql("PRAGMA user_version").fetchone()[0])


def has_user_tables(db: SqliteDatabase) -> bool:
    row = db.execute_sql(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    ).fetchone()
    return bool(row[0])


def migrate(
    db: SqliteDatabase,
    backup_dir: Path | None,
    steps: Sequence[Step] = MIGRATIONS,
) -> int:
    """Bring `db` up to `len(steps)`; returns the version it is at afterwards."""
    current = schema_version(db)
    target = len(steps)
    if current > target:
        raise SchemaTooNew(too_new_message(current, target))
    if current == target:
        return current
    fresh = current == 0 and not has_user_tables(db)
    if backup_dir is not None and not fresh:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        # Named by the schema it holds, which a restore gives back, and the one it preceded.
        name = f"schema-{current}-{BEFORE_UPGRADE}-{target}-{stamp}.sqlite"
        backup_database(db, backup_dir / name)
    # A new, empty file holds nothing to keep step by step: every step in one transaction,
    # written to disk once instead of once per step (a first start is quicker for it).
    with db.atomic() if fresh else contextlib.nullcontext():
        for number in range(current + 1, target + 1):
            try:
                with db.atomic():
                    steps[number - 1](db)
                    db.execute_sql(f"PRAGMA user_version = {int(number)}")
            except Exception as exc:
                raise MigrationFailed(
                    f"Updating the data to schema {number} failed ({exc}). The data was left "
                    f"as it was, at schema {0 if fresh else number - 1}."
                ) from exc
    return target
