"""Every terminal command piped into a reader that has gone (`jobdesk import … | head`) stops
quietly: no traceback, the exit code it would have had."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from jobdesk.app import main

FILES = Path(__file__).parent / "data" / "imports"


def run_into_a_closed_pipe(args: list[str]) -> subprocess.CompletedProcess[bytes]:
    """Run `jobdesk ARGS` with its stdout a pipe whose reader has already gone."""
    read_end, write_end = os.pipe()
    os.close(read_end)  # every write now fails with EPIPE, as after `head` has exited
    try:
        return subprocess.run(
            [sys.executable, "-m", "jobdesk", *args],
            stdout=write_end,
            stderr=subprocess.PIPE,
            check=False,
            timeout=120,
        )
    finally:
        os.close(write_end)


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (["import", str(FILES / "teal.csv"), "--dry-run"], 0),
        (["import", str(FILES / "bad_lines.csv"), "--dry-run"], 4),  # it has problems
        (["import", str(FILES / "generic.txt")], 0),
        (["backups"], 0),
        (["import", "--help"], 0),
        (["stats"], 0),
        (["today"], 0),
    ],
)
def test_a_reader_that_has_gone_gets_no_traceback(
    args: list[str], code: int, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["import", str(FILES / "teal.csv"), "--data-dir", str(tmp_path)]) == 0
    capsys.readouterr()
    done = run_into_a_closed_pipe([*args[:1], "--data-dir", str(tmp_path), *args[1:]])
    assert done.stderr.decode() == ""
    assert done.returncode == code
