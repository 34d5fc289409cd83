"""Tab through every tab of the demo window: the focus reaches every control a user can
see and use, so no table (or any other widget) can keep the keyboard to itself."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget
from pytestqt.qtbot import QtBot

from jobdesk.services.bundle import Services
from jobdesk.services.demo import load_demo
from jobdesk.ui.shell.main_window import MainWindow


def tab_stops(window: QWidget) -> list[QWidget]:
    """The widgets Tab must reach: shown, enabled, taking focus by Tab, and not handing
    their focus to another widget (a combo box's or date box's own text field stands in)."""
    return [
        w
        for w in window.findChildren(QWidget)
        if w.isVisibleTo(window)
        and w.isEnabled()
        and not w.isWindow()
        and w.focusProxy() is None
        and (w.focusPolicy() & Qt.FocusPolicy.TabFocus) == Qt.FocusPolicy.TabFocus
    ]


def walk(qtbot: QtBot, window: QWidget, start: QWidget, presses: int) -> set[int]:
    """The widgets the focus was on while Tab was pressed `presses` times from `start`."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    start.setFocus(Qt.FocusReason.TabFocusReason)
    seen: set[int] = set()
    for _ in range(presses):
        focused = QApplication.focusWidget()
        assert focused is not None
        seen.add(id(focused))
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    return seen


def shown_tab_has_controls(window: MainWindow) -> bool:
    shown = window.tabs.currentWidget()
    return any(shown.isAncestorOf(w) for w in tab_stops(window))


def names(widgets: list[QWidget]) -> list[str]:
    return [f"{type(w).__name__} {w.accessibleName() or w.objectName()!r}" for w in widgets]


def test_tab_reaches_every_visible_control_on_every_tab_of_the_demo(
    qtbot: QtBot, services: Services
) -> None:
    load_demo(services)
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.resize(1200, 760)
    window.show()
    qtbot.waitExposed(window)

    checked: list[str] = []
    for index in range(window.tabs.count()):
        title = window.tabs.tabText(index).replace("&", "")
        window.tabs.setCurrentIndex(index)
        # A lazy tab is built once shown: then it has somewhere for the keyboard to go.
        qtbot.waitUntil(lambda: shown_tab_has_controls(window))
        # Debriefs: its list and its Patterns view, one at a time.
        subpages: list[int | None] = [0, 1] if title == "Debriefs" else [None]
        for subpage in subpages:
            if subpage is not None:
                window.debriefs_tab.pages.setCurrentIndex(subpage)
            view = f"{title} {subpage}"
            stops = tab_stops(window)
            tables = [w for w in stops if isinstance(w, QAbstractItemView)]
            # Start in a table (where the focus used to stay) and go round twice.
            seen = walk(qtbot, window, tables[0] if tables else stops[0], 2 * len(stops) + 5)
            missed = [w for w in stops if id(w) not in seen]
            assert names(missed) == [], view
            checked.append(view)
    assert len(checked) == window.tabs.count() + 1
