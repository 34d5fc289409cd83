"""Keyboard aids for every window and dialog: a focus ring that is always visible, and
Ctrl+Enter to save a dialog that holds a multi-line text box.

Both follow the application's focus (`QApplication.focusChanged`), so no dialog has to
ask for them and a new one gets them too.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence, QPainter, QPaintEvent, QPalette, QPen, QShortcut
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QPushButton, QWidget

SUBMIT_KEYS = ("Ctrl+Return", "Ctrl+Enter")
_EQUIPPED = "jobdesk_submit_keys"


class _Ring(QWidget):
    """A two-pixel frame in the highlight colour, drawn inside the focused widget's edge
    (outside it, a parent with no margin would clip it) and letting the mouse through."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAccessibleName("Focus")

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), 2)
        painter.setPen(pen)
        painter.drawRect(self.rect().adjusted(1, 1, -1, -1))


class FocusRing(QObject):
    """Shows which widget has the keyboard focus, whichever it is: Qt's styles draw their
    own mark on some widgets only (a table's is a dotted cell, a tool button has none)."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._ring: _Ring | None = None
        self._target: QWidget | None = None
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._focus_changed)

    @property
    def target(self) -> QWidget | None:
        """The widget the ring is around now, if it is shown."""
        ring = self._ring
        if ring is None or not shiboken6.isValid(ring) or not ring.isVisible():
            return None
        return self._target

    @property
    def ring(self) -> QWidget | None:
        return self._ring if self._ring is not None and shiboken6.isValid(self._ring) else None

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if self._target is not None and shiboken6.isValid(self._target):
            self._target.removeEventFilter(self)
        self._target = None
        ring = self.ring
        if new is None or new.isWindow():
            if ring is not None:
                ring.hide()
            return
        if ring is None:
            ring = self._ring = _Ring(new)
        else:
            ring.setParent(new)
        self._target = new
        new.installEventFilter(self)
        ring.setGeometry(new.rect())
        ring.show()
        ring.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        ring = self.ring
        if watched is self._target and ring is not None and event.type() == QEvent.Type.Resize:
            assert isinstance(watched, QWidget)
            ring.setGeometry(watched.rect())
        return False


class SubmitKeys(QObject):
    """Ctrl+Enter presses a dialog's OK button when the dialog holds a multi-line text box
    (where Enter starts a new line, so it cannot be the key that saves)."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._focus_changed)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        dialog = new.window() if new is not None else None
        if not isinstance(dialog, QDialog) or dialog.property(_EQUIPPED):
            return
        from PySide6.QtWidgets import QPlainTextEdit, QTextEdit  # with the first dialog

        dialog.setProperty(_EQUIPPED, True)
        plain = dialog.findChildren(QPlainTextEdit)
        rich = dialog.findChildren(QTextEdit)
        if all(e.isReadOnly() for e in plain) and all(e.isReadOnly() for e in rich):
            return
        for keys in SUBMIT_KEYS:
            shortcut = QShortcut(QKeySequence(keys), dialog)
            shortcut.activated.connect(lambda d=dialog: submit(d))


def submit_button(dialog: QDialog) -> QAbstractButton | None:
    """The button that saves `dialog`: its button box's OK (or Yes), else its default."""
    from PySide6.QtWidgets import QDialogButtonBox  # with the first dialog

    accepting = (QDialogButtonBox.ButtonRole.AcceptRole, QDialogButtonBox.ButtonRole.YesRole)
    for box in dialog.findChildren(QDialogButtonBox):
        for button in box.buttons():
            if box.buttonRole(button) in accepting and button.isEnabled():
                return button
    for push in dialog.findChildren(QPushButton):
        if push.isDefault() and push.isEnabled() and push.isVisible():
            return push
    return None


def submit(dialog: QDialog) -> None:
    button = submit_button(dialog)
    if button is not None and button.isVisible():
        button.click()  # as a click: the dialog checks what was typed, as on OK
