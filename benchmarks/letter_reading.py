"""Reading offer letters: how long each takes, in the process and as the app reads a drop.

For every letter in a folder (default: tests/data/letters/tune), the time to read its text
and terms in this process, then the time through the reading child process the app uses for
a dropped file (which adds the start of a fresh interpreter and the parsers' imports).
Prints the median and slowest of each. Aim: 0.1–0.5 s a letter.
Run: .venv/bin/python benchmarks/letter_reading.py [FOLDER]
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from jobdesk.domain.attachments import detect_format  # noqa: E402
from jobdesk.domain.offer_terms import best_reading  # noqa: E402
from jobdesk.services.letter_text import read_with_time_limit  # noqa: E402
from tests.services.letter_corpus import LETTERS, letter_files, read_file  # noqa: E402


def main(argv: list[str]) -> int:
    folder = Path(argv[0]) if argv else LETTERS / "tune"
    files = letter_files(folder)
    read_file(files[0])  # the parsers loaded and the patterns compiled, as after a first drop
    in_process = []
    for path in files:
        started = time.perf_counter()
        read_file(path)
        in_process.append(time.perf_counter() - started)
    as_dropped = []
    for path in files:
        started = time.perf_counter()
        reading = read_with_time_limit(path, detect_format(path.name, path.read_bytes()[:16]))
        best_reading([reading.text, *(inner.text for inner in reading.inner)])
        as_dropped.append(time.perf_counter() - started)
    slowest = files[in_process.index(max(in_process))].name
    print(f"letters: {len(files)}")
    print(
        f"read in this process: median {statistics.median(in_process):.3f} s, "
        f"slowest {max(in_process):.3f} s ({slowest})"
    )
    print(
        f"read as a drop (child process): median {statistics.median(as_dropped):.3f} s, "
        f"slowest {max(as_dropped):.3f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
