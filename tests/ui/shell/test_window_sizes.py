"""Every tab works in a 900x600 window: nothing raises the window's minimum past it, and
labels and buttons show their whole text."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget
from pytestqt.qtbot import QtBot

from jobdesk.services.bundle import Services
from jobdesk.ui.shell.main_window import MainWindow


def full_window(qtbot: QtBot, services: Services) -> MainWindow:
    services.pipeline.load_sample()
    services.feedback.load_sample()
    services.offers.load_sample()
    services.interviews.load_sample()
    services.patterns.load_sample()
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def clipped(widget: QWidget) -> list[str]:
    """The one-line labels and the buttons shown narrower than their text needs."""
    found = []
    for child in widget.findChildren(QWidget):
        if not child.isVisible() or not isinstance(child, QLabel | QAbstractButton):
            continue
        if isinstance(child, QLabel) and child.wordWrap():
            continue  # a wrapped label is meant to be narrower than its one-line width
        if child.width() < child.sizeHint().width():
            found.append(f"{child.text()!r}: {child.width()} < {child.sizeHint().width()}")
    return found


def test_after_visiting_every_tab_the_window_goes_down_to_900_by_600(
    qtbot: QtBot, services: Services
) -> None:
    window = full_window(qtbot, services)
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        qtbot.wait(1)
    hint = window.minimumSizeHint()
    assert hint.width() <= 900 and hint.height() <= 600, hint
    window.resize(900, 600)
    assert (window.width(), window.height()) == (900, 600)
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        qtbot.wait(1)
        assert (window.width(), window.height()) == (900, 600)
        title = window.tabs.tabText(index)
        assert clipped(window.tabs.currentWidget()) == [], title


def test_at_900_px_the_feedback_tab_shows_your_name_and_whole_template_names(
    qtbot: QtBot, services: Services
) -> None:
    window = full_window(qtbot, services)
    window.resize(900, 600)
    assert window.select_tab("Feedback")
    qtbot.wait(1)
    tab = window.feedback_tab
    name_label = next(
        label for label in tab.findChildren(QLabel) if label.buddy() is tab.my_name_edit
    )
    assert name_label.text().replace("&", "") == "Your name:"
    assert name_label.width() >= name_label.sizeHint().width()
    templates = tab.templates_page.template_list
    metrics = templates.fontMetrics()
    room = templates.viewport().width()
    for row in range(templates.count()):
        text = templates.item(row).text()
        assert metrics.horizontalAdvance(text) + 8 <= room, text
