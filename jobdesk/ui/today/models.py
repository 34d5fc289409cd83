"""The Today tab's agenda list: a thin read-only model over the agenda's items, in its order."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from jobdesk.domain.today import AgendaItem
from jobdesk.ui.dialogs.common import plain_tooltip
from jobdesk.ui.dialogs.rows_model import RowsModel

COL_KIND = 0
COL_APPLICATION = 1
COL_TODO = 2
HEADERS = ("Needs", "Application", "What to do")

APP_ID_ROLE = int(Qt.ItemDataRole.UserRole) + 2


class AgendaModel(RowsModel[AgendaItem]):
    """The items as the agenda orders them (most pressing first); not sortable on purpose:
    the order is the point of the list."""

    HEADERS = HEADERS

    def set_items(self, items: tuple[AgendaItem, ...]) -> None:
        self.set_rows(items)

    def item(self, row: int) -> AgendaItem:
        return self.row_value(row)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        return  # the agenda's order stays

    def texts(self, column: int) -> list[str]:
        """What `column` shows, row by row (its widest cells are fitted from them without
        measuring every row: `widest_cell`)."""
        return [self.display(row, column) for row in self._rows]

    def display(self, row: AgendaItem, column: int) -> str:
        if column == COL_KIND:
            return row.kind.label
        if column == COL_APPLICATION:
            return row.name
        return row.text

    def other(self, row: AgendaItem, column: int, role: int) -> Any:
        if role == APP_ID_ROLE:
            return row.application_id
        if role == Qt.ItemDataRole.ToolTipRole and column in (COL_APPLICATION, COL_TODO):
            # Names and next steps are the user's text: never read as markup.
            return plain_tooltip(self.display(row, column))
        return None
