"""The Offers tab: every offer side by side, deadlines counted down; emits what the user wants."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal, SignalInstance
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from jobdesk.domain.offers import OfferStatus, OfferSummary, due_text
from jobdesk.ui.dialogs.common import add_centered_text
from jobdesk.ui.dialogs.fitted_columns import FittedColumns, widest_cell
from jobdesk.ui.dialogs.table_support import setup_table
from jobdesk.ui.offers.model import (
    COL_BASE,
    COL_BONUS,
    COL_COMPANY,
    COL_CONVERTED,
    COL_DEADLINE,
    COL_EQUITY,
    COL_NOTES,
    COL_SIGN_ON,
    COL_START,
    COL_TITLE,
    OFFER_ID_ROLE,
    OffersModel,
)

TAB_TITLE = "O&ffers"

EMPTY_HTML = (
    "<h2>No offers yet</h2>"
    "<p>Drop an offer letter anywhere on this window, or onto an application in the "
    "Pipeline tab. PDF, Word, email (.eml), web pages and text files are read: jobdesk "
    "finds the salary, bonus, equity, start date and reply deadline and shows you each one "
    "with the sentence it came from before anything is saved.</p>"
    "<p>Offers then line up here side by side, each in its own currency, with the days "
    "left to reply.</p>"
)


class OffersTab(QWidget):
    """Shows offers; the window does what the buttons ask."""

    selection_changed = Signal()
    accept_requested = Signal(int)
    decline_requested = Signal(int)
    negotiate_requested = Signal(int, object)  # offer id, OfferStatus (open or negotiating)
    edit_requested = Signal(int)
    open_letter_requested = Signal(int)
    remove_requested = Signal(int)
    attach_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = OffersModel(self)

        self.due_label = QLabel()
        self.due_label.setWordWrap(True)
        self.due_label.setTextFormat(Qt.TextFormat.PlainText)
        self.due_label.setAccessibleName("Replies due soon")
        self.due_label.setAutoFillBackground(True)
        self.due_label.setContentsMargins(8, 4, 8, 4)
        self.due_label.hide()

        # A tool bar, so that a narrow window folds the buttons into its overflow menu.
        bar = QToolBar("Offer actions")
        bar.setAccessibleName("Offers")  # the group its Delete key is listed under in Help
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.accept_action = self._action(bar, "&Accept…", "Accept the selected offer")
        self.decline_action = self._action(bar, "De&cline…", "Decline the selected offer")
        self.negotiate_action = self._action(
            bar, "Mark &negotiating", "Mark that you are negotiating this offer (or back to open)"
        )
        self.edit_action = self._action(bar, "&Edit…", "Correct the terms, add notes or a rate")
        self.letter_action = self._action(bar, "Open &letter", "Open the offer letter")
        self.remove_action = self._action(
            bar, "&Remove", "Forget this offer (its letter and the history stay; Ctrl+Z undoes)"
        )
        # Delete here removes the offer, not the pipeline's selected applications.
        self.remove_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.remove_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        bar.addSeparator()
        self.attach_action = self._action(bar, "Add a letter…", "Choose offer letters to read")
        self.accept_action.triggered.connect(lambda: self._emit(self.accept_requested))
        self.decline_action.triggered.connect(lambda: self._emit(self.decline_requested))
        self.negotiate_action.triggered.connect(self._toggle_negotiating)
        self.edit_action.triggered.connect(lambda: self._emit(self.edit_requested))
        self.letter_action.triggered.connect(lambda: self._emit(self.open_letter_requested))
        self.remove_action.triggered.connect(lambda: self._emit(self.remove_requested))
        self.attach_action.triggered.connect(self.attach_requested.emit)
        self.show_decided = QCheckBox("Show &decided offers")
        self.show_decided.setAccessibleName("Show decided offers")
        self.show_decided.setChecked(True)
        self.show_decided.toggled.connect(self._show_decided_changed)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(spacer)
        bar.addWidget(self.show_decided)

        self.table = QTableView()
        self.table.setAccessibleName("Offers")
        self.table.setModel(self.model)
        # Column widths from the first rows: measuring every cell of a long list took a second.
        self.table.horizontalHeader().setResizeContentsPrecision(100)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_DEADLINE, Qt.SortOrder.AscendingOrder)
        setup_table(self.table)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        self.table.horizontalHeader().setHighlightSections(False)
        # Fitted to the width: in a narrow window the parts give way, last first, so that
        # the totals the offers are compared by stay in view (and the table never scrolls).
        self.columns = FittedColumns(
            self.table,
            shrink={COL_COMPANY: 90, COL_TITLE: 90, COL_NOTES: 90},
            widest={COL_COMPANY: 170, COL_TITLE: 170, COL_NOTES: 240},
            give_way=(COL_NOTES, COL_START, COL_SIGN_ON, COL_EQUITY, COL_BONUS, COL_BASE),
            stretch=(COL_NOTES, COL_TITLE),
            narrow_note="Hidden while the window is narrow: {columns}. Widen the window to "
            "see them, or choose Edit… for every term of an offer.",
            cells=lambda column: widest_cell(
                self.table, column, self.model.texts(column), self.model.bold_rows(column)
            ),
        )
        self.table.activated.connect(lambda _index: self._emit(self.edit_requested))
        # The same actions on the row's context menu (also the keyboard's Menu key).
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.table.addActions(
            [
                self.accept_action,
                self.decline_action,
                self.negotiate_action,
                self.edit_action,
                self.letter_action,
                self.remove_action,
            ]
        )
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        # The page shown while there are no offers is made the first time it is wanted: its
        # wrapped rich text was laid out on every first visit, behind the offers' table.
        self._empty_parts: tuple[QWidget, QLabel, QPushButton] | None = None

        table_page = self._table_page = QWidget()
        table_layout = QVBoxLayout(table_page)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.addWidget(self.due_label)
        table_layout.addWidget(bar)
        table_layout.addWidget(self.table, 1)
        self.stack = QStackedWidget()
        self.stack.addWidget(table_page)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)
        self._update_buttons()

    @property
    def empty_state(self) -> QLabel:
        """What the tab says while there are no offers (made when first wanted)."""
        return self._empty()[1]

    @property
    def empty_attach_button(self) -> QPushButton:
        return self._empty()[2]

    def _empty(self) -> tuple[QWidget, QLabel, QPushButton]:
        if self._empty_parts is None:
            label = QLabel(EMPTY_HTML)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            page = QWidget()
            layout = QVBoxLayout(page)
            layout.addStretch()
            add_centered_text(layout, label, 560)
            button = QPushButton("Choose &offer letters…")
            button.setAccessibleName("Choose offer letters")
            button.clicked.connect(self.attach_requested.emit)
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
            layout.addStretch(2)
            self._empty_parts = (page, label, button)
            self.stack.insertWidget(0, page)  # the empty page first, the table's second
        return self._empty_parts

    def _action(self, bar: QToolBar, text: str, tip: str) -> QAction:
        action = bar.addAction(text)
        action.setToolTip(tip)
        action.setStatusTip(tip)
        button = bar.widgetForAction(action)
        if button is not None:
            button.setAccessibleName(text.replace("&", "").rstrip("…"))
        return action

    # --- data -----------------------------------------------------------------------------

    def set_offers(self, summaries: list[OfferSummary], due: list[OfferSummary]) -> None:
        """Show `summaries`; `due` are those whose reply is due soon (the service says)."""
        chosen = self.current_id()
        self.model.set_rows(summaries)
        self.stack.setCurrentWidget(self._table_page if summaries else self._empty()[0])
        self._fit_columns()
        if chosen is not None:
            self.select_id(chosen)
        elif self.model.rowCount() and not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)
        self.due_label.setText(due_text(due))
        self.due_label.setVisible(bool(due))
        if due:
            from jobdesk.ui.offers.model import warning_colour

            palette = self.due_label.palette()
            palette.setColor(self.due_label.backgroundRole(), warning_colour())
            self.due_label.setPalette(palette)
        self._update_buttons()

    def _fit_columns(self) -> None:
        # The converted column only earns its room once a rate has been entered.
        rates = any(
            self.model.summary(r).figures.converted_yearly is not None
            for r in range(self.model.rowCount())
        )
        self.columns.set_hidden(set() if rates else {COL_CONVERTED})

    def select_id(self, offer_id: int) -> None:
        row = self.model.row_of(offer_id)
        if row is None:
            return
        self.table.selectionModel().setCurrentIndex(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )

    def current_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return int(rows[0].data(OFFER_ID_ROLE)) if rows else None

    def current_summary(self) -> OfferSummary | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.summary(rows[0].row())

    # --- internals ------------------------------------------------------------------------

    def _emit(self, signal: SignalInstance) -> None:
        chosen = self.current_id()
        if chosen is not None:
            signal.emit(chosen)

    def _toggle_negotiating(self) -> None:
        summary = self.current_summary()
        if summary is None:
            return
        wanted = (
            OfferStatus.OPEN
            if summary.status is OfferStatus.NEGOTIATING
            else OfferStatus.NEGOTIATING
        )
        self.negotiate_requested.emit(summary.offer.id, wanted)

    def _show_decided_changed(self, show: bool) -> None:
        chosen = self.current_id()
        self.model.set_show_decided(show)
        if chosen is not None:
            self.select_id(chosen)  # when it is still shown
        self._update_buttons()

    def _selection_changed(self, *_args: object) -> None:
        self._update_buttons()
        self.selection_changed.emit()

    def _update_buttons(self) -> None:
        summary = self.current_summary()
        pending = summary is not None and summary.status.is_pending
        self.accept_action.setEnabled(pending)
        self.decline_action.setEnabled(pending)
        self.negotiate_action.setEnabled(pending)
        self.negotiate_action.setText(
            "Mark &open again"
            if summary is not None and summary.status is OfferStatus.NEGOTIATING
            else "Mark &negotiating"
        )
        self.edit_action.setEnabled(summary is not None)
        self.remove_action.setEnabled(summary is not None)
        self.letter_action.setEnabled(
            summary is not None and summary.offer.source_attachment_id is not None
        )
