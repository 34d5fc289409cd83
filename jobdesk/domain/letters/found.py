"""What the letter reader finds: each value with the sentence it came from and how sure
the reading is, and every reading of each term before they are weighed."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from typing import Any, Generic, TypeVar

from jobdesk.domain.offers import OfferTermsRecord, Period

V = TypeVar("V")

MAX_TEXT = 400_000  # characters read; an offer letter is a few thousand
PAIR_CONFIDENCE = 0.95  # a value in a labelled row: the label says what it is
SENTENCE_CONFIDENCE = 0.8  # a value told by the words around it in a sentence
ASSUMED_CONFIDENCE = 0.6  # a value that needed an assumption (see its note)


@dataclass(frozen=True)
class Found(Generic[V]):
    """One value read from the letter, with the text it came from (a sentence or a labelled
    row) and how sure the reading is (0–1: a labelled row is surer than a sentence)."""

    value: V
    sentence: str
    note: str = ""
    confidence: float = 1.0


@dataclass(frozen=True)
class FoundDate:
    """A date read from the letter. `value` is None when the letter leaves it open:
    two readings (`choices`), or a number of days after a letter date it does not state."""

    sentence: str
    value: date | None
    choices: tuple[date, ...] = ()
    relative_days: int | None = None
    business_days: bool = False
    note: str = ""
    confidence: float = 1.0

    @property
    def is_ambiguous(self) -> bool:
        return self.value is None and len(self.choices) > 1

    def counted_from(self, start: date) -> date | None:
        """The date `relative_days` after `start` (skipping weekends for business days)."""
        if self.relative_days is None:
            return None
        return add_days(start, self.relative_days, business=self.business_days)


@dataclass(frozen=True)
class Unsure:
    """A term the letter states in ways that disagree: left blank, with its readings (each
    with its source) listed in `note` for the user to pick from."""

    term: str
    note: str
    candidates: tuple[Found[Any] | FoundDate, ...] = ()


@dataclass(frozen=True)
class FoundTerms:
    title: Found[str] | None = None
    currency: Found[str] | None = None
    base: Found[Decimal] | None = None
    period: Found[Period] | None = None
    sign_on: Found[Decimal] | None = None
    bonus_percent: Found[Decimal] | None = None
    bonus_amount: Found[Decimal] | None = None
    equity_units: Found[Decimal] | None = None
    equity_value: Found[Decimal] | None = None
    vesting_years: Found[Decimal] | None = None
    cliff_months: Found[int] | None = None
    start: FoundDate | None = None
    deadline: FoundDate | None = None
    letter_date: FoundDate | None = None
    location: Found[str] | None = None
    companies: tuple[str, ...] = field(default=())
    # Terms left blank because the letter's readings of them disagree.
    unsure: tuple[Unsure, ...] = field(default=())

    def unsure_note(self, term: str) -> str:
        """Why `term` was left blank though the letter mentions it ("" if it was not)."""
        return next((u.note for u in self.unsure if u.term == term), "")

    @property
    def found_count(self) -> int:
        """How many of the offer's terms were found (the letter's own date is not a term)."""
        names = [n for n in TERM_NAMES if n not in ("letter_date",)]
        return sum(getattr(self, n) is not None for n in names)

    @property
    def looks_like_offer(self) -> bool:
        return self.base is not None or self.found_count >= 3

    def record(self) -> OfferTermsRecord:
        """The values found, as offer terms; an open date (two readings) stays empty."""

        def value(found: Found[V] | None) -> V | None:
            return found.value if found is not None else None

        return OfferTermsRecord(
            title=value(self.title) or "",
            currency=value(self.currency) or "",
            base_amount=value(self.base),
            base_period=value(self.period) or Period.YEAR,
            sign_on=value(self.sign_on),
            bonus_percent=value(self.bonus_percent),
            bonus_amount=value(self.bonus_amount),
            equity_units=value(self.equity_units),
            equity_value=value(self.equity_value),
            vesting_years=value(self.vesting_years),
            cliff_months=value(self.cliff_months),
            start_on=self.start.value if self.start else None,
            deadline_on=self.deadline.value if self.deadline else None,
            location=value(self.location) or "",
        )


TERM_NAMES = (
    "title",
    "currency",
    "base",
    "period",
    "sign_on",
    "bonus_percent",
    "bonus_amount",
    "equity_units",
    "equity_value",
    "vesting_years",
    "cliff_months",
    "start",
    "deadline",
    "letter_date",
    "location",
)


def long_date(day: date) -> str:
    """A date as "5 December 2026" on every platform (strftime's %-d is not portable)."""
    return f"{day.day} {day:%B %Y}"


def add_days(start: date, days: int, *, business: bool = False) -> date:
    if not business:
        return start + timedelta(days=days)
    day, left = start, days
    while left > 0:
        day += timedelta(days=1)
        if day.weekday() < 5:
            left -= 1
    return day


# --- reading the whole letter --------------------------------------------------------------


@dataclass(frozen=True)
class _Pay:
    """One salary figure the letter states, before the readings are weighed."""

    amount: Decimal
    currency: str
    currency_note: str
    period: Period
    stated: bool  # the letter says per what
    source: str
    confidence: float
    ctc: bool  # an Indian letter's cost to company (the total, not a component)
    by_year: bool = False  # a table's yearly column beside its monthly one
    # "Full-time equivalent salary: $68,000": not what a part-time post pays.
    full_time: bool = False
    # "a total fixed remuneration of AUD 165,760": an Australian base with its super.
    with_super: bool = False


@dataclass
class _Candidates:
    """Every reading of each term, from pairs first and then sentences."""

    pay: list[_Pay] = field(default_factory=list)
    money: dict[str, list[Found[Decimal]]] = field(default_factory=dict)
    start: list[FoundDate] = field(default_factory=list)
    deadline: list[FoundDate] = field(default_factory=list)
    start_told: bool = False  # a "Start date" row that says no date ("to be agreed")
    start_latest: list[str] = field(default_factory=list)  # dates beside "to be agreed"
    # Rates per day or week: an offer's pay is kept per year, month or hour.
    other_rates: list[Found[Decimal]] = field(default_factory=list)
    # Every figure stated per year, whatever the words around it call it: a monthly
    # salary's yearly total ("€ 73.224 per jaar inclusief vakantietoeslag") is one of them.
    yearly: list[_Pay] = field(default_factory=list)
    # The ends of a pay range ("the range for this role is $118,000 – $146,000"): never
    # the salary itself, only shown when the letter gives no figure of its own.
    ranges: list[Found[Decimal]] = field(default_factory=list)
    # Each grant's worth with the currency it is written in: a worth in another currency
    # than the pay ("RSUs worth USD 45,000" in a CHF offer) is not the offer's own figure.
    grant_currency: list[tuple[Found[Decimal], str]] = field(default_factory=list)

    def add(self, key: str, found: Found[Decimal], currency: str = "") -> None:
        self.money.setdefault(key, []).append(found)
        if key == "equity_value" and currency:
            self.grant_currency.append((found, currency))
