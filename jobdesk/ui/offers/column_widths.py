"""The offers table's cells measured without measuring every cell the way Qt does (it asks
the model for about twelve values per cell: 0.1 s for a hundred offers, more for hundreds),
nor every text: a column holds few distinct ones (dates, statuses, amounts that repeat)."""

from __future__ import annotations

import heapq

from PySide6.QtWidgets import QTableView

from jobdesk.ui.offers.model import BOLD_WHEN_DUE, OffersModel

# Cells measured as Qt measures them, per column: those of the widest texts in the table's
# font (a tie then measures alike), and every bold one (a reply due soon).
MEASURED = 3


def widest_cell(view: QTableView, model: OffersModel, column: int) -> int:
    """The width Qt would measure for `column`'s widest cell among the offers shown (a test
    holds them equal), grid line included: each distinct text's width is read from the
    font, and only the cells of the widest few texts are measured whole (margins, font,
    grid)."""
    metrics = view.fontMetrics()
    grid = 1 if view.showGrid() else 0  # Qt adds the grid line to a column's width
    texts = model.texts(column)
    distinct = list(dict.fromkeys(texts))
    widths = dict(zip(distinct, map(metrics.horizontalAdvance, distinct), strict=True))
    widest = heapq.nlargest(MEASURED, distinct, key=widths.__getitem__)
    measured = {texts.index(text) for text in widest}  # a row showing each
    if column in BOLD_WHEN_DUE:
        measured.update(r for r in range(len(texts)) if model.needs_reply_soon(r))
    return max(
        (view.sizeHintForIndex(model.index(r, column)).width() + grid for r in measured),
        default=0,
    )
