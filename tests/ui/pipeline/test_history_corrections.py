"""Correcting the history from the window: a missed step, a wrong entry voided, and undo.

Driven as a user would: the Application menu's actions, the dialogs filled in, the pipeline
row, the details pane's history and the Insights read back after each step and after Ctrl+Z.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from jobdesk.domain.application import ApplicationDetails
from jobdesk.domain.enums import RejectionReason, Stage
from jobdesk.services.bundle import Services
from jobdesk.ui.dialogs.prompts import Prompts
from jobdesk.ui.insights.common import FigureTable
from jobdesk.ui.insights.times_view import COL_LEFT_OUT
from jobdesk.ui.pipeline.history_dialogs import CorrectEventDialog, MissedStepDialog
from jobdesk.ui.pipeline.links import ADD_MISSED_STEP, CORRECT_EVENT
from jobdesk.ui.pipeline.model import COL_LAST_ACTIVITY, COL_OUTCOME, COL_STAGE
from jobdesk.ui.shell.main_window import MainWindow
from tests.qt_helpers import answering_dialogs


class RecordingPrompts(Prompts):
    def __init__(self) -> None:
        self.errors: list[str] = []
        self.infos: list[str] = []

    def error(self, parent: QWidget | None, text: str) -> None:
        self.errors.append(text)

    def info(self, parent: QWidget | None, text: str) -> None:
        self.infos.append(text)


@pytest.fixture
def prompts() -> RecordingPrompts:
    return RecordingPrompts()


@pytest.fixture
def window(qtbot: QtBot, services: Services, prompts: RecordingPrompts) -> Iterator[MainWindow]:
    pipeline = services.pipeline
    app_id = pipeline.add(
        ApplicationDetails("Acme", "Engineer", date(2026, 10, 1))
    ).application_ids[0]
    pipeline.advance(app_id, Stage.RESPONDED, date(2026, 10, 3))
    pipeline.advance(app_id, Stage.TECHNICAL, date(2026, 10, 20))
    pipeline.reject(app_id, date(2026, 11, 2), reason=RejectionReason.SKILLS_GAP)
    pipeline.forget_history()
    w = MainWindow(services, prompts=prompts)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.pipeline_tab.select_ids([app_id])
    yield w


def row(window: MainWindow) -> tuple[str, str, str]:
    model = window.pipeline_tab.model
    return (
        model.index(0, COL_STAGE).data(),
        model.index(0, COL_OUTCOME).data(),
        model.index(0, COL_LAST_ACTIVITY).data(),
    )


def history(window: MainWindow) -> list[str]:
    """The history as the pane shows it, one entry a line ("date what"), notes on their own."""
    text = window.pipeline_tab.detail.toPlainText()
    start, end = text.index("History"), text.index("Add a missed step")
    lines = [line.strip() for line in text[start:end].splitlines()[1:] if line.strip()]
    entries: list[str] = []
    for line in lines:
        if entries and re.fullmatch(r"\d{1,2} [A-Z][a-z]{2} \d{4}", entries[-1]):
            entries[-1] += " " + line  # a date cell, then its entry
        else:
            entries.append(line)
    return entries


def cells(model: FigureTable, column: int) -> list[str]:
    return [str(model.index(r, column).data()) for r in range(model.rowCount())]


def insights(qtbot: QtBot, window: MainWindow) -> tuple[list[str], str]:
    """The time-in-stage "left out" column and the rejections' summary, as shown."""
    assert window.select_tab("Insights")
    qtbot.waitUntil(lambda: window.insights_tab.loaded)
    panel = window.insights_tab.panel
    assert panel is not None
    panel.pages.setCurrentWidget(panel.times_view)
    left_out = cells(panel.times_view.model, COL_LEFT_OUT)
    panel.pages.setCurrentWidget(panel.rejections_view)
    summary = panel.rejections_view.summary.text()
    window.select_tab("Pipeline")
    return left_out, summary


