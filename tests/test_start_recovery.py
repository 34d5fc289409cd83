"""At start, a missing or damaged data file beside kept data: the offer of the newest backup
and what each answer does; and failures said without waiting for a click."""

from __future__ import annotations

import sqlite3
import sys
from datetime import date
from pathlib import Path

import pytest
from peewee import SqliteDatabase

from jobdesk.app import recover
from jobdesk.domain.application import ApplicationDetails
from jobdesk.domain.attachments import AttachmentKind
from jobdesk.paths import Paths
from jobdesk.services.backups import NeedsRestore, open_data
from jobdesk.services.bundle import Services, build_services
from jobdesk.services.storage import DAMAGED, storage_cause
from tests.conftest import TODAY


@pytest.fixture
def lost(paths: Paths, services: Services, db: SqliteDatabase) -> tuple[NeedsRestore, str]:
    """A search with a kept letter and a backup, whose data file then came back empty."""
    app_id = services.pipeline.add(
        ApplicationDetails("Acme", "Engineer", date(2026, 11, 2))
    ).application_ids[0]
    letter = paths.data_dir.parent / "offer.txt"
    letter.write_text("We are pleased to offer you the role.")
    staged = services.attachments.stage(letter)
    services.attachments.attach(app_id, staged, AttachmentKind.OFFER_LETTER)
    services.backups.backup_now()
    db.close()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{paths.database}{suffix}").unlink(missing_ok=True)
    with pytest.raises(NeedsRestore) as caught:
        open_data(paths)
    return caught.value, staged.stored.sha256


def test_choosing_the_backup_brings_the_search_back(
    paths: Paths, lost: tuple[NeedsRestore, str]
) -> None:
    error, sha = lost
    asked: list[tuple[str, bool]] = []

    def ask(message: str, has_backup: bool) -> str:
        asked.append((message, has_backup))
        return "restore"

    db = recover(paths, error, ask)
    assert db is not None
    try:
        services = build_services(db, paths, today=lambda: TODAY)
        assert [a.details.company for a in services.pipeline.applications()] == ["Acme"]
        assert services.attachments.files.path_of(sha).is_file()
    finally:
        db.close()
    assert asked[0][1] is True
    assert asked[0][0].startswith("Your jobdesk data file is missing or empty")


def test_choosing_an_empty_search_keeps_every_stored_file(
    paths: Paths, lost: tuple[NeedsRestore, str]
) -> None:
    error, sha = lost
    db = recover(paths, error, lambda _message, _has: "empty")
    assert db is not None
    try:
        services = build_services(db, paths, today=lambda: TODAY)
        assert services.pipeline.applications() == []
        # A new, empty database refers to no file: nothing is swept, not even to the trash.
        assert services.attachments.files.hashes() == {sha}
        assert services.attachments.files.trashed() == set()
    finally:
        db.close()


def test_quitting_at_the_offer_changes_nothing(
    paths: Paths, lost: tuple[NeedsRestore, str]
) -> None:
    error, _ = lost
    assert recover(paths, error, lambda _message, _has: None) is None
    assert not paths.database.exists()


def test_without_a_desktop_the_command_is_named(
    paths: Paths, lost: tuple[NeedsRestore, str], capsys: pytest.CaptureFixture[str]
) -> None:
    error, _ = lost
    assert recover(paths, error, None) is None
    err = capsys.readouterr().err
    assert err.endswith(f"To bring it back, run: jobdesk restore --data-dir {paths.data_dir}\n")


def test_a_bug_during_check_start_is_printed_not_put_in_a_dialog(
    qapp: object,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtWidgets import QApplication

    from jobdesk.ui.shell.gui import install_excepthook

    exits: list[int] = []
    # The real exit would end every later test's event loop too.
    monkeypatch.setattr(QApplication, "exit", staticmethod(lambda code=0: exits.append(code)))
    before = sys.excepthook
    try:
        install_excepthook(tmp_path / "jobdesk.log", interactive=False)
        error = sqlite3.DatabaseError("database disk image is malformed")
        sys.excepthook(type(error), error, None)  # a dialog here would wait for ever
    finally:
        sys.excepthook = before
    err = capsys.readouterr().err
    assert err.startswith("jobdesk: jobdesk could not read or save your data: the data file")
    assert "safe" not in err
    assert exits == [1]


def test_damage_is_named_in_the_chain_of_a_failed_rollback() -> None:
    try:
        try:
            raise sqlite3.DatabaseError("database disk image is malformed")
        except sqlite3.DatabaseError:
            raise sqlite3.OperationalError("cannot rollback - no transaction is active")  # noqa: B904
    except sqlite3.OperationalError as outer:
        assert storage_cause(outer) == DAMAGED
