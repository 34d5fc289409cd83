"""`tests/data/schemas/make.py` makes the same bytes each time it runs: run twice into fresh
folders it writes identical files, and they are the committed ones, so a file that changes in
a commit changed on purpose (a new step or new rows), never by who ran it or when."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from jobdesk.store.migrations import MIGRATIONS

SCHEMAS = Path(__file__).parents[1] / "data" / "schemas"
NAMES = [f"v{n}.sqlite" for n in range(1, len(MIGRATIONS) + 1)]


def make(folder: Path) -> dict[str, bytes]:
    folder.mkdir()
    subprocess.run(
        [sys.executable, str(SCHEMAS / "make.py"), str(folder)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir())}


def writer_version(data: bytes) -> int:
    """The SQLITE_VERSION_NUMBER the file's header names (bytes 96-99)."""
    return int.from_bytes(data[96:100], "big")


def test_make_writes_the_same_bytes_twice_and_they_are_the_committed_files(
    tmp_path: Path,
) -> None:
    first, second = make(tmp_path / "first"), make(tmp_path / "second")
    # Sorted as names: "v10" comes before "v2" in the folder's listing.
    assert sorted(first) == sorted(NAMES)  # nothing beside them: no journal, no WAL
    assert first == second
    for name, data in first.items():
        # A fixed page size, one transaction's counter: the header does not say how many
        # steps or statements it took to write the file.
        assert int.from_bytes(data[16:18], "big") == 4096, name
        assert int.from_bytes(data[24:28], "big") == 1, name
        assert data[18:20] == b"\x01\x01", f"{name}: a rollback-journal file, not WAL"
    committed = {name: (SCHEMAS / name).read_bytes() for name in NAMES}
    library = sqlite3.sqlite_version_info
    number = library[0] * 1_000_000 + library[1] * 1000 + library[2]
    if writer_version(committed[NAMES[0]]) != number:
        pytest.skip("another SQLite release lays the pages out its own way")
    assert first == committed, "run tests/data/schemas/make.py and commit what it writes"
