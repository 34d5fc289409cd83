"""The pipeline table: a model over application summaries that sorts and filters them itself.

Why not a `QSortFilterProxyModel`: it sorts by asking the model for each value
through Qt, one call per comparison. Measured on this machine with 100,000 rows,
sorting took 51 s and clearing a filter 22 s. Here Python sorts the summaries once
by a key (tens of milliseconds), keeps the shown rows in that order, and places a
changed row with a binary search, so a change to one application touches one row:
`dataChanged`, `rowsMoved`, `rowsInserted` or `rowsRemoved`. Sorting and filtering
emit a layout change that carries the selection along.

A search typed letter by letter is kept as a chain of ever narrower searches with the rows
each showed, while no row changes: a letter typed looks only through the rows the search
before it kept (and only for what it adds), a letter deleted shows the kept rows again.
Looking through every row's text for a word costs 10-20 ms at 100,000 rows, more than
the redraw; this way only the first letters of a word do.

Applications that never had a reply (`Silence.no_response`: marked ghosted at applied, or
open past the no-response period) show as "No response"; the open ones among them (silent)
count as closed, not active. Whether a row is silent depends on the day and a setting, so the
model holds a `Silence`; a new one (the next day, a changed setting) sorts and filters every
row again, as a new filter does.
"""

from __future__ import annotations

import bisect
import heapq
from array import array
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date
from enum import Enum
from functools import partial
from itertools import chain, compress
from operator import attrgetter, eq
from typing import Any, NamedTuple, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QApplication

from jobdesk.domain.application import ApplicationSummary
from jobdesk.domain.breaks import Break
from jobdesk.domain.by_id import place_for, place_of
from jobdesk.domain.enums import Channel, Outcome, Stage
from jobdesk.domain.settings import NO_RESPONSE_DAYS
from jobdesk.domain.silence import NO_RESPONSE, Silence
from jobdesk.domain.sorting import NaturalKeys, natural_key
from jobdesk.ui.dialogs.common import plain_tooltip
from jobdesk.ui.dialogs.table_support import AnyIndex, date_text
from jobdesk.ui.dialogs.theme import muted_text

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
    "Stage",  # the furthest reached (its tooltip says so): a short title leaves room
    "Outcome",
    "Channel",
    "Resume",
    "Applied",
    "Last activity",
    "Days idle",
    "Next step",
    "Next step on",
)

APP_ID_ROLE = int(Qt.ItemDataRole.UserRole) + 2
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_ANSWERED = frozenset({_DISPLAY, APP_ID_ROLE, _TOOLTIP, _FOREGROUND, _ALIGNMENT})

# The default order: the newest applications first.
DEFAULT_SORT = (COL_APPLIED, Qt.SortOrder.DescendingOrder)

_OUTCOME_ORDER = {outcome: index for index, outcome in enumerate(Outcome)}
_NO_RESPONSE_ORDER = len(_OUTCOME_ORDER)  # after every stored outcome
NO_RESPONSE_LABEL = NO_RESPONSE
_UNDATED = 10**9  # rows without a next-step date sort after every dated one

# What each column sorts by, for every row at once, as whole numbers (kept four bytes a row,
# `_sort_keys`): built by C loops (`map`) with no Python call per row. Text sorts by its
# natural key, as places among the column's distinct keys (numbers sort faster than strings;
# see `_text_places`), the channel by its label's place. Idle days grow as the last activity
# gets older, so they sort by that date reversed, which does not change from one day to the
# next. The outcome's key depends on the silence too (see `_column_keys`).
RowList = list[ApplicationSummary]
ColumnKeys = Callable[[RowList], list[Any]]
_ID = attrgetter("id")
_Item = TypeVar("_Item")
# From this many rows the text columns' sort keys are made ahead, while idle, in slices that
# each take a few milliseconds.
WARM_KEYS_FROM = 5_000
WARM_SLICE = 4_000
_TEXT_FIELDS = {
    COL_COMPANY: attrgetter("company"),
    COL_ROLE: attrgetter("role_title"),
    COL_VARIANT: attrgetter("resume_variant"),
    COL_NEXT_STEP: attrgetter("next_step"),
}
_STAGE_RANK = {stage: stage.rank for stage in Stage}
_CHANNEL_KEY = {
    channel: place
    for place, channel in enumerate(sorted(Channel, key=lambda c: natural_key(c.label)))
}
_STAGE = attrgetter("furthest_stage")
_OUTCOME = attrgetter("outcome")
_CHANNEL = attrgetter("channel")
_APPLIED = attrgetter("applied_on")
_LAST_ACTIVITY = attrgetter("last_activity")
_NEXT_STEP_ON = attrgetter("next_step_on")


