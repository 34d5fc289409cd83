"""The pipeline table: a thin model over `Application` objects and a proxy that filters it."""

from __future__ import annotations

from datetime import date
from enum import Enum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import QApplication

from jobdesk.domain.application import Application
from jobdesk.domain.enums import Outcome, Stage
from jobdesk.ui.dialogs.common import plain_tooltip
from jobdesk.ui.dialogs.table_support import AnyIndex, date_text

COL_COMPANY = 0
COL_ROLE = 1
COL_STAGE = 2
COL_OUTCOME = 3
COL_CHANNEL = 4
COL_VARIANT = 5
COL_APPLIED = 6
COL_LAST_ACTIVITY = 7
COL_IDLE_DAYS = 8
COL_NEXT_STEP = 9
COL_NEXT_STEP_ON = 10

HEADERS = (
    "Company",
    "Role",
    "Stage reached",
    "Outcome",
    "Channel",
    "Resume",
    "Applied",
    "Last activity",
    "Days idle",
    "Next step",
    "Next step on",
)

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
APP_ID_ROLE = Qt.ItemDataRole.UserRole + 2


class PipelineModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Application] = []
        self._today = date.today()

    def set_rows(self, rows: list[Application], today: date) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._today = today
        self.endResetModel()

    def application(self, row: int) -> Application:
        return self._rows[row]

    def row_of(self, app_id: int) -> int | None:
        for i, app in enumerate(self._rows):
            if app.id == app_id:
                return i
        return None

    @property
    def today(self) -> date:
        return self._today

    # --- Qt overrides ---------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(HEADERS):
            if role == Qt.ItemDataRole.DisplayRole:
                return HEADERS[section]
            if role == Qt.ItemDataRole.ToolTipRole and section == COL_IDLE_DAYS:
                return "Days since anything last happened to the application"
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        app = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(app, column)
        if role == SORT_ROLE:
            return self._sort_value(app, column)
        if role == APP_ID_ROLE:
            return app.id
        if role == Qt.ItemDataRole.ToolTipRole and column in (COL_COMPANY, COL_ROLE):
            return plain_tooltip(f"{app.details.company} — {app.details.role_title}")
        if role == Qt.ItemDataRole.ForegroundRole and app.outcome.is_closed:
            return QBrush(_muted_colour())
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_IDLE_DAYS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, app: Application, column: int) -> str:
        d = app.details
        if column == COL_COMPANY:
            return d.company
        if column == COL_ROLE:
            return d.role_title
        if column == COL_STAGE:
            return app.furthest_stage.label
        if column == COL_OUTCOME:
            return app.outcome.label
        if column == COL_CHANNEL:
            return d.channel.label
        if column == COL_VARIANT:
            return d.resume_variant
        if column == COL_APPLIED:
            return date_text(d.applied_on)
        if column == COL_LAST_ACTIVITY:
            return date_text(app.last_activity)
        if column == COL_IDLE_DAYS:
            return str(app.days_since_activity(self._today))
        if column == COL_NEXT_STEP:
            return d.next_step
        if column == COL_NEXT_STEP_ON:
            return date_text(d.next_step_on)
        return ""

    def _sort_value(self, app: Application, column: int) -> Any:
        d = app.details
        if column == COL_STAGE:
            return app.furthest_stage.rank
        if column == COL_OUTCOME:
            return list(Outcome).index(app.outcome)
        if column == COL_APPLIED:
            return d.applied_on.toordinal()
        if column == COL_LAST_ACTIVITY:
            return app.last_activity.toordinal()
        if column == COL_IDLE_DAYS:
            return app.days_since_activity(self._today)
        if column == COL_NEXT_STEP_ON:
            # Rows without a date sort after every dated one.
            return d.next_step_on.toordinal() if d.next_step_on else 10**9
        return self._display(app, column).casefold()


def _muted_colour() -> QColor:
    palette = QApplication.palette()
    return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)


class QuickFilter(Enum):
    ACTIVE = "Active"
    OFFERS = "Offers"
    CLOSED = "Closed"
    ALL = "All"

    def admits(self, app: Application) -> bool:
        if self is QuickFilter.ACTIVE:
            return app.outcome is Outcome.ACTIVE
        if self is QuickFilter.OFFERS:
            return app.furthest_stage is Stage.OFFER
        if self is QuickFilter.CLOSED:
            return app.outcome.is_closed
        return True


class PipelineFilter(QSortFilterProxyModel):
    """Search text, quick filter and stage filter over a `PipelineModel`; sorts by raw values."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._quick = QuickFilter.ALL
        self._stage: Stage | None = None
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    def set_search_text(self, text: str) -> None:
        self.beginFilterChange()
        self._text = text.strip().casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_quick_filter(self, quick: QuickFilter) -> None:
        self.beginFilterChange()
        self._quick = quick
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_stage(self, stage: Stage | None) -> None:
        self.beginFilterChange()
        self._stage = stage
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        model = self.sourceModel()
        if not isinstance(model, PipelineModel):
            return True
        app = model.application(source_row)
        if not self._quick.admits(app):
            return False
        if self._stage is not None and app.furthest_stage is not self._stage:
            return False
        if self._text:
            d = app.details
            haystack = f"{d.company}\n{d.role_title}\n{d.notes}".casefold()
            return all(word in haystack for word in self._text.split())
        return True
