"""The pipeline's column widths: fitted to the window until the user sizes a column, with
Company taking what is left and empty columns only as wide as their titles."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QPoint
from PySide6.QtWidgets import QHeaderView, QMenu, QTableView

from jobdesk.domain.enums import Outcome, Stage
from jobdesk.ui.pipeline.model import (
    COL_APPLIED,
    COL_CHANNEL,
    COL_COMPANY,
    COL_IDLE_DAYS,
    COL_LAST_ACTIVITY,
    COL_NEXT_STEP,
    COL_NEXT_STEP_ON,
    COL_OUTCOME,
    COL_ROLE,
    COL_STAGE,
    COL_VARIANT,
    HEADERS,
    NO_RESPONSE_LABEL,
    PipelineModel,
)

# Shown from the start: what a person scans the list for. Channel and resume are the
# experiments' dimensions (on Insights and in the details); the header's menu shows them.
HIDDEN_AT_FIRST = (COL_CHANNEL, COL_VARIANT)
# Free text: these shrink (eliding) when the window is narrow, down to a readable minimum.
TEXT_COLUMNS = (COL_COMPANY, COL_ROLE, COL_NEXT_STEP)
SHRINK_TO = 90
# Long names are cut at this width rather than pushing the rest off the screen.
WIDEST_TEXT = 340
_DATES = tuple(f"28 {month} 2026" for month in ("May", "Jun", "Sep", "Nov", "Dec"))
_PADDING = 18  # the cell's margins and a little air
_ARROW = 16  # the sorted column's title also holds the sort arrow


@dataclass(frozen=True)
class Need:
    """What one visible column asks for: never narrower than `minimum`, ideally
    `preferred`; a `shrinkable` one gives way down to its minimum when space is short."""

    minimum: int
    preferred: int
    shrinkable: bool = False


def plan_widths(needs: dict[int, Need], available: int, stretch: int) -> dict[int, int]:
    """Widths for the columns in `needs` that fill `available` pixels: each at its
    preferred width; when that is too wide, the shrinkable ones give way in proportion to
    what they have above their minimum; when there is room left, `stretch` takes it."""
    widths = {column: need.preferred for column, need in needs.items()}
    total = sum(widths.values())
    if total > available:
        spare = {c: widths[c] - n.minimum for c, n in needs.items() if n.shrinkable}
        room = sum(spare.values())
        cut = min(total - available, room)
        if room:
            for column, extra in spare.items():
                widths[column] -= cut * extra // room
            # Rounding down leaves a few pixels: take them one by one, so the columns end
            # exactly at the edge rather than past it (a scroll bar for one pixel).
            left = min(
                sum(widths.values()) - available, sum(widths[c] - needs[c].minimum for c in spare)
            )
            while left > 0:
                for column in spare:
                    if left and widths[column] > needs[column].minimum:
                        widths[column] -= 1
                        left -= 1
    elif stretch in widths:
        widths[stretch] += available - total
    return widths


class ColumnFitter(QObject):
    """Keeps the table's columns fitted to its width, until the user drags one: from then
    on their widths are theirs (kept with the window's layout)."""

    def __init__(self, table: QTableView, model: PipelineModel) -> None:
        super().__init__(table)
        self._table = table
        self._model = model
        self._fitting = False
        self._measured: dict[int, Need] = {}
        self.user_sized = False
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column in HIDDEN_AT_FIRST:
            table.setColumnHidden(column, True)
        header.sectionResized.connect(self._resized)
        # The sort arrow takes room in its column's title.
        header.sortIndicatorChanged.connect(lambda *_: self.remeasure())
        header.setContextMenuPolicy(header.contextMenuPolicy().CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        table.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def restore(self, state: object, user_sized: bool) -> None:
        """Put back the saved header (order, hidden columns, the user's widths)."""
        # Set first: restoring resizes the viewport, which would fit the columns again.
        self.user_sized = user_sized
        self._fitting = True
        try:
            self._table.horizontalHeader().restoreState(state)  # type: ignore[arg-type]
        finally:
            self._fitting = False
        self.fit()

    def fit(self) -> None:
        """Fit the visible columns to the table's width (unless the user sized them)."""
        if self.user_sized:
            return
        available = self._table.viewport().width()
        if available <= 0:
            return
        needs = {
            column: self._need(column)
            for column in range(len(HEADERS))
            if not self._table.isColumnHidden(column)
        }
        widths = plan_widths(needs, available, COL_COMPANY)
        self._fitting = True
        try:
            for column, width in widths.items():
                self._table.setColumnWidth(column, width)
        finally:
            self._fitting = False

    def remeasure(self) -> None:
        """The rows changed: measure what the columns hold again, then fit them."""
        self._measured.clear()
        self.fit()

    def _need(self, column: int) -> Need:
        # Measured once per change of rows, not on each resize: at 100,000 rows finding the
        # longest names takes a few tens of milliseconds per column.
        if column not in self._measured:
            self._measured[column] = self.need(column)
        return self._measured[column]

    def need(self, column: int) -> Need:
        metrics = self._table.fontMetrics()
        header = self._table.horizontalHeader()
        title = header.fontMetrics().horizontalAdvance(HEADERS[column]) + _PADDING
        if header.sortIndicatorSection() == column:
            title += _ARROW
        if column in (COL_STAGE,):
            samples: list[str] = [s.label for s in Stage]
        elif column == COL_OUTCOME:
            samples = [o.label for o in Outcome] + [NO_RESPONSE_LABEL]
        elif column in (COL_APPLIED, COL_LAST_ACTIVITY, COL_NEXT_STEP_ON):
            samples = list(_DATES)
        elif column == COL_IDLE_DAYS:
            samples = ["9999"]
        else:
            samples = self._model.widest_texts(column)
        content = max((metrics.horizontalAdvance(s) for s in samples), default=0)
        preferred = max(title, min(content + _PADDING, WIDEST_TEXT))
        if column in TEXT_COLUMNS and samples:
            return Need(min(preferred, max(title, SHRINK_TO)), preferred, shrinkable=True)
        return Need(preferred, preferred)

    def _resized(self, _column: int, _old: int, _new: int) -> None:
        if not self._fitting:
            self.user_sized = True  # the user dragged a column: leave the widths alone

    def _column_menu(self, pos: QPoint) -> None:
        header = self._table.horizontalHeader()
        menu = QMenu(header)
        for column, title in enumerate(HEADERS):
            action = menu.addAction(title)
            action.setCheckable(True)
            action.setChecked(not self._table.isColumnHidden(column))
            action.setEnabled(column != COL_COMPANY)  # one column always stays
            action.toggled.connect(lambda on, c=column: self.show_column(c, on))
        menu.exec(header.mapToGlobal(pos))

    def show_column(self, column: int, shown: bool) -> None:
        self._table.setColumnHidden(column, not shown)
        self.fit()
