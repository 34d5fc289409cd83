"""In a 900x600 window, the rejection dialog's reasons and the improvement dialog's stages are
whole: each text, measured with the widget's own font, fits the room its widget gives it (a
review saw "Experience mismatch" and the stage box cut at 900 px)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QStyleOptionComboBox,
)
from pytestqt.qtbot import QtBot

from jobdesk.domain.enums import RejectionReason, Stage
from jobdesk.services.bundle import Services
from jobdesk.ui.debriefs.improvement_dialog import ImprovementDialog
from jobdesk.ui.pipeline.stage_dialogs import RejectDialog
from jobdesk.ui.shell.main_window import MainWindow


@pytest.fixture
def window(qtbot: QtBot, services: Services) -> MainWindow:
    services.pipeline.load_sample()
    services.patterns.load_sample()
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.resize(900, 600)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch, qtbot: QtBot) -> Iterator[list[QDialog]]:
    """Dialogs shown as the window shows them, then closed as if the user pressed Escape."""
    shown: list[QDialog] = []

    def exec_(dialog: QDialog) -> int:
        dialog.show()
        qtbot.waitExposed(dialog)
        shown.append(dialog)
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(QDialog, "exec", exec_)
    yield shown
    for dialog in shown:
        dialog.hide()


def radio_room(button: QRadioButton) -> int:
    """The width a radio button leaves for its text, beside its indicator."""
    option = QStyleOptionButton()
    button.initStyleOption(option)
    rect = button.style().subElementRect(QStyle.SubElement.SE_RadioButtonContents, option, button)
    return rect.width()


def combo_room(combo: QComboBox) -> int:
    """The width a combo box leaves for the chosen item's text, beside its arrow."""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    rect = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    return rect.width()


def test_every_rejection_reason_is_whole(
    window: MainWindow, services: Services, opened: list[QDialog]
) -> None:
    app = services.pipeline.application(services.pipeline.summaries()[0].id)
    RejectDialog.ask(window, app, services.pipeline.today())
    (dialog,) = opened
    assert isinstance(dialog, RejectDialog)

    buttons = dialog.reason_buttons
    assert len(buttons) == len(RejectionReason) == 11
    cut = {
        button.text(): (button.fontMetrics().horizontalAdvance(button.text()), radio_room(button))
        for button in buttons.values()
        if button.fontMetrics().horizontalAdvance(button.text()) > radio_room(button)
    }
    assert cut == {}
    mismatch = buttons[RejectionReason.EXPERIENCE_MISMATCH]
    assert mismatch.text() == "Experience mismatch"
    assert mismatch.isVisible()
    assert dialog.geometry().right() <= window.screen().availableGeometry().right()


def test_every_stage_an_improvement_can_target_is_whole(
    window: MainWindow, services: Services, opened: list[QDialog]
) -> None:
    topics = services.patterns.topics().labels()
    ImprovementDialog.ask(
        window, topics, "System design", Stage.TECHNICAL, services.pipeline.today()
    )
    (dialog,) = opened
    assert isinstance(dialog, ImprovementDialog)

    combo = dialog.stage_combo
    items = [combo.itemText(i) for i in range(combo.count())]
    assert items == [
        "Applied (Application → response)",
        "Responded (Response → screen)",
        "Screen (Screen → technical)",
        "Technical (Technical → final round)",
        "Final round (Final round → offer)",
    ]
    assert combo.currentText() == "Technical (Technical → final round)"
    room = combo_room(combo)
    cut = [text for text in items if combo.fontMetrics().horizontalAdvance(text) > room]
    assert cut == []
