"""The daily application limit: a gentle note before the 11th of the day, never a block."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from jobdesk.domain.application import ApplicationDetails
from jobdesk.domain.settings import DAILY_LIMIT
from jobdesk.services.bundle import Services
from jobdesk.ui.dialogs.prompts import Prompts
from jobdesk.ui.pipeline.application_dialog import ApplicationDialog
from jobdesk.ui.shell.main_window import LOG_ANYWAY, MainWindow
from tests.conftest import TODAY
from tests.qt_helpers import answering_dialogs


class ChoosingPrompts(Prompts):
    """Answers the note with a set choice and remembers what it was shown."""

    def __init__(self) -> None:
        self.answer: int | None = None
        self.asked: list[tuple[str, list[str]]] = []

    def choose(self, parent: QWidget | None, text: str, actions: list[str]) -> int | None:
        self.asked.append((text, actions))
        return self.answer


@pytest.fixture
def prompts() -> ChoosingPrompts:
    return ChoosingPrompts()


@pytest.fixture
def window(qtbot: QtBot, services: Services, prompts: ChoosingPrompts) -> Iterator[MainWindow]:
    for n in range(1, 11):  # ten sent today, the default limit
        services.pipeline.add(ApplicationDetails(f"Company {n}", "Engineer", TODAY))
    w = MainWindow(services, prompts=prompts)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w


def fill(dialog: QDialog) -> None:
    assert isinstance(dialog, ApplicationDialog)
    dialog.company_edit.setText("Eleventh")
    dialog.role_edit.setText("Engineer")
    dialog.accept()


def test_one_more_than_the_limit_asks_first_and_logs_it_anyway(
    window: MainWindow, prompts: ChoosingPrompts
) -> None:
    prompts.answer = 0  # "Log it anyway"
    with answering_dialogs(fill):
        window.add_application()
    assert len(window.rows) == 11
    text, actions = prompts.asked[0]
    assert actions == [LOG_ANYWAY]
    assert text.startswith(
        "You have already logged 10 applications sent today, and your daily limit is 10."
    )


def test_not_now_opens_no_dialog_and_loses_nothing(
    window: MainWindow, prompts: ChoosingPrompts
) -> None:
    prompts.answer = None  # Cancel: nothing typed yet, nothing logged
    window.add_application()
    assert len(window.rows) == 10 and len(prompts.asked) == 1


def test_below_the_limit_or_turned_off_nothing_is_asked(
    window: MainWindow, services: Services, prompts: ChoosingPrompts
) -> None:
    window.perform(lambda: services.settings.set_many({DAILY_LIMIT: 11}))
    with answering_dialogs(fill):
        window.add_application()  # the 11th of 11
    window.perform(lambda: services.settings.set_many({DAILY_LIMIT: 0}))
    with answering_dialogs(fill):
        window.add_application()  # the 12th, with no limit
    assert len(window.rows) == 12 and prompts.asked == []
