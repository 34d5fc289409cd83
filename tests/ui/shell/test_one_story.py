"""One story for applications with no response: the table, the Active filter, the status bar,
the composer and the Insights count the sample search's unanswered applications the same way
(silent past the period, or marked ghosted before any reply: DESIGN.md's rule)."""

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

    # 7 of the 8 ghosted were marked so before any reply: no response too, 34 + 7 = 41.
    ghosted = [r for r in rows if r.outcome is Outcome.GHOSTED]
    assert len(ghosted) == 8
    assert sum(r.furthest_stage is Stage.APPLIED for r in ghosted) == 7

    assert outcomes(window).count("No response") == 41
    assert outcomes(window).count("Ghosted") == 1  # ghosted after a reply
    assert window.count_label.text() == "82 applications · 41 with no response"
    window.pipeline_tab.set_quick_filter(QuickFilter.ACTIVE)
    assert window.pipeline_tab.model.rowCount() == 28
    assert "No response" not in outcomes(window)
    assert window.count_label.text() == "Showing 28 of 82 applications · 41 with no response"
    window.pipeline_tab.set_quick_filter(QuickFilter.CLOSED)
    assert window.pipeline_tab.model.rowCount() == 54  # 10 + 8 + 2 closed, and the 34

    ends = insights_ends(services)
    assert ends[End.TIMED_OUT] == 34
    assert ends[End.PENDING] == 28
    assert ends[End.GHOSTED] == 8
    # The Flow's "No response" node holds both, as the status bar: 34 timed out and 7
    # ghosted at applied.
    assert services.insights.view().flow.node("No response").count == 41


def test_a_longer_period_in_the_preferences_changes_every_count(
    window: MainWindow, services: Services
) -> None:
    # With 60 days, 15 of the 34 stay silent: those that waited 61, 63, 63, 66, 68, 69, 71,
    # 71, 74, 75, 76, 78, 79, 81 and 82 days; 62 − 15 = 47 are active.
    window.pipeline_tab.set_quick_filter(QuickFilter.ACTIVE)
    window.perform(lambda: services.settings.set_many({NO_RESPONSE_DAYS: 60}))
    assert window.count_label.text() == "Showing 47 of 82 applications · 22 with no response"
    ends = insights_ends(services)
    assert (ends[End.TIMED_OUT], ends[End.PENDING]) == (15, 47)
    assert services.insights.view().flow.node("No response").count == 22  # 15 + 7 ghosted


def test_closing_a_silent_one_as_ghosted_and_undoing(
    window: MainWindow, services: Services
) -> None:
    silence = window.pipeline_tab.model.silence
    oldest = max((r for r in window.rows.all() if silence.covers(r)), key=lambda r: silence.days(r))
    window.perform(lambda: services.pipeline.mark_ghosted(oldest.id))
    # Closed now, and still no response: every count stays where it was.
    assert window.count_label.text() == "82 applications · 41 with no response"
    assert outcomes(window)[window.pipeline_tab.model.row_of(oldest.id) or 0] == "No response"
    assert insights_ends(services)[End.GHOSTED] == 9
    assert services.insights.view().flow.node("No response").count == 41
    window.undo()
    assert window.count_label.text() == "82 applications · 41 with no response"


def test_a_new_day_counts_again_when_the_window_is_next_used(
    qtbot: QtBot, db: SqliteDatabase, paths: Paths
) -> None:
    clock = [TODAY]
    services = build_services(db, paths, today=lambda: clock[0])
    services.pipeline.load_sample()
    w = MainWindow(services)
    qtbot.addWidget(w)
    w.show()
    assert w.count_label.text() == "82 applications · 41 with no response"
    # The silent ones waited 32 days or more; the next unanswered ones waited 28 and 26 days
    # on the 20th, so 2 days later the first has waited 30: one more (the other, 28: not yet).
    clock[0] = TODAY + timedelta(days=2)
    w.notice_new_day()
    assert w.count_label.text() == "82 applications · 42 with no response"


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


def test_the_composer_says_no_response_as_the_table_does(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    from jobdesk.ui.feedback.composer_dialog import ComposerDialog

    silence = window.pipeline_tab.model.silence
    silent = next(r for r in window.rows.all() if silence.covers(r))
    app = services.pipeline.application(silent.id)
    dialog = ComposerDialog(window, services, app, "follow_up", window.perform, window.prompts)
    qtbot.addWidget(dialog)
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert any("(no response, furthest stage: applied)" in text for text in texts)
    assert not any("(active," in text for text in texts)
