"""The counts the tabs share (`SharedCounts`), made at idle once the window holds every row.

The first visit to Today (or Feedback, or the Insights) would otherwise count them while the
user waits: at 100,000 applications about 50 ms of the visit. Made ahead they are then kept
current change by change, as they are once made. Each count is a step of its own (the
longest about 25 ms at 100,000), one per turn of the event loop, and none runs while the
user acts (a key, a click, the wheel) or for a moment after: a click never waits for more
than the one step under way.
"""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer

# No step runs until this long after the user's last key press, click or turn of the wheel.
QUIET_SECONDS = 0.25
_ACTING = frozenset({QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel})

log = logging.getLogger(__name__)


class CountAhead(QObject):
    """Runs the steps `steps()` gives, one per turn of the event loop, at idle (`start`)."""

    def __init__(self, steps: Callable[[], list[Callable[[], object]]], parent: QObject) -> None:
        super().__init__(parent)
        self._make_steps = steps
        self._steps: list[Callable[[], object]] = []
        self._quiet_from = 0.0  # time.monotonic(): steps may run from then
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._next)

    @property
    def pending(self) -> bool:
        return bool(self._steps)

    def start(self) -> None:
        """Make the counts from the first step (again, if some are still pending)."""
        steps = self._make_steps()
        if not steps:
            return
        if not self._steps:
            app = QCoreApplication.instance()
            if app is not None:  # only while steps wait: a filter is a call for every event
                app.installEventFilter(self)
        self._steps = steps
        self._timer.start(0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTING:
            self._quiet_from = time.monotonic() + QUIET_SECONDS
        return False

    def _next(self) -> None:
        wait = self._quiet_from - time.monotonic()
        if wait > 0:
            self._timer.start(math.ceil(wait * 1000))
            return
        try:
            if self._steps:
                self._steps.pop(0)()
        except Exception:
            # Counts made ahead are a head start, nothing the user asked for: one that fails
            # (the database cannot be read just now: a full or removed disk) gives up the
            # rest, and each count is made when a tab needs it, where a failure is said.
            log.warning("counting ahead stopped", exc_info=True)
            self._steps = []
        finally:
            if self._steps:
                self._timer.start(0)
            else:
                app = QCoreApplication.instance()
                if app is not None:
                    app.removeEventFilter(self)
