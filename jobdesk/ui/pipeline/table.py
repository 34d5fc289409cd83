"""The applications table's keys: whole rows are what the keyboard moves and selects."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFocusEvent, QHelpEvent, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QTableView, QToolButton, QToolTip, QWidget

from jobdesk.ui.dialogs.common import plain_tooltip
from jobdesk.ui.dialogs.table_support import setup_table

_HOME_END = (Qt.Key.Key_Home, Qt.Key.Key_End)
_ROWS = QItemSelectionModel.SelectionFlag.Rows
_CELL_MARGIN = 8  # what the style leaves either side of a cell's text, and a little more


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
        setup_table(self, read_only_rows=False)

    def cell_tooltip(self, index: QModelIndex) -> str:
        """What hovering the cell shows: the model's tooltip, else the cell's whole text
        when it is cut short ("Follow up if no…"), else nothing."""
        tip = index.data(Qt.ItemDataRole.ToolTipRole)
        if tip:
            return str(tip)
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if not text:
            return ""
        room = self.visualRect(index).width() - _CELL_MARGIN
        return plain_tooltip(str(text)) if self.fontMetrics().horizontalAdvance(text) > room else ""

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self.indexAt(event.pos())
            tip = self.cell_tooltip(index) if index.isValid() else ""
            if tip:
                QToolTip.showText(event.globalPos(), tip, self.viewport(), self.visualRect(index))
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

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
