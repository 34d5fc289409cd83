"""pyqtgraph set up the jobdesk way: the window's colours, fixed axes, bars with intervals.

This is the module that loads pyqtgraph (and numpy), so it is imported only when
the Insights tab is first shown.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any
from weakref import WeakKeyDictionary

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy

from jobdesk.domain.funnel import Rate
from jobdesk.ui.dialogs.palette_watch import on_palette_change
from jobdesk.ui.insights.marks import (
    BAR,
    BAR_MUTED,
    CHART_MIN_HEIGHT,
    LINE_WIDTH,
    REFERENCE,
    SERIES,
    RateBar,
    bar_text,
    muted_colour,
    overall_colour,
    overall_shown,
)
from jobdesk.ui.insights.marks import palette_colour as _palette

# Kept here too: tests and older code name them from this module.
__all__ = ["BAR", "BAR_MUTED", "CHART_MIN_HEIGHT", "LINE_WIDTH", "REFERENCE", "SERIES"]
__all__ += ["RateBar", "bar_text", "overall_colour"]

pg.setConfigOptions(antialias=True)


def line_pen(colour: QColor | str, *, dashed: bool = False) -> QPen:
    pen: QPen = pg.mkPen(colour, width=LINE_WIDTH)
    if dashed:
        pen.setStyle(Qt.PenStyle.DashLine)
    return pen


# A chart's scene is told when its view is shown or hidden (as a window is activated or
# deactivated); its plot then marks itself for repainting, and the scene, once it has taken
# that in, has the whole window painted at once, before the tab just chosen is laid out: a
# second paint of the whole window on the next first visit after the Insights. The charts
# draw nothing that differs between an active and an inactive window.
_ACTIVATION = frozenset({QEvent.Type.WindowActivate, QEvent.Type.WindowDeactivate})


class _SameWhenInactive(QObject):
    """Keeps a chart's scene from being told of its window's (or its own) activation."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        return event.type() in _ACTIVATION


def plot_widget(name: str, *, min_height: int = CHART_MIN_HEIGHT) -> pg.PlotWidget:
    """A still chart (no panning or zooming, no context menu) in the window's colours."""
    widget = pg.PlotWidget()
    widget.setAccessibleName(name)
    widget.setMenuEnabled(False)
    widget.setMouseEnabled(x=False, y=False)
    widget.hideButtons()
    widget.setMinimumHeight(min_height)
    # The chart takes the height left once the tables beside it have theirs: its own size
    # hint (480 px) would otherwise squeeze a table to two rows in a 760 px window.
    widget.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)

    def recolour() -> None:
        widget.setBackground(_palette(QPalette.ColorRole.Base))
        for side in ("left", "bottom"):
            axis = widget.getAxis(side)
            axis.setTextPen(pg.mkPen(_palette(QPalette.ColorRole.Text)))
            axis.setPen(line_pen(_palette(QPalette.ColorRole.Mid)))

    on_palette_change(widget, recolour)  # the system went dark or light
    # Wide enough for "100%" and for short category names on horizontal charts.
    widget.getAxis("left").setWidth(44)
    widget.showGrid(x=False, y=True, alpha=0.15)
    scene = widget.scene()
    scene.installEventFilter(_SameWhenInactive(scene))
    return widget


def set_categories(widget: pg.PlotWidget, labels: Sequence[str], side: str = "bottom") -> None:
    widget.getAxis(side).setTicks([list(enumerate(labels)), []])


def set_row_categories(widget: pg.PlotWidget, labels: Sequence[str], most: int = 220) -> None:
    """Category names down the left side, the axis as wide as the longest (long ones elided)."""
    metrics = QFontMetrics(widget.getAxis("left").font())
    shown = [metrics.elidedText(text, Qt.TextElideMode.ElideRight, most) for text in labels]
    widest = max((metrics.horizontalAdvance(text) for text in shown), default=0)
    widget.getAxis("left").setWidth(max(44, widest + 14))
    set_categories(widget, shown, side="left")


