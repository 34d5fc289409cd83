"""The Today tab's agenda list: a thin read-only model over the agenda's items, in its order."""

from __future__ import annotations

from collections.abc import Callable
from operator import attrgetter
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


# What each column shows, read straight from the items (thousands of them in a long search,
# all measured after each change, `texts`): the kind, the application, what to do.
_TODO_TEXT: Callable[[AgendaItem], str] = attrgetter("text")
_TEXTS: dict[int, Callable[[AgendaItem], str]] = {
    COL_KIND: attrgetter("kind.label"),
    COL_APPLICATION: attrgetter("name"),
}


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
        """What `column` shows, row by row, read straight from the items (its widest cells
        are fitted from them without measuring every row: `widest_cell`)."""
        return list(map(_TEXTS.get(column, _TODO_TEXT), self._rows))

    def display(self, row: AgendaItem, column: int) -> str:
        return _TEXTS.get(column, _TODO_TEXT)(row)

    def other(self, row: AgendaItem, column: int, role: int) -> Any:
        if role == APP_ID_ROLE:
            return row.application_id
        if role == Qt.ItemDataRole.ToolTipRole and column in (COL_APPLICATION, COL_TODO):
            # Names and next steps are the user's text: never read as markup.
            return plain_tooltip(self.display(row, column))
        return None
