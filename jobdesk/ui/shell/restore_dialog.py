"""File ▸ Restore…'s list of backups, each by when it was taken and why; loaded when first
opened (the window's File menu holds only its action, in backups.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jobdesk.domain.backup_kinds import AUTOMATIC, BEFORE_RESTORE, BEFORE_SCHEMA
from jobdesk.services.backups import when_text
from jobdesk.ui.dialogs.common import name_buttons, run_dialog
from jobdesk.ui.dialogs.table_support import setup_table

if TYPE_CHECKING:
    from jobdesk.store.backup import BackupInfo

REASONS = {
    AUTOMATIC: "Automatic",
    BEFORE_RESTORE: "Before a restore",
    BEFORE_SCHEMA: "Before an update",
}


class RestoreDialog(QDialog):
    """Each backup with when it was taken, what it holds and its kind; returns the chosen
    one."""

    @classmethod
    def ask(cls, parent: QWidget | None, backups: list[BackupInfo]) -> BackupInfo | None:
        return run_dialog(cls(backups, parent), lambda d: d.chosen())

    def __init__(self, backups: list[BackupInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Restore a backup")
        self.backups = backups
        intro = QLabel(
            "Each backup holds your search as it was when it was taken: every change you made "
            "before then, none after. Choose the backup to put back. What you have now is "
            "backed up first, so a restore can itself be undone by restoring that backup."
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        self.table = self._table(backups)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        name_buttons(self.buttons, "&Restore…")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.table.itemSelectionChanged.connect(self._update)
        self.table.itemDoubleClicked.connect(lambda _item: self._accept_if_ok())
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(self.buttons)
        first_good = next((i for i, b in enumerate(backups) if b.ok), None)
        if first_good is not None:
            self.table.selectRow(first_good)
        self._update()
        self.resize(760, 420)

    def _table(self, backups: list[BackupInfo]) -> QTableWidget:
        table = QTableWidget(len(backups), 3)
        table.setAccessibleName("Backups")
        # No "last change": edits in place and deletions leave no time behind, so it was
        # often older than the truth; when a backup was taken is what is known for sure.
        table.setHorizontalHeaderLabels(["Taken", "Applications", "Kind"])
        setup_table(table)
        table.verticalHeader().hide()
        for row, info in enumerate(backups):
            kind = REASONS.get(info.reason, "Made by you")
            cells = [
                when_text(info.taken_at),
                str(info.applications) if info.ok else "—",
                kind if info.ok else f"Cannot be restored: {info.problem}",
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(info.path.name)
                if column == 1:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if not info.ok:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsSelectable)
                table.setItem(row, column, item)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        return table

    def chosen(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        info = self.backups[rows[0].row()]
        return info if info.ok else None

    def _update(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.chosen() is not None)

    def _accept_if_ok(self) -> None:
        if self.chosen() is not None:
            self.accept()
