"""Insights in a 900x600 window, as a new user first sees it: the line saying what is counted
shows whole or ends with "…" and gives the whole in its tooltip, and the funnel table fits
the width, less important columns giving way and coming back with room."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from jobdesk.services.bundle import Services
from jobdesk.ui.dialogs.common import plain_tooltip
from jobdesk.ui.insights.funnel_view import COL_REFERENCE, HEADERS
from jobdesk.ui.insights.panel import LAST_90, InsightsPanel
from jobdesk.ui.shell.main_window import MainWindow


def insights_at(qtbot: QtBot, services: Services, width: int, height: int) -> InsightsPanel:
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
    qtbot.wait(20)  # the layout settles once shown
    return panel


def cut_cells(panel: InsightsPanel) -> list[str]:
    """Cells of the funnel table shown narrower than their text."""
    table = panel.funnel_view.table
    model = table.model()
    return [
        str(model.index(row, column).data())
        for column in range(model.columnCount())
        if not table.isColumnHidden(column)
        for row in range(model.rowCount())
        if table.sizeHintForColumn(column) > table.columnWidth(column)
    ]


def test_at_900_by_600_what_is_counted_is_one_whole_line_or_ends_in_its_tooltip(
    qtbot: QtBot, services: Services
) -> None:
    panel = insights_at(qtbot, services, 900, 600)
    label = panel.scope_label
    text = label.text()
    assert text.startswith("82 applications. No reply within 30 days counts as no response")
    # Wrapped beside the date range, its second line was cut off at the bottom.
    assert not label.wordWrap()
    assert label.contentsRect().height() >= label.fontMetrics().height()
    assert label.is_elided()
    assert label.shown_text().endswith("…")
    assert label.toolTip() == plain_tooltip(text)
    assert label.width() < label.fontMetrics().horizontalAdvance(text)


def test_at_1920_by_1080_what_is_counted_shows_whole(qtbot: QtBot, services: Services) -> None:
    panel = insights_at(qtbot, services, 1920, 1080)
    assert not panel.scope_label.is_elided()
    assert panel.scope_label.shown_text() == panel.scope_label.text()


def test_at_900_px_the_funnel_table_does_not_scroll_sideways(
    qtbot: QtBot, services: Services
) -> None:
    panel = insights_at(qtbot, services, 900, 600)
    table = panel.funnel_view.table
    assert table.horizontalScrollBar().maximum() == 0
    assert table.verticalScrollBar().maximum() == 0, "all five steps in view"
    assert panel.funnel_view.columns.given_way == ()
    assert cut_cells(panel) == []
    # Titles on two lines; the copied table keeps them on one.
    titles = [table.model().headerData(c, Qt.Orientation.Horizontal) for c in range(9)]
    assert titles[6] == "Too early\n(replied so far)"
    assert table.text().splitlines()[0].split("\t") == HEADERS[:9]

    # A range beside all dates adds a column: the reference (also on the chart) gives way.
    panel.range_box.setCurrentIndex(LAST_90)
    qtbot.wait(1)
    assert table.model().columnCount() == 10
    assert panel.funnel_view.columns.given_way == (COL_REFERENCE,)
    assert table.isColumnHidden(COL_REFERENCE)
    assert table.horizontalScrollBar().maximum() == 0
    assert cut_cells(panel) == []
    assert table.horizontalHeader().toolTip() == (
        "Hidden while the window is narrow: Reference. Copy table copies every column."
    )
    assert table.text().splitlines()[0].split("\t") == HEADERS

    # With room, it comes back.
    panel.window().resize(1400, 800)
    qtbot.waitUntil(lambda: not table.isColumnHidden(COL_REFERENCE))
    assert panel.funnel_view.columns.given_way == ()
    assert table.horizontalHeader().toolTip() == ""


@pytest.mark.parametrize("size", [(900, 600), (1920, 1080)])
def test_the_funnels_chart_legend_and_table_do_not_overlap(
    qtbot: QtBot, services: Services, size: tuple[int, int]
) -> None:
    view = insights_at(qtbot, services, *size).funnel_view
    chart, legend, table = view.chart.geometry(), view.legend.geometry(), view.table.geometry()
    assert chart.bottom() < legend.top()
    assert view.save_button.geometry().bottom() < table.top()
    assert table.bottom() < view.hint.geometry().top()
