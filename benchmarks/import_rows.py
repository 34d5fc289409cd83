"""Import speed: a 5,000-row spreadsheet export, from its bytes to one committed step.

Writes a Teal-like CSV of N rows (mixed statuses, quoted cells, a status date) and
imports it into a fresh database in a temporary folder, timing the preview (read,
map, plan, find duplicates) and the import itself (one transaction, one undo step),
then the same file again (every row a duplicate) and the undo. Aim: under 5 s for
5,000 rows, preview and import together.
Run: .venv/bin/python benchmarks/import_rows.py [--rows N]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from jobdesk.paths import Paths, prepare  # noqa: E402
from jobdesk.services.bundle import build_services  # noqa: E402
from jobdesk.store.database import open_database  # noqa: E402

TODAY = date(2026, 11, 20)
STATUSES = [
    "Applied",
    "Interviewing",
    "Not Selected",
    "No Response",
    "phone screen",
    "rejected after onsite",
    "Offer",
    "I Withdrew",
    "Bookmarked",
]


def export(rows: int, seed: int = 5) -> bytes:
    rng = random.Random(seed)
    lines = ["Company Name,Job Title,Status,Date Applied,Location,Salary,Job URL,Notes"]
    for i in range(rows):
        applied = TODAY - timedelta(days=rng.randrange(1, 300))
        lines.append(
            f'Company {i},"Engineer, level {i % 5}",{rng.choice(STATUSES)},'
            f'{applied:%m/%d/%Y},Berlin,"80,000",https://jobs.example/{i},'
            f'"first line\nsecond line"'
        )
    return ("\r\n".join(lines) + "\r\n").encode()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=5000)
    args = parser.parse_args()
    data = export(args.rows)
    with tempfile.TemporaryDirectory(prefix="jobdesk-import-bench-") as folder:
        paths = prepare(Paths(Path(folder) / "data"))
        db = open_database(paths.database, paths.backups)
        services = build_services(db, paths, today=lambda: TODAY)
        importer = services.importer
        started = time.perf_counter()
        preview = importer.preview(data, "teal.csv")
        previewed = time.perf_counter()
        result = importer.run(preview)
        imported = time.perf_counter()
        again = importer.run(importer.preview(data, "teal.csv"))
        twice = time.perf_counter()
        services.pipeline.undo()
        undone = time.perf_counter()
        count = services.pipeline.count()
        db.close()
    total = imported - started
    print(
        f"{args.rows} rows ({len(data) / 1024:.0f} KB): {result.added} imported, "
        f"{preview.plan.left_out} never sent"
    )
    print(f"  preview  {previewed - started:6.2f} s")
    print(f"  import   {imported - previewed:6.2f} s")
    print(f"  total    {total:6.2f} s  (aim: under 5 s)")
    print(f"  again    {twice - imported:6.2f} s  ({again.skipped} duplicates, nothing changed)")
    print(f"  undo     {undone - twice:6.2f} s  ({count} left)")
    return 0 if total < 5 and count == 0 and again.change is None else 1


if __name__ == "__main__":
    raise SystemExit(main())
