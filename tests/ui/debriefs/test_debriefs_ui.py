"""The Debriefs tab: every debrief in one table, searched and filtered as a user would, opened
to edit, deleted and undone; it does no work while hidden."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime

import pytest
from peewee import SqliteDatabase
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from jobdesk.domain.application import ApplicationDetails
from jobdesk.domain.enums import Stage
from jobdesk.domain.interviews import DebriefDetails
from jobdesk.paths import Paths
from jobdesk.services.bundle import Services, build_services
from jobdesk.ui.debriefs.debrief_dialog import DebriefDialog
from jobdesk.ui.debriefs.models import DebriefRow, DebriefsModel
from jobdesk.ui.dialogs.prompts import Prompts
from jobdesk.ui.shell.main_window import MainWindow
from tests.qt_helpers import answering_dialogs as answering

TODAY = date(2026, 11, 24)


class QuietPrompts(Prompts):
    def error(self, parent: QWidget | None, text: str) -> None:
        raise AssertionError(text)


@pytest.fixture
def services(db: SqliteDatabase, paths: Paths) -> Services:
    services = build_services(
        db, paths, today=lambda: TODAY, now=lambda: datetime(2026, 11, 24, 12, tzinfo=UTC)
    )
    for company, on, stage, tags, question, rating in (
        ("Acme", date(2026, 11, 10), Stage.TECHNICAL, ("System design",), "Design a cache", 2),
        ("Globex", date(2026, 11, 18), Stage.SCREEN, ("Nerves",), "Why us?", 4),
        ("Initech", date(2026, 11, 20), Stage.TECHNICAL, ("System design", "Nerves"), "Shard", 3),
    ):
        app_id = services.pipeline.add(
            ApplicationDetails(company, "Engineer", date(2026, 11, 2))
        ).application_ids[0]
        services.interviews.write_debrief(
            app_id,
            DebriefDetails(
                stage,
                on,
                stumbled=f"{company} stumble",
                tags=tags,
                questions=(question,),
                rating=rating,
            ),
        )
    return services


@pytest.fixture
def window(qtbot: QtBot, services: Services) -> Iterator[MainWindow]:
    w = MainWindow(services, prompts=QuietPrompts())
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w


def column(window: MainWindow, number: int) -> list[str]:
    model = window.debriefs_tab.model
    return [model.index(r, number).data() for r in range(model.rowCount())]


def test_the_tab_opens_by_name_and_reads_nothing_while_hidden(window: MainWindow) -> None:
    tab = window.debriefs_tab
    assert tab.model.rowCount() == 0  # never shown yet: no work done
    assert window.select_tab("Debriefs")
    assert column(window, 1) == ["Initech", "Globex", "Acme"]  # newest first
    assert column(window, 0) == ["20 Nov 2026", "18 Nov 2026", "10 Nov 2026"]
    assert column(window, 3) == ["Technical", "Screen", "Technical"]
    assert column(window, 4) == ["3 of 5", "4 of 5", "2 of 5"]
    assert column(window, 5) == ["System design, Nerves", "Nerves", "System design"]
    assert tab.count_label.text() == "3 debriefs"


def test_search_and_filters(window: MainWindow) -> None:
    window.select_tab("Debriefs")
    tab = window.debriefs_tab
    tab.search_edit.setText("design a")  # a question asked
    assert column(window, 1) == ["Acme"]
    assert tab.count_label.text() == "Showing 1 of 3 debriefs"
    tab.search_edit.setText("GLOBEX STUMBLE")  # an answer
    assert column(window, 1) == ["Globex"]
    tab.search_edit.clear()
    tab.tag_combo.setCurrentIndex(tab.tag_combo.findText("Nerves"))
    assert column(window, 1) == ["Initech", "Globex"]
    tab.stage_combo.setCurrentIndex(tab.stage_combo.findText("Technical"))
    assert column(window, 1) == ["Initech"]
    tab.stage_combo.setCurrentIndex(0)
    tab.tag_combo.setCurrentIndex(0)
    tab.company_combo.setCurrentIndex(tab.company_combo.findText("Acme"))
    assert column(window, 1) == ["Acme"]
    tab.table.selectRow(0)
    assert "Acme stumble" in tab.preview.toPlainText()
    assert "• Design a cache" in tab.preview.toPlainText()


def test_opening_one_edits_it_and_delete_is_undone(window: MainWindow, services: Services) -> None:
    window.select_tab("Debriefs")
    tab = window.debriefs_tab
    tab.table.selectRow(2)  # Acme

    def rate_five(dialog: QDialog) -> None:
        assert isinstance(dialog, DebriefDialog)
        assert dialog.windowTitle() == "Edit the debrief"
        assert dialog.answers["stumbled"].toPlainText() == "Acme stumble"
        assert dialog.questions_edit.toPlainText() == "Design a cache"
        dialog.rating_combo.setCurrentIndex(5)
        dialog.accept()

    with answering(rate_five):
        tab.open_button.click()
    assert column(window, 4) == ["3 of 5", "4 of 5", "5 of 5"]
    assert tab.selected_id() == services.interviews.debriefs()[2].id  # still on Acme
    tab.delete_button.click()
    assert column(window, 1) == ["Initech", "Globex"]
    window.undo_action.trigger()
    assert column(window, 1) == ["Initech", "Globex", "Acme"]


def test_the_model_passes_the_model_tester(qtmodeltester, services: Services) -> None:
    model = DebriefsModel()
    model.set_rows(
        [DebriefRow(d, f"Company {d.id}", "Role") for d in services.interviews.debriefs()]
    )
    qtmodeltester.check(model)
    model.sort(4)  # by rating, in the model itself
    assert [model.index(r, 4).data() for r in range(3)] == ["2 of 5", "3 of 5", "4 of 5"]
    qtmodeltester.check(model)


def drawn_colours(widget: QWidget) -> set[int]:
    image = widget.grab().toImage()
    return {image.pixel(x, y) for x in range(0, image.width(), 3) for y in range(image.height())}


def test_the_preview_says_what_to_do_while_nothing_is_selected(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.resize(900, 600)
    window.select_tab("Debriefs")
    tab = window.debriefs_tab
    tab.table.clearSelection()
    qtbot.wait(1)
    preview = tab.preview
    assert preview.toPlainText() == ""
    assert preview.placeholderText() == (
        "Select a debrief above to read it here. To change it, press Enter or Open…"
    )
    # The hint is really drawn: the box is not one flat colour.
    assert len(drawn_colours(preview.viewport())) > 1
    tab.search_edit.setText("no debrief says this")
    assert preview.placeholderText() == (
        "No debrief matches the search and filters above. Clear them to see every debrief."
    )
    tab.search_edit.clear()
    tab.table.selectRow(0)
    assert preview.toPlainText().startswith("Initech")
    assert len(drawn_colours(preview.viewport())) > 1


def test_with_no_debriefs_the_preview_says_what_will_show_there(
    qtbot: QtBot, db: SqliteDatabase, paths: Paths
) -> None:
    window = MainWindow(build_services(db, paths, today=lambda: TODAY), prompts=QuietPrompts())
    qtbot.addWidget(window)
    window.show()
    window.select_tab("Debriefs")
    preview = window.debriefs_tab.preview
    assert preview.toPlainText() == ""
    assert preview.placeholderText() == (
        "Your debriefs show here: what went well, where you stumbled, and what you would do "
        "differently next time."
    )
