"""The frame around push buttons, text boxes, date and number boxes, drop-down lists, check
boxes, radio buttons, tables, lists and read-only texts, drawn so it stands out from the
window at 3:1 or more (WCAG non-text contrast); Fusion's own is 1.1:1 in the dark palette
and 1.7-2:1 in the light one."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QStyle,
    QStyleOption,
    QStyleOptionButton,
    QWidget,
)

from jobdesk.ui.dialogs.scheme import is_dark

State = QStyle.StateFlag

# By palette (False: light, True: dark): 3:1 or more against the window, the box's inside
# and a button's face (tests/ui/test_contrast.py measures them); focused, the highlight's
# blue of the links.
INPUT_FRAME = {False: "#808389", True: "#7c8088"}
INPUT_FOCUS = {False: "#2f5fa8", True: "#8ab4f8"}


def framed_box(widget: QWidget | None) -> bool:
    """Whether `widget` is a text box (typed into or read-only), a table or a list: its
    frame is drawn as an input's, so that it has an edge against the window too."""
    if widget is None:
        return False
    # Imported here: the window's first screen has no text box (about 1 ms of Qt's types).
    from PySide6.QtWidgets import QAbstractItemView, QPlainTextEdit, QTextEdit

    return isinstance(widget, QPlainTextEdit | QTextEdit | QAbstractItemView)


def draw_input_frame(painter: QPainter, option: QStyleOption, radius: float = 2.0) -> bool:
    """Draw the frame of an enabled input over `option.rect`; False for a disabled one,
    which keeps the style's faint frame (greyed out, exempt from the contrast rule)."""
    if not option.state & State.State_Enabled:
        return False
    dark = is_dark(option.palette)
    focused = bool(option.state & State.State_HasFocus)
    colour = QColor((INPUT_FOCUS if focused else INPUT_FRAME)[dark])
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.translate(0.5, 0.5)  # a 1 px line on the pixel grid, not across two pixels
    painter.setBrush(QColor(0, 0, 0, 0))
    painter.setPen(QPen(colour, 1))
    outer = QRectF(option.rect).adjusted(0, 0, -1, -1)
    painter.drawRoundedRect(outer, radius, radius)
    if focused:  # two pixels wide: the focus reads at a glance
        painter.drawRoundedRect(outer.adjusted(1, 1, -1, -1), radius, radius)
    painter.restore()
    return True


def draw_indicator_frame(painter: QPainter, option: QStyleOption, round_: bool) -> None:
    """Draw a check box's square (or a radio button's circle) again over Fusion's, where
    Fusion draws it, in the frame colour; a disabled one keeps Fusion's faint one. The
    focus is shown around the label, as before."""
    if not option.state & State.State_Enabled:
        return
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setBrush(QColor(0, 0, 0, 0))
    painter.setPen(QPen(QColor(INPUT_FRAME[is_dark(option.palette)]), 1))
    rect = option.rect
    if round_:
        centre = QPointF(rect.center()) + QPointF(1, 1)
        radius = (rect.width() + (rect.width() + 1) % 2) / 2.0 - 1
        painter.drawEllipse(centre, radius, radius)
    else:
        painter.translate(0.5, 0.5)
        painter.drawRect(QRectF(rect).adjusted(0, 0, -1, -1))
    painter.restore()


def draw_button_outline(painter: QPainter, option: QStyleOption) -> None:
    """Draw a push button's (or a raised tool button's) outline again over Fusion's, in the
    frame colour; the default button's in the focus blue, as Fusion marks it with its
    highlight. A disabled button keeps Fusion's faint outline (greyed out, exempt)."""
    if not option.state & State.State_Enabled:
        return
    default = isinstance(option, QStyleOptionButton) and bool(
        option.features & QStyleOptionButton.ButtonFeature.DefaultButton
    )
    colour = QColor((INPUT_FOCUS if default else INPUT_FRAME)[is_dark(option.palette)])
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.translate(0.5, 0.5)  # a 1 px line on the pixel grid, not across two pixels
    painter.setBrush(QColor(0, 0, 0, 0))
    painter.setPen(QPen(colour, 1))
    painter.drawRoundedRect(QRectF(option.rect).adjusted(0, 0, -1, -1), 2.0, 2.0)
    painter.restore()
