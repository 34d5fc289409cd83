"""The main window as a user drives it: the real dialogs, shortcuts, undo, filters, state."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from peewee import SqliteDatabase
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QMenu,
    QToolBar,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from jobdesk.domain.application import ApplicationDetails
from jobdesk.domain.enums import Channel, Outcome, RejectionReason, Stage
from jobdesk.services.bundle import Services
from jobdesk.services.pipeline import Pipeline
from jobdesk.ui.dialogs.prompts import Prompts
from jobdesk.ui.pipeline.application_dialog import ApplicationDialog
from jobdesk.ui.pipeline.model import COL_OUTCOME, COL_STAGE, QuickFilter
from jobdesk.ui.pipeline.stage_dialogs import AdvanceDialog, RejectDialog
from jobdesk.ui.shell.main_window import MainWindow
from tests.qt_helpers import answering_dialogs as answering_dialog


class RecordingPrompts(Prompts):
    def __init__(self) -> None:
        self.errors: list[str] = []
        self.infos: list[str] = []

    def error(self, parent: QWidget | None, text: str) -> None:
        self.errors.append(text)

    def info(self, parent: QWidget | None, text: str) -> None:
        self.infos.append(text)


@pytest.fixture
def window(qtbot: QtBot, services: Services) -> Iterator[MainWindow]:
    w = MainWindow(services, prompts=RecordingPrompts())
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w


def rows(window: MainWindow, column: int) -> list[str]:
    model = window.pipeline_tab.model
    return [model.index(r, column).data() for r in range(model.rowCount())]


def add(pipeline: Pipeline, company: str, channel: Channel = Channel.DIRECT) -> int:
    details = ApplicationDetails(company, "Backend Engineer", date(2026, 11, 2), channel=channel)
    return pipeline.add(details).application_ids[0]


def press(
    widget: QWidget, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    widget.activateWindow()
    widget.setFocus()
    from PySide6.QtTest import QTest

    QTest.keyClick(widget, key, modifiers)


def test_empty_state_then_adding_through_the_dialog(qtbot: QtBot, window: MainWindow) -> None:
    tab = window.pipeline_tab
    assert tab.stack.currentWidget() is tab.empty_state
    assert window.sample_action.isEnabled()

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, ApplicationDialog)
        qtbot.keyClicks(dialog.company_edit, "Acme Robotics")
        qtbot.keyClicks(dialog.role_edit, "Platform Engineer")
        dialog.channel_combo.setCurrentText(Channel.REFERRAL.label)
        dialog.applied_edit.setDate(QDate(2026, 11, 12))
        dialog.add_contact_button.click()
        table = dialog.contacts_table
        table.item(0, 0).setText("Jo Park") if table.item(0, 0) else None
        dialog.accept()

    with answering_dialog(fill):
        tab.empty_state.add_button.click()

    assert tab.stack.currentWidget() is tab.splitter
    (app,) = window.pipeline.applications()
    assert (app.details.company, app.details.role_title) == ("Acme Robotics", "Platform Engineer")
    assert app.details.channel is Channel.REFERRAL
    assert app.details.applied_on == date(2026, 11, 12)
    assert rows(window, COL_STAGE) == ["Applied"]
    assert window.count_label.text() == "1 application"
    assert "Acme Robotics" in window.pipeline_tab.detail.toPlainText()
    assert window.undo_action.text() == "&Undo Add Acme Robotics — Platform Engineer"


def test_cancelling_the_dialog_adds_nothing(qtbot: QtBot, window: MainWindow) -> None:
    with answering_dialog(lambda d: d.reject()):
        window.new_action.trigger()
    assert window.pipeline.is_empty()


def test_advance_with_the_shortcut_and_an_earlier_date(
    qtbot: QtBot, window: MainWindow, pipeline: Pipeline
) -> None:
    add(pipeline, "Acme")
    window.reload()
    window.pipeline_tab.select_first_row()

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, AdvanceDialog)
        assert dialog.stage_combo.currentText() == Stage.RESPONDED.label  # the next one
        dialog.stage_combo.setCurrentText(Stage.TECHNICAL.label)
        dialog.date_edit.setDate(QDate(2026, 11, 9))
        dialog.accept()

    with answering_dialog(fill):
        press(window.pipeline_tab.table, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)

    assert rows(window, COL_STAGE) == ["Technical"]
    history = window.pipeline_tab.detail.toPlainText()
    assert "Reached technical (backfilled)" in history


def test_reject_with_a_reason(qtbot: QtBot, window: MainWindow, pipeline: Pipeline) -> None:
    app_id = add(pipeline, "Globex")
    pipeline.advance(app_id, Stage.SCREEN, date(2026, 11, 5))
    window.reload()
    window.pipeline_tab.select_first_row()

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, RejectDialog)
        assert dialog.stage_combo.currentText() == Stage.SCREEN.label
        dialog.reason_buttons[RejectionReason.SKILLS_GAP].click()
        dialog.note_edit.setPlainText("Wanted more Kubernetes")
        dialog.accept()

    with answering_dialog(fill):
        window.reject_action.trigger()

    app = pipeline.application(app_id)
    assert (app.outcome, app.furthest_stage) == (Outcome.REJECTED, Stage.SCREEN)
    assert rows(window, COL_OUTCOME) == ["Rejected"]
    text = window.pipeline_tab.detail.toPlainText()
    assert "Rejected at screen: skills gap (something to work on)" in text
    assert "Wanted more Kubernetes" in text
    # A rejected application cannot move forward until it is reopened.
    assert not window.advance_action.isEnabled()
    assert window.reopen_action.isEnabled()


def test_delete_with_the_key_then_undo_and_redo(window: MainWindow, pipeline: Pipeline) -> None:
    app_id = add(pipeline, "Initech")
    pipeline.advance(app_id, Stage.SCREEN, date(2026, 11, 5))
    add(pipeline, "Hooli")
    window.reload()
    window.pipeline_tab.select_ids([app_id])
    before = pipeline.application(app_id)

    press(window.pipeline_tab.table, Qt.Key.Key_Delete)
    assert [a.details.company for a in pipeline.applications()] == ["Hooli"]
    assert window.count_label.text() == "1 application"
    # The status bar says what was done; the Edit menu offers the step as a command.
    assert window.statusBar().currentMessage() == (
        "Deleted Initech — Backend Engineer. Undo with Ctrl+Z."
    )
    assert window.undo_action.text() == "&Undo Delete Initech — Backend Engineer"

    press(window.pipeline_tab.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert pipeline.application(app_id) == before
    assert window.statusBar().currentMessage() == (
        "Undid: Delete Initech — Backend Engineer. Redo with Ctrl+Shift+Z."
    )
    assert window.count_label.text() == "2 applications"
    assert window.pipeline_tab.selected_ids() == [app_id]

    shift_ctrl = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    press(window.pipeline_tab.table, Qt.Key.Key_Z, shift_ctrl)
    assert len(pipeline.applications()) == 1
    assert window.statusBar().currentMessage() == (
        "Redid: Delete Initech — Backend Engineer. Undo with Ctrl+Z."
    )


def test_delete_key_in_the_search_box_edits_text_not_rows(
    qtbot: QtBot, window: MainWindow, pipeline: Pipeline
) -> None:
    add(pipeline, "Acme")
    window.reload()
    window.pipeline_tab.select_first_row()
    search = window.pipeline_tab.search_edit
    qtbot.keyClicks(search, "ac")
    search.setCursorPosition(0)
    press(search, Qt.Key.Key_Delete)
    assert search.text() == "c"
    assert len(pipeline.applications()) == 1


def test_filters_and_search(qtbot: QtBot, window: MainWindow, pipeline: Pipeline) -> None:
    acme, globex, initech = (add(pipeline, n) for n in ("Acme", "Globex", "Initech"))
    pipeline.reject(globex, stage=Stage.APPLIED)
    pipeline.advance(initech, Stage.OFFER)
    window.reload()
    tab = window.pipeline_tab

    tab.quick_buttons[QuickFilter.ACTIVE].click()
    assert sorted(rows(window, 0)) == ["Acme", "Initech"]
    assert window.count_label.text() == "Showing 2 of 3 applications"
    window.quick_actions[QuickFilter.OFFERS].trigger()
    assert rows(window, 0) == ["Initech"]
    tab.quick_buttons[QuickFilter.CLOSED].click()
    assert rows(window, 0) == ["Globex"]
    tab.quick_buttons[QuickFilter.ALL].click()

    tab.stage_combo.setCurrentIndex(tab.stage_combo.findData(Stage.RESPONDED))
    assert rows(window, 0) == ["Globex"]  # a rejection at application is a response
    tab.stage_combo.setCurrentIndex(0)

    press(tab.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert tab.search_edit.hasFocus()
    qtbot.keyClicks(tab.search_edit, "init")
    assert rows(window, 0) == ["Initech"]
    assert window.count_label.text() == "Showing 1 of 3 applications"
    tab.search_edit.setText("no such company")
    assert rows(window, 0) == []
    assert tab.no_match.isVisible()
    assert acme  # the first one was added too


def test_actions_follow_the_selection(window: MainWindow, pipeline: Pipeline) -> None:
    offer = add(pipeline, "Acme")
    pipeline.advance(offer, Stage.OFFER)
    window.reload()
    assert not window.edit_action.isEnabled()  # nothing selected yet
    window.pipeline_tab.select_ids([offer])
    assert window.accept_action.isEnabled() and window.decline_action.isEnabled()
    assert not window.advance_action.isEnabled()  # nothing comes after an offer
    assert not window.sample_action.isEnabled()  # the pipeline is not empty


def test_no_sample_search_into_a_pipeline_whose_rows_are_only_filtered_away(
    qtbot: QtBot, window: MainWindow, pipeline: Pipeline
) -> None:
    """A search that matches nothing leaves the table empty, not the pipeline: File ▸ Load
    a sample search stays off, so 82 made-up applications never join the user's own."""
    add(pipeline, "Acme")
    window.reload()
    assert not window.sample_action.isEnabled()
    qtbot.keyClicks(window.pipeline_tab.search_edit, "nothing like this")
    assert window.pipeline_tab.model.rowCount() == 0
    assert window.pipeline_tab.no_match.isVisibleTo(window)
    assert not window.sample_action.isEnabled()
    window.pipeline_tab.search_edit.clear()
    pipeline.delete([a.id for a in pipeline.applications()])
    window.reload()
    assert window.sample_action.isEnabled()  # empty now: the sample is offered again


