"""jobdesk's log file: checked at start, written from the window's first paint on.

What is logged before then is held and written first, in order: the rotating file handler
(the standard library's `logging.handlers`, with its socket and pickle modules) is not needed
to show the window.
"""

from __future__ import annotations

import logging
from pathlib import Path

from jobdesk.domain.errors import UserError

MAX_BYTES = 1_000_000
BACKUPS = 3
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
HELD_AT_MOST = 10_000  # a start that logs more than this before its window is not normal


class _Held(logging.Handler):
    """The records logged before the log file is written to."""

    def __init__(self, log_file: Path) -> None:
        super().__init__()
        self.log_file = log_file
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        if len(self.records) < HELD_AT_MOST:
            self.records.append(record)


def start_log(log_file: Path) -> None:
    """Log to `log_file` (rotated at 1 MB, three kept): said now if it cannot be written."""
    # A log that cannot be written (a full disk) must not print tracebacks over the messages.
    logging.raiseExceptions = False
    try:
        with log_file.open("a", encoding="utf-8"):
            pass
    except OSError as exc:
        raise UserError(
            f"jobdesk cannot write its log in {log_file.parent} ({exc.strerror or exc}). "
            "Free some space on that disk, or choose another folder with --data-dir."
        ) from exc
    root = logging.getLogger()
    root.addHandler(_Held(log_file))
    root.setLevel(logging.INFO)


def write_log() -> None:
    """Write to the log file from now on, what was held first. Once the window has painted,
    and when jobdesk ends (whichever comes first); nothing happens the second time."""
    root = logging.getLogger()
    for held in [h for h in root.handlers if isinstance(h, _Held)]:
        from logging.handlers import RotatingFileHandler

        try:
            handler = RotatingFileHandler(
                held.log_file, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8"
            )
        except OSError:
            continue  # the disk filled since the start: keep holding, as a log is no data
        handler.setFormatter(logging.Formatter(FORMAT))
        for record in held.records:
            handler.handle(record)
        root.addHandler(handler)
        root.removeHandler(held)
