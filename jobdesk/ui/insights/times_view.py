"""Time in stage: median days from one stage to the next (Kaplan–Meier), the still waiting in."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QVBoxLayout, QWidget

from jobdesk.domain.activity import StageTime
from jobdesk.services.insights import View
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
)
from jobdesk.ui.insights.marks import BAR

if TYPE_CHECKING:
    import pyqtgraph as pg

COL_STEP, COL_MEDIAN, COL_MOVED_ON, COL_WAITING, COL_LEFT_OUT, COL_OVERALL = range(6)
HEADERS = [
    "Step",
    "Median days",
    "Moved on",
    "Still waiting",
    "Left out (dates entered later)",
    "All dates",
]
CHART_LABELS = ["→ reply", "→ screen", "→ technical", "→ final round", "→ offer"]


def median_cell(t: StageTime) -> Cell:
    if t.median_days is None and t.timed:
        tip = (
            f"Fewer than half have moved on so far ({t.moved_on} of {t.timed}), so the median "
            "cannot be known yet, however the ones still waiting turn out."
        )
        return Cell("not reached yet", -1.0, tip, muted=True)
    return Cell.number(t.median_days, t.median_text())


def waiting_cell(t: StageTime) -> Cell:
    share = t.share_waiting
    if share is None:
        return Cell("—", -1.0)
    return Cell(f"{t.still_waiting} ({share * 100:.0f}%)", share)


class TimesView(QWidget):
    def __init__(self, prompts: Prompts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.prompts = prompts
        self.chart = ChartSlot("Time in stage chart")
        self.explanation = note(
            "Days from reaching one stage to reaching the next: the day by which half have "
            "moved on. Applications still waiting count for as long as they have waited so far "
            "(a Kaplan–Meier estimate), so the slow ones are not left out; for the first reply, "
            "no reply yet counts as still waiting. Where fewer than half have moved on the "
            "median is not reached yet. Dates you entered after the fact count for the rates "
            "but are left out here, since a remembered date is rarely exact."
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
                median_cell(t),
                Cell.number(t.moved_on),
                waiting_cell(t),
                Cell.number(t.left_out),
            ]
            if whole:
                cells.append(self._overall(whole[i]))
            rows.append(cells)
        self.model.set_rows(rows)
        medians: list[float | None] = [t.median_days for t in view.times]
        gaps = ["not reached yet" if t.timed else "" for t in view.times]

        def draw(plot: pg.PlotWidget) -> None:
            from jobdesk.ui.insights.charts import draw_value_bars

            draw_value_bars(plot, CHART_LABELS, medians, [BAR], unit=" d", gap_texts=gaps)

        self.chart.draw(draw)

    @staticmethod
    def _overall(t: StageTime) -> Cell:
        return median_cell(t)

    def save(self) -> None:
        save_chart(self.chart, self.prompts, "jobdesk-time-in-stage.png")
