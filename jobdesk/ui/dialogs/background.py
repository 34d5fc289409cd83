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

from jobdesk import collector
from jobdesk.domain.errors import UserError

log = logging.getLogger(__name__)


class _Relay(QObject):
    """Owned by the application and let go of on the UI thread: it holds the job and, once
    the job is over, its outcome, so that the worker thread never holds the last reference
    to anything. A job's closure often holds a dialog or a window; let go of last on a
    worker, it would be destroyed there, and Qt crashes when a widget is destroyed on a
    thread other than its own. Everything the job made or raised (its result, an error and
    the frames of its traceback) is let go of here too."""

    reported = Signal()  # `outcome` is set

    def __init__(self, job: Callable[[], Any]) -> None:
        super().__init__(QCoreApplication.instance())
        self.job: Callable[[], Any] | None = job
        self.outcome: tuple[bool, Any] | None = None

    def release(self) -> None:
        """On the UI thread, once the job has reported and been answered (or given up)."""
        self.job = self.outcome = None
        self.deleteLater()
        collector.worker_reported()


def _outcome(job: Callable[[], Any]) -> tuple[bool, Any]:
    """(True, result) or (False, error). A function of its own: the traceback's frames then
    hold only `job`, and no cycle through the relay (a cycle could be collected on any
    thread)."""
    try:
        return True, job()
    except BaseException as error:  # handed to the UI thread, which decides what to say
        return False, error


class _Runnable(QRunnable):
    def __init__(self, relay: _Relay) -> None:
        super().__init__()
        self._relay: _Relay | None = relay

    def run(self) -> None:
        relay, self._relay = self._relay, None
        assert relay is not None and relay.job is not None
        relay.outcome = _outcome(relay.job)
        # Nothing of the job's is held on this thread any more: only the relay, which the
        # application owns, so letting go of it here destroys nothing.
        relay.reported.emit()


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
        self._relay = _Relay(job)
        self._relay.reported.connect(self._reported)
        # After `_reported` (queued calls come in the order connected); also when this
        # object has gone meanwhile, so a given-up job's outcome is let go of all the same.
        self._relay.reported.connect(self._relay.release)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._timed_out)
        if start:
            self.start()

    def start(self) -> None:
        """Hand the job to the thread pool (once; `start=False` leaves it to the caller)."""
        if not self.active or self._timer.isActive():
            return
        self._timer.start(int(self._time_limit * 1000))
        collector.worker_started()
        QThreadPool.globalInstance().start(_Runnable(self._relay))

    def cancel(self) -> None:
        self._end()

    def _end(self) -> bool:
        if not self.active:
            return False
        self.active = False
        self._timer.stop()
        self.finished.emit()
        return True

    def _reported(self) -> None:
        outcome = self._relay.outcome
        if outcome is None or not self._end():
            return  # cancelled or past its time limit: nobody waits for it now
        worked, value = outcome
        if worked:
            self._on_done(value)
        elif isinstance(value, UserError):
            self._on_error(value)
        else:
            log.error(
                "background job failed",
                exc_info=value if isinstance(value, BaseException) else None,
            )
            self._on_error(
                UserError(
                    f"Something went wrong ({type(value).__name__}: {value}). Please try again."
                )
            )

    def _timed_out(self) -> None:
        if self._end():
            self._on_error(
                UserError(
                    f"This took longer than {self._time_limit:g} seconds, so jobdesk stopped "
                    "waiting. Check your connection and try again."
                )
            )
