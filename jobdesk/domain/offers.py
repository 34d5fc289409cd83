"""An offer's terms, the figures worked out from them, and their deadline.

Every amount is in the offer's own currency. Nothing is converted unless the
user entered a rate, and then the converted figure is shown beside the
original, never in its place.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from enum import Enum

from jobdesk.domain.application import Application, ApplicationSummary, clean_text
from jobdesk.domain.enums import Outcome
from jobdesk.domain.errors import UserError
from jobdesk.domain.wording import short_date

# A full-time year, for turning an hourly rate into a yearly figure (shown as an estimate).
HOURS_PER_YEAR = 2080
# The same year in working days of eight hours (52 weeks of five days), for a day rate.
DAYS_PER_YEAR = HOURS_PER_YEAR // 8
MONTHS_PER_YEAR = 12
DEADLINE_WARNING_DAYS = 3

# Codes jobdesk offers in its lists; any three capital letters are accepted.
COMMON_CURRENCIES = (
    "USD",
    "EUR",
    "GBP",
    "CAD",
    "AUD",
    "CHF",
    "SEK",
    "NOK",
    "DKK",
    "PLN",
    "INR",
    "JPY",
    "SGD",
    "NZD",
)
_SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "INR": "₹"}


class Period(Enum):
    YEAR = "year"
    MONTH = "month"
    DAY = "day"  # a contractor's day rate
    HOUR = "hour"

    @property
    def per_year(self) -> int:
        return {
            Period.YEAR: 1,
            Period.MONTH: MONTHS_PER_YEAR,
            Period.HOUR: HOURS_PER_YEAR,
            Period.DAY: DAYS_PER_YEAR,
        }[self]

    @property
    def is_rate(self) -> bool:
        """Paid by the hour or day: a yearly figure from it assumes a full working year."""
        return self in (Period.HOUR, Period.DAY)

    @property
    def label(self) -> str:
        return f"per {self.value}"


class OfferStatus(Enum):
    """Where the user stands with an offer. Accepted and declined follow the application's
    outcome (so the pipeline and the offers view can never disagree); open and negotiating
    are kept with the offer."""

    OPEN = "open"
    NEGOTIATING = "negotiating"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    CLOSED = "closed"  # the application was rejected, withdrawn or went quiet

    @property
    def label(self) -> str:
        return self.value.capitalize()

    @property
    def is_pending(self) -> bool:
        return self in (OfferStatus.OPEN, OfferStatus.NEGOTIATING)


@dataclass(frozen=True)
class OfferTermsRecord:
    """What an offer says; every field may be missing (not in the letter, not typed)."""

    title: str = ""
    currency: str = ""
    base_amount: Decimal | None = None
    base_period: Period = Period.YEAR
    sign_on: Decimal | None = None
    bonus_percent: Decimal | None = None
    bonus_amount: Decimal | None = None
    equity_units: Decimal | None = None
    equity_value: Decimal | None = None
    vesting_years: Decimal | None = None
    cliff_months: int | None = None
    start_on: date | None = None
    deadline_on: date | None = None
    location: str = ""
    notes: str = ""
    exchange_rate: Decimal | None = None
    rate_currency: str = ""


@dataclass(frozen=True)
class Offer:
    id: int
    application_id: int
    terms: OfferTermsRecord
    received_on: date
    status: OfferStatus = OfferStatus.OPEN  # as kept; see `effective_status`
    source_attachment_id: int | None = None

    def effective_status(self, outcome: Outcome) -> OfferStatus:
        if outcome is Outcome.ACCEPTED:
            return OfferStatus.ACCEPTED
        if outcome is Outcome.DECLINED:
            return OfferStatus.DECLINED
        if outcome.is_closed:
            return OfferStatus.CLOSED
        return self.status


def clean_terms(terms: OfferTermsRecord) -> OfferTermsRecord:
    """Trimmed text, a checked currency and amounts that make sense, or UserError."""
    currency = terms.currency.strip().upper()
    rate_currency = terms.rate_currency.strip().upper()
    for code, what in ((currency, "The currency"), (rate_currency, "The rate's currency")):
        if code and not (len(code) == 3 and code.isascii() and code.isalpha()):
            raise UserError(f"{what} “{code}” is not a three-letter code such as USD or EUR.")
    amounts = {
        "The base salary": terms.base_amount,
        "The sign-on bonus": terms.sign_on,
        "The bonus amount": terms.bonus_amount,
        "The equity value": terms.equity_value,
        "The number of shares or units": terms.equity_units,
    }
    for what, amount in amounts.items():
        if amount is not None and amount < 0:
            raise UserError(f"{what} cannot be negative.")
    has_money = any(
        a is not None
        for a in (terms.base_amount, terms.sign_on, terms.bonus_amount, terms.equity_value)
    )
    if has_money and not currency:
        raise UserError("Choose the currency the offer is paid in.")
    if terms.bonus_percent is not None and not 0 <= terms.bonus_percent <= 200:
        raise UserError("The bonus percentage should be between 0 and 200.")
    if terms.vesting_years is not None and not 0 < terms.vesting_years <= 20:
        raise UserError("The vesting period should be between a few months and 20 years.")
    if terms.cliff_months is not None and not 0 <= terms.cliff_months <= 120:
        raise UserError("The cliff should be between 0 and 120 months.")
    if terms.exchange_rate is not None:
        if terms.exchange_rate <= 0:
            raise UserError("An exchange rate must be more than zero.")
        if not rate_currency:
            raise UserError("Say which currency the exchange rate converts into.")
        if rate_currency == currency:
            raise UserError("The exchange rate must convert into another currency.")
    if rate_currency and terms.exchange_rate is None:
        rate_currency = ""
    if terms.start_on and terms.deadline_on and terms.deadline_on > terms.start_on:
        raise UserError(
            f"The reply deadline ({short_date(terms.deadline_on)}) is after the start date "
            f"({short_date(terms.start_on)}). Check both dates."
        )
    return replace(
        terms,
        title=clean_text(terms.title, "title"),
        currency=currency,
        location=clean_text(terms.location, "location"),
        notes=clean_text(terms.notes, "notes", one_line=False),
        rate_currency=rate_currency,
    )


# --- figures ------------------------------------------------------------------------------


@dataclass(frozen=True)
class OfferFigures:
    """Yearly figures in the offer's currency; None where the terms do not say enough."""

    currency: str
    base_yearly: Decimal | None
    base_is_estimate: bool  # an hourly or day rate times a full-time year
    bonus: Decimal | None
    equity_per_year: Decimal | None
    equity_units_per_year: Decimal | None  # units vesting in a year, when no value is stated
    equity_first_year: Decimal | None
    sign_on: Decimal | None
    first_year_total: Decimal | None
    yearly_total: Decimal | None
    converted_yearly: Decimal | None  # at the user's rate, in `rate_currency`
    rate_currency: str


