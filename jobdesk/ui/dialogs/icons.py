"""Icons: the desktop's icon theme first, else jobdesk's own line drawings (bundled SVGs,
tinted with the palette's text colour, so they suit the light and the dark palette)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QAction, QColor, QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleOption, QStyleOptionComplex, QWidget

from jobdesk.ui.dialogs.artwork import icon_file
from jobdesk.ui.dialogs.input_frames import (
    draw_button_outline,
    draw_indicator_frame,
    draw_input_frame,
    framed_box,
)
from jobdesk.ui.dialogs.palette_watch import on_palette_change

# An action's icon: its name in the freedesktop icon theme, and the bundled fallback.
NEW = ("document-new", "action-new.svg")
FORWARD = ("go-next", "action-forward.svg")
REJECT = ("process-stop", "action-reject.svg")
UNDO = ("edit-undo", "action-undo.svg")
REDO = ("edit-redo", "action-redo.svg")
OK = "dialog-ok.svg"
CANCEL = "dialog-cancel.svg"
SIZES = (16, 20, 22, 24, 32, 48)

# Qt's own OK/Cancel-family icons are a green tick and a red cross; these buttons get ours.
_TICKED = {
    QStyle.StandardPixmap.SP_DialogOkButton,
    QStyle.StandardPixmap.SP_DialogApplyButton,
    QStyle.StandardPixmap.SP_DialogSaveButton,
    QStyle.StandardPixmap.SP_DialogYesButton,
}
_CROSSED = {
    QStyle.StandardPixmap.SP_DialogCancelButton,
    QStyle.StandardPixmap.SP_DialogNoButton,
    QStyle.StandardPixmap.SP_DialogCloseButton,
    QStyle.StandardPixmap.SP_DialogDiscardButton,
}


@cache
def _svg(file: str) -> str:
    path = icon_file(file)
    if path is not None:
        return Path(path).read_text(encoding="utf-8")
    from importlib.resources import files  # inside an archive

    return files("jobdesk.resources.icons").joinpath(file).read_text(encoding="utf-8")


def bundled_icon(file: str, colour: QColor) -> QIcon:
    """One of jobdesk's SVG icons drawn in `colour`, at the sizes toolbars and buttons use."""
    renderer = QSvgRenderer(QByteArray(_svg(file).replace("currentColor", colour.name()).encode()))
    icon = QIcon()
    for size in SIZES:
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        icon.addPixmap(pixmap)
    return icon


def action_icon(names: tuple[str, str], palette: QPalette | None = None) -> QIcon:
    """The theme's icon called `names[0]`, or the bundled `names[1]` in the button colour."""
    theme_name, file = names
    if QIcon.hasThemeIcon(theme_name):
        return QIcon.fromTheme(theme_name)
    palette = palette or QGuiApplication.palette()
    return bundled_icon(file, palette.color(QPalette.ColorRole.ButtonText))


def set_action_icons(widget: QWidget, icons: list[tuple[QAction, tuple[str, str]]]) -> None:
    """Give each action its icon, drawn again when the palette turns dark or light."""

    def paint() -> None:
        for action, names in icons:
            action.setIcon(action_icon(names))

    on_palette_change(widget, paint)


class JobdeskStyle(QProxyStyle):
    """Fusion, with jobdesk's own tick and cross on dialog buttons, and outlines of buttons,
    inputs, check boxes, radio buttons, tables and read-only texts that stand out from the
    window (input_frames.py)."""

    def __init__(self) -> None:
        super().__init__("Fusion")

    def standardIcon(
        self,
        standardIcon: QStyle.StandardPixmap,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> QIcon:
        if standardIcon in _TICKED or standardIcon in _CROSSED:
            palette = widget.palette() if widget is not None else QGuiApplication.palette()
            colour = palette.color(QPalette.ColorRole.ButtonText)
            return bundled_icon(OK if standardIcon in _TICKED else CANCEL, colour)
        return super().standardIcon(standardIcon, option, widget)

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element == QStyle.PrimitiveElement.PE_FrameLineEdit and draw_input_frame(
            painter, option
        ):
            return
        if (
            element == QStyle.PrimitiveElement.PE_Frame
            and framed_box(widget)
            and draw_input_frame(painter, option, radius=0)
        ):
            return
        super().drawPrimitive(element, option, painter, widget)
        if element == QStyle.PrimitiveElement.PE_PanelButtonCommand:
            draw_button_outline(painter, option)
        if element in _INDICATORS:
            draw_indicator_frame(
                painter, option, element == QStyle.PrimitiveElement.PE_IndicatorRadioButton
            )

    def drawComplexControl(
        self,
        control: QStyle.ComplexControl,
        option: QStyleOptionComplex,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawComplexControl(control, option, painter, widget)
        # Date, time and number boxes and drop-down lists: their frame drawn again over
        # Fusion's, the same as a text box's.
        if control in _FRAMED and getattr(option, "frame", True):
            draw_input_frame(painter, option)


_FRAMED = (QStyle.ComplexControl.CC_SpinBox, QStyle.ComplexControl.CC_ComboBox)
_INDICATORS = (
    QStyle.PrimitiveElement.PE_IndicatorCheckBox,
    QStyle.PrimitiveElement.PE_IndicatorRadioButton,
)
