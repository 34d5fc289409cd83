"""Wires the import into the window: File ▸ Import…, and CSV/TSV files dropped on it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from jobdesk.services.changes import Change
from jobdesk.ui.dialogs.prompts import Prompts

if TYPE_CHECKING:
    from jobdesk.services.bundle import Services

OPEN_FILTERS = "Spreadsheet exports (*.csv *.tsv *.tab *.txt);;All files (*)"


class ImportActions(QObject):
    def __init__(
        self,
        parent: QWidget,
        services: Services,
        perform: Callable[[Callable[[], Change]], Change | None],
        prompts: Prompts,
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self._services = services  # the importer and the wizard load at the first import
        self._perform = perform
        self._prompts = prompts
        self.action = QAction("&Import…", parent)
        self.action.setStatusTip(
            "Bring in applications from a spreadsheet or another tracker (CSV or TSV); "
            "or drop the file on the window"
        )
        self.action.triggered.connect(lambda _checked=False: self.choose_file())
        parent.addAction(self.action)

    def choose_file(self) -> None:
        chosen = self._prompts.open_files(self._parent, "Import applications", OPEN_FILTERS)
        if chosen:
            self.open(Path(chosen[0]))

    def take_file(self, path: Path) -> bool:
        """Open the wizard for a dropped file that is a table; False for any other file
        (an offer letter, which the drop handling keeps)."""
        if not self._services.importer.is_table_file(path):
            return False
        self.open(path)
        return True

    def open(self, path: Path) -> None:
        from jobdesk.ui.import_wizard.wizard import ImportWizard

        result = ImportWizard.ask(self._parent, self._services.importer, path, self._prompts)
        if result is None:
            return
        change = result.change
        if change is None:
            self._prompts.info(self._parent, result.text())
            return
        # Already written on the worker: announced like any other change, and undoable.
        self._perform(lambda: change)
