"""Activity: applications, replies and interviews per week, and the response rate over time."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from jobdesk.domain.activity import Week
from jobdesk.domain.breaks import Break
from jobdesk.domain.funnel import too_early_text
from jobdesk.domain.wording import short_date
from jobdesk.services.insights import View
from jobdesk.ui.dialogs.common import plain_tooltip
from jobdesk.ui.dialogs.prompts import Prompts
from jobdesk.ui.insights.chart_slot import ChartSlot
from jobdesk.ui.insights.common import (
    Cell,
    FigureTable,
    FigureTableView,
    button,
    button_row,
    note,
    save_chart,
    too_early_cell,
)
from jobdesk.ui.insights.marks import SERIES

if TYPE_CHECKING:
    import pyqtgraph as pg

(
    COL_WEEK,
    COL_APPLICATIONS,
    COL_RESPONSES,
    COL_INTERVIEWS,
    COL_RATE,
    COL_RESOLVED,
    COL_TOO_EARLY,
) = range(7)
# Two kinds of column side by side: what happened in the week (applications sent, replies
# and interviews that came then, whichever week they answer), and what became of the
# applications sent that week. Unnamed, "Replies 1" and "too early 0 of 2" of one week read
# as a contradiction; each title says which it is (on two lines: the copy keeps one).
HEADERS = [
    "Week of",
    "Applications",
    "Replies\nreceived",
    "Interviews",
    "Reply rate of\nthose sent",
    "Resolved of\nthose sent",
    "Too early of those\nsent (replied so far)",
]
HEADER_TIPS = [
    "The week, from Monday.",
    "Applications sent that week.",
    "First replies that came in that week, to applications sent in any week.",
    "Interviews reached that week (screen, technical, final).",
    "Of the applications sent that week and old enough to judge, the share that has had a "
    "reply (whenever it came).",
    "Applications sent that week that are old enough to judge: replied, or past the "
    "no-response period.",
    "Applications sent that week that are younger than the no-response period, and how many "
    "of them have replied so far. Those replies are under Replies received, in the week "
    "they came.",
]


class ActivityTable(FigureTable):
    """The weekly table, its column titles explained in their tooltips."""

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if (
            role == Qt.ItemDataRole.ToolTipRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(HEADER_TIPS)
        ):
            return plain_tooltip(HEADER_TIPS[section])
        return super().headerData(section, orientation, role)


def week_label(week: Week) -> str:
    return f"{week.start.day} {week.start:%b}"  # "2 Nov", as dates are written elsewhere


def break_spans(weeks: Sequence[Week], breaks: Iterable[Break]) -> list[tuple[float, float]]:
    """Where each break lies on the week charts: week k is drawn at x = k, from Monday at
    k − 0.5 to the end of Sunday at k + 0.5, so a day is a seventh of a week. Cut to the
    weeks shown; a break wholly outside them has no band."""
    if not weeks:
        return []
    first, last = weeks[0].start, weeks[-1].start + timedelta(days=7)

    def x(day: date) -> float:
        return (day - first).days / 7 - 0.5

    spans = []
    for found in breaks:
        start, end = max(found.starts_on, first), min(found.ends_on + timedelta(days=1), last)
        if start < end:
            spans.append((x(start), x(end)))
    return spans


class ActivityView(QWidget):
    def __init__(self, prompts: Prompts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.prompts = prompts
        self.counts_chart = ChartSlot("Weekly activity chart", title="Each week")
        self.rate_chart = ChartSlot(
            "Response rate over time chart", title="Reply rate, by the week applications were sent"
        )
        self.legend = note(
            f"<span style='color:{SERIES[0]}'>■</span> applications sent &nbsp; "
            f"<span style='color:{SERIES[1]}'>■</span> first replies &nbsp; "
            f"<span style='color:{SERIES[2]}'>■</span> interviews (screen, technical, final)",
            "Activity chart legend",
        )
        self.rate_note = note(
            "Right: of the applications sent each week, the share that had a reply, with its "
            "95% interval; pale points have too few resolved applications to mean much. Only "
            "applications at least the no-response period old count: the latest weeks are too "
            "early to judge (marked), and a hollow point is a week only partly old enough, "
            "with its own n. Shaded: your recovery breaks (their days do not count towards the "
            "no-response period).",
        )
        self.bands: list[Any] = []  # the shaded breaks, on both charts
        self.model = ActivityTable(HEADERS, self)
        self.table = FigureTableView(self.model, "Weekly activity table")
        self.save_button = button("Save charts as PNG…", "Save activity charts as PNG", self.save)
        self.copy_button = button("Copy table", "Copy weekly activity table", self.table.copy)

        self.charts = QWidget()
        charts = QHBoxLayout(self.charts)
        charts.setContentsMargins(0, 0, 0, 0)
        charts.addWidget(self.counts_chart, 1)
        charts.addWidget(self.rate_chart, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.charts, 3)
        layout.addWidget(self.legend)
        layout.addWidget(self.rate_note)
        layout.addLayout(button_row(self.save_button, self.copy_button))
        layout.addWidget(self.table, 2)

    def show_view(self, view: View) -> None:
        weeks = view.activity
        labels = [week_label(w) for w in weeks]
        spans = break_spans(weeks, view.counting.breaks)
        self.bands = []

        def draw_counts(plot: pg.PlotWidget) -> None:
            from jobdesk.ui.insights.charts import draw_grouped_bars, shade_spans

            series = [
                [w.applications for w in weeks],
                [w.responses for w in weeks],
                [w.interviews for w in weeks],
            ]
            draw_grouped_bars(plot, labels, series)
            self.bands += shade_spans(plot, spans)

        def draw_rates(plot: pg.PlotWidget) -> None:
            from jobdesk.ui.insights.charts import draw_rate_points, shade_spans

            draw_rate_points(
                plot,
                labels,
                [w.response_rate for w in weeks],
                [w.too_early for w in weeks],
                [w.partly_mature for w in weeks],
            )
            self.bands += shade_spans(plot, spans)

        self.counts_chart.draw(draw_counts)
        self.rate_chart.draw(draw_rates)
        rows = []
        for w in reversed(weeks):  # the latest week first: it is the one people look for
            rate = w.response_rate
            if w.too_early:
                shown = Cell("too early", -1.0, too_early_text(rate).capitalize(), muted=True)
            elif rate.enough:
                tip = (
                    f"Of the {rate.resolved} old enough to judge; {rate.too_early} more sent "
                    "that week are too early"
                    if w.partly_mature
                    else ""
                )
                shown = Cell(f"{(rate.value or 0) * 100:.0f}%", rate.value, tip)
            else:
                shown = Cell("—", -1.0, "Not enough data yet", muted=True)
            rows.append(
                [
                    Cell(f"{short_date(w.start)}", w.start.isoformat()),
                    Cell.number(w.applications),
                    Cell.number(w.responses),
                    Cell.number(w.interviews),
                    shown,
                    Cell.number(rate.resolved),
                    too_early_cell(rate),
                ]
            )
        self.model.set_rows(rows)

    def save(self) -> None:
        save_chart(self.charts, self.prompts, "jobdesk-activity.png")
