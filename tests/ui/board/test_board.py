"""The Board tab as a user drives it: cards dropped on columns, shortcuts, undo, limits."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, QEvent, QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from jobdesk.domain.application import ApplicationDetails, EventKind
from jobdesk.domain.enums import Outcome, Stage
from jobdesk.services.bundle import Services
from jobdesk.services.pipeline import Pipeline
from jobdesk.ui.board.models import (
    APP_ID_ROLE,
    CARD_MIME_TYPE,
    CardsModel,
    decode_card,
    encode_card,
)
from jobdesk.ui.board.tab import CARD_LIMIT, BoardTab
from jobdesk.ui.dialogs.prompts import Prompts
from jobdesk.ui.pipeline.stage_dialogs import AdvanceDialog
from jobdesk.ui.shell.main_window import MainWindow
from tests.conftest import TODAY
from tests.qt_helpers import answering_dialogs


class RecordingPrompts(Prompts):
    def __init__(self) -> None:
        self.errors: list[str] = []

    def error(self, parent: QWidget | None, text: str) -> None:
        self.errors.append(text)


@pytest.fixture
def window(qtbot: QtBot, services: Services) -> Iterator[MainWindow]:
    w = MainWindow(services, prompts=RecordingPrompts())
    qtbot.addWidget(w)
    w.resize(1200, 760)
    w.show()
    qtbot.waitExposed(w)
    yield w
    # QTest leaves the modifiers of its last key (Ctrl…) as held for the tests after this
    # one, where a selectRow() would then toggle rows: a plain key lets go of them.
    QTest.keyClick(w, Qt.Key.Key_Escape)


def add(pipeline: Pipeline, company: str, applied: date = date(2026, 11, 2)) -> int:
    details = ApplicationDetails(company, "Backend Engineer", applied)
    return pipeline.add(details).application_ids[0]


def open_board(window: MainWindow) -> BoardTab:
    window.reload()
    assert window.select_tab("Board")
    return window.board_tab


def cards(board: BoardTab, stage: Stage | None) -> list[str]:
    model = board.column(stage).model
    return [model.card(row).company for row in range(model.rowCount())]


def card_data(board: BoardTab, stage: Stage | None, company: str) -> QMimeData:
    """What a drag of `company`'s card carries: the column model's own mime data."""
    model = board.column(stage).model
    row = cards(board, stage).index(company)
    return model.mimeData([model.index(row, 0)])


def drop(qtbot: QtBot, board: BoardTab, stage: Stage | None, data: QMimeData) -> None:
    """What the window system sends for a drag that ends on `stage`'s column."""
    target = board.column(stage).view.viewport()
    pos = QPointF(QPoint(20, 20))
    move, left = Qt.DropAction.MoveAction, Qt.MouseButton.LeftButton
    none = Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(pos.toPoint(), move, data, left, none)
    QApplication.sendEvent(target, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(target, QDragMoveEvent(pos.toPoint(), move, data, left, none))
    dropped = QDropEvent(pos, move, data, left, none)
    QApplication.sendEvent(target, dropped)
    assert dropped.isAccepted()


def press(
    widget: QWidget, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    """A key pressed in `widget`, its window active (after a dialog, none is)."""
    # The dialog just answered is gone once its deferred deletion runs.
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    widget.window().activateWindow()
    assert QTest.qWaitForWindowActive(widget.window())
    assert QApplication.activeWindow() is widget.window()
    widget.setFocus()
    QTest.keyClick(widget, key, modifiers)


def test_dragging_a_card_forward_moves_it_and_undo_brings_it_back(
    qtbot: QtBot, window: MainWindow, pipeline: Pipeline
) -> None:
    acme = add(pipeline, "Acme")
    add(pipeline, "Globex")
    board = open_board(window)
    assert cards(board, Stage.APPLIED) == ["Globex", "Acme"]  # newest activity first

    seen: list[tuple[str, str]] = []

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, AdvanceDialog)
        # The column it was dropped on is offered, with the pipeline's own date field.
        seen.append((dialog.stage_combo.currentText(), dialog.windowTitle()))
        dialog.date_edit.setDate(QDate(2026, 11, 9))
        dialog.accept()

    with answering_dialogs(fill):
        drop(qtbot, board, Stage.SCREEN, card_data(board, Stage.APPLIED, "Acme"))
        qtbot.waitUntil(lambda: bool(seen))

    assert seen == [("Screen", "Move forward")]
    qtbot.waitUntil(lambda: cards(board, Stage.SCREEN) == ["Acme"])
    assert cards(board, Stage.APPLIED) == ["Globex"]
    assert board.column(Stage.SCREEN).title.text() == "Screen · 1"
    app = pipeline.application(acme)
    last = app.events[-1]
    assert (last.kind, last.stage, last.on, last.backfilled) == (
        EventKind.STAGE,
        Stage.SCREEN,
        date(2026, 11, 9),
        True,
    )
    # The history shows it, as after the pipeline's Move forward.
    assert "9 Nov 2026" in window.pipeline_tab.detail.toPlainText()
    assert "Reached screen (backfilled)" in window.pipeline_tab.detail.toPlainText()
    assert board.selected_ids() == [acme]  # the moved card stays selected

    press(board.column(Stage.SCREEN).view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)

    assert pipeline.application(acme).furthest_stage is Stage.APPLIED
    assert cards(board, Stage.SCREEN) == []
    assert cards(board, Stage.APPLIED) == ["Globex", "Acme"]


def test_a_backward_drop_is_refused_and_changes_nothing(
    qtbot: QtBot, window: MainWindow, pipeline: Pipeline
) -> None:
    acme = add(pipeline, "Acme")
    pipeline.advance(acme, Stage.TECHNICAL, date(2026, 11, 10))
    board = open_board(window)
    before = pipeline.application(acme)

    drop(qtbot, board, Stage.SCREEN, card_data(board, Stage.TECHNICAL, "Acme"))
    prompts = window.prompts
    assert isinstance(prompts, RecordingPrompts)
    qtbot.waitUntil(lambda: bool(prompts.errors))

    assert prompts.errors == [
        "Acme — Backend Engineer has already reached technical. To log a step it went "
        "through before that, use Add a missed step."
    ]
    assert pipeline.application(acme) == before
    assert cards(board, Stage.TECHNICAL) == ["Acme"]
    assert window.pipeline.undo_text() == "Move Acme — Backend Engineer to Technical"


def test_closed_cards_and_the_closed_column_refuse_drops(
    qtbot: QtBot, window: MainWindow, pipeline: Pipeline
) -> None:
    acme = add(pipeline, "Acme")
    globex = add(pipeline, "Globex")
    pipeline.reject(acme, date(2026, 11, 5))
    board = open_board(window)
    assert cards(board, None) == ["Acme"]
    assert board.column(None).model.index(0, 0).data().endswith("Rejected before the screen")
    prompts = window.prompts
    assert isinstance(prompts, RecordingPrompts)

    drop(qtbot, board, Stage.SCREEN, card_data(board, None, "Acme"))
    qtbot.waitUntil(lambda: len(prompts.errors) == 1)
    drop(qtbot, board, None, card_data(board, Stage.APPLIED, "Globex"))
    qtbot.waitUntil(lambda: len(prompts.errors) == 2)

    assert prompts.errors[0] == (
        "Acme — Backend Engineer cannot move forward: it is rejected. Reopen it first."
    )
    assert prompts.errors[1].startswith("Globex — Backend Engineer stays where it is")
    assert pipeline.application(acme).outcome is Outcome.REJECTED
    assert pipeline.application(globex).events == ()
    # "Show closed" off hides the end column.
    board.closed_box.setChecked(False)
    assert not board.column(None).isVisible()


def test_a_focused_card_moves_with_ctrl_right_and_ctrl_m(
    qtbot: QtBot, window: MainWindow, pipeline: Pipeline
) -> None:
    acme = add(pipeline, "Acme")
    board = open_board(window)
    view = board.column(Stage.APPLIED).view
    press(view, Qt.Key.Key_Down)  # focus lands on the first card; Down keeps it
    assert board.selected_ids() == [acme]
    assert window.advance_action.isEnabled()

    offered: list[str] = []

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, AdvanceDialog)
        offered.append(dialog.stage_combo.currentText())
        dialog.accept()

    with answering_dialogs(fill):
        press(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert offered == ["Responded"]
    assert cards(board, Stage.RESPONDED) == ["Acme"]
    responded = board.column(Stage.RESPONDED).view
    assert window.focusWidget() is responded  # the keyboard follows the card

    with answering_dialogs(fill):
        press(responded, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert offered == ["Responded", "Screen"]
    assert pipeline.application(acme).furthest_stage is Stage.SCREEN
    assert cards(board, Stage.SCREEN) == ["Acme"]


def test_double_click_opens_the_application(
    qtbot: QtBot, window: MainWindow, pipeline: Pipeline
) -> None:
    add(pipeline, "Acme")
    board = open_board(window)
    view = board.column(Stage.APPLIED).view
    rect = view.visualRect(view.model().index(0, 0))
    titles: list[str] = []

    def look(dialog: QDialog) -> None:
        titles.append(dialog.windowTitle())
        dialog.reject()

    with answering_dialogs(look):
        QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert titles == ["Edit application"]


def test_left_and_right_keys_step_between_columns(
    qtbot: QtBot, window: MainWindow, pipeline: Pipeline
) -> None:
    add(pipeline, "Acme")
    globex = add(pipeline, "Globex")
    pipeline.advance(globex, Stage.FINAL, date(2026, 11, 10))
    board = open_board(window)
    applied = board.column(Stage.APPLIED).view
    press(applied, Qt.Key.Key_Right)  # the empty columns between are skipped
    assert board.column(Stage.FINAL).view.hasFocus()
    assert board.selected_ids() == [globex]


def test_a_large_search_shows_the_first_cards_and_counts_the_rest(
    qtbot: QtBot, window: MainWindow, pipeline: Pipeline
) -> None:
    # Within the no-response period (30 days), so none counts as closed.
    first = TODAY - timedelta(days=20)
    for number in range(CARD_LIMIT + 34):
        add(pipeline, f"Company {number:03}", first + timedelta(days=number % 20))
    board = open_board(window)
    column = board.column(Stage.APPLIED)
    assert column.model.rowCount() == CARD_LIMIT
    assert column.title.text() == "Applied · 134"
    assert column.more.text() == "and 34 more"
    assert board.column(Stage.SCREEN).more.text() == ""


def test_a_hidden_board_does_no_work_until_shown(
    qtbot: QtBot, window: MainWindow, pipeline: Pipeline
) -> None:
    add(pipeline, "Acme")
    window.reload()
    assert cards(window.board_tab, Stage.APPLIED) == []  # not shown yet: not built
    window.pipeline_tab.select_first_row()  # the focus in the table
    window.select_tab("Board")
    assert cards(window.board_tab, Stage.APPLIED) == ["Acme"]
    # The focus moves on to the first column's cards, not to the "Show closed" box.
    assert window.focusWidget() is window.board_tab.column(Stage.APPLIED).view


def test_card_bytes_and_model(qtmodeltester, services: Services, pipeline: Pipeline) -> None:  # type: ignore[no-untyped-def]
    from jobdesk.domain.silence import Silence

    assert decode_card(encode_card(42)) == 42
    assert decode_card(b"42; DROP") is None
    assert decode_card(b"") is None
    add(pipeline, "Acme <b>Labs</b>")
    model = CardsModel()
    model.set_cards(pipeline.summaries(), Silence(TODAY, 30))
    qtmodeltester.check(model)
    index = model.index(0, 0)
    assert index.data() == "Acme <b>Labs</b>, Backend Engineer, 18 days idle"
    assert model.mimeData([index]).data(CARD_MIME_TYPE).data() == encode_card(1)


def test_a_board_shown_again_redraws_only_the_columns_changed_meanwhile(
    qtbot: QtBot, window: MainWindow, pipeline: Pipeline
) -> None:
    acme = add(pipeline, "Acme")
    add(pipeline, "Globex")
    window.reload()
    board = window.board_tab
    window.select_tab("Board")
    drawn: list[Stage | None] = []
    for stage, column in board.columns.items():
        column.model.modelReset.connect(lambda s=stage: drawn.append(s))
    window.select_tab("Pipeline")
    assert window.perform(lambda: pipeline.advance(acme, Stage.SCREEN)) is not None
    assert drawn == []  # hidden: the cards moved, nothing was drawn
    window.select_tab("Board")
    assert cards(board, Stage.APPLIED) == ["Globex"]
    assert cards(board, Stage.SCREEN) == ["Acme"]
    assert sorted(drawn, key=str) == sorted([Stage.APPLIED, Stage.SCREEN], key=str)
    drawn.clear()
    window.select_tab("Pipeline")
    window.select_tab("Board")
    assert drawn == []  # nothing changed since: nothing to draw again


def test_the_first_visit_keeps_the_window_active_and_its_shortcuts_working(
    qtbot: QtBot, window: MainWindow, pipeline: Pipeline
) -> None:
    # Built on its first visit, the board once showed its Closed column as a window of its
    # own for a moment: the main window lost the focus and no shortcut worked until clicked.
    add(pipeline, "Acme")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    shown: list[QWidget] = []

    class Watch(QWidget):
        def eventFilter(self, watched: object, event: QEvent) -> bool:
            if (
                event.type() == QEvent.Type.Show
                and isinstance(watched, QWidget)
                and watched.isWindow()
                and watched is not window
            ):
                shown.append(watched)
            return False

    watch = Watch()
    app = QApplication.instance()
    assert app is not None
    app.installEventFilter(watch)
    try:
        board = open_board(window)
        for index in range(window.tabs.count()):  # nor does any other tab's first visit
            window.tabs.setCurrentIndex(index)
        window.select_tab("Board")
    finally:
        app.removeEventFilter(watch)
    assert shown == []
    assert QApplication.activeWindow() is window
    view = board.column(Stage.APPLIED).view
    assert board.select_card(view.model().index(0, 0).data(APP_ID_ROLE))
    assert QApplication.focusWidget() is view
    offered: list[str] = []

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, AdvanceDialog)
        offered.append(dialog.stage_combo.currentText())
        dialog.reject()

    with answering_dialogs(fill):
        QTest.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert offered == ["Responded"]


def test_the_selected_card_stays_selected_when_the_board_is_shown_after_changes(
    qtbot: QtBot, window: MainWindow, pipeline: Pipeline
) -> None:
    # The board takes the changes in just before it shows (so it is laid out once): the
    # card chosen before stays chosen, though the board is not on screen yet at that moment.
    acme = add(pipeline, "Acme")
    globex = add(pipeline, "Globex")
    add(pipeline, "Initech")
    board = open_board(window)
    assert board.select_card(globex)
    window.select_tab("Pipeline")
    assert window.perform(lambda: pipeline.advance(acme, Stage.SCREEN)) is not None
    window.select_tab("Board")
    assert cards(board, Stage.SCREEN) == ["Acme"]
    assert cards(board, Stage.APPLIED) == ["Initech", "Globex"]
    assert board.selected_ids() == [globex]  # not the first card
    assert window.focusWidget() is board.column(Stage.APPLIED).view


def test_a_board_made_current_in_a_hidden_window_waits_until_the_window_shows(
    qtbot: QtBot, services: Services, pipeline: Pipeline
) -> None:
    add(pipeline, "Acme")
    hidden = MainWindow(services, prompts=RecordingPrompts())
    qtbot.addWidget(hidden)
    hidden.reload()
    assert hidden.select_tab("Board")
    board = hidden.board_tab
    assert cards(board, Stage.APPLIED) == []  # not on screen: nothing drawn
    hidden.show()
    qtbot.waitExposed(hidden)
    assert cards(board, Stage.APPLIED) == ["Acme"]
