"""What the Insights' charts draw with, apart from the charting library: colours, line width,
sizes and the words above a bar, so a page can be laid out before pyqtgraph is loaded."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QGuiApplication, QPalette

from jobdesk.domain.funnel import Rate

BAR = "#5b7fa6"
BAR_MUTED = "#c9d3df"  # pale on a light chart; `muted_colour()` is what charts draw with
REFERENCE = "#c8553d"
SERIES = ("#5b7fa6", "#e0a458", "#3f9c5a")

# Every line a chart draws (axes, intervals, references, outlines) is this wide, so no
# chart looks heavier than the one beside it.
LINE_WIDTH = 1.5

# Charts give way down to this in a short window (900x600): above it they take the room.
CHART_MIN_HEIGHT = 150


def palette_colour(role: QPalette.ColorRole) -> QColor:
    return QGuiApplication.palette().color(role)


def overall_colour() -> QColor:
    """The marks for all dates: the text colour, so they show on light and dark charts."""
    return palette_colour(QPalette.ColorRole.Text)


# How much of the bar colour a pale mark keeps, the rest being the chart's background.
MUTED_SHARE = 0.4


def muted_colour() -> QColor:
    """A pale mark ("too few or too early"): the bar colour faded into the chart's
    background, so it reads as faint on a light chart and on a dark one alike (a fixed
    light grey stood out as the brightest bar on a dark chart)."""
    bar, base = QColor(BAR), palette_colour(QPalette.ColorRole.Base)
    keep = MUTED_SHARE
    return QColor(
        round(bar.red() * keep + base.red() * (1 - keep)),
        round(bar.green() * keep + base.green() * (1 - keep)),
        round(bar.blue() * keep + base.blue() * (1 - keep)),
    )


@dataclass(frozen=True)
class RateBar:
    """One bar of a rate chart: the rate, its reference (0..1) and the all-dates rate."""

    rate: Rate
    reference: float | None = None
    overall: Rate | None = None


def overall_shown(bar: RateBar) -> bool:
    """Whether the bar's all-dates rate is drawn (a diamond): only a judged one."""
    rate = bar.overall
    return rate is not None and rate.judged and rate.value is not None


def bar_text(rate: Rate) -> str:
    """What is written above a rate's bar."""
    if rate.judged:
        return f"{(rate.value or 0.0) * 100:.0f}%"
    if rate.enough:
        return f"{(rate.value or 0.0) * 100:.0f}% early"
    if not rate.resolved and rate.too_early:
        return "too early"
    return f"n = {rate.resolved}"
