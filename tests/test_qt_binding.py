"""The Qt binding keeps Python's reference counts right.

PySide6 6.12.0 drops a reference to None on every call that returns nothing
(and pyqtgraph's drawing drops references to True too). On Python 3.11, where
None and True are not immortal, a running jobdesk then dies with
"Fatal Python error: none_dealloc" after a few thousand calls: the Insights tab
reached it within a dozen refreshes.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QGraphicsRectItem


def test_calls_that_return_nothing_keep_none_alive() -> None:
    target = QObject()
    item = QGraphicsRectItem(0, 0, 1, 1)
    before = sys.getrefcount(None)
    for _ in range(200):
        target.setObjectName("x")
        item.setPos(1.0, 2.0)
    # A little slack for unrelated references made meanwhile; the bug loses 400.
    assert sys.getrefcount(None) >= before - 20


def test_drawing_a_chart_keeps_true_and_none_alive(qapp: QApplication) -> None:
    import pyqtgraph as pg

    plot = pg.PlotWidget()
    before = sys.getrefcount(True), sys.getrefcount(None)
    for _ in range(20):
        plot.addItem(pg.PlotDataItem([0, 1], [1, 2]))
        plot.addItem(pg.TextItem("x"))
        plot.clear()
    after = sys.getrefcount(True), sys.getrefcount(None)
    assert after[0] >= before[0] - 5 and after[1] >= before[1] - 20
