"""The first-run texts (Pipeline, Today, Board, Insights, Offers) are shown whole at small and
large sizes, and those of Today and the Board say how to start."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from jobdesk.domain.enums import Stage
from jobdesk.services.bundle import Services
from jobdesk.ui.shell.main_window import MainWindow


def texts_of(page: QWidget) -> list[QLabel]:
    return [label for label in page.findChildren(QLabel) if label.wordWrap() and label.text()]


@pytest.mark.parametrize("size", [(900, 600), (1200, 760), (1920, 1080)])
@pytest.mark.parametrize("tab", ["Pipeline", "Today", "Board", "Insights", "Offers"])
def test_every_line_of_the_first_run_text_fits_its_label(
    qtbot: QtBot, services: Services, tab: str, size: tuple[int, int]
) -> None:
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    assert window.select_tab(tab)
    if tab == "Insights":
        qtbot.waitUntil(lambda: window.insights_tab.loaded)
        panel = window.insights_tab.panel
        assert panel is not None
        page: QWidget = panel.empty
    elif tab == "Offers":
        page = window.offers_tab.empty_state.parentWidget()
    elif tab == "Today":
        page = window.today_tab.empty_state
    elif tab == "Board":
        page = window.board_tab.empty_state
    else:
        page = window.pipeline_tab.empty_state
    qtbot.waitUntil(page.isVisible)
    qtbot.wait(20)  # the layout settles once shown

    labels = texts_of(page)
    assert labels
    for label in labels:
        # A wrapped label shorter than the height its text needs at its width cuts lines.
        needed = label.heightForWidth(label.width())
        assert label.height() >= needed, (label.text()[:40], label.size(), needed)
        assert label.width() <= 560


@pytest.mark.parametrize("tab", ["Today", "Board"])
def test_today_and_the_board_say_how_to_start_and_start_from_there(
    qtbot: QtBot, services: Services, tab: str
) -> None:
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.select_tab(tab)
    view = window.today_tab if tab == "Today" else window.board_tab
    empty = view.empty_state
    assert empty.isVisible()
    said = [label.text() for label in empty.findChildren(QLabel)]
    assert said[0] == (
        "<h2>Nothing to do yet</h2>" if tab == "Today" else "<h2>No applications yet</h2>"
    )
    assert said[1].endswith(
        "Add the first application you have sent, or load a sample search to look around. "
        "The sample can be removed again with Undo."
    )
    assert (empty.add_button.text(), empty.sample_button.text()) == (
        "&Add an application",
        "Load a &sample search",
    )
    empty.sample_button.click()
    assert len(window.rows) == 82
    assert window.tabs.currentWidget() is view  # it stays, now with the sample on it
    assert not empty.isVisible()
    if tab == "Today":
        assert window.today_tab.table.isVisible()
        assert window.today_tab.model.rowCount() > 0
    else:
        assert window.board_tab.column(Stage.APPLIED).model.rowCount() > 0
    window.undo()
    assert empty.isVisible()
