"""Widgets laid out inside a room of their own, so that a change in them is not told to the
window: a `Room`, and tabs (`RoomTabs`) whose every page sits in one."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QTabWidget, QWidget


class Room(QWidget):
    """Gives the one widget it holds (`hold`) all its room, with no layout between them, so
    that a change of what the widget's contents need (a new text, new figures) is laid out
    inside it alone. Through a layout, Qt tells each widget above of it, up to the window,
    and a QTabWidget among them repaints everything it shows each time it is told: two to
    four whole repaints of the window on a first visit to a tab."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._held: QWidget | None = None

    @property
    def held(self) -> QWidget | None:
        return self._held

    def hold(self, widget: QWidget) -> None:
        """Hold `widget` instead of what it held (which is hidden, and left to its owner)."""
        before = self._held
        widget.setParent(self)
        widget.setGeometry(self.rect())
        self._held = widget
        widget.show()
        if before is not None and before is not widget:
            before.hide()
        # Once, for the new widget's size hints (a window's least size follows its pages').
        self.updateGeometry()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._held is not None:
            self._held.setGeometry(self.rect())

    def sizeHint(self) -> QSize:
        return super().sizeHint() if self._held is None else self._held.sizeHint()

    def minimumSizeHint(self) -> QSize:
        return super().minimumSizeHint() if self._held is None else self._held.minimumSizeHint()


class RoomTabs(QTabWidget):
    """A QTabWidget whose pages each sit in a `Room`, so that what happens inside a page
    (a first visit laying itself out, a text that grows) repaints that page alone, not the
    whole tab widget again and again. To its callers the pages are the widgets added: the
    Rooms are its own business."""

    def addTab(self, widget: QWidget, label: str) -> int:  # type: ignore[override]
        return super().addTab(self._room_for(widget), label)

    def insertTab(self, index: int, widget: QWidget, label: str) -> int:  # type: ignore[override]
        return super().insertTab(index, self._room_for(widget), label)

    def room(self, index: int) -> Room:
        """The Room the page at `index` sits in."""
        page = super().widget(index)
        assert isinstance(page, Room)
        return page

    def widget(self, index: int) -> QWidget:
        page = super().widget(index)  # None past the last
        if isinstance(page, Room) and page.held is not None:
            return page.held
        return page  # type: ignore[return-value]  # as QTabWidget's own

    def currentWidget(self) -> QWidget:
        return self.widget(self.currentIndex())

    def indexOf(self, widget: QWidget) -> int:
        room = widget.parentWidget()
        return super().indexOf(room if isinstance(room, Room) else widget)

    def setCurrentWidget(self, widget: QWidget) -> None:
        index = self.indexOf(widget)
        if index >= 0:
            self.setCurrentIndex(index)

    def _room_for(self, widget: QWidget) -> Room:
        room = Room()
        room.hold(widget)
        return room
