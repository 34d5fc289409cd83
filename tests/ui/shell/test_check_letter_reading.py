"""The start-up self-check of letter reading (`--check-start`) needs the list of towns too:
a bundle that lost it fails the check instead of leaving every place of work blank."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from jobdesk.domain.offer_terms import read_terms
from jobdesk.ui.shell.gui import CHECK_PHRASE

ROOT = Path(__file__).resolve().parents[3]
SCRIPT = (
    "from PySide6.QtGui import QGuiApplication\n"
    "app = QGuiApplication([])\n"
    "from jobdesk.ui.shell.gui import _check_letter_reading\n"
    "print(_check_letter_reading())\n"
)


def _check_with(package: Path) -> str:
    env = {**os.environ, "PYTHONPATH": str(package.parent), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        cwd=package.parent,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return done.stdout.strip().splitlines()[-1]


def test_the_check_phrase_names_a_town_the_reader_knows() -> None:
    found = read_terms(CHECK_PHRASE).location
    assert found is not None and found.value == "Leeds"


def test_a_copy_without_the_towns_list_fails_the_check(tmp_path: Path) -> None:
    # Laid out as a bundle is: the package with its resources inside it.
    copy = tmp_path / "jobdesk"
    skip = shutil.ignore_patterns("__pycache__")
    shutil.copytree(ROOT / "jobdesk", copy, ignore=skip)
    shutil.copytree(ROOT / "resources", copy / "resources", ignore=skip)
    assert _check_with(copy) == "None"
    (copy / "resources" / "places" / "towns.txt.gz").unlink()
    assert _check_with(copy) == (
        "a test letter's place of work was not found (is the list of towns missing?)"
    )
