"""The charting library (pyqtgraph and numpy, about 55 MB and 0.4 s of imports), loaded on
a worker thread so that the window never waits for it.

The worker only imports; every widget is still made on the window's thread, once the
import is done. The window starts the import itself a moment after it has shown a search
with data (`preload_when_idle`), so the Insights usually find it ready; the Insights ask
for it too, and draw their charts when it arrives. An empty search never loads it.

Once loaded, one chart is made ahead (`take_spare`), in idle steps of its own, and drawn
once as the funnel's (the page the Insights open on), with made-up figures: the first chart
the Insights draw then takes a few milliseconds rather than about 30.

Python runs one thread at a time: an import running beside a click would take half of the
time the click needs. So while the user acts (a key, a click, the wheel) and for a moment
after, the import waits, at its next function call, until the window is left alone.
"""

from __future__ import annotations

import importlib
import logging
import sys
import threading
import time
from collections.abc import Callable
from types import FrameType
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QThreadPool, QTimer, Signal

from jobdesk import collector

if TYPE_CHECKING:
    import pyqtgraph as pg

log = logging.getLogger(__name__)

CHARTS = "jobdesk.ui.insights.charts"  # the module that imports pyqtgraph and numpy
# Imported on the same thread after it: the Insights' own pages (no widget is made on import).
PAGES = "jobdesk.ui.insights.panel"
# How long after the window's first paint the import starts: the window has settled by
# then (a large search's rows are read first), and a start that only shows a window and
# quits is over before it.
PRELOAD_AFTER_MS = 1500
# While a worker of the window is busy (reading a large search), wait this much longer.
RETRY_MS = 500
# The import waits this long after the user's last key press or click (and after it was
# asked for: a view that asks is in the middle of being drawn).
QUIET_SECONDS = 0.25
_ACTING = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.ShortcutOverride,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.Wheel,
        QEvent.Type.Drop,
    }
)


class _Relay(QObject):
    """Lives on the window's thread: a signal emitted on the worker is queued to it."""

    done = Signal(str)  # "" when the import worked, else why not


class ChartLibrary(QObject):
    """Whether the charts can be drawn yet. `ready` fires once, on the window's thread, when
    the import is over: `loaded`, or else `error` says why not."""

    ready = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.loaded = CHARTS in sys.modules
        self.error = ""
        self._thread: threading.Thread | None = None
        self._quiet_from = 0.0  # time.monotonic(): the import goes on from then
        self._spare: pg.PlotWidget | None = None  # an empty chart made ahead, not shown
        self._waited_for = False  # a chart asked for the library before it had loaded
        self._relay = _Relay(self)
        self._relay.done.connect(self._done)

    @property
    def loading(self) -> bool:
        return self._thread is not None and not self.loaded and not self.error

    def load(self) -> None:
        """Start the import on a worker thread, unless it is done or under way."""
        if self.loaded or self._thread is not None:
            return
        self._quiet_from = time.monotonic() + QUIET_SECONDS
        # Only while the import runs: a filter on the application is a call for every event.
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self._thread = threading.Thread(target=self._import, name="jobdesk charts", daemon=True)
        collector.worker_started()
        self._thread.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTING:
            self._quiet_from = time.monotonic() + QUIET_SECONDS
        return False

    def when_ready(self, call: Callable[[], None]) -> None:
        """Run `call` now if the library is loaded, else once its import is over (loaded or
        failed); starts the import if nobody has yet. `call` is a QObject's method, so that
        it is dropped with it; ask once per receiver."""
        if self.loaded:
            call()
            return
        self._waited_for = True
        self.ready.connect(call)
        self.load()

    def wait(self, seconds: float = 60.0) -> bool:
        """Block until the import is done and `ready` has been told (benchmarks and tests)."""
        self.load()
        if self._thread is not None:
            self._thread.join(seconds)
        # The worker's signal waits in the queue of its receiver (this object's `_done`).
        QCoreApplication.sendPostedEvents(self)
        return self.loaded

    def _import(self) -> None:  # on the worker thread
        sys.settrace(self._give_way)  # this thread's calls only
        try:
            importlib.import_module(CHARTS)
            importlib.import_module(PAGES)
        except Exception as error:  # said on the window's thread, which shows what it can
            self._relay.done.emit(f"{type(error).__name__}: {error}")
        else:
            self._relay.done.emit("")
        finally:
            sys.settrace(None)

    def _give_way(self, frame: FrameType, event: str, arg: Any) -> None:
        """Called at each function call of the import: waits while the user acts."""
        wait = self._quiet_from - time.monotonic()
        while wait > 0:
            time.sleep(wait)  # the window has Python to itself meanwhile
            wait = self._quiet_from - time.monotonic()

    def _done(self, error: str) -> None:
        collector.worker_reported()
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        if error:
            self.error = error
            log.error("the charting library could not be loaded: %s", error)
            self.ready.emit()  # the charts waiting for it say so
            return
        self.loaded = True
        self.ready.emit()
        if not self._waited_for:  # loaded ahead: nobody has drawn a chart yet
            QTimer.singleShot(0, self, self._make_spare)

    def _make_spare(self) -> None:
        from jobdesk.ui.insights.charts import plot_widget

        self._spare = plot_widget("")
        self._spare.setParent(None)
        QTimer.singleShot(0, self, self._ready_spare)  # a step of its own: each stays short

    def _ready_spare(self) -> None:
        if self._spare is not None and _readying is not None:
            _readying[1](self._spare)

    def take_spare(self, name: str) -> pg.PlotWidget | None:
        """The chart made ahead, if any, for the chart called `name`: it is readied as one
        chart's (see `ready_spare_as`), so another makes its own (then none is made ahead
        any more)."""
        if _readying is None or name != _readying[0]:
            return None
        spare, self._spare = self._spare, None
        return spare


# Which chart the one made ahead is for, and what readies it as that chart: set by the view
# that holds it (the funnel's, the page the Insights open on), which this module does not
# import (it imports this one).
_readying: tuple[str, Callable[[pg.PlotWidget], None]] | None = None


def ready_spare_as(name: str, ready: Callable[[pg.PlotWidget], None]) -> None:
    """The chart made ahead is for the chart called `name`, and `ready` readies it."""
    global _readying
    _readying = (name, ready)


_library: ChartLibrary | None = None


def chart_library() -> ChartLibrary:
    """The one loader of the process (an import happens once per process anyway)."""
    global _library
    if _library is None:
        _library = ChartLibrary(QCoreApplication.instance())
    return _library


def preload_when_idle(has_data: Callable[[], bool], parent: QObject) -> QTimer:
    """Start the import `PRELOAD_AFTER_MS` from now (call it once the window has painted),
    if the search `has_data` by then; while a worker is busy (reading a large search), a
    little later: two workers would share one core's worth of Python between them."""
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(PRELOAD_AFTER_MS)

    def start() -> None:
        if QThreadPool.globalInstance().activeThreadCount() > 0:
            timer.start(RETRY_MS)
        elif has_data():
            chart_library().load()

    timer.timeout.connect(start)
    timer.start()
    return timer
