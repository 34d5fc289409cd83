"""UI latency: the median milliseconds of what a user does, on a window holding N applications.

For each size it builds a data folder with make_data (or reuses one from `--cache`), copies
it, and in a fresh process (Qt offscreen, so the peak memory of one size does not mix with
another's) builds the real window as jobdesk does, then times, each until the window is idle
again (no event left to deliver, no background job running):
open the window with data (construct, show, settle), move one application forward, reject
one, undo, edit one, one keystroke in the pipeline's search box, each keystroke of a
company's name typed letter by letter and then deleted (the median and the slowest of them),
switching to each tab, sorting the big tables (the Pipeline, Feedback's follow-ups and
feedback received) by each column, the first time and again after sorting by the others (a
click on a column's title is an action too); and the peak RSS of the process. Each run acts
on a different application. The first visit to each tab (its module imported, the tab built,
its figures worked out) is timed on its own, in a fresh process per run on a fresh copy of
the folder: the window opened and idle, then each tab shown once in the same order, so no
median of later visits hides it. The targets of issue 9 are printed beside the figures.
Run: .venv/bin/python benchmarks/ui_latency.py [--applications 1000,10000] [--runs 3]
     [--cache DIR]   (add 100000 to the sizes for the largest)
     [--clock cpu]   the window thread's CPU time instead of the clock (a busy machine)
     [--profile NAME]  cProfile one figure (as the table names it: tab:Today, advance,
                       first:Insights (a first visit),
                       sort:Pipeline:Company:first, typing ...) and print where its
                       time goes; the figures of a profiled run are slower than real ones
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import json
import os
import platform
import pstats
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks import make_data  # noqa: E402
from benchmarks.bench_clock import CLOCK_VARIABLE, clock  # noqa: E402
from benchmarks.make_data import build, describe  # noqa: E402
from benchmarks.startup import compile_sources  # noqa: E402
from jobdesk.store.migrations import LATEST_VERSION  # noqa: E402

DEFAULT_SIZES = "1000,10000"

# Issue 9's targets: figure name -> {applications: most milliseconds (MB for memory)}.
ACTION = {10_000: 50.0, 100_000: 150.0}
TARGETS: dict[str, dict[int, float]] = {
    "open": {10_000: 1000.0, 100_000: 2000.0},
    "advance": ACTION,
    "reject": ACTION,
    "undo": ACTION,
    "edit": ACTION,
    "keystroke": {10_000: 50.0, 100_000: 50.0},
    "typing": {10_000: 50.0, 100_000: 50.0},
    "typing_worst": {10_000: 50.0, 100_000: 50.0},
    "rss_mb": {100_000: 250.0},
}
LABELS = {
    "services": "open the database and services",
    "up": "window up, its first rows painted",
    "open": "open the window with data",
    "advance": "move one forward",
    "reject": "reject one",
    "undo": "undo (the rejection)",
    "edit": "edit one (details)",
    "keystroke": "one search keystroke",
    "typing": "typing a company's name, then deleting it",
    "typing_worst": "  the slowest of those keystrokes",
    "rss_mb": "peak RSS, MB",
}
TARGET_TEXT = {
    "open": "≤ 1 s at 10,000; ≤ 2 s at 100,000",
    "advance": "≤ 50 ms at 10,000; ≤ 150 ms at 100,000",
    "keystroke": "≤ 50 ms (at 100,000 too)",
    "typing": "≤ 50 ms (at 100,000 too); median of each letter",
    "typing_worst": "≤ 50 ms (at 100,000 too)",
    "rss_mb": "≤ 250 MB at 100,000",
}


# --- the parent: data folders, one process per size, the table -----------------------------


def cache_name(applications: int, seed: int, today: date | None = None) -> str:
    """Names what the folder holds: a change to make_data or the schema builds it anew, and
    so does a new day. Its dates run up to the day it was built, and Today counts from the
    clock (a rejection logged within the last day or so is "just logged"), so a folder
    built yesterday would show another Today than one built now."""
    maker = hashlib.sha256(Path(make_data.__file__).read_bytes()).hexdigest()[:8]
    day = (today or date.today()).isoformat()
    return f"{applications}-seed{seed}-schema{LATEST_VERSION}-make_data-{maker}-{day}"


def data_folder(cache: Path, applications: int, seed: int) -> Path:
    """The cached folder for this size, built once; a half-built one is built again."""
    folder = cache / cache_name(applications, seed)
    marker = folder / "made.txt"
    if marker.is_file():
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    built = build(folder, applications, seed=seed)
    text = describe(built)
    marker.write_text(text + "\n", encoding="utf-8")
    print(text.replace("\n", "\n  ").replace("built", "  built", 1), flush=True)
    return folder


def measure_size(folder: Path, runs: int, profile: str | None = None) -> dict[str, Any]:
    """Run the measurements on a copy of `folder` (they change the data) in a new process,
    then the first visits: one fresh process (and copy) per run."""
    if profile and profile.startswith("first:"):
        result = {"first": {}, "first_rss_mb": []}
    else:
        result = _child(folder, ["--measure", "--runs", str(runs)], profile)
    first: dict[str, list[float]] = {}
    first_rss: list[float] = []
    for _ in range(runs):
        for scenario in SCENARIOS:
            visits = _child(folder, ["--first-visits", scenario], profile)
            for name, seconds in visits["first"].items():
                first.setdefault(name, []).append(seconds)
            first_rss.append(visits["rss_mb"])
            result.setdefault("errors", []).extend(visits["errors"])
    result["first"] = first
    result["first_rss_mb"] = first_rss
    return result


def _child(folder: Path, mode: list[str], profile: str | None) -> dict[str, Any]:
    """One measuring process on a fresh copy of `folder`; what it printed as RESULT."""
    with tempfile.TemporaryDirectory(prefix="jobdesk-latency-") as work:
        copy = Path(work) / "data"
        shutil.copytree(folder, copy, ignore=shutil.ignore_patterns("made.txt"))
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        command = [sys.executable, __file__, *mode, "--data", str(copy)]
        if profile:
            command += ["--profile", profile]
        done = subprocess.run(
            command,
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
    parser.add_argument(
        "--json", type=Path, metavar="FILE", help="also write every sample, per size, here"
    )
    parser.add_argument(
        "--profile", metavar="NAME", help="cProfile this figure (tab:Today, advance, ...)"
    )
    parser.add_argument(
        "--clock",
        choices=("wall", "cpu"),
        default="wall",
        help="cpu: time the window's thread's CPU time, not the clock: for before/after "
        "comparisons on a busy machine (work on other threads, such as a large search's "
        "read at open, is left out)",
    )
    parser.add_argument("--measure", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--first-visits", choices=SCENARIOS, help=argparse.SUPPRESS)
    parser.add_argument("--data", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure or args.first_visits:
        if args.measure:
            result = measure(args.data, args.runs, args.profile)
        else:
            result = measure_first_visits(args.data, args.first_visits, args.profile)
        print("RESULT " + json.dumps(result), flush=True)
        return 0

    sizes = [int(s.replace("_", "")) for s in args.applications.split(",") if s.strip()]
    os.environ[CLOCK_VARIABLE] = args.clock  # the measuring processes read it
    compile_sources()  # as installed: a first visit times its tab, not the compiler
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(
        f"machine: {os.cpu_count()} cores, {platform.system()} {platform.machine()}, "
        f"Python {platform.python_version()}; load average {load:.1f} at start "
        "(on a shared machine the figures are noisy)"
    )
    if args.clock == "cpu":
        print("figures: CPU milliseconds of the window's thread, not the clock")
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
            folder = data_folder(cache, size, args.seed)
            results[size] = measure_size(folder, args.runs, args.profile)
            print(f"  measured in {time.perf_counter() - began:.0f} s", flush=True)
    finally:
        if temporary is not None:
            temporary.cleanup()
    print_table(results, sizes, args.runs)
    if args.json:
        args.json.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    return 0


def print_table(results: dict[int, dict[str, Any]], sizes: list[int], runs: int) -> None:
    first = next(iter(results.values()))
    print()
    if "tabs" not in first:  # a profile of a first visit: only those were measured
        print_first_visits(results, sizes, runs)
        return
    print(f"PySide6 {first['qt']}; sizes run: {', '.join(f'{s:,}' for s in sizes)}")
    if 100_000 not in sizes:
        print("(100,000 not run: add it with --applications 1000,10000,100000; it takes minutes)")
    print(f"median of {runs} runs, milliseconds until the window is idle again")
    head = f"{'':44}" + "".join(f"{s:>16,}" for s in sizes) + "   target (issue 9)"
    print(head)
    names = ["services", "up", "open", "advance", "reject", "undo", "edit", "keystroke"]
    names += ["typing", "typing_worst"]
    names += [f"tab:{t}" for t in first["tabs"]]
    names += [f"sort:{t}:{when}" for t in first["sorts"] for when in ("first", "again")]
    names += ["rss_mb"]
    for name in names:
        label = LABELS.get(name) or _label(name)
        cells = []
        for size in sizes:
            value = _figure(results[size], name)
            action = name.startswith(("tab:", "sort:"))
            limit = TARGETS.get(name, ACTION if action else {}).get(size)
            mark = "" if limit is None else (" met" if value <= limit else " OVER")
            cells.append(f"{value:>11.0f}{mark:<5}")
        target = TARGET_TEXT.get(name, "")
        if name in ("reject", "undo", "edit") or name.startswith(("tab:", "sort:")):
            target = "as any action"
        print(f"{label:44}" + "".join(cells) + f"   {target}")
    print_first_visits(results, sizes, runs)
    print_sorts(results, sizes)
    errors = sorted({e for r in results.values() for e in r["errors"]})
    for error in errors:
        print(f"! {error}")


def print_first_visits(results: dict[int, dict[str, Any]], sizes: list[int], runs: int) -> None:
    """The first visits, each in a fresh window (median of `runs` processes), with the
    longest step of each (the longest a click made meanwhile would wait), and the peak RSS
    of those processes (the largest)."""
    first = next(iter(results.values()))
    print(
        f"first visits, a fresh window per run (median of {runs}), ms until idle "
        "(longest single step in brackets):"
    )
    for name in first["first"]:
        if name.endswith(":step"):
            continue
        cells = []
        for size in sizes:
            found = results[size]["first"]
            value = statistics.median(found[name]) * 1000
            step = statistics.median(found.get(f"{name}:step", [float("nan")])) * 1000
            limit = ACTION.get(size)
            mark = "" if limit is None else (" met" if value <= limit else " OVER")
            cells.append(f"{value:>7.0f} ({step:>3.0f}){mark:<5}")
        label = name if " " in name else f"switch to {name}"
        print(f"{'  ' + label:44}" + "".join(cells) + "   as any action")
    cells = [f"{max(results[s]['first_rss_mb']):>11.0f}{'':5}" for s in sizes]
    print(f"{'  peak RSS of those windows, MB':44}" + "".join(cells))


def print_sorts(results: dict[int, dict[str, Any]], sizes: list[int]) -> None:
    """Each column's sort, first time / again, so the slowest column can be found."""
    first = next(iter(results.values()))
    for table, columns in first["sorts"].items():
        print(f"sorting {table} by each column, ms, first / again (median), at each size:")
        cells = []
        for column in columns:
            figures = []
            for size in sizes:
                times = results[size]["sorts"][table][column]
                figures.append(
                    f"{times['first'] * 1000:.0f}/{statistics.median(times['again']) * 1000:.0f}"
                )
            cells.append(f"{column} {' · '.join(figures)}")
        print("  " + "; ".join(cells))


