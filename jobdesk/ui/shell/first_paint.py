"""Work that waits until the window has painted once.

Qt runs zero-delay timers before a new window's first paint (the paint comes with the
window's first update request, after them), so `QTimer.singleShot(0, …)` alone would hold
the first paint back by whatever it does.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
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


class StartClock(QObject):
    """For `--check-start` and the start-up benchmark: seconds from `began` until `window` was
    shown (the first turn of the event loop after `show()`, before any paint) and until its
    first paint was done (the first turn after it); `painted` is emitted then.

    Made after the window's other first-paint work is set up: the filter installed last is
    asked first, so this clock reads the paint before any of that work runs."""

    painted = Signal()

    def __init__(self, window: QWidget, began: float) -> None:
        super().__init__(window)
        self._window = window
        self._began = began
        self.shown: float | None = None
        self.painted_at: float | None = None
        window.installEventFilter(self)
        QTimer.singleShot(0, self, self._shown)
        QTimer.singleShot(AT_THE_LATEST_MS, self, self._painted)  # should it never paint

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.UpdateRequest:
            QTimer.singleShot(0, self, self._painted)
        return False

    def _shown(self) -> None:
        if self.shown is None:
            self.shown = time.perf_counter() - self._began

    def _painted(self) -> None:
        if self.painted_at is not None:
            return
        self._shown()
        self.painted_at = time.perf_counter() - self._began
        self._window.removeEventFilter(self)
        self.painted.emit()