def test_loading_the_sample_and_undoing_it(window: MainWindow) -> None:
    window.pipeline_tab.empty_state.sample_button.click()
    assert window.pipeline_tab.model.rowCount() == 82
    # 34 of them were sent 30 days ago or more and never answered, and 7 were marked ghosted
    # before any reply (see test_one_story.py).
    assert window.count_label.text() == "82 applications · 41 with no response"
    window.undo_action.trigger()
    assert window.pipeline_tab.stack.currentWidget() is window.pipeline_tab.empty_state


# What `--demo` holds beside its applications (tests/test_demo_commands.py holds the same).
SAMPLE_PARTS = {
    "message_sent": 8,  # feedback requests
    "feedback": 8,
    "offer": 2,
    "interview": 37,
    "debrief": 26,
    "improvement": 2,
}


def parts(db: SqliteDatabase) -> dict[str, int]:
    return {
        table: db.execute_sql(f"SELECT count(*) FROM {table}").fetchone()[0]
        for table in SAMPLE_PARTS
    }


def test_the_sample_from_the_empty_state_is_the_whole_demo_and_one_undo_takes_it_back(
    window: MainWindow, services: Services, db: SqliteDatabase
) -> None:
    """It loaded only the pipeline: no offers, interviews, feedback, debriefs or
    improvements, where `--demo` has them all."""
    kept = lists(db)  # no company yet, the built-in topics
    window.pipeline_tab.empty_state.sample_button.click()
    loaded = lists(db)
    assert (len(loaded["company"]), len(loaded["resume_variant"])) == (64, 2)
    assert window.pipeline_tab.model.rowCount() == 82
    assert parts(db) == SAMPLE_PARTS
    assert services.feedback.my_name() == "Sam Taylor"
    assert len(services.patterns.improvements()) == 2
    assert window.undo_action.text() == "&Undo Load the sample search"
    assert window.select_tab("Offers")
    assert window.offers_tab.model.rowCount() == 2

    window.undo_action.trigger()
    assert window.offers_tab.model.rowCount() == 0
    assert window.pipeline_tab.model.rowCount() == 0
    assert parts(db) == dict.fromkeys(SAMPLE_PARTS, 0)
    assert services.feedback.my_name() == ""  # the sample's name goes with it
    # Its companies (offered when adding), resume variants and debrief topics go too.
    assert lists(db) == kept
    assert not window.undo_action.isEnabled()

    window.redo_action.trigger()
    assert window.pipeline_tab.model.rowCount() == 82
    assert parts(db) == SAMPLE_PARTS
    assert lists(db) == loaded
    assert services.feedback.my_name() == "Sam Taylor"
    window.undo_action.trigger()
    assert parts(db) == dict.fromkeys(SAMPLE_PARTS, 0)
    assert lists(db) == kept


