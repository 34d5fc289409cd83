"""Backup files: checked copies, rotation, what a listing says, damaged and newer files,
and the data file found damaged or missing before anything is written to it."""

from __future__ import annotations

import os
import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from jobdesk.store.backup import (
    AUTOMATIC,
    MANUAL,
    BackupFailed,
    backup_database,
    inspect,
    list_backups,
    move_aside,
    new_backup_path,
    to_rotate,
)
from jobdesk.store.database import DatabaseDamaged, DatabaseMissing, NotADatabase, open_database
from jobdesk.store.migrations import LATEST_VERSION
from tests.disks import fill, small_disk

NOW = datetime(2026, 12, 1, 9, 30)


def touch_backups(folder: Path, days: int) -> list[Path]:
    """One automatic backup a day at noon, for `days` days up to NOW's day."""
    folder.mkdir(parents=True, exist_ok=True)
    made = []
    for back in range(days):
        when = datetime.combine(NOW.date() - timedelta(days=back), datetime.min.time())
        path = new_backup_path(folder, AUTOMATIC, when.replace(hour=12))
        path.write_bytes(b"")
        made.append(path)
    return made


def test_rotation_keeps_12_days_10_weeks_and_9_months(tmp_path: Path) -> None:
    made = touch_backups(tmp_path, 400)
    manual = new_backup_path(tmp_path, MANUAL, datetime(2025, 1, 1))
    manual.write_bytes(b"")
    gone = set(to_rotate([*made, manual]))
    kept = sorted(
        date(int(p.name[8:12]), int(p.name[12:14]), int(p.name[14:16]))
        for p in made
        if p not in gone
    )
    days = [date(2026, 11, d) for d in range(20, 31)] + [date(2026, 12, 1)]
    weeks = [date(2026, 11, 15), date(2026, 11, 8), date(2026, 11, 1)]
    weeks += [date(2026, 10, 25), date(2026, 10, 18), date(2026, 10, 11), date(2026, 10, 4)]
    months = [date(2026, 10, 31), date(2026, 9, 30), date(2026, 8, 31), date(2026, 7, 31)]
    months += [date(2026, 6, 30), date(2026, 5, 31), date(2026, 4, 30)]
    assert kept == sorted(days + weeks + months)
    assert len(kept) == 26
    assert manual not in gone  # only automatic backups rotate


def make_db(path: Path, companies: int = 1) -> sqlite3.Connection:
    db = open_database(path)
    for number in range(companies):
        db.execute_sql("INSERT INTO company (name) VALUES (?)", (f"Company {number}",))
        db.execute_sql(
            "INSERT INTO application (company_id, role_title, applied_on, created_at) "
            "VALUES (?, 'Engineer', '2026-11-01', '2026-11-01 10:00:00')",
            (number + 1,),
        )
    db.close()
    return sqlite3.connect(path)


def test_a_listing_says_what_each_backup_holds(tmp_path: Path) -> None:
    source = make_db(tmp_path / "j.sqlite", companies=3)
    folder = tmp_path / "backups"
    good = new_backup_path(folder, MANUAL, NOW)
    from jobdesk.store.backup import copy_connection

    copy_connection(source, good)
    source.close()
    damaged = new_backup_path(folder, AUTOMATIC, NOW - timedelta(days=1))
    damaged.write_bytes(good.read_bytes()[:4096] + os.urandom(8192))
    newer = new_backup_path(folder, AUTOMATIC, NOW - timedelta(days=2))
    raw = sqlite3.connect(newer)
    raw.execute("CREATE TABLE application (x)")
    raw.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    raw.commit()
    raw.close()
    listing = list_backups(folder, LATEST_VERSION)
    assert [(b.path, b.applications, b.problem) for b in listing] == [
        (good, 3, None),
        (damaged, 0, "it is damaged or not a jobdesk backup"),
        (newer, 0, "it was made by a newer jobdesk"),
    ]
    assert listing[0].taken_at == NOW
    assert not list(folder.glob("*-wal")), "reading a backup never writes beside it"


