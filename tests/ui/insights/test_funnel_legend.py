"""The funnel's legend names the all-dates diamond only when the chart draws one: over all
dates there is nothing to compare with, so no diamond and no "◆ all dates"."""

from __future__ import annotations

import pyqtgraph as pg
from pytestqt.qtbot import QtBot

from jobdesk.services.bundle import Services
from jobdesk.ui.insights.panel import LAST_90, InsightsPanel
from tests.ui.insights.charts_drawn import demo_insights, drawn


def open_funnel(qtbot: QtBot, services: Services) -> InsightsPanel:
    return demo_insights(qtbot, services, 1200, 800)


def diamonds(chart: pg.PlotWidget) -> int:
    return sum(
        len(item.points())
        for item in chart.getPlotItem().items
        if isinstance(item, pg.ScatterPlotItem) and item.opts.get("symbol") == "d"
    )


def test_over_all_dates_no_diamond_is_drawn_and_the_legend_names_none(
    qtbot: QtBot, services: Services
) -> None:
    panel = open_funnel(qtbot, services)
    view = panel.funnel_view
    chart = drawn(qtbot, view.chart)
    assert diamonds(chart) == 0
    assert "◆" not in view.legend.text()
    assert "all dates" not in view.legend.text()
    assert "pale: too few or too early" in view.legend.text()


def test_over_the_last_90_days_the_diamonds_are_drawn_and_named(
    qtbot: QtBot, services: Services
) -> None:
    panel = open_funnel(qtbot, services)
    view = panel.funnel_view
    panel.range_box.setCurrentIndex(LAST_90)
    qtbot.waitUntil(lambda: view.chart.drawn and diamonds(view.chart.plot) > 0, timeout=20_000)
    assert "◆</span> all dates" in view.legend.text()
