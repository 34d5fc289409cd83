"""The Today tab's agenda list: a thin read-only model over the agenda's items, in its order."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from jobdesk.domain.today import AgendaItem
from jobdesk.ui.dialogs.common import plain_tooltip
from jobdesk.ui.dialogs.table_support import AnyIndex

COL_KIND = 0
COL_APPLICATION = 1
COL_TODO = 2
HEADERS = ("Needs", "Application", "What to do")

APP_ID_ROLE = int(Qt.ItemDataRole.UserRole) + 2


class AgendaModel(QAbstractTableModel):
    """The items as the agenda orders them (most pressing first); not sortable on purpose:
    the order is the point of the list."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: tuple[AgendaItem, ...] = ()

    def set_items(self, items: tuple[AgendaItem, ...]) -> None:
        self.beginResetModel()
        self._items = items
        self.endResetModel()

    def item(self, row: int) -> AgendaItem:
        return self._items[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(HEADERS)
        ):
            return HEADERS[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item, column = self._items[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_KIND:
                return item.kind.label
            if column == COL_APPLICATION:
                return item.name
            if column == COL_TODO:
                return item.text
            return None
        if role == APP_ID_ROLE:
            return item.application_id
        if role == Qt.ItemDataRole.ToolTipRole and column in (COL_APPLICATION, COL_TODO):
            # Names and next steps are the user's text: never read as markup.
            return plain_tooltip(item.name if column == COL_APPLICATION else item.text)
        return None