def count_ticks(top: float) -> list[tuple[float, str]]:
    """Whole-number ticks up to `top`, about five of them."""
    step = max(1, -(-int(top) // 5))
    return [(float(v), str(v)) for v in range(0, int(top) + 1, step)]


def set_sparse_categories(widget: pg.PlotWidget, labels: Sequence[str], most: int = 10) -> None:
    """Label at most `most` evenly spaced categories along the bottom, so names never collide."""
    step = max(1, -(-len(labels) // most))
    major = [(i, labels[i]) for i in range(0, len(labels), step)]
    widget.getAxis("bottom").setTicks([major, []])


# Each chart's text labels, kept from one drawing to the next: a new pg.TextItem costs
# about a millisecond (most of a redraw), moving and rewording a kept one very little.
_LABELS: WeakKeyDictionary[pg.PlotWidget, _LabelPool] = WeakKeyDictionary()


@dataclass
class _LabelPool:
    items: list[pg.TextItem]
    used: int = 0


def _clear(widget: pg.PlotWidget) -> None:
    """Take every item off the chart; its labels wait to be used again."""
    widget.clear()
    pool = _LABELS.get(widget)
    if pool is not None:
        pool.used = 0


def _label(
    widget: pg.PlotWidget, x: float, y: float, text: str, anchor: tuple[float, float]
) -> None:
    pool = _LABELS.setdefault(widget, _LabelPool([]))
    colour = _palette(QPalette.ColorRole.Text)
    if pool.used < len(pool.items):
        item = pool.items[pool.used]
        item.setColor(colour)
        item.setText(text)
        item.setAnchor(anchor)
    else:
        item = pg.TextItem(text, color=colour, anchor=anchor)
        font = QFont()
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.9))
        item.setFont(font)
        pool.items.append(item)
    pool.used += 1
    item.setPos(x, y)
    widget.addItem(item)


def draw_rate_bars(widget: pg.PlotWidget, labels: Sequence[str], bars: Sequence[RateBar]) -> None:
    """Vertical bars in percent with 95% interval whiskers, reference dashes, all-dates diamonds.

    A rate below the minimum sample is drawn as a pale bar with no whisker and
    "n = …" above it, so it is seen but not read as a finding; an early one (more still
    open than resolved) pale with "early"; one with nothing old enough yet says "too early".
    """
    _clear(widget)
    count = len(bars)
    x = np.arange(count, dtype=float)
    enough = np.array([b.rate.judged for b in bars], dtype=bool)
    heights = np.array([(b.rate.value or 0.0) * 100 for b in bars])
    for mask, colour in ((enough, BAR), (~enough, muted_colour())):
        if mask.any():
            widget.addItem(
                pg.BarGraphItem(
                    x=x[mask], height=heights[mask], width=0.6, brush=colour, pen=pg.mkPen(None)
                )
            )
    if enough.any():
        low = np.array([b.rate.low * 100 for b in bars])
        high = np.array([b.rate.high * 100 for b in bars])
        widget.addItem(
            pg.ErrorBarItem(
                x=x[enough],
                y=heights[enough],
                top=(high - heights)[enough],
                bottom=(heights - low)[enough],
                beam=0.18,
                pen=line_pen(_palette(QPalette.ColorRole.Text)),
            )
        )
    refs = [(i, b.reference * 100) for i, b in enumerate(bars) if b.reference is not None]
    if refs:
        xs = np.array([[i - 0.38, i + 0.38] for i, _ in refs]).ravel()
        ys = np.array([[r, r] for _, r in refs]).ravel()
        widget.addItem(
            pg.PlotDataItem(xs, ys, connect="pairs", pen=line_pen(REFERENCE, dashed=True))
        )
    overall = [
        (i, b.overall.value * 100)
        for i, b in enumerate(bars)
        if b.overall is not None and b.overall.value is not None and overall_shown(b)
    ]
    if overall:
        widget.addItem(
            pg.ScatterPlotItem(
                x=[i + 0.22 for i, _ in overall],
                y=[v for _, v in overall],
                symbol="d",
                size=11,
                brush=overall_colour(),
                pen=line_pen(_palette(QPalette.ColorRole.Base)),
            )
        )
    for i, b in enumerate(bars):
        top = b.rate.high * 100 if b.rate.judged else heights[i]
        if not b.rate.resolved and b.rate.too_early:
            top = 8  # no bar at all: the words stand clear of the axis
        _label(widget, i, top + 2, bar_text(b.rate), (0.5, 1.0))
    set_categories(widget, labels)
    widget.setXRange(-0.6, count - 0.4, padding=0)
    widget.setYRange(-1, 112, padding=0)
    widget.getAxis("left").setTicks([[(v, f"{v}%") for v in range(0, 101, 20)], []])


def draw_rate_rows(widget: pg.PlotWidget, labels: Sequence[str], rates: Sequence[Rate]) -> None:
    """Horizontal bars (one per value, first on top) with 95% interval whiskers."""
    _clear(widget)
    count = len(rates)
    if not count:
        return
    y = np.arange(count, dtype=float)
    widths = np.array([(r.value or 0.0) * 100 for r in rates])
    enough = np.array([r.judged for r in rates], dtype=bool)
    for mask, colour in ((enough, BAR), (~enough, muted_colour())):
        if mask.any():
            widget.addItem(
                pg.BarGraphItem(
                    x0=0, y=y[mask], height=0.6, width=widths[mask], brush=colour, pen=None
                )
            )
    if enough.any():
        low = np.array([r.low * 100 for r in rates])
        high = np.array([r.high * 100 for r in rates])
        widget.addItem(
            pg.ErrorBarItem(
                x=widths[enough],
                y=y[enough],
                left=(widths - low)[enough],
                right=(high - widths)[enough],
                beam=0.18,
                pen=line_pen(_palette(QPalette.ColorRole.Text)),
            )
        )
    for i, r in enumerate(rates):
        end = r.high * 100 if r.judged else widths[i]
        _label(widget, end + 1.5, i, bar_text(r), (0.0, 0.5))
    set_row_categories(widget, labels)
    widget.getPlotItem().invertY(True)
    widget.setYRange(-0.6, count - 0.4, padding=0)
    widget.setXRange(0, 112, padding=0)
    widget.getAxis("bottom").setTicks([[(v, f"{v}%") for v in range(0, 101, 20)], []])


def draw_grouped_bars(
    widget: pg.PlotWidget,
    labels: Sequence[str],
    series: Sequence[Sequence[float]],
    colours: Sequence[str] = SERIES,
) -> None:
    """Several series side by side per category (e.g. applications, responses, interviews)."""
    _clear(widget)
    count = len(labels)
    width = 0.8 / max(1, len(series))
    for k, (values, colour) in enumerate(zip(series, colours, strict=False)):
        offset = (k - (len(series) - 1) / 2) * width
        widget.addItem(
            pg.BarGraphItem(
                x=np.arange(count) + offset,
                height=np.array(values, dtype=float),
                width=width * 0.95,
                brush=colour,
                pen=None,
            )
        )
    set_sparse_categories(widget, labels)
    top = max([max(v, default=0) for v in series], default=0)
    widget.setXRange(-0.6, max(count, 1) - 0.4, padding=0)
    widget.setYRange(0, max(1, top) * 1.12, padding=0)
    widget.getAxis("left").setTicks([count_ticks(max(1, top)), []])


def draw_rate_points(
    widget: pg.PlotWidget,
    labels: Sequence[str],
    rates: Sequence[Rate],
    too_early: Sequence[bool] = (),
    partly: Sequence[bool] = (),
) -> None:
    """One point per category with its interval; categories with nothing resolved are gaps.

    Categories that are `too_early` (nothing old enough to judge) are shaded and labelled
    "too early" instead of a point; `partly` mature ones get a hollow point with its own n.
    """
    _clear(widget)
    early = [i for i, flag in enumerate(too_early) if flag]
    if early:
        # One shaded band per run of too-early weeks (they are usually the last few).
        runs: list[list[int]] = []
        for i in early:
            if runs and runs[-1][-1] == i - 1:
                runs[-1].append(i)
            else:
                runs.append([i])
        shade = QColor(_palette(QPalette.ColorRole.Mid))
        shade.setAlpha(60)
        for run in runs:
            band = pg.LinearRegionItem(
                (run[0] - 0.5, run[-1] + 0.5), movable=False, brush=shade, pen=pg.mkPen(None)
            )
            widget.addItem(band)
            _label(widget, (run[0] + run[-1]) / 2, 52, "too early", (0.5, 0.5))
    shown = [(i, r) for i, r in enumerate(rates) if r.resolved]
    if shown:
        xs = np.array([i for i, _ in shown], dtype=float)
        ys = np.array([(r.value or 0.0) * 100 for _, r in shown])
        lows = np.array([r.low * 100 for _, r in shown])
        highs = np.array([r.high * 100 for _, r in shown])
        widget.addItem(
            pg.ErrorBarItem(
                x=xs,
                y=ys,
                top=highs - ys,
                bottom=ys - lows,
                beam=0.15,
                pen=line_pen(_palette(QPalette.ColorRole.Mid)),
            )
        )
        hollow = set(i for i, flag in enumerate(partly) if flag)
        muted = muted_colour()
        brushes = [
            pg.mkBrush(None) if i in hollow else BAR if r.judged else muted for i, r in shown
        ]
        # A pale point is a faint dot, outlined in its own colour: with the bar colour round
        # it, it looked like a hollow point, one without the n a hollow point carries.
        pens = [line_pen(BAR if i in hollow or r.judged else muted) for i, r in shown]
        points = pg.ScatterPlotItem(
            x=xs, y=ys, symbol="o", size=9, brush=brushes, pen=line_pen(BAR)
        )
        points.setPen(pens)  # each point's own; the item's default stays the bar's
        widget.addItem(points)
        for i, r in shown:
            if i in hollow:
                _label(widget, i, min(100.0, r.high * 100) + 1, f"n = {r.resolved}", (0.5, 1.0))
    set_sparse_categories(widget, labels)
    widget.setXRange(-0.6, max(len(labels), 1) - 0.4, padding=0)
    widget.setYRange(-4, 110, padding=0)  # a point at 0% is drawn whole
    widget.getAxis("left").setTicks([[(v, f"{v}%") for v in range(0, 101, 25)], []])


def shade_spans(widget: pg.PlotWidget, spans: Sequence[tuple[float, float]]) -> list[Any]:
    """A still, pale band behind the chart over each (from, to) on the x axis: the user's
    recovery breaks on the week charts. Returns the bands, for tests to read."""
    colour = QColor(_palette(QPalette.ColorRole.Mid))
    colour.setAlpha(70)
    bands = []
    for start, end in spans:
        band = pg.LinearRegionItem(
            values=(start, end), movable=False, brush=pg.mkBrush(colour), pen=pg.mkPen(None)
        )
        band.setZValue(-10)  # behind the bars and points
        band.setAcceptHoverEvents(False)
        widget.addItem(band)
        bands.append(band)
    return bands


def draw_value_bars(
    widget: pg.PlotWidget,
    labels: Sequence[str],
    values: Sequence[float | None],
    colours: Sequence[str],
    unit: str = "",
    horizontal: bool = False,
    whole: bool = False,
    gap_texts: Sequence[str] = (),
) -> None:
    """Plain bars with their value written at the end; None is drawn as a gap, with its
    `gap_texts` entry (e.g. "not reached yet") written where the bar would start."""
    _clear(widget)
    count = len(labels)
    if not count:
        return
    positions = np.arange(count, dtype=float)
    sizes = np.array([v or 0.0 for v in values], dtype=float)
    brushes = list(colours) if len(colours) == count else [colours[0]] * count
    top = max(1.0, float(sizes.max()) if count else 1.0)
    if horizontal:
        widget.addItem(
            pg.BarGraphItem(x0=0, y=positions, height=0.6, width=sizes, brushes=brushes, pen=None)
        )
        set_row_categories(widget, labels)
        widget.getPlotItem().invertY(True)
        widget.setYRange(-0.6, count - 0.4, padding=0)
        widget.setXRange(0, top * 1.15, padding=0)
        if whole:
            widget.getAxis("bottom").setTicks([count_ticks(top), []])
    else:
        widget.addItem(
            pg.BarGraphItem(x=positions, height=sizes, width=0.6, brushes=brushes, pen=None)
        )
        set_categories(widget, labels)
        widget.setXRange(-0.6, count - 0.4, padding=0)
        widget.setYRange(0, top * 1.18, padding=0)
        if whole:
            widget.getAxis("left").setTicks([count_ticks(top), []])
    for i, value in enumerate(values):
        if value is None:
            gap = gap_texts[i] if i < len(gap_texts) else ""
            if gap and horizontal:
                _label(widget, top * 0.01, i, gap, (0.0, 0.5))
            elif gap:
                _label(widget, i, top * 0.02, gap, (0.5, 1.0))
            continue
        text = f"{value:g}{unit}"
        if horizontal:
            _label(widget, value + top * 0.01, i, text, (0.0, 0.5))
        else:
            _label(widget, i, value + top * 0.02, text, (0.5, 1.0))
