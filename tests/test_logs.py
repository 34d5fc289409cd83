"""The log file: checked at start, held until the window has painted, then written in order."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from jobdesk.domain.errors import UserError
from jobdesk.logs import start_log, write_log


@pytest.fixture
def root() -> Iterator[logging.Logger]:
    root = logging.getLogger()
    before, level = list(root.handlers), root.level
    yield root
    for handler in root.handlers[:]:
        if handler not in before:
            handler.close()
            root.removeHandler(handler)
    root.setLevel(level)


def test_what_is_logged_before_the_window_is_written_first_and_once(
    tmp_path: Path, root: logging.Logger
) -> None:
    log_file = tmp_path / "jobdesk.log"
    start_log(log_file)
    log = logging.getLogger("jobdesk.test")
    log.info("starting")
    log.warning("something to say before the window")
    assert log_file.read_text() == ""  # checked and created, not yet written
    write_log()
    log.info("after the first paint")
    write_log()  # a second time changes nothing
    lines = log_file.read_text().splitlines()
    assert [line.split(": ", 1)[1] for line in lines] == [
        "starting",
        "something to say before the window",
        "after the first paint",
    ]
    assert [line.split()[2] for line in lines] == ["INFO", "WARNING", "INFO"]


def test_a_log_that_cannot_be_written_is_said_at_start(
    tmp_path: Path, root: logging.Logger
) -> None:
    where = tmp_path / "not-a-folder"
    where.write_text("")
    with pytest.raises(UserError) as raised:
        start_log(where / "jobdesk.log")
    assert raised.value.message.startswith(f"jobdesk cannot write its log in {where} (")
    assert raised.value.message.endswith(
        "Free some space on that disk, or choose another folder with --data-dir."
    )
