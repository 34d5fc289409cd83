"""SIGKILL during writes: every reopened database passes integrity_check and holds exactly
what was committed (benchmarks/crash.py; `--runs 1000` there for the long run)."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.crash import run_crashes

pytestmark = pytest.mark.slow


def test_a_few_dozen_kills_lose_nothing(tmp_path: Path) -> None:
    outcome = run_crashes(tmp_path, runs=24, seed=20261201)
    assert outcome.problems == []
    assert outcome.runs == 24
    # Killed at random moments, the children still got real work committed.
    assert len(outcome.added) >= 24
