"""Work off the UI thread: results, refusals, surprises and time limits come back as messages."""

from __future__ import annotations

import threading

from PySide6.QtCore import QCoreApplication, QThreadPool
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
