"""The Insights' explanations keep their heights worked out (a tab switch asks for them many
times), and are never cut off for it: the height is always what a plain label needs."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from jobdesk.ui.insights.common import note

SHORT = "<p><b>Screen → technical</b> is where your search leaks most.</p>"
LONG = SHORT + "<p>" + "Half of the screens moved on, against a reference of 60%. " * 6 + "</p>"


def plain(text: str, font: QFont) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setFont(font)
    return label


def test_a_note_is_as_tall_as_its_text_needs_after_each_change(qtbot: QtBot) -> None:
    label = note(SHORT)
    qtbot.addWidget(label)
    widths = (200, 300, 420)
    for width in widths:
        assert label.heightForWidth(width) == plain(SHORT, label.font()).heightForWidth(width)
    label.setText(LONG)  # more lines now, at every width
    for width in widths:
        assert label.heightForWidth(width) == plain(LONG, label.font()).heightForWidth(width)
        assert label.heightForWidth(width) > plain(SHORT, label.font()).heightForWidth(width)
    bigger = QFont(label.font())
    bigger.setPointSizeF(bigger.pointSizeF() * 2)
    label.setFont(bigger)  # the same words take more lines
    for width in widths:
        assert label.heightForWidth(width) == plain(LONG, bigger).heightForWidth(width)
