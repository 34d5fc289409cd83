"""Backups as a user meets them: made when something changed, listed, restored and undone,
refused when damaged or newer, and stored files never swept while anything may need them."""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from jobdesk.domain.application import ApplicationDetails
from jobdesk.domain.attachments import AttachmentKind
from jobdesk.domain.errors import UserError
from jobdesk.paths import Paths
from jobdesk.services.backups import NeedsRestore, open_data, restore_file
from jobdesk.services.bundle import Services, build_services
from jobdesk.services.changes import EVERYTHING
from jobdesk.store.backup import BEFORE_RESTORE, MANUAL, backup_files, reason_of
from jobdesk.store.migrations import LATEST_VERSION
from tests.conftest import TODAY


def add(services: Services, company: str) -> int:
    details = ApplicationDetails(company, "Backend Engineer", date(2026, 11, 2))
    return services.pipeline.add(details).application_ids[0]


def companies(services: Services) -> list[str]:
    return sorted(a.details.company for a in services.pipeline.applications())


def attach_letter(services: Services, app_id: int, tmp_path: Path, text: str) -> str:
    letter = tmp_path / f"{text}.txt"
    letter.write_text(text)
    staged = services.attachments.stage(letter)
    services.attachments.attach(app_id, staged, AttachmentKind.OTHER)
    return staged.stored.sha256


class Restarts:
    """Quit and start again on the same data folder, as the app does."""

    def __init__(self, paths: Paths) -> None:
        self.paths = paths
        self.open: list[object] = []

    def __call__(self, services: Services | None = None) -> Services:
        for db in self.open:
            db.close()  # type: ignore[attr-defined]
        self.open.clear()
        db = open_data(self.paths)
        self.open.append(db)
        return build_services(db, self.paths, today=lambda: TODAY)


@pytest.fixture
def restart(paths: Paths) -> Iterator[Restarts]:
    restarts = Restarts(paths)
    yield restarts
    for db in restarts.open:
        db.close()  # type: ignore[attr-defined]


def test_an_automatic_backup_only_when_something_changed(services: Services) -> None:
    assert services.backups.backup_if_changed() is None  # an empty search: nothing to keep
    add(services, "Acme")
    first = services.backups.backup_if_changed()
    assert first is not None and first.applications == 1
    assert services.backups.backup_if_changed() is None
    add(services, "Globex")
    second = services.backups.backup_if_changed()
    assert second is not None and second.applications == 2
    assert [b.applications for b in services.backups.backups()] == [2, 1]


def test_restore_brings_the_search_back_and_can_itself_be_undone(services: Services) -> None:
    add(services, "Acme")
    kept = services.backups.backup_now()
    add(services, "Globex")
    change = services.backups.restore(kept.path)
    assert change.kinds == EVERYTHING and change.everything
    assert companies(services) == ["Acme"]
    assert services.pipeline.undo_text() is None  # undo steps of the replaced data are gone
    way_back = services.backups.backups()[0]
    assert reason_of(way_back.path) == BEFORE_RESTORE
    assert way_back.applications == 2
    assert way_back.path.name in change.description
    services.backups.restore(way_back.path)
    assert companies(services) == ["Acme", "Globex"]
    add(services, "Initech")  # the restored database takes changes as before
    assert companies(services) == ["Acme", "Globex", "Initech"]


def test_a_damaged_backup_is_refused_and_nothing_changes(services: Services) -> None:
    for number in range(60):
        add(services, f"Company {number}")
    kept = services.backups.backup_now()
    raw = bytearray(kept.path.read_bytes())
    raw[2 * 4096 : 3 * 4096] = os.urandom(4096)
    kept.path.write_bytes(bytes(raw))
    add(services, "Later")
    with pytest.raises(UserError, match="cannot be restored: it is damaged"):
        services.backups.restore(kept.path)
    assert len(companies(services)) == 61
    assert len(backup_files(services.paths.backups)) == 1  # no "before restore" copy either


def test_a_backup_from_a_newer_jobdesk_is_refused(services: Services, tmp_path: Path) -> None:
    add(services, "Acme")
    newer = services.paths.backups / "jobdesk-20261130-120000-manual.sqlite"
    newer.parent.mkdir(parents=True, exist_ok=True)
    raw = sqlite3.connect(newer)
    raw.execute("CREATE TABLE application (x)")
    raw.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    raw.commit()
    raw.close()
    with pytest.raises(UserError, match=r"made by a newer jobdesk\. Nothing was changed"):
        services.backups.restore(newer)
    assert companies(services) == ["Acme"]


