"""A figures table's columns fitted to the room it has: each as wide as its figures and its
title (on two lines) need, and in a narrow window the less important ones give way (hidden
for want of room, back when there is room), so the table does not scroll sideways."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QHeaderView, QTableView

from jobdesk.ui.dialogs.fitted_columns import repaint_resized

_PADDING = 14  # the title's margins in the header
_ARROW = 14  # the sorted column's title also holds the sort arrow


class ColumnsFitter(QObject):
    """Keeps `table`'s columns fitted; `give_way` lists the columns that are hidden, first
    to last, while the rest would not fit."""

    def __init__(self, table: QTableView, give_way: Sequence[int]) -> None:
        super().__init__(table)
        self._table = table
        self._give_way = tuple(give_way)
        self.given_way: tuple[int, ...] = ()
        # Each column's width, kept until the figures change: the table is resized several
        # times while a page is first laid out, and measuring asks for every cell.
        self._needs: list[int] | None = None
        header = table.horizontalHeader()
        # Qt's own fitting of the titles reserves a sort arrow as wide as the header is
        # tall: with titles on two lines that alone made the table too wide.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        model = table.model()
        model.modelReset.connect(self._refit)
        model.layoutChanged.connect(self._refit)
        model.dataChanged.connect(self._refit)
        model.headerDataChanged.connect(self._refit)
        table.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        elif event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._refit()  # the same figures take another width
        return False

    def _refit(self, *_args: object) -> None:
        self._needs = None
        self.fit()

    def needs(self) -> list[int]:
        """Each column's width: its widest figure or its title's widest line."""
        table, model = self._table, self._table.model()
        metrics = table.horizontalHeader().fontMetrics()
        widths = []
        for column in range(model.columnCount()):
            title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            lines = title.split("\n")
            title_width = max(metrics.horizontalAdvance(line) for line in lines)
            widths.append(max(table.sizeHintForColumn(column), title_width + _PADDING + _ARROW))
        return widths

    def fit(self) -> None:
        table = self._table
        if self._needs is None:
            self._needs = self.needs()
        needs = self._needs
        room = table.viewport().width()
        total = sum(needs)
        hidden: list[int] = []
        for column in self._give_way:
            if total <= room:
                break
            if column < len(needs):
                hidden.append(column)
                total -= needs[column]
        # Told by the header, the table repaints its cells from the first resized column on a
        # timer of its own, after the paint already due (on a first visit, the funnel table
        # painted twice): with the header quiet meanwhile, the table is told once, here.
        header = table.horizontalHeader()
        resized: list[int] = []
        quiet = header.blockSignals(True)
        try:
            for column, width in enumerate(needs):
                if table.isColumnHidden(column) != (column in hidden):
                    table.setColumnHidden(column, column in hidden)
                    resized.append(column)
                if table.columnWidth(column) != width:
                    table.setColumnWidth(column, width)
                    resized.append(column)
        finally:
            header.blockSignals(quiet)
        repaint_resized(table, resized)
        self.given_way = tuple(hidden)
        names = [
            str(table.model().headerData(c, Qt.Orientation.Horizontal)).replace("\n", " ")
            for c in hidden
        ]
        header.setToolTip(
            f"Hidden while the window is narrow: {', '.join(names)}. Copy table copies "
            "every column."
            if names
            else ""
        )
