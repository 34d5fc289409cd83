"""Offer figures worked out by hand, amounts as typed, deadlines, and cleaned terms."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from jobdesk.domain.application import Application, ApplicationDetails, EventKind, StageEvent
from jobdesk.domain.enums import Outcome, Stage
from jobdesk.domain.errors import UserError
from jobdesk.domain.offers import (
    Offer,
    OfferStatus,
    OfferTermsRecord,
    Period,
    clean_terms,
    days_text,
    deadline_is_near,
    figures,
    likely_applications,
    money_text,
    parse_amount,
    summarize,
)

D = Decimal


def test_figures_of_a_yearly_offer_worked_out_by_hand() -> None:
    terms = OfferTermsRecord(
        currency="USD",
        base_amount=D(185000),
        sign_on=D(20000),
        bonus_percent=D(15),
        equity_value=D(240000),
        vesting_years=D(4),
        cliff_months=12,
    )
    f = figures(terms)
    assert f.base_yearly == D(185000)
    assert f.bonus == D("27750.00")  # 15% of 185,000
    assert f.equity_per_year == D("60000.00")  # 240,000 / 4
    assert f.yearly_total == D("272750.00")  # 185,000 + 27,750 + 60,000
    assert f.first_year_total == D("292750.00")  # + the 20,000 sign-on
    assert f.converted_yearly is None and f.currency == "USD"


def test_monthly_and_hourly_pay_become_yearly_figures() -> None:
    monthly = figures(
        OfferTermsRecord(currency="EUR", base_amount=D(6500), base_period=Period.MONTH)
    )
    assert monthly.base_yearly == D(78000) and not monthly.base_is_estimate
    hourly = figures(OfferTermsRecord(currency="USD", base_amount=D(95), base_period=Period.HOUR))
    assert hourly.base_yearly == D(197600)  # 95 × 2,080 hours
    assert hourly.base_is_estimate


def test_a_day_rate_counts_over_a_working_year_of_days() -> None:
    daily = figures(OfferTermsRecord(currency="GBP", base_amount=D(650), base_period=Period.DAY))
    assert daily.base_yearly == D(169000)  # 650 × 260 days (2,080 hours of eight)
    assert daily.base_is_estimate
    assert daily.yearly_total == D(169000)


def test_a_stated_bonus_amount_wins_over_a_percentage() -> None:
    f = figures(
        OfferTermsRecord(
            currency="CHF", base_amount=D(150000), bonus_amount=D(15000), bonus_percent=D(20)
        )
    )
    assert f.bonus == D(15000)


def test_equity_with_a_cliff_longer_than_a_year_pays_nothing_in_the_first_year() -> None:
    f = figures(
        OfferTermsRecord(
            currency="USD",
            base_amount=D(100000),
            equity_value=D(50000),
            vesting_years=D(5),
            cliff_months=18,
        )
    )
    assert f.equity_per_year == D(10000)
    assert f.equity_first_year == 0
    assert f.first_year_total == D(100000)
    assert f.yearly_total == D(110000)


def test_units_without_a_value_add_nothing_and_no_base_means_no_totals() -> None:
    f = figures(OfferTermsRecord(currency="USD", equity_units=D(4000), sign_on=D(5000)))
    assert f.equity_per_year is None
    assert f.first_year_total is None and f.yearly_total is None


def test_a_rate_converts_the_yearly_total_only_when_entered() -> None:
    terms = OfferTermsRecord(
        currency="GBP", base_amount=D(75000), exchange_rate=D("1.27"), rate_currency="USD"
    )
    f = figures(terms)
    assert f.yearly_total == D(75000)  # still in pounds
    assert f.converted_yearly == D("95250.00") and f.rate_currency == "USD"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("185,000", "185000"),
        ("185000.50", "185000.50"),
        ("185k", "185000"),
        ("6.500", "6500"),
        ("6.500,50", "6500.50"),
        ("150'000", "150000"),
        ("1,5 Mio", "1500000"),
        ("$95", "95"),
        ("52.50", "52.50"),
        ("0.92", "0.92"),
        ("  ", None),
    ],
)
def test_typed_amounts(text: str, value: str | None) -> None:
    assert parse_amount(text) == (None if value is None else D(value))


@pytest.mark.parametrize("text", ["abc", "12-000", "1.2.3,4,5x"])
def test_amounts_that_are_not_numbers_are_refused(text: str) -> None:
    with pytest.raises(UserError, match="not an amount"):
        parse_amount(text)


def test_money_text_keeps_each_currency() -> None:
    assert money_text(D(185000), "USD") == "$185,000"
    assert money_text(D(6500), "EUR") == "€6,500"
    assert money_text(D(140000), "CAD") == "CAD 140,000"
    assert money_text(D("95.5"), "USD") == "$95.50"
    assert money_text(D(197600), "USD", estimate=True) == "≈ $197,600"
    assert money_text(None, "USD") == ""


def test_days_left_and_the_three_day_flag() -> None:
    today = date(2026, 11, 20)
    assert [days_text(n) for n in (5, 1, 0, -1, -3)] == [
        "in 5 days",
        "tomorrow",
        "today",
        "passed 1 day ago",
        "passed 3 days ago",
    ]
    assert deadline_is_near(date(2026, 11, 23), today)  # three days
    assert not deadline_is_near(date(2026, 11, 24), today)  # four
    assert deadline_is_near(date(2026, 11, 19), today)  # passed
    assert not deadline_is_near(None, today)


def test_status_follows_the_applications_outcome() -> None:
    offer = Offer(1, 1, OfferTermsRecord(), date(2026, 11, 1), OfferStatus.NEGOTIATING)
    assert offer.effective_status(Outcome.ACTIVE) is OfferStatus.NEGOTIATING
    assert offer.effective_status(Outcome.ACCEPTED) is OfferStatus.ACCEPTED
    assert offer.effective_status(Outcome.DECLINED) is OfferStatus.DECLINED
    assert offer.effective_status(Outcome.WITHDRAWN) is OfferStatus.CLOSED
    due = OfferTermsRecord(deadline_on=date(2026, 11, 21))
    summary = summarize(
        Offer(1, 1, due, date(2026, 11, 1)), "Acme", "Eng", Outcome.ACTIVE, date(2026, 11, 20)
    )
    assert summary.needs_reply_soon and summary.days_left == 1
    decided = summarize(
        Offer(1, 1, due, date(2026, 11, 1)), "Acme", "Eng", Outcome.DECLINED, date(2026, 11, 20)
    )
    assert not decided.needs_reply_soon


@pytest.mark.parametrize(
    ("terms", "message"),
    [
        (OfferTermsRecord(base_amount=D(1)), "Choose the currency"),
        (OfferTermsRecord(currency="dollars"), "three-letter code"),
        (OfferTermsRecord(currency="USD", base_amount=D(-1)), "cannot be negative"),
        (OfferTermsRecord(bonus_percent=D(500)), "between 0 and 200"),
        (OfferTermsRecord(vesting_years=D(0)), "vesting period"),
        (
            OfferTermsRecord(currency="USD", exchange_rate=D(0), rate_currency="EUR"),
            "more than zero",
        ),
        (OfferTermsRecord(currency="USD", exchange_rate=D(1)), "which currency"),
        (
            OfferTermsRecord(currency="USD", exchange_rate=D(1), rate_currency="usd"),
            "another currency",
        ),
        (
            OfferTermsRecord(start_on=date(2026, 12, 1), deadline_on=date(2026, 12, 5)),
            "after the start date",
        ),
    ],
)
def test_terms_that_cannot_be_right_are_refused(terms: OfferTermsRecord, message: str) -> None:
    with pytest.raises(UserError, match=message):
        clean_terms(terms)


def test_clean_terms_tidies_text() -> None:
    cleaned = clean_terms(
        OfferTermsRecord(title="  Staff   Engineer ", currency=" eur", notes=" x ")
    )
    assert (cleaned.title, cleaned.currency, cleaned.notes) == ("Staff Engineer", "EUR", "x")


def _app(app_id: int, company: str, stage: Stage, outcome: Outcome = Outcome.ACTIVE) -> Application:
    events = (
        [StageEvent(EventKind.STAGE, date(2026, 11, 2), stage=stage)]
        if stage is not Stage.APPLIED
        else []
    )
    if outcome is not Outcome.ACTIVE:
        events.append(
            StageEvent(EventKind.OUTCOME, date(2026, 11, 3), stage=stage, outcome=outcome)
        )
    return Application(
        app_id, ApplicationDetails(company, "Engineer", date(2026, 10, 1)), tuple(events)
    )


def test_applications_most_likely_to_have_made_an_offer_come_first() -> None:
    apps = [
        _app(1, "Applied Co", Stage.APPLIED),
        _app(2, "Final Co", Stage.FINAL),
        _app(3, "Rejected Co", Stage.OFFER, Outcome.REJECTED),
        _app(4, "Screen Co", Stage.SCREEN),
    ]
    assert [a.id for a in likely_applications(apps)] == [2, 4, 1, 3]
    # A company the letter names goes to the top of the open ones.
    assert [a.id for a in likely_applications(apps, ("screen co",))] == [4, 2, 1, 3]


def test_offer_text_with_a_broken_character_or_a_direction_override_is_cleaned() -> None:
    with pytest.raises(UserError, match="The location contains a broken character"):
        clean_terms(OfferTermsRecord(location="Berlin \udc80"))
    cleaned = clean_terms(OfferTermsRecord(title="Staff\u202e Engineer", notes=" ok \n"))
    assert (cleaned.title, cleaned.notes) == ("Staff Engineer", "ok")