def figures(terms: OfferTermsRecord) -> OfferFigures:
    """Work out the figures the offers are compared by.

    - bonus: the stated amount, else the target percentage of the yearly base;
    - equity per year: the grant's stated value over its vesting years (no value: unknown;
      the units vesting in a year are shown instead);
    - equity in the first year: none if the cliff is longer than a year, else a year's worth;
    - first-year total: base + bonus + first-year equity + sign-on;
    - yearly total: base + bonus + equity per year (the sign-on is paid once).
    """
    base = None
    if terms.base_amount is not None:
        base = terms.base_amount * terms.base_period.per_year
    bonus = terms.bonus_amount
    if bonus is None and terms.bonus_percent is not None and base is not None:
        bonus = base * terms.bonus_percent / 100
    equity_year = None
    if terms.equity_value is not None and terms.vesting_years:
        equity_year = terms.equity_value / terms.vesting_years
    units_year = None
    if terms.equity_units is not None and terms.vesting_years:
        units_year = terms.equity_units / terms.vesting_years
    equity_first = equity_year
    if equity_year is not None and terms.cliff_months is not None and terms.cliff_months > 12:
        equity_first = Decimal(0)
    yearly = first_year = None
    if base is not None:
        yearly = base + (bonus or 0) + (equity_year or 0)
        first_year = base + (bonus or 0) + (equity_first or 0) + (terms.sign_on or 0)
    converted = None
    if yearly is not None and terms.exchange_rate is not None and terms.rate_currency:
        converted = yearly * terms.exchange_rate
    return OfferFigures(
        currency=terms.currency,
        base_yearly=_round(base),
        base_is_estimate=terms.base_period.is_rate,
        bonus=_round(bonus),
        equity_per_year=_round(equity_year),
        equity_units_per_year=_round(units_year),
        equity_first_year=_round(equity_first),
        sign_on=terms.sign_on,
        first_year_total=_round(first_year),
        yearly_total=_round(yearly),
        # An estimate at the user's rate: whole units, no false precision.
        converted_yearly=None
        if converted is None
        else converted.quantize(Decimal(1), ROUND_HALF_UP),
        rate_currency=terms.rate_currency if converted is not None else "",
    )


