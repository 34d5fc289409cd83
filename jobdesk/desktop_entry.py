"""Adding jobdesk to the Linux desktop menu for a pip-installed copy, and taking it out again.

Writes the .desktop entry and the icons into the user's XDG folders (no root needed);
the entry's Exec line points at the jobdesk that ran the command.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from importlib.resources import files
from pathlib import Path

from jobdesk import APP_ID

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def data_home() -> Path:
    value = os.environ.get("XDG_DATA_HOME")
    return Path(value) if value else Path.home() / ".local" / "share"


def entry_path(home: Path | None = None) -> Path:
    return (home or data_home()) / "applications" / f"{APP_ID}.desktop"


def icon_paths(home: Path | None = None) -> list[Path]:
    base = (home or data_home()) / "icons" / "hicolor"
    return [base / f"{s}x{s}" / "apps" / f"{APP_ID}.png" for s in ICON_SIZES] + [
        base / "scalable" / "apps" / f"{APP_ID}.svg"
    ]


def launch_command() -> str:
    """How the menu should start this jobdesk: its console script if found, else the module."""
    script = Path(sys.argv[0])
    if script.name == "jobdesk" and script.is_file():
        return shlex.quote(str(script.resolve()))
    found = shutil.which("jobdesk")
    if found:
        return shlex.quote(found)
    return f"{shlex.quote(sys.executable)} -m jobdesk"


# Files a user may open with jobdesk ("Open with…", or dropped on its icon): offer letters.
MIME_TYPES = (
    "application/pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "message/rfc822",
    "text/html",
    "text/markdown",
    "text/plain",
)


def desktop_entry_text(exec_command: str = "jobdesk") -> str:
    """The .desktop entry; packaging/linux holds this text with a plain `jobdesk` Exec."""
    return "\n".join(
        [
            "[Desktop Entry]",
            "Type=Application",
            "Version=1.4",
            "Name=jobdesk",
            "GenericName=Job search tracker",
            "Comment=Run your job search as a pipeline you can measure and debug",
            f"Exec={exec_command} %F",
            f"Icon={APP_ID}",
            "Terminal=false",
            "Categories=Office;ProjectManagement;",
            "Keywords=job;search;application;interview;offer;pipeline;funnel;",
            "MimeType=" + "".join(f"{t};" for t in MIME_TYPES),
            "StartupNotify=true",
            "StartupWMClass=jobdesk",
            "",
        ]
    )


def install(home: Path | None = None) -> list[Path]:
    """Write the entry and icons; returns what was written."""
    written = []
    entry = entry_path(home)
    entry.parent.mkdir(parents=True, exist_ok=True)
    entry.write_text(desktop_entry_text(launch_command()), encoding="utf-8")
    written.append(entry)
    icons = files("jobdesk.resources.icons")
    for path in icon_paths(home):
        size = path.parent.parent.name.split("x")[0]
        source = "jobdesk.svg" if path.suffix == ".svg" else f"jobdesk-{size}.png"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(icons.joinpath(source).read_bytes())
        written.append(path)
    _refresh_caches(home)
    return written


def uninstall(home: Path | None = None) -> list[Path]:
    """Remove what `install` wrote; returns what was removed."""
    removed = []
    for path in [entry_path(home), *icon_paths(home)]:
        if path.exists():
            path.unlink()
            removed.append(path)
    _refresh_caches(home)
    return removed


def _refresh_caches(home: Path | None) -> None:
    # Menus pick the entry up without these on most desktops; they only speed things up.
    base = home or data_home()
    for command in (
        ["update-desktop-database", str(base / "applications")],
        [
            "gtk-update-icon-cache",
            "--quiet",
            "--ignore-theme-index",
            str(base / "icons" / "hicolor"),
        ],
    ):
        if shutil.which(command[0]):
            subprocess.run(command, check=False, capture_output=True, timeout=30)