def test_a_missed_screen_then_a_wrong_rejection_and_undo(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    assert row(window) == ("Technical", "Rejected", "2 Nov 2026")
    before = insights(qtbot, window)
    assert before[0] == ["1", "0", "0", "0", "0"]  # dates entered after the day
    assert before[1].startswith("1 rejection. Of the 1 with a reason, 0 were outside")

    def add_screen(dialog: QDialog) -> None:
        assert isinstance(dialog, MissedStepDialog)
        assert [dialog.stage_combo.itemText(i) for i in range(dialog.stage_combo.count())] == [
            "Screen"
        ]
        # It starts on the latest day that fits: the technical round's.
        assert dialog.date_edit.date() == QDate(2026, 10, 20)
        dialog.date_edit.setDate(QDate(2026, 10, 25))  # after the technical round: refused
        dialog.accept()
        assert dialog.isVisible()
        assert "would come after “Reached technical” on 20 Oct 2026" in dialog.error_label.text()
        dialog.date_edit.setDate(QDate(2026, 10, 9))
        dialog.accept()

    with answering_dialogs(add_screen):
        window.history_actions.missed_step_action.trigger()
    # The row is as it was (technical was already reached); the history has the screen,
    # backfilled, in its place; the Insights leave its date out of the timings.
    assert row(window) == ("Technical", "Rejected", "2 Nov 2026")
    assert history(window) == [
        "1 Oct 2026 Applied",
        "3 Oct 2026 Reached responded (backfilled)",
        "9 Oct 2026 Reached screen (backfilled)",
        "20 Oct 2026 Reached technical (backfilled)",
        "2 Nov 2026 Rejected at technical: skills gap (something to work on) (backfilled)",
    ]
    assert insights(qtbot, window)[0] == ["1", "1", "1", "0", "0"]

    def void_rejection(dialog: QDialog) -> None:
        assert isinstance(dialog, CorrectEventDialog)
        assert (
            dialog.events_list.currentItem()
            .text()
            .endswith("Rejected at technical: skills gap (something to work on)")
        )
        qtbot.keyClicks(dialog.note_edit, "It was the other Acme role")
        dialog.accept()

    with answering_dialogs(void_rejection):
        window.history_actions.correct_action.trigger()
    assert row(window) == ("Technical", "Active", "20 Oct 2026")
    assert history(window)[-2:] == [
        "2 Nov 2026 Rejected at technical: skills gap (something to work on) (backfilled)",
        "corrected on 20 Nov 2026: It was the other Acme role; not counted",
    ]
    assert insights(qtbot, window)[1] == "No rejections in view."
    assert window.undo_action.text().startswith("&Undo Correct “Rejected at technical")

    window.undo()  # the correction taken back
    assert row(window) == ("Technical", "Rejected", "2 Nov 2026")
    assert "not counted" not in " ".join(history(window))
    assert insights(qtbot, window)[1] == before[1]
    window.undo()  # the missed step taken back
    assert "Reached screen" not in " ".join(history(window))
    assert insights(qtbot, window) == before
    window.redo()
    assert "9 Oct 2026 Reached screen (backfilled)" in history(window)


def test_the_details_pane_links_open_the_same_dialogs(
    qtbot: QtBot, window: MainWindow, prompts: RecordingPrompts
) -> None:
    html = window.pipeline_tab.detail.toHtml()
    assert ADD_MISSED_STEP in html and CORRECT_EVENT in html
    seen: list[type] = []

    def note(dialog: QDialog) -> None:
        seen.append(type(dialog))

    with answering_dialogs(note, note):
        window.pipeline_tab.detail.action_requested.emit(ADD_MISSED_STEP)
        window.pipeline_tab.detail.action_requested.emit(CORRECT_EVENT)
    assert seen == [MissedStepDialog, CorrectEventDialog]


def test_nothing_to_add_says_so(
    qtbot: QtBot, window: MainWindow, services: Services, prompts: RecordingPrompts
) -> None:
    other = services.pipeline.add(ApplicationDetails("Globex", "Engineer", date(2026, 11, 1)))
    window.announce(other)
    window.pipeline_tab.select_ids(other.application_ids)
    assert window.history_actions.missed_step_action.isEnabled()
    window.history_actions.missed_step_action.trigger()
    window.history_actions.correct_action.trigger()
    assert prompts.infos == [
        "Globex — Engineer has no skipped stage to add: every stage before applied is in its "
        "history. To record the next stage, use Move forward.",
        "Globex — Engineer has nothing in its history but the day it was sent. To change that "
        "date, use Edit.",
    ]