def _day_keys(
    day: Callable[[ApplicationSummary], date | None], key: Callable[[date | None], int]
) -> ColumnKeys:
    """A date column's keys: worked out once per distinct day (a search has a few hundred),
    so the sort's list of keys shares one number per day instead of making 100,000 (3 MB
    more at the peak of a sort at 100,000 rows)."""

    def keys(rows: RowList) -> list[Any]:
        days = list(map(day, rows))
        known = {d: key(d) for d in set(days)}
        return list(map(known.__getitem__, days))

    return keys


def _ordinal(day: date | None) -> int:
    return _UNDATED if day is None else day.toordinal()


def _ordinal_reversed(day: date | None) -> int:
    return -_ordinal(day)


_COLUMN_KEYS: dict[int, ColumnKeys] = {  # the text columns' are the model's (`_text_places`)
    COL_STAGE: lambda rows: list(map(_STAGE_RANK.__getitem__, map(_STAGE, rows))),
    COL_OUTCOME: lambda rows: list(map(_OUTCOME_ORDER.__getitem__, map(_OUTCOME, rows))),
    COL_CHANNEL: lambda rows: list(map(_CHANNEL_KEY.__getitem__, map(_CHANNEL, rows))),
    COL_APPLIED: _day_keys(_APPLIED, _ordinal),
    COL_LAST_ACTIVITY: _day_keys(_LAST_ACTIVITY, _ordinal),
    COL_IDLE_DAYS: _day_keys(_LAST_ACTIVITY, _ordinal_reversed),
    COL_NEXT_STEP_ON: _day_keys(_NEXT_STEP_ON, _ordinal),  # undated ones after every day
}


class QuickFilter(Enum):
    ACTIVE = "Active"
    OFFERS = "Offers"
    CLOSED = "Closed"
    ALL = "All"

    def admits(self, app: ApplicationSummary, silence: Silence) -> bool:
        """Whether `app` belongs under this filter; a silent one counts as closed, not active."""
        if self is QuickFilter.ACTIVE:
            return app.outcome is Outcome.ACTIVE and not silence.covers(app)
        if self is QuickFilter.OFFERS:
            return app.furthest_stage is Stage.OFFER
        if self is QuickFilter.CLOSED:
            return app.outcome.is_closed or silence.covers(app)
        return True

    def admitted(self, rows: list[ApplicationSummary], silent: set[int]) -> list[bool]:
        """`admits` for many rows at once, given the ids of the silent ones: one loop with no
        call per row, as fast as the filter was before silence counted."""
        if self is QuickFilter.ACTIVE:
            active = Outcome.ACTIVE
            return [r.outcome is active and r.id not in silent for r in rows]
        if self is QuickFilter.OFFERS:
            offer = Stage.OFFER
            return [r.furthest_stage is offer for r in rows]
        if self is QuickFilter.CLOSED:
            return [r.outcome.is_closed or r.id in silent for r in rows]
        return [True] * len(rows)


@dataclass(frozen=True)
class RowFilter:
    """Which rows are shown: every word of the search, the quick filter, the stage reached."""

    text: str = ""
    quick: QuickFilter = QuickFilter.ALL
    stage: Stage | None = None

    @property
    def words(self) -> list[str]:
        return self.text.split()

    def narrows(self, other: RowFilter) -> bool:
        """Whether every row this filter admits is also admitted by `other` (typing on)."""
        return (
            self.quick is other.quick
            and self.stage is other.stage
            and self.text.startswith(other.text)
        )


def haystack(app: ApplicationSummary) -> str:
    """What the search looks through, folded once per row rather than on every keystroke."""
    return f"{app.company}\n{app.role_title}\n{app.notes}".casefold()


class PipelineModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._silence = Silence(date.today(), NO_RESPONSE_DAYS.default)
        # The ids of the rows with no response (`Silence.no_response`), for the status bar, the
        # Outcome column and the filters (a ghosted one is closed anyway).
        self._silent: set[int] = set()
        # The sort keys of the texts sorted by so far: a later sort by a text column then
        # costs a lookup per row.
        self._naturals = NaturalKeys()
        # Each text column's texts with their places in natural order (`NaturalKeys.places`),
        # kept while they hold every text the column sorts: its first sort then only looks
        # its rows' places up (made while idle in a large search; see `_warm_text_keys`).
        self._places: dict[int, dict[str, int]] = {}
        # Every row in id order, and its haystack at the same place: found by binary search.
        # Two lists rather than two dictionaries by id: 10 MB less at 100,000 rows.
        self._rows: list[ApplicationSummary] = []
        self._hays: list[str] = []
        self._column, self._order_kind = DEFAULT_SORT
        self._ascending = self._order_kind == Qt.SortOrder.AscendingOrder
        self._key = self._key_for(self._column)
        self._ordered: list[ApplicationSummary] = []  # every row, ascending by `_key`
        self._shown: list[ApplicationSummary] = []  # those the filter admits, same order
        # The haystacks of `_ordered` and `_shown`, position for position: a search then
        # reads only strings, never the rows, which makes a keystroke several times faster.
        self._ordered_hay: list[str] = []
        self._shown_hay: list[str] = []
        self._filter = RowFilter()
        # The searches typed so far, each narrowing the one before, with the rows each showed
        # (the last is `_filter` with `_shown`), kept while no row changes: a letter deleted
        # then shows what the shorter search showed, and a letter typed looks only through
        # the rows the shorter search kept, for the words it adds.
        self._searches: list[_Search] = []
        # Each column's sort key of every row, at the row's place in `_rows`, kept current
        # change by change (4-byte integers: every column kept at 100,000 rows holds about
        # 4 MB): a sort by any column then makes no key, only sorts (see `_order_all`).
        # Made while idle in a large search (`_warm_text_keys`), else when first sorted by.
        self._sort_keys: dict[int, array[int]] = {}
        self._warming: list[Callable[[], object]] = []  # steps run while idle

    # --- data -----------------------------------------------------------------------------

    def set_rows(
        self,
        rows: Iterable[ApplicationSummary],
        today: date,
        no_response_days: int | None = None,
        *,
        breaks: tuple[Break, ...] | None = None,
    ) -> None:
        """Replace every row (a start, a restore, an import)."""
        self.beginResetModel()
        self._silence = self._next_silence(today, no_response_days, breaks)
        self._key = self._key_for(self._column)
        self._rows = _by_id(rows)
        self._hays = []  # made by `_order_all`, in the order shown
        self._silent = self._silence.no_response_ids(self._rows)
        self._sort_keys.clear()
        self._places.clear()
        self._order_all(new_hays=True)
        self.endResetModel()
        self._warm_text_keys()

    def _warm_text_keys(self) -> None:
        """Make the text columns' natural keys a slice at a time while the window is idle,
        then their places and each row's, a column a step, then the other columns' keys, so
        that the first click on any column of a large search only sorts (at 100,000 rows the
        keys of 31,000 company names take about 70 ms, their places 40 ms more, and looking
        each row's up 10-50 ms a column: more than the sort)."""
        if len(self._rows) < WARM_KEYS_FROM:
            return
        starting = not self._warming
        rows = self._rows
        texts = list(
            dict.fromkeys(chain.from_iterable(map(f, rows) for f in _TEXT_FIELDS.values()))
        )
        naturals = self._naturals
        self._warming = [
            partial(naturals.of, texts[start : start + WARM_SLICE])
            for start in range(0, len(texts), WARM_SLICE)
        ]
        self._warming += [partial(self._warm_places, column) for column in _TEXT_FIELDS]
        self._warming += [partial(self._sort_keys_of, column) for column in _COLUMN_KEYS]
        if starting:
            QTimer.singleShot(0, self._warm_step)

    def _warm_step(self) -> None:
        self._warming.pop(0)()
        if self._warming:
            QTimer.singleShot(0, self._warm_step)

    def _warm_places(self, column: int) -> None:
        places = self._text_places(column, list(map(_TEXT_FIELDS[column], self._rows)))
        self._sort_keys[column] = array("i", places)

    def update_rows(
        self,
        rows: Iterable[ApplicationSummary],
        removed: Iterable[int],
        today: date,
        no_response_days: int | None = None,
        *,
        breaks: tuple[Break, ...] | None = None,
    ) -> None:
        """Put changed rows in place and take removed ones out, one row signal each."""
        self.set_silence(today, no_response_days, breaks=breaks)
        for app_id in removed:
            at = self._place_of(app_id)
            if at is None:
                continue
            gone = self._rows.pop(at)
            del self._hays[at]
            for keys in self._sort_keys.values():
                del keys[at]
            self._silent.discard(app_id)
            self._take_ordered(gone)
            self._take_shown(gone)
        for row in rows:
            at = place_for(self._rows, row.id)
            hay = haystack(row)
            old: ApplicationSummary | None = None
            if at < len(self._rows) and self._rows[at].id == row.id:
                old = self._rows[at]
                self._rows[at], self._hays[at] = row, hay
            else:
                self._rows.insert(at, row)
                self._hays.insert(at, hay)
            self._keep_sort_keys(at, row, inserted=old is None)
            if self._silence.no_response(row):
                self._silent.add(row.id)
            else:
                self._silent.discard(row.id)
            if old is not None:
                self._take_ordered(old)
            position = bisect.bisect_left(self._ordered, self._key(row), key=self._key)
            self._ordered.insert(position, row)
            self._ordered_hay.insert(position, hay)
            self._place_shown(old, row)
        # The rows shown changed in place: what the shorter searches kept may be out of date.
        self._searches = [_Search(self._filter, self._shown, self._shown_hay)]

    def summary(self, row: int) -> ApplicationSummary:
        """The application in view row `row`."""
        return self._shown[self._index(row)]

    def find(self, app_id: int) -> ApplicationSummary | None:
        at = self._place_of(app_id)
        return None if at is None else self._rows[at]

    def row_of(self, app_id: int) -> int | None:
        """The view row showing `app_id`, or None when it is filtered out or unknown."""
        app = self.find(app_id)
        if app is None:
            return None
        position = self._position(self._shown, app)
        return None if position is None else self._index(position)

    def total(self) -> int:
        return len(self._rows)

    def silent_count(self) -> int:
        """How many applications count as "no response": marked ghosted at applied, or
        silent past the no-response period (the Insights' Flow counts the same)."""
        return len(self._silent)

    @property
    def today(self) -> date:
        return self._silence.today

    @property
    def silence(self) -> Silence:
        return self._silence

    def set_silence(
        self,
        today: date,
        no_response_days: int | None = None,
        *,
        breaks: tuple[Break, ...] | None = None,
    ) -> None:
        """Count silence as of `today` (and a new no-response period or breaks, if given)."""
        silence = self._next_silence(today, no_response_days, breaks)
        if silence == self._silence:
            return
        day_moved = silence.today != self._silence.today

        def recount() -> None:
            # Which rows are silent, and so their outcome's order and the quick filters,
            # may all have moved: sort and filter every row again.
            self._silence = silence
            self._silent = silence.no_response_ids(self._rows)
            self._key = self._key_for(self._column)
            self._sort_keys.pop(COL_OUTCOME, None)  # the only key that follows the silence
            self._order_all()

        self._relayout(recount)
        if day_moved:
            self._all_changed()  # days idle moved for every row

    # --- sorting and filtering ------------------------------------------------------------

    @property
    def sort_column(self) -> int:
        return self._column

    @property
    def sort_order(self) -> Qt.SortOrder:
        return self._order_kind

    @property
    def row_filter(self) -> RowFilter:
        return self._filter

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column not in _COLUMN_KEYS and column not in _TEXT_FIELDS:
            return
        if (column, order) == (self._column, self._order_kind):
            return

        def reorder() -> None:
            if column != self._column:
                self._column = column
                self._key = self._key_for(column)
                self._order_all()
            self._order_kind = order
            self._ascending = order == Qt.SortOrder.AscendingOrder

        self._relayout(reorder)

    def set_filter(self, row_filter: RowFilter) -> None:
        row_filter = replace(row_filter, text=" ".join(row_filter.text.casefold().split()))
        if row_filter == self._filter:
            return
        self._filter = row_filter
        search = self._search_for(row_filter)
        shown = search.rows
        if len(shown) == len(self._shown) and (shown is self._shown or shown == self._shown):
            # The same rows (a letter every row holds, as most do early in a word): no
            # layout change, so the view neither redraws nor looks up 100,000 rows again.
            # The same objects in the same places: the compare is one identity check each.
            self._shown, self._shown_hay = shown, search.hays
            return

        def refilter() -> None:
            self._shown, self._shown_hay = shown, search.hays

        self._relayout(refilter)

    def _search_for(self, row_filter: RowFilter) -> _Search:
        """The rows `row_filter` admits, from the kept searches where it can: the same search
        (a letter deleted), or the longest one it narrows (a letter typed), through whose rows
        only the words it adds are looked for. It ends the kept chain."""
        searches = self._searches
        for i in range(len(searches) - 1, -1, -1):
            kept = searches[i]
            if kept.row_filter == row_filter:
                del searches[i + 1 :]
                return kept
            if row_filter.narrows(kept.row_filter):
                del searches[i + 1 :]
                words = [w for w in row_filter.words if w not in kept.row_filter.words]
                rows, hays = _containing(kept.rows, kept.hays, words)
                searches.append(_Search(row_filter, rows, hays))
                self._bound_searches()
                return searches[-1]
        # Another quick filter or stage: from every row, first without the words, so that a
        # shorter search later starts from there rather than from every row again.
        rows, hays = self._admitted(row_filter.quick, row_filter.stage)
        searches[:] = [_Search(replace(row_filter, text=""), rows, hays)]
        if row_filter.text:
            rows, hays = _containing(rows, hays, row_filter.words)
            searches.append(_Search(row_filter, rows, hays))
        return searches[-1]

    def _bound_searches(self) -> None:
        """Keep what the kept searches hold within twice the rows (the widest go first, and
        are the quickest to find again: a short word is found at once)."""
        searches = self._searches
        while len(searches) > 1 and sum(len(s.rows) for s in searches) > 2 * len(self._rows) + 64:
            del searches[0]

    # --- Qt overrides ---------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._shown)

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
            if role == Qt.ItemDataRole.ToolTipRole and section == COL_STAGE:
                return "The furthest stage the application reached"
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Called for every visible cell and role on each paint: kept to plain int compares.
        # Qt asks each cell for seven roles or so; those this model never answers return
        # before the index is read (a call into Qt each).
        if role not in _ANSWERED:
            return None
        row = index.row()
        shown = self._shown
        if not 0 <= row < len(shown):
            return None
        app = shown[row if self._ascending else len(shown) - 1 - row]
        column = index.column()
        if role == _DISPLAY:
            return self._display(app, column)
        if role == APP_ID_ROLE:
            return app.id
        if role == _TOOLTIP and column in (COL_COMPANY, COL_ROLE):
            return plain_tooltip(app.name)
        if role == _FOREGROUND and (app.outcome.is_closed or app.id in self._silent):
            return QBrush(_muted_colour())
        if role == _ALIGNMENT and column == COL_IDLE_DAYS:
            return _RIGHT
        return None

    def widest_texts(self, column: int, count: int = 20) -> list[str]:
        """The `count` longest distinct texts of `column` over every row (none when all are
        empty), to measure: the longest by characters are nearly always the widest drawn.
        Looked for among the column's distinct values, gathered by C loops: at 100,000 rows
        a Python call per row took about 30 ms a column."""
        rows = self._rows
        if column in _TEXT_FIELDS:
            texts: Iterable[str] = dict.fromkeys(map(_TEXT_FIELDS[column], rows))
        elif column == COL_CHANNEL:
            texts = [channel.label for channel in dict.fromkeys(map(_CHANNEL, rows))]
        else:
            texts = dict.fromkeys(self._display(app, column) for app in rows)
        return [t for t in heapq.nlargest(count, texts, key=len) if t]

    def _display(self, app: ApplicationSummary, column: int) -> str:
        if column == COL_COMPANY:
            return app.company
        if column == COL_ROLE:
            return app.role_title
        if column == COL_STAGE:
            return app.furthest_stage.label
        if column == COL_OUTCOME:
            return NO_RESPONSE_LABEL if app.id in self._silent else app.outcome.label
        if column == COL_CHANNEL:
            return app.channel.label
        if column == COL_VARIANT:
            return app.resume_variant
        if column == COL_APPLIED:
            return date_text(app.applied_on)
        if column == COL_LAST_ACTIVITY:
            return date_text(app.last_activity)
        if column == COL_IDLE_DAYS:
            return str(app.days_since_activity(self._silence.today))
        if column == COL_NEXT_STEP:
            return app.next_step
        if column == COL_NEXT_STEP_ON:
            return date_text(app.next_step_on)
        return ""

    # --- internals ------------------------------------------------------------------------

    def _next_silence(
        self, today: date, no_response_days: int | None, breaks: tuple[Break, ...] | None
    ) -> Silence:
        days = self._silence.no_response_days if no_response_days is None else no_response_days
        return Silence(today, days, self._silence.breaks if breaks is None else breaks)

    def _order_all(self, *, new_hays: bool = False) -> None:
        """Sort every row by the sort column, ties by id, and filter them again.

        The rows, kept in id order, are sorted by their keys alone (`_sort_keys_of`), stably:
        Python compares plain numbers, never tuples, and calls no Python function per row.
        The rows themselves are sorted, and their haystacks by the same keys, rather than
        their places sorted and then looked up: at 100,000 rows, looking each one up in the
        new order (a visit to every row's memory in no order) took two to three times as
        long as sorting (a visit to each in the order they lie)."""
        rows = self._rows
        keys = self._sort_keys_of(self._column)
        self._ordered = _sorted_by(rows, keys)
        if new_hays:
            # Made in the order shown, so that they lie in memory in the order a search reads
            # them: at 100,000 rows a letter's search is then several times faster than
            # through texts strewn about the heap (as they are after sorting by another column).
            self._ordered_hay = list(map(haystack, self._ordered))
            hays = [""] * len(rows)
            order = sorted(range(len(rows)), key=keys.__getitem__)
            for place, hay in zip(order, self._ordered_hay, strict=True):
                hays[place] = hay
            self._hays = hays
        else:
            self._ordered_hay = _sorted_by(self._hays, keys)
        del keys
        self._searches.clear()  # made for the previous order
        search = self._search_for(self._filter)
        self._shown, self._shown_hay = search.rows, search.hays

    def _sort_keys_of(self, column: int) -> list[int]:
        """Every row's key for `column`, at the row's place in `_rows`: the kept ones, else
        made now and kept."""
        kept = self._sort_keys.get(column)
        if kept is not None and len(kept) == len(self._rows):
            return kept.tolist()  # a list sorts faster than the array it comes from
        keys = self._column_keys(column, self._rows)
        self._sort_keys[column] = array("i", keys)
        return keys

    def _keep_sort_keys(self, at: int, row: ApplicationSummary, *, inserted: bool) -> None:
        """`row`, now at `at` in `_rows` (new there if `inserted`), in every kept column's
        keys; a column whose places lack its text is forgotten (made again when sorted)."""
        for column, keys in list(self._sort_keys.items()):
            key = self._row_sort_key(column, row)
            if key is None:
                del self._sort_keys[column]
            elif inserted:
                keys.insert(at, key)
            else:
                keys[at] = key

    def _row_sort_key(self, column: int, row: ApplicationSummary) -> int | None:
        """One row's key as `_column_keys` makes it (None: a text the places do not hold)."""
        text = _TEXT_FIELDS.get(column)
        if text is not None:
            places = self._places.get(column)
            return None if places is None else places.get(text(row))
        if column == COL_OUTCOME and self._silence.no_response(row):
            return _NO_RESPONSE_ORDER
        return int(_COLUMN_KEYS[column]([row])[0])

    def _column_keys(self, column: int, rows: RowList) -> list[int]:
        text = _TEXT_FIELDS.get(column)
        if text is not None:
            return self._text_places(column, list(map(text, rows)))
        keys = _COLUMN_KEYS[column](rows)
        if column == COL_OUTCOME:  # a silent one says "No response", after the rest
            silent = list(map(self._silent.__contains__, map(_ID, rows)))
            for i in compress(range(len(rows)), silent):
                keys[i] = _NO_RESPONSE_ORDER
        return keys

    def _text_places(self, column: int, texts: list[str]) -> list[int]:
        """Each of `texts` (the column's, a row each) as its place in natural order: looked
        up in the column's kept places while they hold every one (a changed row may bring a
        new text), else worked out again and kept."""
        places = self._places.get(column)
        if places is not None:
            try:
                return list(map(places.__getitem__, texts))
            except KeyError:
                pass
        places = self._places[column] = self._naturals.places(texts)
        return list(map(places.__getitem__, texts))

    def _key_for(self, column: int) -> Callable[[ApplicationSummary], tuple[Any, int]]:
        """One row's key, as `_order_all` orders it: to place a changed row by bisection."""
        if column == COL_OUTCOME:
            # By the silence itself, not `_silent`: the key of a row as it was stored is
            # asked for after `_silent` has taken its new version in.
            no_response = self._silence.no_response
            return lambda app: (
                _NO_RESPONSE_ORDER if no_response(app) else _OUTCOME_ORDER[app.outcome],
                app.id,
            )
        if column in _TEXT_FIELDS:  # its key itself: places change as texts come and go
            text = _TEXT_FIELDS[column]
            return lambda app: (natural_key(text(app)), app.id)
        keys = _COLUMN_KEYS[column]
        return lambda app: (keys([app])[0], app.id)

    def _index(self, position: int) -> int:
        """A position in `_shown` as a view row, and back (the mapping is its own inverse)."""
        return position if self._ascending else len(self._shown) - 1 - position

    def _position(self, rows: list[ApplicationSummary], app: ApplicationSummary) -> int | None:
        """Where `app` (as it was stored) stands in the sorted `rows`, found by its key."""
        key = self._key(app)
        position = bisect.bisect_left(rows, key, key=self._key)
        if position < len(rows) and rows[position].id == app.id:
            return position
        return None

    def _admits(self, app: ApplicationSummary) -> bool:
        f = self._filter
        if not f.quick.admits(app, self._silence):
            return False
        if f.stage is not None and app.furthest_stage is not f.stage:
            return False
        if f.text:
            hay = self._hay_of(app.id)
            return all(word in hay for word in f.words)
        return True

    def _admitted(
        self, quick: QuickFilter, stage: Stage | None
    ) -> tuple[list[ApplicationSummary], list[str]]:
        """Every row (and its haystack) the quick filter and the stage admit, in order: what
        a search then looks through. A new list even when every row is admitted."""
        rows, hays = self._ordered, self._ordered_hay
        if quick is QuickFilter.ALL and stage is None:
            return list(rows), list(hays)
        keep = quick.admitted(rows, self._silent)
        if stage is not None:
            at = [r.furthest_stage is stage for r in rows]
            keep = [a and b for a, b in zip(keep, at, strict=True)]
        return list(compress(rows, keep)), list(compress(hays, keep))

    def _place_of(self, app_id: int) -> int | None:
        """Where `app_id` stands in `_rows` (and its haystack in `_hays`), or None."""
        return place_of(self._rows, app_id)

    def _hay_of(self, app_id: int) -> str:
        at = self._place_of(app_id)
        assert at is not None, "a row is stored before it is shown"
        return self._hays[at]

    def _take_ordered(self, old: ApplicationSummary) -> None:
        position = self._position(self._ordered, old)
        assert position is not None, "a stored row is always in the order"
        del self._ordered[position]
        del self._ordered_hay[position]

    def _take_shown(self, old: ApplicationSummary) -> None:
        position = self._position(self._shown, old)
        if position is None:
            return
        row = self._index(position)
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._shown[position]
        del self._shown_hay[position]
        self.endRemoveRows()

    def _place_shown(self, old: ApplicationSummary | None, new: ApplicationSummary) -> None:
        before = None if old is None else self._position(self._shown, old)
        if not self._admits(new):
            if old is not None:
                self._take_shown(old)
            return
        if before is None:
            position = bisect.bisect_left(self._shown, self._key(new), key=self._key)
            row = position if self._ascending else len(self._shown) - position
            self.beginInsertRows(QModelIndex(), row, row)
            self._shown.insert(position, new)
            self._shown_hay.insert(position, self._hay_of(new.id))
            self.endInsertRows()
            return
        source = self._index(before)
        # Where `new` goes among the other rows, found with the row it replaces still in
        # place (past it, one place less): no copy of every row but one.
        position = bisect.bisect_left(self._shown, self._key(new), key=self._key)
        if position > before:
            position -= 1
        target = position if self._ascending else len(self._shown) - 1 - position
        if target == source:
            self._shown[before] = new
            self._shown_hay[before] = self._hay_of(new.id)
            self.dataChanged.emit(self.index(source, 0), self.index(source, len(HEADERS) - 1))
            return
        # Qt names the destination as the row before which the moved row lands, counted
        # before the move.
        destination = target + 1 if target > source else target
        self.beginMoveRows(QModelIndex(), source, source, QModelIndex(), destination)
        del self._shown[before]
        self._shown.insert(position, new)
        del self._shown_hay[before]
        self._shown_hay.insert(position, self._hay_of(new.id))
        self.endMoveRows()
        changed = self.index(target, 0)
        self.dataChanged.emit(changed, self.index(target, len(HEADERS) - 1))

    def _all_changed(self) -> None:
        if self._shown:
            last = self.index(len(self._shown) - 1, len(HEADERS) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def _relayout(self, change: Callable[[], None]) -> None:
        """Run `change` (a new order or filter) as a layout change that keeps the selection."""
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        ids = [self._shown[self._index(i.row())].id if i.isValid() else None for i in before]
        change()
        after: list[QModelIndex] = []
        for index, app_id in zip(before, ids, strict=True):
            row = None if app_id is None else self.row_of(app_id)
            after.append(QModelIndex() if row is None else self.index(row, index.column()))
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()


def _sorted_by(items: list[_Item], keys: list[int]) -> list[_Item]:
    """`items` sorted by `keys` (one per item, at its place), stably. Sorting the items
    themselves, each handed its key in turn (`sorted` asks each item's key once, in order),
    moves only references: nothing reads an item, nor makes a number per item."""
    assert len(items) == len(keys), "a key for every item"
    return sorted(items, key=partial(next, iter(keys)))


def _by_id(rows: Iterable[ApplicationSummary]) -> list[ApplicationSummary]:
    """`rows` in id order, one per id (the last given, as a dictionary by id would keep)."""
    ordered = sorted(rows, key=_ID)  # one pass when they come in id order, as read
    ids = list(map(_ID, ordered))
    if any(map(eq, ids, ids[1:])):
        return sorted({row.id: row for row in ordered}.values(), key=_ID)
    return ordered


class _Search(NamedTuple):
    """A filter with the rows it admits (and their haystacks), in the model's order."""

    row_filter: RowFilter
    rows: list[ApplicationSummary]
    hays: list[str]


def _containing(
    rows: list[ApplicationSummary], hays: list[str], words: list[str]
) -> tuple[list[ApplicationSummary], list[str]]:
    """The rows whose haystacks hold every one of `words`, in the same order. Each word looks
    only through the rows the ones before it kept (the first letter's search keeps most, the
    next few)."""
    for word in words:
        keep = [word in hay for hay in hays]
        if all(keep):  # the same rows (as often for a first letter): the same lists
            continue
        rows, hays = list(compress(rows, keep)), list(compress(hays, keep))
    return rows, hays


def _muted_colour() -> QColor:
    # Not the disabled grey (1.9:1 on white): a closed row is still there to be read.
    return muted_text(QApplication.palette())
