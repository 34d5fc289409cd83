"""Small pieces every dialog uses: date conversion, accessible names, inline errors."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QDate, QSize, Qt
from PySide6.QtWidgets import QBoxLayout, QDialog, QHBoxLayout, QLabel, QWidget

from jobdesk.domain.errors import UserError
from jobdesk.ui.dialogs.theme import ERROR_TEXT, set_text_colour

# The window's first screen uses a few of these helpers; the classes only dialogs use (date
# boxes, drop-down lists, button boxes: about 3 ms of Qt's types to make) are imported by the
# helpers that need them, when a dialog is first opened.
if TYPE_CHECKING:
    from PySide6.QtWidgets import QDateEdit, QDialogButtonBox, QScrollArea, QTimeEdit


def plain_tooltip(text: str) -> str:
    """A tooltip that reads as exactly `text`, whatever it holds.

    Qt guesses whether a tooltip is rich text, so a name like "<b>x</b>" would be
    rendered as markup; escaped inside markup that says it is rich text, it is shown as
    typed, line breaks and runs of spaces included.
    """
    if not text:
        return ""
    # What html.escape(text, quote=False) does; the html module (with its table of every
    # named entity) is not imported before the window shows for it.
    escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return "<p style='white-space:pre-wrap'>" + escaped + "</p>"


def action_text(text: str, limit: int = 60) -> str:
    """User text (a name) for a menu item or button: shown as typed, and cut short.

    Qt reads a single "&" as the mark of the shortcut letter, so "GmbH & Co. KG" would
    show as "GmbH  Co. KG"; a long name would stretch a menu past the screen's edge.
    """
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return text.replace("&", "&&")


def plain_label(text: str = "") -> QLabel:
    """A label for text that came from the user or a file: never read as markup."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def add_centered_text(layout: QBoxLayout, label: QLabel, width: int) -> None:
    """Add a word-wrapped `label` to `layout`, centred and at most `width` wide, whole.

    Added with an alignment flag, a wrapped label is given the height its size hint
    computes for a narrower width than it gets, so its last lines are cut off; in a row
    between two stretches the layout asks it for its height at the width it really has.
    """
    label.setWordWrap(True)
    label.setMaximumWidth(width)
    row = QHBoxLayout()
    # The label takes the width first (up to `width`); the stretches share what is left.
    row.addStretch(1)
    row.addWidget(label, 100)
    row.addStretch(1)
    layout.addLayout(row)


def to_qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def to_date(qd: QDate) -> date:
    value = qd.toPython()
    assert isinstance(value, date)
    return value


def set_name(widget: QWidget, name: str) -> None:
    """Give a control its accessible name, and its inner line edit too, if it has one.

    Screen readers land on the inner editor of editable combo boxes and date
    edits, so it needs the same name as its owner.
    """
    from PySide6.QtWidgets import QComboBox, QDateTimeEdit, QLineEdit

    widget.setAccessibleName(name)
    if isinstance(widget, QComboBox | QDateTimeEdit):
        inner = widget.findChild(QLineEdit)
        if inner is not None:
            inner.setAccessibleName(name)


def make_date_edit(name: str, value: date, *, latest: date | None = None) -> QDateEdit:
    """The date box every form uses: one Tab stop, a calendar to pick from, 22 Nov 2026."""
    from jobdesk.ui.dialogs.date_boxes import DateBox

    edit = DateBox()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("d MMM yyyy")
    if latest is not None:
        edit.setMaximumDate(to_qdate(latest))
    edit.setDate(to_qdate(value))
    set_name(edit, name)
    return edit


def make_time_edit(name: str) -> QTimeEdit:
    """The time box every form uses: one Tab stop, 24-hour 09:30."""
    from jobdesk.ui.dialogs.date_boxes import TimeBox

    edit = TimeBox()
    edit.setDisplayFormat("HH:mm")
    set_name(edit, name)
    return edit


def make_error_label() -> QLabel:
    """A hidden label for the message of a UserError, red but readable on dark palettes too."""
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAccessibleName("Error")
    set_text_colour(label, ERROR_TEXT)
    label.hide()
    return label


def show_error(label: QLabel, error: UserError) -> None:
    label.setText(error.message)
    label.show()


def name_buttons(buttons: QDialogButtonBox, ok_text: str) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.setText(ok_text)
    ok.setAccessibleName(ok_text.replace("&", ""))
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
    cancel.setAccessibleName("Cancel")


def buddy_label(text: str, buddy: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(buddy)
    return label


# The smallest screen jobdesk is made for, less the room a dialog's title bar and frame take
# (a dialog's size leaves them out): every dialog opens within it, and scrolls if it must.
SMALLEST_SCREEN = QSize(900, 600)
TITLE_BAR = 40
FRAME = 10  # each side
DIALOG_ROOM = QSize(SMALLEST_SCREEN.width() - 2 * FRAME, SMALLEST_SCREEN.height() - TITLE_BAR)


def fields_scroll(body: QWidget) -> QScrollArea:
    """The scroll area round a form's fields. It takes no keyboard focus of its own: it is
    no stop in the Tab order, so the form opens on its first field, and it still scrolls to
    whichever field the keyboard moves to."""
    from PySide6.QtWidgets import QScrollArea

    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setWidget(body)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return scroll


def open_at(dialog: QDialog, width: int, height: int) -> None:
    """Open `dialog` at `width`×`height`, no larger than DIALOG_ROOM nor than the screen it
    opens on (less its title bar)."""
    size = QSize(width, height).boundedTo(DIALOG_ROOM)
    screen = (dialog.parentWidget() or dialog).screen()
    if screen is not None:
        free = screen.availableGeometry().size()
        size = size.boundedTo(QSize(free.width() - 2 * FRAME, free.height() - TITLE_BAR))
    dialog.resize(size)


D = TypeVar("D", bound=QDialog)
T = TypeVar("T")


def run_dialog(dialog: D, answer: Callable[[D], T]) -> T | None:
    """Show `dialog` modally; `answer(dialog)` if the user accepted it, else None. Every
    dialog's `ask()` ends here, so each is deleted once it is done with."""
    try:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return answer(dialog)
        return None
    finally:
        dialog.deleteLater()
