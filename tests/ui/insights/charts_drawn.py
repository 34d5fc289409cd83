"""The chart in a slot once drawn: the charting library loads on a worker thread, and the
chart follows (imported by test modules; not a conftest)."""

from __future__ import annotations

import pyqtgraph as pg
from pytestqt.qtbot import QtBot

from jobdesk.ui.insights.chart_slot import ChartSlot


def drawn(qtbot: QtBot, slot: ChartSlot) -> pg.PlotWidget:
    qtbot.waitUntil(lambda: slot.drawn, timeout=20_000)
    assert slot.plot is not None
    return slot.plot
