"""A chart drawn again (after a change) shows its new figures' labels and no old one, with
its labels kept from the last drawing rather than made anew (most of a redraw's time)."""

from __future__ import annotations

import pyqtgraph as pg
from pytestqt.qtbot import QtBot

from jobdesk.domain.funnel import Rate
from jobdesk.ui.insights.charts import RateBar, draw_rate_bars, plot_widget


def labels(chart: pg.PlotWidget) -> list[tuple[str, float, float]]:
    items = [i for i in chart.getPlotItem().items if isinstance(i, pg.TextItem)]
    return [(i.toPlainText(), i.pos().x(), i.pos().y()) for i in items]


def test_a_redrawn_chart_shows_the_new_labels_only(qtbot: QtBot) -> None:
    chart = plot_widget("Funnel")
    qtbot.addWidget(chart)
    first = [RateBar(Rate.of(30, 100, 0, 0, 5)), RateBar(Rate.of(1, 3, 0, 0, 5))]
    draw_rate_bars(chart, ["Applied → responded", "Responded → screen"], first)
    assert [text for text, _x, _y in labels(chart)] == ["30%", "n = 3"]
    made = [i for i in chart.getPlotItem().items if isinstance(i, pg.TextItem)]
    # One application moved on: the first rate changes; a bar fewer in another range.
    draw_rate_bars(chart, ["Applied → responded"], [RateBar(Rate.of(31, 100, 0, 0, 5))])
    (label,) = labels(chart)
    high = Rate.of(31, 100, 0, 0, 5).high * 100
    assert label == ("31%", 0.0, high + 2)  # above the whisker's top
    (kept,) = [i for i in chart.getPlotItem().items if isinstance(i, pg.TextItem)]
    assert kept is made[0]
    draw_rate_bars(chart, ["A", "B", "C"], [RateBar(Rate.of(n, 10, 0, 0, 5)) for n in (1, 2, 3)])
    assert [text for text, _x, _y in labels(chart)] == ["10%", "20%", "30%"]
