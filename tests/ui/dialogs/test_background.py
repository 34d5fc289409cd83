"""Work off the UI thread: results, refusals, surprises and time limits come back as messages."""

from __future__ import annotations

import gc
import threading

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QThreadPool
from pytestqt.qtbot import QtBot

from jobdesk.domain.errors import UserError
from jobdesk.ui.dialogs.background import BackgroundJob


def run(qtbot: QtBot, job, time_limit: float = 5) -> tuple[list[object], list[str], BackgroundJob]:
    done: list[object] = []
    failed: list[str] = []
    background = BackgroundJob(
        job, done.append, lambda error: failed.append(error.message), time_limit=time_limit
    )
    with qtbot.waitSignal(background.finished, timeout=10_000):
        pass
    return done, failed, background


def test_the_result_comes_back_on_the_ui_thread(qtbot: QtBot) -> None:
    threads: list[threading.Thread] = []

    def job() -> int:
        threads.append(threading.current_thread())
        return 42

    done, failed, background = run(qtbot, job)
    assert (done, failed, background.active) == ([42], [], False)
    assert threads[0] is not threading.main_thread()


def test_a_refusal_keeps_its_message_and_a_bug_gets_a_plain_one(qtbot: QtBot) -> None:
    def refused() -> None:
        raise UserError("The server said no.")

    assert run(qtbot, refused)[1] == ["The server said no."]

    def broken() -> None:
        raise KeyError("oops")

    message = run(qtbot, broken)[1][0]
    assert message.startswith("Something went wrong (KeyError") and "try again" in message


def test_a_job_past_its_time_limit_is_given_up_and_its_late_answer_dropped(qtbot: QtBot) -> None:
    release = threading.Event()
    done, failed, _ = run(qtbot, lambda: release.wait(5) and "late", time_limit=0.2)
    assert done == [] and "longer than 0.2 seconds" in failed[0]
    release.set()
    qtbot.waitUntil(lambda: QThreadPool.globalInstance().activeThreadCount() == 0)
    QCoreApplication.processEvents()  # deliver the late answer, if it were still wanted
    assert done == []


class _Released:
    """Records on which thread it was let go of (a Qt object must be let go of on its own)."""

    def __init__(self, threads: list[str]) -> None:
        self._threads = threads

    def __del__(self) -> None:
        self._threads.append(threading.current_thread().name)


def test_what_a_job_holds_is_let_go_of_on_the_ui_thread_even_if_the_worker_lags(
    qtbot: QtBot,
) -> None:
    # A job's closure often holds a window or a dialog. If the worker thread held the last
    # reference after the UI thread had let go, the dialog would be destroyed on the worker
    # and the program would crash. Here the worker is made to lag right after it reports
    # (as a loaded machine does), while the UI thread lets go of everything at once.
    released: list[str] = []
    held = _Released(released)
    outcome: list[object] = []
    background = BackgroundJob(
        lambda held=held: held and 7,  # the job holds it, as a dialog's closure would
        outcome.append,
        outcome.append,
        time_limit=5,
        start=False,
    )
    lag = threading.Event()
    # Runs on the worker, inside its report, after the UI thread was told.
    background._relay.reported.connect(lambda *_: lag.wait(2), Qt.ConnectionType.DirectConnection)
    with qtbot.waitSignal(background.finished, timeout=10_000):
        background.start()
    del held, background
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    lag.set()
    qtbot.waitUntil(lambda: QThreadPool.globalInstance().activeThreadCount() == 0)
    QCoreApplication.processEvents()
    gc.collect()
    assert outcome == [7]
    assert released == [threading.main_thread().name]


def test_garbage_left_by_the_window_is_collected_on_its_thread_while_a_job_runs(
    qtbot: QtBot,
) -> None:
    # Python's cycle collector runs on whichever thread allocates when it is due. A job that
    # allocates a lot would collect there what the window had just let go of, Qt objects
    # included, which Qt does not allow.
    released: list[str] = []
    go, allocated = threading.Event(), threading.Event()

    def job() -> int:
        go.wait(5)
        junk = [[] for _ in range(300_000)]  # the collector is due many times over
        allocated.set()
        return len(junk)

    background = BackgroundJob(job, lambda _: None, lambda _: None, time_limit=10)
    dropped = _Released(released)
    dropped.itself = dropped  # type: ignore[attr-defined]  # a cycle: only the collector frees it
    del dropped
    go.set()
    assert allocated.wait(10)  # this thread allocates nothing meanwhile
    with qtbot.waitSignal(background.finished, timeout=10_000):
        pass
    qtbot.waitUntil(lambda: gc.isenabled())
    gc.collect()
    assert released == [threading.main_thread().name]
