"""The offers table: a thin model over `OfferSummary` objects that sorts and filters itself.

Amounts stay in each offer's own currency. Sorting a money column groups by
currency first, so a sort never pretends that 100,000 CAD and 100,000 USD compare.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from functools import lru_cache
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QApplication

from jobdesk.domain.offers import (
    DAYS_PER_YEAR,
    HOURS_PER_YEAR,
    OfferStatus,
    OfferSummary,
    Period,
    days_text,
    money_text,
)
from jobdesk.domain.sorting import natural_key
from jobdesk.ui.dialogs.common import plain_tooltip
from jobdesk.ui.dialogs.scheme import is_dark
from jobdesk.ui.dialogs.table_support import AnyIndex, date_text
from jobdesk.ui.dialogs.theme import WARNING_BACKGROUND, muted_text

# Who, then where each offer stands and how long is left, then the totals the offers are
# compared by (visible without scrolling in a 900 px window), then the parts they add up from.
COL_COMPANY = 0
COL_TITLE = 1
COL_STATUS = 2
COL_DEADLINE = 3
COL_DAYS_LEFT = 4
COL_FIRST_YEAR = 5
COL_YEARLY = 6
COL_CONVERTED = 7
COL_BASE = 8
COL_BONUS = 9
COL_EQUITY = 10
COL_SIGN_ON = 11
COL_START = 12
COL_NOTES = 13

HEADERS = (
    "Company",
    "Role",
    "Status",
    "Reply by",
    "Days left",
    "First year",
    "Yearly total",
    "Converted",
    "Base",
    "Bonus / yr",
    "Equity / yr",
    "Sign-on",
    "Start",
    "Notes",
)
HEADER_TIPS = {
    COL_BONUS: "The stated amount, or the target percentage of the yearly base",
    COL_EQUITY: "The grant's stated value over its vesting years (or, with no value "
    "stated, the units vesting in a year)",
    COL_FIRST_YEAR: "Base + bonus + equity vesting in the first year + sign-on",
    COL_YEARLY: "Base + bonus + equity per year (the sign-on is paid once)",
    COL_CONVERTED: "The yearly total at the exchange rate you entered (Edit… to enter one)",
}
BOLD_WHEN_DUE = (COL_DEADLINE, COL_DAYS_LEFT)  # in bold while the reply is due soon
MONEY_COLUMNS = (COL_BASE, COL_BONUS, COL_EQUITY, COL_SIGN_ON, COL_FIRST_YEAR, COL_YEARLY)

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
OFFER_ID_ROLE = Qt.ItemDataRole.UserRole + 2

# The roles as plain numbers, read once: Qt asks `data` for about nine roles per cell each
# time it measures or paints one, and naming an enum member is a Python call of its own.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_SORT = int(SORT_ROLE)
_OFFER_ID = int(OFFER_ID_ROLE)
# The roles this model answers; Qt's others (size hint, decoration, check state, …) get
# None before anything else is looked at.
_ANSWERED = frozenset({_DISPLAY, _TOOLTIP, _ALIGNMENT, _BACKGROUND, _FONT, _FOREGROUND})
_ANSWERED |= {_SORT, _OFFER_ID}
_RIGHT_ALIGNED = frozenset((*MONEY_COLUMNS, COL_CONVERTED, COL_DAYS_LEFT))
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class OffersModel(QAbstractTableModel):
    """The offers in the order shown, without a proxy in between (each cell painted through
    one cost three Python calls per value asked for). The model sorts itself from one
    column's keys made in one pass, can hide the offers already decided, and keeps each
    cell's text from when the rows were set: Qt's proxy sort asked `data` for two keys per
    comparison (ten thousand Python calls for 800 offers), and each paint or measure of a
    cell made its text again."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._arrived: list[OfferSummary] = []  # as set: the order they arrived in
        self._arrived_cells: list[tuple[str, ...]] = []
        self._arrived_pending: list[bool] = []
        self._sorted: list[int] = []  # every offer's place in `_arrived`, in the sort's order
        self._show_decided = True
        self._places: list[int] = []  # the rows shown: their places in `_arrived`
        self._rows: list[OfferSummary] = []  # as shown
        self._cells: list[tuple[str, ...]] = []  # the texts of `_rows`, by column
        self._pending: list[bool] = []  # of `_rows`: still waiting for an answer
        self._due: list[bool] = []  # of `_rows`: a reply due soon
        self._sorted_by: tuple[int, bool] | None = None  # column, descending

    def set_rows(self, rows: list[OfferSummary]) -> None:
        self.beginResetModel()
        self._arrived = list(rows)
        self._arrived_cells = [row_texts(s) for s in self._arrived]
        self._arrived_pending = [s.status.is_pending for s in self._arrived]
        self._sorted = self._order(range(len(self._arrived)))
        self._place()
        self.endResetModel()

    def set_show_decided(self, show: bool) -> None:
        """Show the offers already accepted or declined too, or only those still open."""
        self.beginResetModel()
        self._show_decided = show
        self._place()
        self.endResetModel()

    def summary(self, row: int) -> OfferSummary:
        return self._rows[row]

    def row_of(self, offer_id: int) -> int | None:
        for i, summary in enumerate(self._rows):
            if summary.offer.id == offer_id:
                return i
        return None

    def needs_reply_soon(self, row: int) -> bool:
        return self._due[row]

    def texts(self, column: int) -> list[str]:
        """What `column` shows, row by row."""
        return [cells[column] for cells in self._cells]

    def bold_rows(self, column: int) -> list[int]:
        """The rows whose cell in `column` is drawn in bold (a reply due soon)."""
        return [r for r, due in enumerate(self._due) if due] if column in BOLD_WHEN_DUE else []

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by `column`'s raw values (`SORT_ROLE`) as Qt's proxy did: a stable sort of
        the rows in the order of the sort before (ties keep it, either way), and new rows
        sorted from the order the offers arrived in; no column: that order."""
        self._sorted_by = None if column < 0 else (column, order == Qt.SortOrder.DescendingOrder)
        if not self._arrived:
            return
        self.layoutAboutToBeChanged.emit()
        before = self._places
        self._sorted = self._order(self._sorted if column >= 0 else range(len(self._arrived)))
        self._place()
        row_now = {place: row for row, place in enumerate(self._places)}
        kept = self.persistentIndexList()
        self.changePersistentIndexList(
            kept, [self.index(row_now[before[i.row()]], i.column()) for i in kept]
        )
        self.layoutChanged.emit()

    def _order(self, places: Sequence[int]) -> list[int]:
        """`places` (in `_arrived`) in the order of the sort chosen."""
        if self._sorted_by is None:
            return list(places)
        column, descending = self._sorted_by
        keys = [
            _sort_value(s, column, cells[column])
            for s, cells in zip(self._arrived, self._arrived_cells, strict=True)
        ]
        return sorted(places, key=keys.__getitem__, reverse=descending)

    def _place(self) -> None:
        pending = self._arrived_pending
        places = self._sorted if self._show_decided else [p for p in self._sorted if pending[p]]
        self._places = places
        self._rows = [self._arrived[i] for i in places]
        self._cells = [self._arrived_cells[i] for i in places]
        self._pending = [pending[i] for i in places]
        self._due = [
            s.deadline_near and waiting
            for s, waiting in zip(self._rows, self._pending, strict=True)
        ]

    # --- Qt overrides ---------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(HEADERS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return HEADER_TIPS.get(section)
        return None

    def data(self, index: AnyIndex, role: int = _DISPLAY) -> Any:
        if role not in _ANSWERED or not index.isValid():
            return None
        row = index.row()
        if not 0 <= row < len(self._rows):
            return None
        column = index.column()
        if role == _DISPLAY:
            return self._cells[row][column]
        if role == _ALIGNMENT:
            return _RIGHT if column in _RIGHT_ALIGNED else None
        if role == _BACKGROUND:
            return QBrush(warning_colour()) if self._due[row] else None
        if role == _FONT:
            if self._due[row] and column in BOLD_WHEN_DUE:
                font = QFont()
                font.setBold(True)
                return font
            return None
        if role == _FOREGROUND:
            return None if self._pending[row] else QBrush(muted_text(QApplication.palette()))
        summary = self._rows[row]
        if role == _SORT:
            return _sort_value(summary, column, self._cells[row][column])
        if role == _OFFER_ID:
            return summary.offer.id
        return plain_tooltip(_tooltip(summary, column) or "") or None  # the tooltip


# Dates and amounts repeat from offer to offer (the same deadlines, round salaries): each
# text is made once. Formatting a date or a Decimal is most of the time a row's texts take.
_date_text = lru_cache(maxsize=4096)(date_text)
_money_text = lru_cache(maxsize=4096)(money_text)


def display(summary: OfferSummary, column: int) -> str:
    """What `column` shows for `summary`."""
    return row_texts(summary)[column]


def row_texts(summary: OfferSummary) -> tuple[str, ...]:
    """What each column shows for `summary`, in column order: made together, so the row's
    terms and figures are looked up once."""
    terms = summary.offer.terms
    f = summary.figures
    cur = f.currency
    money = _money_text
    base = ""
    if terms.base_amount is not None:
        period = terms.base_period
        per = {Period.YEAR: "yr", Period.MONTH: "mo", Period.HOUR: "hr", Period.DAY: "day"}[period]
        base = f"{money(terms.base_amount, cur)} / {per}"
    bonus = money(f.bonus, cur)
    if terms.bonus_amount is None and terms.bonus_percent is not None:
        percent = f"{terms.bonus_percent.normalize():f}%"
        bonus = f"{bonus} ({percent})" if bonus else percent
    if f.equity_per_year is not None:
        equity = money(f.equity_per_year, cur)
    elif f.equity_units_per_year is not None:
        equity = f"{f.equity_units_per_year:,.0f} units"
    elif terms.equity_units is not None:  # no vesting period: the whole grant, said so
        equity = f"{terms.equity_units:,.0f} units in all"
    else:
        equity = ""
    converted = ""
    if f.converted_yearly is not None:
        converted = money(f.converted_yearly, f.rate_currency, estimate=True)
    status = summary.status
    days = days_text(summary.days_left) if status.is_pending else ""
    if days and summary.deadline_near:  # a reply due soon
        days = f"⚠ {days}"
    texts = (
        summary.company,  # COL_COMPANY
        terms.title or summary.role_title,  # COL_TITLE
        status.label,  # COL_STATUS
        _date_text(terms.deadline_on),  # COL_DEADLINE
        days,  # COL_DAYS_LEFT
        money(f.first_year_total, cur, estimate=f.base_is_estimate),  # COL_FIRST_YEAR
        money(f.yearly_total, cur, estimate=f.base_is_estimate),  # COL_YEARLY
        converted,  # COL_CONVERTED
        base,  # COL_BASE
        bonus,  # COL_BONUS
        equity,  # COL_EQUITY
        money(f.sign_on, cur),  # COL_SIGN_ON
        _date_text(terms.start_on),  # COL_START
        " ".join(terms.notes.split()),  # COL_NOTES
    )
    return texts


def _sort_value(summary: OfferSummary, column: int, text: str) -> Any:
    """`column`'s raw value for sorting; `text` is what the column shows."""
    f = summary.figures
    terms = summary.offer.terms
    money: dict[int, Decimal | None] = {
        COL_BASE: f.base_yearly,
        COL_BONUS: f.bonus,
        COL_EQUITY: f.equity_per_year,
        COL_SIGN_ON: f.sign_on,
        COL_FIRST_YEAR: f.first_year_total,
        COL_YEARLY: f.yearly_total,
    }
    if column in money:
        amount = money[column]
        return f"{f.currency} {float(amount or 0):020.2f}" if amount is not None else "~"
    if column == COL_CONVERTED:
        if f.converted_yearly is None:
            return "~"
        return f"{f.rate_currency} {float(f.converted_yearly):020.2f}"
    if column == COL_START:
        return terms.start_on.toordinal() if terms.start_on else 10**9
    if column in (COL_DEADLINE, COL_DAYS_LEFT):
        # Offers still waiting for an answer first, soonest deadline first.
        pending = 0 if summary.status.is_pending else 1
        due = terms.deadline_on.toordinal() if terms.deadline_on else 10**9
        return pending * 10**10 + due
    if column == COL_STATUS:
        return list(OfferStatus).index(summary.status)
    return natural_key(text)


