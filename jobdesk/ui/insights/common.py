"""What every Insights view shares: a table model over cells, copying tables, saving charts."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEvent, QSize, QSortFilterProxyModel, Qt
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QPalette,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QWidget,
)

from jobdesk.domain.funnel import Rate, early_text, interval_text, percent, too_early_text
from jobdesk.domain.sorting import natural_key
from jobdesk.ui.dialogs.common import plain_tooltip
from jobdesk.ui.dialogs.prompts import Prompts
from jobdesk.ui.dialogs.table_support import setup_table
from jobdesk.ui.insights.chart_slot import ChartSlot

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


@dataclass(frozen=True)
class Cell:
    """One table cell: its text, the raw value it sorts by, a tooltip, and whether it is muted."""

    text: str
    sort: float | str | None = None
    tip: str = ""
    muted: bool = False  # greyed out: too little data to mean much

    @classmethod
    def number(cls, value: int | float | None, text: str | None = None) -> Cell:
        shown = text if text is not None else ("—" if value is None else f"{value:g}")
        return cls(shown, -1.0 if value is None else float(value))


def rate_cells(rate: Rate) -> list[Cell]:
    """Rate, moved on, resolved, pending and interval cells for one rate.

    An early rate (more still open than resolved) is shown pale with the reason; a rate
    with nothing old enough to judge says "too early" rather than a number."""
    if rate.judged:
        shown = Cell(percent(rate.value), rate.value, f"{rate.successes} of {rate.resolved}")
        interval = Cell(interval_text(rate), rate.low, "95% Wilson interval")
    elif rate.enough:
        tip = early_text(rate)[:1].upper() + early_text(rate)[1:] + "."
        shown = Cell(f"{percent(rate.value)} (early)", rate.value, tip, muted=True)
        interval = Cell(interval_text(rate), rate.low, tip, muted=True)
    elif not rate.resolved and rate.too_early:
        tip = (
            "Too early: none of these applications is old enough yet for its reply, or its "
            "silence, to be known."
        )
        shown = Cell("too early", -1.0, tip, muted=True)
        interval = Cell("—", -1.0, tip, muted=True)
    else:
        tip = f"Not enough data yet: {rate.needed} more resolved applications needed."
        shown = Cell("—", -1.0, tip, muted=True)
        interval = Cell(f"needs {rate.needed} more", -1.0, tip, muted=True)
    return [
        shown,
        Cell.number(rate.successes),
        Cell.number(rate.resolved),
        Cell.number(rate.pending),
        interval,
    ]


def too_early_cell(rate: Rate, moved_on: str = "have replied") -> Cell:
    """The applications too young to judge: "8 of 26" (replied so far of too early)."""
    if not rate.too_early:
        return Cell("—", -1.0)
    tip = (
        f"{too_early_text(rate, moved_on).capitalize()}. They are under the no-response "
        "period old, so only their replies could have come in yet: they are not in the rate."
    )
    return Cell(f"{rate.too_early_moved_on} of {rate.too_early}", rate.too_early, tip)


def short_rate_cell(rate: Rate | None) -> Cell:
    """A rate in one cell ("35% of 63"), for the all-dates column."""
    if rate is None or not rate.enough:
        return Cell("—", -1.0, "Not enough data yet", muted=True)
    text = f"{percent(rate.value)} of {rate.resolved}"
    if rate.early:
        return Cell(text + " (early)", rate.value, early_text(rate), muted=True)
    return Cell(text, rate.value, interval_text(rate))


def two_lines(title: str) -> str:
    """A column title broken at the space nearest its middle ("Too early\n(replied so far)"),
    so that a column of short figures is not as wide as its title."""
    spaces = [i for i, c in enumerate(title) if c == " "]
    if not spaces:
        return title
    middle = min(spaces, key=lambda i: abs(len(title) - 2 * i))
    return title[:middle] + "\n" + title[middle + 1 :]


class FigureTable(QStandardItemModel):
    """A thin model over rows of `Cell`s; columns are named by the view's COL_* constants.
    With `two_line_headers` the titles are shown on two lines (the copied table keeps them
    on one).

    The cells are held as Qt's own items, so that drawing, measuring and sorting the table
    ask no Python code for each cell and role (about 10 asks per cell each time the table
    is painted or measured: most of the cost of showing these small tables)."""

    def __init__(
        self,
        headers: Sequence[str],
        parent: QWidget | None = None,
        *,
        two_line_headers: bool = False,
    ) -> None:
        super().__init__(parent)
        self._two_lines = two_line_headers
        self._headers: list[str] = []
        self._rows: list[list[Cell]] = []
        self.set_headers(headers)

    def set_headers(self, headers: Sequence[str]) -> None:
        self._headers = list(headers)
        self._fill(self._rows)

    def set_rows(self, rows: Sequence[Sequence[Cell]]) -> None:
        self._fill(rows)

    def headers(self) -> list[str]:
        return list(self._headers)

    def _fill(self, rows: Sequence[Sequence[Cell]]) -> None:
        """Every item made anew, in one reset: the items' own signals are held back while
        they are made (each would be a change of its own to the views)."""
        width = len(self._headers)
        self._rows = [list(row[:width]) + [Cell("")] * (width - len(row)) for row in rows]
        muted = QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        self.beginResetModel()
        blocked = self.blockSignals(True)
        try:
            self.setRowCount(0)
            self.setColumnCount(width)
            self.setRowCount(len(self._rows))
            for column, title in enumerate(self._headers):
                shown = two_lines(title) if self._two_lines else title
                self.setHeaderData(column, Qt.Orientation.Horizontal, shown)
            for row, cells in enumerate(self._rows):
                for column, cell in enumerate(cells):
                    self.setItem(row, column, _item(cell, column, muted))
        finally:
            self.blockSignals(blocked)
        self.endResetModel()


_READ_ONLY = (
    Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren
)


def _item(cell: Cell, column: int, muted: QColor) -> QStandardItem:
    item = QStandardItem(cell.text)
    item.setFlags(_READ_ONLY)
    item.setData(natural_key(cell.text) if cell.sort is None else cell.sort, SORT_ROLE)
    item.setData(_LEFT if column == 0 else _RIGHT, Qt.ItemDataRole.TextAlignmentRole)
    tip = plain_tooltip(cell.tip)
    if tip:
        item.setToolTip(tip)
    if cell.muted:
        item.setForeground(muted)
    return item


def table_text(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """Tab-separated text (pastes into a spreadsheet as a table); tabs and newlines flattened."""

    def clean(text: str) -> str:
        return " ".join(text.replace("\t", " ").splitlines())

    lines = ["\t".join(clean(h) for h in headers)]
    lines += ["\t".join(clean(c) for c in row) for row in rows]
    return "\n".join(lines) + "\n"


class FigureTableView(QTableView):
    """A read-only, sortable table over a `FigureTable`; Ctrl+C copies it."""

    def __init__(self, model: FigureTable, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fitted = 0  # the height that shows every row (fit_rows), or 0
        self.figures = model
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(model)
        self.proxy.setSortRole(SORT_ROLE)
        self.setModel(self.proxy)
        self.setAccessibleName(name)
        self.setSortingEnabled(True)
        self.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # keep the model's order at first
        setup_table(self, read_only_rows=False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)

    def fit_rows(self, rows: int) -> None:
        """Tall enough to show `rows` rows and the header without scrolling, and no taller;
        in a short window it gives way down to two rows (and scrolls) rather than making
        the window refuse to get smaller."""
        self.ensurePolished()
        row = self.verticalHeader().defaultSectionSize()
        header = self.horizontalHeader().sizeHint().height()
        frame = 2 * self.frameWidth() + 2
        self._fitted = header + row * rows + frame
        self.setMaximumHeight(self._fitted)
        self.setMinimumHeight(min(self._fitted, header + row * 2 + frame))
        self.updateGeometry()

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), self._fitted) if self._fitted else hint

    def text(self) -> str:
        """The whole table as shown (in its current order), tab-separated."""
        headers = self.figures.headers()
        rows = []
        for row in range(self.proxy.rowCount()):
            rows.append(
                [
                    str(self.proxy.index(row, col).data(Qt.ItemDataRole.DisplayRole) or "")
                    for col in range(self.proxy.columnCount())
                ]
            )
        return table_text(headers, rows)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy()
            event.accept()
            return
        super().keyPressEvent(event)


def button(text: str, name: str, slot: Callable[[], object], tip: str = "") -> QPushButton:
    widget = QPushButton(text)
    widget.setAccessibleName(name)
    if tip:
        widget.setToolTip(tip)
    widget.clicked.connect(lambda _checked=False: slot())
    return widget


def button_row(*widgets: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        row.addWidget(widget)
    row.addStretch()
    return row


class Note(QLabel):
    """A wrapped paragraph whose height at a width is worked out once per text and width.
    QLabel lays its rich text out anew each time a layout asks, and layouts ask many times
    whenever the tab is shown: a third of switching to the Insights tab went there."""

    def __init__(self, text: str = "") -> None:
        super().__init__(text)
        self._heights: dict[int, int] = {}

    def setText(self, text: str) -> None:
        if text != self.text():
            self._heights.clear()
        super().setText(text)

    def heightForWidth(self, width: int) -> int:
        height = self._heights.get(width)
        if height is None:
            if len(self._heights) > 64:  # widths seen while the window was resized
                self._heights.clear()
            height = self._heights[width] = super().heightForWidth(width)
        return height

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in _LAYOUT_CHANGES:  # the same words may take more or fewer lines
            self._heights.clear()
        super().changeEvent(event)


_LAYOUT_CHANGES = frozenset(
    {QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.ContentsRectChange}
)


def note(text: str = "", name: str = "") -> QLabel:
    """A wrapped paragraph of explanation."""
    label = Note(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if name:
        label.setAccessibleName(name)
    return label


def save_chart(widget: QWidget, prompts: Prompts, suggested: str) -> Path | None:
    """Ask where, then save a PNG of `widget`; says so if it could not be written."""
    slots = [widget] if isinstance(widget, ChartSlot) else widget.findChildren(ChartSlot)
    if not all(slot.drawn for slot in slots):
        prompts.info(widget, "The chart is still being drawn. Save it again in a moment.")
        return None
    chosen = prompts.save_file(widget, "Save chart as PNG", suggested, "PNG image (*.png)")
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() != ".png":
        path = path.with_name(path.name + ".png")
    if not widget.grab().save(str(path), "PNG"):
        prompts.error(widget, f"The chart could not be saved to {path}. Choose another folder.")
        return None
    return path
