"""`jobdesk stats`: the same figures as the window, read-only, with clear messages."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from peewee import SqliteDatabase

from jobdesk.domain.stats import wilson_interval
from jobdesk.paths import Paths
from jobdesk.services.bundle import Services
from jobdesk.services.instance import InstanceLock
from jobdesk.stats_command import main
from jobdesk.store.tables import database

TODAY = "2026-11-20"


@pytest.fixture(autouse=True)
def restore_database(db: SqliteDatabase) -> Iterator[None]:
    """The command points the store at its own read-only connection; tests keep theirs."""
    yield
    database.initialize(db)


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["--today", TODAY, *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_json_for_the_sample_search(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "--json", "--demo")
    assert code == 0, err
    data = json.loads(out)
    assert data["schema"] == 2
    assert data["applications"] == 82
    assert data["counting"]["no_response_days"] == 30
    assert data["counting"]["min_sample"] == 5
    first = data["funnel"][0]
    assert (first["from"], first["to"]) == ("applied", "responded")
    # The 26 sent in the last 30 days are too early (8 have replied); 55 are old enough.
    assert (first["moved_on"], first["resolved"], first["pending"], first["withdrawn"]) == (
        14,
        55,
        0,
        1,
    )
    assert (first["too_early"], first["too_early_moved_on"]) == (26, 8)
    assert first["rate"] == 14 / 55 and first["reference"] == 0.2
    assert first["interval"][0] < first["rate"] < first["interval"][1]
    last = data["funnel"][-1]
    assert (last["enough_data"], last["more_needed"]) == (False, 2)
    assert data["leaking_stage"]["from"] == "technical"
    assert data["leaking_stage"]["likely_causes"]
    assert data["leak_message"].startswith("Technical → final round is where your search leaks")
    (experiment,) = data["experiments"]
    assert (experiment["dimension"], experiment["metric"]) == ("channel", "response")
    referral = next(v for v in experiment["values"] if v["value"] == "referral")
    assert (referral["moved_on"], referral["resolved"]) == (4, 7)
    assert experiment["comparison"]["verdict"].endswith("unlikely to be chance, p = 0.04.")
    assert data["overall"] is None


def test_the_last_30_days_of_the_sample_are_too_early_not_100_percent(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The issue's case: this said "100% (8 of 8, 18 pending), 95% interval 68–100%"."""
    code, out, _ = run(capsys, "--demo", "--last", "30")
    assert code == 0
    assert (
        "Application → response   too early         0         0        0             —    8 of 26"
        in out
    )
    assert "too early: 8 of 26 have replied so far" in out
    code, out, _ = run(capsys, "--demo", "--last", "30", "--json")
    first = json.loads(out)["funnel"][0]
    assert (first["rate"], first["resolved"], first["status"]) == (None, 0, "too_early")
    assert (first["too_early"], first["too_early_moved_on"]) == (26, 8)


