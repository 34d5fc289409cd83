"""File ▸ Export… (a spreadsheet, everything, or a calendar) and File ▸ Open a full export…

Writing a file runs on a worker thread, so a large search never freezes the window; the
file is written whole or not at all (services/exports.py), and what was written is said.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QWidget

from jobdesk.domain.errors import UserError
from jobdesk.services.changes import Change
from jobdesk.ui.dialogs.prompts import Prompts

if TYPE_CHECKING:
    from jobdesk.services.bundle import Services
    from jobdesk.services.exports import Exports
    from jobdesk.ui.dialogs.background import BackgroundJob

# (what the user picks, the format, the suggested file name, the file dialog's filter)
CHOICES = (
    ("A spreadsheet of the pipeline (CSV)", "csv", "jobdesk-pipeline.csv", "CSV (*.csv)"),
    ("Everything, to keep or move (JSON)", "json", "jobdesk-export.json", "JSON (*.json)"),
    (
        "Interviews and reply deadlines (calendar)",
        "ics",
        "jobdesk-calendar.ics",
        "Calendar (*.ics)",
    ),
)
EXPORT_TIME_LIMIT = 600.0  # seconds: a JSON of 100,000 applications takes a few


class ExportActions(QObject):
    """The two File menu actions; `perform` announces an import like any other change."""

    def __init__(
        self,
        services: Services,
        perform: Callable[[Callable[[], Change]], Change | None],
        prompts: Prompts,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._perform = perform
        self._prompts = prompts
        self._parent = parent
        self.job: BackgroundJob | None = None
        self.export_action = QAction("&Export…", parent)
        self.export_action.setShortcut("Ctrl+Shift+E")
        self.export_action.setStatusTip(
            "Save the pipeline as a spreadsheet, everything as JSON, or a calendar file"
        )
        self.export_action.triggered.connect(lambda _checked=False: self.export())
        self.open_export_action = QAction("Open a &full export…", parent)
        self.open_export_action.setStatusTip(
            "Read a JSON export of everything into this search (only while it is empty)"
        )
        self.open_export_action.triggered.connect(lambda _checked=False: self.open_export())
        parent.addAction(self.export_action)

    def _exports(self) -> Exports:
        from jobdesk.services.exports import Exports  # only when exporting

        return Exports(None, self._services.pipeline, self._services.interviews)

    def export(self) -> BackgroundJob | None:
        """Ask what and where, then write it on a worker; None when the user cancels."""
        picked = self._prompts.choose(
            self._parent, "What would you like to export?", [c[0] for c in CHOICES]
        )
        if picked is None:
            return None
        _label, kind, suggested, filters = CHOICES[picked]
        chosen = self._prompts.save_file(self._parent, "Export", suggested, filters)
        if not chosen:
            return None
        path = Path(chosen)
        if not path.suffix:
            path = path.with_suffix("." + kind)
        exports = self._exports()

        def job() -> str:
            return exports.write_on_worker(kind, path)

        QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        self.export_action.setEnabled(False)
        from jobdesk.ui.dialogs.background import BackgroundJob

        self.job = BackgroundJob(
            job, self._written, self._failed, time_limit=EXPORT_TIME_LIMIT, parent=self
        )
        return self.job

    def _done(self) -> None:
        QGuiApplication.restoreOverrideCursor()
        self.export_action.setEnabled(True)
        self.job = None

    def _written(self, message: object) -> None:
        self._done()
        self._prompts.info(self._parent, str(message))

    def _failed(self, error: UserError) -> None:
        self._done()
        self._prompts.error(self._parent, error.message)

    def open_export(self) -> Change | None:
        """Read a JSON export into this (empty) search, in one transaction."""
        from jobdesk.services.exports import read_export

        files = self._prompts.open_files(self._parent, "Open a full export", "JSON (*.json)")
        if not files:
            return None
        path = Path(files[0])
        exports = self._exports()

        def call() -> Change:
            try:
                text = path.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                raise UserError(
                    f"{path.name} could not be read ({exc}). Nothing was imported."
                ) from exc
            return exports.import_everything(read_export(text))

        return self._perform(call)
