"""The counts Today shares, made at idle ahead of its first visit: the visit then shows what
it shows when it counts them itself, changes made meanwhile included."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from peewee import SqliteDatabase
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from jobdesk.domain import today as rules
from jobdesk.domain.enums import Stage
from jobdesk.services.bundle import Services
from jobdesk.ui.dialogs import count_ahead
from jobdesk.ui.shell.main_window import MainWindow

from .test_today_tab import sample


def shown(window: MainWindow) -> tuple[object, ...]:
    """Everything the Today tab says, as the user reads it."""
    tab = window.today_tab
    model = tab.model
    rows = [
        tuple(model.index(r, c).data() for c in range(model.columnCount()))
        for r in range(model.rowCount())
    ]
    labels = (tab.health_label, tab.carrying_label, tab.pacing_label, tab.leak_label)
    return (
        tab.title.text(),
        tuple(rows),
        *(label.text() for label in labels),
        tab.week_label.text(),
        tab.more_label.text(),
    )


def follow_ups_title(window: MainWindow) -> str:
    """The Feedback tab's page of follow-ups, as its title counts them."""
    window.select_tab("Feedback")
    return window.feedback_tab.pages.tabText(2)


def counting(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many times every application is split (one entry, the rows split, per time)."""
    made: list[int] = []
    split = rules.OpenApplications.__init__

    def counted(self: rules.OpenApplications, apps: object, silence: object) -> None:
        made.append(len(apps))  # type: ignore[arg-type]
        split(self, apps, silence)  # type: ignore[arg-type]

    monkeypatch.setattr(rules.OpenApplications, "__init__", counted)
    return made


def sample_counted_ahead(qtbot: QtBot, services: Services, made: list[int]) -> MainWindow:
    """A window on the sample search, its counts made at idle (once: 82 applications split)."""
    sample(services)
    w = opened(qtbot, services, ahead=True)
    assert made == [82]
    return w


def opened(qtbot: QtBot, services: Services, *, ahead: bool) -> MainWindow:
    """A window on `services`, left to count ahead or not."""
    w = MainWindow(services)
    qtbot.addWidget(w)
    if not ahead:  # as if the user came to Today before the window was idle
        w._count_ahead = lambda: None  # type: ignore[method-assign]
    w.show()
    qtbot.waitExposed(w)
    if ahead:
        qtbot.waitUntil(lambda: w.count_ahead is not None and not w.count_ahead.pending)
    return w


def test_today_counted_ahead_shows_what_it_shows_when_it_counts_itself(
    qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    made = counting(monkeypatch)
    ahead = sample_counted_ahead(qtbot, services, made)
    ahead.select_tab("Today")
    assert made == [82]  # not again for the visit
    itself = opened(qtbot, services, ahead=False)
    itself.select_tab("Today")
    assert made == [82, 82]
    assert shown(ahead) == shown(itself)
    assert ahead.today_tab.model.rowCount() == 43
    assert follow_ups_title(ahead) == follow_ups_title(itself) == "Follow-ups due (9)"


def test_when_every_row_is_read_again_it_counts_ahead_again(
    qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An import or a restore reads every row again: the counts are made again at idle."""
    made = counting(monkeypatch)
    w = sample_counted_ahead(qtbot, services, made)
    w.reload()
    assert w.count_ahead is not None
    qtbot.waitUntil(lambda: w.count_ahead is not None and not w.count_ahead.pending)
    assert made == [82, 82]
    w.select_tab("Today")
    assert made == [82, 82]
    assert w.today_tab.model.rowCount() == 43


def test_changes_made_while_it_counts_ahead_are_in_what_today_shows(
    qtbot: QtBot, services: Services
) -> None:
    """A change between two steps of the count (the split made, the follow-ups not yet):
    the visit after shows it, as a window that counted after the change does."""
    sample(services)
    w = MainWindow(services)
    qtbot.addWidget(w)
    w._count_ahead = lambda: None  # type: ignore[method-assign]  # started by hand below
    w.show()
    qtbot.waitExposed(w)
    ahead = count_ahead.CountAhead(w.counts.ahead, w)
    w.count_ahead = ahead
    ahead.start()
    ahead._next()  # the split of the open applications, and no more yet
    assert ahead.pending
    # Emberline Games, the first follow-up due, moves on: it is no longer due.
    emberline = next(a for a in w.rows.all() if a.name.startswith("Emberline Games"))
    w.perform(lambda: services.pipeline.advance(emberline.id, Stage.TECHNICAL))
    # Beacon Telematics, silent, is closed as no response.
    w.close_as_no_response(1)
    qtbot.waitUntil(lambda: not ahead.pending)
    w.select_tab("Today")
    names = [w.today_tab.model.item(r).name for r in range(w.today_tab.model.rowCount())]
    assert len(names) == 41
    assert "Emberline Games — Staff Software Engineer" not in names
    assert "Beacon Telematics — Full-Stack Developer" not in names
    fresh = opened(qtbot, services, ahead=False)
    fresh.select_tab("Today")
    assert shown(w) == shown(fresh)
    assert follow_ups_title(w) == follow_ups_title(fresh) == "Follow-ups due (8)"


def test_it_waits_while_the_user_acts(
    qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(count_ahead, "QUIET_SECONDS", 600.0)  # a test never waits for it
    sample(services)
    w = MainWindow(services)
    qtbot.addWidget(w)
    w._count_ahead = lambda: None  # type: ignore[method-assign]
    w.show()
    qtbot.waitExposed(w)
    ahead = count_ahead.CountAhead(w.counts.ahead, w)
    ahead.start()
    # A click on the window: no step runs while the user acts, however often it is asked.
    table = w.pipeline_tab.table.viewport()
    press = QMouseEvent(
        QEvent.Type.MouseButtonPress,
        QPointF(5, 5),
        QPointF(5, 5),
        Qt.MouseButton.LeftButton,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(table, press)
    for _ in range(3):
        ahead._next()
    assert len(ahead._steps) == 5
    # Once the user has left it alone, the steps run, one per turn of the event loop.
    ahead._quiet_from = 0.0
    ahead._next()
    assert len(ahead._steps) == 4
    qtbot.waitUntil(lambda: not ahead.pending)


def test_an_empty_search_counts_nothing_ahead(
    qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    made = counting(monkeypatch)
    w = MainWindow(services)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    qtbot.wait(50)
    assert made == []
    assert w.count_ahead is None or not w.count_ahead.pending


def test_a_count_that_cannot_read_the_database_stops_counting_ahead_quietly(
    qtbot: QtBot, services: Services, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """The database cannot be opened (its disk gone): the step's error is logged and reaches
    no one (no error in the event loop, nothing shown), and the steps after it are given up,
    to be made when a tab needs them."""
    gone = SqliteDatabase(str(tmp_path / "unplugged" / "jobdesk.sqlite3"))
    ran: list[str] = []

    def read() -> object:
        return gone.execute_sql("SELECT 1").fetchone()

    w = MainWindow(services)
    qtbot.addWidget(w)
    ahead = count_ahead.CountAhead(lambda: [read, lambda: ran.append("next")], w)
    with caplog.at_level(logging.WARNING, logger="jobdesk.ui.dialogs.count_ahead"):
        ahead.start()
        qtbot.waitUntil(lambda: not ahead.pending)
        qtbot.wait(20)  # a turn more: nothing else runs
    assert ran == []
    assert [r.getMessage() for r in caplog.records] == ["counting ahead stopped"]
    assert "unable to open database file" in caplog.text
