"""Files opened while jobdesk runs reach the running window through a local socket."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from pytestqt.qtbot import QtBot

from jobdesk.ui.shell.instance_channel import FileReceiver, parse_message


def test_a_second_process_hands_its_files_to_the_running_one(qtbot: QtBot, tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    receiver = FileReceiver(data)
    assert receiver.listening
    letter = tmp_path / "offer letter.pdf"
    code = (
        "import sys; from pathlib import Path\n"
        "from jobdesk.ui.shell.instance_channel import send_files\n"
        f"sys.exit(0 if send_files(Path({str(data)!r}), [Path({str(letter)!r})]) else 1)\n"
    )
    with qtbot.waitSignal(receiver.files_received, timeout=10_000) as received:
        sender = subprocess.Popen(
            [sys.executable, "-c", code], env=dict(os.environ, QT_QPA_PLATFORM="offscreen")
        )
    assert sender.wait(timeout=10) == 0
    assert received.args == [[letter]]
    receiver.close()


def test_a_folder_with_no_running_jobdesk_gets_no_answer(tmp_path: Path) -> None:
    from jobdesk.ui.shell.instance_channel import send_files

    assert not send_files(tmp_path, [tmp_path / "x.pdf"], timeout_ms=300)


def test_malformed_messages_are_ignored() -> None:
    assert parse_message(b"\xff\xfe") == []
    assert parse_message(b'{"path": "/tmp/x"}') == []
    assert parse_message(b'["relative.pdf", "/abs/ok.pdf", "/nul\\u0000.pdf", 3]') == [
        Path("/abs/ok.pdf")
    ]
