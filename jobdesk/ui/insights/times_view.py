"""Time in stage: the median days from one stage to the next, dates entered later left out."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from jobdesk.domain.activity import StageTime
from jobdesk.services.insights import View
from jobdesk.ui.dialogs.prompts import Prompts
from jobdesk.ui.insights.charts import BAR, draw_value_bars, plot_widget
from jobdesk.ui.insights.common import (
    Cell,
    FigureTable,
    FigureTableView,
    button,
    button_row,
    note,
    save_chart,
)

COL_STEP, COL_MEDIAN, COL_TIMED, COL_LEFT_OUT, COL_OVERALL = range(5)
HEADERS = [
    "Step",
    "Median days",
    "Applications timed",
    "Left out (dates entered later)",
    "All dates",
]
CHART_LABELS = ["→ reply", "→ screen", "→ technical", "→ final round", "→ offer"]


def days_text(value: float | None) -> str:
    return "—" if value is None else f"{value:g}"


class TimesView(QWidget):
    def __init__(self, prompts: Prompts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.prompts = prompts
        self.chart = plot_widget("Time in stage chart")
        self.explanation = note(
            "Days from reaching one stage to reaching the next, the middle value over the "
            "applications that got there. Dates you entered after the fact count for the "
            "rates but are left out here, since a remembered date is rarely exact."
        )
        self.model = FigureTable(HEADERS, self)
        self.table = FigureTableView(self.model, "Time in stage table")
        self.save_button = button(
            "Save chart as PNG…", "Save time in stage chart as PNG", self.save
        )
        self.copy_button = button("Copy table", "Copy time in stage table", self.table.copy)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(self.chart, 3)
        layout.addLayout(button_row(self.save_button, self.copy_button))
        layout.addWidget(self.table, 2)

    def show_view(self, view: View) -> None:
        whole = view.overall.times if view.overall else None
        headers = HEADERS if whole else HEADERS[:COL_OVERALL]
        if self.model.headers() != headers:
            self.model.set_headers(headers)
        rows = []
        for i, t in enumerate(view.times):
            cells = [
                Cell(t.label, i),
                Cell.number(t.median_days, days_text(t.median_days)),
                Cell.number(t.timed),
                Cell.number(t.left_out),
            ]
            if whole:
                cells.append(self._overall(whole[i]))
            rows.append(cells)
        self.model.set_rows(rows)
        draw_value_bars(
            self.chart, CHART_LABELS, [t.median_days for t in view.times], [BAR], unit=" d"
        )

    @staticmethod
    def _overall(t: StageTime) -> Cell:
        return Cell.number(t.median_days, days_text(t.median_days))

    def save(self) -> None:
        save_chart(self.chart, self.prompts, "jobdesk-time-in-stage.png")
