"""The status bar's lasting parts at 900 px: with a rejection landing and offer replies due
beside the count, none is cut off; they give way by priority to shorter forms, each whole
in its tooltip. At 1920 px every part shows in full."""

from __future__ import annotations

from datetime import date, timedelta

from pytestqt.qtbot import QtBot

from jobdesk.app import load_demo
from jobdesk.paths import Paths
from jobdesk.services.bundle import build_services
from jobdesk.ui.dialogs.common import plain_tooltip
from jobdesk.ui.dialogs.prompts import Prompts
from jobdesk.ui.dialogs.status_parts import StatusPart, chosen_forms
from jobdesk.ui.shell.main_window import MainWindow


def demo_window(qtbot: QtBot, db: object, paths: Paths, width: int) -> MainWindow:
    # The sample's offers are due in 4 and 6 days: two days on, in 2 and 4, and a reply is
    # due. On the real clock its rejection (logged as it loads) is still landing.
    day = [date.today()]
    services = build_services(db, paths, today=lambda: day[0])  # type: ignore[arg-type]
    load_demo(services)
    day[0] += timedelta(days=2)
    window = MainWindow(services, prompts=Prompts(), demo=True)
    qtbot.addWidget(window)
    window.resize(width, 600)
    window.show()
    qtbot.waitExposed(window)
    window.reload()  # as after any change: the offers' replies due are counted
    qtbot.waitUntil(lambda: window.offers.due_label.isVisible())
    qtbot.waitUntil(lambda: window.landing_line.label.isVisible())
    qtbot.wait(20)  # the status bar's layout settles
    return window


def shown_parts(window: MainWindow) -> list[StatusPart]:
    bar = window.statusBar()
    parts = [p for p in bar.findChildren(StatusPart) if p.isVisible()]
    return sorted(parts, key=lambda p: p.x())


def test_at_900_px_no_part_of_the_status_bar_is_cut(qtbot: QtBot, db: object, paths: Paths) -> None:
    window = demo_window(qtbot, db, paths, 900)
    bar = window.statusBar()
    parts = shown_parts(window)
    assert [p.accessibleName() for p in parts] == [
        "Applications shown",
        "After a rejection",
        "Offer replies due",
    ]
    for part in parts:
        needed = part.fontMetrics().horizontalAdvance(part.text())
        assert needed <= part.contentsRect().width(), part.text()
        assert part.geometry().right() <= bar.width()
    count, landing, due = parts
    # The count keeps its full text longest, the line while a rejection lands gives way
    # first; a shortened part says it whole in its tooltip.
    assert count.text() == "82 applications · 42 with no response"
    assert count.toolTip() == ""
    assert landing.text() in landing.forms[1:]  # shortened ("until 08:00 [tomorrow]")
    assert landing.toolTip() == plain_tooltip(landing.full_text())
    assert landing.full_text().startswith("Vantage Mobility said no: let it land.")
    assert due.text() == due.full_text() == "Reply due: Quillstone Capital Systems in 2 days."


def test_at_1920_px_every_part_is_in_full(qtbot: QtBot, db: object, paths: Paths) -> None:
    window = demo_window(qtbot, db, paths, 1920)
    for part in shown_parts(window):
        assert part.text() == part.full_text()
        assert part.toolTip() == ""
    # Made narrow, the parts give way as they do in a window opened narrow.
    window.resize(900, 600)
    qtbot.wait(20)
    bar = window.statusBar()
    assert bar.width() == 900
    for part in shown_parts(window):
        assert part.fontMetrics().horizontalAdvance(part.text()) <= part.contentsRect().width()
        assert part.geometry().right() <= bar.width()
    landing = window.landing_line.label
    assert landing.text() in landing.forms[1:]


def test_the_last_part_gives_way_first() -> None:
    parts = [("aaaa", "aa"), ("bbbb", "bb"), ("cccc", "cc", "")]
    assert chosen_forms(parts, len, 12) == [0, 0, 0]
    assert chosen_forms(parts, len, 10) == [0, 0, 1]
    assert chosen_forms(parts, len, 8) == [0, 0, 2]
    assert chosen_forms(parts, len, 6) == [0, 1, 2]
    assert chosen_forms(parts, len, 1) == [1, 1, 2]  # the shortest of all: as small as it gets


def test_a_passing_message_is_not_cut_either(qtbot: QtBot, db: object, paths: Paths) -> None:
    """ "Loaded the sample search. Undo" was all it said at 900 px: the lasting parts took
    the room. While a message shows they give way to it, and come back after."""
    window = demo_window(qtbot, db, paths, 900)
    bar = window.statusBar()
    count = window.count_label
    message = "Added Acme Corp — Senior Engineer. Undo with Ctrl+Z."
    bar.showMessage(message, 6000)
    qtbot.wait(20)
    parts = shown_parts(window)
    needed = bar.fontMetrics().horizontalAdvance(message)
    assert needed + 12 <= min(p.x() for p in parts)  # the message is drawn left of them
    for part in parts:
        assert part.fontMetrics().horizontalAdvance(part.text()) <= part.contentsRect().width()
    assert window.landing_line.label.text() == window.landing_line.label.forms[-1]
    bar.clearMessage()
    qtbot.wait(20)
    assert count.text() == count.full_text() == "82 applications · 42 with no response"