def test_compare_and_range_options(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(
        capsys, "--json", "--demo", "--compare", "Referral", "direct", "--last", "90"
    )
    assert code == 0, err
    data = json.loads(out)
    assert data["experiments"][0]["comparison"]["first"] == "referral"
    assert data["range"]["label"] == "Last 90 days"
    assert data["overall"]["applications"] == 82


def test_text_for_a_dimension(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--demo", "--dimension", "resume", "--metric", "interview")
    assert code == 0
    assert (
        "Application → response    25%        14        55        0        16–38%    8 of 26" in out
    )
    assert "Interview rate by resume variant" in out
    assert "A — impact first" in out and "B — skills first" in out


def test_a_folder_with_no_data(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, err = run(capsys, "--data-dir", str(tmp_path / "nothing"))
    assert code == 1 and out == ""
    assert f"There is no data yet in {tmp_path / 'nothing'}" in err
    assert not (tmp_path / "nothing").exists()  # nothing was created either


def test_reads_the_apps_folder_without_writing_or_locking(
    capsys: pytest.CaptureFixture[str], services: Services, paths: Paths
) -> None:
    services.pipeline.load_sample()
    before = hashlib.sha256(paths.database.read_bytes()).hexdigest()
    # The app is running: it holds the lock. The command must not need it.
    with InstanceLock(paths.lock_file):
        code, out, err = run(capsys, "--data-dir", str(paths.data_dir))
    assert code == 0, err
    assert "82 applications (All dates) from " + str(paths.data_dir) in out
    assert hashlib.sha256(paths.database.read_bytes()).hexdigest() == before


def test_jobdesk_home_names_the_folder(
    capsys: pytest.CaptureFixture[str],
    services: Services,
    paths: Paths,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    services.pipeline.load_sample()
    monkeypatch.setenv("JOBDESK_HOME", str(paths.data_dir))
    code, out, _ = run(capsys, "--json")
    assert code == 0 and json.loads(out)["applications"] == 82


def test_an_older_or_newer_schema_or_not_a_database(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    folder = tmp_path / "old"
    folder.mkdir()
    import sqlite3

    con = sqlite3.connect(folder / "jobdesk.sqlite")
    con.execute("CREATE TABLE application (id INTEGER PRIMARY KEY)")
    con.execute("PRAGMA user_version = 1")
    con.commit()
    code, _, err = run(capsys, "--data-dir", str(folder))
    assert code == 1 and "Start the jobdesk app once" in err
    con.execute("PRAGMA user_version = 99")
    con.commit()
    con.close()
    code, _, err = run(capsys, "--data-dir", str(folder))
    assert code == 1 and "newer version of jobdesk" in err
    junk = tmp_path / "junk"
    junk.mkdir()
    (junk / "jobdesk.sqlite").write_bytes(b"not a database at all" * 100)
    code, _, err = run(capsys, "--data-dir", str(junk))
    assert code == 1 and "could not be read as a jobdesk database" in err
    assert (junk / "jobdesk.sqlite").read_bytes() == b"not a database at all" * 100


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--dimension", "colour"], "There is no dimension called “colour”"),
        (["--metric", "joy"], "There is no metric called “joy”"),
        (["--from", "2026-11-10", "--to", "2026-11-01"], "Swap the two dates"),
        (["--compare", "referral", "carrier-pigeon"], "No channel called “carrier-pigeon”"),
        (["--compare", "referral", "Referral"], "two different values"),
    ],
)
def test_bad_input_is_explained(
    capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    code, _, err = run(capsys, "--demo", *args)
    assert code in (1, 2)
    assert message in err


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--from", "yesterday"], "is not a date; write it as YYYY-MM-DD"),
        (["--last", "0"], "is not a number of days"),
        (["--demo", "--data-dir", "x"], "not allowed with argument"),
    ],
)
def test_malformed_options_stop_with_usage(
    capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(args)
    assert stopped.value.code == 2
    assert message in capsys.readouterr().err


@pytest.mark.slow
def test_the_real_command(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "JOBDESK_HOME"}
    result = subprocess.run(
        [sys.executable, "-m", "jobdesk", "stats", "--demo", "--json"],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["applications"] == 82
    # A terminal command: it never loads Qt.
    check = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys, contextlib, io\n"
            "from jobdesk.app import main\n"
            "with contextlib.redirect_stdout(io.StringIO()):\n"
            "    main(['stats', '--demo'])\n"
            "print(any(m.startswith('PySide6') for m in sys.modules))",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert check.stdout.strip() == "False", check.stderr


def test_json_holds_the_patterns_and_each_improvement(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--json", "--demo")
    assert code == 0
    found = json.loads(out)
    design = next(p for p in found["patterns"] if p["topic"] == "System design")
    # The sample's debriefs tag system design in 8 separate technical and final rounds.
    assert (design["mentions"], design["applications"], design["recurring"]) == (8, 8, True)
    assert design["stages"] == {"technical": 7, "final": 1}
    single = [p for p in found["patterns"] if not p["recurring"]]
    assert single and all(p["applications"] == 1 for p in single)
    timed, early = found["improvements"]
    # Started on the day that splits the sample's technical rounds most evenly.
    assert timed["started_on"] == "2026-10-11"
    assert (timed["before"]["moved_on"], timed["before"]["resolved"]) == (1, 5)
    assert (timed["after"]["moved_on"], timed["after"]["resolved"]) == (4, 5)
    assert timed["before"]["interval"] == list(wilson_interval(1, 5))  # 3.6–62.4%
    assert timed["after"]["interval"] == list(wilson_interval(4, 5))  # 37.6–96.4%
    # Fisher's exact on [[1, 4], [4, 1]]: C(5,x) C(5,5-x) / C(10,5) for x = 0..5 is
    # 1, 25, 100, 100, 25, 1 over 252; no likelier than x = 1: 1 + 25 + 25 + 1 = 52 of 252.
    assert timed["p_value"] == pytest.approx(52 / 252, rel=1e-12)
    assert timed["too_early"] is False
    assert early["too_early"] is True and early["p_value"] is None
    assert early["summary"] == "Too early to tell: 5 more resolved at this stage would settle it."


def test_an_offer_accepted_with_no_offer_event_is_counted_as_an_offer(
    capsys: pytest.CaptureFixture[str], services: Services, paths: Paths
) -> None:
    # The service refuses to write this; an import (or plain SQL) can.
    from datetime import date

    from jobdesk.domain.application import ApplicationDetails, EventKind, StageEvent
    from jobdesk.domain.enums import Outcome, Stage
    from jobdesk.store import applications as store

    store.insert(
        ApplicationDetails("Acme", "Engineer", date(2026, 9, 1)),
        (
            StageEvent(EventKind.STAGE, date(2026, 9, 20), stage=Stage.TECHNICAL),
            StageEvent(
                EventKind.OUTCOME,
                date(2026, 10, 1),
                stage=Stage.TECHNICAL,
                outcome=Outcome.ACCEPTED,
            ),
        ),
    )
    code, out, err = run(capsys, "--json", "--data-dir", str(paths.data_dir))
    assert code == 0, err
    steps = json.loads(out)["funnel"]
    assert [(s["from"], s["moved_on"], s["resolved"]) for s in steps] == [
        ("applied", 1, 1),
        ("responded", 1, 1),
        ("screen", 1, 1),
        ("technical", 1, 1),
        ("final", 1, 1),
    ]
    code, out, err = run(capsys, "--data-dir", str(paths.data_dir))
    assert code == 0, err
