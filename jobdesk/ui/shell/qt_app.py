"""The QApplication and its icon: made once, by the window or by a dialog shown before it
(the backup offered at a failed start), without importing the window itself."""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QApplication

from jobdesk import APP_ID
from jobdesk.ui.dialogs.artwork import icon_file

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
    """Every size of the app icon. Installed as plain files they are named, and Qt reads each
    only when a size is drawn (decoding all eight at once cost 15 ms of every start)."""
    icon = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        name = f"jobdesk-{size}.png"
        path = icon_file(name)
        if path is not None:
            icon.addFile(path, QSize(size, size))
            continue
        from importlib.resources import files  # inside an archive: read now

        try:
            data = files("jobdesk.resources.icons").joinpath(name).read_bytes()
        except OSError:
            log.warning("the %s px app icon is missing from this installation", size)
            continue
        pixmap = QPixmap()
        if pixmap.loadFromData(data, "PNG"):
            icon.addPixmap(pixmap)
    return icon
