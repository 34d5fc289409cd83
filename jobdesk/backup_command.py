"""`jobdesk backup`, `jobdesk backups` and `jobdesk restore`: the same backups as the app's
File menu, from a terminal, without Qt.

`backup` and `backups` only read the data file, so they are safe while jobdesk is open;
`restore` takes the data folder's lock, so it refuses while a jobdesk window uses it.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from jobdesk import paths as jobdesk_paths
from jobdesk.domain.errors import UserError
from jobdesk.paths import Paths
from jobdesk.services.backups import describe, restore_file
from jobdesk.services.instance import AlreadyRunning, InstanceLock
from jobdesk.store.backup import (
    MANUAL,
    BackupInfo,
    copy_connection,
    list_backups,
    new_backup_path,
)
from jobdesk.store.migrations import LATEST_VERSION

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_ALREADY_RUNNING = 3

COMMANDS = ("backup", "backups", "restore")


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="jobdesk",
        description="Back up your search, list its backups, or restore one.",
    )
    commands = parser.add_subparsers(dest="command", required=True)
    for name, text in (
        ("backup", "make a checked backup now (safe while jobdesk is open)"),
        ("backups", "list the backups, newest first, numbered for `jobdesk restore`"),
        ("restore", "put a backup in place of your data; what it replaces is backed up first"),
    ):
        command = commands.add_parser(name, help=text, description=text)
        command.add_argument(
            "--data-dir",
            metavar="DIR",
            help="the data folder (default: $JOBDESK_HOME, else the app's usual folder)",
        )
        if name == "restore":
            command.add_argument(
                "backup",
                nargs="?",
                metavar="BACKUP",
                help="its number in `jobdesk backups`, its file name, or a path "
                "(default: the newest good backup)",
            )
    return parser.parse_args(argv)


def main(argv: Sequence[str]) -> int:
    args = parse_args(argv)
    paths = jobdesk_paths.resolve(args.data_dir)
    try:
        if args.command == "backup":
            return _backup(paths)
        if args.command == "backups":
            return _list(paths)
        return _restore(paths, args.backup)
    except AlreadyRunning as error:
        return _fail(
            error.message.replace(
                "Switch to that window", "Close it first, or use File ▸ Restore… in it"
            ),
            EXIT_ALREADY_RUNNING,
        )
    except UserError as error:
        return _fail(error.message, EXIT_ERROR)


def _fail(message: str, code: int) -> int:
    print(f"jobdesk: {message}", file=sys.stderr)
    return code


def _backup(paths: Paths) -> int:
    if not paths.database.is_file() or paths.database.stat().st_size == 0:
        raise UserError(f"There is no jobdesk data in {paths.data_dir} to back up.")
    # Read-only but not immutable: a running jobdesk's latest commits in the -wal are included.
    try:
        source = sqlite3.connect(f"{paths.database.absolute().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise UserError(f"{paths.database} could not be read ({exc}).") from exc
    try:
        dest = copy_connection(source, new_backup_path(paths.backups, MANUAL, datetime.now()))
    finally:
        source.close()
    print(f"Backed up to {dest}.")
    return EXIT_OK


def _list(paths: Paths) -> int:
    backups = list_backups(paths.backups, LATEST_VERSION)
    if not backups:
        print(f"There are no backups in {paths.backups} yet.")
        return EXIT_OK
    for number, info in enumerate(backups, start=1):
        state = "" if info.ok else f"  [cannot be restored: {info.problem}]"
        print(f"{number:>3}  {info.path.name}  {describe(info)}{state}")
    return EXIT_OK


def _choose(paths: Paths, wanted: str | None) -> BackupInfo | Path:
    backups = list_backups(paths.backups, LATEST_VERSION)
    if wanted is None:
        for info in backups:
            if info.ok:
                return info
        raise UserError(f"There is no good backup in {paths.backups} to restore.")
    if wanted.isdigit():
        number = int(wanted)
        if not 1 <= number <= len(backups):
            raise UserError(
                f"There is no backup number {number}; `jobdesk backups` lists {len(backups)}."
            )
        return backups[number - 1]
    for candidate in (paths.backups / wanted, Path(wanted)):
        if candidate.is_file():
            return candidate
    raise UserError(f"There is no backup called {wanted}; `jobdesk backups` lists them.")


def _restore(paths: Paths, wanted: str | None) -> int:
    if not paths.data_dir.is_dir():
        raise UserError(f"There is no data folder at {paths.data_dir}.")
    with InstanceLock(paths.lock_file):
        chosen = _choose(paths, wanted)
        path = chosen.path if isinstance(chosen, BackupInfo) else chosen
        way_back = restore_file(paths, path)
    print(f"Restored {path.name}. jobdesk will open it the next time it starts.")
    if way_back is not None:
        print(f"What it replaced is kept as the backup {way_back.name}; restore that to undo this.")
    return EXIT_OK
