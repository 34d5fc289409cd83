"""The status bar's gentle line while a rejection lands, kept current at the cost of one
indexed read of the changed applications per change."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QLabel, QStatusBar

from jobdesk.domain.application import ApplicationSummary
from jobdesk.domain.today import Landing
from jobdesk.services.agenda import DailyAgenda
from jobdesk.services.changes import APPLICATIONS, BREAKS, SETTINGS, Update


class LandingLine(QObject):
    def __init__(
        self,
        agenda: DailyAgenda,
        applications: Callable[[], list[ApplicationSummary]],
        status_bar: QStatusBar,
    ) -> None:
        super().__init__(status_bar)
        self._agenda = agenda
        self._applications = applications
        self._held: dict[int, Landing] = {}
        self.label = QLabel()
        self.label.setAccessibleName("After a rejection")
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # company names as typed
        self.label.hide()
        status_bar.addPermanentWidget(self.label)  # a passing message would hide it otherwise
        # When the time to land ends, the line goes (checked again then, not polled).
        self._expiry = QTimer(self)
        self._expiry.setSingleShot(True)
        self._expiry.timeout.connect(self.recount)

    def refresh(self, update: Update) -> None:
        if update.everything or update.kinds & {SETTINGS, BREAKS}:
            self.recount()
        elif APPLICATIONS in update.kinds:
            for app_id in (*update.removed, *(r.id for r in update.rows)):
                self._held.pop(app_id, None)
            for held in self._agenda.landing(update.rows, only_these=True):
                self._held[held.application_id] = held
            self._show()

    def recount(self) -> None:
        self._held = {w.application_id: w for w in self._agenda.landing(self._applications())}
        self._show()

    def _show(self) -> None:
        now = self._agenda.now()
        held = sorted((w for w in self._held.values() if w.until > now), key=lambda w: w.until)
        self._expiry.stop()
        if not held:
            self.label.hide()
            return
        latest = held[-1]
        self.label.setText(
            f"{latest.company} said no: let it land. Nudges wait until {latest.until_text(now)}."
        )
        self.label.show()
        seconds = (held[0].until - now).total_seconds()
        self._expiry.start(int(min(max(seconds, 1), 24 * 3600) * 1000))
