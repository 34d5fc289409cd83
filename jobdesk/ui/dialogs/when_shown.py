"""Hidden views do no work: a refresh asked for while a view is hidden waits until it is shown."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget


class WhenShown(QObject):
    """Runs `refresh` now if `view` is on screen, else the next time it is shown (once)."""

    def __init__(self, view: QWidget, refresh: Callable[[], None]) -> None:
        super().__init__(view)
        self._view = view
        self._refresh = refresh
        self.stale = True
        view.installEventFilter(self)

    def request(self) -> None:
        self.stale = True
        if self._view.isVisible():
            self.run()

    def run(self) -> None:
        self.stale = False
        self._refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._view and event.type() == QEvent.Type.Show and self.stale:
            self.run()
        return False
