"""Start-up, in order: arguments, paths, logging, single-instance lock, database, services, window.

Qt is imported only once everything before the window has worked, and heavy
modules (pyqtgraph, parsers) are left to the views that need them, so a
double-clicked jobdesk shows its window quickly. A new search (no data file, nothing
kept) shows its window first: its database and services open after the first paint.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from jobdesk import __version__
from jobdesk.domain.errors import UserError
from jobdesk.logs import start_log, write_log

if TYPE_CHECKING:
    from peewee import SqliteDatabase

    from jobdesk.paths import Paths
    from jobdesk.services.bundle import Services
    from jobdesk.services.late import LateServices

STARTED = time.perf_counter()  # for --check-start (the benchmark times from the process start)

log = logging.getLogger("jobdesk")

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_ALREADY_RUNNING = 3


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="jobdesk",
        description="Run your job search as a pipeline you can measure and debug.",
    )
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="the folder holding your data (default: $JOBDESK_HOME, else the platform's "
        "user data folder)",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open a sample search in a throw-away folder; your own data is not touched",
    )
    parser.add_argument(
        "--screenshot",
        metavar="PATH",
        help="save a PNG of the main window once it is shown, then quit",
    )
    parser.add_argument(
        "--tab",
        metavar="NAME",
        help="open on this tab (e.g. pipeline); with --screenshot, pictures that tab",
    )
    parser.add_argument(
        "--window-size",
        metavar="WxH",
        type=window_size,
        help="open the window at this size in pixels (e.g. 900x600); with --screenshot, "
        "pictures it at that size",
    )
    parser.add_argument(
        "--color-scheme",
        choices=("light", "dark"),
        help="use the light or the dark colours whatever the system's setting (by default "
        "jobdesk follows it); with --screenshot, pictures the window in them",
    )
    parser.add_argument(
        "--check-start",
        action="store_true",
        help="start, open the database, show the window, print how long that took, read a "
        "test letter, and quit (a check that an installation works)",
    )
    parser.add_argument(
        "--install-desktop-entry",
        action="store_true",
        help="add jobdesk to your desktop's application menu (Linux), then quit",
    )
    parser.add_argument(
        "--uninstall-desktop-entry",
        action="store_true",
        help="remove jobdesk from your desktop's application menu (Linux), then quit",
    )
    parser.add_argument(
        "files",
        nargs="*",
        metavar="FILE",
        help="files to open as if dropped on the window (offer letters)",
    )
    parser.add_argument("--version", action="version", version=f"jobdesk {__version__}")
    return parser.parse_args(argv)


def window_size(text: str) -> tuple[int, int]:
    """`900x600` as (900, 600); argparse turns the ValueError into a usage message."""
    width, sep, height = text.lower().partition("x")
    if not sep or not width.strip().isdigit() or not height.strip().isdigit():
        raise argparse.ArgumentTypeError(f"{text!r} is not a size like 900x600")
    size = int(width), int(height)
    if min(size) < 100:
        raise argparse.ArgumentTypeError(f"{text!r} is too small; give at least 100x100")
    return size


def setup_logging(log_file: Path, *, until_shown: bool = False) -> None:
    """Log to `log_file`; `until_shown`: what is logged is held until the window has painted
    (or jobdesk ends), so that the rotating file handler's modules load after it."""
    start_log(log_file)
    if not until_shown:
        write_log()


