"""The Debriefs tab's room, as a user sees it in the sample search: in a wide window the
debrief's text sits beside the list at full height and the list keeps to what its columns
need; in a smaller one they stack as before; a divider moved stays where it was left; and in
a 900x600 window an improvement's measured effect, cut short in its column, is read whole under
its table."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from jobdesk.services.bundle import Services
from jobdesk.ui.debriefs.models import COL_TAGS
from jobdesk.ui.debriefs.patterns_models import ImprovementsModel
from jobdesk.ui.debriefs.patterns_view import SELECT_ONE
from jobdesk.ui.debriefs.tab import DebriefsTab
from jobdesk.ui.shell.main_window import MainWindow


def debriefs_at(qtbot: QtBot, services: Services, width: int, height: int) -> DebriefsTab:
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.resize(width, height)
    window.show()
    qtbot.waitExposed(window)
    assert window.select_tab("Debriefs")
    tab = window.debriefs_tab
    qtbot.waitUntil(lambda: tab.model.rowCount() == 26)
    tab.table.selectRow(0)
    qtbot.wait(20)  # the layout settles once shown
    return tab


def sample(services: Services) -> Services:
    services.pipeline.load_sample()
    services.interviews.load_sample()
    return services


def test_at_1920_by_1080_the_debriefs_text_has_the_room(qtbot: QtBot, services: Services) -> None:
    tab = debriefs_at(qtbot, sample(services), 1920, 1080)
    table, preview = tab.table, tab.preview
    assert tab.splitter.orientation() == Qt.Orientation.Horizontal
    # Before: the topics took 1,266 px for what needs 145 ("System design, Nerves"), and
    # the text sat under the list, 278 px tall. Now the topics get what they need, and the
    # text the rest of the width, at the list's full height.
    assert table.sizeHintForColumn(COL_TAGS) == 145
    assert table.columnWidth(COL_TAGS) == 167
    assert table.horizontalScrollBar().maximum() == 0
    assert (tab.splitter.widget(0).width(), preview.width()) == (789, 1109)
    assert preview.height() == tab.splitter.height() > 900  # 925 in this window alone
    assert preview.toPlainText().startswith("Harborline Shipping — Senior Backend Engineer")
    assert preview.verticalScrollBar().maximum() == 0, "the whole debrief in view"


def test_at_1200_by_760_the_text_stays_under_the_list(qtbot: QtBot, services: Services) -> None:
    tab = debriefs_at(qtbot, sample(services), 1200, 760)
    assert tab.splitter.orientation() == Qt.Orientation.Vertical
    assert tab.preview.width() == tab.table.width()
    assert tab.table.horizontalScrollBar().maximum() == 0


def test_the_divider_stays_where_it_was_left(qtbot: QtBot, services: Services) -> None:
    tab = debriefs_at(qtbot, sample(services), 1920, 1080)
    handle = tab.splitter.handle(1)
    middle = QPoint(handle.width() // 2, handle.height() // 2)
    QTest.mousePress(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, middle)
    QTest.mouseMove(handle, middle + QPoint(-200, 0))
    QTest.mouseRelease(
        handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, middle + QPoint(-200, 0)
    )
    moved = tab.splitter.sizes()
    assert moved == [589, 1309]
    tab.window().close()

    again = debriefs_at(qtbot, services, 1920, 1080)
    assert again.splitter.sizes() == moved


def test_at_900_by_600_an_improvements_effect_is_read_whole(
    qtbot: QtBot, services: Services
) -> None:
    sample(services).patterns.load_sample()
    tab = debriefs_at(qtbot, services, 900, 600)
    tab.show_patterns()
    view = tab.patterns_view
    assert view is not None
    qtbot.waitUntil(lambda: view.improvements_model.rowCount() == 2)
    table, label = view.improvements_table, view.effect_label
    # The effect, the last and longest column, is cut short at the table's right edge.
    effect = ImprovementsModel.COL_EFFECT
    assert table.columnViewportPosition(effect) + table.columnWidth(effect) == 862
    assert table.columnWidth(effect) == 142 < table.sizeHintForColumn(effect)
    assert label.text() == SELECT_ONE
    table.selectRow(0)
    assert label.text() == (
        "Practise system design under a timer twice a week — Before: 20% of 5; since: 80% "
        "of 5. p = 0.206: no evidence of a difference yet. System design in 3 of 5 debriefs "
        "before, 4 of 4 debriefs since."
    )
    # Shown whole once the layout has taken the new text in: two lines, none cut off.
    qtbot.waitUntil(lambda: label.height() == label.heightForWidth(label.width()))
    assert label.isVisible() and label.height() == 2 * label.fontMetrics().lineSpacing()
    assert label.mapTo(tab.window(), label.rect().bottomLeft()).y() < tab.window().height()
