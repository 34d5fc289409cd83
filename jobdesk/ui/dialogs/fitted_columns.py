"""A table's columns fitted to its width, so that it does not scroll sideways: each column as
wide as its title and cells need; in a narrow window the columns named to give way are hidden
for now (first to last, back when there is room), then the text columns are shortened down to
a readable width (their cells elided; the whole text is in each cell's tooltip). A title
may be on two lines (its widest line is measured). And a column's widest cell, found without
measuring every cell (`widest_cell`)."""

from __future__ import annotations

import heapq
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtWidgets import QHeaderView, QTableView

_PADDING = 18  # a title's margins in the header and a little air
_ARROW = 16  # the sorted column's title also holds the sort arrow
# Cells measured as Qt measures them, per column, by `widest_cell`: those of the widest few
# texts in the table's font (a tie then measures alike).
MEASURED = 3


@dataclass(frozen=True)
class Need:
    """What one visible column asks for: never narrower than `minimum`, ideally
    `preferred`; a `shrinkable` one gives way down to its minimum when space is short."""

    minimum: int
    preferred: int
    shrinkable: bool = False


def plan_widths(needs: dict[int, Need], available: int, stretch: int) -> dict[int, int]:
    """Widths for the columns in `needs` that fill `available` pixels: each at its
    preferred width; when that is too wide, the shrinkable ones give way in proportion to
    what they have above their minimum; when there is room left, `stretch` takes it."""
    widths = {column: need.preferred for column, need in needs.items()}
    total = sum(widths.values())
    if total > available:
        spare = {c: widths[c] - n.minimum for c, n in needs.items() if n.shrinkable}
        room = sum(spare.values())
        cut = min(total - available, room)
        if room:
            for column, extra in spare.items():
                widths[column] -= cut * extra // room
            # Rounding down leaves a few pixels: take them one by one, so the columns end
            # exactly at the edge rather than past it (a scroll bar for one pixel).
            left = min(
                sum(widths.values()) - available, sum(widths[c] - needs[c].minimum for c in spare)
            )
            while left > 0:
                for column in spare:
                    if left and widths[column] > needs[column].minimum:
                        widths[column] -= 1
                        left -= 1
    elif stretch in widths:
        widths[stretch] += available - total
    return widths


