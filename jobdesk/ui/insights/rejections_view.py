"""Rejections by stage and by reason, split into outside-your-control and something to work on."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from jobdesk.domain.activity import Rejections
from jobdesk.domain.enums import ReasonGroup, RejectionReason, Stage
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

if TYPE_CHECKING:
    import pyqtgraph as pg

GROUP_COLOURS = {
    ReasonGroup.OUTSIDE_CONTROL: "#8fb3d9",
    ReasonGroup.TO_WORK_ON: "#c8553d",
    ReasonGroup.NOT_TOLD: "#9e9e9e",
    None: "#bdbdbd",
}
COL_REASON, COL_GROUP, COL_COUNT, COL_OVERALL = range(4)
REASON_HEADERS = ["Reason", "Group", "Rejections", "All dates"]
COL_STAGE, COL_STAGE_COUNT, COL_STAGE_OVERALL = range(3)
STAGE_HEADERS = ["Rejected at", "Rejections", "All dates"]


def reason_label(reason: RejectionReason | None) -> str:
    return reason.label if reason else "No reason recorded"


def stage_label(stage: Stage) -> str:
    return {
        Stage.APPLIED: "Straight after applying",
        Stage.RESPONDED: "After a reply, before interviews",
        Stage.SCREEN: "After the screen",
        Stage.TECHNICAL: "After the technical round",
        Stage.FINAL: "After the final round",
        Stage.OFFER: "At the offer",
    }[stage]


class RejectionsView(QWidget):
    def __init__(self, prompts: Prompts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.prompts = prompts
        self.summary = note(name="Rejections summary")
        self.chart = ChartSlot("Rejections by reason chart")
        self.legend = note(
            f"<span style='color:{GROUP_COLOURS[ReasonGroup.OUTSIDE_CONTROL]}'>■</span> "
            "outside your control &nbsp; "
            f"<span style='color:{GROUP_COLOURS[ReasonGroup.TO_WORK_ON]}'>■</span> "
            "something to work on &nbsp; "
            f"<span style='color:{GROUP_COLOURS[ReasonGroup.NOT_TOLD]}'>■</span> "
            "not told &nbsp; "
            f"<span style='color:{GROUP_COLOURS[None]}'>■</span> no reason recorded",
            "Rejections chart legend",
        )
        self.reason_model = FigureTable(REASON_HEADERS, self)
        self.reason_table = FigureTableView(self.reason_model, "Rejections by reason table")
        self.stage_model = FigureTable(STAGE_HEADERS, self)
        self.stage_table = FigureTableView(self.stage_model, "Rejections by stage table")
        self.save_button = button("Save chart as PNG…", "Save rejections chart as PNG", self.save)
        self.copy_button = button(
            "Copy tables",
            "Copy rejection tables",
            self.copy_tables,
            "Both tables, one after the other",
        )

        tables = QHBoxLayout()
        tables.addWidget(self.stage_table, 2)
        tables.addWidget(self.reason_table, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.chart, 3)
        layout.addWidget(self.legend)
        layout.addLayout(button_row(self.save_button, self.copy_button))
        layout.addLayout(tables, 2)

    def show_view(self, view: View) -> None:
        r = view.rejections
        whole = view.overall.rejections if view.overall else None
        self.summary.setText(r.summary())
        reason_headers = REASON_HEADERS if whole else REASON_HEADERS[:COL_OVERALL]
        stage_headers = STAGE_HEADERS if whole else STAGE_HEADERS[:COL_STAGE_OVERALL]
        if self.reason_model.headers() != reason_headers:
            self.reason_model.set_headers(reason_headers)
            self.stage_model.set_headers(stage_headers)
        self.reason_model.set_rows(
            [self._reason_row(reason, n, whole) for reason, n in r.by_reason]
        )
        self.stage_model.set_rows(
            [
                [
                    Cell(stage_label(stage), stage.rank),
                    Cell.number(n),
                    *self._overall_stage(stage, whole),
                ]
                for stage, n in r.by_stage
            ]
        )
        labels = [reason_label(reason) for reason, _ in r.by_reason]
        counts: list[float | None] = [n for _, n in r.by_reason]
        colours = [GROUP_COLOURS[reason.group if reason else None] for reason, _ in r.by_reason]

        def draw(plot: pg.PlotWidget) -> None:
            from jobdesk.ui.insights.charts import draw_value_bars

            draw_value_bars(plot, labels, counts, colours, horizontal=True, whole=True)

        self.chart.draw(draw)

    @staticmethod
    def _reason_row(
        reason: RejectionReason | None, count: int, whole: Rejections | None
    ) -> list[Cell]:
        group = reason.group.label if reason else "Not recorded"
        cells = [Cell(reason_label(reason)), Cell(group), Cell.number(count)]
        if whole is not None:
            cells.append(Cell.number(dict(whole.by_reason).get(reason, 0)))
        return cells

    @staticmethod
    def _overall_stage(stage: Stage, whole: Rejections | None) -> list[Cell]:
        return [] if whole is None else [Cell.number(dict(whole.by_stage).get(stage, 0))]

    def copy_tables(self) -> None:
        QGuiApplication.clipboard().setText(
            self.stage_table.text() + "\n" + self.reason_table.text()
        )

    def save(self) -> None:
        save_chart(self.chart, self.prompts, "jobdesk-rejections.png")
