"""A widget that gives the one it holds all its room, with no layout between them."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QWidget


class Room(QWidget):
    """Gives the one widget it holds (`hold`) all its room, with no layout between them, so
    that a change of what the widget's contents need (a new text, new figures) is laid out
    inside it alone. Through a layout, Qt tells each widget above of it, up to the window,
    and a QTabWidget among them repaints everything it shows each time it is told: two or
    three whole repaints of the window on a first visit to the Insights."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._held: QWidget | None = None

    def hold(self, widget: QWidget) -> None:
        widget.setParent(self)
        widget.setGeometry(self.rect())
        self._held = widget
        widget.show()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._held is not None:
            self._held.setGeometry(self.rect())

    def sizeHint(self) -> QSize:
        return super().sizeHint() if self._held is None else self._held.sizeHint()

    def minimumSizeHint(self) -> QSize:
        return super().minimumSizeHint() if self._held is None else self._held.minimumSizeHint()
