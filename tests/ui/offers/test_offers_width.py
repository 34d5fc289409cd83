"""The Offers table in the demo's search at 900x600 and 1920x1080: it never scrolls sideways,
the totals the offers are compared by are always in view, no column is cut to nothing, the
parts that give way in a narrow window are named and still read from the totals' tooltips."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from jobdesk.services.bundle import Services
from jobdesk.services.demo import load_demo
from jobdesk.ui.dialogs.common import plain_tooltip
from jobdesk.ui.offers.model import (
    COL_BASE,
    COL_BONUS,
    COL_COMPANY,
    COL_EQUITY,
    COL_FIRST_YEAR,
    COL_NOTES,
    COL_SIGN_ON,
    COL_START,
    COL_TITLE,
    COL_YEARLY,
    HEADERS,
)
from jobdesk.ui.offers.tab import OffersTab
from jobdesk.ui.shell.main_window import MainWindow


def offers_at(qtbot: QtBot, services: Services, width: int, height: int) -> OffersTab:
    load_demo(services)
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.resize(width, height)
    window.show()
    qtbot.waitExposed(window)
    assert window.select_tab("Offers")
    tab = window.offers_tab
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2)
    qtbot.waitUntil(lambda: tab.table.viewport().width() < width - 16)
    return tab


def shown(table: QTableView) -> list[int]:
    return [c for c in range(len(HEADERS)) if not table.isColumnHidden(c)]


def right_edge(table: QTableView, column: int) -> int:
    header = table.horizontalHeader()
    return header.sectionViewportPosition(column) + header.sectionSize(column)


def assert_fits_whole_titles(table: QTableView) -> None:
    header = table.horizontalHeader()
    assert table.horizontalScrollBar().maximum() == 0
    for column in shown(table):
        assert 0 < right_edge(table, column) <= table.viewport().width(), HEADERS[column]
        title = header.fontMetrics().horizontalAdvance(HEADERS[column])
        assert table.columnWidth(column) > title, HEADERS[column]


def test_at_900_by_600_the_totals_are_in_view_and_nothing_scrolls_sideways(
    qtbot: QtBot, services: Services
) -> None:
    tab = offers_at(qtbot, services, 900, 600)
    table = tab.table
    assert table.viewport().width() == 880
    # Before: all fourteen columns, 1,351 px in 880; Bonus and what follows it sat off-screen.
    assert [HEADERS[c] for c in shown(table)] == [
        "Company",
        "Role",
        "Status",
        "Reply by",
        "Days left",
        "First year",
        "Yearly total",
        "Converted",
        "Base",
    ]
    assert_fits_whole_titles(table)
    assert right_edge(table, COL_BASE) == 880
    # The names are whole: no need to cut them while parts can give way.
    metrics = table.fontMetrics()
    for row in range(tab.model.rowCount()):
        summary = tab.model.summary(row)
        assert table.columnWidth(COL_COMPANY) > metrics.horizontalAdvance(summary.company)
    # What gave way is named over the header, and the totals' tooltips hold the parts.
    assert table.horizontalHeader().toolTip() == (
        "Hidden while the window is narrow: Bonus / yr, Equity / yr, Sign-on, Start, "
        "Notes. Widen the window to see them, or choose Edit… for every term of an offer."
    )
    bastion = next(
        r for r in range(tab.model.rowCount()) if tab.model.summary(r).company == "Bastion Cloud"
    )
    tips = [
        tab.model.index(bastion, column).data(Qt.ItemDataRole.ToolTipRole)
        for column in (COL_FIRST_YEAR, COL_YEARLY)
    ]
    assert tips == [
        plain_tooltip(
            "First year: base $172,000 + bonus $17,200 + equity $30,000 + sign-on $15,000 "
            "= $234,200"
        ),
        plain_tooltip("Yearly total: base $172,000 + bonus $17,200 + equity $30,000 = $219,200"),
    ]


def test_at_1920_by_1080_every_column_is_back(qtbot: QtBot, services: Services) -> None:
    tab = offers_at(qtbot, services, 1920, 1080)
    table = tab.table
    assert shown(table) == [c for c in range(len(HEADERS))]
    assert_fits_whole_titles(table)
    # Notes take the room that is left, to the table's edge.
    assert right_edge(table, COL_NOTES) == table.viewport().width()
    assert table.horizontalHeader().toolTip() == ""
    for column in (COL_BASE, COL_BONUS, COL_EQUITY, COL_SIGN_ON, COL_START, COL_TITLE):
        assert not table.isColumnHidden(column)


def test_a_column_the_user_sized_keeps_its_width(qtbot: QtBot, services: Services) -> None:
    tab = offers_at(qtbot, services, 1920, 1080)
    table = tab.table
    table.horizontalHeader().resizeSection(COL_COMPANY, 300)  # as a drag of its edge does
    window = table.window()
    window.resize(900, 600)
    qtbot.waitUntil(lambda: table.viewport().width() == 880)
    # No longer fitted: the user's width stays, and the columns with it (it scrolls).
    assert table.columnWidth(COL_COMPANY) == 300
    assert shown(table) == [c for c in range(len(HEADERS))]
    # The widths fitted to 1920 px, Company's made 300: 2,032 px in 880, scrolled sideways.
    assert table.horizontalHeader().length() == 2032
    assert table.horizontalScrollBar().maximum() == 11  # Qt scrolls a column at a time
