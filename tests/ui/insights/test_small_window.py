"""Insights in a 900x600 window, as a new user first sees it: the line saying what is counted
shows whole (wrapped beside the date range), the funnel table fits
the width, less important columns giving way and coming back with room, and the leaking
stage is read without scrolling, its explanations one click away."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from jobdesk.services.bundle import Services
from jobdesk.ui.insights.funnel_view import COL_REFERENCE, HEADERS
from jobdesk.ui.insights.leak_panel import LeakPanel
from jobdesk.ui.insights.panel import LAST_90, InsightsPanel
from tests.ui.insights.charts_drawn import demo_insights


def insights_at(qtbot: QtBot, services: Services, width: int, height: int) -> InsightsPanel:
    panel = demo_insights(qtbot, services, width, height)
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


def shown_whole(label: QLabel) -> bool:
    """The label's text is all drawn: wrapped at its width, it needs no more height than the
    label has, and nothing over it (the pages below) hides any of it."""
    room = label.contentsRect()
    needed = label.heightForWidth(room.width()) if label.wordWrap() else label.sizeHint().height()
    one_line = label.fontMetrics().horizontalAdvance(label.text()) <= room.width()
    fits = (label.wordWrap() or one_line) and needed <= room.height()
    return fits and label.visibleRegion().boundingRect() == label.rect()


def test_at_900_by_600_what_is_counted_is_shown_whole(qtbot: QtBot, services: Services) -> None:
    panel = insights_at(qtbot, services, 900, 600)
    label = panel.scope_label
    text = label.text()
    assert text.startswith("82 applications. No reply within 30 days counts as no response")
    assert text.endswith("a rate needs 5 resolved applications.")
    # It was one line ended with "…" ("…and younger applicat…"): it wraps instead.
    assert label.width() < label.fontMetrics().horizontalAdvance(text)
    assert shown_whole(label)
    assert label.geometry().bottom() < panel.stack.geometry().top()


def test_at_1920_by_1080_what_is_counted_shows_whole(qtbot: QtBot, services: Services) -> None:
    panel = insights_at(qtbot, services, 1920, 1080)
    assert shown_whole(panel.scope_label)


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

    # A range beside all dates adds a column: at 900 px all ten fit (measured as the other
    # tables are: a sort arrow is room only in the sorted column's title).
    panel.range_box.setCurrentIndex(LAST_90)
    qtbot.wait(1)
    assert table.model().columnCount() == 10
    assert panel.funnel_view.columns.given_way == ()
    assert table.horizontalScrollBar().maximum() == 0
    assert cut_cells(panel) == []
    # Narrower still, the reference (also on the chart) gives way.
    panel.window().resize(800, 600)
    qtbot.waitUntil(lambda: table.isColumnHidden(COL_REFERENCE))
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


def shown_labels(panel: LeakPanel) -> dict[str, str]:
    """The panel's paragraphs in view, by name, each checked to be shown whole: as tall as
    its text needs at its width, and not under the scroll bar."""
    shown = {}
    for label in panel.labels():
        if label.isVisible():
            assert label.height() == label.heightForWidth(label.width()), label.accessibleName()
            shown[label.accessibleName()] = label.text()
    assert panel.body.width() == panel.viewport().width()
    return shown


def test_at_900_by_600_the_leaking_stage_is_read_without_scrolling(
    qtbot: QtBot, services: Services
) -> None:
    leak = insights_at(qtbot, services, 900, 600).funnel_view.leak_panel
    # Before, the panel needed a scroll (and its paragraphs overlapped): 10 lines in 187 px.
    assert leak.verticalScrollBar().maximum() == 0
    shown = shown_labels(leak)
    assert list(shown) == ["Too early to judge", "Leaking stage"]
    assert (
        "Application → response: too early: 8 of 26 have replied so far."
        in shown["Too early to judge"]
    )
    assert "Leaking stage: Technical → final round" in shown["Leaking stage"]
    assert "50% moved on (5 of 10) against a reference of 60%." in shown["Leaking stage"]
    for button in (leak.more_button, leak.improve_button):
        assert button.isVisible()
        assert button.geometry().bottom() < leak.viewport().height()
    assert leak.more_button.text() == "&More ▾"

    # The explanations are one click away; opened, the panel scrolls rather than clips.
    leak.more_button.click()
    qtbot.waitUntil(lambda: leak.verticalScrollBar().isVisible())
    shown = shown_labels(leak)
    assert list(shown) == [
        "Too early to judge",
        "Why it is too early",
        "Leaking stage",
        "Likely causes",
    ]
    assert "26 applications were sent less than 30 days ago" in shown["Why it is too early"]
    assert "Likely causes" in shown["Likely causes"]
    assert "Your debriefs are the place to look." in shown["Likely causes"]
    assert "Too little data, or too early, to judge: Final round → offer." in shown["Likely causes"]
    assert leak.verticalScrollBar().maximum() > 0
    assert leak.more_button.text() == "&Less ▴"
    leak.more_button.click()
    qtbot.waitUntil(lambda: not leak.verticalScrollBar().isVisible())
    assert list(shown_labels(leak)) == ["Too early to judge", "Leaking stage"]
    assert leak.verticalScrollBar().maximum() == 0

    # A range beside all dates adds a line; it still fits.
    leak.window().findChild(InsightsPanel).range_box.setCurrentIndex(LAST_90)
    qtbot.wait(20)
    shown = shown_labels(leak)
    assert list(shown) == ["Too early to judge", "Leaking stage", "Leaking stage, all dates"]
    assert (
        "All dates: Technical → final round, 50% against 60%" in shown["Leaking stage, all dates"]
    )
    assert leak.verticalScrollBar().maximum() == 0


def test_at_1920_by_1080_the_leaking_stage_shows_whole(qtbot: QtBot, services: Services) -> None:
    leak = insights_at(qtbot, services, 1920, 1080).funnel_view.leak_panel
    assert list(shown_labels(leak)) == [
        "Too early to judge",
        "Why it is too early",
        "Leaking stage",
        "Likely causes",
    ]
    assert leak.more_button.isHidden()
    assert leak.verticalScrollBar().maximum() == 0
