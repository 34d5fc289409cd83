"""A brand-new data file gets every schema step in one transaction: one write, all or nothing."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest
from peewee import SqliteDatabase

from jobdesk.store.migrations import MIGRATIONS, MigrationFailed, Step, migrate, schema_version


def _committed(db: SqliteDatabase, steps: Sequence[Step], backups: Path) -> list[str]:
    seen: list[str] = []
    db.connection().set_trace_callback(seen.append)
    try:
        migrate(db, backups, steps)
    finally:
        db.connection().set_trace_callback(None)
    return [s for s in seen if s.strip().upper().startswith(("COMMIT", "RELEASE"))]


def test_a_new_file_is_built_in_one_transaction(tmp_path: Path) -> None:
    db = SqliteDatabase(str(tmp_path / "j.sqlite"))
    db.connect()
    commits = _committed(db, list(MIGRATIONS), tmp_path / "backups")
    assert [c for c in commits if c.upper().startswith("COMMIT")] == ["COMMIT"]
    assert schema_version(db) == len(MIGRATIONS)
    db.close()


def test_a_file_with_data_is_still_upgraded_step_by_step(tmp_path: Path) -> None:
    db = SqliteDatabase(str(tmp_path / "j.sqlite"))
    db.connect()
    migrate(db, tmp_path / "backups", list(MIGRATIONS[:2]))
    commits = _committed(db, list(MIGRATIONS), tmp_path / "backups")
    # One commit per step that was left (and a backup before them).
    assert len([c for c in commits if c.upper().startswith("COMMIT")]) == len(MIGRATIONS) - 2
    assert len(list((tmp_path / "backups").glob("schema-*-before-upgrade-to-*.sqlite"))) == 1
    db.close()


def test_a_failing_step_leaves_a_new_file_empty(tmp_path: Path) -> None:
    db = SqliteDatabase(str(tmp_path / "j.sqlite"))
    db.connect()

    def step_one(d: SqliteDatabase) -> None:
        d.execute_sql("CREATE TABLE kept (x)")

    def step_two(d: SqliteDatabase) -> None:
        raise RuntimeError("disk on fire")

    with pytest.raises(MigrationFailed, match="left as it was, at schema 0"):
        migrate(db, tmp_path / "backups", [step_one, step_two])
    assert schema_version(db) == 0
    assert db.execute_sql("SELECT count(*) FROM sqlite_master").fetchone()[0] == 0
    db.close()