def demo_folder() -> Path:
    import atexit
    import shutil

    folder = Path(tempfile.mkdtemp(prefix="jobdesk-demo-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    return folder


def load_demo(services: Services) -> None:
    """The sample search as `--demo` opens it (the one the terminal commands use too)."""
    from jobdesk.services.demo import load_demo as load

    load(services)


def main(argv: Sequence[str] | None = None) -> int:
    try:
        return _main(list(sys.argv[1:] if argv is None else argv))
    finally:
        write_log()  # what was held, if the window never painted


def _main(argv: list[str]) -> int:
    command = _command(argv)
    if command is not None:
        from jobdesk.pipe import quiet_when_cut

        return quiet_when_cut(command)
    return _window(argv)


def _command(argv: list[str]) -> Callable[[], int] | None:
    """The terminal command `argv` names (`jobdesk stats …`), ready to run; None for the app."""
    if argv[:1] == ["stats"]:
        from jobdesk.stats_command import main as stats_main

        return lambda: stats_main(argv[1:])
    if argv[:1] == ["today"]:
        from jobdesk.today_command import main as today_main

        return lambda: today_main(argv[1:])
    if argv[:1] == ["read-letter"]:
        from jobdesk.read_letter_command import main as read_letter_main

        return lambda: read_letter_main(argv[1:])
    if argv[:1] == ["import"]:
        from jobdesk.import_command import main as import_main

        return lambda: import_main(argv[1:])
    if argv[:1] == ["repair"]:
        from jobdesk.repair_command import main as repair_main

        return lambda: repair_main(argv[1:])
    if argv[:1] == ["export"]:
        from jobdesk.export_command import export_main

        return lambda: export_main(argv[1:])
    if argv[:1] in (["backup"], ["backups"], ["restore"]):
        from jobdesk.backup_command import main as backup_main

        return lambda: backup_main(argv)
    return None


def _window(argv: list[str]) -> int:
    args = parse_args(argv)
    if args.install_desktop_entry or args.uninstall_desktop_entry:
        return desktop_entry(install=args.install_desktop_entry)
    gui_errors = not (args.screenshot or args.check_start)
    from jobdesk import paths as jobdesk_paths
    from jobdesk.services.instance import AlreadyRunning, InstanceLock

    try:
        data_dir = demo_folder() if args.demo else args.data_dir
        paths = jobdesk_paths.prepare(jobdesk_paths.resolve(data_dir))
        setup_logging(paths.log_file, until_shown=True)
        log.info("jobdesk %s starting with data folder %s", __version__, paths.data_dir)
        lock = InstanceLock(paths.lock_file).acquire()
    except AlreadyRunning as error:
        if args.files and hand_over(paths.data_dir, [Path(f) for f in args.files]):
            return EXIT_OK
        report(error.message, gui_errors)
        return EXIT_ALREADY_RUNNING
    except UserError as error:
        report(error.message, gui_errors)
        return EXIT_ERROR

    try:
        return run(args, paths, gui_errors)
    finally:
        lock.release()


def run(args: argparse.Namespace, paths: Paths, gui_errors: bool) -> int:
    """Everything after the lock: the checked database, the services, the window, and the
    backup on quit. Every failure here ends in a message, never a traceback.

    A new search (no data file, nothing kept) has nothing to read or check first: its window
    shows before peewee, the store and the services are even imported, and they open right
    after the first paint. Should that fail, the window closes and the start goes on here as
    it would have, with the same messages."""
    failed: BaseException | None = None
    if not args.demo and _is_new_search(paths):
        from jobdesk.services.late import LateServices, StartFailed

        late = LateServices(paths, lambda: _open_new(paths), today=_today)
        try:
            code = _show(args, late)
        except StartFailed:  # while the window was built (`--tab` on a tab that needs them)
            code = EXIT_ERROR
        if late.failure is None:
            if late.loaded:
                _backup_on_quit(late.load(), gui_errors)
            return code
        failed = late.failure
    return _run_opened(args, paths, gui_errors, failed)


def _is_new_search(paths: Paths) -> bool:
    from jobdesk.services.late import is_new_search

    return is_new_search(paths)


def _today() -> date:
    return date.today()


def _open_new(paths: Paths) -> Services:
    from jobdesk.services.backups import open_data
    from jobdesk.services.bundle import build_services

    return build_services(open_data(paths), paths)


def _show(args: argparse.Namespace, services: Services | LateServices) -> int:
    from jobdesk.ui.shell.gui import run_window

    return run_window(
        services,
        demo=args.demo,
        screenshot=args.screenshot,
        tab=args.tab,
        window_size=args.window_size,
        color_scheme=args.color_scheme,
        check_start=args.check_start,
        files=[Path(f) for f in args.files],
        started=STARTED,
    )


def _backup_on_quit(services: Services, gui_errors: bool) -> None:
    try:
        services.backups.backup_if_changed()
    except UserError as error:
        log.error("no backup on quit: %s", error.message)
        report(error.message, gui_errors)


def _run_opened(
    args: argparse.Namespace, paths: Paths, gui_errors: bool, failed: BaseException | None
) -> int:
    """The start with the data file opened and checked before the window: `failed` is what
    opening it after the window showed raised, told now as if it had been raised here."""
    import sqlite3

    import peewee

    from jobdesk.services.backups import NeedsRestore, open_data
    from jobdesk.services.bundle import build_services
    from jobdesk.services.storage import storage_cause

    try:
        db: SqliteDatabase | None
        try:
            if failed is not None:
                raise failed
            db = open_data(paths)
        except NeedsRestore as error:
            log.error("the data file needs a restore: %s", error.message)
            desktop = gui_errors and _from_a_desktop()
            db = recover(paths, error, _desktop_ask() if desktop else None)
        if db is None:
            return EXIT_ERROR
        services = build_services(db, paths)
        if args.demo:
            load_demo(services)
        code = _show(args, services)
        if not args.demo:
            _backup_on_quit(services, gui_errors)
        return code
    except UserError as error:
        log.error("could not start: %s", error.message)
        report(error.message, gui_errors)
        return EXIT_ERROR
    except (sqlite3.DatabaseError, peewee.DatabaseError) as exc:
        log.exception("the database failed while starting")
        cause = storage_cause(exc) or f"SQLite said: {exc}"
        report(
            f"jobdesk could not read your data: {cause}. Nothing more was written. "
            "Start jobdesk again: it checks the data file and offers your newest good backup.",
            gui_errors,
        )
        return EXIT_ERROR


def recover(
    paths: Paths, error: UserError, ask: Callable[[str, bool], str | None] | None
) -> SqliteDatabase | None:
    """The data file is missing, empty or damaged beside kept data: say so, and offer the
    newest good backup: with `ask` (a desktop start), in a dialog; else the command to run."""
    from jobdesk.services.backups import NeedsRestore, open_data, restore_file

    newest = error.newest if isinstance(error, NeedsRestore) else None
    if ask is None:
        how = (
            f" To bring it back, run: jobdesk restore --data-dir {paths.data_dir}"
            if newest is not None
            else ""
        )
        report(error.message + how, False)
        return None
    choice = ask(error.message, newest is not None)
    try:
        if choice == "restore" and newest is not None:
            restore_file(paths, newest.path)
            return open_data(paths)
        if choice == "empty":
            return open_data(paths, start_empty=True)
    except UserError as failure:
        report(failure.message, True)
    return None


def _desktop_ask() -> Callable[[str, bool], str | None]:
    from jobdesk.ui.shell.backups import ask_at_start

    return ask_at_start


def hand_over(data_dir: Path, files: list[Path]) -> bool:
    """Give files opened with jobdesk to the copy already running on `data_dir`."""
    from jobdesk.ui.shell.instance_channel import send_files

    if not send_files(data_dir, files):
        return False
    if sys.stdout is not None:
        print(f"jobdesk is already running; {len(files)} file(s) handed to its window.")
    return True


def desktop_entry(*, install: bool) -> int:
    from jobdesk import desktop_entry as entry

    try:
        changed = entry.install() if install else entry.uninstall()
    except OSError as error:
        print(f"jobdesk: could not change the menu entry: {error}", file=sys.stderr)
        return EXIT_ERROR
    if install:
        print(f"jobdesk is in your application menu now ({changed[0]}).")
    elif changed:
        print(f"jobdesk was removed from your application menu ({len(changed)} files).")
    else:
        print("jobdesk was not in your application menu.")
    return EXIT_OK


def report(message: str, gui: bool) -> None:
    """Tell the user why jobdesk stopped: on stderr, and in a dialog when started from a desktop."""
    if sys.stderr is not None:  # a windowed Windows build has no console
        print(f"jobdesk: {message}", file=sys.stderr)
    if gui and _from_a_desktop():
        from jobdesk.ui.shell.gui import show_startup_error

        show_startup_error(message)


def _from_a_desktop() -> bool:
    """Started by a double-click (no terminal) with a real screen: dialogs can be answered."""
    return os.environ.get("QT_QPA_PLATFORM") != "offscreen" and not (
        sys.stdin is not None and sys.stdin.isatty()
    )
