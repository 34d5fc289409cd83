"""The status bar paints at its final height: what is added to it after the first paint (the
busy bar of file drops) or shown in it later (a drop being read, the line while a rejection
lands) leaves it as tall as it first painted, so the window is not laid out again."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QStatusBar
from pytestqt.qtbot import QtBot

from jobdesk.app import load_demo
from jobdesk.paths import Paths
from jobdesk.services.bundle import build_services
from jobdesk.ui.dialogs.prompts import Prompts
from jobdesk.ui.shell.main_window import MainWindow


class PaintedHeights(QObject):
    """The status bar's height each time it paints."""

    def __init__(self, bar: QStatusBar) -> None:
        super().__init__(bar)
        self.bar = bar
        self.heights: list[int] = []
        bar.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.bar and event.type() == QEvent.Type.Paint:
            self.heights.append(self.bar.height())
        return False


def test_the_status_bar_keeps_the_height_it_first_painted_with(
    qtbot: QtBot, db: object, paths: Paths
) -> None:
    services = build_services(db, paths)  # type: ignore[arg-type]
    load_demo(services)  # on the real clock its rejection is still landing
    window = MainWindow(services, prompts=Prompts(), demo=True)
    qtbot.addWidget(window)
    window.resize(900, 600)
    bar = window.statusBar()
    painted = PaintedHeights(bar)
    window.show()
    qtbot.waitUntil(lambda: len(painted.heights) > 0)
    first = painted.heights[0]
    # After the first paint: drops are taken (their busy bar joins the status bar).
    qtbot.waitUntil(window.acceptDrops)
    qtbot.waitUntil(lambda: window.landing_line.label.isVisible())
    qtbot.wait(20)  # the status bar's layout settles
    assert bar.height() == first
    assert set(painted.heights) == {first}

    busy = window.offers.drops.progress  # a dropped file being read
    busy.show()
    qtbot.wait(20)
    assert busy.isVisible()
    assert busy.height() == busy.fontMetrics().height()  # a line of text, as the parts are
    assert bar.height() == first
    assert set(painted.heights) == {first}
