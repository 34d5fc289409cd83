"""The applications table's keys: whole rows are what the keyboard moves and selects."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QTableView, QToolButton, QWidget

_HOME_END = (Qt.Key.Key_Home, Qt.Key.Key_End)
_ROWS = QItemSelectionModel.SelectionFlag.Rows


class ApplicationsTable(QTableView):
    """A table of applications, one selected row standing for the one in the details.

    Qt's table moves to the first or last *column* on Home/End and, with Ctrl held (the
    first or last row), moves the cursor without selecting: the details pane then showed
    another application than the one marked. Here Home and End (Ctrl or not) go to the
    first and last row and select it; with Shift they extend the selection to it. Tab
    leaves the table instead of walking its cells, so the focus moves on as expected.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabKeyNavigation(False)

    def moveCursor(
        self, cursorAction: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        if cursorAction in (
            QAbstractItemView.CursorAction.MoveHome,
            QAbstractItemView.CursorAction.MoveEnd,
        ):
            modifiers |= Qt.KeyboardModifier.ControlModifier  # rows, not columns
        return super().moveCursor(cursorAction, modifiers)

    def selectionCommand(
        self, index: QModelIndex | QPersistentModelIndex, event: QEvent | None = None
    ) -> QItemSelectionModel.SelectionFlag:
        if (
            isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in _HOME_END
            and self.selectionMode() == QAbstractItemView.SelectionMode.ExtendedSelection
        ):
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                return QItemSelectionModel.SelectionFlag.SelectCurrent | _ROWS
            return QItemSelectionModel.SelectionFlag.ClearAndSelect | _ROWS
        return super().selectionCommand(index, event)


class FilterButton(QToolButton):
    """A quick-filter button that Tab stops at, like the others of its group.

    Qt treats checkable buttons in a group like radio buttons: once one has had the focus,
    the others lose their Tab stop, so Tab reached only one filter of four.
    """

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        group = self.group()
        for button in group.buttons() if group is not None else [self]:
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
