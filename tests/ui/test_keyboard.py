"""The keyboard as a user drives it: rows by Home/End, Tab to every control with a visible
focus ring, Ctrl+PgDown/PgUp for tabs everywhere, Ctrl+Enter to save a dialog with a text box."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from jobdesk.domain.application import ApplicationDetails
from jobdesk.domain.enums import Outcome
from jobdesk.services.bundle import Services
from jobdesk.services.pipeline import Pipeline
from jobdesk.ui.pipeline.model import QuickFilter
from jobdesk.ui.pipeline.stage_dialogs import OutcomeDialog, RejectDialog
from jobdesk.ui.shell.main_window import MainWindow
from tests.qt_helpers import answering_dialogs

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def window(qtbot: QtBot, services: Services) -> Iterator[MainWindow]:
    w = MainWindow(services)
    qtbot.addWidget(w)
    w.resize(1200, 760)
    w.show()
    qtbot.waitExposed(w)
    yield w
    # QTest leaves the modifiers of its last key (Ctrl…) as held for the tests after this
    # one, where a selectRow() would then toggle rows: a plain key lets go of them.
    QTest.keyClick(w, Qt.Key.Key_Escape)


def activate(qtbot: QtBot, widget: QWidget) -> None:
    """Focus `widget` in its active window, as a user's click on it would (shortcuts
    answer only in the active window)."""
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # answered dialogs
    widget.window().activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget.window())
    widget.setFocus(Qt.FocusReason.OtherFocusReason)


def add(pipeline: Pipeline, *companies: str) -> list[int]:
    return [
        pipeline.add(ApplicationDetails(c, "Engineer", date(2026, 11, n + 1))).application_ids[0]
        for n, c in enumerate(companies)
    ]


def test_ctrl_end_and_ctrl_home_select_the_row_the_details_show(
    qtbot: QtBot, window: MainWindow, pipeline: Pipeline
) -> None:
    a, b, c = add(pipeline, "Acme", "Globex", "Initech")  # newest first: Initech at the top
    window.reload()
    tab = window.pipeline_tab
    table = tab.table
    tab.select_ids([c])
    activate(qtbot, table)

    qtbot.keyClick(table, Qt.Key.Key_End, CTRL)
    assert tab.selected_ids() == [a]
    assert tab.detail.toPlainText().startswith("Acme")

    qtbot.keyClick(table, Qt.Key.Key_Home, CTRL)
    assert tab.selected_ids() == [c]
    assert tab.detail.toPlainText().startswith("Initech")

    qtbot.keyClick(table, Qt.Key.Key_End, CTRL | SHIFT)  # extends the selection
    assert sorted(tab.selected_ids()) == [a, b, c]

    qtbot.keyClick(table, Qt.Key.Key_Home)  # plain Home: the first row, alone
    assert tab.selected_ids() == [c]
    qtbot.keyClick(table, Qt.Key.Key_End, SHIFT)
    assert sorted(tab.selected_ids()) == [a, b, c]


def test_tab_reaches_every_filter_button_with_the_ring_around_each_control(
    qtbot: QtBot, window: MainWindow, pipeline: Pipeline
) -> None:
    add(pipeline, "Acme")
    window.reload()
    tab = window.pipeline_tab
    activate(qtbot, tab.search_edit)

    visited: list[str] = []
    for _step in range(10):
        focused = QApplication.focusWidget()
        assert focused is not None
        visited.append(focused.accessibleName())
        # The ring is shown around whatever has the focus, the size of it.
        assert window.focus_ring.target is focused
        ring = window.focus_ring.ring
        assert ring is not None and ring.isVisible()
        assert ring.parentWidget() is focused and ring.geometry() == focused.rect()
        qtbot.keyClick(focused, Qt.Key.Key_Tab)

    assert visited[:7] == [
        "Search applications",
        *(f"Show {q.value.lower()} applications" for q in QuickFilter),
        "Show applications that reached a stage",
        "Applications",
    ]
    # Space on a focused filter button applies it.
    activate(qtbot, tab.quick_buttons[QuickFilter.CLOSED])
    qtbot.keyClick(tab.quick_buttons[QuickFilter.CLOSED], Qt.Key.Key_Space)
    assert tab.quick_buttons[QuickFilter.CLOSED].isChecked()
    assert tab.shown_count() == (0, 1)


def test_ctrl_page_down_and_up_change_the_tab_wherever_the_focus_is(
    qtbot: QtBot, window: MainWindow, pipeline: Pipeline
) -> None:
    add(pipeline, "Acme")
    window.reload()
    assert window.select_tab("Insights")
    qtbot.waitUntil(lambda: window.insights_tab.loaded)
    panel = window.insights_tab.panel
    assert panel is not None
    range_box = panel.range_box
    activate(qtbot, range_box)

    qtbot.keyClick(range_box, Qt.Key.Key_PageDown, CTRL)
    assert window.tabs.currentWidget() is window.feedback_tab
    assert range_box.currentIndex() == 0  # the date range stays "All dates"

    window.select_tab("Pipeline")
    activate(qtbot, window.pipeline_tab.search_edit)
    qtbot.keyClick(window.pipeline_tab.search_edit, Qt.Key.Key_PageUp, CTRL)
    assert window.tabs.currentWidget() is window.today_tab
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_PageUp, CTRL)
    assert window.tabs.currentIndex() == window.tabs.count() - 1  # round to the last


def test_ctrl_enter_saves_a_dialog_with_a_text_box_and_enter_starts_a_line(
    qtbot: QtBot, window: MainWindow, pipeline: Pipeline
) -> None:
    (acme,) = add(pipeline, "Acme")
    window.reload()
    window.pipeline_tab.select_ids([acme])

    def type_and_save(dialog: QDialog) -> None:
        assert isinstance(dialog, RejectDialog)
        activate(qtbot, dialog.note_edit)
        qtbot.keyClicks(dialog.note_edit, "Wanted Go")
        qtbot.keyClick(dialog.note_edit, Qt.Key.Key_Return)  # a new line, not "save"
        assert dialog.isVisible()
        qtbot.keyClicks(dialog.note_edit, "and Rust")
        qtbot.keyClick(dialog.note_edit, Qt.Key.Key_Return, CTRL)
        assert not dialog.isVisible()

    with answering_dialogs(type_and_save):
        window.reject_action.trigger()

    app = pipeline.application(acme)
    assert app.outcome is Outcome.REJECTED
    assert app.events[-1].note == "Wanted Go\nand Rust"

    # The same in another dialog with a text box, with the keypad's Enter.
    def reopen(dialog: QDialog) -> None:
        assert isinstance(dialog, OutcomeDialog)
        activate(qtbot, dialog.note_edit)
        qtbot.keyClicks(dialog.note_edit, "They called back")
        qtbot.keyClick(
            dialog.note_edit, Qt.Key.Key_Enter, CTRL | Qt.KeyboardModifier.KeypadModifier
        )

    with answering_dialogs(reopen):
        window.reopen_action.trigger()
    assert pipeline.application(acme).outcome is Outcome.ACTIVE
    assert pipeline.application(acme).events[-1].note == "They called back"
