"""Desktop reminders while jobdesk runs: offer deadlines and follow-ups due, each shown once a
day as a system tray message where the platform has a tray."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from PySide6.QtWidgets import QSystemTrayIcon

    from jobdesk.domain.today import Reminder

CHECK_EVERY_MS = 30 * 60 * 1000  # deadlines move by the day: half-hourly is plenty
FIRST_CHECK_MS = 3000  # after start-up has settled


class DesktopReminders(QObject):
    """Asks `reminders` now and then and shows each note it has not shown yet."""

    clicked = Signal()  # the user clicked a note: show them Today

    def __init__(
        self,
        reminders: Callable[[], list[Reminder]],
        window: QWidget,
        *,
        show: Callable[[Reminder], None] | None = None,
    ) -> None:
        super().__init__(window)
        self._reminders = reminders
        self._window = window
        self._shown: set[str] = set()
        self._tray: QSystemTrayIcon | None = None
        self._show = show or self._show_in_tray
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check)

    @property
    def available(self) -> bool:
        # Imported when first asked, after the window shows (its enums cost milliseconds).
        from PySide6.QtWidgets import QSystemTrayIcon

        return QSystemTrayIcon.isSystemTrayAvailable() and QSystemTrayIcon.supportsMessages()

    def start(self) -> None:
        if not self.available and self._show == self._show_in_tray:
            return  # no tray here: nothing to show notes with, so nothing to compute
        self.timer.start()
        QTimer.singleShot(FIRST_CHECK_MS, self.check)

    def check(self) -> list[Reminder]:
        """Show the notes not shown yet (their keys carry the day: once a day each)."""
        new = [r for r in self._reminders() if r.key not in self._shown]
        for reminder in new:
            self._shown.add(reminder.key)
            self._show(reminder)
        return new

    def _show_in_tray(self, reminder: Reminder) -> None:
        if not self.available:
            return
        if self._tray is None:
            from PySide6.QtWidgets import QSystemTrayIcon

            self._tray = QSystemTrayIcon(self._window.windowIcon(), self)
            self._tray.setToolTip("jobdesk")
            self._tray.messageClicked.connect(self.clicked)
            self._tray.activated.connect(lambda _reason: self.clicked.emit())
            self._tray.show()
        # The message names applications: tray messages are plain text on every platform.
        self._tray.showMessage(reminder.title, reminder.text, self._window.windowIcon(), 15000)
