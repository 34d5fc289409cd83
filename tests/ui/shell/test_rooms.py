"""Each tab is laid out in a room of its own (`RoomTabs`): a first visit paints the tab
once, not again each time its contents tell the window that their size hints changed, and
it is laid out as the window lays it out after a resize."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject, QRect
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QApplication, QLabel, QTabWidget, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from jobdesk.services.bundle import Services
from jobdesk.ui.dialogs.room import Room, RoomTabs
from jobdesk.ui.shell.main_window import MainWindow

LAZY = ["Today", "Board", "Insights", "Feedback", "Debriefs", "Offers"]


class WholePaints(QObject):
    """Counts the paints of `widget` that cover all of it."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__()
        self.widget = widget
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget and event.type() == QEvent.Type.Paint:
            assert isinstance(event, QPaintEvent)
            if event.rect().contains(QRect(0, 0, self.widget.width(), self.widget.height())):
                self.count += 1
        return False


def window_of(qtbot: QtBot, services: Services, size: tuple[int, int]) -> MainWindow:
    services.pipeline.load_sample()
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(300)  # the steps after the first paint (the status bar takes its height)
    return window


@pytest.mark.parametrize("name", LAZY)
def test_a_first_visit_paints_the_tab_once(qtbot: QtBot, services: Services, name: str) -> None:
    window = window_of(qtbot, services, (1200, 760))
    paints = WholePaints(window.tabs)
    assert window.select_tab(name)
    qtbot.wait(300)  # what the tab does in the steps after it is shown
    # Before: two to four times (each change of a size hint inside repainted everything).
    assert paints.count == 1


@pytest.mark.parametrize("size", [(900, 600), (1920, 1080)])
def test_every_tab_is_laid_out_as_after_a_resize(
    qtbot: QtBot, services: Services, size: tuple[int, int]
) -> None:
    window = window_of(qtbot, services, size)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    flash = app.cursorFlashTime()
    app.setCursorFlashTime(0)  # a blinking caret in a focused field would differ between grabs
    try:
        for name in LAZY:
            assert window.select_tab(name)
            qtbot.wait(300)
            tab = window.tabs.currentWidget()
            first = tab.grab().toImage()
            window.resize(size[0] + 150, size[1] + 90)
            qtbot.waitUntil(lambda tab=tab: tab.width() == window.tabs.currentWidget().width())
            qtbot.wait(50)
            window.resize(*size)
            qtbot.waitUntil(lambda tab=tab: tab.size() == tab.parentWidget().size())
            qtbot.wait(100)
            assert tab.grab().toImage() == first, name
    finally:
        app.setCursorFlashTime(flash)


def test_the_tabs_hand_out_their_pages_not_the_rooms(qtbot: QtBot) -> None:
    tabs = RoomTabs()
    qtbot.addWidget(tabs)
    first, second = QLabel("one"), QLabel("two")
    assert tabs.addTab(first, "One") == 0
    assert tabs.insertTab(0, second, "Two") == 0
    assert isinstance(QTabWidget.widget(tabs, 0), Room)
    assert [tabs.widget(0), tabs.widget(1)] == [second, first]
    assert tabs.indexOf(first) == 1 and tabs.indexOf(QLabel()) == -1
    tabs.setCurrentWidget(first)
    assert tabs.currentIndex() == 1 and tabs.currentWidget() is first
    assert tabs.room(1).held is first


def test_a_room_gives_what_it_holds_all_its_room_and_its_size_hints(qtbot: QtBot) -> None:
    room = Room()
    qtbot.addWidget(room)
    held = QWidget()
    QVBoxLayout(held).addWidget(QLabel("A line that needs some width"))
    room.hold(held)
    room.resize(300, 200)
    room.show()
    qtbot.waitExposed(room)
    assert held.geometry() == QRect(0, 0, 300, 200)
    assert room.sizeHint() == held.sizeHint()
    assert room.minimumSizeHint() == held.minimumSizeHint()
    other = QLabel("instead")
    room.hold(other)
    assert room.held is other and other.isVisible() and not held.isVisible()
