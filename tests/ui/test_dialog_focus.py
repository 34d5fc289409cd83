"""Where the keyboard is when a form opens: on its first field, and every Tab stop a control
the user can see (a dialog's scroll area is no stop of its own)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QScrollArea, QTabBar, QWidget
from pytestqt.qtbot import QtBot

from jobdesk.domain.application import Application, ApplicationDetails
from jobdesk.services.bundle import Services
from jobdesk.ui.debriefs.debrief_dialog import DebriefDialog
from jobdesk.ui.pipeline.application_dialog import ApplicationDialog
from jobdesk.ui.shell.main_window import MainWindow
from jobdesk.ui.shell.settings_dialog import SettingsDialog

TODAY = date(2026, 11, 20)
APP = Application(1, ApplicationDetails("Acme", "Backend Engineer", date(2026, 11, 2)), ())


def shown(qtbot: QtBot, dialog: QDialog) -> QDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def tab_stops(dialog: QDialog, limit: int = 80) -> list[QWidget]:
    """Every widget Tab stops at, once round from where the focus is."""
    first = QApplication.focusWidget()
    assert first is not None
    stops = [first]
    for _ in range(limit):
        QTest.keyClick(stops[-1], Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        assert now is not None
        if now is first:
            return stops
        stops.append(now)
    raise AssertionError("Tab never came back round")


FORMS: dict[str, tuple[Callable[[Services], QDialog], Callable[[QDialog], QWidget]]] = {
    "new application": (
        lambda _s: ApplicationDialog(None, today=TODAY, companies=[], resume_variants=[]),
        lambda d: d.company_edit,  # type: ignore[attr-defined]
    ),
    "write the debrief": (
        lambda _s: DebriefDialog(None, app=APP, today=TODAY, interviews=(), tag_names=()),
        lambda d: d.interview_combo,  # type: ignore[attr-defined]
    ),
    "preferences": (
        lambda s: SettingsDialog(None, settings=s.settings),
        lambda d: next(iter(d.editors.values())),  # type: ignore[attr-defined]
    ),
}


@pytest.mark.parametrize("form", FORMS.values(), ids=FORMS.keys())
def test_a_form_opens_on_its_first_field_and_tab_stops_only_at_controls(
    qtbot: QtBot,
    services: Services,
    form: tuple[Callable[[Services], QDialog], Callable[[QDialog], QWidget]],
) -> None:
    make, first_field = form
    dialog = shown(qtbot, make(services))
    assert QApplication.focusWidget() is first_field(dialog)
    stops = tab_stops(dialog)
    assert [type(w).__name__ for w in stops if isinstance(w, QScrollArea)] == []
    assert all(w.isVisible() for w in stops)


def test_debriefs_in_an_empty_search_opens_on_its_search_box(
    qtbot: QtBot, services: Services
) -> None:
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.focus_tab_content()
    assert window.pipeline_tab.isAncestorOf(QApplication.focusWidget())  # the empty state's
    assert window.select_tab("Debriefs")
    focused = QApplication.focusWidget()
    assert not isinstance(focused, QTabBar)
    assert focused is window.debriefs_tab.search_edit
