"""Each date box and time box is one Tab stop (Qt's walks day, month and year on Tab); the
arrow keys move between its sections and change the one at the cursor."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QDateTimeEdit, QWidget
from pytestqt.qtbot import QtBot

from jobdesk.domain.application import ApplicationDetails
from jobdesk.services.pipeline import Pipeline
from jobdesk.ui.interviews.interview_dialog import InterviewDialog
from jobdesk.ui.today.breaks import BreakDialog


def tab_from(qtbot: QtBot, start: QWidget, presses: int) -> list[str]:
    """The accessible names of the widgets Tab lands on, one press at a time."""
    dialog = start.window()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    start.setFocus(Qt.FocusReason.TabFocusReason)
    landed = []
    for _ in range(presses):
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
        after = QApplication.focusWidget()
        assert after is not None
        landed.append(after.accessibleName())
    return landed


def test_one_tab_passes_each_date_box_of_the_break_dialog(qtbot: QtBot) -> None:
    dialog = BreakDialog(date(2026, 11, 22), None, None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert tab_from(qtbot, dialog.from_edit, 2) == ["Last day of the break", "Note"]
    dialog.to_edit.setFocus()
    qtbot.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() in (dialog.from_edit, dialog.from_edit.lineEdit())


def test_the_arrow_keys_move_between_the_sections_of_a_date(qtbot: QtBot) -> None:
    dialog = BreakDialog(date(2026, 11, 22), None, None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    box = dialog.from_edit
    box.setFocus()
    box.setSelectedSection(QDateTimeEdit.Section.DaySection)
    assert box.text() == "22 Nov 2026"
    qtbot.keyClick(box, Qt.Key.Key_Up)
    assert box.date() == QDate(2026, 11, 23)
    for _ in range(3):  # "23 N": the cursor is in the month now
        qtbot.keyClick(box, Qt.Key.Key_Right)
    assert box.currentSection() == QDateTimeEdit.Section.MonthSection
    qtbot.keyClick(box, Qt.Key.Key_Up)
    assert box.date() == QDate(2026, 12, 23)


def test_one_tab_passes_the_interview_day_and_its_start_time(
    qtbot: QtBot, pipeline: Pipeline
) -> None:
    app_id = pipeline.add(ApplicationDetails("Acme", "Engineer", date(2026, 11, 1)))
    app = pipeline.application(app_id.application_ids[0])
    dialog = InterviewDialog(None, app=app, today=date(2026, 11, 22))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert tab_from(qtbot, dialog.date_edit, 2) == ["Start time", "Time zone"]
