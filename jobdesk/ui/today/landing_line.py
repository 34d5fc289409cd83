"""The status bar's gentle line while a rejection lands, kept current at the cost of one
indexed read of the changed applications per change."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QFrame, QStatusBar

from jobdesk.domain.application import ApplicationSummary
from jobdesk.services.changes import APPLICATIONS, BREAKS, SETTINGS, Update
from jobdesk.ui.dialogs.status_parts import LANDING, StatusPart

if TYPE_CHECKING:
    from jobdesk.domain.today import Landing
    from jobdesk.services.agenda import DailyAgenda


class LandingLine(QObject):
    def __init__(
        self,
        agenda: Callable[[], DailyAgenda],
        applications: Callable[[], list[ApplicationSummary]],
        status_bar: QStatusBar,
    ) -> None:
        super().__init__(status_bar)
        self._agenda_of = agenda  # asked for when first needed: the window shows before it
        self._applications = applications
        self._held: dict[int, Landing] = {}
        self.label = StatusPart(LANDING)  # plain text: company names as typed
        self.label.setAccessibleName("After a rejection")
        self.label.hide()
        # A rule between it and the count before it: the two sentences ran together.
        self.separator = QFrame()
        self.separator.setFrameShape(QFrame.Shape.VLine)
        self.separator.setFrameShadow(QFrame.Shadow.Sunken)
        self.separator.hide()
        status_bar.addPermanentWidget(self.separator)
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

    @property
    def _agenda(self) -> DailyAgenda:
        return self._agenda_of()

    def recount(self) -> None:
        apps = self._applications()
        # No applications, no rejections: the agenda is not even loaded (a first start).
        held = self._agenda.landing(apps) if apps or self._held else ()
        self._held = {w.application_id: w for w in held}
        self._show()

    def _show(self) -> None:
        if not self._held:
            self._expiry.stop()
            self._set_shown(False)
            return
        now = self._agenda.now()
        held = sorted((w for w in self._held.values() if w.until > now), key=lambda w: w.until)
        self._expiry.stop()
        if not held:
            self._set_shown(False)
            return
        latest = held[-1]
        when = latest.until_text(now)
        self.label.set_forms(
            f"{latest.company} said no: let it land. Nudges wait until {when}.",
            f"{latest.company} said no: nudges wait until {when}.",
            f"Nudges wait until {when}.",
        )
        self._set_shown(True)
        seconds = (held[0].until - now).total_seconds()
        self._expiry.start(int(min(max(seconds, 1), 24 * 3600) * 1000))

    def _set_shown(self, shown: bool) -> None:
        self.separator.setVisible(shown)
        self.label.setVisible(shown)
