"""A signal just after each midnight: days idle, silence and due dates move on with the date,
not only when something changes or the window is activated again."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QObject, QTimer, Signal

# Just past midnight, so that the new date has certainly begun on the clock that is read.
PAST_MIDNIGHT = timedelta(seconds=2)


def until_next_midnight(now: datetime) -> timedelta:
    """How long from `now` (on the computer's clock) to just past the next midnight."""
    tomorrow = datetime.combine(now.date() + timedelta(days=1), datetime.min.time(), now.tzinfo)
    return tomorrow - now + PAST_MIDNIGHT


class Midnight(QObject):
    """Emits `passed` once just after each midnight (on the clock of `now`), then waits for
    the next. A computer asleep at midnight catches up when it wakes (the timer fires late);
    the window also looks at the date whenever it is activated."""

    passed = Signal()

    def __init__(self, parent: QObject, now: Callable[[], datetime] = datetime.now) -> None:
        super().__init__(parent)
        self._now = now
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._fired)

    def start(self) -> None:
        wait = until_next_midnight(self._now())
        self.timer.start(max(int(wait.total_seconds() * 1000), 1000))

    def _fired(self) -> None:
        self.passed.emit()
        self.start()
