"""The funnel: five stage-to-stage rates as a chart and a table, and the leaking stage named."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from jobdesk.domain.enums import Stage
from jobdesk.domain.funnel import Rate, percent
from jobdesk.services.insights import View
from jobdesk.ui.dialogs.fitted_columns import FittedColumns
from jobdesk.ui.dialogs.prompts import Prompts
from jobdesk.ui.dialogs.room import Room
from jobdesk.ui.insights.chart_library import ready_spare_as
from jobdesk.ui.insights.chart_slot import ChartSlot
from jobdesk.ui.insights.common import (
    Cell,
    FigureTable,
    FigureTableView,
    button,
    button_row,
    note,
    rate_cells,
    save_chart,
    short_rate_cell,
    too_early_cell,
)
from jobdesk.ui.insights.leak_panel import LeakPanel, causes_html, leak_html
from jobdesk.ui.insights.marks import BAR, REFERENCE, RateBar, overall_colour, overall_shown

if TYPE_CHECKING:
    import pyqtgraph as pg

(
    COL_STEP,
    COL_RATE,
    COL_MOVED_ON,
    COL_RESOLVED,
    COL_PENDING,
    COL_INTERVAL,
    COL_TOO_EARLY,
    COL_WITHDRAWN,
    COL_REFERENCE,
    COL_OVERALL,
) = range(10)
HEADERS = [
    "Step",
    "Rate",
    "Moved on",
    "Resolved",
    "Pending",
    "95% interval",
    "Too early (replied so far)",
    "Withdrawn",
    "Reference",
    "All dates",
]
CHART_LABELS = ["→ response", "→ screen", "→ technical", "→ final round", "→ offer"]
CHART_NAME = "Funnel chart"


def ready_chart(plot: pg.PlotWidget) -> None:
    """Ready a chart made ahead to be the funnel's (see chart_library.take_spare): drawn
    once with made-up figures, each kind of mark in it, so that its axes, its labels and
    the charting library's own first-use work are done before the funnel is drawn."""
    from jobdesk.ui.insights.charts import draw_rate_bars

    made_up = Rate.of(5, 10, 0, 0, 5)
    draw_rate_bars(plot, CHART_LABELS, [RateBar(made_up, 0.5, made_up)] * len(CHART_LABELS))


ready_spare_as(CHART_NAME, ready_chart)


def legend_html(*, diamonds: bool) -> str:
    """The funnel chart's legend: the all-dates diamond only when one is drawn."""
    overall = (
        f"<span style='color:{overall_colour().name()}'>◆</span> all dates &nbsp; "
        if diamonds
        else ""
    )
    return (
        f"<span style='color:{BAR}'>■</span> rate with its 95% interval &nbsp; "
        f"<span style='color:{REFERENCE}'>▬</span> reference &nbsp; "
        f"{overall}pale: too few or too early"
    )


