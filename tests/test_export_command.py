"""`jobdesk export` and `jobdesk import FILE.json` from a terminal: real data folders, real
files read back, and the import refused while a jobdesk window holds the folder."""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from peewee import SqliteDatabase

from jobdesk.app import main
from jobdesk.domain.application import ApplicationDetails
from jobdesk.paths import Paths
from jobdesk.services.bundle import Services
from jobdesk.services.instance import InstanceLock


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def add(services: Services, company: str) -> None:
    services.pipeline.add(ApplicationDetails(company, "Engineer", date(2026, 11, 2)))


def test_export_each_format_and_import_the_json_into_a_new_folder(
    capsys: pytest.CaptureFixture[str],
    services: Services,
    paths: Paths,
    db: SqliteDatabase,
    tmp_path: Path,
) -> None:
    add(services, "Acme")
    add(services, "Globex")
    db.close()
    folder = str(paths.data_dir)
    # Exporting only reads: it works while a jobdesk window holds the folder.
    with InstanceLock(paths.lock_file):
        code, out, err = run(capsys, "export", "--data-dir", folder, "-o", str(tmp_path / "a.csv"))
    assert (code, err) == (0, "")
    assert out == f"Saved 2 applications to {tmp_path / 'a.csv'}.\n"
    rows = list(csv.reader(io.StringIO((tmp_path / "a.csv").read_text(encoding="utf-8"))))
    assert sorted(r[0] for r in rows[1:]) == ["Acme", "Globex"]

    code, out, err = run(
        capsys, "export", "--data-dir", folder, "--format", "json", "-o", str(tmp_path / "all")
    )
    assert code == 0, err
    exported = json.loads((tmp_path / "all").read_text(encoding="utf-8"))
    assert [c["name"] for c in exported["tables"]["company"]] == ["Acme", "Globex"]

    target = tmp_path / "new-folder"
    code, out, err = run(capsys, "import", str(tmp_path / "all"), "--data-dir", str(target))
    assert code == 0, err
    assert out == f"Imported 2 applications into {target}.\n"
    code, out, err = run(
        capsys, "export", "--data-dir", str(target), "-o", str(tmp_path / "again.json")
    )
    again = json.loads((tmp_path / "again.json").read_text(encoding="utf-8"))
    assert again["tables"] == exported["tables"]

    # The same file again: the folder is no longer empty, and nothing is doubled.
    code, _, err = run(capsys, "import", str(tmp_path / "all"), "--data-dir", str(target))
    assert code == 1
    assert "only be imported into an empty search" in err


def test_import_is_refused_while_jobdesk_runs_with_that_folder(
    capsys: pytest.CaptureFixture[str], services: Services, paths: Paths, tmp_path: Path
) -> None:
    add(services, "Acme")
    code, _, _ = run(
        capsys, "export", "--data-dir", str(paths.data_dir), "-o", str(tmp_path / "all.json")
    )
    assert code == 0
    target = Paths(tmp_path / "target")
    target.data_dir.mkdir()
    with InstanceLock(target.lock_file):
        code, _, err = run(
            capsys, "import", str(tmp_path / "all.json"), "--data-dir", str(target.data_dir)
        )
    assert code == 3
    assert "Close it first" in err
    assert not target.database.exists() or "Acme" not in target.database.read_bytes().decode(
        "latin-1"
    )


def test_a_file_name_without_a_format_and_a_missing_folder_are_explained(
    capsys: pytest.CaptureFixture[str], paths: Paths, db: SqliteDatabase, tmp_path: Path
) -> None:
    folder = str(paths.data_dir)
    code, _, err = run(capsys, "export", "--data-dir", folder, "-o", str(tmp_path / "out.txt"))
    assert code == 1
    assert "add --format csv, json or ics" in err
    code, _, err = run(capsys, "export", "--data-dir", folder, "-o", str(tmp_path / "no/x.csv"))
    assert code == 1
    assert f"There is no folder {tmp_path / 'no'}" in err
    (tmp_path / "bad.json").write_text("{not json", encoding="utf-8")
    code, _, err = run(capsys, "import", str(tmp_path / "bad.json"), "--data-dir", folder)
    assert code == 1
    assert "not valid JSON" in err


def test_the_demo_exports_from_a_real_process(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "jobdesk", "export", "--demo", "-o", str(tmp_path / "demo.ics")],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    said = re.match(r"Saved (\d+) interviews and (\d+) offer reply deadlines? to ", done.stdout)
    assert said, done.stdout
    interviews, deadlines = int(said[1]), int(said[2])
    assert interviews > 0 and deadlines > 0  # the sample search has both
    assert (tmp_path / "demo.ics").read_bytes().count(b"BEGIN:VEVENT") == interviews + deadlines
