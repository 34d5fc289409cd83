"""The first-run texts (Pipeline, Insights, Offers) are shown whole at small and large sizes."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from jobdesk.services.bundle import Services
from jobdesk.ui.shell.main_window import MainWindow


def texts_of(page: QWidget) -> list[QLabel]:
    return [label for label in page.findChildren(QLabel) if label.wordWrap() and label.text()]


@pytest.mark.parametrize("size", [(900, 600), (1200, 760), (1920, 1080)])
@pytest.mark.parametrize("tab", ["Pipeline", "Insights", "Offers"])
def test_every_line_of_the_first_run_text_fits_its_label(
    qtbot: QtBot, services: Services, tab: str, size: tuple[int, int]
) -> None:
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    assert window.select_tab(tab)
    if tab == "Insights":
        qtbot.waitUntil(lambda: window.insights_tab.loaded)
        panel = window.insights_tab.panel
        assert panel is not None
        page: QWidget = panel.empty
    elif tab == "Offers":
        page = window.offers_tab.empty_state.parentWidget()
    else:
        page = window.pipeline_tab.empty_state
    qtbot.waitUntil(page.isVisible)
    qtbot.wait(20)  # the layout settles once shown

    labels = texts_of(page)
    assert labels
    for label in labels:
        # A wrapped label shorter than the height its text needs at its width cuts lines.
        needed = label.heightForWidth(label.width())
        assert label.height() >= needed, (label.text()[:40], label.size(), needed)
        assert label.width() <= 560
