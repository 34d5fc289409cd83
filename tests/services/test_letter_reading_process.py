"""The text and the terms of a dropped letter are both read in the time-limited process."""

from __future__ import annotations

import time
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from jobdesk.domain.application import ApplicationDetails
from jobdesk.domain.attachments import FileFormat
from jobdesk.services.attachments import Attachments
from jobdesk.services.bundle import Services
from jobdesk.services.letter_text import read_with_time_limit
from jobdesk.services.offers import Offers

LETTER = (
    "Dear Sam,\n\nWe are pleased to offer you the role of Platform Engineer. Your base salary "
    "will be $185,000 per year. Please respond by December 5, 2026."
)
# Both take several seconds to search for terms (4.8 s and 7.6 s measured here), well
# past the 2-second limit the tests give, though their text is read at once.
PATHOLOGICAL = {
    "digits_and_commas": ("1234,5678," * 200_000)[:2_000_000],
    "one_hostile_line": "Salary: " + "$1" * 100_000,
}


def test_a_normal_letter_comes_back_with_its_terms(tmp_path: Path) -> None:
    letter = tmp_path / "offer.txt"
    letter.write_text(LETTER)
    reading = read_with_time_limit(letter, FileFormat.TEXT)
    assert reading.terms is not None and reading.terms_note == ""
    assert reading.terms.base is not None and reading.terms.base.value == Decimal(185000)
    assert reading.terms.title is not None and reading.terms.title.value == "Platform Engineer"


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_terms_that_take_too_long_end_at_the_limit_and_keep_the_text(
    tmp_path: Path, name: str
) -> None:
    letter = tmp_path / f"{name}.txt"
    letter.write_text(PATHOLOGICAL[name])
    started = time.monotonic()
    reading = read_with_time_limit(letter, FileFormat.TEXT, time_limit=2)
    # 2 s for the child, then up to 2 s for it to stop when asked (it is killed after that).
    assert time.monotonic() - started < 4.5
    assert reading.readable and reading.note == ""
    assert reading.terms is None
    assert reading.terms_note == (
        "Finding the terms in this letter took longer than 2 seconds, so it was stopped. "
        "The file and its text are kept; type the terms in."
    )


def test_a_dropped_letter_whose_terms_time_out_is_proposed_blank_with_the_note(
    services: Services, tmp_path: Path
) -> None:
    attachments = Attachments(
        services.pipeline,
        tmp_path / "kept",
        read=lambda path, fmt: read_with_time_limit(path, fmt, time_limit=2),
    )
    letter = tmp_path / "offer.txt"
    letter.write_text(PATHOLOGICAL["one_hostile_line"])
    staged = attachments.stage(letter)
    proposal = Offers(services.pipeline, attachments).propose(staged)
    assert proposal.terms.found_count == 0
    assert proposal.note.startswith("Finding the terms in this letter took longer than 2 seconds")
    assert staged.reading.readable  # the text is kept with the file, for searching later


def test_a_dropped_letter_is_proposed_from_the_terms_read_in_the_child(
    services: Services, tmp_path: Path
) -> None:
    services.pipeline.add(
        ApplicationDetails("Northwind Labs", "Platform Engineer", date(2026, 11, 2))
    )
    letter = tmp_path / "offer.txt"
    letter.write_text(LETTER + "\n\nNorthwind Labs, Seattle")
    staged = services.attachments.stage(letter)
    assert staged.reading.terms is not None
    proposal = services.offers.propose(staged)
    assert proposal.terms.base is not None and proposal.terms.base.value == Decimal(185000)
    assert proposal.terms.companies == ("Northwind Labs",)
    assert proposal.note == ""
