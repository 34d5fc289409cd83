"""Dates as people write them in spreadsheets and tracker exports.

ISO (`2026-03-04`, with a time or not), `3/4/2026` (the order decided per file, from
all its dates: `13/4` can only be day first; when every date reads both ways, the user
is asked), `04.03.2026`, `Mar 4` (the year from context: the latest that is not in the
future), `11/3/25, 2:14 PM` (LinkedIn), `4. März 2026`, and spreadsheet serial numbers.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum


class DateOrder(Enum):
    """How a date like 3/4/2026 is read."""

    AUTO = "auto"
    DAY_FIRST = "dmy"
    MONTH_FIRST = "mdy"

    @property
    def label(self) -> str:
        return {
            DateOrder.AUTO: "Decide from the file",
            DateOrder.DAY_FIRST: "Day first (3/4 is 3 April)",
            DateOrder.MONTH_FIRST: "Month first (3/4 is March 4)",
        }[self]


class DateProblem(ValueError):
    """The text is not a date, or not one that exists; the message says which."""


@dataclass(frozen=True)
class ParsedDate:
    on: date
    year_guessed: bool = False  # `Mar 4`: the year came from context


_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("jan", "january", "januar", "jän", "jänner"),
            ("feb", "february", "februar"),
            ("mar", "march", "mär", "märz", "maerz", "mrz"),
            ("apr", "april"),
            ("may", "mai"),
            ("jun", "june", "juni"),
            ("jul", "july", "juli"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october", "okt", "oktober"),
            ("nov", "november"),
            ("dec", "december", "dez", "dezember"),
        ],
        start=1,
    )
    for name in names
}
_TIME = (
    r"(?:[ T,]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:[AaPp]\.?[Mm]\.?)?(?:Z|[+-]\d{2}:?\d{2})?)?"
)
_ISO = re.compile(r"^(\d{4})[-/](\d{1,2})[-/](\d{1,2})" + _TIME + r"$")
_SLASH = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})" + _TIME + r"$")
_DOTS = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})" + _TIME + r"$")
_DASHES = re.compile(r"^(\d{1,2})-(\d{1,2})-(\d{4})" + _TIME + r"$")
_MONTH_DAY = re.compile(
    r"^([A-Za-zäÄ]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?" + _TIME + r"$"
)
_DAY_MONTH = re.compile(
    r"^(\d{1,2})\.?\s*(?:-|\s)\s*([A-Za-zäÄ]{3,9})\.?(?:,?[\s-]+(\d{2}|\d{4}))?" + _TIME + r"$"
)
_WEEKDAY = re.compile(r"^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,\s*", re.I)
_SERIAL = re.compile(r"^(\d{5})(?:\.\d+)?$")


def slash_order(texts: Iterable[str]) -> DateOrder:
    """The order the file's `a/b/yyyy` dates are written in: DAY_FIRST or MONTH_FIRST when
    one of them can only be read that way, AUTO when every one reads both ways (ask)."""
    day_first = month_first = False
    for text in texts:
        match = _SLASH.match(text.strip())
        if match is None:
            continue
        first, second = int(match[1]), int(match[2])
        day_first |= first > 12
        month_first |= second > 12
    if day_first and not month_first:
        return DateOrder.DAY_FIRST
    if month_first and not day_first:
        return DateOrder.MONTH_FIRST
    return DateOrder.AUTO


def mixed_orders(texts: Iterable[str]) -> bool:
    """Some slash dates can only be day first and others only month first."""
    day_first = month_first = False
    for text in texts:
        match = _SLASH.match(text.strip())
        if match:
            day_first |= int(match[1]) > 12
            month_first |= int(match[2]) > 12
    return day_first and month_first


def parse_date(text: str, order: DateOrder, today: date) -> ParsedDate:
    """The date `text` means; DateProblem saying why when it is none."""
    text = _WEEKDAY.sub("", text.strip())  # "Tue, 3 Mar 2026": the weekday adds nothing
    if match := _ISO.match(text):
        return ParsedDate(_make(int(match[1]), int(match[2]), int(match[3]), text))
    if match := _SLASH.match(text):
        a, b, year = int(match[1]), int(match[2]), _year(match[3])
        if order is DateOrder.AUTO and a <= 12 and b <= 12 and a != b:
            raise DateProblem(
                f"“{text}” could be {_spelled(year, b, a)} or {_spelled(year, a, b)}: "
                "choose which order the file's dates are in"
            )
        day, month = (a, b) if order is DateOrder.DAY_FIRST or a > 12 else (b, a)
        return ParsedDate(_make(year, month, day, text))
    if (match := _DOTS.match(text) or _DASHES.match(text)) is not None:
        return ParsedDate(_make(_year(match[3]), int(match[2]), int(match[1]), text))
    if match := _MONTH_DAY.match(text):
        return _named(match[1], int(match[2]), match[3], text, today)
    if match := _DAY_MONTH.match(text):
        return _named(match[2], int(match[1]), match[3], text, today)
    if match := _SERIAL.match(text):
        serial = int(match[1])
        if 20_000 <= serial <= 80_000:  # 1954 to 2119 in a spreadsheet's day count
            return ParsedDate(date(1899, 12, 30) + timedelta(days=serial))
    raise DateProblem(f"“{_short(text)}” is not a date jobdesk can read (write it as 2026-03-04)")


def _named(month_text: str, day: int, year_text: str | None, text: str, today: date) -> ParsedDate:
    month = _MONTHS.get(month_text.lower())
    if month is None:
        raise DateProblem(
            f"“{_short(text)}” is not a date jobdesk can read (write it as 2026-03-04)"
        )
    if year_text:
        return ParsedDate(_make(_year(year_text), month, day, text))
    # No year: the latest one in which this day is not after today.
    year = today.year
    if (month, day) > (today.month, today.day):
        year -= 1
    if month == 2 and day == 29:
        while not _leap(year):
            year -= 1
    return ParsedDate(_make(year, month, day, text), year_guessed=True)


def _leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _year(text: str) -> int:
    year = int(text)
    return 2000 + year if year < 100 else year


def _make(year: int, month: int, day: int, text: str) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        if 1 <= month <= 12:
            raise DateProblem(
                f"“{_short(text)}” does not exist: {_month_name(month)} {year} has no day {day}"
            ) from None
        raise DateProblem(f"“{_short(text)}” does not exist: there is no month {month}") from None


def _month_name(month: int) -> str:
    return date(2000, month, 1).strftime("%B")


def _spelled(year: int, month: int, day: int) -> str:
    try:
        return f"{date(year, month, day):%-d %B %Y}"
    except ValueError:
        return f"{day}/{month}/{year}"


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