def _round(value: Decimal | None) -> Decimal | None:
    if value is None:
        return None
    return value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def days_left(deadline: date | None, today: date) -> int | None:
    return None if deadline is None else (deadline - today).days


def deadline_text(deadline: date | None, today: date) -> str:
    return days_text(days_left(deadline, today))


def days_text(left: int | None) -> str:
    """Days left in words: "in 5 days", "tomorrow", "today", "passed 2 days ago"."""
    if left is None:
        return ""
    if left < 0:
        return f"passed {-left} day{'s' if left != -1 else ''} ago"
    if left == 0:
        return "today"
    if left == 1:
        return "tomorrow"
    return f"in {left} days"


def due_text(due: list[OfferSummary]) -> str:
    """ "Reply due: Acme in 2 days; Globex tomorrow." (empty when nothing is due)."""
    if not due:
        return ""
    parts = [f"{s.company} {days_text(s.days_left)}" for s in due]
    return "Reply due: " + "; ".join(parts) + "."


def due_forms(due: list[OfferSummary]) -> tuple[str, ...]:
    """`due_text`, then shorter forms for a narrow status bar: the first due and how many
    more, then only how many."""
    if not due:
        return ("",)
    forms = [due_text(due)]
    if len(due) > 1:
        first = due[0]
        forms.append(f"Reply due: {first.company} {days_text(first.days_left)} (+{len(due) - 1}).")
    forms.append(f"{len(due)} offer {'reply' if len(due) == 1 else 'replies'} due")
    return tuple(forms)


def deadline_is_near(deadline: date | None, today: date) -> bool:
    """Within three days (today included); a passed deadline is flagged as well."""
    left = days_left(deadline, today)
    return left is not None and left <= DEADLINE_WARNING_DAYS


# --- money as text ------------------------------------------------------------------------


def money_text(amount: Decimal | None, currency: str, *, estimate: bool = False) -> str:
    """An amount as "$185,000", "€6,500", "CAD 140,000" or "$95.50" (cents only if any)."""
    if amount is None:
        return ""
    whole = amount == amount.to_integral_value()
    number = f"{amount:,.0f}" if whole else f"{amount:,.2f}"
    symbol = _SYMBOLS.get(currency)
    text = f"{symbol}{number}" if symbol else f"{currency} {number}".strip()
    return f"≈ {text}" if estimate else text


def parse_amount(text: str) -> Decimal | None:
    """A typed amount ("185,000", "185000.50", "185k", "6.500", "1,2 Mio") or None if blank.

    Raises UserError when the text is not an amount.
    """
    cleaned = text.strip().replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
    cleaned = cleaned.lstrip("$€£¥₹").rstrip("$€£¥₹")
    if not cleaned:
        return None
    multiplier = Decimal(1)
    lower = cleaned.lower()
    for suffix, factor in (("mio", 10**6), ("m", 10**6), ("k", 1000)):
        if lower.endswith(suffix):
            cleaned, multiplier = cleaned[: -len(suffix)], Decimal(factor)
            break
    value = number_value(cleaned)
    if value is None:
        raise UserError(f"“{text.strip()}” is not an amount. Type digits, e.g. 185000.")
    return value * multiplier


