"""Scoring the reader on a folder of offer letters with truth files (tests/data/letters).

Each letter `NAME.<ext>` has `NAME.truth.json`: the 15 terms, null where the letter does not
state one (conventions in tests/data/letters/README.md). A letter is read the way a dropped
file is: its text in the reading process's function, then the terms from the text (or from
the file inside an e-mail that says the most). A stated term is right when the reader's
value equals the truth; a value is wrong when it is filled and differs from the truth, or is
filled where the letter states nothing. A blank (or a date left to the user's choice when the
truth is one date) is neither right nor wrong.

Run it on any folder: `python -m tests.services.letter_corpus tests/data/letters/tune`.
"""

from __future__ import annotations

import json
import re
import sys
import time
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from jobdesk.domain.attachments import detect_format
from jobdesk.domain.offer_terms import TERM_NAMES, FoundDate, FoundTerms, read_letter
from jobdesk.services.letter_text import read_document

LETTERS = Path(__file__).resolve().parents[1] / "data" / "letters"
SUFFIXES = (".pdf", ".docx", ".eml", ".html", ".md", ".txt")


@dataclass
class Score:
    letters: int = 0
    stated: int = 0
    right: int = 0
    wrong: list[str] = field(default_factory=list)
    blank: list[str] = field(default_factory=list)
    fully_right: int = 0
    seconds: list[float] = field(default_factory=list)

    def summary(self) -> str:
        return (
            f"{self.right}/{self.stated} stated terms right ({self.right / self.stated:.1%}), "
            f"{len(self.wrong)} wrong, {self.fully_right}/{self.letters} letters fully right, "
            f"slowest {max(self.seconds):.2f} s"
        )


def letter_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.suffix in SUFFIXES)


def read_file(path: Path) -> FoundTerms:
    """The terms proposed for a dropped file (the same functions the app runs)."""
    fmt = detect_format(path.name, path.read_bytes()[:16])
    reading = read_document(str(path), fmt.value)
    return read_letter(reading.text, [inner.text for inner in reading.inner])


def _plain(text: str) -> str:
    text = re.sub(r"\((?:[mwfdxh]/)+[mwfdxh]\)", "", text, flags=re.IGNORECASE)
    return " ".join(text.replace(",", " ").split()).casefold().strip(" .")


def verdict(expected: Any, found: Any) -> str:
    """'right', 'wrong' or 'blank' for one term."""
    if found is None:
        return "right" if expected is None else "blank"
    if isinstance(found, FoundDate):
        if found.value is None:
            if isinstance(expected, dict) and "choices" in expected:
                wanted = tuple(date.fromisoformat(d) for d in expected["choices"])
                return "right" if tuple(sorted(found.choices)) == wanted else "blank"
            if isinstance(expected, dict) and "relative_days" in expected:
                same = (found.relative_days, found.business_days) == (
                    expected["relative_days"],
                    expected["business"],
                )
                return "right" if same else "wrong"
            return "blank" if expected is not None else "wrong"
        if isinstance(expected, str):
            return "right" if found.value == date.fromisoformat(expected) else "wrong"
        return "wrong"
    value = found.value
    if expected is None:
        return "wrong"
    if isinstance(expected, str):
        got = value.value if hasattr(value, "value") else value
        return "right" if _plain(str(got)) == _plain(expected) else "wrong"
    return "right" if Decimal(str(value)) == Decimal(str(expected)) else "wrong"


def score(folder: Path) -> Score:
    result = Score()
    for path in letter_files(folder):
        truth = json.loads(path.with_name(path.stem + ".truth.json").read_text("utf-8"))
        started = time.perf_counter()
        found = read_file(path)
        result.seconds.append(time.perf_counter() - started)
        result.letters += 1
        misses = 0
        for name in TERM_NAMES:
            expected = truth[name]
            got = getattr(found, name)
            outcome = verdict(expected, got)
            result.stated += expected is not None
            if outcome == "right":
                result.right += expected is not None
                continue
            misses += 1
            shown = None if got is None else (got.value if got.value is not None else got)
            line = f"{path.name}: {name} expected {expected!r}, got {shown!r}"
            if got is None and found.unsure_note(name):
                line += f" ({found.unsure_note(name)})"
            (result.wrong if outcome == "wrong" else result.blank).append(line)
        result.fully_right += misses == 0
    return result


def main(argv: list[str]) -> int:
    folder = Path(argv[0]) if argv else LETTERS / "tune"
    result = score(folder)
    print(result.summary())
    for line in result.wrong:
        print("  WRONG", line)
    for line in result.blank:
        print("  blank", line)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
