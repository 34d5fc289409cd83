"""The About box: version, where the data lives, and a way to open that folder."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jobdesk import __version__


class AboutDialog(QDialog):
    @classmethod
    def ask(cls, parent: QWidget | None, data_dir: Path) -> None:
        dialog = cls(parent, data_dir=data_dir)
        dialog.exec()
        dialog.deleteLater()

    def __init__(self, parent: QWidget | None = None, *, data_dir: Path) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.setWindowTitle("About jobdesk")
        icon = QLabel()
        icon.setPixmap(QApplication.windowIcon().pixmap(96, 96))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.text = QLabel(
            f"<h2>jobdesk {escape(__version__)}</h2>"
            "<p>Run your job search as a pipeline you can measure and debug.<br>"
            "Everything stays on this computer.</p>"
            f"<p><b>Your data folder</b><br>{escape(str(data_dir))}</p>"
        )
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setWordWrap(True)
        self.text.setAccessibleName("About jobdesk")
        self.open_button = QPushButton("&Open data folder")
        self.open_button.setAccessibleName("Open data folder")
        self.open_button.clicked.connect(self.open_data_folder)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName("Close")
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(icon)
        row.addWidget(self.text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.resize(520, 240)

    def folder_url(self) -> QUrl:
        return QUrl.fromLocalFile(str(self.data_dir))

    def open_data_folder(self) -> None:
        QDesktopServices.openUrl(self.folder_url())
