"""UI latency: the median milliseconds of what a user does, on a window holding N applications.

For each size it builds a data folder with make_data (or reuses one from `--cache`), copies
it, and in a fresh process (Qt offscreen, so the peak memory of one size does not mix with
another's) builds the real window as jobdesk does, then times, each until the window is idle
again (no event left to deliver, no background job running):
open the window with data (construct, show, settle), move one application forward, reject
one, undo, edit one, one keystroke in the pipeline's search box, and switching to each tab;
and the peak RSS of the process. Each run acts on a different application. The targets of
issue 9 are printed beside the figures.
Run: .venv/bin/python benchmarks/ui_latency.py [--applications 1000,10000] [--runs 3]
     [--cache DIR]   (add 100000 to the sizes for the largest; today's code needs minutes there)
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.make_data import build, describe  # noqa: E402
from jobdesk.store.migrations import LATEST_VERSION  # noqa: E402

DEFAULT_SIZES = "1000,10000"
NEVER_IDLE_SECONDS = 600.0

# Issue 9's targets: figure name -> {applications: most milliseconds (MB for memory)}.
ACTION = {10_000: 50.0, 100_000: 150.0}
TARGETS: dict[str, dict[int, float]] = {
    "open": {10_000: 1000.0, 100_000: 2000.0},
    "advance": ACTION,
    "reject": ACTION,
    "undo": ACTION,
    "edit": ACTION,
    "keystroke": {10_000: 50.0, 100_000: 50.0},
    "rss_mb": {100_000: 250.0},
}
LABELS = {
    "services": "open the database and services",
    "open": "open the window with data",
    "advance": "move one forward",
    "reject": "reject one",
    "undo": "undo (the rejection)",
    "edit": "edit one (details)",
    "keystroke": "one search keystroke",
    "rss_mb": "peak RSS, MB",
}
TARGET_TEXT = {
    "open": "≤ 1 s at 10,000; ≤ 2 s at 100,000",
    "advance": "≤ 50 ms at 10,000; ≤ 150 ms at 100,000",
    "keystroke": "≤ 50 ms (at 100,000 too)",
    "rss_mb": "≤ 250 MB at 100,000",
}


# --- the parent: data folders, one process per size, the table -----------------------------


def data_folder(cache: Path, applications: int, seed: int) -> Path:
    """The cached folder for this size, built once; a half-built one is built again."""
    folder = cache / f"{applications}-seed{seed}-schema{LATEST_VERSION}"
    marker = folder / "made.txt"
    if marker.is_file():
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    built = build(folder, applications, seed=seed)
    text = describe(built)
    marker.write_text(text + "\n", encoding="utf-8")
    print(text.replace("\n", "\n  ").replace("built", "  built", 1), flush=True)
    return folder


def measure_size(folder: Path, runs: int) -> dict[str, Any]:
    """Run the measurements on a copy of `folder` (they change the data) in a new process."""
    with tempfile.TemporaryDirectory(prefix="jobdesk-latency-") as work:
        copy = Path(work) / "data"
        shutil.copytree(folder, copy, ignore=shutil.ignore_patterns("made.txt"))
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        done = subprocess.run(
            [sys.executable, __file__, "--measure", str(copy), "--runs", str(runs)],
            env=env,
            stdout=subprocess.PIPE,
            text=True,
            check=False,
        )
    lines = [line for line in done.stdout.splitlines() if line.startswith("RESULT ")]
    if done.returncode != 0 or not lines:
        raise SystemExit(f"measuring {folder.name} failed (exit {done.returncode})")
    result: dict[str, Any] = json.loads(lines[-1].removeprefix("RESULT "))
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument(
        "--applications",
        default=DEFAULT_SIZES,
        metavar="N,N,...",
        help=f"sizes to measure (default {DEFAULT_SIZES}; 100000 is the issue's largest)",
    )
    parser.add_argument("--runs", type=int, default=3, help="median of this many runs")
    parser.add_argument("--seed", type=int, default=1, help="make_data's seed")
    parser.add_argument(
        "--cache", type=Path, metavar="DIR", help="keep the built data folders here, for reuse"
    )
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        print("RESULT " + json.dumps(measure(args.measure, args.runs)), flush=True)
        return 0

    sizes = [int(s.replace("_", "")) for s in args.applications.split(",") if s.strip()]
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(
        f"machine: {os.cpu_count()} cores, {platform.system()} {platform.machine()}, "
        f"Python {platform.python_version()}; load average {load:.1f} at start "
        "(on a shared machine the figures are noisy)"
    )
    temporary = None
    if args.cache is None:
        temporary = tempfile.TemporaryDirectory(prefix="jobdesk-latency-data-")
        cache = Path(temporary.name)
    else:
        cache = args.cache
        cache.mkdir(parents=True, exist_ok=True)
    results: dict[int, dict[str, Any]] = {}
    try:
        for size in sizes:
            print(f"{size:,} applications:", flush=True)
            began = time.perf_counter()
            results[size] = measure_size(data_folder(cache, size, args.seed), args.runs)
            print(f"  measured in {time.perf_counter() - began:.0f} s", flush=True)
    finally:
        if temporary is not None:
            temporary.cleanup()
    print_table(results, sizes, args.runs)
    return 0


def print_table(results: dict[int, dict[str, Any]], sizes: list[int], runs: int) -> None:
    first = next(iter(results.values()))
    print()
    print(f"PySide6 {first['qt']}; sizes run: {', '.join(f'{s:,}' for s in sizes)}")
    if 100_000 not in sizes:
        print("(100,000 not run: add it with --applications 1000,10000,100000; it takes minutes)")
    print(f"median of {runs} runs, milliseconds until the window is idle again")
    head = f"{'':34}" + "".join(f"{s:>16,}" for s in sizes) + "   target (issue 9)"
    print(head)
    names = ["services", "open", "advance", "reject", "undo", "edit", "keystroke"]
    names += [f"tab:{t}" for t in first["tabs"]] + ["rss_mb"]
    for name in names:
        label = LABELS.get(name) or f"switch to {name.removeprefix('tab:')}"
        cells = []
        for size in sizes:
            value = _figure(results[size], name)
            limit = TARGETS.get(name, ACTION if name.startswith("tab:") else {}).get(size)
            mark = "" if limit is None else (" met" if value <= limit else " OVER")
            cells.append(f"{value:>11.0f}{mark:<5}")
        target = TARGET_TEXT.get(name, "")
        if name in ("reject", "undo", "edit") or name.startswith("tab:"):
            target = "as any action"
        print(f"{label:34}" + "".join(cells) + f"   {target}")
    errors = [e for r in results.values() for e in r["errors"]]
    for error in errors:
        print(f"! {error}")


def _figure(result: dict[str, Any], name: str) -> float:
    if name == "rss_mb":
        return float(result["rss_mb"])
    samples = result["tabs"][name[4:]] if name.startswith("tab:") else result[name]
    return float(statistics.median(samples)) * 1000


# --- the child: one window, timed -----------------------------------------------------------


def measure(folder: Path, runs: int) -> dict[str, Any]:
    """Time the window on the data folder `folder` (changed by the actions); Qt offscreen."""
    import resource

    import PySide6
    from PySide6.QtCore import (
        QCoreApplication,
        QEvent,
        QEventLoop,
        QObject,
        Qt,
        QThreadPool,
        QTimer,
        qInstallMessageHandler,
    )
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QWidget

    from jobdesk.domain.enums import Outcome, Stage
    from jobdesk.paths import Paths
    from jobdesk.services.bundle import build_services
    from jobdesk.store.database import open_database
    from jobdesk.ui.dialogs.prompts import Prompts
    from jobdesk.ui.shell.gui import application
    from jobdesk.ui.shell.main_window import MainWindow

    errors: list[str] = []

    class Recording(Prompts):
        """A refused action must not wait on a message box, and must not pass for a fast one."""

        def error(self, parent: QWidget | None, text: str) -> None:
            errors.append(text)

        def info(self, parent: QWidget | None, text: str) -> None:
            pass

    class Activity(QObject):
        """Counts every event delivered on the UI thread: no new one means nothing happened."""

        def __init__(self) -> None:
            super().__init__()
            self.events = 0

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            self.events += 1
            return False

    def note(text: str) -> None:
        print(f"  {text}", file=sys.stderr, flush=True)

    def qt_message(_kind: object, _context: object, text: str) -> None:
        # The offscreen platform cannot do everything a desktop does; that is not news here.
        if not text.startswith("This plugin does not support"):
            print(f"  Qt: {text}", file=sys.stderr, flush=True)

    qInstallMessageHandler(qt_message)
    began = time.perf_counter()
    paths = Paths(folder)
    db = open_database(paths.database, paths.backups)
    services = build_services(db, paths)
    services_time = time.perf_counter() - began
    app = application()
    activity = Activity()
    app.installEventFilter(activity)
    pool = QThreadPool.globalInstance()
    prompts = Recording()

    def waiting() -> bool:
        """A job on the thread pool, or a short one-shot timer of the window about to fire
        (how a search box waits for the typing to pause): the work is not done yet."""
        if pool.activeThreadCount() > 0:
            return True
        timers = window.findChildren(QTimer) if window is not None else []
        return any(t.isActive() and t.isSingleShot() and t.interval() < 1000 for t in timers)

    def settle() -> None:
        """Deliver events until three passes in a row deliver none and nothing is pending."""
        quiet = 0
        deadline = time.perf_counter() + NEVER_IDLE_SECONDS
        while quiet < 3:
            before = activity.events
            QCoreApplication.sendPostedEvents()
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)
            if activity.events != before:
                quiet = 0
            elif waiting():
                quiet = 0
                time.sleep(0.001)
            else:
                quiet += 1
            if time.perf_counter() > deadline:
                raise SystemExit(f"the window was still busy after {NEVER_IDLE_SECONDS:.0f} s")

    def timed(action: Callable[[], object]) -> float:
        settle()
        start = time.perf_counter()
        action()
        settle()
        return time.perf_counter() - start

    def performed(call: Callable[[], Any]) -> Callable[[], None]:
        def act() -> None:
            if window.perform(call) is None:
                errors.append("an action was refused (its figure is not a real one)")

        return act

    samples: dict[str, list[float]] = {k: [] for k in ("open", "advance", "reject", "undo")}
    samples.update(edit=[], keystroke=[])
    window: MainWindow | None = None
    for run in range(runs):
        note(f"opening the window ({run + 1} of {runs})")
        if window is not None:
            window.close()
            window.deleteLater()
            window = None
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            settle()

        def open_window() -> None:
            nonlocal window
            window = MainWindow(services, prompts=prompts)
            window.show()

        samples["open"].append(timed(open_window))
    assert window is not None

    apps = services.pipeline.applications()
    rng = random.Random(runs)
    movable = [a for a in apps if a.outcome is Outcome.ACTIVE and a.furthest_stage < Stage.OFFER]
    if len(movable) < 2 * runs:
        raise SystemExit("too few active applications to move; build a larger folder")
    picked = rng.sample(movable, 2 * runs)
    to_edit = rng.sample(apps, runs)
    tabs = {window.tabs.tabText(i).replace("&", ""): i for i in range(window.tabs.count())}
    # The pipeline last: switching back to it after looking at the others.
    order = [*(name for name, i in tabs.items() if i != 0), *(n for n, i in tabs.items() if i == 0)]
    tab_samples: dict[str, list[float]] = {name: [] for name in order}
    pipeline = services.pipeline
    for run in range(runs):
        note(f"actions ({run + 1} of {runs})")
        forward, rejected = picked[2 * run], picked[2 * run + 1]
        following = forward.furthest_stage.next()
        assert following is not None
        advance = partial(pipeline.advance, forward.id, following)
        samples["advance"].append(timed(performed(advance)))
        samples["reject"].append(timed(performed(partial(pipeline.reject, rejected.id))))
        samples["undo"].append(timed(performed(pipeline.undo)))
        current = pipeline.application(to_edit[run].id)
        details = replace(current.details, notes=(current.details.notes + " Edited.").strip())
        samples["edit"].append(timed(performed(partial(pipeline.edit, current.id, details))))

        search = window.pipeline_tab.search_edit
        search.clear()
        window.activateWindow()
        search.setFocus(Qt.FocusReason.OtherFocusReason)
        samples["keystroke"].append(timed(partial(QTest.keyClick, search, "e")))
        if search.text() != "e":
            errors.append("the keystroke did not reach the search box")
        search.clear()
        settle()
        for name in order:
            tab_samples[name].append(timed(partial(window.tabs.setCurrentIndex, tabs[name])))
    window.close()
    rss_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    db.close()
    return {
        "applications": len(apps),
        "services": [services_time],
        **samples,
        "tabs": tab_samples,
        "rss_mb": rss_kb / 1024,
        "errors": sorted(set(errors)),
        "qt": PySide6.__version__,
    }


if __name__ == "__main__":
    sys.exit(main())
