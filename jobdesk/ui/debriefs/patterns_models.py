"""The Patterns page's tables: topics with their counts, improvements with their effect;
thin models, sorted in the model itself."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import Qt

from jobdesk.domain.funnel import Rate, interval_text, too_early_text
from jobdesk.domain.patterns import Pattern
from jobdesk.domain.wording import short_date
from jobdesk.services.patterns import Measured
from jobdesk.ui.dialogs.common import plain_tooltip
from jobdesk.ui.dialogs.rows_model import RowsModel

R = TypeVar("R")


class _Model(RowsModel[R]):
    """Every cell's text is also its tooltip (long topic names are cut in the table)."""

    def other(self, row: R, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(self.display(row, column))
        return None


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
    COL_TREND = 6

    def display(self, row: Pattern, column: int) -> str:
        cells: list[Callable[[Pattern], str]] = [
            lambda p: p.topic.label,
            lambda p: p.topic.group.label,
            lambda p: str(p.mentions),
            lambda p: str(p.applications),
            lambda p: p.stages_text(),
            lambda p: f"{p.recent} / {p.earlier}",
            lambda p: p.trend.label,
            lambda p: "Recurring" if p.recurring and p.to_work_on else p.note,
        ]
        return cells[column](row)

    def other(self, row: Pattern, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_TREND:
            return plain_tooltip(row.trend_text())  # the counts behind it, and why
        return super().other(row, column, role)

    def sort_value(self, row: Pattern, column: int) -> Any:
        if column == 2:
            return row.mentions
        if column == 3:
            return row.applications
        if column == 5:
            return (row.recent, row.earlier)
        return super().sort_value(row, column)


def rate_cell(rate: Rate) -> str:
    # Applications too young to judge are not in the rate (the funnel's maturity rule): say
    # how many, so an empty or small side is not mistaken for a finding.
    young = f"; {too_early_text(rate, 'moved on')}" if rate.too_early else ""
    if rate.value is None:
        if rate.too_early and not rate.pending:
            return too_early_text(rate, "moved on").capitalize()
        return f"none resolved ({rate.pending} waiting){young}"
    early = ", early" if rate.early else ""
    return (
        f"{rate.successes} of {rate.resolved} ({rate.value * 100:.0f}%, {interval_text(rate)}"
        f"{early}){young}"
    )


class ImprovementsModel(_Model[Measured]):
    HEADERS = ("Action", "Topic", "Stage", "Since", "State", "Before", "Since start", "Effect")
    COL_ACTION = 0
    COL_EFFECT = 7

    def display(self, row: Measured, column: int) -> str:
        d, e = row.improvement.details, row.effect
        if column == 0:
            return d.action
        if column == 1:
            return d.topic
        if column == 2:
            return d.stage.label
        if column == 3:
            until = f" to {short_date(d.ends_on)}" if d.ends_on else ""
            return f"{short_date(d.started_on)}{until}"
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
