"""The Pipeline's page of rows: the search and filters, the applications table, the details
pane and the kept files beside it. A new search opens on its empty state instead, so this
page (and the modules only it needs) is built after the window's first paint."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from jobdesk.domain.application import StageEvent
from jobdesk.domain.enums import Stage
from jobdesk.ui.pipeline.attachments_list import AttachmentsList
from jobdesk.ui.pipeline.columns import ColumnFitter
from jobdesk.ui.pipeline.detail_pane import DetailPane
from jobdesk.ui.pipeline.model import DEFAULT_SORT, PipelineModel, QuickFilter
from jobdesk.ui.pipeline.table import ApplicationsTable, FilterButton

QUICK_TIPS = {
    QuickFilter.ACTIVE: "Applications still in progress (not those past the no-response "
    "period with no reply)",
    QuickFilter.OFFERS: "Applications that reached an offer",
    QuickFilter.CLOSED: "Rejected, withdrawn, ghosted, decided, or with no response within "
    "the no-response period",
    QuickFilter.ALL: "Every application",
}


class ListPage:
    """The widgets of the page; `splitter` holds them all. The Pipeline tab connects them."""

    def __init__(
        self,
        model: PipelineModel,
        attachments: AttachmentsList,
        hidden_rejection: Callable[[StageEvent], str | None] | None,
    ) -> None:
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText("Search company, role and notes  (Ctrl+F)")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setAccessibleName("Search applications")

        self.quick_buttons: dict[QuickFilter, QToolButton] = {}
        filter_bar = QHBoxLayout()
        filter_bar.addWidget(self.search_edit, 1)
        for quick in QuickFilter:
            button = FilterButton()
            button.setText(quick.value)
            button.setCheckable(True)
            button.setAccessibleName(f"Show {quick.value.lower()} applications")
            button.setToolTip(QUICK_TIPS[quick])
            self.quick_buttons[quick] = button
            filter_bar.addWidget(button)

        self.stage_combo = QComboBox()
        self.stage_combo.setAccessibleName("Show applications that reached a stage")
        self.stage_combo.addItem("Any stage", None)
        for stage in Stage:
            self.stage_combo.addItem(f"Reached {stage.label.lower()}", stage)
        filter_bar.addWidget(self.stage_combo)

        self.table = ApplicationsTable()
        self.table.setAccessibleName("Applications")
        self.table.setModel(model)
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
        self.columns = ColumnFitter(self.table, model)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

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
        self.detail_splitter = QSplitter(Qt.Orientation.Vertical)
        self.detail_splitter.addWidget(self.detail)
        self.detail_splitter.addWidget(attachments)
        self.detail_splitter.setStretchFactor(0, 3)
        self.detail_splitter.setStretchFactor(1, 1)
        self.detail_splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.detail_splitter)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([900, 300])
        self.splitter.setChildrenCollapsible(False)

        self.quick_group = QButtonGroup(self.splitter)
        self.quick_group.setExclusive(True)
        for quick_button in self.quick_buttons.values():
            self.quick_group.addButton(quick_button)
        self.quick_buttons[QuickFilter.ALL].setChecked(True)

    def select_rows(self, rows: list[int]) -> None:
        """Select these rows of the table (whole), the first current and scrolled to."""
        selection = self.table.selectionModel()
        selection.clearSelection()
        model = self.table.model()
        for position, row in enumerate(rows):
            index = model.index(row, 0)
            flags = (
                QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
            )
            if position == 0:
                flags |= QItemSelectionModel.SelectionFlag.Current
                self.table.scrollTo(index)
            selection.setCurrentIndex(index, flags)
