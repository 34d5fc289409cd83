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
from jobdesk.ui.offers import column_widths
from jobdesk.ui.offers.column_widths import widest_cell
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
    table, shown = tab.table, tab.proxy
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
        0 if table.isColumnHidden(c) else widest_cell(table, tab.model, tab.proxy, c)
        for c in range(tab.proxy.columnCount())
    ]


def offers_tab(qtbot: QtBot, services: Services) -> OffersTab:
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    assert window.select_tab("Offers")
    return window.offers_tab


def test_the_widths_are_those_of_every_cell_measured(qtbot: QtBot, made: Services) -> None:
    tab = offers_tab(qtbot, made)
    assert tab.proxy.rowCount() == 29  # accepted, declined and closed ones
    for show_decided in (True, False):
        tab.show_decided.setChecked(show_decided)
        assert widest(tab) == every_cell(tab)


def test_one_cell_measured_per_column_is_enough_with_a_deadline_in_bold(
    qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Even measuring only the widest text of each column (and the bold cells), the widths
    are those of every cell measured, with a reply due soon drawn in bold."""
    monkeypatch.setattr(column_widths, "MEASURED", 1)
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
