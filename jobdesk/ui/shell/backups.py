"""File ▸ Back up now and File ▸ Restore…, the automatic backups while the window is open,
the full check of the data file once it shows, and the offer of a backup at start. The list
of backups to restore (restore_dialog.py) loads when first opened."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from jobdesk.domain.backup_kinds import BACKUP_EVERY
from jobdesk.domain.errors import UserError
from jobdesk.ui.dialogs.prompts import Prompts

if TYPE_CHECKING:
    from jobdesk.services.backups import Backups
    from jobdesk.services.changes import Change
    from jobdesk.store.backup import BackupInfo

log = logging.getLogger(__name__)

__all__ = ["BackupsController", "ask_at_start", "describe"]


# The services' wording of a backup, imported when one is first described: the window's
# File menu is built before the services (and peewee) are loaded.
def describe(info: BackupInfo) -> str:
    from jobdesk.services.backups import describe as described

    return described(info)


def backed_up_text(info: BackupInfo) -> str:
    from jobdesk.services.backups import backed_up_text as said

    return said(info)


def ask_at_start(message: str, has_backup: bool, prompts: Prompts | None = None) -> str | None:
    """The data file is missing, empty or damaged: "restore", "empty", or None to quit."""
    from jobdesk.ui.shell.qt_app import application

    application()
    choices = ["Restore this backup"] if has_backup else []
    choices.append("Start an empty search")
    text = (
        f"{message}\n\nRestoring puts that backup's search back; nothing else is deleted. "
        "An empty search starts over, and your kept files stay in the data folder."
    )
    picked = (prompts or Prompts()).choose(None, text, choices)
    if picked is None:
        return None
    return "restore" if has_backup and picked == 0 else "empty"


class BackupsController(QObject):
    """The two File menu actions and the backup timer; `replaced(change)` reloads the whole
    window after a restore and says what it did."""

    def __init__(
        self,
        backups: Backups,
        prompts: Prompts,
        replaced: Callable[[Change], None],
        parent: QWidget,
        *,
        automatic: bool = True,
    ) -> None:
        super().__init__(parent)
        self._backups = backups
        self._prompts = prompts
        self._replaced = replaced
        self._parent = parent
        self._check_job: QObject | None = None
        # No "…": it backs up at once, with nothing more to ask.
        self.backup_action = QAction("&Back up now", parent)
        self.backup_action.setStatusTip("Make a checked copy of your search and its files")
        self.backup_action.triggered.connect(lambda _checked=False: self.back_up_now())
        self.restore_action = QAction("&Restore…", parent)
        self.restore_action.setStatusTip("Put your search back as it was in a backup")
        self.restore_action.triggered.connect(lambda _checked=False: self.restore())
        self.actions = [self.backup_action, self.restore_action]
        self.timer = QTimer(self)
        self.timer.setInterval(int(BACKUP_EVERY.total_seconds() * 1000))
        self.timer.timeout.connect(self.tick)
        if automatic:
            self.timer.start()

    def tick(self) -> BackupInfo | None:
        """The automatic backup: only when something changed. A failure is said once it
        happens, not every half hour after."""
        try:
            return self._backups.backup_if_changed()
        except UserError as error:
            log.error("automatic backup failed: %s", error.message)
            self.timer.stop()
            self._prompts.error(
                self._parent,
                f"{error.message}\n\nAutomatic backups are paused until jobdesk starts again.",
            )
            return None

    def back_up_now(self) -> BackupInfo | None:
        try:
            info = self._backups.backup_now()
        except UserError as error:
            self._prompts.error(self._parent, error.message)
            return None
        self._prompts.info(
            self._parent,
            f"{backed_up_text(info)}\n\nIt is in {info.path.parent}. Your kept files "
            "(offer letters and others) stay in the data folder for as long as a backup "
            "needs them.",
        )
        return info

    def restore(self) -> bool:
        backups = self._backups.backups()
        if not backups:
            self._prompts.info(
                self._parent,
                f"There are no backups yet. jobdesk makes one when your data has changed, at "
                f"most every half hour and when you quit; they go to {self._backups.folder}.",
            )
            return False
        from jobdesk.ui.shell.restore_dialog import RestoreDialog

        chosen = RestoreDialog.ask(self._parent, backups)
        if chosen is None:
            return False
        if not self._prompts.confirm(
            self._parent,
            f"Put your search back as it was in the backup {describe(chosen)}?\n\n"
            "What you have now is backed up first, so you can go back to it by restoring "
            "that backup.",
            "Restore",
        ):
            return False
        try:
            change = self._backups.restore(chosen.path)
        except UserError as error:
            self._prompts.error(self._parent, error.message)
            return False
        self._replaced(change)
        self._prompts.info(self._parent, f"{change.description}.")
        return True

    def start_checks(self) -> None:
        """SQLite's full check of the data file, off the UI thread, once the window shows."""
        from jobdesk.ui.dialogs.background import BackgroundJob

        self._check_job = BackgroundJob(
            self._backups.check_integrity,
            self._checked,
            lambda error: log.error("the full check did not run: %s", error.message),
            time_limit=600,
            parent=self,
        )

    def _checked(self, problem: object) -> None:
        self._check_job = None
        if problem is None:
            log.info("the full check of the data file passed")
            return
        log.error("the full check of the data file failed: %s", problem)
        self.timer.stop()  # a damaged file must not push good backups out of the rotation
        self._prompts.error(
            self._parent,
            "jobdesk found damage in your data file. Your changes may not all be saved "
            "correctly from now on.\n\nUse File ▸ Restore… to go back to your newest good "
            "backup, or quit and start jobdesk again: it will set the damaged file aside "
            "and offer that backup.",
        )
