"""Recovery breaks in the window: taken from Today and from the Edit menu, listed, changed and
removed with undo; Today on a break; the table, the status bar and Insights telling one story
with a break inside the no-response period; the Activity charts shading each break."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from jobdesk.domain.application import ApplicationDetails
from jobdesk.domain.breaks import Break
from jobdesk.domain.enums import Stage
from jobdesk.domain.funnel import End
from jobdesk.domain.settings import NO_RESPONSE_DAYS
from jobdesk.services.bundle import Services
from jobdesk.ui.dialogs.prompts import Prompts
from jobdesk.ui.pipeline.model import COL_COMPANY, QuickFilter
from jobdesk.ui.shell.main_window import MainWindow
from jobdesk.ui.today.breaks import BreakDialog, BreaksDialog
from jobdesk.ui.today.models import COL_APPLICATION, COL_KIND
from tests.qt_helpers import answering_dialogs
from tests.ui.insights.charts_drawn import drawn

TODAY = date(2026, 11, 20)  # the conftest's fixed day, a Friday
APPLIED = TODAY - timedelta(days=40)  # 11 October
FORTNIGHT = Break(date(2026, 10, 20), date(2026, 11, 2), "Two weeks off")  # 14 days inside


@pytest.fixture
def window(qtbot: QtBot, services: Services) -> Iterator[MainWindow]:
    services.pipeline.add(ApplicationDetails("Acme", "Backend Engineer", APPLIED))
    services.pipeline.add(ApplicationDetails("Globex", "SRE", TODAY - timedelta(days=12)))
    w = MainWindow(services)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.tabs.setCurrentWidget(w.today_tab)
    yield w


def listed(window: MainWindow) -> list[tuple[str, str]]:
    model = window.today_tab.model
    return [
        (model.index(r, COL_KIND).data(), model.index(r, COL_APPLICATION).data())
        for r in range(model.rowCount())
    ]


def active_companies(window: MainWindow) -> list[str]:
    tab = window.pipeline_tab
    tab.set_quick_filter(QuickFilter.ACTIVE)
    model = tab.model
    return sorted(model.index(r, COL_COMPANY).data() for r in range(model.rowCount()))


def fill_break(first: date, last: date, note: str = "") -> object:
    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, BreakDialog)
        dialog.from_edit.setDate(QDate(first.year, first.month, first.day))
        dialog.to_edit.setDate(QDate(last.year, last.month, last.day))
        dialog.note_edit.setText(note)
        dialog.accept()

    return fill


def test_a_break_taken_from_today_pauses_the_nudges_until_undone(
    window: MainWindow, services: Services
) -> None:
    tab = window.today_tab
    assert listed(window) == [
        ("Follow-up due", "Globex — SRE"),
        ("No reply", "Acme — Backend Engineer"),
    ]
    assert not tab.break_box.isVisible()
    assert tab.break_button.text() == "Take a &break…"

    with answering_dialogs(fill_break(TODAY, TODAY + timedelta(days=9), "Rest")) as seen:
        tab.break_button.click()
    assert len(seen) == 1
    (stored,) = services.breaks.breaks()
    assert (stored.starts_on, stored.ends_on, stored.note) == (TODAY, date(2026, 11, 29), "Rest")
    assert tab.break_box.isVisible()
    assert tab.break_label.text().startswith(
        "You are on a break until Sunday 29 November. Nudges are paused:"
    )
    assert listed(window) == []
    assert tab.empty_label.text() == "Nothing needs doing: rest well."
    assert tab.break_button.text() == "Change the &break…"
    assert window.statusBar().currentMessage() == (
        "Added the break Fri 20 Nov – Sun 29 Nov 2026 (10 days). Undo with Ctrl+Z."
    )

    # From Today the same button changes the break that is on.
    with answering_dialogs(fill_break(TODAY, TODAY + timedelta(days=2), "Rest")):
        tab.break_button.click()
    assert services.breaks.breaks()[0].ends_on == date(2026, 11, 22)
    assert "until Sunday 22 November" in tab.break_label.text()

    window.undo_action.trigger()  # the change
    assert services.breaks.breaks()[0].ends_on == date(2026, 11, 29)
    window.undo_action.trigger()  # the break itself
    assert services.breaks.breaks() == ()
    assert not tab.break_box.isVisible()
    assert len(listed(window)) == 2
    window.redo_action.trigger()
    assert tab.break_box.isVisible()


def board_cards(window: MainWindow, stage: Stage | None) -> list[str]:
    window.select_tab("Board")
    model = window.board_tab.column(stage).model
    return sorted(model.card(row).company for row in range(model.rowCount()))


def test_the_table_the_status_bar_the_board_and_insights_agree_with_a_break_inside(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    # Acme: sent 40 days ago with no reply. Without a break, silent at 30 days.
    assert window.count_label.text() == "2 applications · 1 with no response"
    assert active_companies(window) == ["Globex"]
    assert board_cards(window, None) == ["Acme"]  # Closed: no response
    window.tabs.setCurrentWidget(window.today_tab)
    assert ("No reply", "Acme — Backend Engineer") in listed(window)

    window.perform(lambda: services.breaks.add(FORTNIGHT))  # 26 counted days
    assert window.count_label.text() == "2 applications"  # the Active filter shows both
    assert active_companies(window) == ["Acme", "Globex"]
    assert board_cards(window, Stage.APPLIED) == ["Acme", "Globex"]
    assert board_cards(window, None) == []
    window.tabs.setCurrentWidget(window.today_tab)
    tally = services.insights.view().funnel.tally
    assert (tally.at(Stage.APPLIED, End.PENDING), tally.at(Stage.APPLIED, End.TIMED_OUT)) == (2, 0)
    assert [kind for kind, _name in listed(window)] == ["Follow-up due", "Follow-up due"]

    # At 20 days the 26 counted days are past it: silent everywhere again.
    window.perform(lambda: services.settings.set(NO_RESPONSE_DAYS, 20))
    assert window.count_label.text() == "Showing 1 of 2 applications · 1 with no response"
    assert active_companies(window) == ["Globex"]
    tally = services.insights.view().funnel.tally
    assert tally.at(Stage.APPLIED, End.TIMED_OUT) == 1
    assert board_cards(window, None) == ["Acme"]
    window.tabs.setCurrentWidget(window.today_tab)
    assert ("No reply", "Acme — Backend Engineer") in listed(window)


def test_breaks_are_listed_changed_and_removed_from_the_edit_menu(
    window: MainWindow, services: Services
) -> None:
    services.breaks.add(FORTNIGHT)
    window.reload()
    texts: list[list[str]] = []

    def add_one(dialog: QDialog) -> None:
        assert isinstance(dialog, BreaksDialog)
        texts.append([dialog.list.item(i).text() for i in range(dialog.list.count())])
        with answering_dialogs(fill_break(TODAY, TODAY + timedelta(days=1), "<b>Weekend</b>")):
            dialog.add_button.click()
        texts.append([dialog.list.item(i).text() for i in range(dialog.list.count())])
        dialog.list.setCurrentRow(0)
        assert dialog.remove_button.isEnabled()
        dialog.remove_button.click()
        texts.append([dialog.list.item(i).text() for i in range(dialog.list.count())])

    with answering_dialogs(add_one):
        window.break_actions.manage_action.trigger()
    assert texts == [
        ["Tue 20 Oct – Mon 2 Nov 2026 (14 days) — Two weeks off"],
        [
            "Tue 20 Oct – Mon 2 Nov 2026 (14 days) — Two weeks off",
            "Fri 20 Nov – Sat 21 Nov 2026 (2 days) — on now — <b>Weekend</b>",
        ],
        ["Fri 20 Nov – Sat 21 Nov 2026 (2 days) — on now — <b>Weekend</b>"],
    ]
    assert [b.note for b in services.breaks.breaks()] == ["<b>Weekend</b>"]
    assert window.undo_action.text() == (
        "&Undo Remove the break Tue 20 Oct – Mon 2 Nov 2026 (14 days)"
    )
    window.undo_action.trigger()
    assert [b.note for b in services.breaks.breaks()] == ["Two weeks off", "<b>Weekend</b>"]


def test_a_break_that_ends_before_it_starts_is_explained_in_the_form(
    window: MainWindow, services: Services
) -> None:
    said: list[str] = []

    def backwards(dialog: QDialog) -> None:
        assert isinstance(dialog, BreakDialog)
        dialog.from_edit.setDate(QDate(2026, 11, 20))
        dialog.to_edit.setDate(QDate(2026, 11, 19))
        dialog.accept()
        assert dialog.isVisible()  # kept open, nothing lost
        said.append(dialog.error_label.text())

    with answering_dialogs(backwards):
        window.today_tab.break_button.click()
    assert said == [
        "The break ends (19 Nov 2026) before it starts (20 Nov 2026). Swap the two dates."
    ]
    assert services.breaks.breaks() == ()


class RecordingPrompts(Prompts):
    def __init__(self) -> None:
        self.told: list[str] = []

    def info(self, parent: QWidget | None, text: str) -> None:
        self.told.append(text)


def test_how_it_counts_says_breaks_are_not_counted(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    prompts = RecordingPrompts()
    w = MainWindow(services, prompts=prompts)
    qtbot.addWidget(w)
    w.show()
    assert w.select_tab("Insights")
    qtbot.waitUntil(lambda: w.insights_tab.loaded)
    panel = w.insights_tab.panel
    assert panel is not None
    assert panel.scope_label.text() == (
        "2 applications. No reply within 30 days counts as no response, and younger "
        "applications are too early for the response rate; a rate needs 5 resolved "
        "applications."
    )
    w.perform(lambda: services.breaks.add(FORTNIGHT))
    assert panel.scope_label.text() == (
        "2 applications. No reply within 30 days (not counting your breaks) counts as no "
        "response, and younger applications are too early for the response rate; a rate "
        "needs 5 resolved applications."
    )
    panel.rules_button.click()
    (told,) = prompts.told
    assert told.startswith(
        "How it counts\n\nThe figures after the rules are your own, as counted today over your "
        "2 applications.\n\nHow far an application got. Comes from its dated"
    )
    assert (
        "Breaks are not counted against anyone. The days inside your recovery breaks do not "
        "count towards those 30 days, nor towards the follow-up wait: the 10 quiet days after "
        "which a follow-up is suggested. For example, a break of 14 days inside an "
        "application's first 40 days leaves 26 counted days."
    ) in told


def test_the_activity_charts_shade_each_break(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    window.perform(lambda: services.breaks.add(FORTNIGHT))
    assert window.select_tab("Insights")
    qtbot.waitUntil(lambda: window.insights_tab.loaded)
    panel = window.insights_tab.panel
    assert panel is not None
    assert panel.select_page("Activity")
    view = panel.activity_view
    for chart in (view.counts_chart, view.rate_chart):  # each made in a step of its own
        drawn(qtbot, chart)
    # Weeks from Mon 5 Oct (Acme was sent on Sun 11 Oct) to Mon 16 Nov: week k at x = k.
    # Tue 20 Oct is day 15 from 5 Oct: 15/7 − 0.5; the end of Mon 2 Nov is day 29: 29/7 − 0.5.
    assert len(view.bands) == 2  # one per chart
    for band in view.bands:
        low, high = band.getRegion()
        assert (round(low, 6), round(high, 6)) == (round(15 / 7 - 0.5, 6), round(29 / 7 - 0.5, 6))
        assert not band.movable
    window.undo_action.trigger()
    assert view.bands == []
