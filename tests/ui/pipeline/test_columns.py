"""The pipeline's columns fit the window: no sideways scrolling at the default size nor at
900×600 (the less important columns give way, and come back from the header's menu), the
spare room to Company, empty columns only as wide as their titles, cut texts whole in their
tooltips."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtGui import QAction, QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip
from pytestqt.qtbot import QtBot

from jobdesk.domain.application import ApplicationDetails
from jobdesk.services.bundle import Services
from jobdesk.ui.dialogs.common import plain_tooltip
from jobdesk.ui.dialogs.fitted_columns import Need, plan_widths
from jobdesk.ui.pipeline.model import (
    COL_CHANNEL,
    COL_COMPANY,
    COL_IDLE_DAYS,
    COL_LAST_ACTIVITY,
    COL_NEXT_STEP,
    COL_NEXT_STEP_ON,
    COL_ROLE,
    COL_STAGE,
    COL_VARIANT,
    HEADERS,
)
from jobdesk.ui.shell.main_window import MainWindow
from tests.conftest import TODAY

MUST_SHOW = (COL_COMPANY, COL_ROLE, COL_STAGE, COL_LAST_ACTIVITY, COL_IDLE_DAYS, COL_NEXT_STEP)


@pytest.fixture
def window(qtbot: QtBot, services: Services) -> MainWindow:
    services.pipeline.load_sample()
    w = MainWindow(services)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def visible(window: MainWindow) -> dict[int, int]:
    table = window.pipeline_tab.table
    return {c: table.columnWidth(c) for c in range(len(HEADERS)) if not table.isColumnHidden(c)}


def test_at_the_default_size_every_shown_column_fits_without_scrolling(
    qtbot: QtBot, window: MainWindow
) -> None:
    assert (window.width(), window.height()) == (1200, 760), "the default window size"
    table = window.pipeline_tab.table
    widths = visible(window)
    assert set(MUST_SHOW) <= set(widths)
    assert table.isColumnHidden(COL_CHANNEL) and table.isColumnHidden(COL_VARIANT)
    assert sum(widths.values()) == table.viewport().width()
    assert table.horizontalScrollBar().maximum() == 0
    header = table.horizontalHeader()
    for column in widths:
        title = header.fontMetrics().horizontalAdvance(HEADERS[column])
        assert widths[column] > title, f"the title {HEADERS[column]!r} is cut"


def test_at_1920_px_company_takes_the_room(qtbot: QtBot, window: MainWindow) -> None:
    window.resize(1920, 1080)
    qtbot.waitUntil(lambda: visible(window)[COL_COMPANY] > 300)
    widths = visible(window)
    assert max(widths, key=lambda c: widths[c]) == COL_COMPANY
    assert sum(widths.values()) == window.pipeline_tab.table.viewport().width()


def test_an_empty_column_is_only_as_wide_as_its_title(qtbot: QtBot, services: Services) -> None:
    services.pipeline.add(
        ApplicationDetails("Vertex 22 Systems Engineering", "SRE", TODAY - timedelta(days=3))
    )
    w = MainWindow(services)
    qtbot.addWidget(w)
    w.resize(1920, 1080)
    w.show()
    qtbot.waitExposed(w)
    widths = visible(w)
    title = w.pipeline_tab.table.horizontalHeader().fontMetrics().horizontalAdvance("Next step")
    assert widths[COL_NEXT_STEP] == title + 18
    others = sum(width for column, width in widths.items() if column != COL_COMPANY)
    assert widths[COL_COMPANY] == w.pipeline_tab.table.viewport().width() - others
    assert widths[COL_COMPANY] > 2 * widths[COL_ROLE]


def test_a_column_the_user_sized_keeps_its_width(qtbot: QtBot, window: MainWindow) -> None:
    window.pipeline_tab.table.setColumnWidth(COL_ROLE, 333)
    window.resize(1600, 900)
    qtbot.waitUntil(lambda: window.pipeline_tab.table.viewport().width() > 1000)
    assert window.pipeline_tab.table.columnWidth(COL_ROLE) == 333


def test_plan_widths_shrinks_text_columns_to_the_exact_width() -> None:
    needs = {0: Need(90, 300, True), 1: Need(90, 201, True), 2: Need(80, 80)}
    assert plan_widths(needs, 400, 0) == {0: 181, 1: 139, 2: 80}
    assert sum(plan_widths(needs, 333, 0).values()) == 333
    # Never below a minimum: past that the table scrolls.
    assert plan_widths(needs, 100, 0) == {0: 90, 1: 90, 2: 80}
    # Room to spare goes to the stretch column.
    assert plan_widths(needs, 1000, 0) == {0: 719, 1: 201, 2: 80}


def at_size(qtbot: QtBot, window: MainWindow, width: int, height: int) -> None:
    window.resize(width, height)
    qtbot.waitUntil(lambda: window.pipeline_tab.table.viewport().width() < width - 200)


def narrow_window(qtbot: QtBot, services: Services) -> MainWindow:
    w = MainWindow(services)
    qtbot.addWidget(w)
    w.resize(900, 600)
    w.show()
    qtbot.waitExposed(w)
    return w


def menu_item(window: MainWindow, text: str) -> QAction:
    (item,) = [a for a in window.pipeline_tab.columns.column_menu().actions() if a.text() == text]
    return item


def titles(window: MainWindow) -> list[str]:
    return [HEADERS[c] for c in visible(window)]


def test_at_900_by_600_nothing_scrolls_sideways(qtbot: QtBot, window: MainWindow) -> None:
    """The less important columns give way; what is left fits, titles whole, names readable."""
    at_size(qtbot, window, 900, 600)
    table = window.pipeline_tab.table
    widths = visible(window)
    assert titles(window) == ["Company", "Role", "Stage", "Outcome", "Applied", "Next step"]
    assert window.pipeline_tab.columns.given_way == {
        COL_LAST_ACTIVITY,
        COL_NEXT_STEP_ON,
        COL_IDLE_DAYS,
    }
    assert table.viewport().width() == 622
    assert sum(widths.values()) == 622
    assert table.horizontalScrollBar().maximum() == 0
    assert (widths[COL_COMPANY], widths[COL_ROLE], widths[COL_NEXT_STEP]) == (125, 107, 116)
    header = table.horizontalHeader()
    for column in widths:
        assert widths[column] > header.fontMetrics().horizontalAdvance(HEADERS[column])
    # Room again: every column is back.
    at_size(qtbot, window, 1920, 1080)
    assert window.pipeline_tab.columns.given_way == frozenset()
    assert len(visible(window)) == len(HEADERS) - 2  # all but Channel and Resume


def test_a_column_that_gave_way_is_shown_from_the_header_menu_and_remembered(
    qtbot: QtBot, services: Services
) -> None:
    services.pipeline.load_sample()
    window = narrow_window(qtbot, services)
    menu = window.pipeline_tab.columns.column_menu()
    texts = [a.text() for a in menu.actions()]
    assert "Last activity (hidden: the window is narrow)" in texts
    assert "Channel" in texts and "Stage" in texts
    (last_activity,) = [a for a in menu.actions() if a.text().startswith("Last activity")]
    assert not last_activity.isChecked()
    last_activity.trigger()
    # It stays; the next column in line gives way instead, and still nothing scrolls.
    assert titles(window) == ["Company", "Role", "Stage", "Outcome", "Applied", "Last activity"]
    assert window.pipeline_tab.table.horizontalScrollBar().maximum() == 0
    (channel,) = [
        a for a in window.pipeline_tab.columns.column_menu().actions() if a.text() == "Channel"
    ]
    channel.trigger()
    assert "Channel" in titles(window)
    window.save_state()
    window.close()

    again = narrow_window(qtbot, services)
    assert "Last activity" in titles(again) and "Channel" in titles(again)
    assert again.pipeline_tab.table.horizontalScrollBar().maximum() == 0
    (hide,) = [
        a for a in again.pipeline_tab.columns.column_menu().actions() if a.text() == "Channel"
    ]
    hide.trigger()
    at_size(qtbot, again, 1920, 1080)
    assert "Channel" not in titles(again)  # hidden by the user: at every width
    assert "Last activity" in titles(again) and "Next step on" in titles(again)


def test_a_cut_text_shows_whole_in_its_tooltip(qtbot: QtBot, window: MainWindow) -> None:
    at_size(qtbot, window, 900, 600)
    table = window.pipeline_tab.table
    model = table.model()
    row = next(
        r
        for r in range(model.rowCount())
        if str(model.index(r, COL_NEXT_STEP).data()).startswith("Follow up if no reply")
    )
    cell = model.index(row, COL_NEXT_STEP)
    table.scrollTo(cell)
    whole = str(cell.data())
    assert table.fontMetrics().horizontalAdvance(whole) > table.columnWidth(COL_NEXT_STEP)
    assert table.cell_tooltip(cell) == plain_tooltip(whole)
    assert table.cell_tooltip(model.index(row, COL_STAGE)) == ""  # whole already
    centre = table.visualRect(cell).center()
    event = QHelpEvent(QEvent.Type.ToolTip, centre, table.viewport().mapToGlobal(centre))
    QApplication.sendEvent(table.viewport(), event)
    assert QToolTip.text() == plain_tooltip(whole)
