"""The application form asks before a new size or industry changes the company's other
applications, and does what the answer says (both answers, and Cancel back to the form)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from jobdesk.domain.application import ApplicationDetails
from jobdesk.domain.enums import SizeBand
from jobdesk.services.bundle import Services
from jobdesk.ui.dialogs.prompts import Prompts
from jobdesk.ui.pipeline.application_dialog import ApplicationDialog
from jobdesk.ui.shell.main_window import MainWindow
from tests.qt_helpers import answering_dialogs

SIZES = list(SizeBand)


class ScriptedPrompts(Prompts):
    """Answers the questions in turn (an index into the buttons, or None for Cancel)."""

    def __init__(self) -> None:
        self.answers: list[int | None] = []
        self.asked: list[tuple[str, list[str]]] = []

    def choose(self, parent: QWidget | None, text: str, actions: list[str]) -> int | None:
        self.asked.append((text, actions))
        return self.answers.pop(0)

    def error(self, parent: QWidget | None, text: str) -> None:
        raise AssertionError(text)


@pytest.fixture
def prompts() -> ScriptedPrompts:
    return ScriptedPrompts()


@pytest.fixture
def window(qtbot: QtBot, services: Services, prompts: ScriptedPrompts) -> Iterator[MainWindow]:
    for role in ("Backend", "Platform"):
        services.pipeline.add(
            ApplicationDetails("Acme", role, date(2026, 11, 2), size_band=SizeBand.SMALL)
        )
    w = MainWindow(services, prompts=prompts)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w


def company_sizes(services: Services) -> dict[str, SizeBand]:
    return {a.details.role_title: a.details.size_band for a in services.pipeline.applications()}


def edit_size_of_first(window: MainWindow, size: SizeBand, stays_open: bool = False) -> None:
    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, ApplicationDialog)
        dialog.size_combo.setCurrentIndex(SIZES.index(size))
        dialog.accept()
        if stays_open:
            assert dialog.isVisible()  # Cancel went back to the form, as typed
            assert dialog.size_combo.currentIndex() == SIZES.index(size)

    with answering_dialogs(fill):
        window.edit_selected()


def test_keeping_the_others_saves_this_one_with_the_companys_size(
    window: MainWindow, services: Services, prompts: ScriptedPrompts
) -> None:
    window.pipeline_tab.select_ids([1])
    prompts.answers = [0]
    edit_size_of_first(window, SizeBand.LARGE)
    ((text, buttons),) = prompts.asked
    assert text.startswith("Acme has 1 other application. A company's size and industry")
    assert buttons == ["Keep them as they are", "Change for all 2"]
    assert company_sizes(services) == {"Backend": SizeBand.SMALL, "Platform": SizeBand.SMALL}


def test_changing_it_for_all_and_undoing(
    window: MainWindow, services: Services, prompts: ScriptedPrompts
) -> None:
    window.pipeline_tab.select_ids([1])
    prompts.answers = [1]
    edit_size_of_first(window, SizeBand.LARGE)
    assert company_sizes(services) == {"Backend": SizeBand.LARGE, "Platform": SizeBand.LARGE}
    window.undo()
    assert company_sizes(services) == {"Backend": SizeBand.SMALL, "Platform": SizeBand.SMALL}


def test_cancel_goes_back_to_the_form_and_saves_nothing(
    window: MainWindow, services: Services, prompts: ScriptedPrompts
) -> None:
    window.pipeline_tab.select_ids([1])
    prompts.answers = [None]
    edit_size_of_first(window, SizeBand.LARGE, stays_open=True)
    assert company_sizes(services) == {"Backend": SizeBand.SMALL, "Platform": SizeBand.SMALL}


def test_a_new_application_is_asked_about_too(
    window: MainWindow, services: Services, prompts: ScriptedPrompts, qtbot: QtBot
) -> None:
    prompts.answers = [1]

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, ApplicationDialog)
        qtbot.keyClicks(dialog.company_edit, "acme")
        qtbot.keyClicks(dialog.role_edit, "Data")
        dialog.size_combo.setCurrentIndex(SIZES.index(SizeBand.MID))
        dialog.accept()

    with answering_dialogs(fill):
        window.add_application()
    assert prompts.asked[0][0].startswith("Acme has 2 other applications.")
    assert set(company_sizes(services).values()) == {SizeBand.MID}


def company_facts(services: Services) -> set[tuple[SizeBand, str]]:
    return {(a.details.size_band, a.details.industry) for a in services.pipeline.applications()}


def test_undo_keeps_a_change_made_through_the_other_application(
    window: MainWindow, services: Services, prompts: ScriptedPrompts, qtbot: QtBot
) -> None:
    """The size changed for all through Backend, then the industry for all through Platform:
    Ctrl+Z takes back the industry only, and Ctrl+Shift+Z makes it again."""
    window.pipeline_tab.select_ids([1])
    prompts.answers = [1, 1]
    edit_size_of_first(window, SizeBand.LARGE)
    window.pipeline_tab.select_ids([2])

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, ApplicationDialog)
        dialog.industry_edit.clear()
        qtbot.keyClicks(dialog.industry_edit, "payments")
        dialog.accept()

    with answering_dialogs(fill):
        window.edit_selected()
    assert prompts.asked[1][0].startswith(
        "Acme has 1 other application. A company's size and industry are kept once for all "
        "its applications: change its industry from “not recorded” to “payments” for all 2"
    )
    assert company_facts(services) == {(SizeBand.LARGE, "payments")}
    window.undo()
    assert company_facts(services) == {(SizeBand.LARGE, "")}
    window.undo()
    assert company_facts(services) == {(SizeBand.SMALL, "")}
    window.redo()
    window.redo()
    assert company_facts(services) == {(SizeBand.LARGE, "payments")}