def test_an_empty_data_file_beside_kept_files_offers_the_newest_backup(
    services: Services, paths: Paths, tmp_path: Path, restart: Restarts
) -> None:
    app_id = add(services, "Acme")
    sha = attach_letter(services, app_id, tmp_path, "offer")
    services.backups.backup_now()
    services.pipeline._db.close()
    for suffix in ("-wal", "-shm"):
        Path(f"{paths.database}{suffix}").unlink(missing_ok=True)
    paths.database.write_bytes(b"")  # what a full disk or a bad sync leaves
    with pytest.raises(NeedsRestore, match="did not start an empty search") as caught:
        restart()
    assert caught.value.newest is not None
    assert "with 1 application" in caught.value.message
    assert paths.database.read_bytes() == b""
    assert services.attachments.files.path_of(sha).exists()
    restore_file(paths, caught.value.newest.path)
    again = restart()
    assert companies(again) == ["Acme"]
    assert again.attachments.files.path_of(sha).exists()
    assert [p.read_bytes() for p in paths.set_aside.rglob("jobdesk.sqlite")] == [b""]


def test_a_file_a_backup_needs_is_never_swept_and_others_wait_in_the_trash(
    services: Services, tmp_path: Path, restart: Restarts
) -> None:
    app_id = add(services, "Acme")
    in_backup = attach_letter(services, app_id, tmp_path, "kept by a backup")
    services.backups.backup_now()
    only_here = attach_letter(services, app_id, tmp_path, "only in the database")
    for item in services.attachments.for_application(app_id):
        services.attachments.remove(item.id)
    files = services.attachments.files
    later = restart()
    assert files.path_of(in_backup).exists()
    assert not files.path_of(only_here).exists()
    assert files.trashed() == {only_here}
    # After the grace period the trash is emptied; a file a backup needs never went there.
    month_later = time.time() + 31 * 86400
    assert later.attachments.sweep(later.backups.kept_hashes(), now=month_later) == 0
    assert files.trashed() == set()
    assert files.hashes() == {in_backup}


def test_a_restore_brings_trashed_files_back_and_the_next_start_sweeps_nothing(
    services: Services, tmp_path: Path, restart: Restarts
) -> None:
    app_id = add(services, "Acme")
    sha = attach_letter(services, app_id, tmp_path, "letter")
    kept = services.backups.backup_now()
    (item,) = services.attachments.for_application(app_id)
    services.attachments.remove(item.id)
    elsewhere = tmp_path / "usb.sqlite"
    kept.path.rename(elsewhere)  # the user moved the backup to a memory stick
    for path in backup_files(services.paths.backups):
        path.unlink()
    later = restart()
    files = later.attachments.files
    assert files.trashed() == {sha}
    later.backups.restore(elsewhere)
    assert files.path_of(sha).exists() and files.trashed() == set()
    assert later.paths.restored_marker.exists()
    after = restart()
    assert not after.paths.restored_marker.exists()
    assert after.attachments.files.path_of(sha).exists()


def test_a_restore_is_refused_when_the_backups_folder_cannot_take_the_way_back(
    services: Services, paths: Paths
) -> None:
    from tests.disks import fill, small_disk

    add(services, "Acme")
    kept = services.backups.backup_now()
    keep_bytes = kept.path.read_bytes()
    add(services, "Globex")
    with small_disk(paths.backups, size_kib=256) as folder:
        copy = folder / kept.path.name
        copy.write_bytes(keep_bytes)
        fill(folder)
        with pytest.raises(UserError, match=r"disk holding .* is full"):
            services.backups.restore(copy)
        assert companies(services) == ["Acme", "Globex"]
        assert copy.read_bytes() == keep_bytes
        assert reason_of(copy) == MANUAL


def test_the_open_connection_sees_a_restore_as_another_program_s_change(
    services: Services,
) -> None:
    add(services, "Acme")
    kept = services.backups.backup_now()
    db = services.pipeline._db
    before = db.execute_sql("PRAGMA data_version").fetchone()[0]
    services.backups.restore(kept.path)
    # Caches that watch data_version for other programs' writes read again.
    assert db.execute_sql("PRAGMA data_version").fetchone()[0] != before


def test_a_damaged_database_in_use_is_restored_and_its_bytes_kept(services: Services) -> None:
    for number in range(60):
        add(services, f"Company {number}")
    kept = services.backups.backup_now()
    add(services, "Later")
    db = services.pipeline._db
    db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    path = services.paths.database
    with path.open("r+b") as handle:  # a bad disk sector under page 3, found while running
        handle.seek(2 * 4096)
        handle.write(os.urandom(4096))
    damaged = path.read_bytes()
    change = services.backups.restore(kept.path)
    assert len(companies(services)) == 60
    assert "what it replaced" not in change.description  # it could not be backed up...
    (copied,) = services.paths.set_aside.rglob("jobdesk.sqlite")
    assert copied.read_bytes() == damaged  # ...so its bytes were copied aside instead
    assert db.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"
