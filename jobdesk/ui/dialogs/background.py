"""Running slow work (network, keyring) on a worker thread, with a time limit, never freezing.

The job is a plain function from the services; its result or exception comes
back on the UI thread through a queued signal. If it outlives its time limit,
or the user cancels, the window moves on and a late answer is dropped (a
socket cannot be interrupted from outside, but its own timeout ends it soon).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, QTimer, Signal

from jobdesk.domain.errors import UserError

log = logging.getLogger(__name__)


class _Relay(QObject):
    succeeded = Signal(object)
    failed = Signal(object)


class _Runnable(QRunnable):
    def __init__(self, job: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._job = job
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._job()
        except BaseException as error:  # handed to the UI thread, which decides what to say
            self._relay.failed.emit(error)
        else:
            self._relay.succeeded.emit(result)


class BackgroundJob(QObject):
    """One job on the shared thread pool; `finished` fires once, on the UI thread."""

    finished = Signal()

    def __init__(
        self,
        job: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[UserError], None],
        *,
        time_limit: float,
        parent: QObject | None = None,
        start: bool = True,
    ) -> None:
        super().__init__(parent)
        self._on_done = on_done
        self._on_error = on_error
        self._time_limit = time_limit
        self.active = True
        # Owned by the application, not by Python: the worker thread may drop the last Python
        # reference, and a QObject must not be destroyed from a thread other than its own.
        self._relay = _Relay(QCoreApplication.instance())
        self._relay.succeeded.connect(self._succeeded)
        self._relay.failed.connect(self._failed)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._timed_out)
        self._job = job
        if start:
            self.start()

    def start(self) -> None:
        """Hand the job to the thread pool (once; `start=False` leaves it to the caller)."""
        if not self.active or self._timer.isActive():
            return
        self._timer.start(int(self._time_limit * 1000))
        QThreadPool.globalInstance().start(_Runnable(self._job, self._relay))

    def cancel(self) -> None:
        self._end()

    def _end(self) -> bool:
        if not self.active:
            return False
        self.active = False
        self._timer.stop()
        self.finished.emit()
        return True

    def _succeeded(self, result: object) -> None:
        self._relay.deleteLater()
        if self._end():
            self._on_done(result)

    def _failed(self, error: object) -> None:
        self._relay.deleteLater()
        if not self._end():
            return
        if isinstance(error, UserError):
            self._on_error(error)
            return
        log.error(
            "background job failed", exc_info=error if isinstance(error, BaseException) else None
        )
        self._on_error(
            UserError(f"Something went wrong ({type(error).__name__}: {error}). Please try again.")
        )

    def _timed_out(self) -> None:
        if self._end():
            self._on_error(
                UserError(
                    f"This took longer than {self._time_limit:g} seconds, so jobdesk stopped "
                    "waiting. Check your connection and try again."
                )
            )
