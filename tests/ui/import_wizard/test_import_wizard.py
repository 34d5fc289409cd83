"""The import wizard end to end: real files, a real database, real widgets offscreen."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent
from PySide6.QtWidgets import QApplication, QDialog, QWidget, QWizard
from pytestqt.qtbot import QtBot

from jobdesk.domain.enums import Outcome, Stage
from jobdesk.domain.import_file import Encoding, Problem, read_table
from jobdesk.domain.import_presets import Field, Meaning
from jobdesk.services.bundle import Services
from jobdesk.ui.dialogs.prompts import Prompts
from jobdesk.ui.import_wizard.models import TablePreviewModel
from jobdesk.ui.import_wizard.wizard import ImportWizard
from jobdesk.ui.offers.drops import FileDrops
from jobdesk.ui.shell.main_window import MainWindow
from tests.qt_helpers import answering_dialogs
from tests.ui.offers.test_offers_ui import drag, drag_and_drop

FILES = Path(__file__).parents[2] / "data" / "imports"


class RecordingPrompts(Prompts):
    def __init__(self) -> None:
        self.errors: list[str] = []
        self.infos: list[str] = []
        self.chosen: list[str] = []

    def error(self, parent: QWidget | None, text: str) -> None:
        self.errors.append(text)

    def info(self, parent: QWidget | None, text: str) -> None:
        self.infos.append(text)

    def open_files(self, parent: QWidget | None, caption: str, filters: str) -> list[str]:
        return self.chosen


@pytest.fixture
def prompts() -> RecordingPrompts:
    return RecordingPrompts()


@pytest.fixture
def window(qtbot: QtBot, services: Services, prompts: RecordingPrompts) -> MainWindow:
    w = MainWindow(services, prompts=prompts)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def wizard_for(qtbot: QtBot, services: Services, name: str) -> ImportWizard:
    path = FILES / name
    wizard = ImportWizard(None, services.importer, name, path.read_bytes())
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def finish_import(qtbot: QtBot, wizard: ImportWizard) -> None:
    """Next to the problems page, Import, and wait for the worker to finish."""
    while wizard.currentPage() is not wizard.check_page:
        wizard.next()
    assert wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.progress_page.done, timeout=20000)


def companies(services: Services) -> list[str]:
    return sorted(s.company for s in services.pipeline.summaries())


def test_the_preview_model_passes_the_model_tester(qtmodeltester: object) -> None:
    model = TablePreviewModel()
    table = read_table((FILES / "huntr.csv").read_bytes())
    model.set_table(table, [Problem(4, "a problem")])
    assert (model.rowCount(), model.columnCount()) == (8, 9)
    assert model.headerData(2, Qt.Orientation.Vertical) == "Line 4 ⚠"  # a cell took two lines
    assert model.index(2, 7).data() == "Prep: system design, payments"
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_reading_page_shows_how_the_file_reads_and_a_wrong_encoding(
    qtbot: QtBot, services: Services
) -> None:
    wizard = wizard_for(qtbot, services, "teal.csv")
    page = wizard.reading_page
    assert page.how_read.text() == (
        "Teal, guessed from its header. Read as Windows (cp1252), cells separated by commas: "
        "9 columns, 7 rows."
    )
    assert page.model.index(0, 0).data() == "Société Générale"
    page.encoding.setCurrentIndex(page.encoding.findData(Encoding.UTF8))
    page.encoding.activated.emit(page.encoding.currentIndex())
    assert page.refusal.isVisibleTo(wizard)
    assert page.refusal.text().startswith("Line 2: this file cannot be read as UTF-8")
    # The last good reading stays, and so does its choice.
    assert page.model.index(0, 0).data() == "Société Générale"
    assert page.encoding.currentData() is Encoding.AUTO


def test_mapping_and_status_words_change_what_is_imported(qtbot: QtBot, services: Services) -> None:
    wizard = wizard_for(qtbot, services, "huntr.csv")
    wizard.next()
    mapping = wizard.mapping_page
    assert [c.currentText() for c in mapping.columns] == [
        "Company",
        "Role",
        "Status",
        "Location",
        "Salary",
        "Job link",
        "Applied on",
        "Notes",
        "Leave out",
    ]
    assert {w: c.currentText() for w, c in mapping.statuses.items()} == {
        "applied": "Applied, still open",
        "interview": "Screen, still open",
        "offer": "Offer, still open",
        "onsite": "Final round, still open",
        "phone screen": "Screen, still open",
        "rejected": "Rejected (no interview)",
        "wishlist": "Not applied yet: leave out",
    }
    mapping.set_field("Location", Field.IGNORE)
    mapping.set_meaning("interview", Meaning(Stage.TECHNICAL))
    finish_import(qtbot, wizard)
    assert wizard.progress_page.label.text() == (
        "Imported 7 applications. Undo takes the whole import back."
    )
    apps = {a.details.company: a for a in services.pipeline.applications()}
    assert apps["Vercel"].furthest_stage is Stage.TECHNICAL
    assert {a.details.location for a in apps.values()} == {""}


def test_problems_block_the_import_and_are_listed_by_line(qtbot: QtBot, services: Services) -> None:
    wizard = wizard_for(qtbot, services, "bad_lines.csv")
    wizard.next()
    wizard.next()
    page = wizard.check_page
    assert wizard.currentPage() is page
    assert not wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
    lines = [page.problems.item(i).text() for i in range(page.problems.count())]
    assert lines[0] == "Line 3: “2026-02-30” does not exist: February 2026 has no day 30."
    assert [line.split(":")[0] for line in lines] == [
        "Line 3",
        "Line 4",
        "Line 5",
        "Line 5",
        "Line 6",
        "Line 7",
        "Line 8",
    ]
    assert page.summary.text().startswith("5 problems to fix before anything can be imported")


def test_ambiguous_dates_are_answered_on_the_first_page(qtbot: QtBot, services: Services) -> None:
    from jobdesk.domain.import_dates import DateOrder

    wizard = wizard_for(qtbot, services, "ambiguous.csv")
    assert not wizard.preview.can_import
    wizard.next()
    wizard.next()
    check = wizard.check_page
    assert [check.problems.item(i).text() for i in range(check.problems.count())][-1] == (
        "Choose the order on the first page (Back, twice): “Dates like 3/4/2026”."
    )
    wizard.back()
    wizard.back()
    page = wizard.reading_page
    page.date_order.setCurrentIndex(page.date_order.findData(DateOrder.DAY_FIRST))
    page.date_order.activated.emit(page.date_order.currentIndex())
    finish_import(qtbot, wizard)
    assert sorted(s.applied_on for s in services.pipeline.summaries()) == [
        date(2026, 4, 3),
        date(2026, 6, 5),
    ]


def test_duplicates_are_offered_to_skip_or_merge(qtbot: QtBot, services: Services) -> None:
    services.importer.run(
        services.importer.preview((FILES / "generic.txt").read_bytes(), "generic.txt")
    )
    data = (
        b"Employer,Position,Stage,Date applied\n"
        b"Initech,Backend Engineer,rejected after phone screen,2026-10-01\n"
        b"Umbrella,SRE,Applied,2026-10-09\n"
    )
    wizard = ImportWizard(None, services.importer, "later.csv", data)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    wizard.next()
    page = wizard.check_page
    assert page.duplicates_box.isVisibleTo(wizard)
    assert page.summary.text() == "2 rows: 1 new application, 1 already in jobdesk."
    page.merge.setChecked(True)
    finish_import(qtbot, wizard)
    assert wizard.progress_page.label.text() == (
        "Imported 1 application, added to 1 already there. Undo takes the whole import back."
    )
    initech = next(a for a in services.pipeline.applications() if a.details.company == "Initech")
    assert (initech.furthest_stage, initech.outcome) == (Stage.SCREEN, Outcome.REJECTED)


def big_export(tmp_path: Path, rows: int) -> Path:
    path = tmp_path / "big.csv"
    lines = ["Company,Role,Status,Applied"]
    lines += [f"Company {i},Engineer,Applied,2026-{1 + i % 10:02d}-15" for i in range(rows)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_cancel_while_importing_rolls_everything_back(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    path = big_export(tmp_path, 10_000)
    wizard = ImportWizard(None, services.importer, path.name, path.read_bytes())
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    wizard.next()
    page = wizard.progress_page
    wizard.next()  # Import
    # Waited for by what the user sees, not by a blocker on the worker's own signal: a
    # blocker's slot, queued from the worker thread, may be called after the blocker is
    # gone (a crash seen twice in fifteen runs).
    qtbot.waitUntil(lambda: page.bar.value() > 0, timeout=20000)
    assert page.running
    assert page.bar.maximum() == 10_000
    wizard.reject()  # Cancel, while rows are being written
    assert page.label.text() == "Stopping… nothing of this import will be kept."
    qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=20000)
    assert wizard.outcome is None
    assert wizard.stopped == "The import was stopped. Nothing was imported."
    assert services.pipeline.count() == 0
    assert services.pipeline.undo_text() is None


def test_file_import_from_the_menu_then_one_undo(
    qtbot: QtBot, window: MainWindow, services: Services, prompts: RecordingPrompts
) -> None:
    file_menu = window.menuBar().actions()[0].menu()
    assert window.import_actions.action in file_menu.actions()  # type: ignore[union-attr]
    prompts.chosen = [str(FILES / "huntr.csv")]

    def run_wizard(dialog: QDialog) -> None:
        assert isinstance(dialog, ImportWizard)
        finish_import(qtbot, dialog)
        dialog.accept()

    with answering_dialogs(run_wizard):
        window.import_actions.action.trigger()
    assert len(window.rows) == 7
    assert window.pipeline_tab.model.rowCount() == 7
    assert window.undo_action.text() == "&Undo Import 7 applications from huntr.csv"
    assert window.statusBar().currentMessage() == (
        "Imported 7 applications from huntr.csv. Undo with Ctrl+Z."
    )
    window.undo()
    assert len(window.rows) == 0
    assert services.pipeline.count() == 0


def test_the_same_file_again_says_nothing_is_new(
    qtbot: QtBot, window: MainWindow, services: Services, prompts: RecordingPrompts
) -> None:
    services.importer.run(services.importer.preview((FILES / "teal.csv").read_bytes(), "teal.csv"))
    window.reload()

    def run_wizard(dialog: QDialog) -> None:
        assert isinstance(dialog, ImportWizard)
        finish_import(qtbot, dialog)
        dialog.accept()

    with answering_dialogs(run_wizard):
        window.import_actions.open(FILES / "teal.csv")
    assert prompts.infos == [
        "Nothing new to import: all 6 rows are already in jobdesk. Nothing was changed."
    ]
    assert len(window.rows) == 6


def test_a_file_that_is_no_table_is_said_and_nothing_opens(
    window: MainWindow, prompts: RecordingPrompts
) -> None:
    window.import_actions.open(FILES / "not_text.csv")
    assert prompts.errors == [
        "This file is a PDF document, not a CSV or TSV table. Nothing was imported."
    ]


def test_a_csv_dropped_on_the_window_opens_the_import(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    dropped = tmp_path / "my search.csv"
    shutil.copy(FILES / "resume_log.csv", dropped)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(dropped))])
    pos = QPoint(20, 60)
    # Drops are taken from the window's first paint on.
    qtbot.waitUntil(lambda: window.findChild(FileDrops) is not None)
    QApplication.sendEvent(window, drag(QDragEnterEvent, pos, data))
    drops = window.findChild(FileDrops)  # the window's one drop handling, whoever owns it
    assert isinstance(drops, FileDrops)
    overlay = drops.overlay
    assert overlay.target is not None
    assert overlay.target.text == "Drop to import the applications in this file"
    seen: list[str] = []

    def run_wizard(dialog: QDialog) -> None:
        assert isinstance(dialog, ImportWizard)
        seen.append(dialog.windowTitle())
        finish_import(qtbot, dialog)
        dialog.accept()

    with answering_dialogs(run_wizard), qtbot.waitSignal(drops.idle):
        drag_and_drop(qtbot, window, pos, data)
    assert seen == ["Import my search.csv"]
    assert len(window.rows) == 6


def test_only_text_files_that_read_as_a_table_go_to_the_import(
    services: Services, tmp_path: Path
) -> None:
    table = tmp_path / "export.txt"
    shutil.copy(FILES / "generic.txt", table)
    letter = tmp_path / "offer.txt"
    letter.write_text("Dear Sam,\n\nWe are delighted to offer you the role.\n", encoding="utf-8")
    assert services.importer.is_table_file(table)
    assert not services.importer.is_table_file(letter)
    assert services.importer.is_table_file(tmp_path / "anything.tsv")
    assert not services.importer.is_table_file(tmp_path / "letter.pdf")


def test_rows_with_problems_are_marked_in_the_preview(qtbot: QtBot, services: Services) -> None:
    wizard = wizard_for(qtbot, services, "bad_lines.csv")
    model = wizard.reading_page.model
    headers = [model.headerData(r, Qt.Orientation.Vertical) for r in range(model.rowCount())]
    assert headers == [
        "Line 2",
        "Line 3 ⚠",
        "Line 4 ⚠",
        "Line 5 ⚠",
        "Line 6",
        "Line 7 ⚠",
        "Line 8 ⚠",
    ]
    assert model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is None
    assert model.index(1, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert "February 2026 has no day 30" in model.index(1, 0).data(Qt.ItemDataRole.ToolTipRole)


def test_a_large_file_is_read_again_on_a_worker_and_the_last_choice_wins(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    path = big_export(tmp_path, 8_000)
    wizard = ImportWizard(None, services.importer, path.name, path.read_bytes())
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.reading_page
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    page.preset.setCurrentIndex(page.preset.findData("teal"))
    page.preset.activated.emit(page.preset.currentIndex())
    assert wizard.reading is not None
    assert not next_button.isEnabled()  # the pages wait for the new reading
    assert page.how_read.text() == "Reading the file again with your choice…"
    page.preset.setCurrentIndex(page.preset.findData("german"))
    page.preset.activated.emit(page.preset.currentIndex())
    qtbot.waitUntil(lambda: wizard.reading is None, timeout=30000)
    assert wizard.preview.preset.key == "german"
    assert wizard.choices.preset == "german"
    assert next_button.isEnabled()
    assert page.how_read.text().startswith("German spreadsheet (Firma;Stelle;…). Read as UTF-8")


HELDOUT = FILES / "heldout"


def test_lines_with_problems_can_be_left_out_and_one_undo_takes_the_rest_back(
    qtbot: QtBot, window: MainWindow, services: Services, prompts: RecordingPrompts
) -> None:
    """A tracker export the team did not write, with two lines whose company is empty:
    off by default nothing imports; ticked, the other 16 do, and one Undo takes them back."""
    prompts.chosen = [str(HELDOUT / "jobsync_export_2.csv")]
    seen: dict[str, object] = {}

    def run_wizard(dialog: QDialog) -> None:
        assert isinstance(dialog, ImportWizard)
        while dialog.currentPage() is not dialog.check_page:
            dialog.next()
        page = dialog.check_page
        commit = dialog.button(QWizard.WizardButton.CommitButton)
        seen["box"] = (page.skip_lines.isVisibleTo(dialog), page.skip_lines.isChecked())
        seen["text"] = page.skip_lines.text()
        seen["before"] = (commit.isEnabled(), page.summary.text())
        page.skip_lines.setChecked(True)
        seen["after"] = (commit.isEnabled(), page.summary.text())
        seen["items"] = [page.problems.item(i).text() for i in range(page.problems.count())]
        dialog.next()
        qtbot.waitUntil(lambda: dialog.progress_page.done, timeout=20000)
        seen["result"] = dialog.progress_page.label.text()
        dialog.accept()

    with answering_dialogs(run_wizard):
        window.import_actions.action.trigger()
    assert seen["box"] == (True, False)  # offered, off by default
    assert seen["text"] == (
        "&Leave out the 2 lines with problems (lines 7 and 16) and import the rest"
    )
    assert seen["before"] == (
        False,
        "2 problems to fix before anything can be imported (of 20 rows). Nothing is imported "
        "until every line reads, or until you choose to leave out the lines with problems.",
    )
    assert seen["after"] == (
        True,
        "20 rows: 16 new applications, 2 never sent, left out, lines 7 and 16 left out for "
        "their problems.",
    )
    assert seen["items"] == [
        "2 rows say the application was never sent (a wishlist or draft); left out.",
        "Line 7: the company is empty. Fill it in, or delete the line. (Left out.)",
        "Line 16: the company is empty. Fill it in, or delete the line. (Left out.)",
    ]
    assert seen["result"] == (
        "Imported 16 applications. Left out lines 7 and 16, which have problems:\n"
        "Line 7: the company is empty. Fill it in, or delete the line.\n"
        "Line 16: the company is empty. Fill it in, or delete the line.\n"
        "Fix those lines and import the file again to add them; what is already in is not "
        "doubled.\nUndo takes the whole import back."
    )
    assert len(window.rows) == 16
    assert "Benchling" in companies(services) and "" not in companies(services)
    assert window.undo_action.text() == "&Undo Import 16 applications from jobsync_export_2.csv"
    window.undo()
    assert len(window.rows) == 0
    assert services.pipeline.count() == 0


def test_a_problem_of_the_whole_file_still_blocks_with_lines_left_out(
    qtbot: QtBot, services: Services
) -> None:
    wizard = wizard_for(qtbot, services, "unterminated.csv")
    while wizard.currentPage() is not wizard.check_page:
        wizard.next()
    page = wizard.check_page
    # A quote that never closes leaves the rest unread: no line to leave out, nothing offered.
    assert not page.skip_lines.isVisibleTo(wizard)
    wizard.choose(skip_bad_lines=True)
    assert not wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
    assert services.pipeline.count() == 0


def test_leaving_lines_out_is_not_offered_when_a_quote_spoils_the_rest(
    qtbot: QtBot, services: Services
) -> None:
    """The reviewer's file: line 2 reads, line 3 has a date that does not exist, line 4 no
    company, line 5 a quote that never closes. Leaving out lines 3 and 4 would not help."""
    wizard = wizard_for(qtbot, services, "bad_then_unterminated.csv")
    while wizard.currentPage() is not wizard.check_page:
        wizard.next()
    page = wizard.check_page
    assert not page.skip_lines.isVisibleTo(wizard)
    assert page.summary.text() == (
        "3 problems to fix before anything can be imported (of 4 rows). Nothing is imported "
        "until every line reads. Leaving out the lines with problems would not be enough: "
        "the problem on line 5 spoils the whole file."
    )
    assert [page.problems.item(i).text() for i in range(page.problems.count())] == [
        "Line 3: “2026-02-30” does not exist: February 2026 has no day 30.",
        "Line 4: the company is empty. Fill it in, or delete the line.",
        'Line 5: a quote (") opens a cell here that never closes, so the rest of the file '
        "cannot be read. Close the quote, or remove it.",
    ]
    assert not wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
