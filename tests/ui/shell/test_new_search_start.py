"""A new search's window shows before peewee, the store and the services are loaded; they
open after the first paint, an action taken before then waits for them and is saved, and a
failure to open them ends as it would have before the window (the same message)."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from jobdesk.paths import Paths, prepare
from jobdesk.services.backups import open_data
from jobdesk.services.bundle import Services, build_services
from jobdesk.services.late import LateServices, StartFailed, is_new_search
from jobdesk.store.migrations import LATEST_VERSION
from jobdesk.ui.shell.main_window import MainWindow

TODAY = date(2026, 11, 20)
SAMPLE_SIZE = 82  # applications in the sample search


def _env(home: Path) -> dict[str, str]:
    return {"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(home)}


def _applications_in(database: Path) -> tuple[int, int]:
    """(schema version, applications) of a data file, read as another program would."""
    connection = sqlite3.connect(f"{database.absolute().as_uri()}?mode=ro", uri=True)
    try:
        version = int(connection.execute("PRAGMA user_version").fetchone()[0])
        count = int(connection.execute("SELECT count(*) FROM application").fetchone()[0])
    finally:
        connection.close()
    return version, count


def test_only_a_folder_with_no_data_file_and_nothing_kept_is_a_new_search(
    tmp_path: Path,
) -> None:
    paths = prepare(Paths(tmp_path / "data"))
    assert is_new_search(paths)
    paths.backups.mkdir()  # an empty folder holds nothing to keep
    assert is_new_search(paths)
    (paths.backups / "auto-20261119-120000.sqlite").write_bytes(b"")
    assert not is_new_search(paths)  # a backup beside a missing file: a restore is offered

    other = prepare(Paths(tmp_path / "other"))
    (other.attachments / "ab").mkdir(parents=True)
    assert not is_new_search(other)  # kept files

    third = prepare(Paths(tmp_path / "third"))
    third.database.write_bytes(b"")
    assert not is_new_search(third)  # an empty data file: checked before the window, as ever


def _late(paths: Paths, opened: list[Services]) -> LateServices:
    def open_services() -> Services:
        services = build_services(open_data(paths), paths, today=lambda: TODAY)
        opened.append(services)
        return services

    return LateServices(paths, open_services, today=lambda: TODAY)


def test_the_window_of_a_new_search_is_built_and_shown_without_its_services(
    qtbot: QtBot, tmp_path: Path
) -> None:
    paths = prepare(Paths(tmp_path / "data"))
    opened: list[Services] = []
    late = _late(paths, opened)
    window = MainWindow(late)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert opened == [] and not late.loaded  # nothing the window built needed them
    assert not paths.database.exists()
    assert window.count_label.text() == "0 applications"
    tab = window.pipeline_tab
    assert tab.stack.currentWidget() is tab.empty_state
    assert not window.undo_action.isEnabled()
    assert window.sample_action.isEnabled()
    qtbot.waitUntil(window.acceptDrops)  # files can be dropped from the first paint on
    assert not late.loaded

    late.load()
    window.services_opened()
    assert len(opened) == 1
    assert _applications_in(paths.database) == (LATEST_VERSION, 0)


def test_an_action_before_the_services_open_waits_for_them_and_is_saved(
    qtbot: QtBot, tmp_path: Path
) -> None:
    paths = prepare(Paths(tmp_path / "data"))
    opened: list[Services] = []
    late = _late(paths, opened)
    window = MainWindow(late)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert not late.loaded
    # The toolbar's and the menu's "Load a sample search", clicked before anything opened.
    window.sample_action.trigger()
    assert len(opened) == 1
    assert window.count_label.text() == f"{SAMPLE_SIZE} applications · 41 with no response"
    assert window.pipeline_tab.model.rowCount() == SAMPLE_SIZE
    assert window.undo_action.isEnabled()
    assert _applications_in(paths.database) == (LATEST_VERSION, SAMPLE_SIZE)
    # As a window opened on those services from the start shows it.
    usual = MainWindow(opened[0])
    qtbot.addWidget(usual)
    assert usual.count_label.text() == window.count_label.text()


def test_a_failure_to_open_is_kept_and_said_again_on_every_use(tmp_path: Path) -> None:
    paths = prepare(Paths(tmp_path / "data"))
    calls: list[int] = []

    def fails() -> Services:
        calls.append(1)
        raise OSError("the disk is full")

    late = LateServices(paths, fails, today=lambda: TODAY)
    for _ in range(2):
        with pytest.raises(StartFailed) as raised:
            late.pipeline  # noqa: B018 - any service opens them
        assert isinstance(raised.value.error, OSError)
    assert calls == [1]  # tried once: the start goes on on the path that says why
    assert isinstance(late.failure, OSError) and not late.loaded


# `python -m jobdesk` on a new folder; at the first turn of the event loop after the window
# shows (before the services were opened by the window), the sample search is loaded, as a
# click on "Load a sample search" would do, and jobdesk quits.
ACTION_IN_THE_FIRST_TURN = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
import jobdesk.app
import jobdesk.ui.shell.main_window as main_window

shown = main_window.MainWindow.show

def show(window):
    shown(window)
    def act():
        print("loaded before the click:", window.services.loaded, flush=True)
        window.load_sample()
        window.close()
        QApplication.exit(0)
    QTimer.singleShot(0, act)

main_window.MainWindow.show = show
sys.exit(jobdesk.app.main(["--data-dir", sys.argv[1]]))
"""


