"""Recovery breaks: days the user set aside, which no time-based rule counts against anyone.

The one home of "how many days has this waited": `waiting_days`. The no-response
timeout (silent applications, the funnel's timed-out ones) and follow-up reminders
count with it, so a two-week break does not turn applications silent or make a pile of
follow-ups due the day the user comes back. `no_response_cutoff` is the same count
turned around, for the loops over every application.

A break runs from its first day to its last, both included. The days counted between
`since` and `today` are `since`, `since` + 1, … up to the day before `today`; a day
inside a break is left out, once however many breaks hold it, and days of a break
still ahead have not happened yet, so they change nothing.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta

from jobdesk.domain.errors import UserError
from jobdesk.domain.wording import short_date

NOTE_LIMIT = 500
LONGEST_BREAK_DAYS = 366  # a typo in a year ("2062") is refused rather than stopping the clock


@dataclass(frozen=True)
class Break:
    """A recovery break, `starts_on` to `ends_on` (both included), with an optional note."""

    starts_on: date
    ends_on: date
    note: str = ""
    id: int = 0  # 0 until stored

    @property
    def days(self) -> int:
        return (self.ends_on - self.starts_on).days + 1

    def covers(self, day: date) -> bool:
        return self.starts_on <= day <= self.ends_on

    def text(self) -> str:
        """ "Mon 1 Dec – Sun 14 Dec 2026 (14 days)", the break in the user's words."""
        first, last = self.starts_on, self.ends_on
        start = f"{first:%a} {first.day} {first:%b}"
        if first.year != last.year:
            start += f" {first.year}"
        end = f"{last:%a} {last.day} {last:%b} {last.year}"
        noun = "day" if self.days == 1 else "days"
        return f"{start} – {end} ({self.days} {noun})"


def clean_break(found: Break) -> Break:
    """`found` with its note tidied, or a UserError saying what to change."""
    if found.ends_on < found.starts_on:
        raise UserError(
            f"The break ends ({short_date(found.ends_on)}) before it starts "
            f"({short_date(found.starts_on)}). Swap the two dates."
        )
    if found.days > LONGEST_BREAK_DAYS:
        raise UserError(
            f"A break of {found.days} days is longer than a year. Check the dates: a break "
            "can be at most a year long (add another one after it if you need more)."
        )
    note = found.note.strip()
    if len(note) > NOTE_LIMIT:
        raise UserError(f"The note is {len(note)} characters long; keep it to {NOTE_LIMIT}.")
    return replace(found, note=note)


def _merged(breaks: Iterable[Break], first: date, last: date) -> list[tuple[date, date]]:
    """The days of `breaks` between `first` and `last` (both included), as separate spans:
    overlapping or touching breaks joined, so no day is counted twice."""
    spans = sorted(
        (max(b.starts_on, first), min(b.ends_on, last))
        for b in breaks
        if b.ends_on >= first and b.starts_on <= last
    )
    joined: list[tuple[date, date]] = []
    for start, end in spans:
        if joined and start <= joined[-1][1] + timedelta(days=1):
            if end > joined[-1][1]:
                joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    return joined


def break_days(since: date, today: date, breaks: Iterable[Break]) -> int:
    """How many of the days from `since` to the day before `today` fall inside a break."""
    if today <= since:
        return 0
    return sum(
        (end - start).days + 1 for start, end in _merged(breaks, since, today - timedelta(days=1))
    )


def waiting_days(since: date, today: date, breaks: Sequence[Break] = ()) -> int:
    """Days waited from `since` to `today` (today − since), not counting the days inside
    breaks. The one count every time-based rule uses (see the module docstring)."""
    elapsed = (today - since).days
    if elapsed <= 0 or not breaks:  # most searches have no break: thousands of calls
        return elapsed
    return elapsed - break_days(since, today, breaks)


def day_waited(since: date, days: int, breaks: Sequence[Break] = ()) -> date:
    """The first day by which `days` days have been waited since `since`
    (`waiting_days(since, day, breaks) >= days`): `waiting_days` turned around, forwards."""
    day = since + timedelta(days=max(days, 0))
    while (waited := waiting_days(since, day, breaks)) < days:
        day += timedelta(days=days - waited)  # at least the days a break took
    return day


def no_response_cutoff(today: date, days: int, breaks: Sequence[Break] = ()) -> date:
    """The latest day an application can have been sent and have waited `days` days by
    `today` (`waiting_days(sent, today, breaks) >= days` exactly when sent <= this day).

    Waiting days only grow as `sent` moves back, so one day splits those that have
    waited long enough from those that have not: walk back from today, skipping
    break days, until `days` days are counted."""
    if days <= 0 or not breaks:
        return today - timedelta(days=days)
    spans = _merged(breaks, date.min, today - timedelta(days=1))
    day, counted = today, 0
    index = len(spans) - 1
    while counted < days:
        day -= timedelta(days=1)
        while index >= 0 and spans[index][0] > day:
            index -= 1
        if index >= 0 and spans[index][0] <= day <= spans[index][1]:
            day = spans[index][0]  # the whole span at once: leap to its first day
            index -= 1
            continue
        counted += 1
    return day


def current_break(breaks: Iterable[Break], today: date) -> Break | None:
    """The break `today` falls in (of overlapping ones, the one that ends last)."""
    on = [b for b in breaks if b.covers(today)]
    return max(on, key=lambda b: (b.ends_on, b.id)) if on else None


def on_break_until(breaks: Iterable[Break], today: date) -> date | None:
    """The last day of the break `today` falls in, following on through breaks that overlap
    or touch it (a week's break extended by another is one break to the user)."""
    spans = _merged(breaks, today, date.max)
    if not spans or spans[0][0] > today:
        return None
    return spans[0][1]
