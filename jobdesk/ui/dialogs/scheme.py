"""Whether the palette in use is the dark one: read by the theme and by the style, which the
theme installs (so neither imports the other for it)."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication, QPalette


def is_dark(palette: QPalette | None = None) -> bool:
    palette = palette or QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Base).lightness() < 128
