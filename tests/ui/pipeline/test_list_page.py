"""The Pipeline's page of rows (search, filters, table, details): a new search shows its
empty state first and builds the page right after the first paint; with rows it is built
with the window; either way it takes Delete, file drops and the layout the user left."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

from pytestqt.qtbot import QtBot

from jobdesk.paths import Paths, prepare
from jobdesk.services.backups import open_data
from jobdesk.services.bundle import Services, build_services
from jobdesk.services.late import LateServices
from jobdesk.ui.pipeline.model import COL_ROLE
from jobdesk.ui.shell.main_window import MainWindow

TODAY = date(2026, 11, 20)


def new_search(tmp_path: Path, name: str = "new") -> tuple[LateServices, Paths]:
    paths = prepare(Paths(tmp_path / name))
    late = LateServices(
        paths, lambda: build_services(open_data(paths), paths, today=lambda: TODAY), lambda: TODAY
    )
    return late, paths


def test_a_new_search_builds_its_page_of_rows_after_the_first_paint(
    qtbot: QtBot, tmp_path: Path
) -> None:
    late, _paths = new_search(tmp_path)
    window = MainWindow(late)
    qtbot.addWidget(window)
    tab = window.pipeline_tab
    assert not tab.list_built  # nothing to list: the empty state alone
    assert tab.selected_ids() == [] and tab.current_application() is None
    window.show()
    qtbot.waitUntil(lambda: tab.list_built)
    assert tab.stack.currentWidget() is tab.empty_state  # built out of sight
    assert tab.stack.indexOf(tab.splitter) == 1
    assert window.delete_action in tab.table.actions()
    qtbot.waitUntil(lambda: tab.table.viewport().acceptDrops())  # rows take dropped files


def test_rows_arriving_in_a_new_search_show_in_the_page(qtbot: QtBot, tmp_path: Path) -> None:
    late, _paths = new_search(tmp_path)
    window = MainWindow(late)
    qtbot.addWidget(window)
    tab = window.pipeline_tab
    window.sample_action.trigger()  # before the window has even painted
    assert tab.list_built
    assert tab.stack.currentWidget() is tab.splitter
    assert tab.table.model().rowCount() == 82  # the sample search
    tab.select_first_row()
    assert tab.detail.toPlainText().startswith(tab.current_application().details.company)


def test_a_new_search_asked_to_find_builds_the_page_first(qtbot: QtBot, tmp_path: Path) -> None:
    late, _paths = new_search(tmp_path)
    window = MainWindow(late)
    qtbot.addWidget(window)
    window.find_action.trigger()  # Ctrl+F before the page is there
    assert window.pipeline_tab.list_built
    assert window.pipeline_tab.search_edit.text() == ""


def test_the_page_built_late_takes_the_layout_the_user_left(
    qtbot: QtBot, services: Services, paths: Paths, tmp_path: Path
) -> None:
    services.pipeline.load_sample()
    first = MainWindow(services)
    qtbot.addWidget(first)
    first.resize(1200, 760)
    first.show()
    qtbot.waitExposed(first)
    first.pipeline_tab.splitter.setSizes([700, 480])
    first.pipeline_tab.table.horizontalHeader().resizeSection(COL_ROLE, 333)  # by the user
    sizes = first.pipeline_tab.splitter.sizes()
    first.save_state()
    first.close()

    late, new_paths = new_search(tmp_path)
    new_paths.ui_settings.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(paths.ui_settings, new_paths.ui_settings)  # the same user's layout
    window = MainWindow(late)
    qtbot.addWidget(window)
    window.resize(1200, 760)
    window.show()
    tab = window.pipeline_tab
    qtbot.waitUntil(lambda: tab.list_built)
    tab.stack.setCurrentWidget(tab.splitter)  # as when the first row comes
    assert tab.splitter.sizes() == sizes
    assert tab.columns.user_sized
    assert tab.table.horizontalHeader().sectionSize(COL_ROLE) == 333


def test_a_window_closed_before_its_page_was_built_keeps_the_layout_left_before(
    qtbot: QtBot, services: Services, paths: Paths, tmp_path: Path
) -> None:
    services.pipeline.load_sample()
    first = MainWindow(services)
    qtbot.addWidget(first)
    first.pipeline_tab.table.horizontalHeader().resizeSection(COL_ROLE, 333)
    first.save_state()
    first.close()
    late, new_paths = new_search(tmp_path)
    new_paths.ui_settings.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(paths.ui_settings, new_paths.ui_settings)
    window = MainWindow(late)
    qtbot.addWidget(window)
    window.save_state()  # closed at once: the page was never built
    assert not window.pipeline_tab.list_built
    again = MainWindow(late)
    qtbot.addWidget(again)
    assert again.pipeline_tab.columns.user_sized
    assert again.pipeline_tab.table.horizontalHeader().sectionSize(COL_ROLE) == 333


def test_a_window_reopened_fits_its_columns_to_the_sort_the_user_left(
    qtbot: QtBot, services: Services
) -> None:
    """Reopened, the page (built with the window, as there are rows) sorts as the user left
    it and fits its columns as that window did: the sorted title makes room for its arrow."""
    services.pipeline.load_sample()
    first = MainWindow(services)
    qtbot.addWidget(first)
    first.resize(1200, 760)
    first.show()
    qtbot.waitExposed(first)
    header = first.pipeline_tab.table.horizontalHeader()
    header.setSortIndicator(COL_ROLE, header.sortIndicatorOrder())  # fitted again at once
    widths = [header.sectionSize(c) for c in range(header.count())]
    first.save_state()
    first.close()

    again = MainWindow(services)
    qtbot.addWidget(again)
    again.resize(1200, 760)
    again.show()
    qtbot.waitExposed(again)
    header = again.pipeline_tab.table.horizontalHeader()
    assert header.sortIndicatorSection() == COL_ROLE
    assert [header.sectionSize(c) for c in range(header.count())] == widths
