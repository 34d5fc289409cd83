"""The Debriefs tab: every debrief across the search, searchable (answers and the questions
asked) and filterable by topic, stage and company; opening one edits it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QSettings, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jobdesk.domain.application import ApplicationSummary
from jobdesk.domain.enums import Stage
from jobdesk.domain.interviews import Debrief
from jobdesk.domain.wording import short_date
from jobdesk.services.changes import APPLICATIONS, INTERVIEWS
from jobdesk.services.interviews import Interviews
from jobdesk.ui.debriefs.models import COL_TAGS, DEBRIEF_ID_ROLE, DebriefRow, DebriefsModel
from jobdesk.ui.debriefs.patterns_view import PatternsView
from jobdesk.ui.dialogs.room import RoomTabs
from jobdesk.ui.dialogs.table_support import setup_table
from jobdesk.ui.dialogs.when_shown import WhenShown

TAB_TITLE = "&Debriefs"
PATTERNS_TITLE = "Patterns and improvements"
ANY_TOPIC = "Any topic"
ANY_STAGE = "Any stage"
ANY_COMPANY = "Any company"
EMPTY_TEXT = (
    "No debriefs yet. After an interview, select its application in the Pipeline and "
    "choose Application ▸ Write a debrief…: five minutes while it is fresh."
)

# What the preview box says while it shows no debrief.
PREVIEW_HINT = "Select a debrief above to read it here. To change it, press Enter or Open…"
PREVIEW_NONE_SHOWN = (
    "No debrief matches the search and filters above. Clear them to see every debrief."
)
PREVIEW_NONE_YET = (
    "Your debriefs show here: what went well, where you stumbled, and what you would do "
    "differently next time."
)

# From this width the debrief's text sits beside the list, at full height, rather than
# under it: the list needs about 800 px, and the text is read best in a tall column.
SIDE_BY_SIDE_FROM = 1400
LIST_MARGIN = 24  # the list's frame and its vertical scroll bar, beside its columns
# Where the divider was left, by orientation (in the window's ui settings file).
SPLIT_KEYS = {
    Qt.Orientation.Horizontal: "debriefs/split_side_by_side",
    Qt.Orientation.Vertical: "debriefs/split_stacked",
}


def debrief_text(row: DebriefRow) -> str:
    """The preview of one debrief, as plain text."""
    d = row.debrief.details
    parts = [f"{row.company} — {row.role_title}, {d.stage.label}, {short_date(d.written_on)}"]
    for title, value in (
        ("What went well", d.went_well),
        ("Where I stumbled", d.stumbled),
        ("Preparation that did not hold up", d.preparation),
        ("The one thing to do differently", d.differently),
        ("Support I need", d.support),
    ):
        if value:
            parts.append(f"{title}:\n{value}")
    if d.questions:
        parts.append("Questions asked:\n" + "\n".join(f"• {q}" for q in d.questions))
    return "\n\n".join(parts)


COLUMN_WIDTHS = (100, 170, 190, 90, 70)  # date, company, role, stage, rating
TOPICS_MIN_WIDTH = 120
TOPICS_MAX_WIDTH = 260  # longer topics are cut, whole in the tooltip


class DebriefsTab(QWidget):
    open_requested = Signal(int)  # a debrief's id
    delete_requested = Signal(int)

    def __init__(
        self,
        interviews: Interviews,
        applications: Callable[[], list[ApplicationSummary]],
        parent: QWidget | None = None,
        patterns: PatternsView | None = None,
        state: QSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self.patterns_view = patterns
        self._state = state  # remembers where the divider was left
        self._interviews = interviews
        self._applications = applications
        self._all: list[DebriefRow] = []
        self.model = DebriefsModel(self)

        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText("Search answers and the questions asked")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setAccessibleName("Search debriefs")
        self.tag_combo = QComboBox()
        self.tag_combo.setAccessibleName("Show debriefs with a topic")
        self.stage_combo = QComboBox()
        self.stage_combo.setAccessibleName("Show debriefs of a stage")
        self.stage_combo.addItem(ANY_STAGE, None)
        for stage in Stage:
            self.stage_combo.addItem(stage.label, stage)
        self.company_combo = QComboBox()
        self.company_combo.setAccessibleName("Show debriefs of a company")
        filters = QHBoxLayout()
        filters.addWidget(self.search_edit, 1)
        for combo in (self.tag_combo, self.stage_combo, self.company_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            filters.addWidget(combo)

        self.table = QTableView()
        self.table.setAccessibleName("Debriefs")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        setup_table(self.table)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate(COLUMN_WIDTHS):
            self.table.setColumnWidth(column, width)
        self.table.activated.connect(self._activated)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.preview.setAccessibleName("The selected debrief")
        self.open_button = QPushButton("&Open…")
        self.open_button.setToolTip("Edit the selected debrief (Enter)")
        self.open_button.clicked.connect(self._open_selected)
        self.delete_button = QPushButton("De&lete")
        self.delete_button.setToolTip("Delete the selected debrief; undo brings it back")
        self.delete_button.clicked.connect(self._delete_selected)
        self.count_label = QLabel()
        self.empty_label = QLabel(EMPTY_TEXT)
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        buttons = QHBoxLayout()
        buttons.addWidget(self.count_label, 1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.delete_button)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(filters)
        top_layout.addWidget(self.table, 1)
        top_layout.addWidget(self.empty_label)
        top_layout.addLayout(buttons)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(top)
        self.splitter.addWidget(self.preview)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.splitterMoved.connect(lambda _pos, _index: self._remember_split())
        self._arranged: Qt.Orientation | None = None
        layout = QVBoxLayout(self)
        if patterns is None:
            layout.addWidget(self.splitter)
        else:
            # The patterns and improvements are one click away, on a page of their own.
            self.pages = RoomTabs()  # each page laid out in a room of its own
            self.pages.setDocumentMode(True)
            self.pages.addTab(self.splitter, "All debriefs")
            self.pages.addTab(patterns, PATTERNS_TITLE)
            layout.addWidget(self.pages)
            # Not moved in the Tab order: moving the row of pages behind the text took the
            # search box and filters out of the Tab cycle (Tab stayed on the rows of tabs).
            # Switching to Debriefs still puts the keyboard in the list (focus_tab_content).

        self.search_edit.textChanged.connect(self._filter)
        for combo in (self.tag_combo, self.stage_combo, self.company_combo):
            combo.currentIndexChanged.connect(self._filter)
        self._lists = WhenShown(self, self._reload)
        self._selection_changed()

    # --- the list and the text, side by side or stacked -----------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange()

    def list_width(self) -> int:
        """What the list needs beside the text: its columns as set, the topics' as wide as
        the widest topics shown (its title at least)."""
        columns = sum(self.table.columnWidth(c) for c in range(COL_TAGS))
        topics = max(TOPICS_MIN_WIDTH, self.table.sizeHintForColumn(COL_TAGS))
        return columns + min(topics, TOPICS_MAX_WIDTH) + LIST_MARGIN

    def _arrange(self) -> None:
        wide = self.width() >= SIDE_BY_SIDE_FROM
        orientation = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        if orientation == self._arranged:
            return
        self._arranged = orientation
        self.splitter.setOrientation(orientation)
        # Extra room goes to the text beside the list; stacked, mostly to the list.
        self.splitter.setStretchFactor(0, 0 if wide else 3)
        self.splitter.setStretchFactor(1, 1 if wide else 2)
        self._split()

    def _split(self) -> None:
        """Where the user left the divider, else: beside, the list as wide as it needs and the
        text the rest; stacked, three fifths for the list."""
        assert self._arranged is not None
        saved = self._saved_split(self._arranged)
        total = sum(self.splitter.sizes()) or 1
        if saved is not None:
            self.splitter.setSizes(saved)
        elif self._arranged is Qt.Orientation.Horizontal:
            first = self.list_width()
            self.splitter.setSizes([first, max(total - first, 1)])
        else:
            self.splitter.setSizes([total * 3 // 5, total - total * 3 // 5])

    def _saved_split(self, orientation: Qt.Orientation) -> list[int] | None:
        if self._state is None:
            return None
        value = self._state.value(SPLIT_KEYS[orientation])
        try:
            sizes = [int(v) for v in value] if isinstance(value, list) else None
        except (TypeError, ValueError):
            return None
        return sizes if sizes and len(sizes) == 2 and min(sizes) > 0 else None

    def _remember_split(self) -> None:
        if self._state is not None and self._arranged is not None:
            self._state.setValue(SPLIT_KEYS[self._arranged], self.splitter.sizes())

    # --- refreshing -----------------------------------------------------------------------

    def refresh(self, kinds: frozenset[str]) -> None:
        # Company and role names come from the applications, so their changes count too.
        if kinds & {INTERVIEWS, APPLICATIONS}:
            self._lists.request()
        if self.patterns_view is not None:
            self.patterns_view.refresh(kinds)

    def show_patterns(self) -> None:
        if self.patterns_view is not None:
            self.pages.setCurrentWidget(self.patterns_view)

    def _reload(self) -> None:
        debriefs = self._interviews.debriefs()
        wanted = {d.application_id for d in debriefs}
        # Only the debriefed applications by id: a dictionary of every one would hold 5 MB at
        # 100,000 applications while the list is made, for the few that have a debrief.
        by_id = {row.id: row for row in self._applications() if row.id in wanted}
        rows = []
        for debrief in debriefs:
            app = by_id.get(debrief.application_id)
            if app is not None:
                rows.append(DebriefRow(debrief, app.company, app.role_title))
        self._all = rows
        self._refill(
            self.tag_combo,
            ANY_TOPIC,
            sorted({t for r in rows for t in r.debrief.details.tags}, key=str.casefold),
        )
        self._refill(
            self.company_combo, ANY_COMPANY, sorted({r.company for r in rows}, key=str.casefold)
        )
        self._filter()
        if self._arranged is Qt.Orientation.Horizontal:
            self._split()  # the topics' width is known now

    def _refill(self, combo: QComboBox, any_text: str, names: list[str]) -> None:
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(any_text, None)
        for name in names:
            combo.addItem(name, name)
        index = combo.findData(chosen) if chosen is not None else 0
        combo.setCurrentIndex(max(0, index))
        combo.blockSignals(False)

    # --- filtering ------------------------------------------------------------------------

    def _filter(self, *_args: object) -> None:
        selected = self.selected_id()
        text = self.search_edit.text()
        tag: str | None = self.tag_combo.currentData()
        stage: Stage | None = self.stage_combo.currentData()
        company: str | None = self.company_combo.currentData()

        def keep(row: DebriefRow) -> bool:
            d: Debrief = row.debrief
            if tag is not None and tag.casefold() not in {t.casefold() for t in d.details.tags}:
                return False
            if stage is not None and d.details.stage is not stage:
                return False
            if company is not None and row.company != company:
                return False
            return d.matches(text) or text.casefold().strip() in row.company.casefold()

        shown = [row for row in self._all if keep(row)]
        self.model.set_rows(shown)
        self.table.setVisible(bool(self._all))
        self.empty_label.setVisible(not self._all)
        total = len(self._all)
        noun = "debrief" if total == 1 else "debriefs"
        self.count_label.setText(
            f"{total} {noun}" if len(shown) == total else f"Showing {len(shown)} of {total} {noun}"
        )
        if selected is not None:
            self.select(selected)
        self._selection_changed()

    # --- selection ------------------------------------------------------------------------

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return int(rows[0].data(DEBRIEF_ID_ROLE)) if rows else None

    def select(self, debrief_id: int) -> None:
        row = self.model.row_of(debrief_id)
        if row is not None:
            self.table.selectRow(row)

    def _selection_changed(self, *_args: object) -> None:
        rows = self.table.selectionModel().selectedRows()
        self.open_button.setEnabled(bool(rows))
        self.delete_button.setEnabled(bool(rows))
        self.preview.setPlainText(debrief_text(self.model.row_value(rows[0].row())) if rows else "")
        # With nothing selected the box says what it is for, rather than standing blank.
        if not self._all:
            hint = PREVIEW_NONE_YET
        elif not self.model.rowCount():
            hint = PREVIEW_NONE_SHOWN
        else:
            hint = PREVIEW_HINT
        self.preview.setPlaceholderText(hint)

    def _activated(self, index: QModelIndex) -> None:
        debrief_id = index.data(DEBRIEF_ID_ROLE)
        if debrief_id is not None:
            self.open_requested.emit(int(debrief_id))

    def _open_selected(self) -> None:
        debrief_id = self.selected_id()
        if debrief_id is not None:
            self.open_requested.emit(debrief_id)

    def _delete_selected(self) -> None:
        debrief_id = self.selected_id()
        if debrief_id is not None:
            self.delete_requested.emit(debrief_id)
