"""The flow chart's layout: each end node sits with the stage it ended at (between that
stage and the next, below the band that moves on), and no two labels run into each other."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QFontMetricsF
from pytestqt.qtbot import QtBot

from jobdesk.domain.application import Application
from jobdesk.domain.flow import flow
from jobdesk.domain.sample import sample_search
from jobdesk.ui.insights.flow_view import SankeyChart
from tests.conftest import TODAY


@pytest.mark.parametrize(("width", "height"), [(560, 300), (900, 420), (1900, 700)])
def test_ends_sit_with_their_stage_and_labels_never_overlap(
    qtbot: QtBot, width: int, height: int
) -> None:
    apps = [Application(i, s.details, s.events) for i, s in enumerate(sample_search(TODAY))]
    chart = SankeyChart()
    qtbot.addWidget(chart)
    chart.set_flow(flow(apps, TODAY, 30))
    placed = chart.layout_nodes(width, height)
    stage_x = {p.node.column: p.rect.left() for p in placed.values() if p.node.end is None}
    metrics = QFontMetricsF(chart.font())
    boxes: list[QRectF] = []
    for p in placed.values():
        if p.node.end is None:
            continue
        ended_at = p.node.column - 1
        assert stage_x[ended_at] < p.rect.left()
        if ended_at + 1 in stage_x:
            assert p.rect.left() < stage_x[ended_at + 1]
            # Below the band to the next stage, which is as thick as that stage's node.
            following = next(
                q for q in placed.values() if q.node.end is None and q.node.column == ended_at + 1
            )
            assert p.rect.top() > following.rect.bottom()
        label = metrics.horizontalAdvance(f"{p.node.short}  {p.node.count}")
        boxes.append(QRectF(p.rect.left(), p.rect.top(), p.rect.width() + 4 + label, 1))
        boxes[-1].setHeight(max(p.rect.height(), metrics.height()))
    for i, box in enumerate(boxes):
        for other in boxes[i + 1 :]:
            assert not box.intersects(other)
    assert len(boxes) == 14  # every end of the sample search is drawn