def test_a_click_in_the_first_turn_after_the_window_shows_is_saved(tmp_path: Path) -> None:
    data = tmp_path / "data"
    done = subprocess.run(
        [sys.executable, "-c", ACTION_IN_THE_FIRST_TURN, str(data)],
        capture_output=True,
        text=True,
        timeout=60,
        env=_env(tmp_path),
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split("\n")[0] == "loaded before the click: False"
    assert _applications_in(data / "jobdesk.sqlite") == (LATEST_VERSION, SAMPLE_SIZE)


# The same start, with opening the data file failing once the window is up.
FAILING_OPEN = """
import sys
import jobdesk.app
from jobdesk.domain.errors import UserError

def fails(paths):
    raise UserError("Your data folder said no. Choose another folder with --data-dir.")

jobdesk.app._open_new = fails
sys.exit(jobdesk.app.main(["--data-dir", sys.argv[1], "--screenshot", sys.argv[2], *sys.argv[3:]]))
"""


# Opened on the Pipeline, the services fail after the first paint; opened on the Board,
# which needs them, while the window is built.
@pytest.mark.parametrize("tab", [[], ["--tab", "board"]])
def test_a_failure_to_open_the_data_folder_ends_with_its_message(
    tmp_path: Path, tab: list[str]
) -> None:
    picture = tmp_path / "window.png"
    done = subprocess.run(
        [sys.executable, "-c", FAILING_OPEN, str(tmp_path / "data"), str(picture), *tab],
        capture_output=True,
        text=True,
        timeout=60,
        env=_env(tmp_path),
    )
    assert done.returncode == 1
    assert done.stderr.strip().splitlines()[-1] == (
        "jobdesk: Your data folder said no. Choose another folder with --data-dir."
    )
    assert not picture.exists()  # the window closed before its picture was taken
    assert not (tmp_path / "data" / "jobdesk.sqlite").exists()


def test_a_new_search_started_from_the_command_line_opens_its_data_file(tmp_path: Path) -> None:
    picture = tmp_path / "window.png"
    data = tmp_path / "data"
    done = subprocess.run(
        [sys.executable, "-m", "jobdesk", "--data-dir", str(data), "--screenshot", str(picture)],
        capture_output=True,
        text=True,
        timeout=60,
        env=_env(tmp_path),
    )
    assert done.returncode == 0, done.stderr
    assert picture.stat().st_size > 0
    assert _applications_in(data / "jobdesk.sqlite") == (LATEST_VERSION, 0)


def test_a_file_opened_with_jobdesk_on_macos_is_taken_in_as_if_dropped(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtGui import QFileOpenEvent
    from PySide6.QtWidgets import QApplication

    from jobdesk.ui.shell.gui import _FileOpenFilter

    paths = prepare(Paths(tmp_path / "data"))
    window = MainWindow(_late(paths, []))
    qtbot.addWidget(window)
    opened: list[object] = []
    monkeypatch.setattr(window, "open_files", opened.append)
    taken = _FileOpenFilter(window).eventFilter(
        QApplication.instance(), QFileOpenEvent(str(tmp_path / "offer.pdf"))
    )
    assert taken and opened == [[tmp_path / "offer.pdf"]]


def test_a_new_search_window_looks_as_one_whose_services_are_open(
    qtbot: QtBot, tmp_path: Path
) -> None:
    late = _late(prepare(Paths(tmp_path / "late")), [])
    opened = prepare(Paths(tmp_path / "opened"))
    services = build_services(open_data(opened), opened, today=lambda: TODAY)
    pictures = []
    for kept in (late, services):
        window = MainWindow(kept)
        qtbot.addWidget(window)
        window.resize(900, 600)
        window.show()
        qtbot.waitExposed(window)
        pictures.append(window.grab().toImage())
        window.close()
    assert not late.loaded
    assert pictures[0] == pictures[1]  # pixel for pixel
