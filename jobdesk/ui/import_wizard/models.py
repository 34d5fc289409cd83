"""The wizard's one table: the file's first rows as read, with their line numbers."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from jobdesk.domain.import_file import Table

PREVIEW_ROWS = 200
_CELL_CHARS = 80

Index = QModelIndex | QPersistentModelIndex


class TablePreviewModel(QAbstractTableModel):
    """The header and the first `PREVIEW_ROWS` rows of a read file, as plain text."""

    def __init__(self) -> None:
        super().__init__()
        self._header: tuple[str, ...] = ()
        self._lines: list[int] = []
        self._rows: list[tuple[str, ...]] = []

    def set_table(self, table: Table | None) -> None:
        self.beginResetModel()
        if table is None:
            self._header, self._lines, self._rows = (), [], []
        else:
            self._header = table.header
            shown = table.rows[:PREVIEW_ROWS]
            self._lines = [r.line for r in shown]
            self._rows = [r.cells for r in shown]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._header)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if not (0 <= row < len(self._rows) and 0 <= column < len(self._header)):
            return None
        cells = self._rows[row]
        text = cells[column] if column < len(cells) else ""
        if role == Qt.ItemDataRole.DisplayRole:
            # One line per cell; a long one is cut (its whole text is in the tooltip).
            short = " ".join(text.split())
            return short if len(short) <= _CELL_CHARS else short[: _CELL_CHARS - 1] + "…"
        if role == Qt.ItemDataRole.ToolTipRole and text:
            from jobdesk.ui.dialogs.common import plain_tooltip

            return plain_tooltip(text[:2000])
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._header[section] if 0 <= section < len(self._header) else None
        return f"Line {self._lines[section]}" if 0 <= section < len(self._lines) else None
