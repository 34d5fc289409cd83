"""The Insights tab: a light placeholder until first shown, then the charts (pyqtgraph loads then).

The figures are recomputed when the applications or the settings change, but
only while the tab is visible; otherwise the tab just notes that it is stale
and catches up when it is shown again.
"""

from __future__ import annotations

import linecache
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QStackedLayout, QWidget

from jobdesk.domain.errors import UserError
from jobdesk.services.changes import APPLICATIONS, BREAKS, SETTINGS
from jobdesk.services.insights import Insights
from jobdesk.ui.dialogs.background import BackgroundJob
from jobdesk.ui.dialogs.prompts import Prompts

if TYPE_CHECKING:
    from jobdesk.ui.insights.panel import InsightsPanel

TITLE = "&Insights"
# Larger searches are read on a worker thread the first time (about 1 s per 100,000).
READ_IN_BACKGROUND_ABOVE = 20_000


class InsightsTab(QWidget):
    improve_requested = Signal(object)  # a Stage: start an improvement aimed at it

    def __init__(self, insights: Insights, prompts: Prompts, parent: QWidget | None = None):
        super().__init__(parent)
        self.insights = insights
        self.prompts = prompts
        self.panel: InsightsPanel | None = None
        self.stale = True
        self.reading: BackgroundJob | None = None  # the first read of a large search
        self.setAccessibleName("Insights")
        placeholder = QLabel("Loading the charts…")
        placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedLayout(self)
        self.stack.addWidget(placeholder)

    @property
    def loaded(self) -> bool:
        return self.panel is not None

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.panel is None:
            # Let the window paint the placeholder first; the charting library takes a moment.
            QTimer.singleShot(0, self.load)
        elif self.stale:
            self.recompute()

    def load(self) -> InsightsPanel:
        """Build the real contents (importing pyqtgraph) if not done yet."""
        if self.panel is None:
            from jobdesk.ui.insights.panel import InsightsPanel

            # The Qt binding read the source of every module pyqtgraph imported, and
            # Python's line cache keeps it (about 13 MB): dropped, that memory serves what
            # comes next instead of adding to the peak. A traceback reads them again.
            linecache.clearcache()
            self.panel = InsightsPanel(self.insights, self.prompts)
            self.panel.funnel_view.improve_requested.connect(self.improve_requested)
            self.stack.addWidget(self.panel)
            self.stack.setCurrentWidget(self.panel)
            self.recompute()
        return self.panel

    def refresh(self, kinds: frozenset[str]) -> None:
        """Called by the window on every change; recomputes only what is on screen."""
        if not kinds & {APPLICATIONS, SETTINGS, BREAKS}:
            return
        self.stale = True
        if self.panel is not None and self.isVisible():
            self.recompute()

    def recompute(self) -> None:
        if self.panel is None:
            return
        self.stale = False
        if self.reading is not None:
            return  # the figures follow when the read is done
        if (
            self.insights.needs_full_read()
            and self.insights.application_count() > READ_IN_BACKGROUND_ABOVE
        ):
            self._read_in_background()
            return
        self.panel.refresh()

    def _read_in_background(self) -> None:
        """Read every application's track on a worker thread; the window stays usable."""
        assert self.panel is not None
        self.panel.show_counting()

        def done(tracks: object) -> None:
            self.reading = None
            self.insights.adopt(tracks)  # type: ignore[arg-type]
            if self.isVisible():
                self.recompute()
            else:
                self.stale = True

        def failed(error: UserError) -> None:
            self.reading = None
            self.stale = True
            self.prompts.error(self, f"The figures could not be counted: {error.message}")

        self.reading = BackgroundJob(
            self.insights.read_all_tracks, done, failed, time_limit=300, parent=self
        )
