"""`jobdesk export` (a CSV, a JSON of everything or a calendar, from a terminal, without Qt)
and reading a JSON export back (`jobdesk import FILE.json`).

Exporting only reads: the database is opened read-only and no lock is taken, so it runs
while the app is open. Importing writes, so it takes the data folder's lock and refuses
while a jobdesk window uses that folder.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from jobdesk.domain.errors import UserError

if TYPE_CHECKING:
    from peewee import SqliteDatabase

    from jobdesk.services.exports import Exports

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_ALREADY_RUNNING = 3


def parse_export_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="jobdesk export",
        description="Save your search as a CSV spreadsheet of the pipeline, a JSON file of "
        "everything (which `jobdesk import` reads back exactly), or an .ics calendar of "
        "interviews and offer reply deadlines. Read-only: safe while jobdesk is open.",
    )
    source = parser.add_mutually_exclusive_group()
    source.add_argument(
        "--data-dir",
        metavar="DIR",
        help="the data folder to read (default: $JOBDESK_HOME, else the app's usual folder)",
    )
    source.add_argument("--demo", action="store_true", help="export the sample search instead")
    parser.add_argument(
        "--format",
        choices=("csv", "json", "ics"),
        help="what to write (default: from the output file's suffix)",
    )
    parser.add_argument("-o", "--output", required=True, metavar="FILE", help="the file to write")
    return parser.parse_args(argv)


def export_main(argv: Sequence[str]) -> int:
    from jobdesk.services.exports import format_of

    args = parse_export_args(argv)
    output = Path(args.output).expanduser()
    kind = args.format or format_of(output)
    if kind is None:
        return _fail(
            f"Say which format to write to {output.name}: add --format csv, json or ics (or "
            "end the file name in .csv, .json or .ics)."
        )
    if not output.parent.is_dir():
        return _fail(f"There is no folder {output.parent} to write {output.name} into.")
    try:
        if args.demo:
            with tempfile.TemporaryDirectory(prefix="jobdesk-export-demo-") as folder:
                from jobdesk.services.demo import open_demo

                now = datetime.now(UTC).astimezone()
                db, _services = open_demo(Path(folder), now.date(), now=lambda: now)
                try:
                    print(_exports(db, now.date()).write(kind, output))
                finally:
                    db.close()
            return EXIT_OK
        from jobdesk.stats_command import open_read_only

        db, _source = open_read_only(args.data_dir, "export")
        try:
            print(_exports(db, date.today()).write(kind, output))
        finally:
            db.close()
    except UserError as error:
        return _fail(error.message)
    return EXIT_OK


def _exports(db: SqliteDatabase, today: date) -> Exports:
    from jobdesk.services.exports import Exports
    from jobdesk.services.interviews import Interviews
    from jobdesk.services.pipeline import Pipeline

    pipeline = Pipeline(db, today=lambda: today)
    return Exports(db, pipeline, Interviews(pipeline))


def parse_import_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="jobdesk import",
        description="Read a JSON export of everything (from `jobdesk export --format json` "
        "or File ▸ Export…) into an empty search.",
    )
    parser.add_argument("file", metavar="FILE.json", help="the export to read")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="the data folder to import into (default: $JOBDESK_HOME, else the app's usual "
        "folder); it must hold no applications yet",
    )
    return parser.parse_args(argv)


def import_json_main(argv: Sequence[str]) -> int:
    from jobdesk import paths as jobdesk_paths
    from jobdesk.services.exports import import_everything, read_export
    from jobdesk.services.instance import AlreadyRunning, InstanceLock
    from jobdesk.store.database import open_database

    args = parse_import_args(argv)
    source = Path(args.file).expanduser()
    paths = jobdesk_paths.resolve(args.data_dir)
    try:
        try:
            text = source.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise UserError(f"{source} could not be read ({exc}). Nothing was imported.") from exc
        data = read_export(text)
        paths.data_dir.mkdir(parents=True, exist_ok=True)
        with InstanceLock(paths.lock_file):
            db = open_database(paths.database)
            try:
                change = import_everything(db, data)
            finally:
                db.close()
    except AlreadyRunning as error:
        return _fail(
            error.message.replace("Switch to that window", "Close it first"),
            EXIT_ALREADY_RUNNING,
        )
    except UserError as error:
        return _fail(error.message)
    print(f"{change.description.replace('Import', 'Imported', 1)} into {paths.data_dir}.")
    return EXIT_OK


def _fail(message: str, code: int = EXIT_ERROR) -> int:
    print(f"jobdesk: {message}", file=sys.stderr)
    return code
