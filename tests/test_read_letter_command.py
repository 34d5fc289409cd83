"""`jobdesk read-letter`: the terms the dialog would propose, run as a user runs it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.services.letter_corpus import LETTERS

TUNE = LETTERS / "tune"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "jobdesk", "read-letter", *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_a_pdf_letter_as_json_gives_each_term_its_source_and_confidence() -> None:
    done = run(str(TUNE / "t01_us_northwind_pdf.pdf"), "--json")
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    terms = out["terms"]
    assert out["read_from"] == "t01_us_northwind_pdf.pdf"
    assert terms["base"]["value"] == 148000
    assert "$148,000.00 per year" in terms["base"]["source"]
    assert terms["base"]["confidence"] == 0.8  # read from a sentence, not a labelled row
    assert terms["period"]["value"] == "year"
    assert terms["sign_on"]["value"] == 15000
    assert terms["equity_units"]["value"] == 1200
    assert terms["cliff_months"]["value"] == 12  # "25% vesting on the first anniversary"
    assert terms["start"]["value"] == "2027-03-01"
    assert terms["deadline"]["value"] == "2026-12-11"
    assert terms["letter_date"]["value"] == "2026-12-01"
    assert terms["location"]["value"] == "Austin, TX"
    assert terms["equity_value"] == {"value": None, "note": ""}


def test_a_table_row_is_surer_than_a_sentence_and_shows_as_text() -> None:
    done = run(str(TUNE / "t11_ch_alpenfirn_rltable.pdf"))
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "t11_ch_alpenfirn_rltable.pdf"
    assert "  Base salary    124800   [0.95]" in lines
    # The yearly figure is taken over the monthly one written beside it.
    assert (
        "                   from: “Jahresbruttolohn: CHF 124'800, zahlbar in 13 Monatslöhnen à "
        "CHF 9'600”" in lines
    )
    assert "  Location       Zürich   [0.95]" in lines
    assert "  Sign-on        (not in the letter)" in lines


def test_two_salaries_are_left_blank_with_both_listed(tmp_path: Path) -> None:
    letter = tmp_path / "offer.txt"
    letter.write_text(
        "1 December 2026\n\nYour base salary will be $150,000 per year.\n\n"
        "Salary: $160,000 per year\n",
        encoding="utf-8",
    )
    done = run(str(letter), "--json")
    base = json.loads(done.stdout)["terms"]["base"]
    assert base == {
        "value": None,
        "note": "Two salary figures found: USD 160,000 a year; USD 150,000 a year. "
        "Type the one that is your base salary.",
    }


def test_a_relative_deadline_of_an_undated_letter_counts_from_the_date_given() -> None:
    letter = str(TUNE / "t06_nl_dijkstra_html.html")  # "binnen één week", no date
    plain = json.loads(run(letter, "--json").stdout)["terms"]["deadline"]
    assert plain["value"] is None
    given = json.loads(run(letter, "--json", "--letter-date", "2026-12-01").stdout)
    assert given["terms"]["deadline"]["value"] == "2026-12-08"


def test_a_missing_file_is_said_plainly(tmp_path: Path) -> None:
    done = run(str(tmp_path / "nothing.pdf"))
    assert done.returncode == 1
    assert done.stderr == f"jobdesk read-letter: there is no file at {tmp_path / 'nothing.pdf'}.\n"


def test_a_damaged_pdf_gets_one_plain_message_and_nothing_else(tmp_path: Path) -> None:
    damaged = tmp_path / "offer.pdf"
    damaged.write_bytes(b"%PDF-1.4\n1 0 obj\n<<>>\nendobj\n")  # cut off: no xref, no %%EOF
    done = run(str(damaged))
    assert done.returncode == 1
    assert done.stderr.startswith("jobdesk read-letter: This PDF seems damaged or incomplete")
    assert done.stderr.count("\n") == 1  # pypdf's own "EOF marker not found" is not printed
