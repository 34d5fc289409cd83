"""A first visit to the Insights, made light: what is not on the first screen is made when
first wanted, the chart made ahead is drawn as one made on the spot would be, and the
contents held without a layout are laid out as a layout would lay them out."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QImage, QPaintEvent
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from jobdesk.services.bundle import Services
from jobdesk.ui.insights import chart_library as library_module
from jobdesk.ui.insights import charts as _charts  # noqa: F401  (loaded: as once the library has)
from jobdesk.ui.insights.chart_library import ChartLibrary
from jobdesk.ui.insights.panel import CUSTOM, InsightsPanel
from jobdesk.ui.shell.main_window import MainWindow
from tests.ui.insights.charts_drawn import drawn


def insights(qtbot: QtBot, services: Services, size: tuple[int, int] = (1200, 760)) -> MainWindow:
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    assert window.select_tab("Insights")
    qtbot.waitUntil(lambda: window.insights_tab.loaded)
    return window


def panel_of(window: MainWindow) -> InsightsPanel:
    panel = window.insights_tab.panel
    assert panel is not None
    return panel


def chart_image(qtbot: QtBot, window: MainWindow) -> QImage:
    chart = drawn(qtbot, panel_of(window).funnel_view.chart)
    qtbot.wait(50)  # its items settle in the turn after they are drawn
    return chart.grab().toImage()


def test_the_chart_made_ahead_draws_the_funnel_as_one_made_on_the_spot(
    qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    services.pipeline.load_sample()
    ahead = ChartLibrary()  # pyqtgraph is imported in this process: loaded
    assert ahead.loaded
    ahead._make_spare()  # as the window does once the library has loaded ahead
    qtbot.waitUntil(lambda: ahead._spare is not None)
    spare = ahead._spare
    qtbot.wait(20)  # the step that draws it as the funnel's
    monkeypatch.setattr(library_module, "_library", ahead)
    first = insights(qtbot, services)
    made_ahead = chart_image(qtbot, first)
    assert panel_of(first).funnel_view.chart.plot is spare
    assert ahead.take_spare("Funnel chart") is None  # one chart made ahead, taken once

    on_the_spot = ChartLibrary()  # nothing made ahead: the funnel makes its own chart
    monkeypatch.setattr(library_module, "_library", on_the_spot)
    second = insights(qtbot, services)
    made_now = chart_image(qtbot, second)
    assert panel_of(second).funnel_view.chart.plot is not spare
    assert made_ahead.size() == made_now.size()
    assert made_ahead == made_now  # pixel for pixel


def test_a_chart_made_ahead_is_kept_for_the_funnel(qtbot: QtBot) -> None:
    ahead = ChartLibrary()
    ahead._make_spare()
    qtbot.waitUntil(lambda: ahead._spare is not None)
    assert ahead.take_spare("Rejections chart") is None  # drawn as the funnel's: not this
    assert ahead.take_spare("Funnel chart") is not None


def test_a_chart_taken_before_it_is_readied_is_left_to_the_funnel(qtbot: QtBot) -> None:
    ahead = ChartLibrary()
    ahead._make_spare()  # its readying follows in a step of its own
    taken = ahead.take_spare("Funnel chart")  # the Insights opened in between
    assert taken is not None
    qtbot.wait(30)  # the readying step comes round: nothing is drawn on a taken chart
    assert taken.getPlotItem().items == []


def next_stop(widget: QWidget) -> QWidget:
    """Where Tab goes from `widget`: the next visible, enabled widget that takes Tab focus."""
    found = widget.nextInFocusChain()
    while not (
        found.isVisible()
        and found.isEnabled()
        and found.focusPolicy() & Qt.FocusPolicy.TabFocus
        and found.focusProxy() is None
    ):
        found = found.nextInFocusChain()
    return found


def test_the_custom_dates_are_made_when_chosen_and_come_next_in_the_tab_order(
    qtbot: QtBot, services: Services
) -> None:
    services.pipeline.load_sample()
    panel = panel_of(insights(qtbot, services))
    assert panel._custom is None  # not made for the first screen
    assert next_stop(panel.range_box) is panel.rules_button
    panel.range_box.setCurrentIndex(CUSTOM)
    assert panel._custom is not None
    assert panel.from_edit.isVisible() and panel.to_edit.isVisible()
    bar = panel.bar
    at = bar.indexOf(panel.range_box)
    assert [bar.itemAt(at + i).widget() for i in range(1, 5)] == [
        panel.from_label,
        panel.from_edit,
        panel.to_label,
        panel.to_edit,
    ]
    after_range = next_stop(panel.range_box)
    assert after_range is panel.from_edit or panel.from_edit.isAncestorOf(after_range)
    after_from = next_stop(after_range)
    assert after_from is panel.to_edit or panel.to_edit.isAncestorOf(after_from)
    assert next_stop(after_from) is panel.rules_button
    # The last 90 days at first, as before they were made on demand.
    assert panel.from_edit.date().daysTo(panel.to_edit.date()) == 89
    assert "of 82 applications" in panel.scope_label.text()


def test_the_empty_page_is_made_only_for_an_empty_search(qtbot: QtBot, services: Services) -> None:
    services.pipeline.load_sample()
    panel = panel_of(insights(qtbot, services))
    assert panel._empty is None
    assert panel.stack.count() == 1


@pytest.mark.parametrize("size", [(900, 600), (1920, 1080)])
def test_the_insights_are_laid_out_as_after_a_resize(
    qtbot: QtBot, services: Services, size: tuple[int, int]
) -> None:
    """The tab and the funnel page hold their contents without a layout between (Room):
    the first screen is the one the window shows after being resized away and back."""
    services.pipeline.load_sample()
    window = insights(qtbot, services, size)
    panel = panel_of(window)
    funnel = panel.funnel_view
    drawn(qtbot, funnel.chart)
    qtbot.wait(50)
    first = window.grab().toImage()
    geometries = [w.geometry() for w in (panel, funnel, funnel.chart, funnel.table)]
    assert panel.size() == window.insights_tab.size()
    assert funnel.layout() is None and funnel.children()  # its body holds the layout
    window.resize(size[0] + 150, size[1] + 90)
    qtbot.wait(50)
    window.resize(*size)
    qtbot.waitUntil(lambda: panel.size() == window.insights_tab.size())
    qtbot.wait(50)
    assert [w.geometry() for w in (panel, funnel, funnel.chart, funnel.table)] == geometries
    assert window.grab().toImage() == first


class WindowPaints(QObject):
    """Counts the paints of the whole of `window`'s tabs (each begins at the window; a part
    of one repainted, a list say, does not count)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self.count = 0
        self._middle = window.tabs.mapTo(window, window.tabs.rect().center())
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The window's own part of a paint is what its children leave uncovered: its bounds.
        if isinstance(event, QPaintEvent) and event.region().boundingRect().contains(self._middle):
            self.count += 1
        return False


def test_the_tab_shown_after_the_insights_is_painted_once(qtbot: QtBot, services: Services) -> None:
    """Hidden, a chart was told its window had gone inactive, repainted itself, and had the
    whole window painted before the tab chosen next was laid out: then again after."""
    services.pipeline.load_sample()
    window = insights(qtbot, services)
    chart = drawn(qtbot, panel_of(window).funnel_view.chart)
    qtbot.wait(50)  # its items settle in the turn after they are drawn
    before = chart.grab().toImage()
    paints = WindowPaints(window)
    assert window.select_tab("Feedback")
    qtbot.waitUntil(lambda: paints.count > 0)
    qtbot.wait(100)  # the layouts and timers of the turns after
    assert paints.count == 1
    assert window.select_tab("Insights")  # and the chart is drawn as it was
    qtbot.wait(50)
    assert chart.grab().toImage() == before
