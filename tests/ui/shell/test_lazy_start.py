"""Start-up: the window shows with the Pipeline alone; other tabs, and the services and
modules only they need, are built when first wanted; the date moves on at midnight."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from peewee import SqliteDatabase
from pytestqt.qtbot import QtBot

from jobdesk.paths import Paths
from jobdesk.services.bundle import build_services
from jobdesk.ui.pipeline.model import APP_ID_ROLE, COL_IDLE_DAYS
from jobdesk.ui.shell.main_window import MainWindow
from jobdesk.ui.shell.midnight import until_next_midnight
from jobdesk.ui.today.tab import TodayTab

TODAY = date(2026, 11, 20)
TITLES = ["&Today", "&Pipeline", "B&oard", "&Insights", "Feed&back", "&Debriefs", "O&ffers"]


@pytest.fixture
def clock() -> list[date]:
    return [TODAY]


@pytest.fixture
def window(
    qtbot: QtBot, db: SqliteDatabase, paths: Paths, clock: list[date]
) -> Iterator[MainWindow]:
    services = build_services(db, paths, today=lambda: clock[0])
    services.pipeline.load_sample()
    w = MainWindow(services)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w


def test_only_the_pipeline_is_built_until_another_tab_is_chosen(window: MainWindow) -> None:
    tabs = window.tabs
    assert [tabs.tabText(i) for i in range(tabs.count())] == TITLES
    assert not any(window.lazy_tabs.is_built(n) for n in ("today", "insights", "feedback"))
    assert not isinstance(tabs.widget(0), TodayTab)  # a placeholder holds its place

    tabs.setCurrentIndex(0)
    # Chosen, it is built in its place: same index, same title, and shown at once.
    assert window.lazy_tabs.is_built("today")
    assert tabs.currentIndex() == 0 and tabs.currentWidget() is window.today_tab
    assert [tabs.tabText(i) for i in range(tabs.count())] == TITLES
    assert window.today_tab.isVisible()
    assert "Friday 20 November" in window.today_tab.title.text()
    assert not window.lazy_tabs.is_built("feedback")


def test_a_tab_built_after_changes_shows_them(window: MainWindow) -> None:
    services = window.services
    app = services.feedback.follow_ups()[0].app  # due for a follow-up until withdrawn
    window.perform(lambda: services.pipeline.withdraw(app.id, TODAY))
    assert not window.lazy_tabs.is_built("feedback")  # the change did not build it
    window.select_tab("feedback")
    window.feedback_tab.pages.setCurrentWidget(window.feedback_tab.follow_ups_page)
    due = window.feedback_tab.follow_ups_page.model
    listed = [due.index(r, 0).data(APP_ID_ROLE) for r in range(due.rowCount())]
    assert app.id not in listed
    assert sorted(listed) == sorted(f.app.id for f in services.feedback.follow_ups())


def test_days_idle_move_on_at_midnight_without_a_change(
    window: MainWindow, clock: list[date]
) -> None:
    window.select_tab("today")
    model = window.pipeline_tab.model
    before = [int(model.index(r, COL_IDLE_DAYS).data()) for r in range(model.rowCount())]
    assert window.midnight.timer.isActive()

    clock[0] = TODAY + timedelta(days=1)
    window.midnight.timer.timeout.emit()  # what the timer does at midnight
    after = [int(model.index(r, COL_IDLE_DAYS).data()) for r in range(model.rowCount())]
    assert after == [days + 1 for days in before]
    assert "Saturday 21 November" in window.today_tab.title.text()  # on screen: now
    assert window.midnight.timer.isActive()  # and waits for the next midnight


def test_the_timer_waits_until_just_past_the_next_midnight() -> None:
    assert until_next_midnight(datetime(2026, 11, 20, 23, 59)) == timedelta(seconds=62)
    assert until_next_midnight(datetime(2026, 11, 20, 0, 0)) == timedelta(days=1, seconds=2)
    assert until_next_midnight(datetime(2026, 12, 31, 12, 0)) == timedelta(hours=12, seconds=2)


# Started as `python -m jobdesk` starts, on a new empty folder; at the first turn of the
# event loop after the window shows, the modules loaded so far are listed.
AT_FIRST_SHOW = """
import sys
import jobdesk.app
import jobdesk.ui.shell.gui as gui
from PySide6.QtWidgets import QApplication

def listed(window, started):
    print("\\n".join(sorted(sys.modules)), flush=True)
    window.close()
    QApplication.exit(0)

gui._report_start_and_quit = listed
sys.exit(jobdesk.app.main(["--check-start", "--data-dir", sys.argv[1]]))
"""

# What only a tab other than the Pipeline, or a later action, needs.
LOADED_LATER = {
    "jobdesk.ui.today.tab",
    "jobdesk.ui.insights.tab",
    "jobdesk.ui.feedback.tab",
    "jobdesk.ui.debriefs.tab",
    "jobdesk.services.agenda",
    "jobdesk.services.insights",
    "jobdesk.services.feedback",
    "jobdesk.services.interviews",
    "jobdesk.services.patterns",
    "jobdesk.services.mail_drafts",
    "jobdesk.domain.today",
    "jobdesk.domain.templates",
    "imaplib",
}


def test_the_window_shows_before_the_other_tabs_and_services_are_loaded(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-c", AT_FIRST_SHOW, str(tmp_path / "data")],
        capture_output=True,
        text=True,
        check=True,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
    )
    loaded = set(done.stdout.split())
    assert {"jobdesk.ui.shell.main_window", "jobdesk.services.pipeline"} <= loaded  # it ran
    assert LOADED_LATER & loaded == set()
