"""`jobdesk backup`, `jobdesk backups` and `jobdesk restore` from a terminal, through `main()`
as the console script runs it; and the instance lock on a full disk."""

from __future__ import annotations

import re
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from peewee import SqliteDatabase

from jobdesk.app import main
from jobdesk.domain.application import ApplicationDetails
from jobdesk.paths import Paths
from jobdesk.services.bundle import Services
from jobdesk.services.instance import InstanceLock, LockFailed
from jobdesk.store.backup import backup_files
from tests.disks import fill, small_disk


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def add(services: Services, company: str) -> None:
    services.pipeline.add(ApplicationDetails(company, "Engineer", date(2026, 11, 2)))


def companies(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [r[0] for r in conn.execute("SELECT name FROM company ORDER BY name")]
    finally:
        conn.close()


def test_backup_list_and_restore_from_the_terminal(
    capsys: pytest.CaptureFixture[str], services: Services, paths: Paths, db: SqliteDatabase
) -> None:
    add(services, "Acme")
    folder = str(paths.data_dir)
    # A running jobdesk holds the lock: a backup still works, and includes the latest change.
    with InstanceLock(paths.lock_file):
        code, out, err = run(capsys, "backup", "--data-dir", folder)
    assert code == 0, err
    (made,) = backup_files(paths.backups)
    assert out == f"Backed up to {made}.\n"
    add(services, "Globex")
    db.close()
    code, out, _ = run(capsys, "backups", "--data-dir", folder)
    assert code == 0
    when = r"\d{1,2} \w+ \d{4}, \d\d:\d\d"
    line = rf"  1  {re.escape(made.name)}  from {when}, with 1 application"
    assert re.fullmatch(line + "\n", out), out
    code, out, err = run(capsys, "restore", "1", "--data-dir", folder)
    assert code == 0, err
    assert companies(paths.database) == ["Acme"]
    way_back = next(p for p in backup_files(paths.backups) if "before-restore" in p.name)
    assert companies(way_back) == ["Acme", "Globex"]
    assert f"What it replaced is kept as the backup {way_back.name}" in out
    code, _, err = run(capsys, "restore", way_back.name, "--data-dir", folder)
    assert code == 0, err
    assert companies(paths.database) == ["Acme", "Globex"]


def test_restore_is_refused_while_jobdesk_runs(
    capsys: pytest.CaptureFixture[str], services: Services, paths: Paths, db: SqliteDatabase
) -> None:
    add(services, "Acme")
    services.backups.backup_now()
    add(services, "Globex")
    with InstanceLock(paths.lock_file):
        code, _, err = run(capsys, "restore", "--data-dir", str(paths.data_dir))
    assert code == 3
    assert "jobdesk is already running with the data folder" in err
    assert "Close it first, or use File ▸ Restore… in it" in err
    assert [a.details.company for a in services.pipeline.applications()] == ["Acme", "Globex"]


def test_restoring_a_backup_that_is_not_there_says_so(
    capsys: pytest.CaptureFixture[str], paths: Paths, db: SqliteDatabase
) -> None:
    code, _, err = run(capsys, "restore", "--data-dir", str(paths.data_dir))
    assert (code, err) == (1, f"jobdesk: There is no good backup in {paths.backups} to restore.\n")
    code, _, err = run(capsys, "restore", "7", "--data-dir", str(paths.data_dir))
    assert (code, err) == (
        1,
        "jobdesk: There is no backup number 7; `jobdesk backups` lists 0.\n",
    )


def test_a_lock_file_on_a_full_disk_is_explained(tmp_path: Path) -> None:
    with small_disk(tmp_path / "disk", size_kib=64) as disk:
        fill(disk)
        with pytest.raises(LockFailed) as caught:
            InstanceLock(disk / "jobdesk.lock").acquire()
    assert caught.value.message == (
        f"jobdesk could not start: it cannot write in its data folder {disk}: the disk is "
        "full. Free some space on it, then start jobdesk again."
    )
