"""The chart in a slot once drawn: the charting library loads on a worker thread, and the
chart follows (imported by test modules; not a conftest)."""

from __future__ import annotations

import pyqtgraph as pg
from pytestqt.qtbot import QtBot

from jobdesk.services.bundle import Services
from jobdesk.ui.insights.chart_slot import ChartSlot
from jobdesk.ui.insights.panel import InsightsPanel
from jobdesk.ui.shell.main_window import MainWindow


def drawn(qtbot: QtBot, slot: ChartSlot) -> pg.PlotWidget:
    qtbot.waitUntil(lambda: slot.drawn, timeout=20_000)
    assert slot.plot is not None
    return slot.plot


def demo_insights(qtbot: QtBot, services: Services, width: int, height: int) -> InsightsPanel:
    """The Insights of the demo search, in a window of `width`×`height`, once loaded."""
    services.pipeline.load_sample()
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.resize(width, height)
    window.show()
    qtbot.waitExposed(window)
    assert window.select_tab("Insights")
    qtbot.waitUntil(lambda: window.insights_tab.loaded)
    panel = window.insights_tab.panel
    assert panel is not None
    return panel
