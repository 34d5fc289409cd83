"""`jobdesk repair`: rebuild each application's kept facts from its history (never needs Qt)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from jobdesk.domain.errors import UserError

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_ALREADY_RUNNING = 3  # as the other commands that write: a window uses the folder


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="jobdesk repair",
        description="Work out again, from each application's dated history, the facts jobdesk "
        "keeps beside it (stage reached, outcome, dates) and mend any that differ.",
    )
    parser.add_argument("--data-dir", metavar="DIR", help="the folder holding your data")
    return parser.parse_args(argv)


def main(argv: Sequence[str]) -> int:
    args = parse_args(argv)
    from jobdesk import paths as jobdesk_paths
    from jobdesk.services.instance import AlreadyRunning, InstanceLock
    from jobdesk.store import facts
    from jobdesk.store.database import open_database

    paths = jobdesk_paths.resolve(args.data_dir)
    if not paths.database.is_file():
        print(f"jobdesk repair: there is no data in {paths.data_dir}.", file=sys.stderr)
        return EXIT_ERROR
    try:
        lock = InstanceLock(paths.lock_file).acquire()
    except AlreadyRunning as error:
        message = error.message.replace(
            "Switch to that window", "Close it first, then run jobdesk repair again"
        )
        print(f"jobdesk repair: {message}", file=sys.stderr)
        return EXIT_ALREADY_RUNNING
    except UserError as error:
        print(f"jobdesk repair: {error.message}", file=sys.stderr)
        return EXIT_ERROR
    try:
        db = open_database(paths.database, paths.backups)
        try:
            total = int(db.execute_sql("SELECT count(*) FROM application").fetchone()[0])
            wrong = facts.rebuild()
        finally:
            db.close()
    except UserError as error:
        print(f"jobdesk repair: {error.message}", file=sys.stderr)
        return EXIT_ERROR
    finally:
        lock.release()
    if wrong:
        print(f"Mended the kept facts of {wrong} of {total} applications from their history.")
    else:
        print(f"The kept facts of all {total} applications match their history; nothing to mend.")
    return EXIT_OK
