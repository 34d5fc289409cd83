"""The Debriefs tab's table: one row per debrief, sorted in the model itself."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import Qt

from jobdesk.domain.interviews import Debrief
from jobdesk.domain.sorting import natural_key
from jobdesk.domain.wording import short_date
from jobdesk.ui.dialogs.common import plain_tooltip
from jobdesk.ui.dialogs.rows_model import RowsModel

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


class DebriefsModel(RowsModel[DebriefRow]):
    HEADERS = ("Date", "Company", "Role", "Stage", "Rating", "Topics")
    RIGHT_ALIGNED = frozenset({COL_RATING})
    DEFAULT_SORT = (COL_DATE, Qt.SortOrder.DescendingOrder)

    @staticmethod
    def tie_key(row: DebriefRow) -> tuple[date, int]:
        return (row.debrief.details.written_on, row.debrief.id)

    def row_of(self, debrief_id: int) -> int | None:
        for number, row in enumerate(self._rows):
            if row.debrief.id == debrief_id:
                return number
        return None

    def other(self, row: DebriefRow, column: int, role: int) -> Any:
        if role == DEBRIEF_ID_ROLE:
            return row.debrief.id
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_TAGS:
            return plain_tooltip(self.display(row, column))
        return None

    def display(self, row: DebriefRow, column: int) -> str:
        d = row.debrief.details
        if column == COL_DATE:
            return f"{short_date(d.written_on)}"
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
        return natural_key(self.display(row, column))
