"""A date is written one way in the whole window: as the date boxes show it."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from jobdesk.domain.wording import short_date
from jobdesk.ui.dialogs.common import make_date_edit
from jobdesk.ui.dialogs.table_support import date_text


def test_tables_panes_and_date_boxes_write_a_date_alike(qtbot: QtBot) -> None:
    for day in (date(2026, 12, 2), date(2026, 11, 12)):
        box = make_date_edit("Day", day)
        qtbot.addWidget(box)
        assert box.text() == short_date(day) == date_text(day)
    assert short_date(date(2026, 12, 2)) == "2 Dec 2026"  # no leading zero, as the boxes
