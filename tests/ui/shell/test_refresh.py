"""How the window refreshes: one read of the changed rows per change, and nothing else lost."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from peewee import SqliteDatabase
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from jobdesk.app import main as jobdesk_main
from jobdesk.domain.enums import Outcome, Stage
from jobdesk.paths import Paths
from jobdesk.services.bundle import Services
from jobdesk.ui.pipeline.model import APP_ID_ROLE, COL_APPLIED, COL_COMPANY, COL_STAGE
from jobdesk.ui.shell.main_window import MainWindow

TODAY = date(2026, 11, 20)


@pytest.fixture
def window(qtbot: QtBot, services: Services) -> Iterator[MainWindow]:
    services.pipeline.load_sample()
    w = MainWindow(services)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w


def shown_ids(window: MainWindow) -> list[int]:
    model = window.pipeline_tab.model
    return [model.index(r, 0).data(APP_ID_ROLE) for r in range(model.rowCount())]


class Statements:
    """Every SQL statement the connection runs while recording."""

    def __init__(self, db: SqliteDatabase) -> None:
        self.connection = db.connection()
        self.seen: list[str] = []

    def __enter__(self) -> Statements:
        self.connection.set_trace_callback(self.seen.append)
        return self

    def __exit__(self, *_exc: object) -> None:
        self.connection.set_trace_callback(None)

    def reading(self, table: str) -> list[str]:
        pattern = re.compile(rf"\bFROM\s+\"?{table}\"?(\s|$)", re.IGNORECASE)
        return [
            s for s in self.seen if s.lstrip().upper().startswith("SELECT") and pattern.search(s)
        ]


def test_the_window_opens_newest_first(window: MainWindow) -> None:
    header = window.pipeline_tab.table.horizontalHeader()
    assert header.sortIndicatorSection() == COL_APPLIED
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    applied = [window.pipeline_tab.model.summary(r).applied_on for r in range(82)]
    assert applied == sorted(applied, reverse=True)


def test_a_change_to_one_application_reads_that_application_only(
    window: MainWindow, services: Services, db: SqliteDatabase
) -> None:
    app = next(s for s in services.pipeline.summaries() if s.outcome is Outcome.ACTIVE)
    window.pipeline_tab.select_ids([app.id])
    following = Stage(list(Stage)[app.furthest_stage.rank + 1].value)
    with Statements(db) as sql:
        window.perform(lambda: services.pipeline.advance(app.id, following, TODAY))
    # Every read of the applications table names the one application, by id.
    reads = sql.reading("application")
    assert reads, "the change was not read back at all"
    for statement in reads:
        assert re.search(rf"a\.id (= {app.id}|IN \({app.id}\))", statement), statement
    # Nothing read every application's events or tracks (the Insights tab is hidden).
    assert not [s for s in sql.reading("stage_event") if "application_id" not in s]
    assert not sql.reading("application_fact_source")
    assert window.pipeline_tab.model.find(app.id).furthest_stage is following  # type: ignore[union-attr]


def test_sort_filter_selection_and_details_survive_an_update(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    tab = window.pipeline_tab
    tab.table.sortByColumn(COL_COMPANY, Qt.SortOrder.AscendingOrder)
    tab.search_edit.setText("engineer")
    matching = shown_ids(window)
    assert 0 < len(matching) < 82
    target = next(i for i in matching if tab.model.find(i).outcome is Outcome.ACTIVE)  # type: ignore[union-attr]
    tab.select_ids([target])
    scroll = tab.table.verticalScrollBar().value()
    before = tab.model.find(target)
    assert before is not None
    following = Stage(list(Stage)[before.furthest_stage.rank + 1].value)

    with qtbot.assertNotEmitted(tab.model.modelReset):
        window.perform(lambda: services.pipeline.advance(target, following, TODAY))

    assert shown_ids(window) == matching  # same rows, same order: the company did not change
    assert tab.selected_ids() == [target]
    assert tab.table.verticalScrollBar().value() == scroll
    assert tab.search_edit.text() == "engineer"
    assert tab.model.sort_column == COL_COMPANY
    row = tab.model.row_of(target)
    assert row is not None
    assert tab.model.index(row, COL_STAGE).data() == following.label
    assert f"Reached {following.label.lower()}" in tab.detail.toPlainText()
    assert window.reject_action.isEnabled()


def test_undo_of_a_delete_puts_the_row_back_selected(
    window: MainWindow, services: Services
) -> None:
    tab = window.pipeline_tab
    target = shown_ids(window)[5]
    tab.select_ids([target])
    window.delete_selected()
    assert target not in shown_ids(window)
    # A recent one went: the 41 with no response are all still there.
    assert window.count_label.text() == "81 applications · 41 with no response"
    window.undo()
    assert shown_ids(window)[5] == target
    assert tab.selected_ids() == [target]
    assert window.count_label.text() == "82 applications · 41 with no response"


def test_a_hidden_tab_does_no_work_until_shown(
    window: MainWindow, services: Services, db: SqliteDatabase
) -> None:
    feedback_tab = window.feedback_tab
    assert not feedback_tab.isVisible()
    app = services.feedback.follow_ups()[0].app  # due for a follow-up until withdrawn
    window.perform(lambda: services.pipeline.withdraw(app.id, TODAY))
    assert feedback_tab.pages.tabText(2) == "Follow-ups due"  # never filled while hidden
    with Statements(db) as sql:
        window.select_tab("feedback")
        feedback_tab.pages.setCurrentWidget(feedback_tab.follow_ups_page)
    # Shown, it fills its lists from the rows the window already holds: no read of them all.
    assert re.fullmatch(r"Follow-ups due \(\d+\)", feedback_tab.pages.tabText(2))
    assert not [s for s in sql.reading("application") if "a.id" not in s]
    due = feedback_tab.follow_ups_page.model
    listed = [due.index(r, 0).data(APP_ID_ROLE) for r in range(due.rowCount())]
    assert app.id not in listed
    assert sorted(listed) == sorted(f.app.id for f in services.feedback.follow_ups())


def test_repair_mends_kept_facts(
    paths: Paths, db: SqliteDatabase, capsys: pytest.CaptureFixture[str]
) -> None:
    from jobdesk.services.pipeline import Pipeline

    Pipeline(db, today=lambda: TODAY).load_sample()
    db.execute_sql("UPDATE application_fact SET outcome = 'accepted' WHERE application_id <= 2")
    db.close()
    assert jobdesk_main(["repair", "--data-dir", str(paths.data_dir)]) == 0
    assert (
        capsys.readouterr().out.strip()
        == "Mended the kept facts of 2 of 82 applications from their history."
    )
    assert jobdesk_main(["repair", "--data-dir", str(paths.data_dir)]) == 0
    assert "nothing to mend" in capsys.readouterr().out


def test_repair_while_a_window_uses_the_folder_refuses_and_exits_3(
    paths: Paths, db: SqliteDatabase, capsys: pytest.CaptureFixture[str]
) -> None:
    from jobdesk.services.instance import InstanceLock
    from jobdesk.services.pipeline import Pipeline

    Pipeline(db, today=lambda: TODAY).load_sample()
    db.execute_sql("UPDATE application_fact SET outcome = 'accepted' WHERE application_id <= 2")
    db.close()
    lock = InstanceLock(paths.lock_file).acquire()  # as a running window holds it
    try:
        assert jobdesk_main(["repair", "--data-dir", str(paths.data_dir)]) == 3
    finally:
        lock.release()
    err = capsys.readouterr().err
    assert err.startswith("jobdesk repair: ")
    assert "Close it first, then run jobdesk repair again" in err
    # Nothing was mended while the window held the folder; now it is.
    assert jobdesk_main(["repair", "--data-dir", str(paths.data_dir)]) == 0
    assert "Mended the kept facts of 2 of 82" in capsys.readouterr().out


def test_repair_of_a_folder_without_data_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert jobdesk_main(["repair", "--data-dir", str(tmp_path)]) == 1
    assert "there is no data in" in capsys.readouterr().err


def test_a_large_search_opens_with_its_newest_rows_and_reads_the_rest_on_a_worker(
    qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    from jobdesk.ui.shell import main_window

    monkeypatch.setattr(main_window, "OPEN_IN_BACKGROUND_ABOVE", 0)
    monkeypatch.setattr(main_window, "FIRST_SCREENFUL", 5)
    frozen: list[int] = []  # the rows shown when Python's collector was told to pass them by
    monkeypatch.setattr(main_window.gc, "freeze", lambda: frozen.append(len(w.rows)))
    services.pipeline.load_sample()
    newest = sorted(services.pipeline.summaries(), key=lambda s: (s.applied_on, s.id))[-5:]
    oldest = min(services.pipeline.summaries(), key=lambda s: (s.applied_on, s.id))
    w = MainWindow(services)
    qtbot.addWidget(w)
    # At once: the five sent last, newest first, and a note that the rest is on its way.
    assert shown_ids(w) == [s.id for s in reversed(newest)]
    assert w.count_label.text() == "Reading every application…"
    # A change made before the rest arrives is not lost when it does.
    w.perform(lambda: services.pipeline.withdraw(oldest.id, TODAY))
    qtbot.waitUntil(lambda: w.pipeline_tab.model.total() == 82, timeout=10_000)
    # The sample's 41 with no response, less the oldest, withdrawn while the rest was read
    # (withdrawing wins over the timeout).
    assert w.count_label.text() == "82 applications · 40 with no response"
    assert w.pipeline_tab.model.find(oldest.id).outcome is Outcome.WITHDRAWN  # type: ignore[union-attr]
    assert w.rows.all() and len(w.rows) == 82
    # Once, as every row had been read, before they were shown (the five, and the one
    # withdrawn meanwhile, were).
    assert frozen == [6]


def test_typing_that_keeps_the_selected_application_reads_nothing_again(
    window: MainWindow, services: Services, db: SqliteDatabase
) -> None:
    """The details stay on the selected application while a search still shows it: a
    keystroke then reads none of it (its history, contacts, interviews, messages) again;
    one that hides it clears the details."""
    tab = window.pipeline_tab
    tab.search_edit.setText("eng")
    target = shown_ids(window)[0]
    tab.select_ids([target])
    shown = tab.current_application()
    assert shown is not None and shown.id == target
    with Statements(db) as sql:
        tab.search_edit.setText("engi")
    for table in ("application", "stage_event", "contact", "interview", "message_sent"):
        assert sql.reading(table) == [], table
    assert window.count_label.text().startswith(f"Showing {tab.model.rowCount()} of 82 ")
    assert tab.current_application() is shown
    tab.search_edit.setText("engi no such words")
    assert tab.selected_ids() == [] and tab.current_application() is None
