"""jobdesk: a local-first desktop app that runs a job search like a pipeline."""

from __future__ import annotations

# The one place the version is written (pyproject.toml reads it from here): looking it up in
# the installed metadata instead costs 50 ms of every start.
__version__ = "0.1.0"
