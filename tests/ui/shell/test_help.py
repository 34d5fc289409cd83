"""Help ▸ Keyboard shortcuts lists the window's own actions; Help ▸ How jobdesk counts its rules."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from jobdesk.domain.settings import MIN_SAMPLE, NO_RESPONSE_DAYS
from jobdesk.services.bundle import Services
from jobdesk.ui.shell.help_dialogs import CountingDialog, ShortcutsDialog
from jobdesk.ui.shell.main_window import MainWindow
from tests.qt_helpers import answering_dialogs


@pytest.fixture
def window(qtbot: QtBot, services: Services) -> Iterator[MainWindow]:
    w = MainWindow(services)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w


def shortcut_rows(window: MainWindow) -> list[tuple[str, str, str]]:
    rows: list[tuple[str, str, str]] = []

    def read(dialog: QDialog) -> None:
        assert isinstance(dialog, ShortcutsDialog)
        rows.extend(dialog.rows())

    with answering_dialogs(read):
        window.shortcuts_action.trigger()
    return rows


def test_the_shortcuts_come_from_the_actions_grouped_by_menu(
    qtbot: QtBot, window: MainWindow
) -> None:
    rows = shortcut_rows(window)

    for row in [
        ("File", "New application", "Ctrl+N"),
        ("Edit", "Undo", "Ctrl+Z"),
        ("Edit", "Redo", "Ctrl+Shift+Z or Ctrl+Y"),
        ("Application", "Move forward", "Ctrl+M"),
        ("Application", "Log rejection", "Ctrl+Shift+R"),
        ("View", "Show offers", "Ctrl+2"),
        ("View", "Next tab", "Ctrl+PgDown"),
        ("View", "Previous tab", "Ctrl+PgUp"),
        ("Help", "Keyboard shortcuts", "Ctrl+/"),
        ("Board", "Move card forward", "Ctrl+Right"),
        ("Offers", "Remove", "Del"),  # was listed as "Other ▸ Remove": of what?
    ]:
        assert row in rows
    assert "Other" not in {group for group, _text, _keys in rows}
    assert not any("&" in text or "…" in text for _group, text, _keys in rows)
    # Each action once, under the first menu holding it.
    actions = [(group, text) for group, text, _keys in rows if group != "Other keys"]
    assert len(actions) == len(set(actions))
    assert [text for _g, text, _k in rows].count("Delete") == 1


def test_a_new_action_with_a_shortcut_appears_by_itself(qtbot: QtBot, window: MainWindow) -> None:
    action = QAction("&Tidy the &&desk…", window)
    action.setShortcut(QKeySequence("Ctrl+Alt+J"))
    view_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    view_menu.addAction(action)

    assert ("View", "Tidy the &desk", "Ctrl+Alt+J") in shortcut_rows(window)


def test_how_jobdesk_counts_uses_the_settings_as_set(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    services.settings.set(NO_RESPONSE_DAYS, 21)
    services.settings.set(MIN_SAMPLE, 8)
    texts: list[str] = []

    def read(dialog: QDialog) -> None:
        assert isinstance(dialog, CountingDialog)
        texts.append(dialog.text.text())

    with answering_dialogs(read):
        window.counting_action.trigger()

    (text,) = texts
    assert "no reply 21 days after you sent it counts as no response" in text
    assert "fewer than 8 decided applications" in text
    assert "A rejection is a reply." in text
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    assert [a.text() for a in help_menu.actions() if not a.isSeparator()] == [
        "&Keyboard shortcuts",
        "How jobdesk &counts",
        "&About jobdesk",
    ]
