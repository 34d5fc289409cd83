"""`jobdesk read-letter FILE`: what the confirmation dialog would propose for an offer letter.

Each term with its value, the text it was read from and how sure the reading is; a term
left blank because the letter's figures disagree says so and lists them. The file is read
exactly as a dropped file is (its text in a separate, time-limited process), and nothing is
written anywhere: no data folder is opened.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from enum import Enum
from pathlib import Path
from typing import Any

from jobdesk.domain.offer_terms import TERM_NAMES, FoundDate, FoundTerms

EXIT_OK = 0
EXIT_UNREADABLE = 1

_NAMES = {
    "title": "Title",
    "currency": "Currency",
    "base": "Base salary",
    "period": "Paid per",
    "sign_on": "Sign-on",
    "bonus_percent": "Bonus %",
    "bonus_amount": "Bonus amount",
    "equity_units": "Equity units",
    "equity_value": "Equity value",
    "vesting_years": "Vesting years",
    "cliff_months": "Cliff months",
    "start": "Start",
    "deadline": "Reply by",
    "letter_date": "Letter date",
    "location": "Location",
}


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"“{text}” is not a date; write it as YYYY-MM-DD, e.g. 2026-12-01"
        ) from None


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="jobdesk read-letter",
        description="Read an offer letter (PDF, Word, e-mail, HTML, Markdown or text) and "
        "print the terms jobdesk would propose, each with the text it came from and how sure "
        "the reading is. Nothing is saved.",
    )
    parser.add_argument("file", type=Path, help="the letter to read")
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")
    parser.add_argument(
        "--letter-date",
        type=_day,
        metavar="DATE",
        help="for a letter that shows no date: count 'within N days' from DATE (YYYY-MM-DD), "
        "as the dialog counts from the day the letter was received",
    )
    return parser.parse_args(argv)


def main(argv: list[str]) -> int:
    args = parse_args(argv)
    from jobdesk.domain.attachments import detect_format
    from jobdesk.services.letter_text import read_with_time_limit

    path: Path = args.file
    if not path.is_file():
        print(f"jobdesk read-letter: there is no file at {path}.", file=sys.stderr)
        return EXIT_UNREADABLE
    with path.open("rb") as stream:
        head = stream.read(16)
    reading = read_with_time_limit(path, detect_format(path.name, head))
    texts = [reading.text, *(inner.text for inner in reading.inner)]
    if not any(text.strip() for text in texts):
        print(f"jobdesk read-letter: {reading.note or 'no text was found.'}", file=sys.stderr)
        return EXIT_UNREADABLE
    if reading.terms is None:  # the terms took too long to read (a note says so)
        print(f"jobdesk read-letter: {reading.terms_note}", file=sys.stderr)
        return EXIT_UNREADABLE
    index, terms = reading.terms_from, reading.terms
    source = path.name if index == 0 else reading.inner[index - 1].name
    proposal = proposed(terms, args.letter_date)
    if args.json:
        print(
            json.dumps(
                {"file": str(path), "read_from": source, "terms": proposal},
                indent=2,
                ensure_ascii=False,
            )
        )
    else:
        print(as_text(path.name, source, proposal))
    return EXIT_OK


def proposed(terms: FoundTerms, letter_date: date | None = None) -> dict[str, Any]:
    """Each term as the dialog would propose it: value, source, confidence, note, choices."""
    out: dict[str, Any] = {}
    for name in TERM_NAMES:
        found = getattr(terms, name)
        if found is None:
            out[name] = {"value": None, "note": terms.unsure_note(name)}
            continue
        entry: dict[str, Any] = {
            "value": _plain(found.value),
            "source": " ".join(found.sentence.split()),
            "confidence": found.confidence,
            "note": found.note,
        }
        if isinstance(found, FoundDate):
            entry["choices"] = [d.isoformat() for d in found.choices if found.is_ambiguous]
            counted = _counted(found, terms, letter_date)
            if counted is not None and letter_date is not None:
                entry["value"] = counted.isoformat()
                entry["note"] = (
                    f"{found.relative_days} {'business days' if found.business_days else 'days'}"
                    f" after the letter's date, given as {letter_date.isoformat()}."
                )
        out[name] = entry
    return out


def _counted(found: FoundDate, terms: FoundTerms, letter_date: date | None) -> date | None:
    undated = terms.letter_date is None or terms.letter_date.value is None
    if found.value is None and found.relative_days is not None and undated and letter_date:
        return found.counted_from(letter_date)
    return None


def _plain(value: object) -> Any:
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date):
        return value.isoformat()
    return value


def as_text(name: str, source: str, proposal: dict[str, Any]) -> str:
    lines = [f"{name}" + (f" (read from {source}, attached to it)" if source != name else "")]
    width = max(len(label) for label in _NAMES.values())
    for term, entry in proposal.items():
        label = _NAMES[term].ljust(width)
        if entry["value"] is None:
            if entry["note"]:
                lines.append(f"  {label}  (blank) {entry['note']}")
            else:
                lines.append(f"  {label}  (not in the letter)")
            continue
        value = entry["value"]
        if entry.get("choices"):
            value = " or ".join(entry["choices"]) + "  (choose one)"
        lines.append(f"  {label}  {value}   [{entry['confidence']:.2f}]")
        lines.append(f"  {'':{width}}    from: “{_short(entry['source'])}”")
        if entry["note"]:
            lines.append(f"  {'':{width}}    note: {entry['note']}")
    return "\n".join(lines)


def _short(text: str, limit: int = 110) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
