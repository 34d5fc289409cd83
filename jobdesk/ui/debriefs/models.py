"""The Debriefs tab's table: one row per debrief, sorted in the model itself."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from jobdesk.domain.interviews import Debrief
from jobdesk.ui.dialogs.common import plain_tooltip
from jobdesk.ui.dialogs.table_support import AnyIndex

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
DEBRIEF_ID_ROLE = Qt.ItemDataRole.UserRole + 2

COL_DATE = 0
COL_COMPANY = 1
COL_ROLE = 2
COL_STAGE = 3
COL_RATING = 4
COL_TAGS = 5


@dataclass(frozen=True)
class DebriefRow:
    """A debrief with the names of its application, as the table shows it."""

    debrief: Debrief
    company: str
    role_title: str


class DebriefsModel(QAbstractTableModel):
    HEADERS = ("Date", "Company", "Role", "Stage", "Rating", "Topics")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[DebriefRow] = []
        self._sort: tuple[int, Qt.SortOrder] = (COL_DATE, Qt.SortOrder.DescendingOrder)

    def set_rows(self, rows: list[DebriefRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._sort_rows(*self._sort)
        self.endResetModel()

    def row_value(self, row: int) -> DebriefRow:
        return self._rows[row]

    def row_of(self, debrief_id: int) -> int | None:
        for number, row in enumerate(self._rows):
            if row.debrief.id == debrief_id:
                return number
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        rows = [self._rows[i.row()] for i in before]
        self._sort = (column, order)
        self._sort_rows(column, order)
        position = {id(row): number for number, row in enumerate(self._rows)}
        after = [self.index(position[id(r)], i.column()) for r, i in zip(rows, before, strict=True)]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    def _sort_rows(self, column: int, order: Qt.SortOrder) -> None:
        # Ties fall back to the newest first, so the order never depends on the read.
        self._rows.sort(key=lambda r: (r.debrief.details.written_on, r.debrief.id), reverse=True)
        self._rows.sort(
            key=lambda row: self.sort_value(row, column),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.HEADERS)
        ):
            return self.HEADERS[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, column)
        if role == SORT_ROLE:
            return self.sort_value(row, column)
        if role == DEBRIEF_ID_ROLE:
            return row.debrief.id
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_TAGS:
            return plain_tooltip(self.display(row, column))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_RATING:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def display(self, row: DebriefRow, column: int) -> str:
        d = row.debrief.details
        if column == COL_DATE:
            return f"{d.written_on:%d %b %Y}"
        if column == COL_COMPANY:
            return row.company
        if column == COL_ROLE:
            return row.role_title
        if column == COL_STAGE:
            return d.stage.label
        if column == COL_RATING:
            return f"{d.rating} of 5" if d.rating else "—"
        return ", ".join(d.tags)

    def sort_value(self, row: DebriefRow, column: int) -> Any:
        d = row.debrief.details
        if column == COL_DATE:
            return d.written_on
        if column == COL_STAGE:
            return d.stage.rank
        if column == COL_RATING:
            return d.rating or 0
        return self.display(row, column).casefold()
