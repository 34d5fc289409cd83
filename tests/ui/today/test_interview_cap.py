"""The weekly interview cap, through the real dialogs: past it, the week's interviews are
listed and the user goes ahead, picks another day (nothing typed is lost) or stops."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime

import pytest
from peewee import SqliteDatabase
from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from jobdesk.domain.application import ApplicationDetails
from jobdesk.domain.enums import Stage
from jobdesk.domain.interviews import InterviewDetails, InterviewKind
from jobdesk.domain.settings import INTERVIEW_CAP
from jobdesk.paths import Paths
from jobdesk.services.bundle import Services, build_services
from jobdesk.ui.dialogs.prompts import Prompts
from jobdesk.ui.interviews.controller import GO_AHEAD, OTHER_DAY
from jobdesk.ui.interviews.interview_dialog import InterviewDialog
from jobdesk.ui.shell.main_window import MainWindow
from tests.qt_helpers import answering_dialogs as answering

TODAY = date(2026, 11, 20)


class ChoosingPrompts(Prompts):
    def __init__(self) -> None:
        self.answers: list[int | None] = []
        self.asked: list[tuple[str, list[str]]] = []

    def choose(self, parent: QWidget | None, text: str, actions: list[str]) -> int | None:
        self.asked.append((text, actions))
        return self.answers.pop(0)


@pytest.fixture
def services(db: SqliteDatabase, paths: Paths, monkeypatch: pytest.MonkeyPatch) -> Services:
    monkeypatch.setenv("TZ", "Europe/London")
    services = build_services(db, paths, today=lambda: TODAY)
    add = services.pipeline.add
    for company in ("Acme", "Globex", "Initech", "Hooli"):
        add(ApplicationDetails(company, "Engineer", date(2026, 11, 2)))
    ids = [s.id for s in services.pipeline.summaries()]
    # Three next week (Monday 23 to Sunday 29 November): the default cap.
    for app_id, day in zip(ids[1:], (23, 24, 26), strict=True):
        services.interviews.schedule(
            app_id,
            InterviewDetails(
                InterviewKind.TECHNICAL,
                Stage.TECHNICAL,
                datetime(2026, 11, day, 15),
                "Europe/London",
            ),
        )
    return services


@pytest.fixture
def prompts() -> ChoosingPrompts:
    return ChoosingPrompts()


@pytest.fixture
def window(qtbot: QtBot, services: Services, prompts: ChoosingPrompts) -> Iterator[MainWindow]:
    w = MainWindow(services, prompts=prompts)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    (acme,) = [s.id for s in services.pipeline.summaries() if s.company == "Acme"]
    w.pipeline_tab.select_ids([acme])
    yield w


def on_day(day: QDate):  # type: ignore[no-untyped-def]
    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, InterviewDialog)
        assert dialog.windowTitle() == "Schedule an interview"
        dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findText("Final / onsite"))
        dialog.date_edit.setDate(day)
        dialog.time_edit.setTime(QTime(11, 0))
        dialog.zone_combo.setCurrentText("Europe/London")
        dialog.notes_edit.setPlainText("Bring the portfolio")
        dialog.accept()

    return fill


def acme_interviews(services: Services) -> list[datetime]:
    (acme,) = [s.id for s in services.pipeline.summaries() if s.company == "Acme"]
    return [i.details.starts_at for i in services.interviews.interviews(acme)]


EXPECTED_NOTE = (
    "The week of Monday 23 November to Sunday 29 November already holds 3 interviews, and "
    "your weekly limit is 3:\n\n"
    "• Mon 23 Nov 2026, 15:00 (Europe/London): Technical, Globex — Engineer\n"
    "• Tue 24 Nov 2026, 15:00 (Europe/London): Technical, Initech — Engineer\n"
    "• Thu 26 Nov 2026, 15:00 (Europe/London): Technical, Hooli — Engineer\n\n"
    "Interviews go better when you are rested and prepared. Schedule this one anyway if it "
    "fits, or pick another day: the limit is only a reminder (Preferences ▸ Today and pacing)."
)


def test_a_fourth_that_week_lists_the_three_and_schedules_it_anyway(
    window: MainWindow, services: Services, prompts: ChoosingPrompts
) -> None:
    prompts.answers = [0]  # "Schedule it anyway"
    with answering(on_day(QDate(2026, 11, 25))):
        window.interview_actions.schedule_action.trigger()
    assert prompts.asked == [(EXPECTED_NOTE, [GO_AHEAD, OTHER_DAY])]
    assert acme_interviews(services) == [datetime(2026, 11, 25, 11)]


def test_picking_another_day_reopens_the_dialog_as_typed(
    window: MainWindow, services: Services, prompts: ChoosingPrompts
) -> None:
    prompts.answers = [1]  # "Pick another day…"

    def as_typed_then_next_week(dialog: QDialog) -> None:
        assert isinstance(dialog, InterviewDialog)
        assert dialog.windowTitle() == "Schedule an interview"
        assert dialog.date_edit.date() == QDate(2026, 11, 25)
        assert dialog.kind_combo.currentText() == "Final / onsite"
        assert dialog.notes_edit.toPlainText() == "Bring the portfolio"
        dialog.date_edit.setDate(QDate(2026, 12, 1))  # a week with none: no question
        dialog.accept()

    with answering(on_day(QDate(2026, 11, 25)), as_typed_then_next_week):
        window.interview_actions.schedule_action.trigger()
    assert len(prompts.asked) == 1
    assert acme_interviews(services) == [datetime(2026, 12, 1, 11)]


def test_cancel_schedules_nothing_and_a_cap_of_zero_asks_nothing(
    window: MainWindow, services: Services, prompts: ChoosingPrompts
) -> None:
    prompts.answers = [None]
    with answering(on_day(QDate(2026, 11, 25))):
        window.interview_actions.schedule_action.trigger()
    assert acme_interviews(services) == []

    services.settings.set(INTERVIEW_CAP, 0)
    with answering(on_day(QDate(2026, 11, 25))):
        window.interview_actions.schedule_action.trigger()
    assert len(prompts.asked) == 1  # only the first time
    assert acme_interviews(services) == [datetime(2026, 11, 25, 11)]


def test_the_week_before_has_room(
    window: MainWindow, services: Services, prompts: ChoosingPrompts
) -> None:
    with answering(on_day(QDate(2026, 11, 22))):  # Sunday: the week of the 16th
        window.interview_actions.schedule_action.trigger()
    assert prompts.asked == []
    assert acme_interviews(services) == [datetime(2026, 11, 22, 11)]


def test_moving_an_interview_into_a_full_week_asks_too(
    window: MainWindow, services: Services, prompts: ChoosingPrompts
) -> None:
    with answering(on_day(QDate(2026, 12, 1))):
        window.interview_actions.schedule_action.trigger()
    (held,) = services.interviews.interviews(window.pipeline_tab.selected_ids()[0])
    prompts.answers = [None]

    def move(dialog: QDialog) -> None:
        assert isinstance(dialog, InterviewDialog)
        dialog.date_edit.setDate(QDate(2026, 11, 27))
        dialog.accept()

    with answering(move):
        window.interview_actions.edit_interview(held.id)
    assert len(prompts.asked) == 1 and prompts.asked[0][0].startswith("The week of Monday 23")
    assert acme_interviews(services) == [datetime(2026, 12, 1, 11)]  # not moved
