"""Start-up time: jobdesk against a bare PySide6 window measured in the same run, and the ratio.

Each start is a fresh process, Qt offscreen, timed the same way for both:
- to window shown: from just before the process is started to the first turn of the event
  loop after the window is shown (where `jobdesk --check-start` takes its reading);
- to first paint: to the first turn of the event loop after the window's first paint (what
  the user sees first; `--check-start` reads it too): work moved from before the show into
  the first paint shows here;
- whole process: from start to exit of a run that shows the window, waits 300 ms for the
  first paint, saves a screenshot and quits (`jobdesk --screenshot`; the bare window does the
  same), so interpreter start-up, imports and tear-down count too.
The two are started in turn (bare, jobdesk, bare, ...), so that a change in a shared
machine's load falls on both alike; each figure is the median of its starts.
The bare window is a QMainWindow holding a QTabWidget with one QTableView, in `python -c`.
jobdesk runs on an empty folder, and with `--data-dir DIR` or `--applications N` (built by
make_data) also on a folder with data. A built bundle (dist/jobdesk) is timed as well.
Run: .venv/bin/python benchmarks/startup.py [--runs 5] [--applications 10000 | --data-dir DIR]
"""

from __future__ import annotations

import argparse
import compileall
import os
import re
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

SCREENSHOT_WAIT_MS = 300  # what `jobdesk --screenshot` waits before grabbing

# A bare window in the shape of jobdesk's: tabs holding a table. "check" prints the clock at the
# first turn of the event loop after show() and after the first paint (read as jobdesk's
# StartClock reads it), and quits; "screenshot" saves a PNG as jobdesk does.
BARE_WINDOW = f"""
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QTabWidget, QTableView
app = QApplication(sys.argv[:1])
window = QMainWindow()
tabs = QTabWidget()
table = QTableView()
table.setModel(QStandardItemModel(0, 11, table))
tabs.addTab(table, "Pipeline")
window.setCentralWidget(tabs)
window.resize(1200, 760)
window.show()
def shown():
    print("SHOWN", time.perf_counter(), flush=True)
def painted():
    print("PAINTED", time.perf_counter(), flush=True)
    app.quit()
class Paint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.UpdateRequest:
            QTimer.singleShot(0, painted)
        return False
def screenshot():
    window.grab().save(sys.argv[2], "PNG")
    app.quit()
if sys.argv[1] == "check":
    paint = Paint()
    window.installEventFilter(paint)
    QTimer.singleShot(0, shown)
else:
    QTimer.singleShot({SCREENSHOT_WAIT_MS}, screenshot)
sys.exit(app.exec())
"""

# jobdesk as `python -m jobdesk` runs it, telling first when its own clock started, so that
# the time it reports can be put on the same clock as the bare window's.
JOBDESK = """
import sys
import jobdesk.app
print("STARTED", jobdesk.app.STARTED, flush=True)
sys.exit(jobdesk.app.main(sys.argv[1:]))
"""


def _env(home: str) -> dict[str, str]:
    return dict(os.environ, JOBDESK_HOME=home, QT_QPA_PLATFORM="offscreen")


def _run(command: list[str], env: dict[str, str]) -> tuple[float, float, str]:
    """(perf_counter just before the start, seconds until exit, stdout) of one process."""
    began = time.perf_counter()
    out = subprocess.run(command, capture_output=True, text=True, env=env, check=True).stdout
    return began, time.perf_counter() - began, out


def _number(pattern: str, text: str) -> float:
    match = re.search(pattern, text)
    if match is None:
        raise SystemExit(f"unexpected output, no {pattern!r} in:\n{text}")
    return float(match.group(1))


def bare_once(folder: str) -> tuple[float, float, float]:
    """Seconds to shown, of the whole screenshot process, and to the first paint, for one
    bare window."""
    env = _env(folder)
    began, _, out = _run([sys.executable, "-c", BARE_WINDOW, "check"], env)
    shown = _number(r"SHOWN ([0-9.]+)", out) - began
    painted = _number(r"PAINTED ([0-9.]+)", out) - began
    png = str(Path(folder) / "bare.png")
    whole = _run([sys.executable, "-c", BARE_WINDOW, "screenshot", png], env)[1]
    return shown, whole, painted


def jobdesk_once(data_dir: Path | None) -> tuple[float, float, float, float, int]:
    """Seconds to shown, of the whole screenshot process, to the first paint, and to shown
    as jobdesk reports it; and the number of applications it showed. On a new empty folder,
    or on `data_dir`."""
    where = ["--data-dir", str(data_dir)] if data_dir else []
    with tempfile.TemporaryDirectory() as home:
        began, _, out = _run([sys.executable, "-c", JOBDESK, *where, "--check-start"], _env(home))
        started = _number(r"STARTED ([0-9.]+)", out)
        took = _number(r"started in ([0-9.]+) s", out)
        painted = _number(r"painted at ([0-9.]+) s", out)
        count = int(_number(r"with ([0-9]+) applications", out))
    with tempfile.TemporaryDirectory() as home:
        png = str(Path(home) / "jobdesk.png")
        command = [sys.executable, "-m", "jobdesk", *where, "--screenshot", png]
        whole = _run(command, _env(home))[1]
    return started + took - began, whole, started + painted - began, took, count


