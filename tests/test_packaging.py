"""Desktop integration and packaging: the menu entry, the metainfo, the icon, the About box."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from jobdesk import __version__, desktop_entry
from jobdesk.ui.shell.about_dialog import AboutDialog
from jobdesk.ui.shell.qt_app import app_icon

ROOT = Path(__file__).resolve().parent.parent
LINUX = ROOT / "packaging" / "linux"


def require(tool: str) -> str:
    found = shutil.which(tool)
    if found is None:
        if os.environ.get("CI"):
            pytest.fail(f"{tool} is missing; scripts/setup.sh installs it")
        pytest.skip(f"{tool} is not installed (it comes with scripts/test as root)")
    return found


def run_jobdesk(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, XDG_DATA_HOME=str(home), QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "jobdesk", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )


def test_the_committed_desktop_file_is_what_the_app_writes() -> None:
    committed = (LINUX / f"{desktop_entry.APP_ID}.desktop").read_text(encoding="utf-8")
    assert committed == desktop_entry.desktop_entry_text("jobdesk")


def test_the_packaged_desktop_file_and_metainfo_validate() -> None:
    validate = require("desktop-file-validate")
    result = subprocess.run(
        [validate, str(LINUX / f"{desktop_entry.APP_ID}.desktop")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    appstream = require("appstreamcli")
    result = subprocess.run(
        [appstream, "validate", "--no-net", str(LINUX / f"{desktop_entry.APP_ID}.metainfo.xml")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.slow
def test_install_and_uninstall_the_menu_entry(tmp_path: Path) -> None:
    home = tmp_path / "share"
    result = run_jobdesk("--install-desktop-entry", home=home)
    assert result.returncode == 0, result.stderr
    assert "application menu" in result.stdout
    entry = home / "applications" / f"{desktop_entry.APP_ID}.desktop"
    text = entry.read_text(encoding="utf-8")
    exec_line = next(line for line in text.splitlines() if line.startswith("Exec="))
    command = exec_line.removeprefix("Exec=").removesuffix(" %F").split()
    assert Path(command[0]).is_file()  # points at a jobdesk (or python) that exists
    validate = require("desktop-file-validate")
    assert subprocess.run([validate, str(entry)], check=False).returncode == 0
    icons = [p for p in (home / "icons" / "hicolor").rglob(f"{desktop_entry.APP_ID}.*")]
    assert {p.parent.parent.name for p in icons} >= {"48x48", "256x256", "scalable"}
    assert (
        (home / "icons/hicolor/scalable/apps" / f"{desktop_entry.APP_ID}.svg")
        .read_text(encoding="utf-8")
        .lstrip()
        .startswith("<?xml")
    )

    result = run_jobdesk("--uninstall-desktop-entry", home=home)
    assert result.returncode == 0, result.stderr
    assert not entry.exists()
    assert not [p for p in home.rglob(f"{desktop_entry.APP_ID}.*")]
    again = run_jobdesk("--uninstall-desktop-entry", home=home)
    assert "was not in your application menu" in again.stdout


@pytest.mark.slow
def test_check_start_opens_the_database_and_the_window(tmp_path: Path) -> None:
    env = dict(os.environ, JOBDESK_HOME=str(tmp_path / "home"), QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-m", "jobdesk", "--check-start"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "the window was shown and a test letter was read" in result.stdout
    assert (tmp_path / "home" / "jobdesk.sqlite").is_file()


def test_the_app_icon_has_every_size(qapp: QApplication) -> None:
    icon = app_icon()
    sizes = {(s.width(), s.height()) for s in icon.availableSizes()}
    assert {(16, 16), (48, 48), (256, 256), (512, 512)} <= sizes
    # The files are read when a size is drawn: each one still draws.
    for size in (16, 48, 512):
        image = icon.pixmap(size, size).toImage()
        assert (image.width(), image.height()) == (size, size)
        assert image.pixelColor(size // 2, size // 2).alpha() > 0  # not an empty picture


def test_about_shows_the_version_and_the_data_folder(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = AboutDialog(None, data_dir=tmp_path / "my data")
    qtbot.addWidget(dialog)
    text = dialog.text.text()
    assert f"jobdesk {__version__}" in text
    assert str(tmp_path / "my data") in text
    assert __version__ != "0.0.0"  # read from the installed package's metadata
    assert dialog.folder_url().toLocalFile() == str(tmp_path / "my data")


def test_the_letter_readers_gazetteer_ships_and_stays_small() -> None:
    """The towns list (resources/places) is installed as jobdesk.resources.places and copied
    into the bundle; at 440 KB (with the populations of large towns) it is a sliver of the
    bundle's 237 MB, and kept under 450 KB."""
    from importlib.resources import files

    towns = files("jobdesk.resources.places").joinpath("towns.txt.gz")
    assert 350_000 < len(towns.read_bytes()) < 450_000
    assert '"jobdesk.resources.places": ["towns.txt.gz"]' in (ROOT / "setup.py").read_text()
    spec = (ROOT / "packaging" / "jobdesk.spec").read_text()
    assert 'for name in ("__init__.py", "towns.txt.gz"):' in spec
    assert '"jobdesk/resources/places"' in spec
