"""A chart's place on an Insights page: a quiet note until the charting library has loaded,
then the chart itself, drawn with the figures it was last given. The figures beside it (the
tables, the leaking stage) do not wait for it."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QStackedLayout, QWidget

from jobdesk.ui.insights.chart_library import chart_library
from jobdesk.ui.insights.marks import CHART_MIN_HEIGHT

if TYPE_CHECKING:
    import pyqtgraph as pg

WAITING = "Drawing the chart…"
FAILED = (
    "The chart could not be drawn: the charting library did not load ({error}). The "
    "figures beside it are complete; installing jobdesk again brings the charts back."
)

Drawing = Callable[["pg.PlotWidget"], Any]


class ChartSlot(QWidget):
    """Holds one chart. `draw(drawing)` draws at once when the library is loaded, else as
    soon as it is; only the last drawing asked for is kept."""

    def __init__(
        self,
        name: str,
        *,
        title: str = "",
        min_height: int = CHART_MIN_HEIGHT,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self._name = name
        self._title = title
        self._min_height = min_height
        self.plot: pg.PlotWidget | None = None
        self._drawing: Drawing | None = None
        self._asked = False  # for the library, once
        self.waiting = QLabel(WAITING)
        self.waiting.setTextFormat(Qt.TextFormat.PlainText)  # an error's own words may follow
        self.waiting.setWordWrap(True)
        self.waiting.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.waiting.setEnabled(False)  # drawn muted: a note, not a figure
        self.waiting.setAccessibleName(f"{name} (being drawn)")
        self.setMinimumHeight(min_height)
        # The chart takes the height left once the tables beside it have theirs (see
        # charts.plot_widget); the note must not claim more.
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        self._stack = QStackedLayout(self)
        self._stack.addWidget(self.waiting)

    @property
    def drawn(self) -> bool:
        """Whether the chart itself is in view (not the note)."""
        return self.plot is not None and self._drawing is None

    def draw(self, drawing: Drawing) -> None:
        self._drawing = drawing
        library = chart_library()
        if library.error:
            self.waiting.setText(FAILED.format(error=library.error))
            return
        if library.loaded and self.plot is not None:
            self._library_ready()
        elif library.loaded:
            # Made one turn of the event loop later: the figures beside it are painted
            # first, and the chart (about 30 ms to make) follows in a step of its own.
            QTimer.singleShot(0, self, self._library_ready)
        elif not self._asked:
            self._asked = True
            library.when_ready(self._library_ready)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._drawing is not None and chart_library().loaded:
            self._library_ready()  # it loaded while this chart was out of view

    def _library_ready(self) -> None:
        error = chart_library().error
        if error:
            self.waiting.setText(FAILED.format(error=error))
            return
        if not self.isVisible():
            return  # hidden views do no work: drawn when shown
        drawing, self._drawing = self._drawing, None
        if drawing is None:
            return
        if self.plot is None:
            from jobdesk.ui.insights.charts import plot_widget  # loaded now: no wait

            spare = chart_library().take_spare(self._name)
            if spare is None:
                self.plot = plot_widget(self._name, min_height=self._min_height)
            else:
                self.plot = spare
                spare.setAccessibleName(self._name)
                spare.setMinimumHeight(self._min_height)
            if self._title:
                self.plot.setTitle(self._title)
            self._stack.addWidget(self.plot)
            self._stack.setCurrentWidget(self.plot)
        drawing(self.plot)
