"""`jobdesk import FILE`: dry run, import, twice, bad files, JSON, and the lock."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from jobdesk.app import main
from jobdesk.domain.enums import Stage
from jobdesk.services.instance import InstanceLock

FILES = Path(__file__).parent / "data" / "imports"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["import", *args, "--today", "2026-11-20"])
    out, err = capsys.readouterr()
    return code, out, err


def stored(folder: Path) -> list[tuple[str, str, str]]:
    conn = sqlite3.connect(folder / "jobdesk.sqlite")
    try:
        rows = conn.execute(
            "SELECT c.name, a.role_title, f.furthest, f.outcome "
            "FROM application AS a JOIN company AS c ON c.id = a.company_id "
            "JOIN application_fact AS f ON f.application_id = a.id ORDER BY a.id"
        ).fetchall()
        return [(c, r, f"{list(Stage)[n].value}/{o}") for c, r, n, o in rows]
    finally:
        conn.close()


def test_dry_run_then_import_then_again(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    folder = tmp_path / "data"
    teal = str(FILES / "teal.csv")
    code, out, _ = run(capsys, teal, "--dry-run", "--data-dir", str(folder))
    assert code == 0
    assert out.splitlines()[0] == (
        "teal.csv: Teal. Read as Windows (cp1252), cells separated by commas: 9 columns, 7 rows."
    )
    assert "  status “not selected” (1) → Rejected (no interview)" in out
    assert out.splitlines()[-1] == "Nothing was changed (a dry run)."
    assert not (folder / "jobdesk.sqlite").exists()

    code, out, _ = run(capsys, teal, "--data-dir", str(folder))
    assert code == 0
    assert out.splitlines()[-1] == "Imported 6 applications."
    assert stored(folder) == [
        ("Société Générale", "Développeur Backend", "screen/active"),
        ("Zalando", "Backend Engineer – Payments", "responded/rejected"),
        ("Müller Systems", "DevOps Engineer", "applied/ghosted"),
        ("Shopify", "Staff Engineer", "applied/withdrawn"),
        ("Klarna", "Senior Engineer", "offer/active"),
        ("Spotify", "Backend Engineer", "applied/active"),
    ]
    code, out, _ = run(capsys, teal, "--data-dir", str(folder))
    assert code == 0
    assert out.splitlines()[-1] == (
        "Nothing new to import: all 6 rows are already in jobdesk. Nothing was changed."
    )
    assert len(stored(folder)) == 6


def test_a_second_file_is_backed_up_before(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    folder = tmp_path / "data"
    run(capsys, str(FILES / "teal.csv"), "--data-dir", str(folder))
    code, out, _ = run(capsys, str(FILES / "huntr.csv"), "--data-dir", str(folder))
    assert code == 0
    backups = sorted(p.name for p in (folder / "backups").glob("*.sqlite"))
    assert len(backups) == 1
    assert out.splitlines()[-1] == (
        f"What was there before is backed up as {backups[0]}; `jobdesk restore {backups[0]}` "
        "takes this import back."
    )
    assert len(stored(folder)) == 13


def test_a_bad_file_imports_nothing_and_lists_its_lines(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    folder = tmp_path / "data"
    code, out, _ = run(capsys, str(FILES / "bad_lines.csv"), "--data-dir", str(folder))
    assert code == 4
    lines = out.splitlines()
    assert "  Line 3: “2026-02-30” does not exist: February 2026 has no day 30." in lines
    assert lines[-2:] == [
        "Nothing was imported. Fix the lines above and run it again.",
        "Or run it again with --skip-bad-lines to leave out lines 3, 4, 5, 7 and 8 and import "
        "the rest.",
    ]
    assert stored(folder) == []


def test_skip_bad_lines_imports_the_rest_and_lists_what_it_left_out(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    folder = tmp_path / "data"
    bad = str(FILES / "bad_lines.csv")
    code, out, _ = run(capsys, bad, "--skip-bad-lines", "--dry-run", "--data-dir", str(folder))
    assert code == 0
    assert out.splitlines()[-3:] == [
        "7 rows: 2 new applications, lines 3, 4, 5, 7 and 8 left out for their problems.",
        "An import would leave out lines 3, 4, 5, 7 and 8.",
        "Nothing was changed (a dry run).",
    ]
    code, out, _ = run(capsys, bad, "--skip-bad-lines", "--data-dir", str(folder))
    assert code == 0
    assert out.splitlines()[-7:] == [
        "Imported 2 applications. Left out lines 3, 4, 5, 7 and 8, which have problems:",
        "Line 3: “2026-02-30” does not exist: February 2026 has no day 30.",
        "Line 4: has 7 cells but the header has 5 columns: a separator inside a cell that is "
        "not in quotes? Put that cell in quotes.",
        "Line 5: the applied date is empty. Fill it in, or delete the line.",
        "Line 7: “sometime” is not a date jobdesk can read (write it as 2026-03-04).",
        "Line 8: the company is empty. Fill it in, or delete the line.",
        "Fix those lines and import the file again to add them; what is already in is not doubled.",
    ]
    # Line 4 proposed an application too, but it did not read whole: left out with the rest.
    assert stored(folder) == [
        ("Acme", "Backend Engineer", "applied/active"),
        ("Umbrella", '=HYPERLINK("http://evil")', "applied/active"),
    ]
    code, out, _ = run(capsys, bad, "--skip-bad-lines", "--json", "--data-dir", str(folder))
    report = json.loads(out)
    assert (code, report["imported"], report["skipped"]) == (0, False, 2)
    assert report["left_out_lines"] == [3, 4, 5, 7, 8]
    assert len(stored(folder)) == 2


def test_skip_bad_lines_never_skips_a_problem_of_the_whole_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    folder = tmp_path / "data"
    code, out, _ = run(
        capsys, str(FILES / "unterminated.csv"), "--skip-bad-lines", "--data-dir", str(folder)
    )
    assert code == 4
    assert out.splitlines()[-1] == "Nothing was imported. Fix the lines above and run it again."
    assert stored(folder) == []


def test_json(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    folder = str(tmp_path / "data")
    code, out, _ = run(
        capsys, str(FILES / "bad_lines.csv"), "--json", "--dry-run", "--data-dir", folder
    )
    report = json.loads(out)
    assert code == 4
    assert (report["preset"], report["rows"], report["can_import"]) == ("generic", 7, False)
    assert [(p["line"], p["blocking"]) for p in report["problems"]] == [
        (3, True),
        (4, True),
        (5, False),
        (5, True),
        (6, False),
        (7, True),
        (8, True),
    ]
    code, out, _ = run(capsys, str(FILES / "german.csv"), "--json", "--data-dir", folder)
    report = json.loads(out)
    assert (code, report["imported"], report["added"], report["encoding"]) == (0, True, 5, "cp1252")
    assert report["delimiter"] == "semicolon"
    assert {
        "word": "absage",
        "rows": 1,
        "stage": "applied",
        "outcome": "rejected",
        "applied": True,
        "known": True,
    } in report["statuses"]


def test_the_order_and_preset_can_be_given(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    folder = str(tmp_path / "data")
    code, out, _ = run(capsys, str(FILES / "ambiguous.csv"), "--data-dir", folder)
    assert code == 4
    assert "say whether they are day first or month first" in out
    code, _, _ = run(
        capsys, str(FILES / "ambiguous.csv"), "--date-order", "dmy", "--data-dir", folder
    )
    assert code == 0
    code, _, err = run(capsys, str(FILES / "teal.csv"), "--preset", "nope", "--data-dir", folder)
    assert code == 1
    assert err.startswith(
        "jobdesk import: There is no preset called “nope”; the presets are: huntr"
    )


def test_refused_while_jobdesk_runs_but_a_dry_run_works(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    folder = tmp_path / "data"
    run(capsys, str(FILES / "teal.csv"), "--data-dir", str(folder))
    with InstanceLock(folder / "jobdesk.lock"):
        code, _, err = run(capsys, str(FILES / "huntr.csv"), "--data-dir", str(folder))
        assert code == 3
        assert "File ▸ Import…" in err
        code, out, _ = run(capsys, str(FILES / "huntr.csv"), "--dry-run", "--data-dir", str(folder))
        assert code == 0
        assert out.splitlines()[-2] == "8 rows: 7 new applications, 1 never sent, left out."
    assert len(stored(folder)) == 6


def test_files_that_are_no_table(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(capsys, str(FILES / "not_text.csv"), "--data-dir", str(tmp_path))
    assert (code, err) == (
        1,
        "jobdesk import: This file is a PDF document, not a CSV or TSV table. Nothing was "
        "imported.\n",
    )
    code, _, err = run(capsys, str(tmp_path / "missing.csv"), "--data-dir", str(tmp_path))
    assert (code, err) == (1, "jobdesk import: missing.csv is not a file jobdesk can read.\n")


def test_the_command_never_loads_qt(tmp_path: Path) -> None:
    import subprocess
    import sys

    teal = str(FILES / "teal.csv")
    code = (
        "import sys; from jobdesk.app import main; "
        f"main(['import', {teal!r}, '--data-dir', {str(tmp_path)!r}]); "
        f"main(['import', {teal!r}, '--dry-run', '--data-dir', {str(tmp_path)!r}]); "
        "assert 'PySide6' not in sys.modules, sorted(m for m in sys.modules if 'Side' in m)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr


def test_a_json_file_is_a_full_export_read_back_by_the_exports_import(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """`jobdesk import` takes both: a spreadsheet (here) and a full export of jobdesk (the
    export half's `jobdesk export --format json`), told apart by the file's suffix."""
    pytest.importorskip("jobdesk.export_command")
    first, second = tmp_path / "first", tmp_path / "second"
    run(capsys, str(FILES / "teal.csv"), "--data-dir", str(first))
    export = tmp_path / "everything"  # no suffix: its text says it is a full export
    assert main(["export", "--format", "json", "-o", str(export), "--data-dir", str(first)]) == 0
    capsys.readouterr()
    assert main(["import", str(export), "--data-dir", str(second)]) == 0
    assert stored(second) == stored(first)


def funnel_of(capsys: pytest.CaptureFixture[str], folder: Path) -> list[tuple[str, int, int]]:
    assert main(["stats", "--json", "--data-dir", str(folder), "--today", "2026-11-20"]) == 0
    steps = json.loads(capsys.readouterr().out)["funnel"]
    return [(s["from"], s["moved_on"], s["resolved"]) for s in steps]


def test_jobdesks_own_csv_export_imports_back_with_its_stages(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """The reviewer's round trip: three at a screen, one rejected after a final round, one
    offer; the CSV export imported into an empty folder gives the same funnel."""
    from datetime import date

    from jobdesk import paths as jobdesk_paths
    from jobdesk.domain.application import ApplicationDetails
    from jobdesk.services.backups import open_data
    from jobdesk.services.bundle import build_services

    first, second = tmp_path / "first", tmp_path / "second"
    paths = jobdesk_paths.prepare(jobdesk_paths.resolve(str(first)))
    db = open_data(paths)
    try:
        pipeline = build_services(db, paths, today=lambda: date(2026, 11, 20)).pipeline
        furthest = [Stage.SCREEN, Stage.SCREEN, Stage.SCREEN, Stage.FINAL, Stage.OFFER]
        ids = []
        for n, stage in enumerate(furthest):
            details = ApplicationDetails(f"Company {n}", "Engineer", date(2026, 9, 1 + n))
            ids.append(pipeline.add(details).application_ids[0])
            pipeline.advance(ids[-1], stage, date(2026, 9, 10 + n))
        pipeline.reject(ids[3], date(2026, 9, 25))  # after the final round
    finally:
        db.close()
    out_csv = tmp_path / "out.csv"
    assert main(["export", "--format", "csv", "-o", str(out_csv), "--data-dir", str(first)]) == 0
    capsys.readouterr()

    code, out, _ = run(capsys, str(out_csv), "--data-dir", str(second))
    assert code == 0
    assert "out.csv: jobdesk's own CSV export." in out
    assert "  column “Outcome” → Outcome (read with the status)" in out
    assert "  status “final round rejected” (1) → Rejected at final round" in out
    assert "  status “screen active” (3) → Screen, still open" in out
    assert "  status “offer active” (1) → Offer, still open" in out
    assert stored(second) == [
        ("Company 4", "Engineer", "offer/active"),
        ("Company 3", "Engineer", "final/rejected"),
        ("Company 2", "Engineer", "screen/active"),
        ("Company 1", "Engineer", "screen/active"),
        ("Company 0", "Engineer", "screen/active"),
    ]
    assert (
        funnel_of(capsys, second)
        == funnel_of(capsys, first)
        == [
            ("applied", 5, 5),
            ("responded", 5, 5),
            ("screen", 2, 2),
            ("technical", 2, 2),
            ("final", 1, 2),
        ]
    )


def test_a_quote_that_never_closes_is_said_to_block_leaving_lines_out(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    folder = tmp_path / "data"
    bad = str(FILES / "bad_then_unterminated.csv")
    code, out, _ = run(capsys, bad, "--dry-run", "--data-dir", str(folder))
    assert code == 4
    lines = out.splitlines()
    assert lines[0] == (
        "bad_then_unterminated.csv: Spreadsheet (usual column names). Read as UTF-8, cells "
        "separated by commas: 4 columns, 4 rows (1 of them could not be read)."
    )
    assert lines[-2:] == [
        "3 problems to fix before anything can be imported (of 4 rows). Nothing is imported "
        "until every line reads. Leaving out the lines with problems would not be enough: the "
        "problem on line 5 spoils the whole file.",
        "Nothing was imported. Fix the lines above and run it again.",
    ]


def test_a_date_that_reads_both_ways_is_said_truly_and_names_the_option(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """One ISO date (which reads one way) and one 3/4/2026: only the slashed one is in doubt."""
    folder = str(tmp_path / "data")
    code, out, _ = run(capsys, str(FILES / "one_iso_one_slash.csv"), "--data-dir", folder)
    assert code == 4
    lines = out.splitlines()
    assert lines[4:6] == [
        "  “3/4/2026” could be 3 April 2026 or 4 March 2026: choose which order the file's "
        "dates are in. None of the file's dates written this way has a day past 12, so the "
        "file does not tell: say whether they are day first or month first.",
        "  Say the order with --date-order dmy (3/4/2026 is 3 April) or --date-order mdy "
        "(3/4/2026 is March 4).",
    ]
    code, out, _ = run(
        capsys, str(FILES / "one_iso_one_slash.csv"), "--date-order", "mdy", "--data-dir", folder
    )
    assert (code, out.splitlines()[-1]) == (0, "Imported 2 applications.")
    conn = sqlite3.connect(Path(folder) / "jobdesk.sqlite")
    try:
        applied = conn.execute("SELECT applied_on FROM application ORDER BY id").fetchall()
    finally:
        conn.close()
    assert applied == [("2026-11-01",), ("2026-03-04",)]
