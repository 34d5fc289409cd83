"""The offers table's columns as wide as their widest text, found without measuring every
cell the way Qt does (it asks the model for about twelve values per cell: 0.1 s for a
hundred offers, more for hundreds)."""

from __future__ import annotations

import heapq

from PySide6.QtWidgets import QTableView

from jobdesk.ui.offers.model import BOLD_WHEN_DUE, OffersFilter, OffersModel, display

# Cells measured as Qt measures them, per column: those of the widest texts in the table's
# font (a tie then measures alike), and every bold one (a reply due soon).
MEASURED = 3


def fit_to_widest(view: QTableView, model: OffersModel, shown: OffersFilter) -> None:
    """The widths `view.resizeColumnsToContents()` gives (a test holds them equal), for the
    offers `shown` lets through: each column's text widths are read from the font, and only
    the widest few cells are measured whole (margins, font, grid)."""
    metrics = view.fontMetrics()
    header = view.horizontalHeader()
    grid = 1 if view.showGrid() else 0  # Qt adds the grid line to a column's width
    rows = [shown.mapToSource(shown.index(r, 0)).row() for r in range(shown.rowCount())]
    summaries = [model.summary(r) for r in rows]
    due = [r for r, s in zip(rows, summaries, strict=True) if s.needs_reply_soon]
    for column in range(model.columnCount()):
        if view.isColumnHidden(column):
            continue
        widths = [metrics.horizontalAdvance(display(s, column)) for s in summaries]
        widest = heapq.nlargest(MEASURED, range(len(rows)), key=widths.__getitem__)
        measured = {rows[i] for i in widest}
        if column in BOLD_WHEN_DUE:
            measured.update(due)
        content = max(
            (
                view.sizeHintForIndex(shown.mapFromSource(model.index(r, column))).width() + grid
                for r in measured
            ),
            default=0,
        )
        shown_title = 0 if header.isHidden() else header.sectionSizeHint(column)
        header.resizeSection(column, max(content, shown_title))
