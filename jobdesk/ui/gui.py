"""The Qt application object and the main window's life, started from `jobdesk.app`."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from jobdesk.paths import Paths
from jobdesk.services.pipeline import Pipeline

if TYPE_CHECKING:
    from jobdesk.ui.main_window import MainWindow


def application() -> QApplication:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    app = QApplication(sys.argv[:1])
    app.setApplicationName("jobdesk")
    app.setApplicationDisplayName("jobdesk")
    app.setOrganizationName("jobdesk")
    app.setDesktopFileName("jobdesk")
    return app


def run_window(
    pipeline: Pipeline, paths: Paths, *, demo: bool = False, screenshot: str | None = None
) -> int:
    app = application()
    from jobdesk.ui.main_window import MainWindow

    window = MainWindow(pipeline, paths, demo=demo)
    window.show()
    if screenshot:
        # Let the first layout and paint happen before grabbing.
        QTimer.singleShot(300, lambda: _save_and_quit(window, Path(screenshot)))
    return int(app.exec())


def _save_and_quit(window: MainWindow, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    ok = window.grab().save(str(path), "PNG")
    if not ok:
        print(f"jobdesk: could not save the screenshot to {path}", file=sys.stderr)
    window.close()
    QApplication.exit(0 if ok else 1)


def show_startup_error(message: str) -> None:
    application()
    QMessageBox.critical(None, "jobdesk", message)
