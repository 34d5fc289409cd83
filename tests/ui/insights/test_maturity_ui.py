"""What the Insights show of too-early applications, early rates and those still waiting.

The hand-worked search of tests/domain/test_maturity.py, entered through the services:
today is 20 Nov 2026, no reply within 30 days is no response, so what was sent after 21 Oct
is too early to judge.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pyqtgraph as pg
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from jobdesk.domain.application import ApplicationDetails
from jobdesk.domain.enums import Channel, Stage
from jobdesk.domain.funnel import Rate
from jobdesk.services.bundle import Services
from jobdesk.ui.dialogs.prompts import Prompts
from jobdesk.ui.insights.activity_view import COL_RATE, COL_RESOLVED, COL_TOO_EARLY, COL_WEEK
from jobdesk.ui.insights.charts import bar_text
from jobdesk.ui.insights.common import FigureTable, rate_cells, short_rate_cell
from jobdesk.ui.insights.experiments_view import COL_APPLICATIONS, COL_VALUE
from jobdesk.ui.insights.experiments_view import COL_MOVED_ON as COL_EXP_MOVED_ON
from jobdesk.ui.insights.experiments_view import COL_RESOLVED as COL_EXP_RESOLVED
from jobdesk.ui.insights.experiments_view import COL_TOO_EARLY as COL_EXP_TOO_EARLY
from jobdesk.ui.insights.panel import LAST_30, InsightsPanel
from jobdesk.ui.insights.times_view import COL_MEDIAN, COL_MOVED_ON, COL_WAITING
from jobdesk.ui.shell.main_window import MainWindow
from tests.ui.insights.charts_drawn import drawn

S = Stage


class RecordingPrompts(Prompts):
    def __init__(self) -> None:
        self.infos: list[str] = []

    def info(self, parent: QWidget | None, text: str) -> None:
        self.infos.append(text)


def d(text: str) -> date:
    return date.fromisoformat(f"2026-{text}")


def make_search(services: Services) -> None:
    p = services.pipeline

    def add(applied: str, channel: Channel = Channel.DIRECT) -> int:
        details = ApplicationDetails("Acme", "Engineer", d(applied), channel=channel)
        return p.add(details).application_ids[0]

    one = add("10-13", Channel.REFERRAL)
    p.advance(one, S.RESPONDED, d("10-15"))
    p.advance(one, S.SCREEN, d("10-20"))
    add("10-14")
    three = add("10-15")
    p.advance(three, S.RESPONDED, d("10-20"))
    p.advance(three, S.SCREEN, d("10-27"))
    p.advance(add("10-20", Channel.REFERRAL), S.RESPONDED, d("10-22"))
    add("10-21")
    add("10-22")
    p.advance(add("10-23", Channel.REFERRAL), S.RESPONDED, d("10-24"))
    p.reject(add("11-02"), d("11-03"), stage=S.APPLIED)
    add("11-03")
    p.mark_ghosted(add("11-10"), d("11-15"))
    p.withdraw(add("11-16"), d("11-17"))
    add("11-17")


@pytest.fixture
def prompts() -> RecordingPrompts:
    return RecordingPrompts()


def show(qtbot: QtBot, services: Services, prompts: RecordingPrompts) -> InsightsPanel:
    window = MainWindow(services, prompts=prompts)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.select_tab("Insights")
    qtbot.waitUntil(lambda: window.insights_tab.loaded)
    panel = window.insights_tab.panel
    assert panel is not None
    return panel


@pytest.fixture
def panel(qtbot: QtBot, services: Services, prompts: RecordingPrompts) -> Iterator[InsightsPanel]:
    make_search(services)
    yield show(qtbot, services, prompts)


def cell(model: FigureTable, row: int, column: int) -> str:
    return str(model.index(row, column).data(Qt.ItemDataRole.DisplayRole))


def rows(model: FigureTable, columns: tuple[int, ...]) -> list[list[str]]:
    return [[cell(model, r, c) for c in columns] for r in range(model.rowCount())]


def test_the_funnel_says_what_is_too_early(panel: InsightsPanel) -> None:
    model = panel.funnel_view.model
    # Old enough: 3 of 5 replied; too early: 2 of 6 (11 withdrew and is counted nowhere).
    assert [cell(model, 0, c) for c in range(7)] == [
        "Application → response",
        "60%",
        "3",
        "5",
        "0",
        "23–88%",
        "2 of 6",
    ]
    # Screen → technical: 1 and 3 are both open at the screen, nothing resolved yet.
    assert cell(model, 2, 1) == "—"
    label = panel.funnel_view.too_early_label
    assert not label.isHidden()
    assert "Application → response: too early: 2 of 6 have replied so far." in label.text()
    panel.range_box.setCurrentIndex(LAST_30)
    # The last 30 days hold only too-young applications: no rate, and no leak from them.
    assert [cell(model, 0, c) for c in range(7)] == [
        "Application → response",
        "too early",
        "0",
        "0",
        "0",
        "—",
        "2 of 6",
    ]
    assert panel.view is not None and panel.view.leak.leak is None
    assert "Leaking stage: " not in panel.funnel_view.leak_label.text()


def test_experiments_show_the_too_early_apart(panel: InsightsPanel) -> None:
    panel.pages.setCurrentWidget(panel.experiments_view)
    model = panel.experiments_view.model
    columns = (COL_VALUE, COL_APPLICATIONS, COL_EXP_MOVED_ON, COL_EXP_RESOLVED, COL_EXP_TOO_EARLY)
    # Direct: 2 3 5 6 8 9 10 11 12; old enough 3 replied, 2 and 5 timed out: 1 of 3; too
    # early 6 8 9 10 12 (11 withdrew), 8 replied. Referral: 1 4 replied; 7 too early, replied.
    assert rows(model, columns) == [
        ["Direct", "9", "1", "3", "1 of 5"],
        ["Referral", "3", "2", "2", "1 of 1"],
    ]


def test_the_weekly_chart_shades_the_weeks_that_are_too_early(
    qtbot: QtBot, panel: InsightsPanel
) -> None:
    panel.pages.setCurrentWidget(panel.activity_view)
    model = panel.activity_view.model
    # The latest week first. Weeks of 2, 9 and 16 Nov are too young; 19 Oct is partly old
    # enough (4 and 5 are: 1 of 2 replied; 6 and 7 are not: 7 has replied so far).
    assert rows(model, (COL_WEEK, COL_RATE, COL_RESOLVED, COL_TOO_EARLY)) == [
        ["16 Nov 2026", "too early", "0", "0 of 1"],
        ["9 Nov 2026", "too early", "0", "0 of 1"],
        ["2 Nov 2026", "too early", "0", "1 of 2"],
        ["26 Oct 2026", "—", "0", "—"],
        ["19 Oct 2026", "—", "2", "1 of 2"],
        ["12 Oct 2026", "—", "3", "—"],
    ]
    chart = drawn(qtbot, panel.activity_view.rate_chart)
    bands = [i for i in chart.getPlotItem().items if isinstance(i, pg.LinearRegionItem)]
    # One shaded band over the three too-early weeks (at positions 3, 4 and 5).
    assert [band.getRegion() for band in bands] == [(2.5, 5.5)]
    texts = [i.toPlainText() for i in chart.getPlotItem().items if isinstance(i, pg.TextItem)]
    assert texts == ["too early", "n = 2"]  # the band's label; the partly old week's own n


def test_how_it_counts_explains_the_rules_with_the_settings(
    panel: InsightsPanel, prompts: RecordingPrompts
) -> None:
    panel.rules_button.click()
    (text,) = prompts.infos
    assert text.startswith("How it counts")
    assert "counts only applications sent at least 30 days ago, replied or not" in text
    assert "With fewer than 5 decided applications" in text
    assert "Kaplan–Meier" in text


def test_time_in_stage_counts_those_still_waiting(
    qtbot: QtBot, services: Services, prompts: RecordingPrompts
) -> None:
    services.pipeline.load_sample()
    panel = show(qtbot, services, prompts)
    panel.pages.setCurrentWidget(panel.times_view)
    model = panel.times_view.model
    # The sample, measured: 22 of 81 have replied (59 still waiting, 73%), so fewer than
    # half: the median first reply is not known yet.
    assert rows(model, (COL_MEDIAN, COL_MOVED_ON, COL_WAITING)) == [
        ["not reached yet", "22", "59 (73%)"],
        ["6", "18", "2 (10%)"],
        ["8", "12", "2 (14%)"],
        ["9", "5", "2 (29%)"],
        ["9", "2", "2 (50%)"],
    ]
    chart = drawn(qtbot, panel.times_view.chart)
    texts = [i.toPlainText() for i in chart.getPlotItem().items if isinstance(i, pg.TextItem)]
    assert texts == ["not reached yet", "6 d", "8 d", "9 d", "9 d"]


def test_an_early_rate_is_pale_with_its_reason() -> None:
    # 2 of 6 resolved moved on, 28 still open: enough data, but early.
    rate = Rate.of(2, 6, 28, 0, min_sample=5)
    shown, moved_on, resolved, pending, interval = rate_cells(rate)
    assert (shown.text, shown.muted, interval.muted) == ("33% (early)", True, True)
    assert shown.tip == (
        "Early: 28 still open against 6 resolved, so most of the answer is still to come."
    )
    assert (moved_on.text, resolved.text, pending.text) == ("2", "6", "28")
    assert short_rate_cell(rate).text == "33% of 6 (early)"
    assert bar_text(rate) == "33% early"
    judged = Rate.of(2, 6, 6, 0, min_sample=5)  # as many open as resolved: not early
    assert (rate_cells(judged)[0].text, rate_cells(judged)[0].muted) == ("33%", False)
    assert bar_text(Rate.of(0, 0, 0, 0, 5, too_early=6, too_early_moved_on=2)) == "too early"


def test_an_improvements_sides_say_what_is_too_early() -> None:
    from jobdesk.ui.debriefs.patterns_models import rate_cell

    # Since the start: nothing old enough yet, 6 too young of which 2 have replied.
    assert rate_cell(Rate.of(0, 0, 0, 0, 5, too_early=6, too_early_moved_on=2)) == (
        "Too early: 2 of 6 moved on so far"
    )
    # Some old enough (1 of 2), and 6 more too young.
    assert rate_cell(Rate.of(1, 2, 0, 0, 5, too_early=6, too_early_moved_on=2)) == (
        "1 of 2 (50%, 9–91%); too early: 2 of 6 moved on so far"
    )
    assert rate_cell(Rate.of(2, 6, 28, 0, 5)) == "2 of 6 (33%, 10–70%, early)"
    assert rate_cell(Rate.of(0, 0, 3, 0, 5)) == "none resolved (3 waiting)"
