"""Work that waits until the window has painted once.

Qt runs zero-delay timers before a new window's first paint (the paint comes with the
window's first update request, after them), so `QTimer.singleShot(0, …)` alone would hold
the first paint back by whatever it does.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

# A window that never paints (started minimized, say) does the work after this anyway.
AT_THE_LATEST_MS = 1000


class AfterFirstPaint(QObject):
    """Runs each of `steps`, one per turn of the event loop, once `window` has painted."""

    def __init__(self, window: QWidget, steps: list[Callable[[], None]]) -> None:
        super().__init__(window)
        self._window = window
        self._steps = list(steps)
        self._started = False
        window.installEventFilter(self)
        QTimer.singleShot(AT_THE_LATEST_MS, self, self._start)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.UpdateRequest:
            # Painted while this request is handled: the steps follow it.
            QTimer.singleShot(0, self, self._start)
        return False

    def _start(self) -> None:
        if self._started:
            return
        self._started = True
        self._window.removeEventFilter(self)
        self._next()

    def _next(self) -> None:
        if not self._steps:
            return
        self._steps.pop(0)()
        if self._steps:  # a step that failed (raised) leaves the rest undone
            QTimer.singleShot(0, self, self._next)
