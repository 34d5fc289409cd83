"""Message boxes in one place, so tests can replace them with a recorder.

Their text often quotes a file or company name, so it is always plain text: Qt would
otherwise guess markup from a name like "<b>x</b>.pdf".

Each Qt dialog class is imported when first shown: importing one makes PySide6 build its
enums, milliseconds of every start for boxes that most starts never show.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox


class Prompts:
    def message_box(self, icon: QMessageBox.Icon, parent: QWidget | None, text: str) -> QMessageBox:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(icon, "jobdesk", text, parent=parent)
        box.setTextFormat(Qt.TextFormat.PlainText)
        return box

    def error(self, parent: QWidget | None, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        self.message_box(QMessageBox.Icon.Warning, parent, text).exec()

    def info(self, parent: QWidget | None, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        self.message_box(QMessageBox.Icon.Information, parent, text).exec()

    def save_file(
        self, parent: QWidget | None, caption: str, suggested: str, filters: str
    ) -> str | None:
        """Ask where to save a file; None when the user cancels."""
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(parent, caption, suggested, filters)
        return path or None

    def open_files(self, parent: QWidget | None, caption: str, filters: str) -> list[str]:
        """Ask for files to open; an empty list when the user cancels."""
        from PySide6.QtWidgets import QFileDialog

        paths, _ = QFileDialog.getOpenFileNames(parent, caption, "", filters)
        return list(paths)

    def show_file(self, path: str) -> bool:
        """Open a file with the system's viewer; False if none would take it."""
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        return QDesktopServices.openUrl(QUrl.fromLocalFile(path))

    def confirm(self, parent: QWidget | None, text: str, action: str) -> bool:
        """Ask before doing something that cannot be undone; `action` names the yes button."""
        from PySide6.QtWidgets import QMessageBox

        box = self.message_box(QMessageBox.Icon.Question, parent, text)
        yes = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is yes

    def choose(
        self, parent: QWidget | None, text: str, actions: list[str], default: int | None = 0
    ) -> int | None:
        """Ask which of `actions` to take (Enter presses `actions[default]`, or Cancel when
        `default` is None: no real change on a stray Enter); None for Cancel."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Question, "jobdesk", text, parent=parent)
        box.setTextFormat(Qt.TextFormat.PlainText)
        buttons = [box.addButton(a, QMessageBox.ButtonRole.AcceptRole) for a in actions]
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(buttons[default] if buttons and default is not None else cancel)
        box.exec()
        clicked = box.clickedButton()
        return next((i for i, b in enumerate(buttons) if b is clicked), None)

    def ask_text(self, parent: QWidget | None, text: str, ok: str, skip: str) -> str | None:
        """Ask for one line of text; None when `skip` (or Escape) is chosen."""
        from PySide6.QtWidgets import QInputDialog

        dialog = QInputDialog(parent)
        dialog.setWindowTitle("jobdesk")
        dialog.setLabelText(text)
        dialog.setOkButtonText(ok)
        dialog.setCancelButtonText(skip)
        return dialog.textValue() if dialog.exec() else None

    def open_url(self, url: str) -> bool:
        """Hand an already-encoded URL (a mailto: link) to the desktop; False if nothing took it."""
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        return QDesktopServices.openUrl(QUrl.fromEncoded(url.encode("ascii")))
