"""The flow chart: a Sankey diagram drawn with QPainter, and its SankeyMATIC text."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QGuiApplication,
    QHelpEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QVBoxLayout, QWidget

from jobdesk.domain.flow import Flow, FlowNode, sankeymatic
from jobdesk.domain.wording import counted
from jobdesk.ui.dialogs.prompts import Prompts
from jobdesk.ui.insights.common import (
    Cell,
    FigureTable,
    FigureTableView,
    button,
    button_row,
    note,
    save_chart,
)

COL_WHERE, COL_COUNT, COL_SHARE = range(3)
HEADERS = ["Where applications stand", "Applications", "Share"]


@dataclass(frozen=True)
class PlacedNode:
    node: FlowNode
    rect: QRectF


class SankeyChart(QWidget):
    """Stages left to right; each application flows once into the node where it stands now."""

    GAP_EXTRA = 4.0
    NODE_WIDTH = 12.0

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.flow: Flow | None = None
        self.placed: dict[str, PlacedNode] = {}
        self.setAccessibleName("Flow chart")
        self.setMinimumSize(560, 200)  # a 900x600 window still holds it and its table
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)

    def sizeHint(self) -> QSize:
        return QSize(900, 420)

    def set_flow(self, flow: Flow) -> None:
        self.flow = flow
        self.setAccessibleDescription(sankeymatic(flow))
        self.update()

    # --- layout ---------------------------------------------------------------------------

    def layout_nodes(self, width: float, height: float) -> dict[str, PlacedNode]:
        """Where each node goes: stages spread across, heights in proportion to applications.

        An end node sits half a column right of the stage it ended at, below the band that
        goes on to the next stage, so it is read with its own stage and never under the next
        one's heading. Labels that would run into one another push the later node down.
        """
        flow = self.flow
        if flow is None or not flow.total:
            return {}
        metrics = QFontMetricsF(self.font())
        gap = metrics.height() + self.GAP_EXTRA
        stages = {n.column: n for n in flow.nodes if n.end is None}
        slots: dict[float, list[FlowNode]] = {}
        for node in flow.nodes:
            if node.end is not None:
                slots.setdefault(node.column - 0.5, []).append(node)
        last = max([*stages, *slots])
        right_labels = max(
            (metrics.horizontalAdvance(self._label(n)) for n in slots.get(last, [])), default=0.0
        )
        top, bottom, left = metrics.height() + 8, 8.0, 8.0
        usable_w = max(50.0, width - left - right_labels - 16 - self.NODE_WIDTH)
        usable_h = max(40.0, height - top - bottom)
        busiest = max((len(nodes) + 1 for nodes in slots.values()), default=1)
        scale = max(0.0, usable_h - gap * (busiest - 1)) / flow.total

        def x_of(slot: float) -> float:
            return left + usable_w * slot / max(1.0, last)

        placed: dict[str, PlacedNode] = {}
        for column, node in stages.items():
            rect = QRectF(x_of(column), top, self.NODE_WIDTH, max(2.0, node.count * scale))
            placed[node.label] = PlacedNode(node, rect)
        taken: list[QRectF] = []  # end nodes with their labels, left to right
        for slot in sorted(slots):
            following = stages.get(int(slot + 0.5))
            y = top + (following.count * scale + gap if following is not None else 0.0)
            for node in slots[slot]:
                h = max(2.0, node.count * scale)
                label_w = metrics.horizontalAdvance(self._label(node)) + 10
                box = QRectF(x_of(slot), y, self.NODE_WIDTH + label_w, max(h, metrics.height()))
                for other in sorted(taken, key=lambda r: r.top()):
                    if box.intersects(other):
                        box.moveTop(other.bottom() + 2)
                taken.append(box)
                placed[node.label] = PlacedNode(
                    node, QRectF(box.left(), box.top(), self.NODE_WIDTH, h)
                )
                y = box.top() + h + gap
        return placed

    @staticmethod
    def _label(node: FlowNode) -> str:
        return f"{node.short or node.label}  {node.count}"

    # --- painting -------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = QGuiApplication.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        text = palette.color(QPalette.ColorRole.Text)
        self.placed = self.layout_nodes(self.width(), self.height())
        if not self.placed:
            painter.setPen(text)
            painter.drawText(
                self.rect(), Qt.AlignmentFlag.AlignCenter, "No applications in this range yet."
            )
            return
        assert self.flow is not None
        out_used: dict[str, float] = {}
        for link in self.flow.links:
            source, target = self.placed[link.source], self.placed[link.target]
            scale = source.rect.height() / max(1, source.node.count)
            thickness = link.count * scale
            y0 = source.rect.top() + out_used.get(link.source, 0.0)
            out_used[link.source] = out_used.get(link.source, 0.0) + thickness
            inflow_scale = target.rect.height() / max(1, target.node.count)
            y1 = target.rect.top()
            self._draw_link(
                painter,
                QPointF(source.rect.right(), y0),
                QPointF(target.rect.left(), y1),
                thickness,
                link.count * inflow_scale,
                QColor(link.colour),
            )
        halo = palette.color(QPalette.ColorRole.Base)
        halo.setAlpha(200)
        metrics = QFontMetricsF(self.font())
        for placed in self.placed.values():
            node, rect = placed.node, placed.rect
            painter.fillRect(rect, QColor(node.colour))
            label = self._label(node)
            w, h = metrics.horizontalAdvance(label) + 6, metrics.height()
            if node.stage is not None:
                box = QRectF(rect.left() - 2, rect.top() - h - 2, w, h)
            else:
                box = QRectF(rect.right() + 4, rect.center().y() - h / 2, w, h)
            painter.fillRect(box, halo)
            painter.setPen(text)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, label)

    @staticmethod
    def _draw_link(
        painter: QPainter,
        start: QPointF,
        end: QPointF,
        thickness: float,
        end_thickness: float,
        colour: QColor,
    ) -> None:
        mid = (start.x() + end.x()) / 2
        path = QPainterPath(start)
        path.cubicTo(QPointF(mid, start.y()), QPointF(mid, end.y()), end)
        path.lineTo(end.x(), end.y() + end_thickness)
        path.cubicTo(
            QPointF(mid, end.y() + end_thickness),
            QPointF(mid, start.y() + thickness),
            QPointF(start.x(), start.y() + thickness),
        )
        path.closeSubpath()
        colour.setAlpha(115)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawPath(path)

    def node_at(self, point: QPointF) -> FlowNode | None:
        for placed in self.placed.values():
            if placed.rect.adjusted(-3, -3, 3, 3).contains(point):
                return placed.node
        return None

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            node = self.node_at(QPointF(event.pos()))
            if node is not None and self.flow is not None and self.flow.total:
                share = node.count / self.flow.total
                QToolTip.showText(
                    event.globalPos(),
                    f"{node.label}: {counted(node.count, 'application')} ({share:.0%} of all)",
                    self,
                )
            else:
                QToolTip.hideText()
            return True
        return super().event(event)


class FlowView(QWidget):
    """The Sankey chart, where applications stand, and the SankeyMATIC copy."""

    def __init__(self, prompts: Prompts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.prompts = prompts
        self.chart = SankeyChart()
        self.summary = note(name="Flow summary")
        self.model = FigureTable(HEADERS, self)
        self.table = FigureTableView(self.model, "Where applications stand")
        self.table.setMaximumHeight(190)
        self.copy_sankey_button = button(
            "Copy as San&keyMATIC",
            "Copy as SankeyMATIC",
            self.copy_sankeymatic,
            "Copy the flows as text for sankeymatic.com",
        )
        self.save_button = button("Save chart as PNG…", "Save flow chart as PNG", self.save)
        self.copy_button = button("Copy table", "Copy where applications stand", self.table.copy)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.chart, 1)
        layout.addLayout(button_row(self.copy_sankey_button, self.save_button, self.copy_button))
        layout.addWidget(self.table)

    def show_flow(self, flow: Flow, scope: str) -> None:
        self.chart.set_flow(flow)
        self.summary.setText(
            f"{counted(flow.total, 'application')} ({scope.lower()}), each followed once from "
            "applying to where it stands today; each end is named by the stage it ended at. "
            "An accepted or declined offer counts as an offer, and entries you corrected do "
            "not count. Hover over a node for its share."
        )
        ends = [n for n in flow.nodes if n.end is not None]
        ends.sort(key=lambda n: (n.column, -n.count))
        self.model.set_rows(
            [
                [
                    Cell(n.label),
                    Cell.number(n.count),
                    Cell(f"{n.count / flow.total:.0%}", n.count / flow.total),
                ]
                for n in ends
            ]
        )

    def sankeymatic_text(self) -> str:
        flow = self.chart.flow
        return sankeymatic(flow) if flow is not None else ""

    def copy_sankeymatic(self) -> None:
        QGuiApplication.clipboard().setText(self.sankeymatic_text())

    def save(self) -> None:
        save_chart(self.chart, self.prompts, "jobdesk-flow.png")