class FittedColumns(QObject):
    """Keeps `table`'s columns fitted to its width until the user drags one (then the widths
    are theirs).

    - `shrink`: the text columns that may be shortened, each to its shortest width (never
      narrower than its title);
    - `shrink_last`: the same, shortened only once those are as short as they go (the names
      and figures a row is read by);
    - `widest`: a cap on a column however long its text;
    - `give_way`: the columns hidden, first to last, while the rest would not fit whole;
    - `stretch`: the first of these that is shown takes any room left;
    - `narrow_note`: the header's tooltip while columns are hidden ("{columns}": their
      titles);
    - `cells`: a column's widest cell (Qt's `sizeHintForColumn` unless given).
    """

    def __init__(
        self,
        table: QTableView,
        *,
        shrink: Mapping[int, int] | None = None,
        shrink_last: Mapping[int, int] | None = None,
        widest: Mapping[int, int] | None = None,
        give_way: Sequence[int] = (),
        stretch: Sequence[int] = (),
        narrow_note: str = "Hidden while the window is narrow: {columns}.",
        cells: Callable[[int], int] | None = None,
    ) -> None:
        super().__init__(table)
        self._table = table
        self._shrink = dict(shrink or {})
        self._shrink_last = dict(shrink_last or {})
        self._widest = dict(widest or {})
        self._give_way = tuple(give_way)
        self._stretch = tuple(stretch)
        self._note = narrow_note
        # How wide a column's cells are: Qt's own measure unless the table knows a cheaper one.
        self._cells = cells or table.sizeHintForColumn
        self._hidden: frozenset[int] = frozenset()
        self._measured: dict[int, Need] = {}
        self._fitting = False
        self.user_sized = False
        self.given_way: tuple[int, ...] = ()
        header = table.horizontalHeader()
        # Qt's own title widths reserve a sort arrow in every column, and a stretched last
        # section would push the sum past the edge: the widths here are set whole.
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.sectionResized.connect(self._resized)
        header.sortIndicatorChanged.connect(lambda *_: self.remeasure())
        model = table.model()
        for signal in (
            model.modelReset,
            model.layoutChanged,
            model.rowsInserted,
            model.rowsRemoved,
            model.dataChanged,
            model.headerDataChanged,
        ):
            signal.connect(self.remeasure)
        table.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        elif event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.remeasure()  # the same texts take another width
        return False

    def set_hidden(self, columns: set[int] | frozenset[int]) -> None:
        """Columns the view hides whatever the width (say, one with nothing to show)."""
        if frozenset(columns) != self._hidden:
            self._hidden = frozenset(columns)
            self.fit()

    def remeasure(self, *_args: object) -> None:
        """The cells changed: measure them again, then fit."""
        self._measured.clear()
        self.fit()

    def fit(self) -> None:
        if self.user_sized:
            return
        table = self._table
        room = table.viewport().width()
        if room <= 0:
            return
        columns = table.model().columnCount()
        shown = [c for c in range(columns) if c not in self._hidden]
        needs = {c: self._need(c) for c in shown}
        hidden: list[int] = []
        for column in self._give_way:
            if sum(needs[c].preferred for c in shown) <= room:
                break
            if column in shown:
                shown.remove(column)
                hidden.append(column)
        stretch = next((c for c in self._stretch if c in shown), -1)
        widths = plan_widths(
            {
                c: Need(n.preferred, n.preferred) if c in self._shrink_last else n
                for c, n in needs.items()
                if c in shown
            },
            room,
            stretch,
        )
        if sum(widths.values()) > room and any(c in shown for c in self._shrink_last):
            # The others are as short as they go: now the names give way too.
            widths = plan_widths(
                {
                    c: self._limited(needs[c], self._title_width(c), self._shrink_last[c])
                    if c in self._shrink_last
                    else Need(widths[c], widths[c])
                    for c in shown
                },
                room,
                stretch,
            )
        # Told by the header, the table repaints its cells from the first resized column on a
        # timer of its own, after the paint already due: every cell painted twice on a first
        # visit. With the header quiet meanwhile, the table is told once, here, before it paints.
        header = table.horizontalHeader()
        resized: list[int] = []
        self._fitting = True
        quiet = header.blockSignals(True)
        try:
            for column in range(columns):
                off = column not in shown
                if table.isColumnHidden(column) != off:
                    table.setColumnHidden(column, off)
                    resized.append(column)
            for column, width in widths.items():
                if table.columnWidth(column) != width:
                    table.setColumnWidth(column, width)
                    resized.append(column)
        finally:
            header.blockSignals(quiet)
            self._fitting = False
        repaint_resized(table, resized)
        self.given_way = tuple(hidden)
        titles = ", ".join(self._title(c) for c in sorted(hidden))
        header.setToolTip(self._note.format(columns=titles) if hidden else "")

    def _title_lines(self, column: int) -> list[str]:
        return str(self._table.model().headerData(column, Qt.Orientation.Horizontal) or "").split(
            "\n"
        )

    def _title(self, column: int) -> str:
        return " ".join(self._title_lines(column))

    def _title_width(self, column: int) -> int:
        header = self._table.horizontalHeader()
        metrics = header.fontMetrics()
        title = max(map(metrics.horizontalAdvance, self._title_lines(column))) + _PADDING
        return title + (_ARROW if header.sortIndicatorSection() == column else 0)

    def _need(self, column: int) -> Need:
        # Measured once per change of the cells, not on each resize of the window.
        if column not in self._measured:
            self._measured[column] = self.need(column)
        return self._measured[column]

    def need(self, column: int) -> Need:
        """The column's title and its cells' widths (with Qt's measure, the header's
        precision decides how many rows are measured)."""
        title = self._title_width(column)
        cells = self._cells(column)
        preferred = max(title, min(cells, self._widest.get(column, cells)))
        return self._limited(Need(preferred, preferred), title, self._shrink.get(column))

    @staticmethod
    def _limited(need: Need, title: int, shortest: int | None) -> Need:
        if shortest is None:
            return need
        return Need(min(need.preferred, max(title, shortest)), need.preferred, True)

    def _resized(self, _column: int, _old: int, _new: int) -> None:
        if not self._fitting:
            self.user_sized = True  # the user dragged a column: leave the widths alone


def widest_cell(
    view: QTableView, column: int, texts: Sequence[str], also: Iterable[int] = ()
) -> int:
    """The width Qt's `sizeHintForColumn` gives `column` (tests hold them equal), grid line
    included, without measuring every cell as Qt does (it asks the model for about twelve
    values per cell: 0.1 s for a hundred rows): each distinct text of `texts` (the column's,
    row by row) is read from the font, and only the cells of the widest few are measured
    whole (margins, font, grid), with those of the rows in `also` (drawn in another font,
    say bold). A column holds few distinct texts (dates, statuses, amounts that repeat)."""
    view.ensurePolished()
    metrics = view.fontMetrics()
    distinct = list(dict.fromkeys(texts))
    widths = dict(zip(distinct, map(metrics.horizontalAdvance, distinct), strict=True))
    widest = heapq.nlargest(MEASURED, distinct, key=widths.__getitem__)
    measured = {texts.index(text) for text in widest}  # a row showing each
    measured.update(also)
    model = view.model()
    grid = 1 if view.showGrid() else 0  # Qt adds the grid line to a column's width
    return max(
        (view.sizeHintForIndex(model.index(row, column)).width() + grid for row in measured),
        default=0,
    )


def repaint_resized(table: QTableView, columns: list[int]) -> None:
    """What the table does itself, a turn later, when told of resized `columns`: its
    scroll bars and header set again, its cells repainted from the first one rightwards."""
    if not columns:
        return
    table.updateGeometries()
    viewport = table.viewport()
    left = min((table.columnViewportPosition(c) for c in columns), default=0)
    left = max(left, 0)  # a column just hidden has no place: from the left edge
    if any(table.isColumnHidden(c) for c in columns):
        left = 0
    viewport.update(QRect(left, 0, viewport.width() - left, viewport.height()))
