"""The window opens with the keyboard in the shown tab's content (its list), not on the row
of tabs, whose focus frame runs round the whole row like a stray box. (The window's own
focus widget is checked: a window left open by another test may be the active one.)"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractItemView, QTabBar
from pytestqt.qtbot import QtBot

from jobdesk.services.bundle import Services
from jobdesk.ui.shell.main_window import MainWindow


@pytest.mark.parametrize("tab", ["Today", "Pipeline", "Insights", "Debriefs", "Offers", "Feedback"])
def test_the_window_opens_with_the_keyboard_in_the_tabs_list(
    qtbot: QtBot, services: Services, tab: str
) -> None:
    services.pipeline.load_sample()
    services.feedback.load_sample()
    services.offers.load_sample()
    services.interviews.load_sample()
    services.patterns.load_sample()
    window = MainWindow(services)
    qtbot.addWidget(window)
    assert window.select_tab(tab)
    window.show()
    window.focus_tab_content()
    window.activateWindow()
    qtbot.waitUntil(lambda: window.focusWidget() is not None)
    focused = window.focusWidget()
    assert not isinstance(focused, QTabBar)
    assert isinstance(focused, QAbstractItemView), type(focused).__name__
    assert window.tabs.currentWidget().isAncestorOf(focused)


def test_focus_already_set_in_the_tab_stays(qtbot: QtBot, services: Services) -> None:
    services.pipeline.load_sample()
    window = MainWindow(services)
    qtbot.addWidget(window)
    assert window.select_tab("Pipeline")
    window.pipeline_tab.search_edit.setFocus()
    window.show()
    window.focus_tab_content()
    window.activateWindow()
    qtbot.waitUntil(lambda: window.focusWidget() is window.pipeline_tab.search_edit)


def test_a_new_search_opens_with_the_keyboard_off_the_row_of_tabs(
    qtbot: QtBot, services: Services
) -> None:
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    window.focus_tab_content()
    window.activateWindow()
    qtbot.waitUntil(lambda: window.focusWidget() is not None)
    focused = window.focusWidget()
    assert not isinstance(focused, QTabBar)
    assert window.tabs.currentWidget().isAncestorOf(focused)
