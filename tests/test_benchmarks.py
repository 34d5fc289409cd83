"""The benchmark commands still run against today's window and print every figure.

Only that they work is checked here, on a small folder; how fast is for the commands.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks.ui_latency import cache_name

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent


def run(script: str, *args: str) -> str:
    return finished(script, *args).stdout


def finished(script: str, *args: str) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / script), *args],
        capture_output=True,
        text=True,
        timeout=240,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        stdin=subprocess.DEVNULL,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return done


def test_ui_latency_times_every_action_and_tab(tmp_path: Path) -> None:
    out = run("ui_latency.py", "--applications", "60", "--runs", "1", "--cache", str(tmp_path))
    assert "sizes run: 60\n" in out
    assert "(100,000 not run" in out
    for label in (
        "open the window with data",
        "move one forward",
        "reject one",
        "undo (the rejection)",
        "edit one (details)",
        "one search keystroke",
        "typing a company's name, then deleting it",
        "  the slowest of those keystrokes",
        "switch to Insights",
        "switch to Feedback",
        "switch to Offers",
        "switch to Pipeline",
        "sort Pipeline, first time (slowest)",
        "sort Pipeline, again (slowest)",
        "sort Follow-ups, first time (slowest)",
        "sort Feedback received, again (slowest)",
        "peak RSS, MB",
    ):
        assert f"\n{label} " in out, label
    # Each column's own figures, so that the slowest can be found.
    assert "sorting Pipeline by each column" in out and "\n  Company " in out
    assert "\n! " not in out  # no action was refused
    # The built folder is kept for the next run, and reused rather than built again.
    assert [p.name for p in tmp_path.iterdir()] == [cache_name(60, 1)]
    again = run(
        "ui_latency.py",
        "--applications",
        "60",
        "--runs",
        "1",
        "--cache",
        str(tmp_path),
        "--clock",
        "cpu",
    )
    assert "built 60 applications" in out
    assert "built 60 applications" not in again
    # On a busy machine: the window thread's CPU time, said above the figures.
    assert "figures: CPU milliseconds of the window's thread" in again
    assert "figures: CPU" not in out and "\nmove one forward " in again


def test_ui_latency_profiles_the_figure_asked_for(tmp_path: Path) -> None:
    args = ("--applications", "60", "--runs", "1", "--cache", str(tmp_path))
    done = finished("ui_latency.py", *args, "--profile", "tab:Today")
    assert "== profile of tab:Today (1 calls), by cumulative time" in done.stderr
    assert "today/tab.py" in done.stderr  # where the switch spent its time
    assert "== profile of" not in done.stdout  # the figures' table stays readable


def test_startup_compares_with_a_bare_window(tmp_path: Path) -> None:
    out = run("startup.py", "--runs", "1", "--applications", "40")
    assert "bare PySide6 window" in out
    assert "ratio jobdesk / bare" in out
    assert "jobdesk, 40 applications" in out


def test_letter_reading_times_each_letter() -> None:
    out = run("letter_reading.py")
    assert out.startswith("letters: 25\nread in this process: median ")
    assert "read as a drop (child process): median " in out


def test_a_data_folder_built_on_another_day_is_not_reused() -> None:
    """Today counts from the clock, so yesterday's folder would show another Today."""
    from datetime import date

    built_on = cache_name(60, 1, date(2026, 12, 1))
    assert built_on != cache_name(60, 1, date(2026, 12, 2))
    assert built_on.endswith("-2026-12-01")
