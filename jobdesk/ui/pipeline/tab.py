"""The Pipeline tab: every application in a searchable, filterable table, with its details."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from jobdesk.domain.application import Application, ApplicationSummary, StageEvent
from jobdesk.domain.breaks import Break
from jobdesk.domain.enums import Stage
from jobdesk.services.changes import Update
from jobdesk.ui.dialogs.empty_state import NoApplicationsYet
from jobdesk.ui.pipeline.attachments_list import AttachmentsList
from jobdesk.ui.pipeline.columns import ColumnFitter
from jobdesk.ui.pipeline.detail_pane import DetailPane
from jobdesk.ui.pipeline.model import (
    APP_ID_ROLE,
    DEFAULT_SORT,
    PipelineModel,
    QuickFilter,
    RowFilter,
)
from jobdesk.ui.pipeline.table import ApplicationsTable, FilterButton

if TYPE_CHECKING:
    from jobdesk.domain.feedback import MessageSent  # its module loads the templates
    from jobdesk.domain.interviews import Interview  # and this one the time zones

# Below this many rows, a change refits the columns to what they hold (cheap); above it,
# only a reload does.
REFIT_BELOW = 2000


# An application's interviews, and those of them owed a debrief, for the details pane.
InterviewsOf = Callable[[int], "tuple[Sequence[Interview], Sequence[Interview]]"]
# The messages sent about an application (feedback requests, follow-ups), for its history.
MessagesOf = Callable[[int], Sequence["MessageSent"]]


class EmptyState(NoApplicationsYet):
    """What a new user sees: what to do first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            "No applications yet",
            "jobdesk keeps every application you send as a pipeline, with each step dated, "
            "so you can see which stage of your search leaks and what to change.",
            parent,
        )


