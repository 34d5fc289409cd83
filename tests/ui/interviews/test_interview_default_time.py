"""A new interview starts at a time still ahead: today at 10:00 before then, else the next
working day at 10:00; a time already passed is said plainly (fixed clocks throughout)."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QTime
from pytestqt.qtbot import QtBot

from jobdesk.domain.application import ApplicationDetails
from jobdesk.domain.interviews import default_start
from jobdesk.services.pipeline import Pipeline
from jobdesk.ui.interviews.interview_dialog import PASSED, InterviewDialog

BERLIN = ZoneInfo("Europe/Berlin")


def dialog_at(qtbot: QtBot, pipeline: Pipeline, now: datetime) -> InterviewDialog:
    ids = pipeline.add(ApplicationDetails("Acme", "Engineer", date(2026, 11, 1))).application_ids
    dialog = InterviewDialog(
        None,
        app=pipeline.application(ids[0]),
        today=now.date(),
        time_zone="Europe/Berlin",
        now=now,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_the_suggested_start_is_still_ahead() -> None:
    # Tuesday 1 Dec 2026.
    assert default_start(datetime(2026, 12, 1, 9, 59)) == datetime(2026, 12, 1, 10, 0)
    assert default_start(datetime(2026, 12, 1, 10, 0)) == datetime(2026, 12, 2, 10, 0)
    assert default_start(datetime(2026, 12, 1, 23, 45)) == datetime(2026, 12, 2, 10, 0)
    # Friday evening: Monday, the next working day.
    assert default_start(datetime(2026, 12, 4, 18, 0)) == datetime(2026, 12, 7, 10, 0)


def test_at_a_quarter_to_midnight_a_new_interview_starts_tomorrow_at_ten(
    qtbot: QtBot, pipeline: Pipeline
) -> None:
    dialog = dialog_at(qtbot, pipeline, datetime(2026, 12, 1, 23, 45, tzinfo=BERLIN))
    assert dialog.date_edit.date() == QDate(2026, 12, 2)
    assert dialog.time_edit.time() == QTime(10, 0)
    assert dialog.passed_label.isHidden()
    assert dialog.result_value().starts_at == datetime(2026, 12, 2, 10, 0)


def test_a_time_already_passed_is_said_plainly_and_can_still_be_saved(
    qtbot: QtBot, pipeline: Pipeline
) -> None:
    # 23:45 UTC is 00:45 on 2 Dec in Berlin: the suggestion follows the interview's zone.
    dialog = dialog_at(qtbot, pipeline, datetime(2026, 12, 1, 23, 45, tzinfo=ZoneInfo("UTC")))
    assert dialog.date_edit.date() == QDate(2026, 12, 2)
    dialog.date_edit.setDate(QDate(2026, 12, 1))
    assert not dialog.passed_label.isHidden()
    assert dialog.passed_label.text() == PASSED
    dialog.time_edit.setTime(QTime(23, 59))  # 23:59 Berlin on 1 Dec: 22:59 UTC, gone too
    assert not dialog.passed_label.isHidden()
    dialog.date_edit.setDate(QDate(2026, 12, 2))
    assert dialog.passed_label.isHidden()
    dialog.date_edit.setDate(QDate(2026, 12, 1))
    dialog.accept()
    assert dialog.result() == InterviewDialog.DialogCode.Accepted
    assert dialog.result_value().starts_at == datetime(2026, 12, 1, 23, 59)
