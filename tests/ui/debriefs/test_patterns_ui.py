"""The Patterns page of the Debriefs tab: topics counted, an improvement started from a
pattern, the third one asking to pause or finish one first."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime

import pytest
from peewee import SqliteDatabase
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from jobdesk.domain.application import ApplicationDetails
from jobdesk.domain.enums import Stage
from jobdesk.domain.improvements import TOO_MANY, ImprovementState
from jobdesk.domain.interviews import DebriefDetails
from jobdesk.paths import Paths
from jobdesk.services.bundle import Services, build_services
from jobdesk.ui.debriefs.improvement_dialog import ImprovementDialog
from jobdesk.ui.debriefs.patterns_models import ImprovementsModel, PatternsModel
from jobdesk.ui.dialogs.common import plain_tooltip
from jobdesk.ui.dialogs.prompts import Prompts
from jobdesk.ui.shell.main_window import MainWindow
from tests.qt_helpers import answering_dialogs as answering

TODAY = date(2026, 11, 24)


class ScriptedPrompts(Prompts):
    def __init__(self) -> None:
        self.asked: list[tuple[str, list[str]]] = []

    def error(self, parent: QWidget | None, text: str) -> None:
        raise AssertionError(text)

    def choose(
        self, parent: QWidget | None, text: str, actions: list[str], default: int | None = 0
    ) -> int | None:
        assert default is None  # Enter is Cancel: it must not pause or finish one
        self.asked.append((text, actions))
        return 0  # the first: pause the first active improvement


@pytest.fixture
def services(db: SqliteDatabase, paths: Paths) -> Services:
    services = build_services(
        db, paths, today=lambda: TODAY, now=lambda: datetime(2026, 11, 24, 12, tzinfo=UTC)
    )
    for company, on, stage, tags in (
        ("Acme", date(2026, 11, 10), Stage.TECHNICAL, ("System design",)),
        ("Globex", date(2026, 11, 18), Stage.SCREEN, ("Nerves",)),
        ("Initech", date(2026, 11, 20), Stage.TECHNICAL, ("system design", "Nerves")),
        ("Umbrella", date(2026, 11, 21), Stage.TECHNICAL, ("Algorithms",)),
    ):
        app_id = services.pipeline.add(
            ApplicationDetails(company, "Engineer", date(2026, 11, 2))
        ).application_ids[0]
        services.interviews.write_debrief(app_id, DebriefDetails(stage, on, tags=tags))
    return services


@pytest.fixture
def prompts() -> ScriptedPrompts:
    return ScriptedPrompts()


@pytest.fixture
def window(qtbot: QtBot, services: Services, prompts: ScriptedPrompts) -> Iterator[MainWindow]:
    w = MainWindow(services, prompts=prompts)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w


def cells(model: PatternsModel | ImprovementsModel, column: int) -> list[str]:
    return [model.index(r, column).data() for r in range(model.rowCount())]


def start(window: MainWindow, action: str) -> None:
    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, ImprovementDialog)
        dialog.action_edit.setText(action)
        dialog.accept()

    with answering(fill):
        window.debriefs_tab.patterns_view.start_button.click()


def test_patterns_are_one_click_away_and_an_improvement_starts_from_one(
    window: MainWindow, services: Services, prompts: ScriptedPrompts
) -> None:
    assert window.select_tab("Debriefs")
    tab = window.debriefs_tab
    view = tab.patterns_view
    assert view is not None
    assert view.patterns_model.rowCount() == 0  # hidden until its page is shown
    tab.show_patterns()
    model = view.patterns_model
    assert cells(model, 0) == ["Nerves", "System design", "Algorithms"]
    assert cells(model, 2) == ["2", "2", "1"]  # mentions
    assert cells(model, 3) == ["2", "2", "1"]  # separate applications
    assert cells(model, 4) == ["Screen 1, Technical 1", "Technical 2", "Technical 1"]
    assert cells(model, 7)[:2] == ["Recurring", "Recurring"]
    assert "single data point" in cells(model, 7)[2]
    assert view.summary_label.text() == "3 topics; 2 came up in 2 or more separate applications."

    view.patterns_table.selectRow(1)  # System design
    start(window, "Timed system design practice, twice a week")
    (first,) = services.patterns.improvements()
    assert (first.details.topic, first.details.stage, first.details.started_on) == (
        "System design",
        Stage.TECHNICAL,
        TODAY,
    )
    assert cells(view.improvements_model, 0) == ["Timed system design practice, twice a week"]
    assert cells(view.improvements_model, 5) == ["none resolved (0 waiting)"]

    view.patterns_table.selectRow(0)  # Nerves
    start(window, "Breathing before each round")
    assert prompts.asked == []
    assert len(services.patterns.active()) == 2
    view.patterns_table.selectRow(2)
    start(window, "Mock interviews with a friend")
    # The third asks first, and the scripted answer pauses the first one.
    (asked,) = prompts.asked
    assert asked[0] == (
        f"{TOO_MANY}\n\nThe first: “Timed system design practice, twice a week”\n"
        "The second: “Breathing before each round”"
    )
    assert asked[1] == [
        "Pause the first",
        "Finish the first",
        "Pause the second",
        "Finish the second",
    ]
    assert [i.state for i in services.patterns.improvements()] == [
        ImprovementState.PAUSED,
        ImprovementState.ACTIVE,
        ImprovementState.ACTIVE,
    ]
    assert cells(view.improvements_model, 4) == ["Paused", "Active", "Active"]


def test_the_models_pass_the_model_tester(qtmodeltester, services: Services) -> None:
    patterns = PatternsModel()
    patterns.set_rows(services.patterns.patterns())
    qtmodeltester.check(patterns)
    patterns.sort(2)
    qtmodeltester.check(patterns)
    services.patterns.load_sample()
    improvements = ImprovementsModel()
    improvements.set_rows(services.patterns.measured())
    qtmodeltester.check(improvements)
    improvements.sort(3)
    qtmodeltester.check(improvements)


def test_the_leaking_stage_on_the_insights_starts_an_improvement_aimed_at_it(
    qtbot: QtBot, db: SqliteDatabase, paths: Paths
) -> None:
    services = build_services(db, paths, today=lambda: TODAY)
    services.pipeline.load_sample()
    leak = services.insights.view().leak.leak
    assert leak is not None
    w = MainWindow(services, prompts=ScriptedPrompts())
    qtbot.addWidget(w)
    w.show()
    assert w.select_tab("Insights")
    panel = w.insights_tab.load()
    button = panel.funnel_view.improve_button
    assert button.isVisibleTo(panel.funnel_view)
    seen: list[object] = []

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, ImprovementDialog)
        seen.append(dialog.stage_combo.currentData())
        dialog.action_edit.setText("Tailor the CV's first third to each posting")
        dialog.topic_combo.setCurrentText("Skills gap")
        dialog.accept()

    with answering(fill):
        button.click()
    assert seen == [leak.step.start]
    (made,) = services.patterns.improvements()
    assert (made.details.stage, made.details.topic) == (leak.step.start, "Skills gap")
    assert w.tabs.currentWidget() is w.debriefs_tab


def test_the_improvements_buttons_are_enabled_only_when_they_apply(
    window: MainWindow, services: Services
) -> None:
    assert window.select_tab("Debriefs")
    window.debriefs_tab.show_patterns()
    view = window.debriefs_tab.patterns_view
    assert view is not None

    def enabled() -> tuple[bool, bool, bool]:
        buttons = (view.pause_button, view.finish_button, view.resume_button)
        return tuple(b.isEnabled() for b in buttons)  # type: ignore[return-value]

    assert enabled() == (False, False, False)  # no improvement yet
    view.patterns_table.selectRow(1)
    start(window, "Timed system design practice, twice a week")
    assert enabled() == (False, False, False)  # none selected
    view.improvements_table.selectRow(0)  # active: pause or finish it
    assert enabled() == (True, True, False)
    view.pause_button.click()
    assert cells(view.improvements_model, 4) == ["Paused"]
    assert enabled() == (False, False, False)  # the list was read again: none selected
    view.improvements_table.selectRow(0)  # paused: resume or finish it
    assert enabled() == (False, True, True)
    view.finish_button.click()
    view.improvements_table.selectRow(0)  # finished: only resume
    assert cells(view.improvements_model, 4) == ["Finished"]
    assert enabled() == (False, False, True)
    view.resume_button.click()
    view.improvements_table.selectRow(0)
    assert cells(view.improvements_model, 4) == ["Active"]
    assert enabled() == (True, True, False)


def test_a_trend_from_a_few_mentions_says_it_is_too_few_to_tell(window: MainWindow) -> None:
    assert window.select_tab("Debriefs")
    window.debriefs_tab.show_patterns()
    view = window.debriefs_tab.patterns_view
    assert view is not None
    model = view.patterns_model
    # Nerves and System design came up twice in the last 30 days and never before.
    assert cells(model, 5) == ["2 / 0", "2 / 0", "1 / 0"]
    assert cells(model, 6) == ["Too few"] * 3
    assert model.index(0, 6).data(Qt.ItemDataRole.ToolTipRole) == plain_tooltip(
        "2 in the last 30 days, 0 in the 30 days before: too few to tell a trend (it takes "
        "5 or more in the two together)."
    )


def test_not_told_and_outside_your_control_are_shown_apart_with_no_improvement(
    window: MainWindow, services: Services
) -> None:
    from jobdesk.domain.enums import RejectionReason

    for company, reason in (
        ("Hooli", RejectionReason.NO_REASON),
        ("Vandelay", RejectionReason.FILLED_INTERNALLY),
    ):
        app_id = services.pipeline.add(
            ApplicationDetails(company, "Engineer", date(2026, 11, 2))
        ).application_ids[0]
        services.pipeline.reject(app_id, date(2026, 11, 12), reason=reason)
    assert window.select_tab("Debriefs")
    view = window.debriefs_tab.patterns_view
    assert view is not None
    window.debriefs_tab.show_patterns()
    model = view.patterns_model
    notes = dict(zip(cells(model, 0), cells(model, 7), strict=True))
    assert notes["Not told"] == "No reason given: not a verdict, and nothing to fix."
    assert notes["Filled internally"] == "Outside your control: not yours to fix."
    for label, can_start in (("Not told", False), ("Filled internally", False), ("Nerves", True)):
        view.patterns_table.selectRow(cells(model, 0).index(label))
        assert view.start_button.isEnabled() is can_start, label
