"""Start-up: the window shows with the Pipeline alone; other tabs, and the services and
modules only they need, are built when first wanted (by a click, by `--tab`, by
Ctrl+PgDown), the window's shortcuts work before then; the date moves on at midnight."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from peewee import SqliteDatabase
from PySide6.QtCore import QEvent, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from jobdesk.domain.enums import Stage
from jobdesk.domain.settings import MY_NAME
from jobdesk.paths import Paths
from jobdesk.services.bundle import Services, build_services
from jobdesk.ui.board.tab import BoardTab
from jobdesk.ui.debriefs.tab import DebriefsTab
from jobdesk.ui.feedback.composer_dialog import ComposerDialog
from jobdesk.ui.feedback.tab import FeedbackTab
from jobdesk.ui.insights.tab import InsightsTab
from jobdesk.ui.interviews.interview_dialog import InterviewDialog
from jobdesk.ui.offers.tab import OffersTab
from jobdesk.ui.pipeline.model import APP_ID_ROLE, COL_IDLE_DAYS
from jobdesk.ui.pipeline.stage_dialogs import AdvanceDialog
from jobdesk.ui.shell.main_window import MainWindow
from jobdesk.ui.shell.midnight import until_next_midnight
from jobdesk.ui.today.tab import TodayTab
from tests.qt_helpers import answering_dialogs

TODAY = date(2026, 11, 20)
TITLES = ["&Today", "&Pipeline", "B&oard", "&Insights", "Feed&back", "&Debriefs", "O&ffers"]
# Every tab but the Pipeline: its name in the window, its title, what it is once built.
LAZY = [
    ("today", "Today", TodayTab),
    ("board", "Board", BoardTab),
    ("insights", "Insights", InsightsTab),
    ("feedback", "Feedback", FeedbackTab),
    ("debriefs", "Debriefs", DebriefsTab),
    ("offers", "Offers", OffersTab),
]
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


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
    assert not any(window.lazy_tabs.is_built(name) for name, _title, _kind in LAZY)
    assert not isinstance(tabs.widget(0), TodayTab)  # a placeholder holds its place

    tabs.setCurrentIndex(0)
    # Chosen, it is built in its place: same index, same title, and shown at once.
    assert window.lazy_tabs.is_built("today")
    assert tabs.currentIndex() == 0 and tabs.currentWidget() is window.today_tab
    assert [tabs.tabText(i) for i in range(tabs.count())] == TITLES
    assert window.today_tab.isVisible()
    assert "Friday 20 November" in window.today_tab.title.text()
    assert not window.lazy_tabs.is_built("feedback")


def shown_as(window: MainWindow, title: str, kind: type[QWidget]) -> None:
    """`title`'s tab is current, on screen, and the real tab (not its placeholder)."""
    tabs = window.tabs
    assert tabs.tabText(tabs.currentIndex()).replace("&", "") == title
    assert isinstance(tabs.currentWidget(), kind)
    assert tabs.currentWidget().isVisible()
    assert [tabs.tabText(i) for i in range(tabs.count())] == TITLES


@pytest.mark.parametrize(("name", "title", "kind"), LAZY)
def test_each_tab_is_built_and_shown_when_its_tab_is_clicked(
    qtbot: QtBot, window: MainWindow, name: str, title: str, kind: type[QWidget]
) -> None:
    bar = window.tabs.tabBar()
    index = TITLES.index(next(t for t in TITLES if t.replace("&", "") == title))
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert window.lazy_tabs.is_built(name)
    shown_as(window, title, kind)
    others = [n for n, _t, _k in LAZY if n != name]
    assert not any(window.lazy_tabs.is_built(n) for n in others)  # only the one chosen


def test_the_board_built_late_shows_every_application(qtbot: QtBot, window: MainWindow) -> None:
    window.select_tab("Board")
    columns = window.board_tab.columns
    qtbot.waitUntil(lambda: columns[Stage.APPLIED].title.text() != "")
    totals = [int(c.title.text().rpartition("·")[2].replace(",", "")) for c in columns.values()]
    assert sum(totals) == len(window.rows) == 82  # the sample search, every card placed


@pytest.mark.parametrize(("name", "title", "kind"), LAZY)
def test_a_window_asked_for_a_tab_before_it_shows_opens_on_it(
    qtbot: QtBot, services: Services, name: str, title: str, kind: type[QWidget]
) -> None:
    services.pipeline.load_sample()
    w = MainWindow(services)
    qtbot.addWidget(w)
    assert w.select_tab(title.lower())  # what `--tab` does, before the window is shown
    w.show()
    qtbot.waitExposed(w)
    shown_as(w, title, kind)


def activate(qtbot: QtBot, widget: QWidget) -> None:
    """Focus `widget` in its active window (shortcuts answer only in the active window)."""
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # answered dialogs
    widget.window().activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget.window())
    widget.setFocus(Qt.FocusReason.OtherFocusReason)


def test_ctrl_pgdown_builds_and_shows_each_tab_in_turn(qtbot: QtBot, window: MainWindow) -> None:
    activate(qtbot, window.pipeline_tab.table)
    # From the Pipeline onwards, then round to Today.
    order = [*LAZY[1:], LAZY[0]]
    try:
        for name, title, kind in order:
            QTest.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_PageDown, CTRL)
            assert window.lazy_tabs.is_built(name)
            shown_as(window, title, kind)
    finally:
        QTest.keyClick(window, Qt.Key.Key_Escape)  # lets go of Ctrl for the next tests


