"""The QApplication and its icon: made once, by the window or by a dialog shown before it
(the backup offered at a failed start), without importing the window itself."""

from __future__ import annotations

import logging
import sys
from importlib.resources import files

from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QApplication

from jobdesk.desktop_entry import APP_ID

log = logging.getLogger("jobdesk")


def application() -> QApplication:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    app = QApplication(sys.argv[:1])
    app.setApplicationName("jobdesk")
    app.setApplicationDisplayName("jobdesk")
    app.setOrganizationName("jobdesk")
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())
    return app


def app_icon() -> QIcon:
    icon = QIcon()
    icons = files("jobdesk.resources.icons")
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        try:
            data = icons.joinpath(f"jobdesk-{size}.png").read_bytes()
        except OSError:
            log.warning("the %s px app icon is missing from this installation", size)
            continue
        pixmap = QPixmap()
        if pixmap.loadFromData(data, "PNG"):
            icon.addPixmap(pixmap)
    return icon
