"""The reply-rate chart on the demo search, as its caption reads it: a hollow point (a ring)
is a week only partly old enough and carries its own n; a pale point (too few resolved) is a
faint filled dot, not a ring without an n."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from jobdesk.domain.funnel import Rate
from jobdesk.services.bundle import Services
from tests.ui.insights.charts_drawn import demo_insights, drawn


def spots(chart: pg.PlotWidget) -> list[tuple[float, QColor, QColor]]:
    """Each point: where it is, its fill and its outline."""
    (points,) = [i for i in chart.getPlotItem().items if isinstance(i, pg.ScatterPlotItem)]
    return [
        (spot.pos().x(), QColor(spot.brush().color()), QColor(spot.pen().color()))
        for spot in points.points()
        if spot.brush().style() != 0 or spot.pen().style() != 0
    ]


def looks_hollow(fill: QColor, outline: QColor) -> bool:
    return fill.alpha() == 0 or fill.rgb() != outline.rgb()


def n_labels(chart: pg.PlotWidget) -> dict[float, str]:
    return {
        round(item.pos().x(), 3): item.toPlainText()
        for item in chart.getPlotItem().items
        if isinstance(item, pg.TextItem) and item.toPlainText().startswith("n = ")
    }


def test_on_the_demo_every_point_that_looks_hollow_carries_its_n(
    qtbot: QtBot, services: Services
) -> None:
    panel = demo_insights(qtbot, services, 1920, 1080)
    panel.pages.setCurrentWidget(panel.activity_view)
    chart = drawn(qtbot, panel.activity_view.rate_chart)
    points = spots(chart)
    assert len(points) >= 5
    labels = n_labels(chart)
    rings = [x for x, fill, outline in points if looks_hollow(fill, outline)]
    assert {x: labels.get(round(x, 3)) for x in rings if round(x, 3) not in labels} == {}


def test_a_week_partly_old_enough_is_a_ring_with_its_n(qtbot: QtBot) -> None:
    from jobdesk.ui.insights.charts import draw_rate_points, plot_widget

    plot = plot_widget("Response rate over time chart")
    rates = [Rate.of(3, 9, 0, 0, 5), Rate.of(0, 4, 0, 0, 5), Rate.of(1, 6, 0, 0, 5, 2, 1)]
    draw_rate_points(plot, ["a", "b", "c"], rates, partly=[False, False, True])
    drawn_points = spots(plot)
    hollow = [x for x, fill, outline in drawn_points if looks_hollow(fill, outline)]
    assert hollow == [2.0]
    assert n_labels(plot) == {2.0: "n = 6"}
    plot.deleteLater()  # not closed: a closed chart cannot follow a later palette change
