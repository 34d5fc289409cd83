"""The Today tab on the sample search, as a user drives it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from jobdesk.domain.application import ApplicationDetails
from jobdesk.domain.enums import Stage
from jobdesk.domain.feedback import Via
from jobdesk.domain.settings import FOLLOW_UP_DAYS, OPEN_ON_TODAY, PACING_APPLICATIONS
from jobdesk.domain.templates import Purpose
from jobdesk.domain.today import ItemKind
from jobdesk.services.bundle import Services
from jobdesk.ui.dialogs.common import plain_tooltip
from jobdesk.ui.dialogs.fitted_columns import widest_cell
from jobdesk.ui.pipeline.model import COL_NEXT_STEP_ON, QuickFilter
from jobdesk.ui.shell.main_window import MainWindow
from jobdesk.ui.today.models import COL_APPLICATION, COL_KIND, COL_TODO
from jobdesk.ui.today.tab import TodayTab


def sample(services: Services) -> None:
    services.pipeline.load_sample()
    services.feedback.load_sample()
    services.offers.load_sample()


def make_window(qtbot: QtBot, services: Services) -> MainWindow:
    w = MainWindow(services)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


@pytest.fixture
def window(qtbot: QtBot, services: Services) -> Iterator[MainWindow]:
    sample(services)
    w = make_window(qtbot, services)
    w.open_start_tab()
    yield w


def cells(window: MainWindow, column: int) -> list[str]:
    model = window.today_tab.model
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_the_sample_search_today(window: MainWindow) -> None:
    tab = window.today_tab
    assert window.tabs.currentWidget() is tab
    assert tab.title.text() == "<h2>Today, Friday 20 November</h2>"
    # 9 follow-ups due (Feedback ▸ Follow-ups due lists the same 9), then the 34 silent ones;
    # the sample's two offers are due in 4 and 6 days, not yet pressing; no next step is late.
    kinds = cells(window, COL_KIND)
    assert (len(kinds), kinds.count("Follow-up due"), kinds.count("No reply")) == (43, 9, 34)
    assert kinds[:9] == ["Follow-up due"] * 9
    names, todo = cells(window, COL_APPLICATION), cells(window, COL_TODO)
    assert (names[0], todo[0]) == (
        "Emberline Games — Staff Software Engineer",
        "No news for 28 days: a short, polite follow-up is due.",
    )
    assert (names[9], todo[9]) == (
        "Beacon Telematics — Full-Stack Developer",
        "No reply for 82 days: follow up, or close it as no response.",
    )
    assert len(set(names)) == 43  # each application once
    assert tab.health_label.text() == "28 applications are still moving (your minimum is 5)."
    assert tab.carrying_label.isHidden()
    assert tab.leak_label.text().startswith(
        "Technical → final round is where your search leaks most: 50% moved on (5 of 10) "
        "against a reference of 60%."
    )
    assert tab.week_label.text() == (
        "This week: 4 applications sent. Steady work like this is what moves a search."
    )


def test_it_opens_with_the_keyboard_in_the_list_and_enter_opens_the_first_item(
    qtbot: QtBot, services: Services
) -> None:
    sample(services)
    w = MainWindow(services)  # as a start makes it: the tab first, then shown, then focus
    qtbot.addWidget(w)
    w.open_start_tab()
    w.show()
    qtbot.waitExposed(w)
    w.focus_tab_content()
    tab = w.today_tab
    assert w.focusWidget() is tab.table
    assert tab.selected_item() is not None
    first = tab.selected_item()
    assert first is not None and first.name == "Emberline Games — Staff Software Engineer"
    QTest.keyClick(tab.table, Qt.Key.Key_Return)
    assert w.tabs.currentWidget() is w.pipeline_tab
    app = w.pipeline_tab.current_application()
    assert app is not None and app.details.company == "Emberline Games"
    # Back on Today (from the keyboard, in the Pipeline's table) the list has it again.
    w.select_tab("Today")
    assert w.focusWidget() is tab.table


def test_an_item_opens_its_application_on_the_pipeline(window: MainWindow) -> None:
    window.pipeline_tab.set_quick_filter(QuickFilter.ACTIVE)  # would hide a silent one
    tab = window.today_tab
    tab.table.selectRow(9)
    assert tab.close_button.isEnabled()
    tab.open_button.click()
    assert window.tabs.currentWidget() is window.pipeline_tab
    assert window.pipeline_tab.selected_ids() == [1]
    app = window.pipeline_tab.current_application()
    assert app is not None and app.details.company == "Beacon Telematics"
    # A follow-up item is no silent one: it cannot be closed as no response from here.
    window.select_tab("Today")
    tab.table.selectRow(0)
    assert tab.open_button.isEnabled() and not tab.close_button.isEnabled()


def test_closing_a_silent_one_as_no_response_and_undoing(window: MainWindow) -> None:
    tab = window.today_tab
    tab.table.selectRow(9)
    tab.close_button.click()
    assert window.tabs.currentWidget() is tab
    assert tab.model.rowCount() == 42
    assert "Beacon Telematics — Full-Stack Developer" not in cells(window, COL_APPLICATION)
    # Closed as no response, it still counts as one: the status bar's count stays.
    assert window.count_label.text() == "82 applications · 41 with no response"
    assert "Undo with Ctrl+Z" in window.statusBar().currentMessage()
    window.undo()
    assert tab.model.rowCount() == 43
    assert window.count_label.text() == "82 applications · 41 with no response"


def test_a_hidden_today_tab_does_no_work(qtbot: QtBot, services: Services) -> None:
    sample(services)
    w = make_window(qtbot, services)
    assert w.tabs.currentWidget() is w.pipeline_tab  # a window made directly stays there
    assert w.today_tab.agenda is None
    w.select_tab("Today")
    assert w.today_tab.agenda is not None and len(w.today_tab.agenda.items) == 43


def test_start_on_today_only_with_data_and_the_setting_on(qtbot: QtBot, services: Services) -> None:
    empty = make_window(qtbot, services)
    empty.open_start_tab()
    assert empty.tabs.currentWidget() is empty.pipeline_tab  # the empty state's buttons
    sample(services)
    services.settings.set(OPEN_ON_TODAY, False)
    off = make_window(qtbot, services)
    off.open_start_tab()
    assert off.tabs.currentWidget() is off.pipeline_tab


def test_the_leaking_stage_opens_the_insights(window: MainWindow) -> None:
    window.today_tab.leak_label.linkActivated.emit("insights")
    assert window.tabs.currentWidget() is window.insights_tab


def test_the_agenda_model_passes_the_model_tester(
    window: MainWindow, qtmodeltester: ModelTester
) -> None:
    qtmodeltester.check(window.today_tab.model)
    assert window.today_tab.model.item(0).kind is ItemKind.FOLLOW_UP


def test_many_applications_and_no_replies_suggest_looking_upstream(
    qtbot: QtBot, services: Services
) -> None:
    for n in range(1, 11):  # ten sent on 11 to 20 November, none answered
        services.pipeline.add(
            ApplicationDetails(f"Company {n}", "Engineer", date(2026, 11, 10 + n))
        )
    w = make_window(qtbot, services)
    w.select_tab("Today")
    assert w.today_tab.pacing_label.text().startswith(
        "You sent 10 applications in the last 14 days and heard back from none."
    )
    services.settings.set(PACING_APPLICATIONS, 11)
    w.reload()
    assert w.today_tab.pacing_label.isHidden()


def test_a_long_what_to_do_shows_whole_for_the_selected_item_and_in_its_tooltip(
    qtbot: QtBot, services: Services
) -> None:
    step = (
        "Send <b>Anna</b> the take-home exercise with the write-up on caching, the load "
        "test figures and the two questions about the on-call rota"
    )
    app_id = services.pipeline.add(
        ApplicationDetails(
            "Northwind Logistics International",
            "Senior Platform Engineer",
            date(2026, 11, 2),
            next_step=step,
            next_step_on=date(2026, 11, 19),
        )
    ).application_ids[0]
    window = make_window(qtbot, services)
    window.resize(900, 600)
    assert window.select_tab("Today")
    qtbot.wait(20)  # the layout settles once shown
    tab = window.today_tab
    row = next(r for r in range(tab.model.rowCount()) if tab.model.item(r).application_id == app_id)
    tab.table.selectRow(row)
    index = tab.model.index(row, COL_TODO)
    text = index.data()
    # The planned day written as every list writes dates (the Pipeline's Next step on).
    assert text == (
        f"{step} was planned for 19 Nov 2026 (yesterday): record what happened, or give it a "
        "new date."
    )
    pipeline = window.pipeline_tab.model
    pipeline_row = pipeline.row_of(app_id)
    assert pipeline_row is not None
    assert pipeline.index(pipeline_row, COL_NEXT_STEP_ON).data() == "19 Nov 2026"
    # In the list the text is cut off...
    shown = tab.table.columnWidth(COL_TODO)
    assert tab.table.fontMetrics().horizontalAdvance(text) > shown
    # ...and shown whole, wrapped and as typed (not as markup), under it.
    whole = tab.whole_label
    assert whole.isVisible()
    assert whole.text() == f"Northwind Logistics International — Senior Platform Engineer: {text}"
    assert whole.textFormat() == Qt.TextFormat.PlainText
    assert whole.height() >= whole.heightForWidth(whole.width())
    assert whole.heightForWidth(whole.width()) > whole.fontMetrics().height(), "wrapped"
    # Its tooltip holds it whole too, as plain text.
    assert index.data(Qt.ItemDataRole.ToolTipRole) == plain_tooltip(text)
    tab.table.clearSelection()
    assert whole.isHidden()


def test_changes_made_while_today_is_hidden_show_when_it_is_shown_again(
    window: MainWindow,
) -> None:
    """Today keeps its split of the open applications; changes made elsewhere reach it."""
    tab = window.today_tab
    window.select_tab("Pipeline")
    window.close_as_no_response(1)  # Beacon Telematics, silent, closed from elsewhere
    window.select_tab("Today")
    assert tab.model.rowCount() == 42
    assert "Beacon Telematics — Full-Stack Developer" not in cells(window, COL_APPLICATION)
    window.select_tab("Pipeline")
    window.undo()
    window.select_tab("Today")
    assert tab.model.rowCount() == 43
    assert cells(window, COL_APPLICATION)[9] == "Beacon Telematics — Full-Stack Developer"


def test_the_follow_ups_follow_changes_made_while_today_is_hidden(window: MainWindow) -> None:
    """Today keeps the follow-ups it worked out; a step forward, a follow-up sent and a
    shorter follow-up period each reach it."""
    services = window.services

    def follow_ups() -> list[str]:
        kinds, names = cells(window, COL_KIND), cells(window, COL_APPLICATION)
        return [n for k, n in zip(kinds, names, strict=True) if k == "Follow-up due"]

    first = follow_ups()
    assert len(first) == 9 and first[0] == "Emberline Games — Staff Software Engineer"
    emberline = next(a for a in window.rows.all() if a.company == "Emberline Games")
    stages = list(Stage)
    onward = stages[stages.index(emberline.furthest_stage) + 1]
    window.select_tab("Pipeline")
    window.perform(lambda: services.pipeline.advance(emberline.id, onward, date(2026, 11, 20)))
    window.select_tab("Today")
    assert follow_ups() == first[1:]  # news today: no nudge due
    window.select_tab("Pipeline")
    window.undo()
    window.select_tab("Today")
    assert follow_ups() == first
    second = next(a.id for a in window.rows.all() if a.name == first[1])
    window.select_tab("Pipeline")
    window.perform(
        lambda: services.feedback.record_sent(
            second, Purpose.FOLLOW_UP, Via.CLIPBOARD, date(2026, 11, 20)
        )
    )
    window.select_tab("Today")
    assert follow_ups() == [first[0], *first[2:]]  # followed up today
    window.select_tab("Pipeline")
    window.perform(lambda: services.settings.set(FOLLOW_UP_DAYS, 60))
    window.select_tab("Today")
    assert follow_ups() == []  # none has been quiet for 60 days and is not silent


def text_width(tab: TodayTab, row: int, column: int) -> int:
    """The room a cell's text takes (its margins included)."""
    return tab.table.sizeHintForIndex(tab.model.index(row, column)).width()


