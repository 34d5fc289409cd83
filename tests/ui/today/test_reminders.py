"""Desktop reminders: each note once a day, each kind with an off switch, a click shows Today."""

from __future__ import annotations

from datetime import date, timedelta

from peewee import SqliteDatabase
from pytestqt.qtbot import QtBot

from jobdesk.domain.settings import REMIND_FOLLOW_UPS
from jobdesk.domain.today import Reminder
from jobdesk.paths import Paths
from jobdesk.services.bundle import build_services
from jobdesk.ui.shell.main_window import MainWindow
from jobdesk.ui.today.reminders import DesktopReminders
from tests.conftest import TODAY


def test_each_note_once_a_day_and_a_click_shows_today(
    qtbot: QtBot, db: SqliteDatabase, paths: Paths
) -> None:
    clock = [TODAY]
    services = build_services(db, paths, today=lambda: clock[0])
    services.pipeline.load_sample()
    services.feedback.load_sample()
    services.offers.load_sample()
    window = MainWindow(services)
    qtbot.addWidget(window)
    shown: list[Reminder] = []
    reminders = DesktopReminders(
        lambda: services.agenda.reminders(window.rows.all()), window, show=shown.append
    )
    # On the 20th: the 9 follow-ups of the Today tab; the offers are due in 4 and 6 days.
    assert [r.text for r in reminders.check()] == [
        "9 follow-ups are due today. They are listed on the Today tab."
    ]
    assert reminders.check() == []  # not again the same day
    # Two days on, the nearer offer (Quillstone, 4 days on the 20th) is 2 days away.
    clock[0] = TODAY + timedelta(days=2)
    window.reload()
    texts = [r.text for r in reminders.check()]
    assert texts[0] == (
        "The deadline to answer Quillstone Capital Systems — Senior Backend Engineer is in 2 days."
    )
    assert texts[1].endswith("are due today. They are listed on the Today tab.")
    assert len(shown) == 3
    # Follow-up notes turned off: the next day brings the offer alone.
    services.settings.set(REMIND_FOLLOW_UPS, False)
    clock[0] = date(2026, 11, 23)
    assert [r.title for r in reminders.check()] == ["Offer deadline"]
    # A click on a note brings the window forward on Today.
    window.reminders.clicked.emit()
    assert window.tabs.currentWidget() is window.today_tab
