"""The database file: pragmas in force, migrations, refusal of foreign and newer files, backups."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from peewee import SqliteDatabase

from jobdesk.store.backup import BEFORE_SCHEMA, backup_database, reason_of
from jobdesk.store.database import NotADatabase, open_database
from jobdesk.store.migrations import (
    LATEST_VERSION,
    MigrationFailed,
    SchemaTooNew,
    migrate,
    schema_version,
)


def pragma(db: SqliteDatabase, name: str) -> object:
    return db.execute_sql(f"PRAGMA {name}").fetchone()[0]


def test_pragmas_in_force(tmp_path: Path) -> None:
    db = open_database(tmp_path / "j.sqlite")
    assert pragma(db, "journal_mode") == "wal"
    assert pragma(db, "foreign_keys") == 1
    assert pragma(db, "synchronous") == 2  # FULL
    assert schema_version(db) == LATEST_VERSION
    db.close()


def test_history_rows_cannot_be_rewritten(tmp_path: Path) -> None:
    db = open_database(tmp_path / "j.sqlite")
    db.execute_sql("INSERT INTO company (name) VALUES ('Acme')")
    db.execute_sql(
        "INSERT INTO application (company_id, role_title, applied_on, created_at) "
        "VALUES (1, 'Eng', '2026-11-01', '2026-11-01')"
    )
    db.execute_sql(
        "INSERT INTO stage_event (application_id, kind, occurred_on, stage, recorded_at) "
        "VALUES (1, 'stage', '2026-11-02', 'screen', '2026-11-02')"
    )
    with pytest.raises(Exception, match="append-only"):
        db.execute_sql("UPDATE stage_event SET stage = 'offer'")
    db.close()


def test_a_database_from_a_newer_jobdesk_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "j.sqlite"
    raw = sqlite3.connect(path)
    raw.execute("CREATE TABLE future (x)")
    raw.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    raw.commit()
    raw.close()
    before = path.read_bytes()
    with pytest.raises(SchemaTooNew, match="newer version of jobdesk"):
        open_database(path, tmp_path / "backups")
    assert path.read_bytes() == before
    assert not (tmp_path / "backups").exists()


def test_a_failing_step_leaves_the_version_and_data_unchanged(tmp_path: Path) -> None:
    db = SqliteDatabase(str(tmp_path / "j.sqlite"))
    db.connect()

    def step_one(d: SqliteDatabase) -> None:
        d.execute_sql("CREATE TABLE kept (x)")

    def step_two(d: SqliteDatabase) -> None:
        d.execute_sql("CREATE TABLE half (x)")
        raise RuntimeError("disk on fire")

    migrate(db, tmp_path / "backups", [step_one])
    with pytest.raises(MigrationFailed, match="left as it was, at schema 1"):
        migrate(db, tmp_path / "backups", [step_one, step_two])
    assert schema_version(db) == 1
    tables = {r[0] for r in db.execute_sql("SELECT name FROM sqlite_master WHERE type='table'")}
    assert "kept" in tables and "half" not in tables
    # A backup was taken before touching a database that already had data.
    # Named by the schema it holds (1), before the upgrade to 2; listed as an upgrade's.
    backups = list((tmp_path / "backups").glob("schema-1-before-upgrade-to-2-*.sqlite"))
    assert len(backups) == 1
    assert reason_of(backups[0]) == BEFORE_SCHEMA
    assert reason_of(Path("before-schema-2-20261101-101010.sqlite")) == BEFORE_SCHEMA  # older
    copy = sqlite3.connect(backups[0])
    assert copy.execute("PRAGMA user_version").fetchone()[0] == 1
    copy.close()
    db.close()


def test_no_backup_is_taken_for_a_brand_new_file(tmp_path: Path) -> None:
    open_database(tmp_path / "j.sqlite", tmp_path / "backups").close()
    assert not (tmp_path / "backups").exists()


@pytest.mark.parametrize(
    "content", [b"name,role\nAcme,Engineer\n", b"\x00" * 4096, b"SQLite format 3\x00" + b"x" * 200]
)
def test_a_file_that_is_not_a_database_is_refused_untouched(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "j.sqlite"
    path.write_bytes(content)
    with pytest.raises(NotADatabase, match="It was not changed"):
        open_database(path)
    assert path.read_bytes() == content
    assert not (tmp_path / "j.sqlite-wal").exists() or content.startswith(b"SQLite")


def test_backup_copies_everything_and_is_checked(tmp_path: Path) -> None:
    db = open_database(tmp_path / "j.sqlite")
    db.execute_sql("INSERT INTO company (name) VALUES ('Acme')")
    dest = backup_database(db, tmp_path / "b" / "copy.sqlite")
    copy = sqlite3.connect(dest)
    assert copy.execute("SELECT name FROM company").fetchall() == [("Acme",)]
    copy.close()
    assert not list((tmp_path / "b").glob("*.partial"))
    db.close()
