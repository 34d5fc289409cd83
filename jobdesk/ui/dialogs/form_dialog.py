"""Forms that ask before throwing away what was typed: Escape, Cancel or the window's close
button on a changed form asks "Discard what you wrote?"; an untouched form just closes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QTableWidget,
    QTextEdit,
    QWidget,
)

DISCARD_QUESTION = "Discard what you wrote?"
DISCARD = "Discard"
KEEP_WRITING = "Keep writing"


def form_state(form: QWidget) -> list[object]:
    """What the user can change in `form`, field by field: two equal states mean nothing
    was typed, chosen or ticked in between."""
    state: list[object] = []
    for field in form.findChildren(QWidget):
        if isinstance(field, QLineEdit | QAbstractSpinBox):
            state.append(field.text())
        elif isinstance(field, QPlainTextEdit | QTextEdit):
            state.append(field.toPlainText())
        elif isinstance(field, QComboBox):
            state.append((field.currentIndex(), field.currentText()))
        elif isinstance(field, QAbstractButton) and field.isCheckable():
            state.append(field.isChecked())
        elif isinstance(field, QListWidget):
            items = (field.item(row) for row in range(field.count()))
            state.append(tuple(item.checkState() for item in items))
        elif isinstance(field, QTableWidget):  # the application's contacts
            cells = (
                field.item(r, c)
                for r in range(field.rowCount())
                for c in range(field.columnCount())
            )
            state.append(tuple(cell.text() if cell else "" for cell in cells))
    return state


def ask_discard_in_a_box(parent: QWidget) -> bool:
    """True when the user chooses to throw away the changed form."""
    box = QMessageBox(QMessageBox.Icon.Question, "jobdesk", DISCARD_QUESTION, parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    discard = box.addButton(DISCARD, QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(KEEP_WRITING, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    return box.clickedButton() is discard


ask_discard = ask_discard_in_a_box  # what FormDialog asks with; tests answer in its place


class FormDialog(QDialog):
    """A dialog holding a form. Its state when first shown is the untouched one (what the
    form was filled with); Escape, Cancel or closing asks before a changed form is thrown
    away, and "Keep writing" leaves it open as it was. A form refilled with what the user
    typed before (a refused save's answer) is changed from the start: that text is theirs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._untouched: list[object] | None = None
        self._refilled = False

    def showEvent(self, event: QShowEvent) -> None:
        if self._untouched is None:
            self._untouched = form_state(self)
        super().showEvent(event)

    def mark_refilled(self) -> None:
        """The form holds what the user typed before (a refused save's answer, shown again):
        closing it asks, as if they had just typed it."""
        self._refilled = True

    def changed_by_the_program(self, change: Callable[[], None]) -> None:
        """Run `change`, a change the program makes to the form after it was shown (a check
        that finished in the background): it is not the user's, so an untouched form stays
        untouched and closes without asking."""
        untouched = not self.is_changed()
        change()
        if untouched and self._untouched is not None:
            self._untouched = form_state(self)

    def is_changed(self) -> bool:
        if self._refilled:
            return True
        return self._untouched is not None and form_state(self) != self._untouched

    def reject(self) -> None:
        # Looked up when asked, so that tests can answer the question in its place.
        if self.is_changed() and not ask_discard(self):
            return
        super().reject()

    def discard(self) -> None:
        """Close without saving and without asking (for code that already decided)."""
        super().reject()
