"""jobdesk: a local-first desktop app that runs a job search like a pipeline."""

from __future__ import annotations

# The one place the version is written (pyproject.toml reads it from here): looking it up in
# the installed metadata instead costs 50 ms of every start.
__version__ = "0.1.0"

# The desktop's name for jobdesk (the .desktop file, the icon, the window's app id); here so
# that the window can use it without importing what installs the menu entry.
APP_ID = "io.github.jobdesk.jobdesk"
