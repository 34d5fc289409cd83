"""The Board tab: a column per stage, a card per application, dragged forward to move it on.

The board reads the window's shared summaries (`Rows`), never the database, once; then each
change moves its cards between the kept columns, and a column is drawn again only while it
is shown (`WhenShown`), so switching to the Board redraws the columns that changed. Each
column is one list view over a model of its first cards, so even 100,000 applications make
a few hundred painted cards and no widget per card.
A drop or a shortcut only asks; the window moves the application under the pipeline's
own rules (the Move forward dialog, one service call, undo).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFocusEvent,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from jobdesk.domain.application import Application, ApplicationSummary
from jobdesk.domain.board import Board, BoardColumn, ColumnKey
from jobdesk.domain.enums import Stage
from jobdesk.domain.silence import Silence
from jobdesk.services.changes import APPLICATIONS, BREAKS, SETTINGS, Update
from jobdesk.ui.board.models import (
    APP_ID_ROLE,
    CARD_MIME_TYPE,
    LINES_ROLE,
    CardsModel,
    decode_card,
)
from jobdesk.ui.dialogs.empty_state import NoApplicationsYet
from jobdesk.ui.dialogs.when_shown import WhenShown

TAB_TITLE = "B&oard"
# Cards shown per column; the rest are counted under it ("and 1,234 more").
CARD_LIMIT = 100
HINT = (
    "Drag a card to a later column to record the step it reached, or select it and press "
    "Ctrl+Right (Ctrl+M). Double-click or Enter opens it."
)
EMPTY_TEXT = (
    "The board will show each application as a card in the column of the furthest stage "
    "it reached, the most recently active first; drag a card to a later column when it "
    "moves on."
)
CLOSED_REFUSED = (
    "{name} stays where it is: the Closed column is not a stage. To close an application, "
    "use Log rejection, Withdraw or Mark ghosted in the Application menu."
)

AnyIndex = QModelIndex | QPersistentModelIndex
_LEFT_MIDDLE = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


class CardDelegate(QStyledItemDelegate):
    """Paints a card: the company in bold, the role, and how long it has been idle."""

    PADDING = 8

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The bold font and both fonts' metrics, made once for the font cards are drawn in
        # (a first visit paints about a hundred cards).
        self._fonts: tuple[QFont, QFont, QFontMetrics, QFontMetrics] | None = None

    def _fonts_for(self, font: QFont) -> tuple[QFont, QFont, QFontMetrics, QFontMetrics]:
        fonts = self._fonts
        if fonts is None or fonts[1] != font:
            bold = QFont(font)
            bold.setBold(True)
            fonts = self._fonts = (bold, QFont(font), QFontMetrics(bold), QFontMetrics(font))
        return fonts

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        line = option.fontMetrics.height()
        return QSize(option.rect.width() or 160, 3 * line + 2 * self.PADDING + 4)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        palette: QPalette = option.palette
        rect: QRect = option.rect.adjusted(2, 2, -2, -2)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        border = palette.color(QPalette.ColorRole.Highlight if selected else QPalette.ColorRole.Mid)
        painter.setPen(QPen(border, 2 if selected else 1))
        painter.drawRoundedRect(rect, 6, 6)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        inner = rect.adjusted(self.PADDING, self.PADDING - 2, -self.PADDING, 0)
        line = option.fontMetrics.height()
        bold, plain, bold_metrics, plain_metrics = self._fonts_for(option.font)
        lines = index.data(LINES_ROLE) or ("", "", "")
        left, top, width = inner.left(), inner.top(), inner.width()
        fonts = ((bold, bold_metrics), (plain, plain_metrics), (plain, plain_metrics))
        for number, (text, (font, metrics)) in enumerate(zip(lines, fonts, strict=True)):
            painter.setFont(font)
            painter.drawText(
                QRect(left, top + number * line, width, line),
                _LEFT_MIDDLE,
                # drawn as plain text: a name is never read as markup
                metrics.elidedText(str(text or ""), Qt.TextElideMode.ElideRight, width),
            )
        painter.restore()


class ColumnView(QListView):
    """One column's cards; it takes card drops and passes them on, and Left/Right keys
    step to the neighbouring column."""

    card_dropped = Signal(int)  # an application id, dropped here
    step_requested = Signal(int)  # -1 or +1: focus the column to the left or right
    focused = Signal()

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setItemDelegate(CardDelegate(self))
        self.setUniformItemSizes(True)
        self.setSpacing(2)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(False)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.setMinimumWidth(80)  # seven columns still fit a window 700 px wide

    def _carries_card(self, event: QDragEnterEvent | QDragMoveEvent | QDropEvent) -> bool:
        return event.mimeData().hasFormat(CARD_MIME_TYPE)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._carries_card(event):
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._carries_card(event):
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        if not self._carries_card(event):
            event.ignore()
            return
        app_id = decode_card(bytes(event.mimeData().data(CARD_MIME_TYPE).data()))
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()
        if app_id is not None:
            # After the drag has ended: a dialog opened inside the drop would run while
            # the drag still holds the mouse.
            QTimer.singleShot(0, lambda: self.card_dropped.emit(app_id))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        plain = event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        )
        if plain and event.key() in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self.step_requested.emit(-1 if event.key() == Qt.Key.Key_Left else 1)
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        # Qt makes the first card current without selecting it; the keyboard user then
        # sees a card marked but the window's actions would act on nothing.
        model = self.model()
        if model is not None and model.rowCount() and not self.selectedIndexes():
            current = self.currentIndex()
            self.setCurrentIndex(current if current.isValid() else model.index(0, 0))
            self.selectionModel().select(
                self.currentIndex(), QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
        self.focused.emit()


class BoardColumnWidget(QFrame):
    """A column: its title and count, its cards, and how many more it holds."""

    def __init__(self, stage: Stage | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stage = stage
        self.model = CardsModel(self)
        title = "Closed" if stage is None else stage.label
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = QFont(self.title.font())
        font.setBold(True)
        self.title.setFont(font)
        self.view = ColumnView(f"{title} column")
        self.view.setModel(self.model)
        self.more = QLabel()
        self.more.setTextFormat(Qt.TextFormat.PlainText)
        self.more.setWordWrap(True)
        self.more.setAccessibleName(f"More in {title}")
        self.more.setToolTip("Less recently active; find them on the Pipeline tab")
        # The line is there even when empty, so every column's cards end at one height.
        self.more.setMinimumHeight(self.more.fontMetrics().height())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.more)
        self._name = title

    def show_column(self, column: BoardColumn, silence: Silence) -> None:
        self.model.set_cards(column.cards, silence)
        self.title.setText(f"{self._name} · {column.total:,}")
        self.more.setText(f"and {column.more:,} more" if column.more else "")


class BoardTab(QWidget):
    """Shows the cards; emits what the user wants done, the window does it."""

    move_requested = Signal(int, object)  # application id, the Stage it should reach
    open_requested = Signal(int)
    refused = Signal(str)  # a drop that cannot be done, in the user's words
    selection_changed = Signal()
    context_menu_requested = Signal(object)  # global QPoint

    def __init__(
        self,
        applications: Callable[[], list[ApplicationSummary]],  # in id order
        load_application: Callable[[int], Application | None],
        silence: Callable[[], Silence],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName("Board")
        self._applications = applications
        self._load = load_application
        self._silence = silence  # the window's one no-response rule, breaks counted
        self._current_id: int | None = None
        # Every card by column, kept current change by change; rebuilt from the window's
        # summaries when the day or a setting changes.
        self._board: Board | None = None
        self._stale_columns: set[ColumnKey] = set()  # changed since they were last drawn

        hint = QLabel(HINT)
        hint.setWordWrap(True)
        self.closed_box = QCheckBox("Show &closed")
        self.closed_box.setChecked(True)
        self.closed_box.setToolTip(
            "Rejected, withdrawn, ghosted and decided applications, and those with no "
            "reply within the no-response period"
        )
        self.closed_box.toggled.connect(self._closed_toggled)
        top = QHBoxLayout()
        top.addWidget(hint, 1)
        top.addWidget(self.closed_box)

        self.columns: dict[Stage | None, BoardColumnWidget] = {}
        row = QHBoxLayout()
        row.setSpacing(6)
        for stage in [*Stage, None]:
            # Made with the tab as parent: shown or hidden below before the layout adopts it,
            # a parentless column would open as a window of its own and take the focus from
            # the main window (its shortcuts then did nothing until it was clicked).
            column = BoardColumnWidget(stage, self)
            view = column.view
            view.card_dropped.connect(lambda app_id, s=stage: self._dropped(app_id, s))
            view.step_requested.connect(lambda step, s=stage: self._step_focus(s, step))
            view.activated.connect(self._activated)
            view.focused.connect(lambda v=view: self._take_selection(v))
            view.customContextMenuRequested.connect(lambda pos, v=view: self._context_menu(v, pos))
            view.selectionModel().selectionChanged.connect(
                lambda *_a, v=view: self._take_selection(v)
            )
            self.columns[stage] = column
            row.addWidget(column, 1)
        self.columns[None].setVisible(self.closed_box.isChecked())

        content = QWidget()
        layout = QVBoxLayout(content)
        # The columns are laid in first so that their cards come first in the Tab order
        # (and take the focus when the tab is opened), before "Show closed".
        layout.addLayout(row, 1)
        layout.insertLayout(0, top)
        self.empty_state = NoApplicationsYet("No applications yet", EMPTY_TEXT)
        self.pages = QStackedWidget()
        self.pages.addWidget(content)
        self.pages.addWidget(self.empty_state)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.pages)

        self.move_action = QAction("Move card &forward…", self)
        self.move_action.setShortcut(QKeySequence("Ctrl+Right"))
        self.move_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.move_action.setStatusTip("Move the selected card to the next stage")
        self.move_action.triggered.connect(self.move_current_forward)
        self.addAction(self.move_action)

        self._when_shown = WhenShown(self, self._catch_up)

    def setVisible(self, visible: bool) -> None:
        # Brought up to date just before it shows rather than on its Show event (by then its
        # layout has been worked out): the new cards are then laid out and painted once.
        parent = self.parentWidget()
        showing = visible and not self.isVisible() and parent is not None and parent.isVisible()
        if showing and self._when_shown.stale:
            self._when_shown.run()
        super().setVisible(visible)

    # --- data -----------------------------------------------------------------------------

    def refresh(self, update: Update) -> None:
        """Called by the window on every change. A change to a few applications moves their
        cards between the kept columns (a few dictionary entries, even while hidden) and
        redraws the columns they left and joined, now if shown, else when next shown;
        anything else (a setting, a break: they move the no-response clock) rebuilds the
        board, when it is next shown."""
        if not (update.everything or update.kinds & {APPLICATIONS, SETTINGS, BREAKS}):
            return
        board = self._board
        if (
            board is not None
            and not update.everything
            and SETTINGS not in update.kinds
            and board.silence == self._silence_now()
        ):
            self._stale_columns |= board.apply(update.rows, update.removed)
        else:
            self._board = None
        self._when_shown.request()

    def refresh_day(self) -> None:
        """A new day: the idle days and the silent applications change."""
        self._board = None
        self._when_shown.request()

    def _closed_toggled(self, shown: bool) -> None:
        self.columns[None].setVisible(shown)
        if shown and self._board is not None:
            self._show_columns(self._board, {None})

    def _silence_now(self) -> Silence:
        return self._silence()

    def _catch_up(self) -> None:
        """On screen again, or changed while shown: redraw what changed since last drawn.
        Switching back to an unchanged board draws nothing."""
        board = self._board
        if board is None or board.silence != self._silence_now():
            board = self._board = Board(
                self._applications(), self._silence_now(), CARD_LIMIT, in_id_order=True
            )
            self._stale_columns = set(self.columns)
        stale, self._stale_columns = self._stale_columns, set()
        # Seven empty columns say nothing to someone who has just started: say how to.
        self.pages.setCurrentIndex(0 if board.total else 1)
        self._show_columns(board, stale)

    def _show_columns(self, board: Board, keys: set[ColumnKey]) -> None:
        had_focus = self._focused_view()
        for key in keys:
            if key is None and not self.closed_box.isChecked():
                continue  # not counted while hidden
            self.columns[key].show_column(board.column(key), board.silence)
        self._reselect(had_focus is not None)

    def _reselect(self, focus: bool) -> None:
        """After a rebuild the same card stays selected, in whichever column it is now."""
        if self._current_id is None:
            return
        for column in self.columns.values():
            row = column.model.row_of(self._current_id)
            if row is not None and column.isVisibleTo(self):  # (the board may be showing)
                index = column.model.index(row, 0)
                column.view.selectionModel().setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                )
                column.view.scrollTo(index)
                if focus:
                    column.view.setFocus(Qt.FocusReason.OtherFocusReason)
                return
        self._current_id = None
        self.selection_changed.emit()

    # --- what the window asks -------------------------------------------------------------

    def selected_summaries(self) -> list[ApplicationSummary]:
        for column in self.columns.values():
            for index in column.view.selectionModel().selectedIndexes():
                return [column.model.card(index.row())]
        return []

    def selected_ids(self) -> list[int]:
        return [card.id for card in self.selected_summaries()]

    def current_application(self) -> Application | None:
        """The selected card's application, whole (with its log), or None."""
        ids = self.selected_ids()
        return self._load(ids[0]) if ids else None

    def column(self, stage: Stage | None) -> BoardColumnWidget:
        return self.columns[stage]

    def select_card(self, app_id: int) -> bool:
        """Select and focus `app_id`'s card, if it is among those shown."""
        self._current_id = app_id
        for column in self.columns.values():
            row = column.model.row_of(app_id)
            if row is not None and column.isVisible():
                column.view.setFocus(Qt.FocusReason.OtherFocusReason)
                column.view.setCurrentIndex(column.model.index(row, 0))
                return True
        return False

    def move_current_forward(self) -> None:
        """The keyboard's drag: the selected card to the next stage."""
        cards = self.selected_summaries()
        if cards:
            card = cards[0]
            self.move_requested.emit(card.id, card.furthest_stage.next() or card.furthest_stage)

    # --- internals ------------------------------------------------------------------------

    def _dropped(self, app_id: int, stage: Stage | None) -> None:
        self._current_id = app_id
        if stage is None:
            app = self._load(app_id)
            if app is not None and not self._in_column(app_id, None):
                self.refused.emit(CLOSED_REFUSED.format(name=app.name))
            return
        if self._in_column(app_id, stage):
            return  # dropped where it already is
        self.move_requested.emit(app_id, stage)

    def _in_column(self, app_id: int, stage: Stage | None) -> bool:
        return self.columns[stage].model.row_of(app_id) is not None

    def _focused_view(self) -> ColumnView | None:
        for column in self.columns.values():
            if column.view.hasFocus():
                return column.view
        return None

    def _take_selection(self, view: ColumnView) -> None:
        """One card is selected on the whole board: the others' selections are cleared."""
        indexes = view.selectionModel().selectedIndexes()
        if not indexes:
            return
        for column in self.columns.values():
            if column.view is not view:
                column.view.selectionModel().clearSelection()
        self._current_id = int(indexes[0].data(APP_ID_ROLE))
        self.selection_changed.emit()

    def _step_focus(self, stage: Stage | None, step: int) -> None:
        order = [s for s, c in self.columns.items() if c.isVisible()]
        if stage not in order:
            return
        row = max(self.columns[stage].view.currentIndex().row(), 0)
        position = order.index(stage) + step
        while 0 <= position < len(order):
            target = self.columns[order[position]]
            count = target.model.rowCount()
            if count:
                target.view.setFocus(Qt.FocusReason.OtherFocusReason)
                index = target.model.index(min(row, count - 1), 0)
                target.view.setCurrentIndex(index)
                return
            position += step

    def _activated(self, index: QModelIndex) -> None:
        app_id = index.data(APP_ID_ROLE)
        if app_id is not None:
            self.open_requested.emit(int(app_id))

    def _context_menu(self, view: ColumnView, pos: QPoint) -> None:
        index = view.indexAt(pos)
        if index.isValid():
            view.setCurrentIndex(index)
        self.context_menu_requested.emit(view.viewport().mapToGlobal(pos))