def _label(name: str) -> str:
    if name.startswith("tab:"):
        return f"switch to {name.removeprefix('tab:')}"
    _, table, when = name.split(":")
    return f"sort {table}, {'first time' if when == 'first' else 'again'} (slowest)"


def _figure(result: dict[str, Any], name: str) -> float:
    if name == "rss_mb":
        return float(result["rss_mb"])
    if name.startswith("sort:"):  # the slowest column's
        _, table, when = name.split(":")
        columns = result["sorts"][table].values()
        if when == "first":
            return max(c["first"] for c in columns) * 1000
        return max(statistics.median(c["again"]) for c in columns) * 1000
    if name == "typing_worst":
        return float(max(result["typing"])) * 1000
    samples = result["tabs"][name[4:]] if name.startswith("tab:") else result[name]
    return float(statistics.median(samples)) * 1000


# --- the child: one window, timed -----------------------------------------------------------


def measure(folder: Path, runs: int, profile: str | None = None) -> dict[str, Any]:
    """Time the window on the data folder `folder` (the actions change it); Qt offscreen.
    With `profile`, that figure's calls run under cProfile, whose report goes to stderr."""
    import resource

    import PySide6
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from benchmarks.idle_window import IdleWindow
    from jobdesk.domain.enums import Outcome, Stage

    profiler = cProfile.Profile()
    profiled: list[str] = []

    def figure(name: str, run: Callable[[], Any]) -> Any:
        if name != profile:
            return run()
        profiled.append(name)
        profiler.enable()
        try:
            return run()
        finally:
            profiler.disable()

    session = IdleWindow(folder)
    samples: dict[str, list[float]] = {name: [] for name in ("up", "open", "advance", "reject")}
    samples.update(undo=[], edit=[], keystroke=[], typing=[])
    for run in range(runs):
        _note(f"opening the window ({run + 1} of {runs})")
        up, settled = figure("open", session.open)
        samples["up"].append(up)
        samples["open"].append(settled)
    window = session.window
    assert window is not None
    # What follows times a window that has been up a moment: the charting library, which
    # the window loads 1.5 s after it shows, is loaded (see the "loading" first visits).
    library = _chart_library()
    if library is not None:
        library.wait()

    pipeline = session.services.pipeline
    # The window's own summaries: a copy of them (or whole applications) read here would
    # count in the peak memory as if the window held it.
    apps = window.rows.all()
    rng = random.Random(runs)
    movable = [a for a in apps if a.outcome is Outcome.ACTIVE and a.furthest_stage < Stage.OFFER]
    if len(movable) < 2 * runs:
        raise SystemExit("too few active applications to move; build a larger folder")
    picked = rng.sample(movable, 2 * runs)  # a different one for each move of each run
    to_edit = rng.sample(apps, runs)
    # What a user types in the search box: the first word of a company's name, letter by
    # letter (each letter drops rows), then deleted again with Backspace.
    words = [a.company.split()[0].casefold() for a in rng.sample(apps, runs)]
    total = len(apps)
    del apps, movable
    tabs = {window.tabs.tabText(i).replace("&", ""): i for i in range(window.tabs.count())}
    # The pipeline last: switching back to it after looking at the others, so that every
    # action is timed on the Pipeline tab (it is no longer the first tab).
    pipeline_index = window.tabs.indexOf(window.pipeline_tab)
    order = sorted(tabs, key=lambda name: (tabs[name] == pipeline_index, tabs[name]))
    tab_samples: dict[str, list[float]] = {name: [] for name in order}
    search = window.pipeline_tab.search_edit
    for run in range(runs):
        _note(f"actions ({run + 1} of {runs})")
        forward, rejected = picked[2 * run], picked[2 * run + 1]
        following = forward.furthest_stage.next()
        assert following is not None
        timed = session.performed
        for name, call in (
            ("advance", partial(pipeline.advance, forward.id, following)),
            ("reject", partial(pipeline.reject, rejected.id)),
            ("undo", pipeline.undo),
        ):
            samples[name].append(figure(name, partial(timed, call)))
        current = pipeline.application(to_edit[run].id)
        details = replace(current.details, notes=(current.details.notes + " Edited.").strip())
        edit = partial(pipeline.edit, current.id, details)
        samples["edit"].append(figure("edit", partial(timed, edit)))

        search.clear()
        window.activateWindow()
        search.setFocus(Qt.FocusReason.OtherFocusReason)
        keystroke = partial(session.timed, partial(QTest.keyClick, search, "e"))
        samples["keystroke"].append(figure("keystroke", keystroke))
        if search.text() != "e":
            session.errors.append("the keystroke did not reach the search box")
        session.timed(search.clear)
        for letter in words[run]:
            key = partial(QTest.keyClick, search, letter)
            samples["typing"].append(figure("typing", partial(session.timed, key)))
        if search.text() != words[run]:
            session.errors.append("the word typed did not reach the search box")
        for _ in words[run]:
            key = partial(QTest.keyClick, search, Qt.Key.Key_Backspace)
            samples["typing"].append(figure("typing", partial(session.timed, key)))
        if search.text():
            session.errors.append("deleting the word did not empty the search box")
        for name in order:
            switch = partial(session.timed, partial(window.tabs.setCurrentIndex, tabs[name]))
            tab_samples[name].append(figure(f"tab:{name}", switch))
    _note("sorting")
    sorts = measure_sorts(session, runs, figure)
    session.close()
    session.db.close()
    if profile:
        _report(profiler, profile, len(profiled))
    return {
        "applications": total,
        "services": [session.services_seconds],
        **samples,
        "tabs": tab_samples,
        "sorts": sorts,
        "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "errors": sorted(set(session.errors)),
        "qt": PySide6.__version__,
    }


