"""The Insights tab: empty until first shown, then its figures at once and the charts as
soon as the charting library has loaded (on a worker thread; see chart_library.py).

The figures are recomputed when the applications or the settings change, but
only while the tab is visible; otherwise the tab just notes that it is stale
and catches up when it is shown again.
"""

from __future__ import annotations

import linecache
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from jobdesk.domain.application import ApplicationSummary
from jobdesk.domain.errors import UserError
from jobdesk.domain.funnel import KeptTally
from jobdesk.domain.silence import Silence
from jobdesk.services.changes import APPLICATIONS, BREAKS, SETTINGS
from jobdesk.services.insights import Insights
from jobdesk.ui.dialogs.background import BackgroundJob
from jobdesk.ui.dialogs.prompts import Prompts
from jobdesk.ui.dialogs.room import Room

if TYPE_CHECKING:
    from jobdesk.ui.insights.panel import InsightsPanel

TITLE = "&Insights"
# Larger searches have their tracks read on a worker thread (about 10 ms per 1,000): the
# funnel and the flow are shown from the window's rows meanwhile.
READ_IN_BACKGROUND_ABOVE = 2_000


class InsightsTab(Room):
    improve_requested = Signal(object)  # a Stage: start an improvement aimed at it

    def __init__(
        self,
        insights: Insights,
        prompts: Prompts,
        parent: QWidget | None = None,
        *,
        applications: Callable[[], Sequence[ApplicationSummary]] | None = None,
        tally: Callable[[Silence], KeptTally] | None = None,
    ):
        super().__init__(parent)
        self.insights = insights
        self.prompts = prompts
        self.applications = applications  # the window's rows, for the funnel's counts
        self.tally = tally  # their counts, as the window keeps them for Today too
        self.panel: InsightsPanel | None = None
        self.stale = True
        self.reading: BackgroundJob | None = None  # the first read of a large search
        self.setAccessibleName("Insights")

    @property
    def loaded(self) -> bool:
        return self.panel is not None

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.panel is None:
            self.load()  # light now: the charts follow once their library is loaded
        elif self.stale:
            self.recompute()

    def load(self) -> InsightsPanel:
        """Build the real contents if not done yet."""
        if self.panel is None:
            from jobdesk.ui.insights.panel import InsightsPanel

            # The Qt binding read the source of every module imported, and Python's line
            # cache keeps it: dropped, that memory serves what comes next instead of adding
            # to the peak. A traceback reads them again.
            linecache.clearcache()
            self.panel = InsightsPanel(
                self.insights,
                self.prompts,
                applications=self.applications,
                tally=self.tally,
                read_tracks=self._read_tracks_here,
            )
            self.panel.funnel_view.improve_requested.connect(self.improve_requested)
            # Held at the tab's size from the start: made without a parent, it had a
            # window's default size, and every wrapped text was laid out at that width first.
            self.hold(self.panel)
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
        self.panel.refresh()

    def _read_tracks_here(self) -> bool:
        """The panel is about to read every track: a large search's are read on a worker
        thread instead (True), a small one's there and then (False)."""
        if self.reading is not None:
            return True
        if self.insights.application_count() <= READ_IN_BACKGROUND_ABOVE:
            return False
        self._read_in_background()
        return True

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
