"""The Insights while their charting library loads on its worker thread: the figures are
there at once, an action taken meanwhile is counted, and the charts, once drawn, show what
a chart drawn with the library at hand shows. (In this process pyqtgraph is imported
already; a loader that has not loaded yet stands in, its import held back until let go.)"""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pyqtgraph as pg
import pytest
from pytestqt.qtbot import QtBot

from jobdesk.services.bundle import Services
from jobdesk.ui.insights import chart_library as library_module
from jobdesk.ui.insights.chart_library import ChartLibrary
from jobdesk.ui.insights.charts import draw_rate_bars, plot_widget
from jobdesk.ui.insights.funnel_view import CHART_LABELS, COL_WITHDRAWN
from jobdesk.ui.insights.marks import RateBar
from jobdesk.ui.shell.main_window import MainWindow
from tests.ui.insights.charts_drawn import drawn


class HeldLibrary(ChartLibrary):
    """Not loaded yet; its import waits until `let_go`."""

    def __init__(self) -> None:
        super().__init__()
        self.loaded = False
        self.gate = threading.Event()

    def _import(self) -> None:
        self.gate.wait(30)
        super()._import()

    def let_go(self) -> None:
        self.gate.set()


@pytest.fixture
def held(monkeypatch: pytest.MonkeyPatch) -> Iterator[HeldLibrary]:
    library = HeldLibrary()
    monkeypatch.setattr(library_module, "_library", library)
    yield library
    library.let_go()


@pytest.fixture
def window(qtbot: QtBot, services: Services) -> MainWindow:
    services.pipeline.load_sample()
    w = MainWindow(services)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def texts(plot: pg.PlotWidget) -> list[str]:
    return [i.toPlainText() for i in plot.getPlotItem().items if isinstance(i, pg.TextItem)]


def test_an_action_taken_while_the_charts_load_is_counted_and_then_drawn(
    qtbot: QtBot, window: MainWindow, services: Services, held: HeldLibrary
) -> None:
    assert window.select_tab("Insights")
    panel = window.insights_tab.panel
    assert panel is not None
    funnel = panel.funnel_view
    assert funnel.model.index(0, COL_WITHDRAWN).data() == "1"  # the figures, at once
    assert not funnel.chart.drawn and funnel.chart.waiting.text() == "Drawing the chart…"
    assert held.loading
    waiting = next(
        a for a in services.pipeline.applications() if not a.events and not a.outcome.is_closed
    )
    window.perform(lambda: services.pipeline.withdraw(waiting.id))  # before the charts are in
    assert funnel.model.index(0, COL_WITHDRAWN).data() == "2"
    assert not funnel.chart.drawn
    held.let_go()
    chart = drawn(qtbot, funnel.chart)
    # As a chart drawn with the library at hand, from the same figures after the change.
    view = services.insights.view()
    refs = view.counting.references
    expected = plot_widget("expected")
    qtbot.addWidget(expected)
    bars = [RateBar(s.rate, refs.get(s.start)) for s in view.funnel.steps]
    draw_rate_bars(expected, CHART_LABELS, bars)
    assert texts(chart) == texts(expected) == ["26%", "90%", "80%", "50%", "n = 3"]
    assert funnel.model.index(0, 1).data() == "26%"  # the table says the same
    assert not held.loading and held.loaded


def test_a_page_shown_for_the_first_time_while_loading_gets_its_chart_too(
    qtbot: QtBot, window: MainWindow, held: HeldLibrary
) -> None:
    assert window.select_tab("Insights")
    panel = window.insights_tab.panel
    assert panel is not None
    panel.pages.setCurrentWidget(panel.times_view)
    assert panel.times_view.model.rowCount() == 5
    assert not panel.times_view.chart.drawn
    held.let_go()
    chart = drawn(qtbot, panel.times_view.chart)
    assert texts(chart) == ["not reached yet", "6 d", "8 d", "9 d", "9 d"]
    assert not panel.funnel_view.chart.drawn  # out of view: drawn when shown again
    panel.pages.setCurrentWidget(panel.funnel_view)
    drawn(qtbot, panel.funnel_view.chart)


def test_a_library_that_cannot_load_leaves_the_figures_and_says_so(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(library_module, "CHARTS", "jobdesk.ui.insights.no_such_module")
    broken = ChartLibrary()
    broken.loaded = False
    monkeypatch.setattr(library_module, "_library", broken)
    assert window.select_tab("Insights")
    panel = window.insights_tab.panel
    assert panel is not None
    qtbot.waitUntil(lambda: bool(broken.error), timeout=10_000)
    assert panel.funnel_view.model.rowCount() == 5
    shown = panel.funnel_view.chart.waiting.text()  # the chart that was waiting for it
    assert shown.startswith("The chart could not be drawn: the charting library did not load")
    assert "(ModuleNotFoundError: " in shown
    panel.pages.setCurrentWidget(panel.rejections_view)  # a chart asked for afterwards
    note = panel.rejections_view.chart.waiting.text()
    assert note == shown
    assert note.endswith(
        "The figures beside it are complete; installing jobdesk again brings the charts back."
    )
    assert panel.rejections_view.reason_model.rowCount() > 0


def test_the_figures_keep_the_keyboard_while_the_charts_load(
    qtbot: QtBot, window: MainWindow, held: HeldLibrary
) -> None:
    assert window.select_tab("Insights")
    window.focus_tab_content()
    window.activateWindow()
    panel = window.insights_tab.panel
    assert panel is not None
    qtbot.waitUntil(lambda: window.focusWidget() is panel.funnel_view.table)
    assert not panel.funnel_view.chart.drawn  # the figures did not wait for the chart
