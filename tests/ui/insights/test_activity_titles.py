"""Activity's weekly table: its two kinds of column (what happened in the week, and what
became of the applications sent that week) say which they are, and fit at 900 px."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from jobdesk.services.bundle import Services
from jobdesk.ui.dialogs.common import plain_tooltip
from jobdesk.ui.insights.activity_view import (
    COL_RESPONSES,
    COL_TOO_EARLY,
    COL_WEEK,
    HEADERS,
)
from tests.ui.insights.charts_drawn import demo_insights


def test_replies_received_and_replies_of_those_sent_are_told_apart(
    qtbot: QtBot, services: Services
) -> None:
    """The sample on Friday 20 November. Week of 16 Nov: 1 reply came in that week (to an
    application of another week), and none of the 4 sent that week, all too early to
    judge, has replied yet. Week of 2 Nov: 3 replies came in that week, and 4 of the 7
    sent that week have replied so far (some in later weeks). Under "Replies" and "Too
    early (replied so far)" the two read as a contradiction."""
    panel = demo_insights(qtbot, services, 900, 600)
    panel.pages.setCurrentWidget(panel.activity_view)
    qtbot.wait(20)  # the layout settles once shown
    table = panel.activity_view.table
    model = table.model()
    titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(len(HEADERS))]
    assert titles == [
        "Week of",
        "Applications",
        "Replies\nreceived",
        "Interviews",
        "Reply rate of\nthose sent",
        "Resolved of\nthose sent",
        "Too early of those\nsent (replied so far)",
    ]
    tip = Qt.ItemDataRole.ToolTipRole
    assert model.headerData(COL_RESPONSES, Qt.Orientation.Horizontal, tip) == plain_tooltip(
        "First replies that came in that week, to applications sent in any week."
    )
    assert model.headerData(COL_TOO_EARLY, Qt.Orientation.Horizontal, tip) == plain_tooltip(
        "Applications sent that week that are younger than the no-response period, and how "
        "many of them have replied so far. Those replies are under Replies received, in the "
        "week they came."
    )
    weeks = {
        model.index(r, COL_WEEK).data(): (
            model.index(r, COL_RESPONSES).data(),
            model.index(r, COL_TOO_EARLY).data(),
        )
        for r in range(model.rowCount())
    }
    assert weeks["16 Nov 2026"] == ("1", "0 of 4")
    assert weeks["2 Nov 2026"] == ("3", "4 of 7")
    # The copy keeps each title on one line, and the titles on two lines fit at 900 px.
    assert table.text().splitlines()[0].split("\t")[COL_TOO_EARLY] == (
        "Too early of those sent (replied so far)"
    )
    assert table.horizontalScrollBar().maximum() == 0
    assert all(
        table.sizeHintForColumn(c) <= table.columnWidth(c) for c in range(model.columnCount())
    )
