"""One story for silent applications: the table, the Active filter, the status bar and the
Insights count the sample search's unanswered applications the same way."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from peewee import SqliteDatabase
from PySide6.QtWidgets import QDialog, QLabel
from pytestqt.qtbot import QtBot

from jobdesk.domain.enums import Outcome, Stage
from jobdesk.domain.funnel import End
from jobdesk.domain.settings import NO_RESPONSE_DAYS
from jobdesk.paths import Paths
from jobdesk.services.bundle import Services, build_services
from jobdesk.ui.pipeline.model import COL_OUTCOME, QuickFilter
from jobdesk.ui.shell.main_window import MainWindow
from tests.conftest import TODAY
from tests.qt_helpers import answering_dialogs


@pytest.fixture
def window(qtbot: QtBot, services: Services) -> Iterator[MainWindow]:
    services.pipeline.load_sample()
    w = MainWindow(services)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w


def outcomes(window: MainWindow) -> list[str]:
    model = window.pipeline_tab.model
    return [model.index(r, COL_OUTCOME).data() for r in range(model.rowCount())]


def insights_ends(services: Services) -> dict[End, int]:
    """How the Insights count each end, over every stage (the tally behind every rate)."""
    tally = services.insights.view().funnel.tally
    return {end: sum(tally.at(stage, end) for stage in Stage) for end in End}


def test_the_sample_search_tells_one_story(window: MainWindow, services: Services) -> None:
    # The sample's 82 applications: 62 active, 10 rejected, 8 ghosted, 2 withdrawn. Of the
    # 62 active, 52 never got past "applied"; 34 of those were sent 30 days or more before
    # 20 November (they have waited 32 to 82 days), so 62 − 34 = 28 are still active.
    rows = window.rows.all()
    assert len(rows) == 82
    assert sum(r.outcome is Outcome.ACTIVE for r in rows) == 62
    unanswered = [
        r for r in rows if r.outcome is Outcome.ACTIVE and r.furthest_stage is Stage.APPLIED
    ]
    assert len(unanswered) == 52
    waited = sorted((TODAY - r.applied_on).days for r in unanswered)
    assert sum(days >= 30 for days in waited) == 34
    assert min(d for d in waited if d >= 30) == 32 and max(waited) == 82

    assert outcomes(window).count("No response") == 34
    assert window.count_label.text() == "82 applications · 34 with no response"
    window.pipeline_tab.set_quick_filter(QuickFilter.ACTIVE)
    assert window.pipeline_tab.model.rowCount() == 28
    assert "No response" not in outcomes(window)
    assert window.count_label.text() == "Showing 28 of 82 applications · 34 with no response"
    window.pipeline_tab.set_quick_filter(QuickFilter.CLOSED)
    assert window.pipeline_tab.model.rowCount() == 54  # 10 + 8 + 2 closed, and the 34

    ends = insights_ends(services)
    assert ends[End.TIMED_OUT] == 34
    assert ends[End.PENDING] == 28
    assert ends[End.GHOSTED] == 8
    # The Sankey's "No response" node holds both: 34 timed out and 7 ghosted at applied.
    assert services.insights.view().flow.node("No response").count == 41


def test_a_longer_period_in_the_preferences_changes_every_count(
    window: MainWindow, services: Services
) -> None:
    # With 60 days, 15 of the 34 stay silent: those that waited 61, 63, 63, 66, 68, 69, 71,
    # 71, 74, 75, 76, 78, 79, 81 and 82 days; 62 − 15 = 47 are active.
    window.pipeline_tab.set_quick_filter(QuickFilter.ACTIVE)
    window.perform(lambda: services.settings.set_many({NO_RESPONSE_DAYS: 60}))
    assert window.count_label.text() == "Showing 47 of 82 applications · 15 with no response"
    ends = insights_ends(services)
    assert (ends[End.TIMED_OUT], ends[End.PENDING]) == (15, 47)


def test_closing_a_silent_one_as_ghosted_and_undoing(
    window: MainWindow, services: Services
) -> None:
    silence = window.pipeline_tab.model.silence
    oldest = max((r for r in window.rows.all() if silence.covers(r)), key=lambda r: silence.days(r))
    window.perform(lambda: services.pipeline.mark_ghosted(oldest.id))
    assert window.count_label.text() == "82 applications · 33 with no response"
    assert insights_ends(services)[End.GHOSTED] == 9
    window.undo()
    assert window.count_label.text() == "82 applications · 34 with no response"


def test_a_new_day_counts_again_when_the_window_is_next_used(
    qtbot: QtBot, db: SqliteDatabase, paths: Paths
) -> None:
    clock = [TODAY]
    services = build_services(db, paths, today=lambda: clock[0])
    services.pipeline.load_sample()
    w = MainWindow(services)
    qtbot.addWidget(w)
    w.show()
    assert w.count_label.text() == "82 applications · 34 with no response"
    # The silent ones waited 32 days or more; the next unanswered ones waited 28 and 26 days
    # on the 20th, so 2 days later the first has waited 30: one more (the other, 28: not yet).
    clock[0] = TODAY + timedelta(days=2)
    w.notice_new_day()
    assert w.count_label.text() == "82 applications · 35 with no response"


def test_the_details_pane_says_no_response_as_the_table_does(window: MainWindow) -> None:
    silence = window.pipeline_tab.model.silence
    silent = next(r for r in window.rows.all() if silence.covers(r))
    waiting = next(
        r
        for r in window.rows.all()
        if r.outcome is Outcome.ACTIVE
        and r.furthest_stage is Stage.APPLIED
        and not silence.covers(r)
    )
    for row, said in ((silent, "No response"), (waiting, "Active")):
        window.pipeline_tab.select_ids([row.id])
        text = window.pipeline_tab.detail.toPlainText()
        outcome_line = text.splitlines()[text.splitlines().index("Outcome") + 1]
        assert outcome_line == said
        assert silence.outcome_label(row) == said


def test_marking_a_silent_one_ghosted_says_it_has_no_response_now(window: MainWindow) -> None:
    silence = window.pipeline_tab.model.silence
    silent = next(r for r in window.rows.all() if silence.covers(r))
    window.pipeline_tab.select_ids([silent.id])
    said: list[str] = []

    def read(dialog: QDialog) -> None:
        said.extend(label.text() for label in dialog.findChildren(QLabel))

    with answering_dialogs(read):
        window.ghost_action.trigger()
    assert "Furthest stage reached: Applied · Now: No response" in said
