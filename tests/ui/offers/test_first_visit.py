"""The Offers tab's first visit and a large search's opening, made light: the offers are read
once while a large search opens (not again with the rest of its rows), the table's cells are
painted once on a first visit, and the page for no offers is made only when it is shown."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from peewee import SqliteDatabase
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QTableView, QWidget
from pytestqt.qtbot import QtBot

from benchmarks.make_data import build
from jobdesk.paths import Paths
from jobdesk.services.bundle import Services, build_services
from jobdesk.store.database import open_database
from jobdesk.ui.offers.model import COL_COMPANY
from jobdesk.ui.shell import main_window
from jobdesk.ui.shell.main_window import MainWindow
from tests.conftest import TODAY
from tests.ui.shell.test_refresh import Statements

APPLICATIONS = 1500


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("offers-first-visit") / "data"
    build(folder, APPLICATIONS, seed=5, today=TODAY)
    return folder


@pytest.fixture
def opened(folder: Path, tmp_path: Path) -> Iterator[tuple[Services, SqliteDatabase]]:
    copy = tmp_path / "data"
    shutil.copytree(folder, copy)
    paths = Paths(copy)
    db = open_database(paths.database, paths.backups)
    yield build_services(db, paths, today=lambda: TODAY), db
    db.close()


def full_reads(sql: Statements) -> list[str]:
    """The reads of every offer (not of one, nor of those waiting with a deadline near)."""
    return [s for s in sql.reading("offer") if " WHERE " not in s]


class TablePaints(QObject):
    """Counts the paints of the offers table's cells (its viewport), whenever it is made."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and isinstance(watched, QWidget):
            table = watched.parentWidget()
            if isinstance(table, QTableView) and table.viewport() is watched:
                self.count += table.accessibleName() == "Offers"
        return False


def test_a_large_search_reads_its_offers_once_while_it_opens(
    qtbot: QtBot,
    opened: tuple[Services, SqliteDatabase],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    services, db = opened
    monkeypatch.setattr(main_window, "OPEN_IN_BACKGROUND_ABOVE", 0)
    monkeypatch.setattr(main_window, "FIRST_SCREENFUL", 5)
    offers = services.offers.summaries()
    assert len(offers) == 10  # make_data's offers for this many applications
    gone = offers[0]
    with Statements(db) as sql:
        window = MainWindow(services)
        qtbot.addWidget(window)
        window.show()
        # An offer removed while the rest of the rows is read: no read shows it again.
        window.perform(lambda: services.offers.remove(gone.offer.id))
        qtbot.waitUntil(lambda: len(window.rows) == APPLICATIONS, timeout=20_000)
    # One read as the window opened, one for the removal; none with the rest of the rows.
    assert len(full_reads(sql)) == 2
    assert window.select_tab("Offers")
    model = window.offers_tab.model
    shown = sorted(model.index(r, COL_COMPANY).data() for r in range(model.rowCount()))
    assert shown == sorted(s.company for s in offers[1:])
    assert window.offers.due_label.isVisible() == bool(services.offers.replies_due())


def test_the_offers_cells_are_painted_once_on_a_first_visit(
    qtbot: QtBot, opened: tuple[Services, SqliteDatabase]
) -> None:
    services, _db = opened
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.resize(1200, 760)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: len(window.rows) == APPLICATIONS, timeout=20_000)
    qtbot.wait(300)  # what the window does once its rows are in (its status bar settles)
    paints = TablePaints()
    QApplication.instance().installEventFilter(paints)  # type: ignore[union-attr]
    assert window.select_tab("Offers")
    offers = window.offers_tab
    qtbot.waitUntil(lambda: paints.count > 0)
    qtbot.wait(100)  # the table's own timers (a column resized) fire in the next turns
    # Once, at the fitted widths: a resized column told the table again, after its paint,
    # and every cell was painted a second time.
    assert paints.count == 1
    header = offers.table.horizontalHeader()
    widths = [header.sectionSize(c) for c in range(header.count())]
    offers.columns.remeasure()
    assert [header.sectionSize(c) for c in range(header.count())] == widths
    # No page for an empty list was made behind the table.
    assert offers.stack.count() == 1
    QApplication.instance().removeEventFilter(paints)  # type: ignore[union-attr]
