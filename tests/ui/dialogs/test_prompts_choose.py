"""The choice box: Enter presses Cancel when a choice would change something."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from jobdesk.ui.dialogs.prompts import Prompts
from tests.qt_helpers import answering_dialogs


def test_enter_is_cancel_when_no_default_is_given(qtbot) -> None:
    seen: list[str] = []

    def press_enter(box: QDialog) -> None:
        assert isinstance(box, QMessageBox)
        seen.append(box.defaultButton().text())
        qtbot.keyClick(box, Qt.Key.Key_Return)

    with answering_dialogs(press_enter):
        chosen = Prompts().choose(None, "Two are active.", ["Pause the first"], default=None)
    assert chosen is None
    assert seen == ["Cancel"]