def lists(db: SqliteDatabase) -> dict[str, list[tuple[object, ...]]]:
    """The lists the sample adds to that hang off no application: companies, resume
    variants and topics (a debrief's tags become topics of the user's own)."""
    return {
        "company": db.execute_sql(
            "SELECT name, size_band, industry FROM company ORDER BY name"
        ).fetchall(),
        "resume_variant": db.execute_sql(
            "SELECT name FROM resume_variant ORDER BY name"
        ).fetchall(),
        "feedback_theme": db.execute_sql(
            "SELECT name, topic_group, topic_key FROM feedback_theme ORDER BY name"
        ).fetchall(),
    }


def test_window_layout_is_remembered(qtbot: QtBot, services: Services) -> None:
    first = MainWindow(services, prompts=RecordingPrompts())
    qtbot.addWidget(first)
    first.show()
    first.resize(720, 520)
    first.pipeline_tab.table.setColumnWidth(0, 321)
    first.pipeline_tab.splitter.setSizes([500, 380])
    sizes = first.pipeline_tab.splitter.sizes()
    first.close()

    second = MainWindow(services, prompts=RecordingPrompts())
    qtbot.addWidget(second)
    second.show()
    assert (second.width(), second.height()) == (720, 520)
    assert second.pipeline_tab.table.columnWidth(0) == 321
    assert second.pipeline_tab.splitter.sizes() == sizes


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name) if interface is not None else ""