def test_at_1920_every_application_shows_whole_and_what_to_do_takes_the_rest(
    qtbot: QtBot, services: Services
) -> None:
    sample(services)
    window = make_window(qtbot, services)
    window.resize(1920, 1080)
    assert window.select_tab("Today")
    qtbot.wait(20)  # the layout settles once shown
    tab = window.today_tab
    table = tab.table
    rows = range(tab.model.rowCount())
    names = max(text_width(tab, r, COL_APPLICATION) for r in rows)
    todos = max(text_width(tab, r, COL_TODO) for r in rows)
    assert names > 240  # the longest name did not fit the 240 px the column had
    assert table.columnWidth(COL_APPLICATION) >= names
    assert table.columnWidth(COL_KIND) >= max(text_width(tab, r, COL_KIND) for r in rows)
    assert table.columnWidth(COL_TODO) >= todos  # the rest, and more than it needs
    widths = sum(table.columnWidth(c) for c in (COL_KIND, COL_APPLICATION, COL_TODO))
    assert widths == table.viewport().width()  # no sideways scrolling, no gap
    # In a 900 px window what to do gives way first, and the names keep a readable width.
    window.resize(900, 600)
    qtbot.wait(20)
    assert sum(table.columnWidth(c) for c in (COL_KIND, COL_APPLICATION, COL_TODO)) == (
        table.viewport().width()
    )
    assert table.columnWidth(COL_APPLICATION) >= 240


def test_each_column_is_as_wide_as_qt_measures_it_though_only_its_longest_texts_are_measured(
    window: MainWindow,
) -> None:
    tab = window.today_tab
    assert tab.model.rowCount() == 43  # more rows than are measured (those of its 3 widest texts)
    for column in (COL_KIND, COL_APPLICATION, COL_TODO):
        measured = widest_cell(tab.table, column, tab.model.texts(column))
        assert measured == tab.table.sizeHintForColumn(column)
