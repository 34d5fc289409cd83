"""The offers table's widest cells, found without measuring every cell: the same widths as
measuring every one of them, bold deadlines included (the columns are then fitted to them)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from benchmarks.make_data import build
from jobdesk.paths import Paths
from jobdesk.services.bundle import Services, build_services
from jobdesk.store.database import open_database
from jobdesk.ui.dialogs import fitted_columns
from jobdesk.ui.dialogs.fitted_columns import widest_cell
from jobdesk.ui.offers.tab import OffersTab
from jobdesk.ui.shell.main_window import MainWindow
from tests.conftest import TODAY


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("offer-widths") / "data"
    build(folder, 4000, seed=3, today=TODAY)
    return folder


@pytest.fixture
def made(folder: Path, tmp_path: Path) -> Iterator[Services]:
    copy = tmp_path / "data"
    shutil.copytree(folder, copy)
    paths = Paths(copy)
    db = open_database(paths.database, paths.backups)
    yield build_services(db, paths, today=lambda: TODAY)
    db.close()


def every_cell(tab: OffersTab) -> list[int]:
    """Each shown column's widest cell measured on every cell, as Qt measures."""
    table, shown = tab.table, tab.model
    grid = 1 if table.showGrid() else 0
    widths = []
    for column in range(shown.columnCount()):
        if table.isColumnHidden(column):
            widths.append(0)
            continue
        cells = [
            table.sizeHintForIndex(shown.index(r, column)).width() + grid
            for r in range(shown.rowCount())
        ]
        widths.append(max(cells, default=0))
    return widths


def widest(tab: OffersTab) -> list[int]:
    table = tab.table
    return [
        0
        if table.isColumnHidden(c)
        else widest_cell(table, c, tab.model.texts(c), tab.model.bold_rows(c))
        for c in range(tab.model.columnCount())
    ]


def offers_tab(qtbot: QtBot, services: Services) -> OffersTab:
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    assert window.select_tab("Offers")
    return window.offers_tab


def test_the_widths_are_those_of_every_cell_measured(qtbot: QtBot, made: Services) -> None:
    tab = offers_tab(qtbot, made)
    assert tab.model.rowCount() == 29  # accepted, declined and closed ones
    for show_decided in (True, False):
        tab.show_decided.setChecked(show_decided)
        assert widest(tab) == every_cell(tab)


def test_one_cell_measured_per_column_is_enough_with_a_deadline_in_bold(
    qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Even measuring only the widest text of each column (and the bold cells), the widths
    are those of every cell measured, with a reply due soon drawn in bold."""
    monkeypatch.setattr(fitted_columns, "MEASURED", 1)
    services.pipeline.load_sample()
    services.offers.load_sample()
    first, second = services.offers.summaries()
    # Due in seven days (plain) and in two (drawn in bold): texts of the same length.
    for summary, days in ((first, 7), (second, 2)):
        terms = replace(summary.offer.terms, deadline_on=TODAY + timedelta(days=days))
        services.offers.edit(summary.offer.id, terms)
    tab = offers_tab(qtbot, services)
    # As shown, the soonest reply first.
    assert [tab.model.summary(r).needs_reply_soon for r in range(tab.model.rowCount())] == [
        True,
        False,
    ]
    assert widest(tab) == every_cell(tab)


def test_the_model_sorts_each_column_as_qt_sorts_its_raw_values(
    qtbot: QtBot, made: Services
) -> None:
    """The model sorts itself (Qt's proxy sort cost ten thousand Python calls at 800
    offers): by each column either way, the same order as Qt's proxy sorting the same raw
    values, ties kept in the order the offers arrived."""
    from PySide6.QtCore import QSortFilterProxyModel, Qt

    from jobdesk.ui.offers.model import HEADERS, OFFER_ID_ROLE, SORT_ROLE, OffersModel

    summaries = made.offers.summaries()
    assert len(summaries) == 29
    arrived = OffersModel()
    arrived.set_rows(summaries)  # never sorted: as they arrived
    qt = QSortFilterProxyModel()
    qt.setSortRole(SORT_ROLE)
    qt.setSourceModel(arrived)
    sorting = OffersModel()
    sorting.set_rows(summaries)
    orders = 0
    for column in range(len(HEADERS)):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            qt.sort(column, order)
            expected = [qt.index(r, 0).data(OFFER_ID_ROLE) for r in range(qt.rowCount())]
            sorting.sort(column, order)
            shown = [sorting.summary(r).offer.id for r in range(sorting.rowCount())]
            assert shown == expected, (HEADERS[column], order)
            orders += len(set(shown)) == 29
    assert orders == 28


def test_the_chosen_offer_stays_chosen_through_sorts(qtbot: QtBot, made: Services) -> None:
    from PySide6.QtCore import Qt

    from jobdesk.ui.offers.model import COL_COMPANY, COL_DEADLINE

    tab = offers_tab(qtbot, made)
    chosen = tab.model.summary(28).offer.id
    tab.select_id(chosen)
    for column, order in (
        (COL_COMPANY, Qt.SortOrder.DescendingOrder),
        (COL_COMPANY, Qt.SortOrder.AscendingOrder),
        (COL_DEADLINE, Qt.SortOrder.AscendingOrder),
    ):
        tab.table.sortByColumn(column, order)
        assert tab.current_id() == chosen
        assert tab.table.currentIndex().row() == tab.model.row_of(chosen)
    tab.table.sortByColumn(COL_COMPANY, Qt.SortOrder.AscendingOrder)
    companies = [tab.model.index(r, COL_COMPANY).data() for r in range(29)]
    assert companies == sorted(companies, key=str.casefold)