def side_by_side(runs: int, data_dir: Path | None) -> tuple[list[tuple[float, ...]], ...]:
    """`runs` starts of the bare window and of jobdesk, taken in turn (bare, jobdesk, bare,
    ...), so that a change in the machine's load falls on both alike."""
    bares: list[tuple[float, ...]] = []
    ours: list[tuple[float, ...]] = []
    with tempfile.TemporaryDirectory() as folder:
        for _ in range(runs):
            bares.append(bare_once(folder))
            ours.append(jobdesk_once(data_dir))
    return bares, ours


def compile_sources() -> None:
    """Byte-compile jobdesk's modules first, as an installation (pip, the bundle) has them:
    with PYTHONDONTWRITEBYTECODE set, or after an edit, each start would compile them again
    (about 60 ms) and time the compiler rather than the start."""
    compileall.compile_dir(ROOT / "jobdesk", quiet=1)


def medians(rows: list[tuple[float, ...]]) -> list[float]:
    return [statistics.median(column) for column in zip(*rows, strict=True)]


def applications_in(folder: Path) -> int:
    """How many applications the folder holds (a large search shows its newest first, so
    the window's own count at the first show can be smaller)."""
    connection = sqlite3.connect(
        f"{(folder / 'jobdesk.sqlite').absolute().as_uri()}?mode=ro", uri=True
    )
    try:
        return int(connection.execute("SELECT count(*) FROM application").fetchone()[0])
    finally:
        connection.close()


def bundle(path: Path, runs: int) -> tuple[float, float]:
    """Median of what the bundle reports with --check-start, and of its whole process."""
    reported, whole = [], []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as home:
            _, took, out = _run([str(path), "--check-start"], _env(home))
            reported.append(_number(r"started in ([0-9.]+) s", out))
            whole.append(took)
    return statistics.median(reported), statistics.median(whole)


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="median of this many starts")
    data = parser.add_mutually_exclusive_group()
    data.add_argument("--data-dir", type=Path, metavar="DIR", help="also start on this folder")
    data.add_argument(
        "--applications", type=int, metavar="N", help="also start on N applications (make_data)"
    )
    parser.add_argument("--seed", type=int, default=1, help="make_data's seed")
    args = parser.parse_args()

    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(
        f"machine: {os.cpu_count()} cores; load average {load:.1f} at start (on a shared "
        f"machine the figures are noisy); median of {args.runs} starts, Qt offscreen"
    )
    compile_sources()
    bares, empties = side_by_side(args.runs, None)
    bare_shown, bare_whole, bare_painted = medians(bares)
    empty_shown, empty_whole, empty_painted, empty_reported, _ = medians(empties)
    print(f"{'':34} {'to window shown':>16} {'to first paint':>15} {'whole process':>15}")
    print(
        f"{'bare PySide6 window':34} {bare_shown:>14.2f} s {bare_painted:>13.2f} s "
        f"{bare_whole:>13.2f} s"
    )
    print(
        f"{'jobdesk, empty folder':34} {empty_shown:>14.2f} s {empty_painted:>13.2f} s "
        f"{empty_whole:>13.2f} s"
    )
    print(
        f"{'  ratio jobdesk / bare':34} {empty_shown / bare_shown:>14.1f} x "
        f"{empty_painted / bare_painted:>13.1f} x {empty_whole / bare_whole:>13.1f} x   "
        "target (issue 9): ≤ 2 x"
    )
    # The fastest start of each is the one least slowed by other work on the machine.
    fastest_bare = [min(column) for column in zip(*bares, strict=True)]
    fastest_ours = [min(column) for column in zip(*empties, strict=True)]
    print(
        f"{'  ratio of the fastest starts':34} {fastest_ours[0] / fastest_bare[0]:>14.1f} x "
        f"{fastest_ours[2] / fastest_bare[2]:>13.1f} x "
        f"{fastest_ours[1] / fastest_bare[1]:>13.1f} x   "
        f"({fastest_ours[0]:.2f} s against {fastest_bare[0]:.2f} s to shown)"
    )

    folder = args.data_dir
    with tempfile.TemporaryDirectory(prefix="jobdesk-startup-data-") as made:
        if args.applications:
            from benchmarks.make_data import build

            folder = Path(made) / "data"
            build(folder, args.applications, seed=args.seed)
        if folder is not None:
            _, with_data = side_by_side(args.runs, folder)
            shown, whole, painted, reported, shown_rows = medians(with_data)
            on_screen = int(shown_rows)
            count = applications_in(folder)
            target = {10_000: "≤ 1 s", 100_000: "≤ 2 s"}.get(count)
            label = f"jobdesk, {count:,} applications"
            print(
                f"{label:34} {shown:>14.2f} s {painted:>13.2f} s {whole:>13.2f} s"
                + (f"   target (issue 9): {target} to a window with data" if target else "")
            )
            print(f"  (jobdesk's own --check-start reading: {reported:.2f} s)")
            if on_screen != count:
                print(
                    f"  (the newest {on_screen:,} were in the window when it showed; "
                    "the rest followed)"
                )
    print(f"  (jobdesk's own --check-start reading on the empty folder: {empty_reported:.2f} s)")

    built = ROOT / "dist" / "jobdesk" / "jobdesk"
    if built.is_file():
        reported, whole = bundle(built, args.runs)
        print(f"bundle, --check-start: reported {reported:.2f} s, whole process {whole:.2f} s")
    else:
        print("(no bundle: packaging/build.sh makes dist/jobdesk)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
