"""Starting jobdesk as a user would: the real command, in its own process."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import pytest
from peewee import SqliteDatabase
from PySide6.QtGui import QImage

from jobdesk.domain.application import ApplicationDetails
from jobdesk.paths import Paths
from jobdesk.services.bundle import Services

pytestmark = pytest.mark.slow


def run_jobdesk(
    *args: str, env: dict[str, str] | None = None, timeout: float = 90
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "jobdesk", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=_env(env),
        stdin=subprocess.DEVNULL,
    )


def _env(extra: dict[str, str] | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "JOBDESK_HOME"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.update(extra or {})
    return env


def test_demo_screenshot_shows_the_sample_pipeline(tmp_path: Path) -> None:
    shot = tmp_path / "shots" / "pipeline.png"
    result = run_jobdesk("--demo", "--screenshot", str(shot))
    assert result.returncode == 0, result.stderr
    image = QImage(str(shot))
    assert not image.isNull()
    assert image.width() >= 800 and image.height() >= 500
    # A window with a filled table has many distinct colours; a blank grab has one or two.
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)
    }
    assert len(colours) > 20


def test_demo_never_touches_the_real_data_folder(tmp_path: Path) -> None:
    home = tmp_path / "home"
    result = run_jobdesk(
        "--demo", "--screenshot", str(tmp_path / "s.png"), env={"JOBDESK_HOME": str(home)}
    )
    assert result.returncode == 0, result.stderr
    assert not home.exists()


def test_data_dir_holds_the_database_and_the_log(tmp_path: Path) -> None:
    data = tmp_path / "data"
    result = run_jobdesk("--data-dir", str(data), "--screenshot", str(tmp_path / "s.png"))
    assert result.returncode == 0, result.stderr
    assert (data / "jobdesk.sqlite").is_file()
    assert "starting with data folder" in (data / "jobdesk.log").read_text()


def test_jobdesk_home_chooses_the_data_folder(tmp_path: Path) -> None:
    home = tmp_path / "elsewhere"
    result = run_jobdesk("--screenshot", str(tmp_path / "s.png"), env={"JOBDESK_HOME": str(home)})
    assert result.returncode == 0, result.stderr
    assert (home / "jobdesk.sqlite").is_file()


@contextmanager
def running_jobdesk(data: Path) -> Iterator[subprocess.Popen[str]]:
    """A first jobdesk on `data`, up to its shown window; stopped afterwards."""
    first = subprocess.Popen(
        [sys.executable, "-m", "jobdesk", "--data-dir", str(data)],
        env=_env(),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 60
        log = data / "jobdesk.log"
        while not (log.exists() and "window shown" in log.read_text()):
            assert first.poll() is None, first.stderr.read() if first.stderr else ""
            assert time.monotonic() < deadline, "the first jobdesk did not start"
            time.sleep(0.1)
        yield first
    finally:
        first.terminate()
        first.wait(timeout=30)


def test_a_second_jobdesk_on_the_same_folder_says_so_and_leaves(tmp_path: Path) -> None:
    data = tmp_path / "data"
    with running_jobdesk(data):
        before = sorted(p.name for p in data.iterdir())
        second = run_jobdesk("--data-dir", str(data))
        assert second.returncode == 3
        assert "already running" in second.stderr
        assert sorted(p.name for p in data.iterdir()) == before


def test_a_file_opened_while_jobdesk_runs_goes_to_its_window(tmp_path: Path) -> None:
    data = tmp_path / "data"
    letter = tmp_path / "offer.txt"
    letter.write_text("We are pleased to offer you the role.")
    with running_jobdesk(data):
        second = run_jobdesk("--data-dir", str(data), str(letter))
        assert second.returncode == 0, second.stderr
        assert "handed to its window" in second.stdout
        log = data / "jobdesk.log"
        deadline = time.monotonic() + 30
        while "received 1 file(s) from another launch" not in log.read_text():
            assert time.monotonic() < deadline, log.read_text()
            time.sleep(0.1)


def test_a_data_folder_that_cannot_be_written_is_explained(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    result = run_jobdesk("--data-dir", str(blocker / "data"))
    assert result.returncode == 1
    assert "cannot write to its data folder" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_file_that_is_not_a_database_is_refused_and_kept(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "jobdesk.sqlite").write_text("company,role\nAcme,Engineer\n")
    result = run_jobdesk("--data-dir", str(data))
    assert result.returncode == 1
    assert "is not a jobdesk database" in result.stderr
    assert "Traceback" not in result.stderr
    assert (data / "jobdesk.sqlite").read_text() == "company,role\nAcme,Engineer\n"


def _search_with_a_letter(paths: Paths, services: Services, db: SqliteDatabase) -> str:
    """A search with one application, one kept letter and one backup; jobdesk closed."""
    from jobdesk.domain.attachments import AttachmentKind

    app_id = services.pipeline.add(
        ApplicationDetails("Acme", "Engineer", date(2026, 11, 2))
    ).application_ids[0]
    letter = paths.data_dir.parent / "offer.txt"
    letter.write_text("We are pleased to offer you the role.")
    staged = services.attachments.stage(letter)
    services.attachments.attach(app_id, staged, AttachmentKind.OFFER_LETTER)
    services.backups.backup_now()
    db.close()
    return staged.stored.sha256


def test_an_empty_data_file_beside_kept_files_is_not_started_over(
    paths: Paths, services: Services, db: SqliteDatabase
) -> None:
    sha = _search_with_a_letter(paths, services, db)
    paths.database.write_bytes(b"")
    for suffix in ("-wal", "-shm"):
        Path(f"{paths.database}{suffix}").unlink(missing_ok=True)
    result = run_jobdesk("--data-dir", str(paths.data_dir), "--check-start", timeout=60)
    assert result.returncode == 1
    assert "did not start an empty search" in result.stderr
    assert "Your newest good backup is from " in result.stderr
    assert f"To bring it back, run: jobdesk restore --data-dir {paths.data_dir}" in result.stderr
    assert "Traceback" not in result.stderr
    assert paths.database.read_bytes() == b""
    assert services.attachments.files.path_of(sha).is_file()


def test_a_damaged_data_file_is_set_aside_and_a_backup_offered(
    paths: Paths, services: Services, db: SqliteDatabase
) -> None:
    for number in range(60):
        services.pipeline.add(ApplicationDetails(f"Company {number}", "Eng", date(2026, 11, 2)))
    _search_with_a_letter(paths, services, db)
    raw = bytearray(paths.database.read_bytes())
    raw[2 * 4096 : 3 * 4096] = os.urandom(4096)
    paths.database.write_bytes(bytes(raw))
    result = run_jobdesk("--data-dir", str(paths.data_dir), "--check-start", timeout=60)
    assert result.returncode == 1
    assert "Your jobdesk data file is damaged, so jobdesk did not open it" in result.stderr
    assert "with 61 applications" in result.stderr
    assert "Traceback" not in result.stderr
    (moved,) = paths.set_aside.rglob("jobdesk.sqlite")
    assert moved.read_bytes() == bytes(raw)
    assert not paths.database.exists()


def test_a_file_named_backups_is_explained_not_a_traceback(
    paths: Paths, services: Services, db: SqliteDatabase
) -> None:
    services.pipeline.add(ApplicationDetails("Acme", "Engineer", date(2026, 11, 2)))
    db.close()
    paths.backups.write_text("my notes")
    result = run_jobdesk("--data-dir", str(paths.data_dir), "--check-start", timeout=60)
    assert "is a file, not a folder. Rename or move that file" in result.stderr
    assert "Traceback" not in result.stderr
    assert paths.backups.read_text() == "my notes"


def test_a_data_folder_on_a_read_only_disk_is_explained_and_untouched(
    paths: Paths, services: Services, db: SqliteDatabase, tmp_path: Path
) -> None:
    from tests.disks import read_only_view

    services.pipeline.add(ApplicationDetails("Acme", "Engineer", date(2026, 11, 2)))
    db.close()
    before = {p.name: p.read_bytes() for p in paths.data_dir.iterdir() if p.is_file()}
    with read_only_view(paths.data_dir, tmp_path / "ro") as view:
        started = run_jobdesk("--data-dir", str(view), "--check-start", timeout=60)
        backed_up = run_jobdesk("backup", "--data-dir", str(view), timeout=60)
    assert started.returncode == 1
    assert f"jobdesk cannot write to its data folder {view} (Read-only file system)" in (
        started.stderr
    )
    assert backed_up.returncode == 1
    assert f"{view}/backups cannot be written to (the disk or folder is read-only)" in (
        backed_up.stderr
    )
    for output in (started.stderr, backed_up.stderr):
        assert "Traceback" not in output
    assert {p.name: p.read_bytes() for p in paths.data_dir.iterdir() if p.is_file()} == before


def test_quitting_backs_up_a_search_no_backup_holds_yet(
    paths: Paths, services: Services, db: SqliteDatabase
) -> None:
    services.pipeline.add(ApplicationDetails("Acme", "Engineer", date(2026, 11, 2)))
    db.close()
    result = run_jobdesk("--data-dir", str(paths.data_dir), "--check-start", timeout=60)
    assert result.returncode == 0, result.stderr
    (made,) = paths.backups.glob("jobdesk-*-auto.sqlite")
    copy = sqlite3.connect(f"{made.as_uri()}?mode=ro", uri=True)
    assert copy.execute("SELECT name FROM company").fetchall() == [("Acme",)]
    copy.close()
    again = run_jobdesk("--data-dir", str(paths.data_dir), "--check-start", timeout=60)
    assert again.returncode == 0, again.stderr
    assert list(paths.backups.iterdir()) == [made]  # nothing changed, so no new backup


def test_window_size_sets_the_size_of_the_screenshot(tmp_path: Path) -> None:
    shot = tmp_path / "small.png"
    result = run_jobdesk(
        "--demo", "--tab", "Insights", "--window-size", "900x600", "--screenshot", str(shot)
    )
    assert result.returncode == 0, result.stderr
    image = QImage(str(shot))
    assert (image.width(), image.height()) == (900, 600)


def test_a_window_size_that_is_not_a_size_is_refused(tmp_path: Path) -> None:
    result = run_jobdesk("--demo", "--window-size", "big", "--screenshot", str(tmp_path / "s.png"))
    assert result.returncode == 2
    assert "'big' is not a size like 900x600" in result.stderr
    assert not (tmp_path / "s.png").exists()


def test_a_damaged_file_set_aside_without_backups_is_named_again_on_the_next_start(
    paths: Paths, services: Services, db: SqliteDatabase
) -> None:
    for number in range(60):
        services.pipeline.add(ApplicationDetails(f"Company {number}", "Eng", date(2026, 11, 2)))
    db.close()
    raw = bytearray(paths.database.read_bytes())
    raw[2 * 4096 : 3 * 4096] = os.urandom(4096)
    paths.database.write_bytes(bytes(raw))
    first = run_jobdesk("--data-dir", str(paths.data_dir), "--check-start", timeout=60)
    assert first.returncode == 1
    assert "Your jobdesk data file is damaged" in first.stderr
    (moved,) = paths.set_aside.rglob("jobdesk.sqlite")
    # Started again: not a new, empty search over the set-aside file, said nowhere.
    again = run_jobdesk("--data-dir", str(paths.data_dir), "--check-start", timeout=60)
    assert again.returncode == 1
    assert "did not start an empty search" in again.stderr
    assert f"An earlier start found it damaged and moved it, unchanged, to {moved.parent}." in (
        again.stderr
    )
    assert "Traceback" not in again.stderr
    assert not paths.database.exists()
    assert moved.read_bytes() == bytes(raw)