def test_every_control_has_an_accessible_name(window: MainWindow, pipeline: Pipeline) -> None:
    pipeline.load_sample()
    window.reload()
    controls = [
        w
        for w in window.findChildren(QWidget)
        if isinstance(w, QAbstractButton | QLineEdit | QComboBox | QAbstractItemView)
        and not isinstance(w, QHeaderView)
        and not w.objectName().startswith("qt_")
        and w.window() is window
        and not isinstance(w.parent(), QComboBox | QAbstractItemView | QLineEdit)
    ]
    assert len(controls) >= 8
    unnamed = [
        f"{type(w).__name__} {w.objectName()} in {type(w.parent()).__name__}"
        for w in controls
        if not accessible_name(w)
    ]
    assert unnamed == []


def test_an_html_looking_company_name_is_shown_as_text(
    window: MainWindow, pipeline: Pipeline
) -> None:
    add(pipeline, "<b>Evil</b> & Co")
    window.reload()
    window.pipeline_tab.select_first_row()
    assert "<b>Evil</b> & Co" in window.pipeline_tab.detail.toPlainText()


def test_editing_keeps_the_applied_date_within_the_history(
    qtbot: QtBot, window: MainWindow, pipeline: Pipeline
) -> None:
    app_id = add(pipeline, "Acme")
    pipeline.advance(app_id, Stage.RESPONDED, date(2026, 11, 6))
    window.reload()
    window.pipeline_tab.select_first_row()

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, ApplicationDialog)
        dialog.applied_edit.setDate(QDate(2026, 11, 15))  # after the response: not allowed
        assert dialog.applied_edit.date() == QDate(2026, 11, 6)
        dialog.role_edit.setText("Senior Backend Engineer")
        dialog.accept()

    with answering_dialog(fill):
        press(window.pipeline_tab.table, Qt.Key.Key_Return)
    app = pipeline.application(app_id)
    assert app.details.role_title == "Senior Backend Engineer"
    assert app.details.applied_on == date(2026, 11, 6)  # as far as the history allows
    assert window.prompts.errors == []  # type: ignore[attr-defined]


def test_double_click_opens_the_editor(
    qtbot: QtBot, window: MainWindow, pipeline: Pipeline
) -> None:
    add(pipeline, "Acme")
    window.reload()
    table = window.pipeline_tab.table
    centre = table.visualRect(window.pipeline_tab.model.index(0, 1)).center()

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, ApplicationDialog)
        assert dialog.company_edit.text() == "Acme"
        dialog.reject()

    with answering_dialog(fill):
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=centre)


