"""File ▸ Export… and File ▸ Open a full export… in the real window: the file is written on a
worker and read back, a failure is said in words, and an export opens into an empty search."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from peewee import SqliteDatabase
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from jobdesk.domain.application import ApplicationDetails
from jobdesk.paths import Paths, prepare
from jobdesk.services.bundle import Services, build_services
from jobdesk.store.database import open_database
from jobdesk.ui.dialogs.prompts import Prompts
from jobdesk.ui.shell.main_window import MainWindow


class Answers(Prompts):
    """Answers the export's questions as a user would, and keeps what it was told."""

    def __init__(self) -> None:
        self.choice: int | None = 0
        self.save_to: str | None = None
        self.open: list[str] = []
        self.infos: list[str] = []
        self.errors: list[str] = []
        self.offered: list[list[str]] = []

    def choose(self, parent: QWidget | None, text: str, actions: list[str]) -> int | None:
        self.offered.append(actions)
        return self.choice

    def save_file(
        self, parent: QWidget | None, caption: str, suggested: str, filters: str
    ) -> str | None:
        return self.save_to

    def open_files(self, parent: QWidget | None, caption: str, filters: str) -> list[str]:
        return self.open

    def info(self, parent: QWidget | None, text: str) -> None:
        self.infos.append(text)

    def error(self, parent: QWidget | None, text: str) -> None:
        self.errors.append(text)


@pytest.fixture
def answers() -> Answers:
    return Answers()


@pytest.fixture
def window(qtbot: QtBot, services: Services, answers: Answers) -> Iterator[MainWindow]:
    w = MainWindow(services, prompts=answers)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w


def file_menu_texts(window: MainWindow) -> list[str]:
    menu = window.menuBar().actions()[0].menu()
    return [a.text() for a in menu.actions() if not a.isSeparator()]  # type: ignore[union-attr]


def test_export_a_spreadsheet_from_the_file_menu(
    qtbot: QtBot, window: MainWindow, services: Services, answers: Answers, tmp_path: Path
) -> None:
    services.pipeline.add(ApplicationDetails("Acme", "Engineer", date(2026, 11, 2)))
    services.pipeline.add(ApplicationDetails("=cmd|calc", "SRE", date(2026, 11, 3)))
    window.reload()
    assert "&Export…" in file_menu_texts(window)
    answers.save_to = str(tmp_path / "mine")  # no suffix typed: the format's own is added
    window.export_actions.export_action.trigger()
    assert answers.offered[0][0] == "A spreadsheet of the pipeline (CSV)"
    qtbot.waitUntil(lambda: bool(answers.infos or answers.errors), timeout=10000)
    assert answers.errors == []
    path = tmp_path / "mine.csv"
    assert answers.infos == [f"Saved 2 applications to {path}."]
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"))))
    assert [r[0] for r in rows[1:]] == ["'=cmd|calc", "Acme"]
    assert window.export_actions.export_action.isEnabled()


def test_an_export_that_cannot_be_written_says_so(
    qtbot: QtBot, window: MainWindow, services: Services, answers: Answers, tmp_path: Path
) -> None:
    services.pipeline.add(ApplicationDetails("Acme", "Engineer", date(2026, 11, 2)))
    answers.choice = 1
    answers.save_to = str(tmp_path / "not-a-folder" / "all.json")
    window.export_actions.export_action.trigger()
    qtbot.waitUntil(lambda: bool(answers.infos or answers.errors), timeout=10000)
    assert answers.infos == []
    assert "could not be written to" in answers.errors[0]
    assert "Choose another folder" in answers.errors[0]


def test_a_full_export_opens_into_an_empty_search_and_fills_the_table(
    qtbot: QtBot,
    window: MainWindow,
    services: Services,
    answers: Answers,
    tmp_path: Path,
    db: SqliteDatabase,
) -> None:
    # Made elsewhere: another data folder with two applications, exported whole.
    from jobdesk.services.exports import everything

    other = prepare(Paths(tmp_path / "old-laptop"))
    old_db = open_database(other.database, other.backups)
    old = build_services(old_db, other, today=lambda: date(2026, 11, 20))
    old.pipeline.add(ApplicationDetails("Acme", "Engineer", date(2026, 11, 2)))
    old.pipeline.add(ApplicationDetails("Globex", "SRE", date(2026, 11, 3)))
    (tmp_path / "all.json").write_text(json.dumps(everything(old_db)), encoding="utf-8")
    old_db.close()
    # The window's own database again (the store follows the newest opened).
    from jobdesk.store.tables import database

    database.initialize(db)

    # The Insights were read before, on the empty search: they must follow the import.
    assert window.select_tab("Insights")
    qtbot.waitUntil(lambda: window.insights_tab.loaded)
    assert services.insights.view().applications == 0
    assert window.select_tab("Pipeline")

    answers.open = [str(tmp_path / "all.json")]
    window.export_actions.open_export_action.trigger()
    assert services.insights.view().applications == 2
    assert answers.errors == []
    model = window.pipeline_tab.model
    names = sorted(model.index(r, 0).data() for r in range(model.rowCount()))
    assert names == ["Acme", "Globex"]
    # The steps before it were of another search: nothing to undo, and none is offered.
    assert window.statusBar().currentMessage() == "Imported 2 applications."
    assert services.pipeline.undo_text() is None

    # A second time: the search is no longer empty, and nothing is doubled.
    window.export_actions.open_export_action.trigger()
    assert "only be imported into an empty search" in answers.errors[0]
    assert model.rowCount() == 2
