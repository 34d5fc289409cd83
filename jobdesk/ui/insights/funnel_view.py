"""The funnel: five stage-to-stage rates as a chart and a table, and the leaking stage named."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from jobdesk.domain.enums import Stage
from jobdesk.domain.funnel import LeakReport, percent
from jobdesk.services.insights import View
from jobdesk.ui.dialogs.prompts import Prompts
from jobdesk.ui.insights.charts import (
    BAR,
    REFERENCE,
    RateBar,
    draw_rate_bars,
    overall_colour,
    plot_widget,
)
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
from jobdesk.ui.insights.fit_columns import ColumnsFitter

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


def leak_html(report: LeakReport, unjudged: list[str]) -> str:
    """The leaking-stage statement as rich text (every piece of text escaped)."""
    leak = report.leak
    if leak is None:
        return f"<p><b>Leaking stage</b></p><p>{escape(report.message)}</p>"
    rate = leak.step.rate
    parts = [
        f"<p><b>Leaking stage: {escape(leak.step.label)}</b></p>",
        f"<p>{percent(rate.value)} moved on ({rate.successes} of {rate.resolved}) against a "
        f"reference of {percent(leak.reference)}. {escape(leak.certainty)}</p>",
        "<p><b>Likely causes</b></p><ul style='margin-top:0'>",
        *(f"<li>{escape(cause[:1].upper() + cause[1:])}</li>" for cause in leak.causes),
        "</ul>",
        f"<p>{escape(leak.reading)}</p>",
    ]
    if unjudged:
        parts.append(
            f"<p><i>Too little data, or too early, to judge: {escape(', '.join(unjudged))}.</i></p>"
        )
    return "".join(parts)


class FunnelView(QWidget):
    improve_requested = Signal(object)  # the leaking step's first Stage

    def __init__(self, prompts: Prompts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.prompts = prompts
        self._leak_stage: Stage | None = None
        self.chart = plot_widget("Funnel chart")
        self.legend = note(
            f"<span style='color:{BAR}'>■</span> rate with its 95% interval &nbsp; "
            f"<span style='color:{REFERENCE}'>▬</span> reference &nbsp; "
            f"<span style='color:{overall_colour().name()}'>◆</span> all dates &nbsp; "
            "pale: too few or too early",
            "Funnel chart legend",
        )
        self.leak_label = note(name="Leaking stage")
        leak_panel = QWidget()
        leak_layout = QVBoxLayout(leak_panel)
        # What the first rate leaves out comes first: it says how much is still unknown.
        self.too_early_label = note(name="Too early to judge")
        self.too_early_label.hide()
        leak_layout.addWidget(self.too_early_label)
        # The label fills the panel, text at the top, so its wrapped height never clips it.
        self.leak_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.leak_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        leak_layout.addWidget(self.leak_label, 1)
        self.overall_label = note(name="Leaking stage, all dates")
        leak_layout.addWidget(self.overall_label)
        self.improve_button = button(
            "Start an improvement for this stage…",
            "Start an improvement aimed at the leaking stage",
            self._improve,
        )
        self.improve_button.hide()
        leak_layout.addWidget(self.improve_button)

        # Titles on two lines: on one, the table was wider than a 900 px window.
        self.model = FigureTable(HEADERS, self, two_line_headers=True)
        self.table = FigureTableView(self.model, "Funnel table")
        # In a narrow window: the reference is also on the chart, the withdrawn leave the
        # count; both come back when there is room.
        self.columns = ColumnsFitter(self.table, (COL_REFERENCE, COL_WITHDRAWN))
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
        # Scrolls rather than clips when the window is small.
        leak_frame = QScrollArea()
        leak_frame.setWidgetResizable(True)
        leak_frame.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        leak_frame.setWidget(leak_panel)
        top.addWidget(leak_frame, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 3)
        layout.addLayout(button_row(self.save_button, self.copy_button))
        layout.addWidget(self.table)
        layout.addWidget(self.hint)

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
        draw_rate_bars(self.chart, CHART_LABELS, bars)
        unjudged = [s.label for s in view.funnel.steps if not s.rate.judged]
        self.leak_label.setText(leak_html(view.leak, unjudged))
        first = view.funnel.steps[0]
        if first.rate.too_early:
            self.too_early_label.setText(
                f"<p><b>{escape(first.label)}: {escape(first.too_early_text())}.</b> "
                f"{first.rate.too_early} applications were sent less than "
                f"{view.counting.no_response_days} days ago: their replies come in first and "
                "their silences later, so they stay out of the rate until they are old enough "
                "to know.</p>"
            )
            self.too_early_label.show()
        else:
            self.too_early_label.hide()
        leak = view.leak.leak
        self._leak_stage = leak.step.start if leak else None
        self.improve_button.setVisible(leak is not None)
        if overall is None:
            self.overall_label.hide()
        else:
            leak = overall.leak.leak
            text = (
                f"{leak.step.label}, {percent(leak.step.rate.value)} against "
                f"{percent(leak.reference)}"
                if leak
                else overall.leak.message
            )
            self.overall_label.setText(f"<p><i>All dates: {escape(text)}</i></p>")
            self.overall_label.show()

    def _improve(self) -> None:
        if self._leak_stage is not None:
            self.improve_requested.emit(self._leak_stage)

    def save(self) -> None:
        save_chart(self.chart, self.prompts, "jobdesk-funnel.png")
