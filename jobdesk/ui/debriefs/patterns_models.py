"""The Patterns page's tables: topics with their counts, improvements with their effect;
thin models, sorted in the model itself."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from jobdesk.domain.funnel import Rate, interval_text
from jobdesk.domain.patterns import Pattern
from jobdesk.services.patterns import Measured
from jobdesk.ui.dialogs.common import plain_tooltip
from jobdesk.ui.dialogs.table_support import AnyIndex

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
R = TypeVar("R")


class _Model(QAbstractTableModel, Generic[R]):
    HEADERS: tuple[str, ...] = ()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[R] = []
        self._sort: tuple[int, Qt.SortOrder] | None = None

    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        if self._sort is not None:
            self._sort_rows(*self._sort)
        self.endResetModel()

    def row_value(self, row: int) -> R:
        return self._rows[row]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.HEADERS):
            return  # no column chosen: the order the domain gave (recurring first)
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
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(self.display(row, column))
        return None

    def display(self, row: R, column: int) -> str:
        raise NotImplementedError

    def sort_value(self, row: R, column: int) -> Any:
        return self.display(row, column).casefold()


class PatternsModel(_Model[Pattern]):
    HEADERS = (
        "Topic",
        "Group",
        "Came up",
        "Applications",
        "At stages",
        "Last 30 days / 30 before",
        "Trend",
        "Note",
    )

    def display(self, row: Pattern, column: int) -> str:
        cells: list[Callable[[Pattern], str]] = [
            lambda p: p.topic.label,
            lambda p: p.topic.group.label,
            lambda p: str(p.mentions),
            lambda p: str(p.applications),
            lambda p: p.stages_text(),
            lambda p: f"{p.recent} / {p.earlier}",
            lambda p: p.trend.label,
            lambda p: "Recurring" if p.recurring else p.note,
        ]
        return cells[column](row)

    def sort_value(self, row: Pattern, column: int) -> Any:
        if column == 2:
            return row.mentions
        if column == 3:
            return row.applications
        if column == 5:
            return (row.recent, row.earlier)
        return super().sort_value(row, column)


def rate_cell(rate: Rate) -> str:
    if rate.value is None:
        return f"none resolved ({rate.pending} waiting)"
    return f"{rate.successes} of {rate.resolved} ({rate.value * 100:.0f}%, {interval_text(rate)})"


class ImprovementsModel(_Model[Measured]):
    HEADERS = ("Action", "Topic", "Stage", "Since", "State", "Before", "Since start", "Effect")

    def display(self, row: Measured, column: int) -> str:
        d, e = row.improvement.details, row.effect
        if column == 0:
            return d.action
        if column == 1:
            return d.topic
        if column == 2:
            return d.stage.label
        if column == 3:
            until = f" to {d.ends_on:%d %b %Y}" if d.ends_on else ""
            return f"{d.started_on:%d %b %Y}{until}"
        if column == 4:
            return row.improvement.state.label
        if column == 5:
            return rate_cell(e.before)
        if column == 6:
            return rate_cell(e.after)
        return (
            f"{e.summary()} {d.topic} in {e.topic_before.text()} before, "
            f"{e.topic_after.text()} since."
        )

    def sort_value(self, row: Measured, column: int) -> Any:
        if column == 3:
            return row.improvement.details.started_on
        return super().sort_value(row, column)
