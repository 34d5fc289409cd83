"""Repainting what a widget colours itself when the application's palette changes (the
system went dark or light); apart from theme.py so that what theme.py uses can use it too."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject


class _PaletteWatch(QObject):
    def __init__(self, widget: QObject, repaint: Callable[[], None]) -> None:
        super().__init__(widget)
        self._repaint = repaint
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # A window hears ApplicationPaletteChange, a child only PaletteChange (which its
        # own setPalette also sends: `repaint` does nothing when nothing differs).
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._repaint()
        return False


def on_palette_change(widget: QObject, repaint: Callable[[], None]) -> None:
    """Call `repaint` now and whenever the application's palette changes (the system went
    dark or light): for colours a widget picks itself rather than takes from a role."""
    _PaletteWatch(widget, repaint)
    repaint()