def number_value(text: str) -> Decimal | None:
    """A number written with any common grouping: 185,000 / 185.000 / 185'000 / 6.500,50."""
    text = text.strip().replace("'", ",").replace("’", ",")
    if not text or not any(ch.isdigit() for ch in text):
        return None
    if not all(ch.isdigit() or ch in ",." for ch in text):
        return None
    last_dot, last_comma = text.rfind("."), text.rfind(",")
    if last_dot >= 0 and last_comma >= 0:
        decimal_mark = "." if last_dot > last_comma else ","
    elif last_dot >= 0 or last_comma >= 0:
        mark = "." if last_dot >= 0 else ","
        groups = text.split(mark)
        # One mark followed by exactly three digits groups thousands ("6.500", "185,000");
        # anything else is a decimal mark ("52.50", "1,5").
        if len(groups) > 2 or (len(groups[-1]) == 3 and groups[0] not in ("", "0")):
            decimal_mark = ""
        else:
            decimal_mark = mark
    else:
        decimal_mark = ""
    if decimal_mark:
        whole, _, fraction = text.rpartition(decimal_mark)
    else:
        whole, fraction = text, ""
    digits = whole.replace(",", "").replace(".", "")
    if fraction and not fraction.isdigit():
        return None
    try:
        return Decimal(f"{digits or 0}.{fraction}") if fraction else Decimal(digits or "0")
    except InvalidOperation:
        return None


# --- offers side by side ------------------------------------------------------------------


@dataclass(frozen=True)
class OfferSummary:
    """One offer as the offers view shows it: its terms, figures, status and deadline."""

    offer: Offer
    company: str
    role_title: str
    outcome: Outcome
    figures: OfferFigures
    days_left: int | None
    deadline_near: bool

    @property
    def status(self) -> OfferStatus:
        return self.offer.effective_status(self.outcome)

    @property
    def needs_reply_soon(self) -> bool:
        return self.deadline_near and self.status.is_pending


def replies_due(summaries: list[OfferSummary]) -> list[OfferSummary]:
    """The one rule for "reply due": still waiting for an answer, deadline within three days
    or passed; the soonest first."""
    due = [s for s in summaries if s.needs_reply_soon]
    return sorted(due, key=lambda s: s.days_left if s.days_left is not None else 0)


def summarize(
    offer: Offer, company: str, role_title: str, outcome: Outcome, today: date
) -> OfferSummary:
    deadline = offer.terms.deadline_on
    return OfferSummary(
        offer=offer,
        company=company,
        role_title=role_title,
        outcome=outcome,
        figures=figures(offer.terms),
        days_left=days_left(deadline, today),
        deadline_near=deadline_is_near(deadline, today),
    )


def likely_applications(
    apps: Sequence[ApplicationSummary], named: tuple[str, ...] = ()
) -> list[ApplicationSummary]:
    """Applications in the order a letter most likely belongs to them: open ones first;
    among them, those whose company the letter names, then the furthest along, then the
    most recently active."""
    named_keys = {n.casefold() for n in named}

    def key(app: ApplicationSummary) -> tuple[bool, bool, int, int]:
        return (
            app.outcome.is_closed,
            app.company.casefold() not in named_keys,
            -app.furthest_stage.rank,
            -app.last_activity.toordinal(),
        )

    return sorted(apps, key=key)


def sample_offers(apps: list[Application], today: date) -> list[tuple[int, OfferTermsRecord, date]]:
    """Offers for the sample search's applications that reached an offer (for the demo):
    (application id, terms, received on). Fictional figures in two currencies."""
    from datetime import timedelta

    from jobdesk.domain.enums import Stage

    templates = (
        OfferTermsRecord(
            currency="USD",
            base_amount=Decimal(172000),
            sign_on=Decimal(15000),
            bonus_percent=Decimal(10),
            equity_units=Decimal(2400),
            equity_value=Decimal(120000),
            vesting_years=Decimal(4),
            cliff_months=12,
            location="Remote (US)",
        ),
        OfferTermsRecord(
            currency="EUR",
            base_amount=Decimal(7800),
            base_period=Period.MONTH,
            bonus_percent=Decimal(8),
            location="Berlin",
            exchange_rate=Decimal("1.08"),
            rate_currency="USD",
        ),
        OfferTermsRecord(
            currency="USD",
            base_amount=Decimal(158000),
            bonus_amount=Decimal(12000),
            location="Austin, TX",
            notes="Asked for a later start date.",
        ),
    )
    offers = [a for a in apps if a.furthest_stage is Stage.OFFER]
    result = []
    for number, (app, template) in enumerate(zip(offers, templates, strict=False)):
        reached = max(e.on for e in app.events if e.stage is Stage.OFFER)
        deadline = app.details.next_step_on or today + timedelta(days=5 + number * 4)
        terms = replace(
            template,
            title=app.details.role_title,
            start_on=today + timedelta(days=40 + 14 * number),
            deadline_on=deadline,
        )
        result.append((app.id, terms, reached))
    return result
