"""The real jobdesk window on a data folder, offscreen, with a clock that stops when it is idle.

Used by ui_latency.py in a process of its own. "Idle" means: three passes of the event loop
in a row deliver no event, no job runs on the thread pool, and no short one-shot timer of
the window is about to fire (how a search box waits for typing to pause, or a view loads its
rows in steps). Work the window leaves for later therefore counts, not only what runs before
a call returns.
"""

from __future__ import annotations

import gc
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QEventLoop,
    QObject,
    QThreadPool,
    QTimer,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QWidget

from benchmarks.bench_clock import clock
from jobdesk.paths import Paths
from jobdesk.services.bundle import Services, build_services
from jobdesk.store.database import open_database
from jobdesk.ui.dialogs.prompts import Prompts
from jobdesk.ui.shell.gui import application
from jobdesk.ui.shell.main_window import MainWindow

NEVER_IDLE_SECONDS = 600.0
SHORT_TIMER_MS = 1000


class _Recording(Prompts):
    """A refused action must not wait on a message box, nor pass for a fast one."""

    def __init__(self, errors: list[str]) -> None:
        self.errors = errors

    def error(self, parent: QWidget | None, text: str) -> None:
        self.errors.append(text)

    def info(self, parent: QWidget | None, text: str) -> None:
        pass


class _Activity(QObject):
    """Counts every event delivered on the UI thread: no new one means nothing happened."""

    def __init__(self) -> None:
        super().__init__()
        self.events = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        self.events += 1
        return False


class IdleWindow:
    """Services and windows built as `jobdesk.app` and `ui/shell/gui.py` build them."""

    def __init__(self, folder: Path) -> None:
        self.errors: list[str] = []
        qInstallMessageHandler(_qt_message)
        sys.excepthook = self._unexpected
        began = clock()
        paths = Paths(folder)
        self.db = open_database(paths.database, paths.backups)
        self.services: Services = build_services(self.db, paths)
        self.services_seconds = clock() - began
        self.app = application()
        self._activity = _Activity()
        self.app.installEventFilter(self._activity)
        self._pool = QThreadPool.globalInstance()
        self._prompts = _Recording(self.errors)
        self.window: MainWindow | None = None
        # The longest the window was held by one call (the action, or one pass of the
        # event loop) during the last `timed`: a click made then waits this long at most.
        self.longest_step = 0.0

    def open(self) -> tuple[float, float]:
        """Seconds until a new window is up (constructed, shown and painted once), and until
        it has settled (the previous one is closed first)."""
        self.close()
        up: list[float] = []

        def build() -> None:
            start = clock()
            self.window = MainWindow(self.services, prompts=self._prompts)
            self.window.show()
            self.app.processEvents()  # the first paint
            up.append(clock() - start)

        settled = self.timed(build)
        return up[0], settled

    def close(self) -> None:
        if self.window is not None:
            self.window.close()
            self.window.deleteLater()
            self.window = None
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            gc.collect()  # the window's Python side holds cycles: free it before the next
            self.settle()

    def timed(self, action: Callable[[], object]) -> float:
        """Seconds from `action` until the window is idle again (starting from idle)."""
        self.settle()
        start = clock()
        action()
        self.longest_step = clock() - start
        self.settle(record=True)
        return clock() - start

    def until(self, condition: Callable[[], bool]) -> None:
        """Let the window run (as `settle` does, adding to `longest_step`) until `condition`
        holds, then until it is idle: for work on a thread of its own, which `settle` does
        not wait for."""
        deadline = time.perf_counter() + NEVER_IDLE_SECONDS
        while not condition():
            began = clock()
            QCoreApplication.sendPostedEvents()
            self.app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)
            self.longest_step = max(self.longest_step, clock() - began)
            time.sleep(0.001)
            if time.perf_counter() > deadline:
                raise SystemExit(f"the window was still busy after {NEVER_IDLE_SECONDS:.0f} s")
        self.settle(record=True)

    def performed(self, call: Callable[[], Any]) -> float:
        """Seconds for `window.perform(call)`, as a menu action runs a service call."""
        assert self.window is not None
        window = self.window

        def act() -> None:
            if window.perform(call) is None:
                self.errors.append("an action was refused (its figure is not a real one)")

        return self.timed(act)

    def settle(self, record: bool = False) -> None:
        quiet = 0
        deadline = time.perf_counter() + NEVER_IDLE_SECONDS
        while quiet < 3:
            before = self._activity.events
            began = clock()
            QCoreApplication.sendPostedEvents()
            self.app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)
            if record:
                self.longest_step = max(self.longest_step, clock() - began)
            if self._activity.events != before:
                quiet = 0
            elif self._waiting():
                quiet = 0
                time.sleep(0.001)
            else:
                quiet += 1
            if time.perf_counter() > deadline:
                raise SystemExit(f"the window was still busy after {NEVER_IDLE_SECONDS:.0f} s")

    def _waiting(self) -> bool:
        if self._pool.activeThreadCount() > 0:
            return True
        timers = self.window.findChildren(QTimer) if self.window is not None else []
        return any(
            t.isActive() and t.isSingleShot() and t.interval() < SHORT_TIMER_MS for t in timers
        )

    def _unexpected(self, kind: type[BaseException], error: BaseException, tb: Any) -> None:
        # A slot that raises would otherwise leave a fast, wrong figure behind.
        self.errors.append(f"unexpected error in the window: {kind.__name__}: {error}")
        sys.__excepthook__(kind, error, tb)


def _qt_message(_kind: object, _context: object, text: str) -> None:
    # The offscreen platform cannot do everything a desktop does; that is not news here.
    if not text.startswith("This plugin does not support"):
        print(f"  Qt: {text}", file=sys.stderr, flush=True)
