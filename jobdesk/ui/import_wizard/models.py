"""The wizard's one table: the file's first rows as read, with their line numbers."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from jobdesk.domain.import_file import Problem, Table

PREVIEW_ROWS = 200
_CELL_CHARS = 80

Index = QModelIndex | QPersistentModelIndex


class TablePreviewModel(QAbstractTableModel):
    """The header and the first `PREVIEW_ROWS` rows of a read file, as plain text; a row
    with a problem that stops the import is tinted, and its tooltip says what it is."""

    def __init__(self) -> None:
        super().__init__()
        self._header: tuple[str, ...] = ()
        self._lines: list[int] = []
        self._rows: list[tuple[str, ...]] = []
        self._problems: dict[int, list[str]] = {}
        self._blocked: set[int] = set()

    def set_table(self, table: Table | None, problems: Iterable[Problem] = ()) -> None:
        self.beginResetModel()
        self._problems = {}
        self._blocked = set()
        for problem in problems:
            if problem.line:
                self._problems.setdefault(problem.line, []).append(str(problem))
                if problem.blocking:
                    self._blocked.add(problem.line)
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
        line = self._lines[row]
        if role == Qt.ItemDataRole.ToolTipRole:
            from jobdesk.ui.dialogs.common import plain_tooltip

            said = "\n".join([*self._problems.get(line, []), text[:2000]]).strip()
            return plain_tooltip(said) if said else None
        if role == Qt.ItemDataRole.BackgroundRole and line in self._blocked:
            return _problem_tint()
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._header[section] if 0 <= section < len(self._header) else None
        if not 0 <= section < len(self._lines):
            return None
        line = self._lines[section]
        return f"Line {line} ⚠" if line in self._blocked else f"Line {line}"


def _problem_tint() -> QColor:
    """A red wash that keeps the text readable on light and dark palettes alike."""
    dark = QApplication.palette().color(QPalette.ColorRole.Base).lightness() < 128
    return QColor(110, 30, 30) if dark else QColor(255, 228, 225)