# The first visits, each scenario in a fresh process: "settled" opens each tab once the
# window has been up a moment (the charting library loaded, as the window loads it 1.5 s
# after it shows); "at once" opens the Insights as soon as the window is idle, before that;
# "loading" acts on the Pipeline while the library loads on its worker thread.
SCENARIOS = ("settled", "at-once", "loading")


def _chart_library() -> Any:
    """The window's loader of the charting library; None in a tree that has none (before
    it was loaded on a worker thread), where the first visit to the Insights loads it."""
    try:
        from jobdesk.ui.insights.chart_library import chart_library
    except ImportError:
        return None
    return chart_library()


def measure_first_visits(folder: Path, scenario: str, profile: str | None = None) -> dict[str, Any]:
    """A new window on `folder`, left to settle, then the first visits of `scenario`: the
    seconds of each until the window is idle again ("name"), the longest the window was
    held by one step meanwhile ("name:step"), and the peak RSS of the process."""
    import resource

    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from benchmarks.idle_window import IdleWindow
    from jobdesk.domain.enums import Outcome, Stage

    session = IdleWindow(folder)
    _note(f"opening the window for the first visits ({scenario})")
    session.open()
    window = session.window
    assert window is not None
    library = _chart_library()
    tabs = {window.tabs.tabText(i).replace("&", ""): i for i in range(window.tabs.count())}
    pipeline_index = window.tabs.indexOf(window.pipeline_tab)
    first: dict[str, float] = {}
    profiler = cProfile.Profile()
    profiled: list[str] = []

    def timed(name: str, action: Callable[[], object]) -> None:
        if profile == f"first:{name}":
            profiled.append(name)
            profiler.enable()
        try:
            first[name] = session.timed(action)
        finally:
            profiler.disable()
        first[f"{name}:step"] = session.longest_step

    if scenario == "settled":
        if library is not None:
            library.wait()
        for name, index in sorted(tabs.items(), key=lambda item: item[1]):
            if index != pipeline_index:
                timed(name, partial(window.tabs.setCurrentIndex, index))
    elif scenario == "at-once":
        began = clock()
        timed("Insights at once", partial(window.tabs.setCurrentIndex, tabs["Insights"]))
        if library is not None:  # then the charts, once the library is in
            session.until(lambda: library.loaded)
            first["Insights at once, its charts drawn"] = clock() - began
            first["Insights at once, its charts drawn:step"] = session.longest_step
    elif library is not None:  # "loading": keys pressed while the library loads
        pipeline = session.services.pipeline
        apps = window.rows.all()
        movable = next(
            a for a in apps if a.outcome is Outcome.ACTIVE and a.furthest_stage < Stage.OFFER
        )
        following = movable.furthest_stage.next()
        assert following is not None
        del apps
        session.performed(partial(pipeline.advance, movable.id, following))  # to undo, below
        library.load()
        # Undo by its shortcut, as the user presses it (an action the user takes, through
        # the keyboard), then a letter in the search box.
        window.activateWindow()
        window.pipeline_tab.table.setFocus(Qt.FocusReason.OtherFocusReason)
        undo = partial(QTest.keyClick, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        timed("undo (Ctrl+Z) while the charts load", undo)
        if pipeline.application(movable.id).furthest_stage is not movable.furthest_stage:
            session.errors.append("Ctrl+Z did not undo the move")
        search = window.pipeline_tab.search_edit
        search.setFocus(Qt.FocusReason.OtherFocusReason)
        timed("a search keystroke while the charts load", partial(QTest.keyClick, search, "e"))
        if not library.loading:
            session.errors.append("the charting library loaded before the keys were pressed")
        session.until(lambda: library.loaded)
    session.timed(partial(window.tabs.setCurrentIndex, pipeline_index))
    session.close()
    session.db.close()
    if profiled:
        _report(profiler, profiled[0], 1)
    return {
        "first": first,
        "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "errors": sorted(set(session.errors)),
    }


def measure_sorts(
    session: Any, runs: int, figure: Callable[[str, Callable[[], float]], float]
) -> dict[str, dict[str, dict[str, Any]]]:
    """Sort each big table by each of its columns as a click on the column's title does:
    once (the first sort by that column in this process) and then `runs` times more, each
    after sorting by the other columns. The table is shown while it sorts; its first sort
    order is put back after."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QTableView

    window = session.window
    feedback = window.feedback_tab
    pages = feedback.pages
    tables: list[tuple[str, Callable[[], object], QTableView | None]] = [
        ("Pipeline", lambda: window.tabs.setCurrentWidget(window.pipeline_tab), None),
        (
            "Follow-ups",
            lambda: (
                window.tabs.setCurrentWidget(feedback),
                pages.setCurrentWidget(feedback.follow_ups_page),
            ),
            feedback.follow_ups_page.table,
        ),
        (
            "Feedback received",
            lambda: (
                window.tabs.setCurrentWidget(feedback),
                pages.setCurrentWidget(feedback.patterns_page),
            ),
            feedback.patterns_page.feedback_table,
        ),
    ]
    result: dict[str, dict[str, dict[str, Any]]] = {}
    for name, show, table in tables:
        session.timed(show)
        view = window.pipeline_tab.table if table is None else table
        model = view.model()
        header = view.horizontalHeader()
        kept = (header.sortIndicatorSection(), header.sortIndicatorOrder())
        titles = [
            str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(model.columnCount())
        ]
        # The column it is sorted by now goes last: its first sort is then a real one.
        columns = sorted(range(len(titles)), key=lambda c: c == kept[0])
        times: dict[str, dict[str, Any]] = {t: {"first": 0.0, "again": []} for t in titles}
        for run in range(runs + 1):
            for column in columns:
                sort = partial(view.sortByColumn, column, Qt.SortOrder.AscendingOrder)
                when = "first" if run == 0 else "again"
                seconds = figure(
                    f"sort:{name}:{titles[column]}:{when}", partial(session.timed, sort)
                )
                if run == 0:
                    times[titles[column]]["first"] = seconds
                else:
                    times[titles[column]]["again"].append(seconds)
        session.timed(partial(view.sortByColumn, *kept))
        result[name] = times
    session.timed(lambda: window.tabs.setCurrentWidget(window.pipeline_tab))
    return result


def _report(profiler: cProfile.Profile, name: str, calls: int) -> None:
    print(f"\n== profile of {name} ({calls} calls), by cumulative time", file=sys.stderr)
    stats = pstats.Stats(profiler, stream=sys.stderr)
    stats.sort_stats("cumulative").print_stats(40)
    print(f"== profile of {name}, by own time", file=sys.stderr)
    stats.sort_stats("tottime").print_stats(25)


def _note(text: str) -> None:
    print(f"  {text}", file=sys.stderr, flush=True)


if __name__ == "__main__":
    sys.exit(main())
