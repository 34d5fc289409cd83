"""The Qt application object and the main window's life, started from `jobdesk.app`."""

from __future__ import annotations

import logging
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication

from jobdesk.domain.wording import counted
from jobdesk.services.late import LateServices, StartFailed
from jobdesk.ui.dialogs.prompts import Prompts
from jobdesk.ui.dialogs.theme import Theme
from jobdesk.ui.shell.first_paint import AfterFirstPaint, StartClock
from jobdesk.ui.shell.qt_app import application

if TYPE_CHECKING:
    from jobdesk.services.bundle import Services
    from jobdesk.ui.shell.main_window import MainWindow


log = logging.getLogger(__name__)


def install_excepthook(log_file: Path, *, interactive: bool = True) -> None:
    """A bug in a slot is logged and explained instead of silently killing the window.

    Not interactive (--check-start, --screenshot): said on stderr, and jobdesk quits with
    an error instead of waiting for a click nobody will make."""

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if isinstance(error, StartFailed):
            # The data file could not be opened after the window showed: it closes, and
            # `jobdesk.app` says why as it would have before the window (`late.failure`).
            log.error("the data file could not be opened: %s", error)
            QApplication.exit(1)
            return
        log.critical("unexpected error", exc_info=(kind, error, tb))
        text = crash_text(error, log_file)
        if not interactive:
            if sys.stderr is not None:
                print(f"jobdesk: {text}", file=sys.stderr, flush=True)
            QApplication.exit(1)
            return
        from PySide6.QtWidgets import QMessageBox

        Prompts().message_box(QMessageBox.Icon.Critical, QApplication.activeWindow(), text).exec()

    sys.excepthook = hook


def crash_text(error: BaseException, log_file: Path) -> str:
    """What the catch-all dialog says; never that the data is safe after a storage error."""
    import sqlite3

    import peewee

    from jobdesk.services.storage import StorageError, storage_cause

    details = f"The details are in {log_file}; please include them in a bug report."
    if isinstance(error, sqlite3.Error | peewee.DatabaseError | StorageError):
        cause = storage_cause(error) or f"SQLite said: {error}"
        return (
            f"jobdesk could not read or save your data: {cause}.\n\nQuit jobdesk and start "
            "it again: it checks the data file first and offers your newest good backup if "
            f"the file is damaged. {details}"
        )
    return (
        f"Something went wrong inside jobdesk ({type(error).__name__}: {error}).\n\n"
        "Your data is safe: each change is saved whole or not at all. " + details
    )


def run_window(
    services: Services | LateServices,
    *,
    demo: bool = False,
    screenshot: str | None = None,
    tab: str | None = None,
    window_size: tuple[int, int] | None = None,
    color_scheme: str | None = None,
    check_start: bool = False,
    files: list[Path] | None = None,
    started: float | None = None,
) -> int:
    app = application()
    install_excepthook(services.paths.log_file, interactive=not (screenshot or check_start))
    from jobdesk.ui.shell.main_window import MainWindow

    forced = {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}.get(color_scheme or "")
    theme = Theme(app, forced)  # held until the event loop ends: it follows the system
    window = MainWindow(services, demo=demo)
    if window_size:
        window.resize(*window_size)
    if not tab:
        window.open_start_tab()
    elif not window.select_tab(tab):
        print(f"jobdesk: there is no tab called {tab!r}", file=sys.stderr)
    window.show()
    window.focus_tab_content()
    log.info("window shown")
    if sys.platform == "darwin":
        # At once: macOS may deliver the files jobdesk was opened with in the first turn.
        # (Only there: elsewhere no such event comes, and a filter on the application is
        # a Python call for every event of every widget.)
        app.installEventFilter(_FileOpenFilter(window))
    # None of this is needed for the first paint: it starts right after it, a step per
    # turn of the event loop so that the window keeps answering. A new search's services
    # open first; whatever needs them sooner (a click, a dropped file) opens them itself.
    steps: list[Callable[[], None]] = []
    if isinstance(services, LateServices) and not services.loaded:
        steps += [_import_store, _import_services, lambda: _open_services(window, services)]
    steps.append(lambda: _after_shown(window, demo=demo, reminders=not (screenshot or check_start)))
    started_up: list[bool] = []  # filled by the last step
    steps.append(lambda: started_up.append(True))
    AfterFirstPaint(window, steps)
    if screenshot:
        # Let the first layout and paint happen before grabbing, and the start finish: a
        # new search whose data folder fails to open closes without a picture, however
        # slow the machine.
        QTimer.singleShot(300, lambda: _save_once_started(window, Path(screenshot), started_up))
    if check_start and not screenshot:
        # Read at the first turn of the event loop once the window is shown, and once it has
        # painted, as the benchmark reads the bare window it compares with; the check
        # follows the paint.
        clock = StartClock(window, time.perf_counter() if started is None else started)
        clock.painted.connect(lambda: _report_start_and_quit(window, clock))
    if files:
        # Like a drop on the window, once the event loop runs.
        QTimer.singleShot(0, lambda: window.open_files(files))
    code = int(app.exec())
    del theme
    if isinstance(services, LateServices) and services.failure is not None:
        window.hide()  # the start goes on without it (a backup may be offered first)
        window.deleteLater()
    return code


