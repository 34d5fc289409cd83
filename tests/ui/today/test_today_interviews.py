"""Interviews and debriefs owed on the Today tab: each opens its application or the debrief
form; the day-before desktop reminder and its off switch. Fixed clock, London's zone."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime

import pytest
from peewee import SqliteDatabase
from PySide6.QtWidgets import QDialog
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from jobdesk.domain.application import ApplicationDetails
from jobdesk.domain.enums import Stage
from jobdesk.domain.interviews import InterviewDetails, InterviewKind
from jobdesk.domain.settings import REMIND_INTERVIEWS
from jobdesk.domain.today import ItemKind, Reminder
from jobdesk.paths import Paths
from jobdesk.services.bundle import Services, build_services
from jobdesk.ui.debriefs.debrief_dialog import DebriefDialog
from jobdesk.ui.shell.main_window import MainWindow
from jobdesk.ui.today.models import COL_APPLICATION, COL_KIND, COL_TODO
from jobdesk.ui.today.reminders import DesktopReminders
from tests.qt_helpers import answering_dialogs as answering

TODAY = date(2026, 11, 20)  # a Friday
CLOCK = [datetime(2026, 11, 20, 9, 0, tzinfo=UTC)]  # 09:00 in London


@pytest.fixture
def services(db: SqliteDatabase, paths: Paths, monkeypatch: pytest.MonkeyPatch) -> Services:
    monkeypatch.setenv("TZ", "Europe/London")  # the user's zone (UTC+0 in November)
    CLOCK[0] = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
    services = build_services(db, paths, today=lambda: TODAY, now=lambda: CLOCK[0])
    add = services.pipeline.add
    acme = add(ApplicationDetails("Acme", "Backend Engineer", date(2026, 11, 2))).application_ids
    globex = add(ApplicationDetails("Globex", "SRE", date(2026, 11, 3))).application_ids
    add(ApplicationDetails("Initech", "Data Engineer", date(2026, 10, 1)))  # silent: 50 days
    schedule = services.interviews.schedule
    # Today 14:00 in Berlin (13:00 UTC); tomorrow 10:00 in New York (15:00 UTC); Wednesday's
    # final is over with no debrief.
    schedule(acme[0], details(InterviewKind.TECHNICAL, "2026-11-20 14:00", "Europe/Berlin"))
    schedule(globex[0], details(InterviewKind.FINAL, "2026-11-21 10:00", "America/New_York"))
    schedule(globex[0], details(InterviewKind.BEHAVIOURAL, "2026-11-18 16:00", "Europe/London"))
    return services


def details(kind: InterviewKind, start: str, zone: str) -> InterviewDetails:
    return InterviewDetails(kind, Stage.TECHNICAL, datetime.fromisoformat(start), zone)


@pytest.fixture
def window(qtbot: QtBot, services: Services) -> Iterator[MainWindow]:
    w = MainWindow(services)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.open_start_tab()
    yield w


def rows(window: MainWindow) -> list[tuple[str, str, str]]:
    model = window.today_tab.model
    return [
        tuple(model.index(r, c).data() for c in (COL_KIND, COL_APPLICATION, COL_TODO))  # type: ignore[misc]
        for r in range(model.rowCount())
    ]


def test_interviews_and_the_debrief_owed_head_the_list(window: MainWindow) -> None:
    assert window.tabs.currentWidget() is window.today_tab
    assert rows(window) == [
        ("Interview", "Acme — Backend Engineer",
         "Technical interview today at 14:00 Europe/Berlin (13:00 your time)."),
        ("Interview", "Globex — SRE",
         "Final / onsite interview tomorrow at 10:00 America/New_York (15:00 your time)."),
        ("Debrief owed", "Globex — SRE",
         "You had a behavioural interview on Wed 18 Nov: write down how it went while it is "
         "fresh."),
        ("No reply", "Initech — Data Engineer",
         "No reply for 50 days: follow up, or close it as no response."),
    ]  # fmt: skip


def test_an_interview_opens_its_application_and_a_debrief_its_form(
    window: MainWindow, services: Services
) -> None:
    tab = window.today_tab
    tab.table.activated.emit(tab.model.index(0, COL_TODO))
    assert window.tabs.currentWidget() is window.pipeline_tab
    assert [a.company for a in window.pipeline_tab.selected_summaries()] == ["Acme"]

    window.tabs.setCurrentWidget(tab)
    tab.table.selectRow(2)
    assert tab.debrief_button.isEnabled() and not tab.close_button.isEnabled()
    (owed,) = (i for i in services.interviews.interviews() if i.details.kind.label == "Behavioural")

    def write(dialog: QDialog) -> None:
        assert isinstance(dialog, DebriefDialog)
        assert dialog.interview_combo.currentData() == owed.id  # the interview on the row
        dialog.answers["went_well"].setPlainText("The migration story")
        dialog.accept()

    with answering(write):
        tab.table.activated.emit(tab.model.index(2, COL_KIND))
    assert [d.details.interview_id for d in services.interviews.debriefs()] == [owed.id]
    # Written: the row goes, and Globex stays listed for its interview tomorrow.
    assert [r[0] for r in rows(window)] == ["Interview", "Interview", "No reply"]
    window.undo_action.trigger()  # Ctrl+Z: the debrief goes, and is owed again
    assert services.interviews.debriefs() == []
    assert [r[0] for r in rows(window)] == ["Interview", "Interview", "Debrief owed", "No reply"]


def test_after_the_interview_it_is_owed_its_debrief(window: MainWindow) -> None:
    CLOCK[0] = datetime(2026, 11, 20, 14, 5, tzinfo=UTC)  # Acme's hour in Berlin is over
    window.reload()
    kinds = [(r[0], r[1]) for r in rows(window)]
    assert kinds[:3] == [
        ("Interview", "Globex — SRE"),
        ("Debrief owed", "Acme — Backend Engineer"),
        ("Debrief owed", "Globex — SRE"),
    ]


def test_the_agenda_model_passes_the_model_tester(
    qtmodeltester: ModelTester, window: MainWindow
) -> None:
    assert window.today_tab.model.rowCount() == 4
    qtmodeltester.check(window.today_tab.model)


def test_the_day_before_reminder_and_its_off_switch(window: MainWindow, services: Services) -> None:
    shown: list[Reminder] = []
    reminders = DesktopReminders(
        lambda: services.agenda.reminders(window.rows.all()), window, show=shown.append
    )
    # Acme and Globex have waited 18 and 17 days (a follow-up is due), but each is listed
    # for its interview on Today, so no follow-up note nudges about them.
    assert [(r.title, r.text) for r in reminders.check()] == [
        (
            "Interview tomorrow",
            "Final / onsite interview for Globex — SRE tomorrow at 10:00 America/New_York "
            "(15:00 your time).",
        )
    ]
    assert reminders.check() == []  # once a day
    services.settings.set(REMIND_INTERVIEWS, False)
    assert services.agenda.reminders(window.rows.all()) == []
    assert ItemKind.INTERVIEW.label == "Interview"