class PipelineTab(QWidget):
    """Shows applications; emits what the user wants done, the window does it."""

    selection_changed = Signal()
    edit_requested = Signal(int)
    context_menu_requested = Signal(object)  # global QPoint

    def __init__(
        self,
        load_application: Callable[[int], Application | None],
        parent: QWidget | None = None,
        *,
        load_interviews: InterviewsOf | None = None,
        load_messages: MessagesOf | None = None,
        hidden_rejection: Callable[[StageEvent], str | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._load = load_application
        self._load_interviews = load_interviews
        self._load_messages = load_messages
        self.model = PipelineModel(self)
        self._today = date.today()
        self._current: Application | None = None

        self.empty_state = EmptyState()

        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText("Search company, role and notes  (Ctrl+F)")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setAccessibleName("Search applications")
        self.search_edit.textChanged.connect(self._filters_changed)

        self.quick_buttons: dict[QuickFilter, QToolButton] = {}
        self.quick_group = QButtonGroup(self)
        self.quick_group.setExclusive(True)
        filter_bar = QHBoxLayout()
        filter_bar.addWidget(self.search_edit, 1)
        for quick in QuickFilter:
            button = FilterButton()
            button.setText(quick.value)
            button.setCheckable(True)
            button.setAccessibleName(f"Show {quick.value.lower()} applications")
            button.setToolTip(
                {
                    QuickFilter.ACTIVE: "Applications still in progress (not those past the "
                    "no-response period with no reply)",
                    QuickFilter.OFFERS: "Applications that reached an offer",
                    QuickFilter.CLOSED: "Rejected, withdrawn, ghosted, decided, or with no "
                    "response within the no-response period",
                    QuickFilter.ALL: "Every application",
                }[quick]
            )
            self.quick_group.addButton(button)
            self.quick_buttons[quick] = button
            filter_bar.addWidget(button)
        self.quick_buttons[QuickFilter.ALL].setChecked(True)
        self.quick_group.buttonToggled.connect(self._filters_changed)

        self.stage_combo = QComboBox()
        self.stage_combo.setAccessibleName("Show applications that reached a stage")
        self.stage_combo.addItem("Any stage", None)
        for stage in Stage:
            self.stage_combo.addItem(f"Reached {stage.label.lower()}", stage)
        self.stage_combo.currentIndexChanged.connect(self._filters_changed)
        filter_bar.addWidget(self.stage_combo)

        self.table = ApplicationsTable()
        self.table.setAccessibleName("Applications")
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSortIndicator(*DEFAULT_SORT)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        self.table.horizontalHeader().setHighlightSections(False)
        self.columns = ColumnFitter(self.table, self.model)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(
            lambda pos: self.context_menu_requested.emit(self.table.viewport().mapToGlobal(pos))
        )
        self.table.activated.connect(self._activated)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        self.no_match = QLabel("No applications match the search and filters.")
        self.no_match.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_match.hide()

        self.detail = DetailPane(hidden_rejection=hidden_rejection)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(filter_bar)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.no_match)
        self.splitter.addWidget(left)
        # The application's kept files sit under its details (filled in by the window).
        self.attachments = AttachmentsList()
        self.detail_splitter = QSplitter(Qt.Orientation.Vertical)
        self.detail_splitter.addWidget(self.detail)
        self.detail_splitter.addWidget(self.attachments)
        self.detail_splitter.setStretchFactor(0, 3)
        self.detail_splitter.setStretchFactor(1, 1)
        self.detail_splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.detail_splitter)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([900, 300])
        self.splitter.setChildrenCollapsible(False)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty_state)
        self.stack.addWidget(self.splitter)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)

    # --- data -----------------------------------------------------------------------------

    def set_applications(
        self,
        apps: list[ApplicationSummary],
        today: date,
        no_response_days: int | None = None,
        *,
        breaks: tuple[Break, ...] | None = None,
    ) -> None:
        """Replace the rows, keeping the selection on the same applications where possible."""
        selected = self.selected_ids()
        self._today = today
        self.model.set_rows(apps, today, no_response_days, breaks=breaks)
        self.columns.remeasure()
        self.select_ids(selected)
        self._rows_changed()

    def apply(
        self,
        update: Update,
        today: date,
        no_response_days: int | None = None,
        *,
        breaks: tuple[Break, ...] | None = None,
    ) -> None:
        """Show a change: every row again, or just the rows it touched."""
        if update.everything:
            self.set_applications(list(update.rows), today, no_response_days, breaks=breaks)
            return
        self._today = today
        self.model.update_rows(update.rows, update.removed, today, no_response_days, breaks=breaks)
        if update.rows and self.model.total() < REFIT_BELOW:
            self.columns.remeasure()
        current = self.current_id()
        if current is not None and current in update.application_ids:
            self._selection_changed()  # the details of the one in view changed
        self._rows_changed()

    def select_ids(self, app_ids: list[int] | tuple[int, ...]) -> None:
        selection = self.table.selectionModel()
        selection.clearSelection()
        first = True
        for app_id in app_ids:
            row = self.model.row_of(app_id)
            if row is None:
                continue
            index = self.model.index(row, 0)
            flags = (
                QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
            )
            if first:
                flags |= QItemSelectionModel.SelectionFlag.Current
                self.table.scrollTo(index)
                first = False
            selection.setCurrentIndex(index, flags)

    def select_first_row(self) -> None:
        """Start with the top row selected and the table focused, ready for the keyboard."""
        if self.model.rowCount():
            self.table.selectRow(0)
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def selected_ids(self) -> list[int]:
        rows = self.table.selectionModel().selectedRows()
        return [int(index.data(APP_ID_ROLE)) for index in rows]

    def selected_summaries(self) -> list[ApplicationSummary]:
        return [self.model.summary(i.row()) for i in self.table.selectionModel().selectedRows()]

    def current_id(self) -> int | None:
        ids = self.selected_ids()
        return ids[0] if len(ids) == 1 else None

    def current_application(self) -> Application | None:
        """The one selected application, whole (with its log), or None."""
        return self._current

    def shown_count(self) -> tuple[int, int]:
        return self.model.rowCount(), self.model.total()

    def recount_silence(
        self, today: date, no_response_days: int, breaks: tuple[Break, ...] | None = None
    ) -> None:
        """The day, the no-response period or the breaks changed: which rows are silent may
        have too."""
        self._today = today
        self.model.set_silence(today, no_response_days, breaks=breaks)
        self._rows_changed()
        self._selection_changed()  # its days idle, or a setting the details pane follows

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def set_quick_filter(self, quick: QuickFilter) -> None:
        self.quick_buttons[quick].setChecked(True)

    # --- internals ------------------------------------------------------------------------

    def _filters_changed(self, *_args: object) -> None:
        quick = next(q for q, b in self.quick_buttons.items() if b.isChecked())
        before = self.current_id()
        self.model.set_filter(
            RowFilter(self.search_edit.text(), quick, self.stage_combo.currentData())
        )
        self._update_no_match()
        if self.current_id() != before or self._current is None:
            self._selection_changed()
        else:  # the same application stays in the details; the counts shown still change
            self.selection_changed.emit()

    def _rows_changed(self) -> None:
        self.stack.setCurrentWidget(self.splitter if self.model.total() else self.empty_state)
        self._update_no_match()
        self.selection_changed.emit()

    def _update_no_match(self) -> None:
        self.no_match.setVisible(self.model.total() > 0 and self.model.rowCount() == 0)

    def _selection_changed(self, *_args: object) -> None:
        app_id = self.current_id()
        self._current = None if app_id is None else self._load(app_id)
        interviews: Sequence[Interview] = ()
        owed: Sequence[Interview] = ()
        messages: Sequence[MessageSent] = ()
        if self._current is not None and self._load_interviews is not None:
            interviews, owed = self._load_interviews(self._current.id)
        if self._current is not None and self._load_messages is not None:
            messages = self._load_messages(self._current.id)
        self.detail.show_application(
            self._current, self._today, interviews, owed, messages, silence=self.model.silence
        )
        self.selection_changed.emit()

    def _activated(self, index: QModelIndex) -> None:
        app_id = index.data(APP_ID_ROLE)
        if app_id is not None:
            self.edit_requested.emit(int(app_id))