def _import_store() -> None:
    """peewee and the store's tables: the modules alone (about 30 ms), a step of their own so
    that no turn of the event loop holds the window for long."""
    import jobdesk.store.tables  # noqa: F401


def _import_services() -> None:
    """The services (as long again): with the store, most of the time opening them takes."""
    import jobdesk.services.backups
    import jobdesk.services.bundle  # noqa: F401


def _open_services(window: MainWindow, services: LateServices) -> None:
    try:
        services.load()
    except StartFailed:
        window.close()
        QApplication.exit(1)
        return
    window.services_opened()


def _after_shown(window: MainWindow, *, demo: bool, reminders: bool) -> None:
    """The full check of the data file, desktop reminders, and listening for files another
    launch of jobdesk hands over."""
    late = window.services
    if isinstance(late, LateServices) and late.failure is not None:
        return  # the window is closing
    from jobdesk.logs import write_log

    write_log()  # what was held until the window painted, then as it comes
    if not demo:
        window.backups.start_checks()
    if reminders:
        window.reminders.start()
    from jobdesk.ui.shell.instance_channel import FileReceiver  # Qt's network module: 10 ms

    receiver = FileReceiver(window.services.paths.data_dir, window)
    receiver.files_received.connect(lambda paths: _files_from_elsewhere(window, paths))


# Names a town so that the check needs the letter reader's list of towns too.
CHECK_PHRASE = "Base salary of 123,456 per year, based in Leeds"


def _check_letter_reading() -> str | None:
    """Write a one-line PDF and read it the way dropped letters are read: in a spawned
    process, with pypdf. In a bundle this proves both were packaged."""
    from PySide6.QtGui import QPageSize, QPainter, QPdfWriter

    from jobdesk.domain.attachments import FileFormat
    from jobdesk.services.letter_text import read_with_time_limit

    with tempfile.TemporaryDirectory(prefix="jobdesk-check-") as folder:
        pdf = Path(folder) / "letter.pdf"
        writer = QPdfWriter(str(pdf))
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        painter = QPainter(writer)
        painter.drawText(200, 400, CHECK_PHRASE)
        painter.end()
        reading = read_with_time_limit(pdf, FileFormat.PDF, time_limit=60)
    if CHECK_PHRASE not in " ".join(reading.text.split()):
        return f"a test letter could not be read ({reading.note or 'no text came back'})"
    if reading.terms is None or reading.terms.location is None:
        return "a test letter's place of work was not found (is the list of towns missing?)"
    return None


def _files_from_elsewhere(window: MainWindow, paths: list[Path]) -> None:
    """Files opened with jobdesk while it runs: bring the window forward and take them in."""
    log.info("received %d file(s) from another launch", len(paths))
    if window.isMinimized():
        window.showNormal()
    window.raise_()
    window.activateWindow()
    window.open_files(paths)


class _FileOpenFilter(QObject):
    """macOS sends files dropped on the Dock icon or opened with the app as FileOpen events."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        from PySide6.QtGui import QFileOpenEvent

        self._kind = QFileOpenEvent

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen and isinstance(event, self._kind):
            self._window.open_files([Path(event.file())])
            return True
        return super().eventFilter(watched, event)


def _report_start_and_quit(window: MainWindow, clock: StartClock) -> None:
    """For --check-start: fail when the installation is incomplete (no icon, no window, no
    letter reading); the times reported stop before the letter check."""
    count = window.pipeline_tab.model.rowCount()
    problems = []
    if isinstance(window.services, LateServices):
        try:  # the data file too, as on a start with data
            window.services.load()
        except StartFailed as failed:
            problems.append(f"the data file could not be opened ({failed})")
    if QApplication.windowIcon().isNull():
        problems.append("the app icon could not be loaded")
    if not window.isVisible():
        problems.append("the window is not shown")
    letter_problem = _check_letter_reading()
    if letter_problem:
        problems.append(letter_problem)
    say = (
        f"jobdesk started in {clock.shown or 0:.2f} s (painted at {clock.painted_at or 0:.2f} s) "
        f"with {counted(count, 'application')}"
    )
    say += (
        f"; problems: {', '.join(problems)}."
        if problems
        else "; the window was shown and a test letter was read."
    )
    if sys.stdout is not None:  # a windowed Windows build has no console
        print(say, flush=True)
    log.info(say)
    window.close()
    QApplication.exit(1 if problems else 0)


def _save_once_started(window: MainWindow, path: Path, started_up: list[bool]) -> None:
    if started_up:
        _save_and_quit(window, path)
    else:  # the steps after the first paint are still running: look again shortly
        QTimer.singleShot(20, lambda: _save_once_started(window, path, started_up))


def _save_and_quit(window: MainWindow, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    ok = window.grab().save(str(path), "PNG")
    if not ok:
        print(f"jobdesk: could not save the screenshot to {path}", file=sys.stderr)
    window.close()
    QApplication.exit(0 if ok else 1)


def show_startup_error(message: str) -> None:
    application()
    from PySide6.QtWidgets import QMessageBox

    Prompts().message_box(QMessageBox.Icon.Critical, None, message).exec()
