"""The offers table's cells measured without measuring every cell the way Qt does (it asks
the model for about twelve values per cell: 0.1 s for a hundred offers, more for hundreds)."""

from __future__ import annotations

import heapq

from PySide6.QtWidgets import QTableView

from jobdesk.ui.offers.model import BOLD_WHEN_DUE, OffersFilter, OffersModel, display

# Cells measured as Qt measures them, per column: those of the widest texts in the table's
# font (a tie then measures alike), and every bold one (a reply due soon).
MEASURED = 3


def widest_cell(view: QTableView, model: OffersModel, shown: OffersFilter, column: int) -> int:
    """The width Qt would measure for `column`'s widest cell among the offers `shown` lets
    through (a test holds them equal), grid line included: each cell's text width is read
    from the font, and only the widest few cells are measured whole (margins, font, grid)."""
    metrics = view.fontMetrics()
    grid = 1 if view.showGrid() else 0  # Qt adds the grid line to a column's width
    rows = [shown.mapToSource(shown.index(r, 0)).row() for r in range(shown.rowCount())]
    summaries = [model.summary(r) for r in rows]
    widths = [metrics.horizontalAdvance(display(s, column)) for s in summaries]
    measured = {rows[i] for i in heapq.nlargest(MEASURED, range(len(rows)), key=widths.__getitem__)}
    if column in BOLD_WHEN_DUE:
        measured.update(r for r, s in zip(rows, summaries, strict=True) if s.needs_reply_soon)
    return max(
        (
            view.sizeHintForIndex(shown.mapFromSource(model.index(r, column))).width() + grid
            for r in measured
        ),
        default=0,
    )
