"""A pale mark means "too few or too early": it has to read as fainter than the normal bars
on the chart's background, in the light colours and in the dark ones (a fixed light grey
was the brightest bar of all on a dark chart)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from jobdesk.domain.funnel import Rate
from jobdesk.ui.dialogs.theme import build_palette, contrast


@pytest.fixture
def restore_palette(qapp: QApplication) -> Iterator[None]:
    before = QApplication.palette()
    yield
    QApplication.setPalette(before)
    QApplication.processEvents()


def bar_colours(plot: object) -> list[QColor]:
    import pyqtgraph as pg

    return [
        QColor(pg.mkBrush(item.opts["brush"]).color())
        for item in plot.getPlotItem().items  # type: ignore[attr-defined]
        if isinstance(item, pg.BarGraphItem)
    ]


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_a_pale_bar_has_less_contrast_with_the_chart_than_a_normal_one(
    qtbot: QtBot, restore_palette: None, dark: bool
) -> None:
    from jobdesk.ui.insights.charts import RateBar, draw_rate_bars, plot_widget

    QApplication.setPalette(build_palette(dark))
    plot = plot_widget("Funnel chart")
    judged = Rate.of(14, 55, 0, 1, 5)
    few = Rate.of(2, 3, 2, 0, 5)  # → offer on the demo search: n = 3
    assert judged.judged and not few.judged
    draw_rate_bars(plot, ["→ response", "→ offer"], [RateBar(judged), RateBar(few)])
    background = QApplication.palette().color(QPalette.ColorRole.Base)
    normal, pale = bar_colours(plot)
    assert contrast(pale, background) < contrast(normal, background)
    assert contrast(pale, background) < 2.0, "faint, not a second kind of bar"
    plot.deleteLater()


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_a_pale_point_has_less_contrast_with_the_chart_than_a_normal_one(
    qtbot: QtBot, restore_palette: None, dark: bool
) -> None:
    import pyqtgraph as pg

    from jobdesk.ui.insights.charts import draw_rate_points, plot_widget

    QApplication.setPalette(build_palette(dark))
    plot = plot_widget("Response rate over time chart")
    draw_rate_points(plot, ["a", "b"], [Rate.of(3, 9, 0, 0, 5), Rate.of(0, 4, 0, 0, 5)])
    (points,) = [i for i in plot.getPlotItem().items if isinstance(i, pg.ScatterPlotItem)]
    normal, pale = (QColor(spot.brush().color()) for spot in points.points())
    background = QApplication.palette().color(QPalette.ColorRole.Base)
    assert contrast(pale, background) < contrast(normal, background)
    plot.deleteLater()