def test_a_file_where_the_backups_folder_should_be_is_explained(tmp_path: Path) -> None:
    db = open_database(tmp_path / "j.sqlite")
    (tmp_path / "backups").write_text("not a folder")
    with pytest.raises(BackupFailed, match=r"is a file, not a folder\. Rename or move that file"):
        backup_database(db, tmp_path / "backups" / "copy.sqlite")
    db.close()
    assert (tmp_path / "backups").read_text() == "not a folder"


def test_a_full_backup_disk_is_explained_and_keeps_the_older_backups(tmp_path: Path) -> None:
    make_db(tmp_path / "j.sqlite", companies=200).close()
    db = open_database(tmp_path / "j.sqlite")
    with small_disk(tmp_path / "backups", size_kib=512) as folder:
        older = backup_database(db, folder / "older.sqlite")
        before = older.read_bytes()
        fill(folder)
        with pytest.raises(BackupFailed, match=r"the disk holding .* is full"):
            backup_database(db, folder / "newer.sqlite")
        assert sorted(p.name for p in folder.iterdir()) == ["filler", "older.sqlite"]
        assert older.read_bytes() == before
    db.close()


def test_damage_is_found_before_anything_writes_and_the_files_move_aside_together(
    tmp_path: Path,
) -> None:
    path = tmp_path / "j.sqlite"
    make_db(path, companies=50).close()
    raw = bytearray(path.read_bytes())
    raw[2 * 4096 : 3 * 4096] = os.urandom(4096)  # page 3: an index, the file still opens
    path.write_bytes(bytes(raw))
    (tmp_path / "j.sqlite-wal").write_bytes(b"wal bytes")
    (tmp_path / "j.sqlite-shm").write_bytes(b"shm bytes")
    with pytest.raises(DatabaseDamaged, match="damaged, so jobdesk did not open it") as caught:
        open_database(path, tmp_path / "backups", damaged_dir=tmp_path / "set-aside")
    moved = caught.value.moved_to
    assert moved is not None and moved.parent == tmp_path / "set-aside"
    assert (moved / "j.sqlite").read_bytes() == bytes(raw)
    assert (moved / "j.sqlite-wal").read_bytes() == b"wal bytes"
    # The -shm is SQLite's shared-memory index, rebuilt by any reader; it moves along too.
    assert (moved / "j.sqlite-shm").is_file()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["set-aside"]


@pytest.mark.parametrize("content", [None, b""])
def test_a_missing_or_empty_file_is_not_started_over_when_data_was_kept(
    tmp_path: Path, content: bytes | None
) -> None:
    path = tmp_path / "j.sqlite"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(DatabaseMissing, match="did not start an empty search"):
        open_database(path, empty_is_loss=True)
    assert (path.read_bytes() if path.exists() else None) == content
    assert not (tmp_path / "j.sqlite-wal").exists()


def test_moving_aside_twice_in_a_second_keeps_both(tmp_path: Path) -> None:
    for text in ("first", "second"):
        (tmp_path / "j.sqlite").write_text(text)
        move_aside(tmp_path / "j.sqlite", tmp_path / "aside", NOW)
    found = sorted((p.parent.name, p.read_text()) for p in (tmp_path / "aside").rglob("j.sqlite"))
    assert found == [("20261201-093000", "first"), ("20261201-093000-2", "second")]


def test_a_damaged_backup_is_found_by_the_full_check(tmp_path: Path) -> None:
    source = make_db(tmp_path / "j.sqlite", companies=50)
    from jobdesk.store.backup import copy_connection

    copy = copy_connection(source, tmp_path / "b" / "copy.sqlite")
    source.close()
    raw = bytearray(copy.read_bytes())
    raw[2 * 4096 : 3 * 4096] = os.urandom(4096)
    copy.write_bytes(bytes(raw))
    assert inspect(copy, LATEST_VERSION, full_check=True).problem is not None


def test_a_locked_data_file_is_not_taken_for_damage(tmp_path: Path) -> None:
    path = tmp_path / "j.sqlite"
    make_db(path).close()
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("PRAGMA journal_mode = DELETE")
    other.execute("BEGIN EXCLUSIVE")  # another program holds the file
    try:
        with pytest.raises(NotADatabase, match="database is locked") as caught:
            open_database(path, damaged_dir=tmp_path / "set-aside")
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert not isinstance(caught.value, DatabaseDamaged)
    assert not (tmp_path / "set-aside").exists()
    assert path.exists()
