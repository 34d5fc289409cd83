"""Crash test: a child process writes through the services and is killed with SIGKILL at a
random moment; every reopened database must pass `integrity_check` and hold exactly what
was committed.

The child prints each change on stdout only after the service call returned (committed),
so after a kill the database holds every printed change, plus at most the one in flight.
Each run reopens the same data folder, so recovery from a hot -wal is part of the test.

Run: .venv/bin/python benchmarks/crash.py [--runs 1000] [--seed N]
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


@dataclass
class Outcome:
    runs: int = 0
    commits: int = 0
    in_flight_kept: int = 0  # a change that was committed but killed before it was printed
    problems: list[str] = field(default_factory=list)
    # What the database held after the previous run: still there, plus this run's commits.
    added: set[int] = field(default_factory=set)
    advanced: set[int] = field(default_factory=set)


def child(data_dir: Path) -> None:
    """Write changes until killed: add an application, and move every other one forward."""
    sys.path.insert(0, str(ROOT))
    from datetime import date

    from jobdesk.domain.application import ApplicationDetails
    from jobdesk.domain.enums import Stage
    from jobdesk.paths import Paths
    from jobdesk.services.bundle import build_services
    from jobdesk.store.database import open_database

    paths = Paths(data_dir)
    db = open_database(paths.database, paths.backups)
    services = build_services(db, paths, today=lambda: date(2026, 11, 20))
    pipeline = services.pipeline
    number = len(pipeline.applications())
    print("ready", flush=True)
    while True:
        number += 1
        details = ApplicationDetails(f"Company {number}", "Engineer", date(2026, 11, 2))
        app_id = pipeline.add(details).application_ids[0]
        print(f"add {number}", flush=True)
        if number % 2 == 0:
            pipeline.advance(app_id, Stage.RESPONDED, date(2026, 11, 5))
            print(f"advance {number}", flush=True)


def _state(database: Path) -> tuple[str, set[int], set[int]]:
    conn = sqlite3.connect(database)
    try:
        check = conn.execute("PRAGMA integrity_check").fetchone()[0]
        added = {
            int(name.removeprefix("Company "))
            for (name,) in conn.execute("SELECT name FROM company")
        }
        advanced = {
            int(name.removeprefix("Company "))
            for (name,) in conn.execute(
                "SELECT c.name FROM stage_event e JOIN application a ON a.id = e.application_id "
                "JOIN company c ON c.id = a.company_id WHERE e.stage = 'responded'"
            )
        }
    finally:
        conn.close()
    return check, added, advanced


def crash_once(data_dir: Path, rng: random.Random, outcome: Outcome) -> None:
    process = subprocess.Popen(
        [sys.executable, str(Path(__file__).resolve()), "--child", str(data_dir)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
    )
    assert process.stdout is not None
    first = process.stdout.readline()
    if first.strip() != "ready":
        process.kill()
        outcome.problems.append(f"the child did not start: {first!r} {process.stderr.read()}")
        return
    time.sleep(rng.uniform(0.0, 0.25))
    process.send_signal(signal.SIGKILL)
    # Read on through the same buffered reader: readline() above may already hold the
    # first reports (communicate() would read past them, on the raw pipe).
    out = process.stdout.read()
    process.wait()
    if process.stderr is not None:
        process.stderr.close()
    outcome.runs += 1
    said = [line.split() for line in out.splitlines() if line.strip()]
    reported_adds = {int(n) for kind, n in said if kind == "add"}
    reported_advances = {int(n) for kind, n in said if kind == "advance"}
    check, added, advanced = _state(data_dir / "jobdesk.sqlite")
    if check != "ok":
        outcome.problems.append(f"run {outcome.runs}: integrity_check said {check}")
    expected = outcome.added | reported_adds
    extra = added - expected
    if not expected <= added or len(extra) > 1:
        outcome.problems.append(
            f"run {outcome.runs}: lost {sorted(expected - added)}, unexplained {sorted(extra)}"
        )
    outcome.in_flight_kept += len(extra)
    outcome.commits += len(reported_adds) + len(reported_advances)
    expected_advances = outcome.advanced | reported_advances
    if not expected_advances <= advanced or len(advanced - expected_advances) > 1:
        outcome.problems.append(
            f"run {outcome.runs}: advances lost {sorted(expected_advances - advanced)}"
        )
    outcome.added, outcome.advanced = added, advanced


def run_crashes(data_dir: Path, runs: int, seed: int) -> Outcome:
    rng = random.Random(seed)
    outcome = Outcome()
    for _ in range(runs):
        crash_once(data_dir, rng, outcome)
    return outcome


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=100)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--child", metavar="DIR", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(Path(args.child))
        return 0
    with tempfile.TemporaryDirectory(prefix="jobdesk-crash-") as folder:
        began = time.perf_counter()
        outcome = run_crashes(Path(folder), args.runs, args.seed)
        took = time.perf_counter() - began
    print(
        f"{outcome.runs} SIGKILLs in {took:.1f} s: {outcome.commits} commits reported, "
        f"{len(outcome.problems)} problems, {outcome.in_flight_kept} in-flight changes kept"
    )
    for problem in outcome.problems[:20]:
        print("  " + problem)
    return 1 if outcome.problems else 0


if __name__ == "__main__":
    sys.exit(main())
