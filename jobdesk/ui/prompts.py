"""Message boxes in one place, so tests can replace them with a recorder."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


class Prompts:
    def error(self, parent: QWidget | None, text: str) -> None:
        QMessageBox.warning(parent, "jobdesk", text)

    def info(self, parent: QWidget | None, text: str) -> None:
        QMessageBox.information(parent, "jobdesk", text)