def test_shortcuts_of_parts_not_built_yet_open_their_dialogs(
    qtbot: QtBot, window: MainWindow
) -> None:
    """Ctrl+M, Ctrl+I and Ctrl+Shift+F before the window has built the Board, the
    Feedback tab or the interviews: their dialogs open for the selected application."""
    window.services.settings.set(MY_NAME, "Sam Taylor")  # else the composer asks for it first
    rows = window.rows.all()
    active = next(r for r in rows if not r.outcome.is_closed)
    # Rejected after a screen: a feedback request is due, with nothing to ask first.
    rejected = next(r for r in rows if r.was_rejected and r.furthest_stage is Stage.SCREEN)
    seen: list[tuple[str, str]] = []

    def note(dialog: QDialog) -> None:
        seen.append((type(dialog).__name__, dialog.windowTitle()))

    try:
        for key, modifiers, target in (
            (Qt.Key.Key_M, CTRL, active),
            (Qt.Key.Key_I, CTRL, active),
            (Qt.Key.Key_F, CTRL | SHIFT, rejected),
        ):
            window.pipeline_tab.select_ids([target.id])
            activate(qtbot, window.pipeline_tab.table)
            with answering_dialogs(note):
                QTest.keyClick(window.pipeline_tab.table, key, modifiers)
    finally:
        QTest.keyClick(window, Qt.Key.Key_Escape)
    assert seen == [
        (AdvanceDialog.__name__, "Move forward"),
        (InterviewDialog.__name__, "Schedule an interview"),
        (ComposerDialog.__name__, f"Write to {rejected.company}"),
    ]
    assert not any(window.lazy_tabs.is_built(name) for name, _title, _kind in LAZY)


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
    # Built or imported on first use: the Board and the Offers tab, the dialogs, the
    # interviews' domain (time zones), the file receiver (Qt's network module) and the
    # menu entry's module (subprocess).
    "jobdesk.ui.board.tab",
    "jobdesk.ui.offers.tab",
    "jobdesk.ui.pipeline.stage_dialogs",
    "jobdesk.ui.pipeline.history_dialogs",
    "jobdesk.ui.pipeline.company_question",
    "jobdesk.ui.shell.about_dialog",
    "jobdesk.ui.shell.help_dialogs",
    "jobdesk.ui.shell.settings_dialog",
    "jobdesk.ui.interviews.interview_dialog",
    "jobdesk.ui.debriefs.debrief_dialog",
    "jobdesk.domain.interviews",
    "zoneinfo",
    "jobdesk.ui.shell.instance_channel",
    "PySide6.QtNetwork",
    "jobdesk.desktop_entry",
    "subprocess",
    # A new search's data file, and every service, open after the first paint: peewee, the
    # store and the services are not even imported before the window shows.
    "peewee",
    "sqlite3",
    "jobdesk.store.tables",
    "jobdesk.store.database",
    "jobdesk.store.migrations",
    "jobdesk.store.backup",
    "jobdesk.services.bundle",
    "jobdesk.services.pipeline",
    "jobdesk.services.settings",
    "jobdesk.services.breaks",
    "jobdesk.services.backups",
    "jobdesk.services.attachments",
    "jobdesk.services.offers",
    # Only a start without --data-dir or $JOBDESK_HOME asks where the user's data folder is.
    "platformdirs",
    # A new search's Pipeline shows its empty state alone: the page of rows (the table, its
    # columns, the details pane and its html escaping) is built after the first paint, and
    # the lists' no-response rule needs no funnel counting nor its statistics.
    "jobdesk.ui.pipeline.list_page",
    "jobdesk.ui.pipeline.table",
    "jobdesk.ui.pipeline.columns",
    "jobdesk.ui.pipeline.detail_pane",
    "html",
    "jobdesk.domain.funnel",
    "jobdesk.domain.stats",
    # The app icon and the toolbar's own icons are found as plain files (importlib.resources
    # only reads them out of an archive).
    "importlib.resources",
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
    assert {"jobdesk.ui.shell.main_window", "jobdesk.ui.pipeline.tab"} <= loaded  # it ran
    assert LOADED_LATER & loaded == set()


# As `python -m jobdesk --tab NAME` starts: at the first turn of the event loop, the tab
# on screen and the tabs built so far.
AT_FIRST_SHOW_ON_TAB = """
import sys
import jobdesk.app
import jobdesk.ui.shell.gui as gui
from PySide6.QtWidgets import QApplication

def shown(window, started):
    tab = window.tabs.currentWidget()
    built = sorted(name for name, _tab in window.lazy_tabs.built())
    print(type(tab).__name__, tab.isVisible(), ",".join(built), flush=True)
    window.close()
    QApplication.exit(0)

gui._report_start_and_quit = shown
sys.exit(jobdesk.app.main(["--check-start", "--data-dir", sys.argv[1], "--tab", sys.argv[2]]))
"""


@pytest.mark.parametrize(("name", "kind"), [("board", "BoardTab"), ("Offers", "OffersTab")])
def test_jobdesk_opened_on_a_tab_builds_that_tab_alone(
    tmp_path: Path, name: str, kind: str
) -> None:
    done = subprocess.run(
        [sys.executable, "-c", AT_FIRST_SHOW_ON_TAB, str(tmp_path / "data"), name],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
    )
    assert done.stdout.split() == [kind, "True", name.lower()]
