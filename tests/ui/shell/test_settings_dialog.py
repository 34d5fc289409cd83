"""Preferences: every setting editable within its bounds, saved in one step."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QDialog, QSpinBox
from pytestqt.qtbot import QtBot

from jobdesk.domain.settings import (
    MAIL_HOST,
    MIN_SAMPLE,
    NO_RESPONSE_DAYS,
    REFERENCE_RESPONSE,
    all_settings,
)
from jobdesk.services.bundle import Services
from jobdesk.ui.dialogs.prompts import Prompts
from jobdesk.ui.shell.main_window import MainWindow
from jobdesk.ui.shell.settings_dialog import SettingsDialog
from tests.qt_helpers import answering_dialogs


@pytest.fixture
def window(qtbot: QtBot, services: Services) -> Iterator[MainWindow]:
    w = MainWindow(services, prompts=Prompts())
    qtbot.addWidget(w)
    w.show()
    yield w


def test_every_setting_but_the_mail_account_is_offered_within_its_bounds(
    qtbot: QtBot, services: Services
) -> None:
    dialog = SettingsDialog(None, settings=services.settings)
    qtbot.addWidget(dialog)
    offered = set(dialog.editors)
    assert offered == {s for s in all_settings() if not s.key.startswith("mail.")}
    assert MAIL_HOST not in offered  # File ▸ Mail account… has its own dialog
    days = dialog.editors[NO_RESPONSE_DAYS]
    assert isinstance(days, QSpinBox)
    assert (days.minimum(), days.maximum(), days.value()) == (1, 365, 30)
    assert all(editor.accessibleName() for editor in dialog.editors.values())


def test_preferences_from_the_window_change_how_the_funnel_counts(
    window: MainWindow, services: Services
) -> None:
    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, SettingsDialog)
        dialog.editors[MIN_SAMPLE].setValue(10)  # type: ignore[union-attr]
        dialog.editors[REFERENCE_RESPONSE].setValue(30)  # type: ignore[union-attr]
        dialog.accept()

    with answering_dialogs(fill):
        window.preferences_action.trigger()
    assert services.settings.get(MIN_SAMPLE) == 10
    assert services.settings.get(REFERENCE_RESPONSE) == 30
    assert services.settings.get(NO_RESPONSE_DAYS) == 30  # untouched
    assert "Changed 2 settings" in window.statusBar().currentMessage()


def test_cancel_keeps_everything_and_restore_defaults_puts_them_back(
    window: MainWindow, services: Services
) -> None:
    services.settings.set(MIN_SAMPLE, 12)

    def cancel(dialog: QDialog) -> None:
        dialog.editors[MIN_SAMPLE].setValue(3)  # type: ignore[attr-defined]
        dialog.reject()

    with answering_dialogs(cancel):
        window.preferences_action.trigger()
    assert services.settings.get(MIN_SAMPLE) == 12

    def restore(dialog: QDialog) -> None:
        assert isinstance(dialog, SettingsDialog)
        dialog.restore_defaults()
        dialog.accept()

    with answering_dialogs(restore):
        window.preferences_action.trigger()
    assert services.settings.get(MIN_SAMPLE) == MIN_SAMPLE.default
