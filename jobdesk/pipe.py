"""A terminal command piped into a reader that stops early (`jobdesk import … | head`):
stop writing quietly, as command-line tools do, instead of ending in a traceback."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from typing import Any, TextIO, cast


class _UntilCut:
    """stdout that, once its reader has gone, says nothing more and raises nothing, so the
    command runs on to its own exit code (4 for a file with problems, cut or not)."""

    def __init__(self, out: TextIO) -> None:
        self._out = out

    def write(self, text: str) -> int:
        try:
            return self._out.write(text)
        except BrokenPipeError:
            self._gone()
            return len(text)

    def flush(self) -> None:
        try:
            self._out.flush()
        except BrokenPipeError:
            self._gone()

    def _gone(self) -> None:
        # The stream's own descriptor now points at /dev/null: what is still buffered, and
        # the interpreter's flush at exit, go nowhere without an error.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, self._out.fileno())
        os.close(devnull)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._out, name)


def quiet_when_cut(command: Callable[[], int]) -> int:
    """Run `command` with stdout that stops quietly when its reader goes; its exit code."""
    out = sys.stdout
    guarded = _UntilCut(out)
    sys.stdout = cast(TextIO, guarded)
    try:
        return command()
    finally:  # also after --help, which ends in SystemExit
        guarded.flush()  # what is still buffered is written now, where a cut is caught
        sys.stdout = out
