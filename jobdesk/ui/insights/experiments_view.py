"""Experiments: a rate split by channel, resume variant and so on, and two values compared."""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from jobdesk.domain.experiments import METRICS, Breakdown, Dimension, Metric, compare
from jobdesk.domain.funnel import moved_on_words
from jobdesk.services.insights import Experiment
from jobdesk.ui.dialogs.prompts import Prompts
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

if TYPE_CHECKING:
    import pyqtgraph as pg

(
    COL_VALUE,
    COL_APPLICATIONS,
    COL_RATE,
    COL_MOVED_ON,
    COL_RESOLVED,
    COL_PENDING,
    COL_INTERVAL,
    COL_TOO_EARLY,
    COL_OVERALL,
) = range(9)
HEADERS = [
    "Value",
    "Applications",
    "Rate",
    "Moved on",
    "Resolved",
    "Pending",
    "95% interval",
    "Too early (so far)",
    "All dates",
]

Loader = Callable[[Dimension, Metric], Experiment]


class ExperimentsView(QWidget):
    def __init__(self, prompts: Prompts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.prompts = prompts
        self.load: Loader | None = None
        self.experiment: Experiment | None = None
        self._last_split: tuple[Dimension, Metric] | None = None

        self.dimension_box = QComboBox()
        self.dimension_box.setAccessibleName("Split by")
        for dimension in Dimension:
            self.dimension_box.addItem(dimension.label, dimension)
        self.dimension_box.setCurrentIndex(list(Dimension).index(Dimension.CHANNEL))
        self.metric_box = QComboBox()
        self.metric_box.setAccessibleName("Rate")
        for metric in METRICS:
            self.metric_box.addItem(metric.label, metric)
        self.first_box = QComboBox()
        self.first_box.setAccessibleName("Compare")
        self.second_box = QComboBox()
        self.second_box.setAccessibleName("With")
        for box in (self.first_box, self.second_box):
            box.setMinimumContentsLength(14)
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
        self.dimension_box.currentIndexChanged.connect(lambda _i: self.reload())
        self.metric_box.currentIndexChanged.connect(lambda _i: self.reload())
        self.first_box.currentIndexChanged.connect(lambda _i: self.show_comparison())
        self.second_box.currentIndexChanged.connect(lambda _i: self.show_comparison())

        form = QFormLayout()
        form.addRow("Sp&lit by:", self.dimension_box)
        form.addRow("&Rate:", self.metric_box)
        compare_row = QHBoxLayout()
        compare_row.addWidget(self.first_box, 1)
        compare_row.addWidget(QLabel("with"))
        compare_row.addWidget(self.second_box, 1)
        form.addRow("&Compare:", compare_row)
        compare_label = form.labelForField(compare_row)
        if isinstance(compare_label, QLabel):
            compare_label.setBuddy(self.first_box)

        self.verdict = note(name="Comparison verdict")
        self.chart = ChartSlot("Experiment chart")
        self.model = FigureTable(HEADERS, self)
        self.table = FigureTableView(self.model, "Experiment table")
        self.save_button = button("Save chart as PNG…", "Save experiment chart as PNG", self.save)
        self.copy_button = button("Copy table", "Copy experiment table", self.table.copy)
        self.hint = note(
            "Fisher's exact test asks how likely a gap this big would be if both values "
            "really had the same rate. With a handful of applications, big gaps happen by "
            "chance, so a verdict waits for enough data."
        )

        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(self.verdict)
        left.addStretch()
        left.addWidget(self.hint)
        top = QHBoxLayout()
        top.addLayout(left, 2)
        top.addWidget(self.chart, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addLayout(button_row(self.save_button, self.copy_button))
        layout.addWidget(self.table)

    @property
    def dimension(self) -> Dimension:
        value = self.dimension_box.currentData()
        return value if isinstance(value, Dimension) else Dimension.CHANNEL

    @property
    def metric(self) -> Metric:  # type: ignore[override]  # QWidget.metric(m) is not used here
        value = self.metric_box.currentData()
        return value if isinstance(value, Metric) else METRICS[0]

    def set_choice(self, dimension: Dimension, metric: Metric) -> None:
        self.metric_box.blockSignals(True)
        self.metric_box.setCurrentIndex(METRICS.index(metric))
        self.metric_box.blockSignals(False)
        self.dimension_box.setCurrentIndex(list(Dimension).index(dimension))
        self.reload()

    def reload(self) -> None:
        if self.load is not None:
            self.show_experiment(self.load(self.dimension, self.metric))

    def show_experiment(self, experiment: Experiment) -> None:
        self.experiment = experiment
        split, overall = experiment.breakdown, experiment.overall
        headers = [split.dimension.label, *HEADERS[1:]]
        headers = headers if overall else headers[:COL_OVERALL]
        if self.model.headers() != headers:
            self.model.set_headers(headers)
        rows = []
        for g in split.groups:
            cells = [
                Cell(g.label),
                Cell.number(g.applications),
                *rate_cells(g.rate),
                too_early_cell(g.rate, moved_on_words(split.metric.end)),
            ]
            if overall:
                whole = [o.rate for o in overall.groups if o.key == g.key]
                cells.append(short_rate_cell(whole[0] if whole else None))
            rows.append(cells)
        self.model.set_rows(rows)
        self.table.fit_rows(max(3, min(len(rows), 8)))
        labels, rates = [g.label for g in split.groups], [g.rate for g in split.groups]

        def draw(plot: pg.PlotWidget) -> None:
            from jobdesk.ui.insights.charts import draw_rate_rows

            draw_rate_rows(plot, labels, rates)

        self.chart.draw(draw)
        self._fill_pair(split)
        self.show_comparison()

    def _fill_pair(self, split: Breakdown) -> None:
        keep = (self.first_box.currentData(), self.second_box.currentData())
        pair = split.default_pair()
        keys = [g.key for g in split.groups]
        for box, wanted, fallback in (
            (self.first_box, keep[0], pair[0].key if pair else None),
            (self.second_box, keep[1], pair[1].key if pair else None),
        ):
            box.blockSignals(True)
            box.clear()
            for g in split.groups:
                box.addItem(g.label, g.key)
            chosen = wanted if wanted in keys and self._same_split(split) else fallback
            if chosen in keys:
                box.setCurrentIndex(keys.index(chosen))
            box.blockSignals(False)
        self._last_split = (split.dimension, split.metric)

    def _same_split(self, split: Breakdown) -> bool:
        return self._last_split == (split.dimension, split.metric)

    def show_comparison(self) -> None:
        experiment = self.experiment
        if experiment is None:
            return
        split = experiment.breakdown
        if len(split.groups) < 2:
            self.verdict.setText(
                f"<p>Only one {escape(split.dimension.label.lower())} so far: record it on "
                "more applications to compare.</p>"
                if split.groups
                else "<p>No applications in this range.</p>"
            )
            return
        a, b = self.first_box.currentData(), self.second_box.currentData()
        if a == b:
            self.verdict.setText("<p>Choose two different values to compare.</p>")
            return
        result = compare(split.group(a), split.group(b), split.metric)
        self.verdict.setText(f"<p><b>{escape(result.verdict)}</b></p>")

    def verdict_text(self) -> str:
        return self.verdict.text()

    def save(self) -> None:
        save_chart(self.chart, self.prompts, "jobdesk-experiment.png")
