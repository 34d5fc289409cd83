"""`jobdesk import FILE`: bring a spreadsheet or another tracker's export in from a terminal,
with the same preview, problems and all-or-nothing import as File ▸ Import… (no Qt).

`--dry-run` only reads (the database opened read-only, no lock), so it is safe while
jobdesk is open. A real import writes, so like `jobdesk restore` it takes the data
folder's lock and refuses while a jobdesk window uses the folder; it backs the data
up first, since a terminal has no Undo.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from jobdesk.domain.errors import UserError
from jobdesk.domain.import_dates import DateOrder
from jobdesk.domain.import_file import DELIMITER_NAMES, Encoding
from jobdesk.domain.import_presets import PRESETS
from jobdesk.services.importer import (
    Choices,
    Duplicates,
    Importer,
    ImportResult,
    Preview,
    lines_text,
)
from jobdesk.services.instance import AlreadyRunning

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_ALREADY_RUNNING = 3
EXIT_PROBLEMS = 4


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="jobdesk import",
        description="Import applications from a CSV or TSV file (a spreadsheet, or an export "
        "of Huntr, Teal, LinkedIn, JobSync...). All or nothing: a file with a problem on any "
        "line imports nothing, and says which lines to fix (or use --skip-bad-lines).",
    )
    parser.add_argument("file", metavar="FILE", help="the CSV or TSV file to import")
    parser.add_argument(
        "--preset",
        metavar="NAME",
        help="what the file is: " + ", ".join(p.key for p in PRESETS) + " (default: guessed "
        "from its header)",
    )
    parser.add_argument(
        "--encoding",
        choices=[e.value for e in Encoding],
        default="auto",
        help="how its text is stored (default: auto)",
    )
    parser.add_argument(
        "--date-order",
        choices=["dmy", "mdy"],
        help="how to read dates like 3/4/2026: dmy (3 April) or mdy (March 4); needed only "
        "when none of the file's dates like it has a day past 12",
    )
    parser.add_argument(
        "--duplicates",
        choices=[d.value for d in Duplicates],
        default="skip",
        help="rows already in jobdesk (same company, role and applied date): skip them, or "
        "merge what the file adds (default: skip)",
    )
    parser.add_argument(
        "--skip-bad-lines",
        action="store_true",
        help="leave out the lines with problems and import the rest (they are listed); a "
        "problem of the whole file still imports nothing",
    )
    parser.add_argument(
        "--dry-run", action="store_true", help="show what would be imported; change nothing"
    )
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="the data folder (default: $JOBDESK_HOME, else the app's usual folder)",
    )
    parser.add_argument(
        "--today", type=date.fromisoformat, metavar="DATE", help=argparse.SUPPRESS
    )  # for tests: dates after it are in the future
    return parser.parse_args(argv)


def main(argv: Sequence[str]) -> int:
    args = parse_args(argv)
    if _is_full_export(Path(args.file)):
        return _full_export(args)
    choices = Choices(
        encoding=Encoding(args.encoding),
        preset=args.preset,
        date_order=DateOrder(args.date_order) if args.date_order else DateOrder.AUTO,
        skip_bad_lines=args.skip_bad_lines,
    )
    today = args.today or date.today()
    try:
        if args.dry_run:
            return _dry_run(args, choices, today)
        return _import(args, choices, today)
    except UserError as error:
        if args.json:
            print(json.dumps({"imported": False, "error": error.message}, ensure_ascii=False))
        else:
            print(f"jobdesk import: {error.message}", file=sys.stderr)
        return EXIT_ALREADY_RUNNING if isinstance(error, AlreadyRunning) else EXIT_ERROR


def _is_full_export(path: Path) -> bool:
    """A .json file, or one whose text starts as a JSON object does: no table starts with {."""
    if path.suffix.lower() == ".json":
        return True
    try:
        with path.open("rb") as file:
            head = file.read(64)
    except OSError:
        return False  # said by the table import, which reads it next
    return head.removeprefix(b"\xef\xbb\xbf").lstrip().startswith(b"{")


def _full_export(args: argparse.Namespace) -> int:
    """A JSON file is a full export of jobdesk itself (`jobdesk export --format json`): it is
    read back by the export's own import, which restores everything, not only applications."""
    try:
        from jobdesk.export_command import import_json_main
    except ImportError:
        print(
            "jobdesk import: this jobdesk reads CSV and TSV files; a .json file can only be a "
            "full export of a newer jobdesk.",
            file=sys.stderr,
        )
        return EXIT_USAGE
    return int(
        import_json_main([args.file, *(["--data-dir", args.data_dir] if args.data_dir else [])])
    )


def _dry_run(args: argparse.Namespace, choices: Choices, today: date) -> int:
    from jobdesk import paths as jobdesk_paths
    from jobdesk.services.pipeline import Pipeline
    from jobdesk.stats_command import open_read_only
    from jobdesk.store.database import open_database

    paths = jobdesk_paths.resolve(args.data_dir)
    with tempfile.TemporaryDirectory(prefix="jobdesk-import-") as empty:
        if paths.database.is_file():
            db, _source = open_read_only(args.data_dir, "import")
        else:  # no search yet: nothing to be a duplicate of
            db = open_database(Path(empty) / "empty.sqlite")
        try:
            importer = Importer(Pipeline(db, today=lambda: today), today=lambda: today)
            file = Path(args.file)
            preview = importer.preview(importer.read_file(file), file.name, choices)
        finally:
            db.close()
    _report(args, preview, None)
    return EXIT_OK if preview.can_import else EXIT_PROBLEMS


def _import(args: argparse.Namespace, choices: Choices, today: date) -> int:
    from jobdesk import paths as jobdesk_paths
    from jobdesk.services.backups import Backups, open_data
    from jobdesk.services.instance import InstanceLock
    from jobdesk.services.pipeline import Pipeline

    paths = jobdesk_paths.prepare(jobdesk_paths.resolve(args.data_dir))
    try:
        lock = InstanceLock(paths.lock_file).acquire()
    except AlreadyRunning as error:
        raise AlreadyRunning(
            error.message.replace(
                "Switch to that window", "Close it first, or use File ▸ Import… in it"
            )
        ) from None
    try:
        db = open_data(paths)
        try:
            importer = Importer(Pipeline(db, today=lambda: today), today=lambda: today)
            file = Path(args.file)
            preview = importer.preview(importer.read_file(file), file.name, choices)
            if not preview.can_import:
                _report(args, preview, None)
                return EXIT_PROBLEMS
            backups = Backups(db, paths)
            kept = None
            if int(db.execute_sql("SELECT count(*) FROM application").fetchone()[0]):
                kept = backups.backup_now().path.name  # a terminal has no Undo
            result = importer.run(preview, Duplicates(args.duplicates))
            _report(args, preview, result, kept)
        finally:
            db.close()
    finally:
        lock.release()
    return EXIT_OK


def _report(
    args: argparse.Namespace,
    preview: Preview,
    result: ImportResult | None,
    backup: str | None = None,
) -> None:
    if args.json:
        print(json.dumps(_as_json(preview, result, backup), ensure_ascii=False, indent=2))
        return
    table = preview.table
    print(f"{preview.name}: {preview.preset.name}. {table.how_read}")
    for header, field in zip(table.header, preview.fields, strict=True):
        print(f"  column “{header}” → {field.label}")
    for word, count in sorted(preview.words.items()):
        meaning = preview.meanings.get(word)
        label = meaning.label if meaning else "not known: read as Applied, still open"
        print(f"  status “{word}” ({count}) → {label}")
    for problem in preview.problems:
        mark = "" if problem.blocking else "note: "
        print(f"  {mark}{problem}")
    if preview.plan.order_needed:
        print(
            "  Say the order with --date-order dmy (3/4/2026 is 3 April) or --date-order mdy "
            "(3/4/2026 is March 4)."
        )
    for duplicate in preview.duplicates:
        print(f"  {duplicate}")
    print(preview.summary())
    if result is not None:
        print(result.text().replace("Undo takes the whole import back.", "").rstrip())
        if backup and result.change is not None:
            print(
                f"What was there before is backed up as {backup}; `jobdesk restore {backup}` "
                "takes this import back."
            )
    elif args.dry_run and preview.can_import:
        if preview.left_out_lines:
            print(f"An import would leave out {lines_text(preview.left_out_lines)}.")
        print("Nothing was changed (a dry run).")
    elif not preview.can_import:
        print("Nothing was imported. Fix the lines above and run it again.")
        if preview.could_skip:
            print(
                "Or run it again with --skip-bad-lines to leave out "
                f"{lines_text(preview.bad_lines)} and import the rest."
            )


def _as_json(preview: Preview, result: ImportResult | None, backup: str | None) -> dict[str, Any]:
    table = preview.table
    return {
        "file": preview.name,
        "preset": preview.preset.key,
        "encoding": table.encoding.value,
        "bom": table.bom,
        "delimiter": DELIMITER_NAMES[table.delimiter],
        "date_order": preview.plan.date_order.value,
        "columns": [
            {"header": h, "field": f.value}
            for h, f in zip(table.header, preview.fields, strict=True)
        ],
        "statuses": [
            {
                "word": w,
                "rows": n,
                "stage": m.stage.value if m and m.applied else None,
                "outcome": m.outcome.value if m and m.applied else None,
                "applied": m.applied if m else True,
                "known": m is not None,
            }
            for w, n in sorted(preview.words.items())
            for m in [preview.meanings.get(w)]
        ],
        "rows": len(table.rows),
        "new": preview.new_count,
        "left_out_lines": list(preview.left_out_lines),
        "left_out": preview.plan.left_out,
        "duplicates": [
            {"line": d.line, "existing_id": d.existing_id, "earlier_line": d.earlier_line}
            for d in preview.duplicates
        ],
        "problems": [
            {"line": p.line, "message": p.text, "blocking": p.blocking} for p in preview.problems
        ],
        "can_import": preview.can_import,
        "imported": result is not None and result.change is not None,
        "added": result.added if result else 0,
        "merged": result.merged if result else 0,
        "skipped": result.skipped if result else 0,
        "backup": backup,
    }
