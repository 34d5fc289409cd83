"""Every earlier schema version, as a real file holding data of every kind, upgraded: the
schema must be a fresh install's and the rows what they were (tests/data/schemas/)."""

from __future__ import annotations

import re
import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from jobdesk.domain.application import summary_of
from jobdesk.domain.enums import Outcome, Stage
from jobdesk.paths import Paths
from jobdesk.services.bundle import build_services
from jobdesk.store import facts
from jobdesk.store.database import open_database
from jobdesk.store.migrations import LATEST_VERSION, schema_version
from tests.data.schemas.expected import EXPECTED

SCHEMAS = Path(__file__).parents[1] / "data" / "schemas"
OLDER = range(1, LATEST_VERSION)


def schema_of(path: Path) -> list[tuple[str, str, str, str]]:
    """sqlite_master, normalised: whitespace collapsed, sorted."""
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    finally:
        conn.close()
    return sorted((t, n, tb, re.sub(r"\s+", " ", sql or "").strip()) for t, n, tb, sql in rows)


def tables_of(path: Path) -> set[str]:
    return {t[1] for t in schema_of(path) if t[0] == "table"}


def upgraded(version: int, tmp_path: Path) -> Path:
    source = SCHEMAS / f"v{version}.sqlite"
    assert source.is_file(), f"no {source.name}: run tests/data/schemas/make.py"
    copy = tmp_path / f"v{version}.sqlite"
    shutil.copyfile(source, copy)
    db = open_database(copy, tmp_path / "backups")
    assert schema_version(db) == LATEST_VERSION
    db.close()
    return copy


def test_there_is_a_file_and_expected_rows_for_every_earlier_version() -> None:
    for version in OLDER:
        assert (SCHEMAS / f"v{version}.sqlite").is_file(), version
        assert version in EXPECTED, version
        conn = sqlite3.connect(f"{(SCHEMAS / f'v{version}.sqlite').as_uri()}?mode=ro", uri=True)
        assert conn.execute("PRAGMA user_version").fetchone()[0] == version
        conn.close()


@pytest.mark.parametrize("version", OLDER)
def test_an_upgraded_file_has_a_fresh_install_s_schema(version: int, tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.sqlite"
    open_database(fresh).close()
    assert schema_of(upgraded(version, tmp_path)) == schema_of(fresh)


@pytest.mark.parametrize("version", OLDER)
def test_an_upgraded_file_keeps_every_row(version: int, tmp_path: Path) -> None:
    source = SCHEMAS / f"v{version}.sqlite"
    expected = EXPECTED[version]
    # Every table the old file held is compared; none is left out by accident.
    assert tables_of(source) <= set(expected)
    conn = sqlite3.connect(upgraded(version, tmp_path))
    try:
        for table, rows in expected.items():
            found = conn.execute(f'SELECT * FROM "{table}" ORDER BY 1, 2').fetchall()
            assert found == rows, table
    finally:
        conn.close()
    # A backup of the old file was taken before the first step ran.
    (backup,) = (tmp_path / "backups").glob("schema-*-before-upgrade-to-*.sqlite")
    assert schema_of(backup) == schema_of(source)


@pytest.mark.parametrize("version", OLDER)
def test_the_app_reads_an_upgraded_search(version: int, tmp_path: Path) -> None:
    paths = Paths(tmp_path / "data")
    paths.data_dir.mkdir()
    shutil.copyfile(SCHEMAS / f"v{version}.sqlite", paths.database)
    db = open_database(paths.database, paths.backups)
    try:
        services = build_services(db, paths, today=lambda: date(2026, 11, 20))
        apps = {a.details.company: a for a in services.pipeline.applications()}
        assert sorted(apps) == ["Acme Robotics", "Globex", "Initech"]
        assert apps["Acme Robotics"].details.role_title == "Senior Backend Engineer"
        assert apps["Acme Robotics"].furthest_stage is Stage.TECHNICAL
        assert apps["Globex"].outcome is Outcome.REJECTED
        # Schema 4's kept facts were worked out from the old history, and match a replay.
        assert facts.differences() == []
        assert services.pipeline.summaries() == [
            summary_of(a) for a in services.pipeline.applications()
        ]
    finally:
        db.close()
