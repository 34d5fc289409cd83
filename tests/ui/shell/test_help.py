"""Help ▸ Keyboard shortcuts lists the window's own actions; Help ▸ How jobdesk counts its rules."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtGui import QAction, QKeySequence, QTextDocument
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from jobdesk.domain.application import ApplicationDetails
from jobdesk.domain.enums import Stage
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


def counting_text(window: MainWindow) -> str:
    """Help ▸ How jobdesk counts, as the user reads it (plain text)."""
    texts: list[str] = []

    def read(dialog: QDialog) -> None:
        assert isinstance(dialog, CountingDialog)
        document = QTextDocument()
        document.setHtml(dialog.text.text())
        texts.append(document.toPlainText())

    with answering_dialogs(read):
        window.counting_action.trigger()
    (text,) = texts
    return text


def test_how_jobdesk_counts_uses_the_settings_as_set(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    services.settings.set(NO_RESPONSE_DAYS, 21)
    services.settings.set(MIN_SAMPLE, 8)

    text = counting_text(window)
    assert "no reply 21 days after you sent it counts as no response" in text
    assert "fewer than 8 decided applications" in text
    assert "A rejection is a reply." in text
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    assert [a.text() for a in help_menu.actions() if not a.isSeparator()] == [
        "&Keyboard shortcuts",
        "How jobdesk &counts",
        "&About jobdesk",
    ]


def test_with_no_search_yet_the_figures_are_said_to_be_an_example(window: MainWindow) -> None:
    text = counting_text(window)

    assert (
        "follow these rules. You have no applications yet, so the figures after the rules "
        "are an example: once you add some, they are your own.\n"
    ) in text
    assert (
        "counts as withdrawn. For example: 35 of 82 applications count as no response, 6 of "
        "them marked ghosted.\n"
    ) in text
    assert (
        "For example: response → screen counts 9 of 16 decided as moved on, with 7 pending "
        "beside it and 2 withdrawn left out.\n"
    ) in text
    assert "and after. For example: “too early: 8 of 26 have replied so far”.\n" in text
    assert "For example: 3 of the 5 steps rest on enough decided applications for a rate." in text
    assert "Yours" not in text and "your own, as counted" not in text


def add_search(services: Services) -> None:
    """Eight applications on 20 Nov 2026 (no reply after 30 days is no response): two never
    answered (one marked ghosted), one reached a screen, one replied and waits, one was
    turned down at once, one withdrew, and two sent in November (one has replied)."""
    pipeline = services.pipeline

    def add(company: str, applied: date) -> int:
        details = ApplicationDetails(company, "Engineer", applied)
        return pipeline.add(details).application_ids[0]

    add("Silent", date(2026, 9, 1))
    pipeline.mark_ghosted(add("Ghosting", date(2026, 9, 2)), date(2026, 10, 1))
    screened = add("Screened", date(2026, 9, 3))
    pipeline.advance(screened, Stage.RESPONDED, date(2026, 9, 10))
    pipeline.advance(screened, Stage.SCREEN, date(2026, 9, 20))
    pipeline.advance(add("Waiting", date(2026, 9, 4)), Stage.RESPONDED, date(2026, 9, 12))
    pipeline.reject(add("Quick no", date(2026, 9, 5)), date(2026, 9, 8), stage=Stage.APPLIED)
    pipeline.withdraw(add("Withdrawn", date(2026, 9, 6)), date(2026, 9, 30))
    add("Young", date(2026, 11, 10))
    pipeline.advance(add("Young reply", date(2026, 11, 12)), Stage.RESPONDED, date(2026, 11, 15))


def test_with_a_search_the_figures_are_the_users_own(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    add_search(services)
    window.reload()

    text = counting_text(window)
    assert (
        "follow these rules. The figures after the rules are your own, as counted today over "
        "your 8 applications.\n"
    ) in text
    assert (
        "counts as withdrawn. Yours today: 2 of your 8 applications count as no response, 1 "
        "of them marked ghosted.\n"
    ) in text
    assert window.count_label.text() == "8 applications · 2 with no response"  # one story
    # The rejection straight after applying ended at "responded"; "Waiting" and "Young
    # reply" wait for a screen.
    assert (
        "Yours today: response → screen counts 1 of 2 decided as moved on, with 2 pending "
        "beside it and 0 withdrawn left out.\n"
    ) in text
    assert "and after. Yours today: “too early: 1 of 2 have replied so far”.\n" in text
    # Application → response rests on 5 decided (the withdrawn one and the young aside).
    assert "Yours today: 1 of the 5 steps rests on enough decided applications for a rate." in text
    assert "For example:" not in text.replace("For example, a break", "")
    assert "82" not in text
