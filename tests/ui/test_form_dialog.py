"""Escape, Cancel or closing a changed form asks "Discard what you wrote?" (Discard / Keep
writing); an untouched form closes at once. One mechanism, FormDialog, for every form."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QTableWidgetItem
from pytestqt.qtbot import QtBot

from jobdesk.ui.debriefs.debrief_dialog import DebriefDialog
from jobdesk.ui.debriefs.improvement_dialog import ImprovementDialog
from jobdesk.ui.dialogs import form_dialog
from jobdesk.ui.dialogs.form_dialog import FormDialog
from jobdesk.ui.feedback.feedback_dialog import FeedbackDialog
from jobdesk.ui.interviews.interview_dialog import InterviewDialog
from jobdesk.ui.offers.letter_dialogs import LetterDialog, OfferDialog
from jobdesk.ui.pipeline.application_dialog import ApplicationDialog
from jobdesk.ui.pipeline.history_dialogs import CorrectEventDialog, MissedStepDialog
from jobdesk.ui.pipeline.stage_dialogs import AdvanceDialog, OutcomeDialog, RejectDialog
from jobdesk.ui.shell.settings_dialog import SettingsDialog
from jobdesk.ui.today.breaks import BreakDialog


@pytest.fixture
def real_question(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """The real message box (the conftest answers Discard in its place), answered by a
    click on the button named in the list; the questions asked are kept in the list."""
    monkeypatch.setattr(form_dialog, "ask_discard", form_dialog.ask_discard_in_a_box)
    asked: list[str] = []
    yield asked


def answer_with(button_text: str, asked: list[str]) -> None:
    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, click)
            return
        asked.append(box.text())
        for button in box.findChildren(QPushButton):
            if button.text() == button_text:
                button.click()
                return
        raise AssertionError([b.text() for b in box.findChildren(QPushButton)])

    QTimer.singleShot(0, click)


def shown_break(qtbot: QtBot) -> BreakDialog:
    dialog = BreakDialog(date(2026, 11, 22), None, None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_escape_on_an_untouched_form_closes_it_without_asking(
    qtbot: QtBot, real_question: list[str]
) -> None:
    dialog = shown_break(qtbot)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert real_question == []


def test_escape_on_a_written_form_asks_and_keep_writing_keeps_the_text(
    qtbot: QtBot, real_question: list[str]
) -> None:
    dialog = shown_break(qtbot)
    qtbot.keyClicks(dialog.note_edit, "a week with family")

    answer_with("Keep writing", real_question)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert real_question == ["Discard what you wrote?"]
    assert dialog.isVisible()
    assert dialog.note_edit.text() == "a week with family"

    answer_with("Discard", real_question)
    dialog.reject()  # the Cancel button
    assert real_question == ["Discard what you wrote?"] * 2
    assert not dialog.isVisible()
    assert dialog.result() == FormDialog.DialogCode.Rejected


def test_a_changed_date_counts_as_written_and_changing_it_back_does_not(
    qtbot: QtBot, real_question: list[str]
) -> None:
    dialog = shown_break(qtbot)
    dialog.to_edit.setDate(dialog.to_edit.date().addDays(3))
    assert dialog.is_changed()
    dialog.to_edit.setDate(dialog.to_edit.date().addDays(-3))
    assert not dialog.is_changed()
    dialog.close()
    assert real_question == []
    assert not dialog.isVisible()


def test_every_form_asks_before_discarding() -> None:
    forms = [
        ApplicationDialog,
        AdvanceDialog,
        RejectDialog,
        OutcomeDialog,
        MissedStepDialog,
        CorrectEventDialog,
        FeedbackDialog,
        InterviewDialog,
        DebriefDialog,
        ImprovementDialog,
        OfferDialog,
        LetterDialog,
        BreakDialog,
        SettingsDialog,
    ]
    assert [f.__name__ for f in forms if not issubclass(f, FormDialog)] == []


def test_a_contact_typed_into_the_application_counts_as_written(qtbot: QtBot) -> None:
    dialog = ApplicationDialog(None, today=date(2026, 11, 22), companies=[], resume_variants=[])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert not dialog.is_changed()
    table = dialog.contacts_table
    table.insertRow(0)
    table.setItem(0, 0, QTableWidgetItem("Dana Reyes"))
    assert dialog.is_changed()


def test_a_form_refilled_after_a_refused_save_asks_before_a_key_is_pressed(
    qtbot: QtBot, real_question: list[str]
) -> None:
    dialog = BreakDialog(date(2026, 11, 22), None, None)
    qtbot.addWidget(dialog)
    dialog.note_edit.setText("a week with family")  # what the refused save held
    dialog.mark_refilled()
    dialog.show()
    qtbot.waitExposed(dialog)

    answer_with("Keep writing", real_question)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert real_question == ["Discard what you wrote?"]
    assert dialog.isVisible()
    assert dialog.note_edit.text() == "a week with family"
