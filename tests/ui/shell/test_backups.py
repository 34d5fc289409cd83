"""File ▸ Back up now and File ▸ Restore… in the real window, what the list of backups says
of each, the automatic backup, the full check once the window shows, and what the catch-all
dialog says after a storage error."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest
from peewee import SqliteDatabase
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QWidget
from pytestqt.qtbot import QtBot

from jobdesk.domain.application import ApplicationDetails
from jobdesk.paths import Paths
from jobdesk.services.backups import Backups, describe
from jobdesk.services.bundle import Services
from jobdesk.store.backup import open_read_only
from jobdesk.ui.dialogs.prompts import Prompts
from jobdesk.ui.shell.backups import ask_at_start
from jobdesk.ui.shell.gui import crash_text
from jobdesk.ui.shell.main_window import MainWindow
from jobdesk.ui.shell.restore_dialog import RestoreDialog
from tests.qt_helpers import answering_dialogs


class RecordingPrompts(Prompts):
    def __init__(self, confirm: bool = True, choice: int | None = 0) -> None:
        self.errors: list[str] = []
        self.infos: list[str] = []
        self.asked: list[str] = []
        self._confirm = confirm
        self._choice = choice

    def error(self, parent: QWidget | None, text: str) -> None:
        self.errors.append(text)

    def info(self, parent: QWidget | None, text: str) -> None:
        self.infos.append(text)

    def confirm(self, parent: QWidget | None, text: str, action: str) -> bool:
        self.asked.append(text)
        return self._confirm

    def choose(self, parent: QWidget | None, text: str, actions: list[str]) -> int | None:
        self.asked.append(text + " | " + " / ".join(actions))
        return self._choice


@pytest.fixture
def prompts() -> RecordingPrompts:
    return RecordingPrompts()


@pytest.fixture
def window(qtbot: QtBot, services: Services, prompts: RecordingPrompts) -> Iterator[MainWindow]:
    w = MainWindow(services, prompts=prompts)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w


def add(services: Services, company: str) -> None:
    services.pipeline.add(ApplicationDetails(company, "Engineer", date(2026, 11, 2)))


def shown_companies(window: MainWindow) -> list[str]:
    model = window.pipeline_tab.model
    return sorted(model.index(r, 0).data() for r in range(model.rowCount()))


def test_the_file_menu_backs_up_and_restores(
    window: MainWindow, services: Services, prompts: RecordingPrompts
) -> None:
    file_menu = window.menuBar().actions()[0].menu()
    texts = [a.text() for a in file_menu.actions()]
    assert "&Back up now" in texts and "&Restore…" in texts  # at once: no "…"
    window.perform(
        lambda: services.pipeline.add(ApplicationDetails("Acme", "Eng", date(2026, 11, 2)))
    )
    window.backups.backup_action.trigger()
    taken = services.backups.backups()[0].taken_at
    assert prompts.infos[-1].startswith(
        f"Backed up 1 application on {taken.day} {taken:%B %Y} at {taken:%H:%M}.\n\nIt is in "
    )
    window.perform(
        lambda: services.pipeline.add(ApplicationDetails("Globex", "Eng", date(2026, 11, 3)))
    )
    assert shown_companies(window) == ["Acme", "Globex"]
    assert window.undo_action.isEnabled()

    def pick_the_backup(dialog: QDialog) -> None:
        assert isinstance(dialog, RestoreDialog)
        assert dialog.table.rowCount() == 1
        assert dialog.table.item(0, 1).text() == "1"
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    with answering_dialogs(pick_the_backup):
        window.backups.restore_action.trigger()
    assert "What you have now is backed up first" in prompts.asked[-1]
    assert shown_companies(window) == ["Acme"]  # the window reloaded everything
    assert not window.undo_action.isEnabled()
    assert prompts.infos[-1].startswith("Restored the backup from ")
    assert prompts.errors == []


def test_the_restore_list_says_which_backups_cannot_be_restored(
    qtbot: QtBot, services: Services
) -> None:
    add(services, "Acme")
    good = services.backups.backup_now()
    damaged = good.path.with_name("jobdesk-20261101-120000-auto.sqlite")
    damaged.write_bytes(b"SQLite format 3\x00" + os.urandom(4000))
    dialog = RestoreDialog(services.backups.backups())
    qtbot.addWidget(dialog)
    cells = [
        [dialog.table.item(r, c).text() for c in range(dialog.table.columnCount())]
        for r in range(dialog.table.rowCount())
    ]
    assert cells[0][1:] == ["1", "Made by you"]
    assert cells[1] == [
        "1 November 2026, 12:00",
        "—",
        "Cannot be restored: it is damaged or not a jobdesk backup",
    ]
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert dialog.chosen() is not None and ok.isEnabled()
    dialog.table.clearSelection()
    dialog.table.selectRow(1)  # not selectable
    assert dialog.chosen() is None and not ok.isEnabled()


def test_the_automatic_backup_runs_only_after_a_change_and_a_failure_is_said_once(
    window: MainWindow, services: Services, prompts: RecordingPrompts
) -> None:
    assert window.backups.timer.isActive()
    assert window.backups.timer.interval() == 30 * 60 * 1000
    assert window.backups.tick() is None
    add(services, "Acme")
    assert window.backups.tick() is not None
    assert window.backups.tick() is None
    add(services, "Globex")
    for path in services.paths.backups.iterdir():
        path.unlink()
    services.paths.backups.rmdir()
    services.paths.backups.write_text("")  # a file where the folder should be
    assert window.backups.tick() is None
    assert len(prompts.errors) == 1
    assert "is a file, not a folder" in prompts.errors[0]
    assert not window.backups.timer.isActive()


def test_the_full_check_after_the_window_shows_finds_damage(
    qtbot: QtBot, window: MainWindow, services: Services, prompts: RecordingPrompts
) -> None:
    window.backups.start_checks()
    qtbot.waitUntil(lambda: window.backups._check_job is None, timeout=10000)
    assert prompts.errors == []
    for number in range(60):
        add(services, f"Company {number}")
    services.pipeline._db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    path = services.paths.database
    with path.open("r+b") as handle:  # a bad disk sector under page 3
        handle.seek(2 * 4096)
        handle.write(os.urandom(4096))
    window.backups.start_checks()
    qtbot.waitUntil(lambda: bool(prompts.errors), timeout=10000)
    assert prompts.errors[0].startswith("jobdesk found damage in your data file.")
    assert not window.backups.timer.isActive()


def test_the_catch_all_message_never_says_the_data_is_safe_after_a_storage_error(
    tmp_path: Path,
) -> None:
    log = tmp_path / "jobdesk.log"
    damaged = crash_text(sqlite3.DatabaseError("database disk image is malformed"), log)
    assert "safe" not in damaged
    assert damaged.startswith("jobdesk could not read or save your data: the data file is damaged")
    bug = crash_text(RuntimeError("oops"), log)
    assert "Your data is safe" in bug


def test_at_start_a_missing_file_offers_the_backup_or_an_empty_search(qapp: object) -> None:
    prompts = RecordingPrompts(choice=0)
    assert ask_at_start("Your data file is missing.", True, prompts) == "restore"
    assert prompts.asked[-1].endswith("| Restore this backup / Start an empty search")
    assert ask_at_start("Your data file is missing.", False, RecordingPrompts(choice=0)) == "empty"
    assert ask_at_start("Your data file is missing.", True, RecordingPrompts(choice=None)) is None


def test_a_restore_reloads_every_tab_even_with_a_vanished_application_selected(
    qtbot: QtBot, window: MainWindow, services: Services, prompts: RecordingPrompts
) -> None:
    add(services, "Acme")
    kept = services.backups.backup_now()
    window.perform(services.pipeline.load_sample)
    window.perform(services.feedback.load_sample)
    window.perform(services.offers.load_sample)
    window.pipeline_tab.select_first_row()
    for name in ("Insights", "Feedback", "Offers", "Pipeline"):
        window.select_tab(name)
        qtbot.wait(10)
    assert window.pipeline_tab.model.rowCount() > 1
    assert window.offers_tab.model.rowCount() > 0
    window.select_tab("Offers")
    window.backups._prompts = RecordingPrompts(confirm=True)
    with answering_dialogs(lambda d: d.buttons.button(QDialogButtonBox.StandardButton.Ok).click()):
        assert window.backups.restore()
    assert window.pipeline_tab.model.rowCount() == 1
    for name in ("Insights", "Feedback", "Offers", "Pipeline"):
        assert window.select_tab(name)
        qtbot.wait(10)
    assert shown_companies(window) == ["Acme"]
    assert services.offers.summaries() == []
    assert window.offers_tab.model.rowCount() == 0
    assert kept.path.exists()


def notes_in(backup: Path) -> list[str]:
    conn = open_read_only(backup)
    try:
        return [row[0] for row in conn.execute("SELECT notes FROM application")]
    finally:
        conn.close()


def test_a_backup_made_after_an_edit_in_place_is_listed_by_when_it_was_taken(
    qtbot: QtBot, services: Services, db: SqliteDatabase, paths: Paths
) -> None:
    clock = [datetime(2026, 11, 17, 10, 0)]
    backups = Backups(db, paths, now=lambda: clock[0])
    details = ApplicationDetails("Acme", "Engineer", date(2026, 11, 2), notes="Ask about on-call")
    app_id = services.pipeline.add(details).application_ids[0]
    week_ago = backups.backup_now()
    edited = replace(details, notes="Recruiter: on-call is one week in six")
    services.pipeline.edit(app_id, edited)
    clock[0] = datetime(2026, 11, 23, 18, 30)
    yesterday = backups.backup_now()

    dialog = RestoreDialog(backups.backups())
    qtbot.addWidget(dialog)
    table = dialog.table
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    cells = [[table.item(r, c).text() for c in range(3)] for r in range(table.rowCount())]
    # Before, both rows gave the same "last change", the application's creation: the
    # edit of the notes left no time behind, so the newer backup looked no newer.
    assert headers == ["Taken", "Applications", "Kind"]
    assert cells == [
        ["23 November 2026, 18:30", "1", "Made by you"],
        ["17 November 2026, 10:00", "1", "Made by you"],
    ]
    intro = dialog.findChildren(QLabel)[0].text()
    assert "as it was when it was taken: every change you made before then, none after" in intro
    assert describe(yesterday) == "from 23 November 2026, 18:30, with 1 application"
    # And that is what each holds: the edit is in the later one only.
    assert notes_in(yesterday.path) == ["Recruiter: on-call is one week in six"]
    assert notes_in(week_ago.path) == ["Ask about on-call"]


def test_after_a_restore_the_status_bar_offers_no_undo_that_has_gone(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    """The reviewer's steps: delete Rivet Labs, then restore an earlier backup. The hint
    "Undo with Ctrl+Z" of the delete went with the history; the bar says the restore."""
    add(services, "Rivet Labs")
    app_id = services.pipeline.summaries()[0].id
    kept = services.backups.backup_now()
    window.perform(lambda: services.pipeline.delete([app_id]))
    assert window.statusBar().currentMessage() == (
        "Deleted Rivet Labs — Engineer. Undo with Ctrl+Z."
    )
    window.backups._prompts = RecordingPrompts(confirm=True)
    with answering_dialogs(lambda d: d.buttons.button(QDialogButtonBox.StandardButton.Ok).click()):
        assert window.backups.restore()
    said = window.statusBar().currentMessage()
    assert said.startswith(
        f"Restored the backup {describe(kept)}; what it replaced is kept as the backup jobdesk-"
    )
    assert said.endswith("-before-restore.sqlite.")  # and no Undo: the history went with it
    assert not window.undo_action.isEnabled()
    assert shown_companies(window) == ["Rivet Labs"]
