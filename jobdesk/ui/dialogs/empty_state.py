"""What a tab shows before there is any application: what it is for, and the two ways to start
(the Pipeline, Today and the Board say it alike; the window connects the two buttons)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from jobdesk.ui.dialogs.common import add_centered_text

START_TEXT = (
    "Add the first application you have sent, or load a sample search to look around. The "
    "sample can be removed again with Undo."
)


class NoApplicationsYet(QWidget):
    """A title, what the tab will show, and *Add an application* / *Load a sample search*."""

    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = QLabel(f"<h2>{title}</h2>")
        about = QLabel(f"{text}<br><br>{START_TEXT}")
        about.setAccessibleName(title)
        self.add_button = QPushButton("&Add an application")
        self.add_button.setAccessibleName("Add an application")
        self.add_button.setDefault(True)
        self.sample_button = QPushButton("Load a &sample search")
        self.sample_button.setAccessibleName("Load a sample search")
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.sample_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addStretch()
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(heading, 0, Qt.AlignmentFlag.AlignHCenter)
        about.setAlignment(Qt.AlignmentFlag.AlignCenter)
        add_centered_text(layout, about, 520)
        layout.addSpacing(12)
        layout.addLayout(buttons)
        layout.addStretch(2)
