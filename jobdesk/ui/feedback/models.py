"""Thin table models for the Feedback tab: themes, feedback received, follow-ups due."""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from jobdesk.domain.application import ApplicationSummary
from jobdesk.domain.feedback import FollowUp, ReceivedFeedback, ThemeCount
from jobdesk.ui.dialogs.common import plain_tooltip
from jobdesk.ui.dialogs.table_support import AnyIndex, date_text

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
APP_ID_ROLE = Qt.ItemDataRole.UserRole + 2

Row = TypeVar("Row")


class _RowsModel(QAbstractTableModel, Generic[Row]):
    """A read-only table over a list of rows; subclasses say how a row reads and sorts."""

    HEADERS: tuple[str, ...] = ()
    RIGHT_ALIGNED: frozenset[int] = frozenset()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []
        self._sort: tuple[int, Qt.SortOrder] | None = None

    def set_rows(self, rows: list[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        if self._sort is not None:
            self._sort_rows(*self._sort)
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorted here, by one key per row: a proxy would ask Qt for two values per comparison,
        which takes seconds once a list holds thousands of rows."""
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        rows = [self._rows[i.row()] for i in before]
        self._sort = (column, order)
        self._sort_rows(column, order)
        position = {id(row): number for number, row in enumerate(self._rows)}
        after = [self.index(position[id(r)], i.column()) for r, i in zip(rows, before, strict=True)]
        self.changePersistentIndexList(before, after)  # type: ignore[arg-type]
        self.layoutChanged.emit()

    def _sort_rows(self, column: int, order: Qt.SortOrder) -> None:
        self._rows.sort(
            key=lambda row: self.sort_value(row, column),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )

    def row_value(self, row: int) -> Row:
        return self._rows[row]

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
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.RIGHT_ALIGNED:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return self.other(row, column, role)

    def display(self, row: Row, column: int) -> str:
        raise NotImplementedError

    def sort_value(self, row: Row, column: int) -> Any:
        return self.display(row, column).casefold()

    def other(self, row: Row, column: int, role: int) -> Any:
        return None


# --- themes --------------------------------------------------------------------------------

COL_THEME = 0
COL_COMPANIES = 1
COL_REJECTIONS = 2
COL_PATTERN = 3


class ThemeModel(_RowsModel[ThemeCount]):
    HEADERS = ("Theme", "Companies", "Rejections", "Pattern?")
    RIGHT_ALIGNED = frozenset({COL_COMPANIES, COL_REJECTIONS})

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.threshold = 2

    def set_report(self, themes: list[ThemeCount], threshold: int) -> None:
        self.threshold = threshold
        self.set_rows(themes)

    def display(self, row: ThemeCount, column: int) -> str:
        if column == COL_THEME:
            return row.theme
        if column == COL_COMPANIES:
            return str(row.companies)
        if column == COL_REJECTIONS:
            return str(len(row.application_ids))
        if row.is_pattern(self.threshold):
            return "Pattern"
        missing = self.threshold - row.companies
        return f"{missing} more compan{'y' if missing == 1 else 'ies'} to call it one"

    def sort_value(self, row: ThemeCount, column: int) -> Any:
        if column == COL_COMPANIES:
            return row.companies
        if column == COL_REJECTIONS:
            return len(row.application_ids)
        if column == COL_PATTERN:
            return (row.is_pattern(self.threshold), row.companies)
        return row.theme.casefold()

    def other(self, row: ThemeCount, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.FontRole and row.is_pattern(self.threshold):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_COMPANIES:
            return "Separate companies: two rejections from one company count once."
        return None


# --- feedback received ---------------------------------------------------------------------

COL_FB_COMPANY = 0
COL_FB_ROLE = 1
COL_FB_RECEIVED = 2
COL_FB_THEMES = 3
COL_FB_SAID = 4


class FeedbackModel(_RowsModel[tuple[ApplicationSummary, ReceivedFeedback]]):
    HEADERS = ("Company", "Role", "Received", "Themes", "What they said")

    def display(self, row: tuple[ApplicationSummary, ReceivedFeedback], column: int) -> str:
        app, received = row
        if column == COL_FB_COMPANY:
            return app.company
        if column == COL_FB_ROLE:
            return app.role_title
        if column == COL_FB_RECEIVED:
            return date_text(received.received_on)
        if column == COL_FB_THEMES:
            return ", ".join(received.themes) or "—"
        return " ".join(received.said.split())

    def sort_value(self, row: tuple[ApplicationSummary, ReceivedFeedback], column: int) -> Any:
        if column == COL_FB_RECEIVED:
            return row[1].received_on.toordinal()
        return self.display(row, column).casefold()

    def other(
        self, row: tuple[ApplicationSummary, ReceivedFeedback], column: int, role: int
    ) -> Any:
        if role == APP_ID_ROLE:
            return row[0].id
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_FB_SAID:
            return plain_tooltip(row[1].said)
        return None


# --- follow-ups ----------------------------------------------------------------------------

COL_FU_COMPANY = 0
COL_FU_ROLE = 1
COL_FU_STAGE = 2
COL_FU_QUIET_SINCE = 3
COL_FU_DAYS = 4
COL_FU_LAST = 5


class FollowUpModel(_RowsModel[FollowUp]):
    HEADERS = ("Company", "Role", "Stage reached", "Quiet since", "Days", "Last follow-up")
    RIGHT_ALIGNED = frozenset({COL_FU_DAYS})

    def display(self, row: FollowUp, column: int) -> str:
        if column == COL_FU_COMPANY:
            return row.app.company
        if column == COL_FU_ROLE:
            return row.app.role_title
        if column == COL_FU_STAGE:
            return row.app.furthest_stage.label
        if column == COL_FU_QUIET_SINCE:
            return date_text(row.quiet_since)
        if column == COL_FU_DAYS:
            return str(row.days)
        return date_text(row.followed_up_on) or "—"

    def sort_value(self, row: FollowUp, column: int) -> Any:
        if column == COL_FU_DAYS:
            return row.days
        if column == COL_FU_STAGE:
            return row.app.furthest_stage.rank
        if column == COL_FU_QUIET_SINCE:
            return row.quiet_since.toordinal()
        if column == COL_FU_LAST:
            return row.followed_up_on.toordinal() if row.followed_up_on else 0
        return self.display(row, column).casefold()

    def other(self, row: FollowUp, column: int, role: int) -> Any:
        if role == APP_ID_ROLE:
            return row.app.id
        if role == Qt.ItemDataRole.ToolTipRole and column in (COL_FU_COMPANY, COL_FU_ROLE):
            return plain_tooltip(row.app.name)
        return None
