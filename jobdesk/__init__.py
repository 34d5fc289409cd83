"""jobdesk: a local-first desktop app that runs a job search like a pipeline."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("jobdesk")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"
