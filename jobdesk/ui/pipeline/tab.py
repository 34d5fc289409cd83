"""The Pipeline tab: every application in a searchable, filterable table, with its details."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from jobdesk.domain.application import Application, ApplicationSummary, StageEvent
from jobdesk.services.changes import Update
from jobdesk.ui.dialogs.empty_state import NoApplicationsYet
from jobdesk.ui.pipeline.attachments_list import AttachmentsList
from jobdesk.ui.pipeline.model import APP_ID_ROLE, PipelineModel, QuickFilter, RowFilter

if TYPE_CHECKING:
    from PySide6.QtWidgets import QButtonGroup, QComboBox, QLineEdit, QSplitter, QToolButton

    from jobdesk.domain.breaks import Break
    from jobdesk.domain.feedback import MessageSent  # its module loads the templates
    from jobdesk.domain.interviews import Interview  # and this one the time zones
    from jobdesk.ui.pipeline.columns import ColumnFitter
    from jobdesk.ui.pipeline.detail_pane import DetailPane
    from jobdesk.ui.pipeline.list_page import ListPage  # built after a new search's paint
    from jobdesk.ui.pipeline.table import ApplicationsTable

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

        self._hidden_rejection = hidden_rejection
        self._list: ListPage | None = None
        self._when_listed: list[Callable[[ListPage], None]] = []

        self.empty_state = EmptyState()
        # Made now for the window to fill (the offers' controller keeps it); placed with the
        # rest of the rows' page when that is built.
        self.attachments = AttachmentsList()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty_state)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)

    # --- the page of rows -----------------------------------------------------------------

    def list_page(self) -> ListPage:
        """The search, filters, table and details, built the first time they are wanted: at
        once when there are rows to show, else (a new search) after the first paint."""
        if self._list is None:
            from jobdesk.ui.pipeline.list_page import ListPage

            page = self._list = ListPage(self.model, self.attachments, self._hidden_rejection)
            page.search_edit.textChanged.connect(self._filters_changed)
            page.quick_group.buttonToggled.connect(self._filters_changed)
            page.stage_combo.currentIndexChanged.connect(self._filters_changed)
            page.table.customContextMenuRequested.connect(
                lambda pos: self.context_menu_requested.emit(page.table.viewport().mapToGlobal(pos))
            )
            page.table.activated.connect(self._activated)
            page.table.selectionModel().selectionChanged.connect(self._selection_changed)
            self.stack.addWidget(page.splitter)
            for call in self._when_listed:  # the layout the user left, first
                call(page)
            page.columns.remeasure()  # then the columns fitted to what they hold
            self._update_no_match()
        return self._list

    def build_list(self) -> None:
        """Build the page of rows now (after a new search's first paint)."""
        self.list_page()

    @property
    def list_built(self) -> bool:
        return self._list is not None

    def when_listed(self, call: Callable[[ListPage], None]) -> None:
        """Run `call` with the page of rows once it is built (now, if it is)."""
        self._when_listed.append(call)
        if self._list is not None:
            call(self._list)

    @property
    def table(self) -> ApplicationsTable:
        return self.list_page().table

    @property
    def search_edit(self) -> QLineEdit:
        return self.list_page().search_edit

    @property
    def quick_buttons(self) -> dict[QuickFilter, QToolButton]:
        return self.list_page().quick_buttons

    @property
    def quick_group(self) -> QButtonGroup:
        return self.list_page().quick_group

    @property
    def stage_combo(self) -> QComboBox:
        return self.list_page().stage_combo

    @property
    def columns(self) -> ColumnFitter:
        return self.list_page().columns

    @property
    def no_match(self) -> QLabel:
        return self.list_page().no_match

    @property
    def detail(self) -> DetailPane:
        return self.list_page().detail

    @property
    def splitter(self) -> QSplitter:
        return self.list_page().splitter

    @property
    def detail_splitter(self) -> QSplitter:
        return self.list_page().detail_splitter

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
        if self._list is not None:
            self._list.columns.remeasure()
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
        if update.rows and self.model.total() < REFIT_BELOW and self._list is not None:
            self._list.columns.remeasure()
        current = self.current_id()
        if current is not None and current in update.application_ids:
            self._selection_changed()  # the details of the one in view changed
        self._rows_changed()

    def select_ids(self, app_ids: list[int] | tuple[int, ...]) -> None:
        if not app_ids and self._list is None:
            return  # nothing to select, nor to clear
        rows = [row for row in map(self.model.row_of, app_ids) if row is not None]
        self.list_page().select_rows(rows)

    def select_first_row(self) -> None:
        """Start with the top row selected and the table focused, ready for the keyboard."""
        if self.model.rowCount():
            self.table.selectRow(0)
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def selected_ids(self) -> list[int]:
        if self._list is None:
            return []  # no table yet: nothing selected
        rows = self._list.table.selectionModel().selectedRows()
        return [int(index.data(APP_ID_ROLE)) for index in rows]

    def selected_summaries(self) -> list[ApplicationSummary]:
        if self._list is None:
            return []
        rows = self._list.table.selectionModel().selectedRows()
        return [self.model.summary(i.row()) for i in rows]

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
        # The page of rows is built only once there are rows to show (or it is wanted).
        self.stack.setCurrentWidget(self.splitter if self.model.total() else self.empty_state)
        self._update_no_match()
        self.selection_changed.emit()

    def _update_no_match(self) -> None:
        if self._list is not None:
            self._list.no_match.setVisible(self.model.total() > 0 and self.model.rowCount() == 0)

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
        if self._list is not None:  # else nothing is selected, and no pane shows it
            self._list.detail.show_application(
                self._current, self._today, interviews, owed, messages, silence=self.model.silence
            )
        self.selection_changed.emit()

    def _activated(self, index: QModelIndex) -> None:
        app_id = index.data(APP_ID_ROLE)
        if app_id is not None:
            self.edit_requested.emit(int(app_id))