class FunnelView(Room):
    improve_requested = Signal(object)  # the leaking step's first Stage

    def __init__(self, prompts: Prompts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.prompts = prompts
        self._leak_stage: Stage | None = None
        self.chart = ChartSlot(CHART_NAME)
        self.legend = note(legend_html(diamonds=False), "Funnel chart legend")
        self.leak_panel = LeakPanel(self._improve)
        # Kept by these names: the tab's tests and the improvements' reach them here.
        self.too_early_label = self.leak_panel.too_early_label
        self.leak_label = self.leak_panel.leak_label
        self.overall_label = self.leak_panel.overall_label
        self.improve_button = self.leak_panel.improve_button

        # Titles on two lines: on one, the table was wider than a 900 px window.
        # As shown for all dates, the view it first shows (a narrower range adds a column).
        self.model = FigureTable(HEADERS[:COL_OVERALL], self, two_line_headers=True)
        self.table = FigureTableView(self.model, "Funnel table")
        # In a narrow window: the reference is also on the chart, the withdrawn leave the
        # count; both come back when there is room.
        self.columns = FittedColumns(
            self.table,
            give_way=(COL_REFERENCE, COL_WITHDRAWN),
            narrow_note="Hidden while the window is narrow: {columns}. Copy table copies "
            "every column.",
        )
        # Rows a little tighter than Qt's: with titles on two lines, the five steps still
        # fit a 600 px window under the chart.
        vertical = self.table.verticalHeader()
        vertical.setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.table.fit_rows(len(CHART_LABELS))
        self.save_button = button("Save chart as PNG…", "Save funnel chart as PNG", self.save)
        self.copy_button = button("Copy table", "Copy funnel table", self.table.copy)
        self.hint = note(
            "Pending applications are still open: they sit beside each rate and never count "
            "as failures. Withdrawn ones leave the count. Application → response counts only "
            "applications at least the no-response period old; younger ones are too early "
            "(how many have replied so far is shown apart). A rate marked early has more "
            "applications still open than resolved. The reference rates can be changed in "
            "the settings."
        )

        chart_column = QVBoxLayout()
        chart_column.addWidget(self.chart, 1)
        chart_column.addWidget(self.legend)
        top = QHBoxLayout()
        top.addLayout(chart_column, 3)
        top.addWidget(self.leak_panel, 2)
        # Laid out inside a body of its own (see Room): new figures are laid out here alone.
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addLayout(top, 3)
        layout.addLayout(button_row(self.save_button, self.copy_button))
        layout.addWidget(self.table)
        layout.addWidget(self.hint)
        self.hold(body)

    def show_view(self, view: View) -> None:
        refs = view.counting.references
        overall = view.overall
        headers = HEADERS if overall else HEADERS[:COL_OVERALL]
        if self.model.headers() != headers:
            self.model.set_headers(headers)
        rows = []
        bars = []
        for i, step in enumerate(view.funnel.steps):
            whole = overall.funnel.steps[i].rate if overall else None
            cells = [
                Cell(step.label, i),
                *rate_cells(step.rate),
                too_early_cell(step.rate),
                Cell.number(step.rate.withdrawn),
                Cell(percent(refs.get(step.start)), refs.get(step.start)),
            ]
            if overall:
                cells.append(short_rate_cell(whole))
            rows.append(cells)
            bars.append(RateBar(step.rate, refs.get(step.start), whole))
        self.model.set_rows(rows)
        # The diamond is in the legend only when the chart draws one (a narrower range
        # than all dates, with the all-dates rate judged), in the colours of the moment.
        self.legend.setText(legend_html(diamonds=any(overall_shown(b) for b in bars)))

        def draw(plot: pg.PlotWidget) -> None:
            from jobdesk.ui.insights.charts import draw_rate_bars

            draw_rate_bars(plot, CHART_LABELS, bars)

        self.chart.draw(draw)
        unjudged = [s.label for s in view.funnel.steps if not s.rate.judged]
        first = view.funnel.steps[0]
        too_early = (
            (
                f"<p><b>{escape(first.label)}: {escape(first.too_early_text())}.</b></p>",
                f"<p>{first.rate.too_early} applications were sent less than "
                f"{view.counting.no_response_days} days ago: their replies come in first and "
                "their silences later, so they stay out of the rate until they are old enough "
                "to know.</p>",
            )
            if first.rate.too_early
            else None
        )
        leak = view.leak.leak
        self._leak_stage = leak.step.start if leak else None
        overall_text = None
        if overall is not None:
            whole_leak = overall.leak.leak
            text = (
                f"{whole_leak.step.label}, {percent(whole_leak.step.rate.value)} against "
                f"{percent(whole_leak.reference)}"
                if whole_leak
                else overall.leak.message
            )
            overall_text = f"<p><i>All dates: {escape(text)}</i></p>"
        self.leak_panel.set_texts(
            too_early,
            leak_html(view.leak),
            causes_html(view.leak, unjudged),
            overall_text,
            improvable=leak is not None,
        )

    def _improve(self) -> None:
        if self._leak_stage is not None:
            self.improve_requested.emit(self._leak_stage)

    def save(self) -> None:
        save_chart(self.chart, self.prompts, "jobdesk-funnel.png")
