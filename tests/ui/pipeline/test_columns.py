"""The pipeline's columns fit the window: no sideways scrolling at the default size, the
spare room to Company, empty columns only as wide as their titles."""

from __future__ import annotations

from datetime import timedelta

import pytest
from pytestqt.qtbot import QtBot

from jobdesk.domain.application import ApplicationDetails
from jobdesk.services.bundle import Services
from jobdesk.ui.pipeline.columns import Need, plan_widths
from jobdesk.ui.pipeline.model import (
    COL_CHANNEL,
    COL_COMPANY,
    COL_IDLE_DAYS,
    COL_LAST_ACTIVITY,
    COL_NEXT_STEP,
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