def _tooltip(summary: OfferSummary, column: int) -> str | None:
    terms = summary.offer.terms
    f = summary.figures
    cur = f.currency
    if column == COL_BASE and terms.base_amount is not None:
        if terms.base_period is Period.MONTH:
            return f"{money_text(f.base_yearly, cur)} a year (12 monthly payments)"
        if terms.base_period is Period.HOUR:
            return (
                f"About {money_text(f.base_yearly, cur)} a year at {HOURS_PER_YEAR:,} hours "
                "(40 a week), an estimate"
            )
        if terms.base_period is Period.DAY:
            return (
                f"About {money_text(f.base_yearly, cur)} a year at {DAYS_PER_YEAR} working "
                "days (five a week), an estimate"
            )
    if column == COL_EQUITY:
        parts = []
        if terms.equity_units is not None:
            parts.append(f"{terms.equity_units:,.0f} shares or units")
        if terms.equity_value is not None:
            parts.append(f"worth {money_text(terms.equity_value, cur)} in all")
        if terms.vesting_years is not None:
            parts.append(f"vesting over {terms.vesting_years.normalize():f} years")
        if terms.cliff_months is not None:
            parts.append(f"{terms.cliff_months}-month cliff")
        if terms.equity_units is not None and terms.equity_value is None:
            parts.append("no value stated, so not counted in the totals")
        return ", ".join(parts) or None
    if column in (COL_FIRST_YEAR, COL_YEARLY) and f.base_yearly is not None:
        # The parts it adds up from: in a narrow window their columns give way.
        first = column == COL_FIRST_YEAR
        amounts: list[tuple[str, Decimal | None]] = [
            ("base", f.base_yearly),
            ("bonus", f.bonus),
            ("equity", f.equity_first_year if first else f.equity_per_year),
            ("sign-on", f.sign_on if first else None),
        ]
        added = " + ".join(f"{name} {money_text(v, cur)}" for name, v in amounts if v)
        total = f.first_year_total if first else f.yearly_total
        return f"{HEADERS[column]}: {added} = {money_text(total, cur, estimate=f.base_is_estimate)}"
    if column == COL_CONVERTED:
        if f.converted_yearly is None:
            return "Enter an exchange rate (Edit…) to compare this offer in another currency."
        return f"Yearly total at your rate: 1 {cur} = {terms.exchange_rate} {f.rate_currency}"
    if column in (COL_COMPANY, COL_TITLE):
        return f"{summary.company} — {terms.title or summary.role_title}"
    if column == COL_NOTES and terms.notes:
        return terms.notes
    return None


def warning_colour() -> QColor:
    """A background for rows that need a reply soon, readable on light and dark palettes."""
    return QColor(WARNING_BACKGROUND[is_dark(QApplication.palette())])
