"""The selected application's kept files, under its details: open one, or remove it (undoable)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jobdesk.domain.wording import short_date
from jobdesk.ui.dialogs.common import plain_tooltip

if TYPE_CHECKING:
    from jobdesk.domain.attachments import Attachment

ATTACHMENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1

EMPTY_TEXT = "No files yet. Drop an offer letter or the CV you sent onto this application."


class AttachmentsList(QWidget):
    """Shows attachments; emits what the user wants done, the window does it."""

    open_requested = Signal(int)
    remove_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel("<b>Files</b>")
        self.list = QListWidget()
        self.list.setAccessibleName("Files kept for this application")
        self.list.setAlternatingRowColors(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.list.itemActivated.connect(lambda _item: self._open())
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.empty = QLabel(EMPTY_TEXT)
        self.empty.setWordWrap(True)
        self.empty.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # muted, still readable
        # A wrapped label does not ask a splitter for its height: keep room for two lines.
        self.empty.setMinimumHeight(2 * self.empty.fontMetrics().lineSpacing() + 4)
        self.open_button = QPushButton("&Open")
        self.open_button.setAccessibleName("Open the file")
        self.open_button.setToolTip("Open a copy with the system's viewer (Enter)")
        self.open_button.clicked.connect(self._open)
        self.remove_button = QPushButton("Re&move")
        self.remove_button.setAccessibleName("Remove the file")
        self.remove_button.setToolTip("Remove it from this application; Undo brings it back")
        self.remove_button.clicked.connect(self._remove)
        buttons = QHBoxLayout()
        buttons.addWidget(self.title)
        buttons.addStretch()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        self.set_attachments([])

    def set_attachments(self, items: list[Attachment]) -> None:
        current = self.current_id()
        self.list.clear()
        for item in items:
            row = QListWidgetItem(_label(item))
            row.setData(ATTACHMENT_ID_ROLE, item.id)
            row.setToolTip(_tooltip(item))
            self.list.addItem(row)
            if item.id == current:
                self.list.setCurrentItem(row)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self.list.setVisible(bool(items))
        self.empty.setVisible(not items)
        self._update_buttons()

    def current_id(self) -> int | None:
        item = self.list.currentItem()
        return int(item.data(ATTACHMENT_ID_ROLE)) if item is not None else None

    def ids(self) -> list[int]:
        return [int(self.list.item(i).data(ATTACHMENT_ID_ROLE)) for i in range(self.list.count())]

    def _update_buttons(self) -> None:
        chosen = self.current_id() is not None
        self.open_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def _open(self) -> None:
        chosen = self.current_id()
        if chosen is not None:
            self.open_requested.emit(chosen)

    def _remove(self) -> None:
        chosen = self.current_id()
        if chosen is not None:
            self.remove_requested.emit(chosen)


def _label(item: Attachment) -> str:
    from jobdesk.domain.attachments import AttachmentKind  # loaded once files are shown

    inside = "    ↳ " if item.parent_id is not None else ""
    kind = "" if item.kind is AttachmentKind.OTHER else f" — {item.kind.label.lower()}"
    unread = "" if item.readable or not item.format.readable else "  (not read)"
    return f"{inside}{item.display_name}{kind}{unread}"


def _tooltip(item: Attachment) -> str:
    lines = [
        item.display_name,
        f"{item.format.label}, {item.size_text}, "
        f"added {short_date(item.added_at)} {item.added_at:%H:%M}",
    ]
    if item.note:
        lines.append(item.note)
    return plain_tooltip("\n".join(lines))
