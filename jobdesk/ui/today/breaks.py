"""Recovery breaks: the form for one break and the list of them, loaded when first opened
(by `break_actions.BreakActions`, from Today and from the Edit menu)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jobdesk.domain.breaks import NOTE_LIMIT, Break, clean_break
from jobdesk.domain.errors import UserError
from jobdesk.ui.dialogs.common import (
    buddy_label,
    make_date_edit,
    make_error_label,
    name_buttons,
    plain_tooltip,
    run_dialog,
    set_name,
    show_error,
    to_date,
    to_qdate,
)
from jobdesk.ui.dialogs.form_dialog import FormDialog

HINT = (
    "Take the time you need. During a break Today lists no follow-ups, silent applications "
    "or debriefs, and the daily limit and the after-rejection card stay quiet. Its days do "
    "not count towards the no-response period or follow-ups, so nothing piles up for the "
    "day you come back. Interviews and offer deadlines still show."
)

if TYPE_CHECKING:
    from jobdesk.services.breaks import Breaks
    from jobdesk.services.changes import Change


class BreakChanges(Protocol):
    """What the list of breaks asks of the window's `BreakActions` (break_actions.py)."""

    breaks: Breaks
    perform: Callable[[Callable[[], Change]], Change | None]
    today: Callable[[], date]

    def add(self, parent: QWidget) -> bool: ...
    def edit(self, current: Break, parent: QWidget) -> bool: ...


FIRST_BREAK_DAYS = 7  # a new break is offered for a week from today


class BreakDialog(FormDialog):
    """From, to (both included) and an optional note."""

    def __init__(self, today: date, current: Break | None, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Change the break" if current else "Take a break")
        self.result_break: Break | None = None
        self._id = current.id if current else 0
        first = current.starts_on if current else today
        last = current.ends_on if current else today + timedelta(days=FIRST_BREAK_DAYS - 1)
        self.from_edit = make_date_edit("First day of the break", first)
        self.to_edit = make_date_edit("Last day of the break", last)
        self.note_edit = QLineEdit(current.note if current else "")
        self.note_edit.setMaxLength(NOTE_LIMIT)
        self.note_edit.setPlaceholderText("optional, e.g. a week with family")
        set_name(self.note_edit, "Note")
        self.error_label = make_error_label()
        hint = QLabel(HINT)
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        name_buttons(buttons, "&Save" if current else "&Take the break")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(hint)
        form.addRow(buddy_label("&From:", self.from_edit), self.from_edit)
        form.addRow(buddy_label("&To (included):", self.to_edit), self.to_edit)
        form.addRow(buddy_label("&Note:", self.note_edit), self.note_edit)
        form.addRow(self.error_label)
        form.addRow(buttons)
        self.resize(480, self.sizeHint().height())

    def entered(self) -> Break:
        return Break(
            to_date(self.from_edit.date()),
            to_date(self.to_edit.date()),
            self.note_edit.text(),
            self._id,
        )

    def accept(self) -> None:
        try:
            self.result_break = clean_break(self.entered())
        except UserError as error:
            show_error(self.error_label, error)
            return
        super().accept()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        today: date,
        current: Break | None = None,
        entered: Break | None = None,
    ) -> Break | None:
        """`entered`: the days and note given before, when saving them was refused."""
        dialog = cls(today, current, parent)
        if entered is not None:
            dialog.from_edit.setDate(to_qdate(entered.starts_on))
            dialog.to_edit.setDate(to_qdate(entered.ends_on))
            dialog.note_edit.setText(entered.note)
            dialog.mark_refilled()
        return run_dialog(dialog, lambda d: d.result_break)


class BreaksDialog(QDialog):
    """Every break, earliest first: add, change or remove one (each undoable)."""

    def __init__(self, actions: BreakChanges, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Recovery breaks")
        self._actions = actions
        self.list = QListWidget()
        self.list.setAccessibleName("Breaks")
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.itemActivated.connect(lambda _item: self._edit())
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.empty_label = QLabel("No breaks yet. A break pauses the nudges while you rest.")
        self.empty_label.setWordWrap(True)
        self.add_button = QPushButton("&Add a break…")
        self.add_button.clicked.connect(self._add)
        self.edit_button = QPushButton("&Change…")
        self.edit_button.clicked.connect(self._edit)
        self.remove_button = QPushButton("&Remove")
        self.remove_button.setToolTip("Undo with Ctrl+Z in the main window.")
        self.remove_button.clicked.connect(self._remove)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty_label)
        layout.addLayout(buttons)
        layout.addWidget(close)
        self.resize(520, 320)
        self.refresh()

    def refresh(self, select: int | None = None) -> None:
        current = self.selected()
        wanted = select if select is not None else (current.id if current else None)
        self.list.clear()
        today = self._actions.today()
        for found in self._actions.breaks.breaks():
            text = found.text()
            if found.covers(today):
                text += " — on now"
            if found.note:
                text += f" — {found.note}"
            item = QListWidgetItem(text)  # a list item shows its text as typed
            item.setData(Qt.ItemDataRole.UserRole, found)
            item.setToolTip(plain_tooltip(text))
            self.list.addItem(item)
            if found.id == wanted:
                self.list.setCurrentItem(item)
        has_any = self.list.count() > 0
        self.list.setVisible(has_any)
        self.empty_label.setVisible(not has_any)
        self._update_buttons()

    def selected(self) -> Break | None:
        item = self.list.currentItem()
        if item is None:
            return None
        found = item.data(Qt.ItemDataRole.UserRole)
        return found if isinstance(found, Break) else None

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        self.edit_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def _add(self) -> None:
        if self._actions.add(self):
            self.refresh()

    def _edit(self) -> None:
        found = self.selected()
        if found is not None and self._actions.edit(found, self):
            self.refresh(found.id)

    def _remove(self) -> None:
        found = self.selected()
        if found is not None and self._actions.perform(
            lambda: self._actions.breaks.remove(found.id)
        ):
            self.refresh()

    @classmethod
    def ask(cls, parent: QWidget | None, actions: BreakChanges) -> None:
        run_dialog(cls(actions, parent), lambda _d: None)
