"""jobdesk's colours: a light and a dark palette whose every text reaches 4.5:1 (WCAG AA)
on its background, chosen by the system's colour scheme and changed with it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from jobdesk.ui.dialogs.palette_watch import on_palette_change
from jobdesk.ui.dialogs.scheme import is_dark

Role = QPalette.ColorRole
Group = QPalette.ColorGroup

# The stock palettes grey out closed rows, labels and quotes at 1.6-2.0:1; these are picked
# so that each text colour reads at 4.5:1 or more on every background it is drawn on
# (tests/ui/test_contrast.py measures them).
LIGHT: dict[Role, str] = {
    Role.Window: "#f4f4f5",
    Role.WindowText: "#1d1d1f",
    Role.Base: "#ffffff",
    Role.AlternateBase: "#f1f3f6",
    Role.Text: "#1d1d1f",
    Role.Button: "#e9e9eb",
    Role.ButtonText: "#1d1d1f",
    Role.BrightText: "#ffffff",
    Role.Highlight: "#2f5fa8",
    Role.HighlightedText: "#ffffff",
    Role.Link: "#1a56b4",
    Role.LinkVisited: "#6b3fa8",
    Role.ToolTipBase: "#fffbe0",
    Role.ToolTipText: "#1d1d1f",
    Role.PlaceholderText: "#5c5f66",
    Role.Light: "#ffffff",
    Role.Midlight: "#e2e2e5",
    Role.Mid: "#b4b4b9",
    Role.Dark: "#8e8e93",
    Role.Shadow: "#6e6e73",
}
DARK: dict[Role, str] = {
    Role.Window: "#202124",
    Role.WindowText: "#e8eaed",
    Role.Base: "#18191c",
    Role.AlternateBase: "#232529",
    Role.Text: "#e8eaed",
    Role.Button: "#2e3034",
    Role.ButtonText: "#e8eaed",
    Role.BrightText: "#ffffff",
    Role.Highlight: "#3a66ad",
    Role.HighlightedText: "#ffffff",
    Role.Link: "#8ab4f8",
    Role.LinkVisited: "#c58af9",
    Role.ToolTipBase: "#2e3034",
    Role.ToolTipText: "#e8eaed",
    Role.PlaceholderText: "#a2a6ad",
    Role.Light: "#43464b",
    Role.Midlight: "#37393e",
    Role.Mid: "#4b4e54",
    Role.Dark: "#121315",
    Role.Shadow: "#000000",
}
# Greyed-out controls: exempt from WCAG, yet still readable here.
DISABLED_TEXT = {False: "#606369", True: "#9a9ea5"}

# Colours jobdesk draws text in itself, by palette (False: light, True: dark).
ERROR_TEXT = {False: "#b3261e", True: "#ff8a80"}
KNOWN_PLACEHOLDER = {False: "#1a56b4", True: "#8ab4f8"}
UNKNOWN_PLACEHOLDER = ERROR_TEXT
WARNING_BACKGROUND = {False: "#fff1c2", True: "#5c4400"}  # under normal text


def build_palette(dark: bool) -> QPalette:
    palette = QPalette()
    for role, colour in (DARK if dark else LIGHT).items():
        palette.setColor(role, QColor(colour))
    disabled = QColor(DISABLED_TEXT[dark])
    for role in (Role.Text, Role.WindowText, Role.ButtonText, Role.PlaceholderText):
        palette.setColor(Group.Disabled, role, disabled)
    palette.setColor(Group.Disabled, Role.HighlightedText, disabled)
    palette.setColor(Group.Disabled, Role.Highlight, QColor((DARK if dark else LIGHT)[Role.Mid]))
    return palette


def muted_text(palette: QPalette | None = None) -> QColor:
    """Secondary text (closed rows, labels beside values, quotes, hints): quieter than
    the text, still 4.5:1 on the window and on the rows."""
    return (palette or QGuiApplication.palette()).color(Role.PlaceholderText)


def contrast(foreground: QColor | str, background: QColor | str) -> float:
    """The WCAG 2 contrast ratio of two colours, 1 to 21."""
    lighter, darker = sorted(
        (_luminance(QColor(foreground)), _luminance(QColor(background))), reverse=True
    )
    return (lighter + 0.05) / (darker + 0.05)


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in (colour.redF(), colour.greenF(), colour.blueF()))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


class Theme(QObject):
    """Applies the light or dark palette to the application, following the system's colour
    scheme as it changes, unless a scheme was asked for (--color-scheme)."""

    def __init__(self, app: QApplication, forced: Qt.ColorScheme | None = None) -> None:
        super().__init__(app)
        self._app = app
        self._forced = forced
        self.changed: list[Callable[[], None]] = []
        # Fusion draws with the palette it is given on every platform; native styles
        # replace parts of it, and with them the contrast measured here.
        from jobdesk.ui.dialogs.icons import JobdeskStyle  # it draws with this module's help

        self._style = JobdeskStyle()
        app.setStyle(self._style)
        app.styleHints().colorSchemeChanged.connect(self._scheme_changed)
        self.apply(forced or app.styleHints().colorScheme())

    @property
    def dark(self) -> bool:
        return is_dark(self._app.palette())

    def apply(self, scheme: Qt.ColorScheme) -> None:
        self._app.setPalette(build_palette(scheme == Qt.ColorScheme.Dark))
        for call in self.changed:
            call()

    def _scheme_changed(self, scheme: Qt.ColorScheme) -> None:
        if self._forced is None:
            self.apply(scheme)


def set_text_colour(widget: QWidget, colours: dict[bool, str]) -> None:
    """Draw `widget`'s text in the light or dark one of `colours`, following the palette."""

    def repaint() -> None:
        palette = widget.palette()
        colour = QColor(colours[is_dark(QGuiApplication.palette())])
        if palette.color(Role.WindowText) != colour:
            palette.setColor(Role.WindowText, colour)
            palette.setColor(Role.Text, colour)
            widget.setPalette(palette)

    on_palette_change(widget, repaint)
