"""Scheduling, editing and exporting interviews, and writing the debrief that is owed, driven
through the window as a user would."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar
from peewee import SqliteDatabase
from PySide6.QtCore import QDate, QTime, QUrl
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from jobdesk.domain.application import ApplicationDetails, Contact
from jobdesk.domain.enums import ContactRole, Stage
from jobdesk.domain.interviews import InterviewDetails, InterviewKind
from jobdesk.paths import Paths
from jobdesk.services.bundle import Services, build_services
from jobdesk.ui.debriefs.debrief_dialog import DebriefDialog
from jobdesk.ui.dialogs.prompts import Prompts
from jobdesk.ui.interviews.interview_dialog import InterviewDialog
from jobdesk.ui.pipeline.links import (
    DEBRIEF_INTERVIEW,
    EDIT_INTERVIEW,
    EXPORT_INTERVIEW,
    SCHEDULE_INTERVIEW,
)
from jobdesk.ui.shell.main_window import MainWindow
from tests.qt_helpers import answering_dialogs as answering

TODAY = date(2026, 11, 24)
# 12:00 UTC on 24 Nov: a 10:30–12:00 interview in Berlin (09:30–11:00 UTC) is over.
CLOCK = [datetime(2026, 11, 24, 12, 0, tzinfo=UTC)]


class RecordingPrompts(Prompts):
    def __init__(self) -> None:
        self.errors: list[str] = []
        self.infos: list[str] = []
        self.save_to: str | None = None

    def error(self, parent: QWidget | None, text: str) -> None:
        self.errors.append(text)

    def info(self, parent: QWidget | None, text: str) -> None:
        self.infos.append(text)

    def save_file(
        self, parent: QWidget | None, caption: str, suggested: str, filters: str
    ) -> str | None:
        self.infos.append(f"asked where to save {suggested}")
        return self.save_to


@pytest.fixture
def services(db: SqliteDatabase, paths: Paths) -> Services:
    CLOCK[0] = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)
    return build_services(db, paths, today=lambda: TODAY, now=lambda: CLOCK[0])


@pytest.fixture
def window(qtbot: QtBot, services: Services) -> Iterator[MainWindow]:
    contacts = (
        Contact("Dana Holt", ContactRole.HIRING_MANAGER, "dana@acme.example"),
        Contact("Lee Park", ContactRole.INTERVIEWER),
    )
    services.pipeline.add(
        ApplicationDetails("Acme", "Backend Engineer", date(2026, 11, 2), contacts=contacts)
    )
    w = MainWindow(services, prompts=RecordingPrompts())
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w


def prompts_of(window: MainWindow) -> RecordingPrompts:
    assert isinstance(window.prompts, RecordingPrompts)
    return window.prompts


def fill_design_interview(dialog: QDialog) -> None:
    assert isinstance(dialog, InterviewDialog)
    assert dialog.windowTitle() == "Schedule an interview"
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findText("System design"))
    assert dialog.stage_combo.currentText() == "Technical"  # follows the kind
    dialog.date_edit.setDate(QDate(2026, 11, 24))
    dialog.time_edit.setTime(QTime(10, 30))
    dialog.zone_combo.setCurrentText("Europe/Berlin")
    dialog.duration_spin.setValue(90)
    dialog.contact_combo.setCurrentIndex(1)
    dialog.contact_combo.activated.emit(1)  # picks "Dana Holt" from the contacts
    dialog.notes_edit.setPlainText("Whiteboard link in the invite")
    dialog.accept()


def detail_text(window: MainWindow) -> str:
    return window.pipeline_tab.detail.toPlainText()


def click_link(window: MainWindow, link: str) -> None:
    window.pipeline_tab.detail.anchorClicked.emit(QUrl(link))


def test_ctrl_i_schedules_an_interview_the_details_pane_lists_and_undo_removes(
    window: MainWindow, services: Services
) -> None:
    assert window.interview_actions.schedule_action.shortcut().toString() == "Ctrl+I"
    assert window.interview_actions.schedule_action in window.application_menu.actions()
    CLOCK[0] = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)  # before it starts: nothing owed
    assert "No interviews scheduled." in detail_text(window)
    with answering(fill_design_interview):
        window.interview_actions.schedule_action.trigger()
    (held,) = services.interviews.interviews()
    assert held.details == InterviewDetails(
        InterviewKind.SYSTEM_DESIGN,
        Stage.TECHNICAL,
        datetime(2026, 11, 24, 10, 30),
        "Europe/Berlin",
        90,
        ("Dana Holt",),
        "Whiteboard link in the invite",
    )
    text = detail_text(window)
    assert "Tue 24 Nov 2026, 10:30 (Europe/Berlin)" in text
    assert "System design (90 min)" in text
    assert "With Dana Holt" in text
    assert "Write the debrief…" not in text
    assert window.statusBar().currentMessage() == (
        "Scheduled a system design interview with Acme. Undo with Ctrl+Z."
    )
    window.undo_action.trigger()
    assert services.interviews.interviews() == []
    assert "No interviews scheduled." in detail_text(window)


def test_the_details_pane_schedules_and_a_bad_zone_is_said_inline(
    window: MainWindow, services: Services
) -> None:
    seen: list[str] = []

    def bad_zone_then_fix(dialog: QDialog) -> None:
        assert isinstance(dialog, InterviewDialog)
        dialog.zone_combo.setCurrentText("Berlin time")
        dialog.accept()
        assert dialog.isVisible()
        seen.append(dialog.error_label.text())
        dialog.zone_combo.setCurrentText("America/New_York")
        dialog.accept()

    with answering(bad_zone_then_fix):
        click_link(window, SCHEDULE_INTERVIEW)
    assert seen == [
        "“Berlin time” is not a time zone jobdesk knows. Pick one from the list, such as "
        "Europe/London or America/New_York."
    ]
    (held,) = services.interviews.interviews()
    assert held.details.time_zone == "America/New_York"
    assert held.details.kind is InterviewKind.RECRUITER_SCREEN  # the first kind
    assert held.details.stage is Stage.SCREEN


def test_once_it_is_over_the_pane_offers_the_debrief_and_writing_it_clears_the_offer(
    window: MainWindow, services: Services
) -> None:
    with answering(fill_design_interview):
        window.interview_actions.schedule_action.trigger()
    (held,) = services.interviews.interviews()
    window.reload()  # the clock moved on since the pane was drawn
    window.pipeline_tab.select_ids([held.application_id])
    assert "Write the debrief…" in detail_text(window)

    def the_owed_one_is_picked(dialog: QDialog) -> None:
        assert isinstance(dialog, DebriefDialog)
        assert dialog.interview_combo.currentData() == held.id
        dialog.reject()

    with answering(the_owed_one_is_picked):
        window.interview_actions.debrief_action.trigger()  # from the Application menu
    assert services.interviews.debriefs() == []

    def write(dialog: QDialog) -> None:
        assert isinstance(dialog, DebriefDialog)
        assert dialog.interview_combo.currentData() == held.id
        assert dialog.stage_combo.currentText() == "Technical"
        dialog.answers["went_well"].setPlainText("Trade-offs, clearly")
        dialog.answers["stumbled"].setPlainText("Sharding")
        dialog.answers["differently"].setPlainText("Ask about scale first")
        dialog.rating_combo.setCurrentIndex(2)
        dialog.check_tag("Technical round")
        dialog.other_tags_edit.setText("System design, nerves")
        dialog.questions_edit.setPlainText("Design a URL shortener\n\nHow would you shard it?")
        dialog.accept()

    with answering(write):
        click_link(window, f"{DEBRIEF_INTERVIEW}{held.id}")
    (written,) = services.interviews.debriefs()
    d = written.details
    assert (d.interview_id, d.stage, d.written_on, d.rating) == (held.id, Stage.TECHNICAL, TODAY, 2)
    # "nerves" is the built-in topic "Nerves": one vocabulary.
    assert d.tags == ("Technical round", "System design", "Nerves")
    assert d.questions == ("Design a URL shortener", "How would you shard it?")
    assert "Write the debrief…" not in detail_text(window)


def test_editing_and_deleting_an_interview_from_the_pane(
    window: MainWindow, services: Services
) -> None:
    with answering(fill_design_interview):
        window.interview_actions.schedule_action.trigger()
    (held,) = services.interviews.interviews()

    def move(dialog: QDialog) -> None:
        assert isinstance(dialog, InterviewDialog)
        assert dialog.windowTitle() == "Edit the interview"
        assert dialog.zone_combo.currentText() == "Europe/Berlin"
        assert dialog.interviewers_edit.toPlainText() == "Dana Holt"
        dialog.time_edit.setTime(QTime(15, 0))
        dialog.accept()

    with answering(move):
        click_link(window, f"{EDIT_INTERVIEW}{held.id}")
    assert services.interviews.interview(held.id).details.starts_at == datetime(2026, 11, 24, 15)
    assert "Tue 24 Nov 2026, 15:00 (Europe/Berlin)" in detail_text(window)
    with answering(lambda d: d.delete_button.click()):  # type: ignore[attr-defined]
        click_link(window, f"{EDIT_INTERVIEW}{held.id}")
    assert services.interviews.interviews() == []
    window.undo_action.trigger()
    assert services.interviews.interview(held.id).details.starts_at.hour == 15


def test_export_interviews_to_calendar_from_the_file_menu(
    window: MainWindow, services: Services, tmp_path: Path
) -> None:
    prompts = prompts_of(window)
    file_menu = window.menuBar().actions()[0].menu()
    assert window.interview_actions.export_action in file_menu.actions()  # type: ignore[union-attr]
    window.interview_actions.export_action.trigger()
    assert prompts.errors == ["There are no interviews to export yet. Schedule one first."]
    with answering(fill_design_interview):
        window.interview_actions.schedule_action.trigger()
    prompts.save_to = str(tmp_path / "my interviews")  # no suffix typed: .ics is added
    window.interview_actions.export_action.trigger()
    saved = tmp_path / "my interviews.ics"
    assert prompts.infos[-1] == (
        f"Saved 1 interview to {saved}. Open it with your calendar app to add them; "
        "exporting again later updates the same events."
    )
    (event,) = Calendar.from_ical(saved.read_bytes()).walk("VEVENT")
    assert event.decoded("DTSTART") == datetime(
        2026, 11, 24, 10, 30, tzinfo=ZoneInfo("Europe/Berlin")
    )
    assert str(event["UID"]) == services.interviews.interviews()[0].uid


def test_a_debrief_for_a_rejection_without_an_interview_from_the_application_menu(
    window: MainWindow, services: Services
) -> None:
    (app_id,) = [row.id for row in services.pipeline.summaries()]
    services.pipeline.reject(app_id, TODAY)
    window.reload()
    window.pipeline_tab.select_ids([app_id])
    assert window.interview_actions.debrief_action in window.application_menu.actions()

    def write(dialog: QDialog) -> None:
        assert isinstance(dialog, DebriefDialog)
        assert dialog.interview_combo.currentData() is None  # no interview to pick
        assert dialog.interview_combo.count() == 1
        assert dialog.stage_combo.currentText() == "Responded"  # where it ended
        dialog.accept()  # empty: refused inline, the dialog stays
        assert dialog.isVisible()
        assert dialog.error_label.text() == (
            "The debrief is empty. Answer at least one question, or add a tag."
        )
        dialog.answers["support"].setPlainText("A mock interview before the next one")
        dialog.accept()

    with answering(write):
        window.interview_actions.debrief_action.trigger()
    (written,) = services.interviews.debriefs(app_id)
    assert written.details.interview_id is None
    assert written.details.support == "A mock interview before the next one"


def test_typed_text_shows_as_typed_and_one_interview_goes_to_the_calendar(
    window: MainWindow, services: Services, tmp_path: Path
) -> None:
    (app_id,) = [row.id for row in services.pipeline.summaries()]
    details = InterviewDetails(
        InterviewKind.TECHNICAL,
        Stage.TECHNICAL,
        datetime(2026, 11, 30, 9, 0),
        "Asia/Tokyo",
        45,
        ("<b>Bold</b> & Co",),
    )
    window.perform(lambda: services.interviews.schedule(app_id, details))
    assert "With <b>Bold</b> & Co" in detail_text(window)
    (held,) = services.interviews.interviews()
    prompts = prompts_of(window)
    prompts.save_to = str(tmp_path / "one.ics")
    click_link(window, f"{EXPORT_INTERVIEW}{held.id}")
    assert prompts.infos[-2:] == [
        "asked where to save interview.ics",
        f"Saved the interview to {tmp_path / 'one.ics'}. Open it with your calendar app to add it.",
    ]
    (event,) = Calendar.from_ical((tmp_path / "one.ics").read_bytes()).walk("VEVENT")
    assert event.decoded("DTSTART").astimezone(UTC) == datetime(2026, 11, 30, 0, 0, tzinfo=UTC)
    assert "With <b>Bold</b> & Co" in str(event["DESCRIPTION"])
