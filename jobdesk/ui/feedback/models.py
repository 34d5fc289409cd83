"""Thin table models for the Feedback tab: themes, feedback received, follow-ups due."""

from __future__ import annotations

from typing import Any, TypeVar

from PySide6.QtCore import (
    Qt,
)
from PySide6.QtGui import QFont

from jobdesk.domain.application import ApplicationSummary
from jobdesk.domain.feedback import FollowUp, ReceivedFeedback, ThemeCount
from jobdesk.domain.sorting import natural_key
from jobdesk.ui.dialogs.common import plain_tooltip
from jobdesk.ui.dialogs.rows_model import RowsModel
from jobdesk.ui.dialogs.table_support import date_text

APP_ID_ROLE = Qt.ItemDataRole.UserRole + 2

Row = TypeVar("Row")


# --- themes --------------------------------------------------------------------------------

COL_THEME = 0
COL_COMPANIES = 1
COL_REJECTIONS = 2
COL_PATTERN = 3


class ThemeModel(RowsModel[ThemeCount]):
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
        return natural_key(row.theme)

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


class FeedbackModel(RowsModel[tuple[ApplicationSummary, ReceivedFeedback]]):
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
        return natural_key(self.display(row, column))

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


class FollowUpModel(RowsModel[FollowUp]):
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
        return natural_key(self.display(row, column))

    def other(self, row: FollowUp, column: int, role: int) -> Any:
        if role == APP_ID_ROLE:
            return row.app.id
        if role == Qt.ItemDataRole.ToolTipRole and column in (COL_FU_COMPANY, COL_FU_ROLE):
            return plain_tooltip(row.app.name)
        return None