def test_the_context_menu_offers_the_pipeline_actions(
    qtbot: QtBot, window: MainWindow, pipeline: Pipeline
) -> None:
    add(pipeline, "Acme")
    window.reload()
    window.pipeline_tab.select_first_row()
    offered: list[str] = []

    def read_menu() -> None:
        menu = QApplication.activePopupWidget()
        if menu is None:
            QTimer.singleShot(10, read_menu)
            return
        offered.extend(a.text() for a in menu.actions() if a.isEnabled() and a.text())
        menu.close()

    QTimer.singleShot(0, read_menu)
    window.pipeline_tab.context_menu_requested.emit(
        window.pipeline_tab.table.mapToGlobal(window.pipeline_tab.table.rect().center())
    )
    assert {"&Move forward…", "Log &rejection…", "&Withdraw…", "&Delete"} <= set(offered)
    assert "Re&open…" not in offered  # only for closed applications


def test_a_storage_failure_is_shown_and_the_table_is_unchanged(
    window: MainWindow, pipeline: Pipeline
) -> None:
    add(pipeline, "Acme")
    window.reload()
    window.pipeline_tab.select_first_row()
    pipeline._db.execute_sql("PRAGMA query_only = 1")
    press(window.pipeline_tab.table, Qt.Key.Key_Delete)
    pipeline._db.execute_sql("PRAGMA query_only = 0")
    (message,) = window.prompts.errors  # type: ignore[attr-defined]
    assert "could not save this change" in message
    assert window.pipeline_tab.model.rowCount() == 1
    assert window.count_label.text() == "1 application"


def test_the_detail_pane_offers_to_request_feedback(window: MainWindow, pipeline: Pipeline) -> None:
    from PySide6.QtCore import QUrl

    from jobdesk.ui.feedback.composer_dialog import ComposerDialog
    from jobdesk.ui.pipeline.links import REQUEST_FEEDBACK

    add(pipeline, "Acme")
    window.reload()
    window.pipeline_tab.select_first_row()
    detail = window.pipeline_tab.detail
    assert "Request feedback…" in detail.toPlainText()
    opened: list[str] = []

    def sign(dialog: QDialog) -> None:
        # No name is set yet: the first message asks for the one to sign with.
        assert isinstance(dialog, QInputDialog)
        assert dialog.labelText().startswith("Messages end with your name.")
        dialog.setTextValue("Jo Park")
        dialog.accept()

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, ComposerDialog)
        opened.append(dialog.windowTitle())
        assert dialog.body_edit.toPlainText().rstrip().endswith("Jo Park")
        dialog.reject()

    with answering_dialog(sign, fill):
        detail.anchorClicked.emit(QUrl(REQUEST_FEEDBACK))
    assert opened == ["Write to Acme"]


def test_undo_shows_an_ampersand_in_a_name_and_stays_short_on_the_toolbar(
    window: MainWindow, pipeline: Pipeline
) -> None:
    role = "Senior Platform Engineer for Distributed Systems and Developer Tooling"
    details = ApplicationDetails("Müller GmbH & Co. KG", role, date(2026, 11, 2))
    window.perform(lambda: pipeline.add(details))

    # "&&" is how Qt shows one "&"; the name is cut at 60 characters.
    assert window.undo_action.text() == (
        "&Undo Add Müller GmbH && Co. KG — Senior Platform Engineer for Dis…"
    )
    toolbar = window.findChild(QToolBar, "main-toolbar")
    assert isinstance(toolbar, QToolBar)
    button = toolbar.widgetForAction(window.undo_action)
    assert isinstance(button, QToolButton)
    assert button.text() == "Undo"
    assert f"Undo Add Müller GmbH &amp; Co. KG — {role}" in button.toolTip()
    edit_menu = next(
        a.menu() for a in window.menuBar().actions() if a.text() == "&Edit" and a.menu()
    )
    assert isinstance(edit_menu, QMenu)
    assert edit_menu.sizeHint().width() < 600

    window.undo_action.trigger()

    assert window.redo_action.text().startswith("&Redo Add Müller GmbH && Co. KG — ")
    assert toolbar.widgetForAction(window.redo_action).text() == "Redo"
