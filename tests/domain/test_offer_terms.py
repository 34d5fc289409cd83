"""Finding terms in letter text: the formats the issue names, each with its sentence."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from jobdesk.domain.offer_terms import add_days, read_terms, sentences
from jobdesk.domain.offers import Period


@pytest.mark.parametrize(
    ("sentence", "amount", "currency", "period"),
    [
        ("Your base salary will be $185,000 per year.", "185000", "USD", Period.YEAR),
        ("Base salary: USD 185k annually", "185000", "USD", Period.YEAR),
        ("Your salary will be £75,000 per annum.", "75000", "GBP", Period.YEAR),
        ("Ihr Gehalt beträgt €6.500 brutto monatlich.", "6500", "EUR", Period.MONTH),
        ("Your annual salary will be CAD 140,000.", "140000", "CAD", Period.YEAR),
        ("Rate: you will be paid $95/hour.", "95", "USD", Period.HOUR),
        ("A salary of 78.000 € brutto pro Jahr.", "78000", "EUR", Period.YEAR),
        ("Your gross salary is CHF 150'000 per year.", "150000", "CHF", Period.YEAR),
        ("Base pay of US$172,500 a year.", "172500", "USD", Period.YEAR),
        ("An hourly rate of $52.50.", "52.50", "USD", Period.HOUR),
        ("Your monthly basic salary will be S$9,500.", "9500", "SGD", Period.MONTH),
    ],
)
def test_base_salary_in_the_formats_people_write(
    sentence: str, amount: str, currency: str, period: Period
) -> None:
    terms = read_terms(sentence)
    assert terms.base is not None and terms.currency is not None and terms.period is not None
    assert terms.base.value == Decimal(amount)
    assert terms.currency.value == currency
    assert terms.period.value is period
    assert terms.base.sentence == sentence


def test_a_salary_with_no_period_is_read_as_yearly_and_says_so() -> None:
    terms = read_terms("Your annual salary will be CAD 140,000.")
    assert terms.period is not None and terms.period.note == ""  # "annual" says it
    terms = read_terms("Your salary will be CAD 140,000.")
    assert terms.period is not None and terms.period.value is Period.YEAR
    assert "does not say per what" in terms.period.note


def test_a_bare_dollar_is_the_dollar_the_letter_names_and_says_so() -> None:
    us = read_terms("Your base salary will be $185,000 per year.")
    assert us.currency is not None and "US dollars" in us.currency.note
    canadian = read_terms("All amounts are in Canadian dollars. Your salary is $120,000 a year.")
    assert canadian.currency is not None and canadian.currency.value == "CAD"


def test_each_amount_goes_to_the_term_named_nearest_it() -> None:
    text = (
        "Your base salary will be $185,000 per year, and you will receive a one-time sign-on "
        "bonus of $20,000. You will be eligible for an annual target bonus of 15% of your base "
        "salary. In addition to your salary, we will pay you $5,000 as a relocation allowance."
    )
    terms = read_terms(text)
    assert terms.base is not None and terms.base.value == 185000
    assert terms.sign_on is not None and terms.sign_on.value == 20000
    assert terms.bonus_percent is not None and terms.bonus_percent.value == 15
    assert terms.bonus_amount is None  # the relocation money is not a bonus


def test_equity_units_value_vesting_and_cliff() -> None:
    text = (
        "You will be granted 4,000 restricted stock units (RSUs) with a grant value of "
        "$240,000. The RSUs vest over four years, with a one-year cliff."
    )
    terms = read_terms(text)
    assert terms.equity_units is not None and terms.equity_units.value == 4000
    assert terms.equity_value is not None and terms.equity_value.value == 240000
    assert terms.vesting_years is not None and terms.vesting_years.value == 4
    assert terms.cliff_months is not None and terms.cliff_months.value == 12
    assert read_terms("Options vest monthly over 48 months with a 6-month cliff.").cliff_months


def test_an_exercise_price_is_not_the_grant_value() -> None:
    terms = read_terms(
        "An option to purchase 25,000 shares at an exercise price of $3.10 per share."
    )
    assert terms.equity_units is not None and terms.equity_units.value == 25000
    assert terms.equity_value is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Please respond by December 5, 2026.", date(2026, 12, 5)),
        ("Please respond by 5 Dec 2026.", date(2026, 12, 5)),
        ("Please respond by Saturday, December 5th, 2026.", date(2026, 12, 5)),
        ("Offer expires: 2026-12-05", date(2026, 12, 5)),
        ("Bitte antworten Sie bis zum 05.12.2026.", date(2026, 12, 5)),
        ("Please respond by 25/11/2026.", date(2026, 11, 25)),  # 25 cannot be a month
    ],
)
def test_reply_deadlines_in_plain_formats(text: str, expected: date) -> None:
    terms = read_terms(text)
    assert terms.deadline is not None
    assert terms.deadline.value == expected
    assert not terms.deadline.is_ambiguous


def test_a_date_that_reads_two_ways_is_not_decided() -> None:
    terms = read_terms("This offer is open until 05/12/2026.")
    assert terms.deadline is not None
    assert terms.deadline.value is None
    assert set(terms.deadline.choices) == {date(2026, 12, 5), date(2026, 5, 12)}
    assert "reads two ways" in terms.deadline.note
    assert terms.record().deadline_on is None  # nothing guessed


def test_within_days_of_this_letter_counts_from_the_letter_date() -> None:
    text = "20 November 2026\n\nPlease accept within 7 days of this letter."
    terms = read_terms(text)
    assert terms.letter_date is not None and terms.letter_date.value == date(2026, 11, 20)
    assert terms.deadline is not None and terms.deadline.value == date(2026, 11, 27)
    assert "after the letter's date" in terms.deadline.note


def test_business_days_skip_the_weekend() -> None:
    # Thursday 19 Nov 2026 + 10 business days = Thursday 3 Dec 2026.
    assert add_days(date(2026, 11, 19), 10, business=True) == date(2026, 12, 3)
    text = "19 November 2026\n\nThis offer remains open for 10 business days."
    terms = read_terms(text)
    assert terms.deadline is not None and terms.deadline.value == date(2026, 12, 3)


def test_within_days_of_an_undated_letter_is_left_to_the_user() -> None:
    terms = read_terms("They need an answer within 5 business days.")
    assert terms.deadline is not None
    assert terms.deadline.value is None
    assert (terms.deadline.relative_days, terms.deadline.business_days) == (5, True)
    assert terms.deadline.counted_from(date(2026, 11, 20)) == date(2026, 11, 27)
    assert "shows no date" in terms.deadline.note


def test_start_and_deadline_in_one_sentence_go_to_the_right_words() -> None:
    terms = read_terms(
        "Your start date is January 11, 2027, and we ask you to respond by December 5, 2026."
    )
    assert terms.start is not None and terms.start.value == date(2027, 1, 11)
    assert terms.deadline is not None and terms.deadline.value == date(2026, 12, 5)


def test_a_date_without_a_year_takes_the_letters_year_and_says_so() -> None:
    terms = read_terms("November 18, 2026\n\nPlease let us know your decision by December 4.")
    assert terms.deadline is not None and terms.deadline.value == date(2026, 12, 4)
    assert "no year" in terms.deadline.note
    assert read_terms("Please let us know your decision by December 4.").deadline is None


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("We are pleased to offer you the position of Senior Backend Engineer at Acme.", None),
        ("Position: Platform Engineer", "Platform Engineer"),
        ("Tyrell is offering you the Senior iOS Engineer position.", "Senior iOS Engineer"),
        ("wir bieten Ihnen eine Position als Senior Entwickler (m/w/d) an.", "Senior Entwickler"),
        ("We'd like you to join Hooli as a Product Engineer on the Search team!", None),
    ],
)
def test_job_titles(text: str, title: str | None) -> None:
    found = read_terms(text).title
    assert found is not None
    expected = title or ("Senior Backend Engineer" if "Backend" in text else "Product Engineer")
    assert found.value == expected


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("This position is based in our Austin, TX office.", "Austin, TX"),
        ("Your normal place of work will be our London office.", "London"),
        ("Arbeitsort: Berlin", "Berlin"),
        ("Location: Remote (United States)", "Remote (United States)"),
        ("This is a fully remote position.", "Remote"),
    ],
)
def test_locations(text: str, place: str) -> None:
    found = read_terms(text).location
    assert found is not None and found.value == place


def test_nothing_found_in_a_letter_that_is_not_an_offer() -> None:
    terms = read_terms("Thanks for your time last week. We will be in touch soon.")
    assert terms.found_count == 0
    assert not terms.looks_like_offer
    record = terms.record()
    assert record.base_amount is None and record.title == "" and record.currency == ""


def test_wrapped_lines_are_joined_and_table_rows_kept_apart() -> None:
    text = (
        "Dear Chris, we are pleased to offer you the position of Quantitative Developer in\n"
        "our Zurich office and your gross salary will be CHF 150'000 per year, paid\n"
        "in thirteen instalments.\n"
        "\n"
        "| Sign-on | €5,000 |\n"
        "| Start | 1 March 2027 |\n"
    )
    found = sentences(text)
    assert any("CHF 150'000 per year, paid in thirteen instalments." in s for s in found)
    assert "Sign-on: €5,000" in found and "Start: 1 March 2027" in found


def test_named_companies_are_found_for_the_chooser() -> None:
    terms = read_terms("On behalf of ACME Robotics, we offer…", known_companies=("Acme Robotics",))
    assert terms.companies == ("Acme Robotics",)
    assert read_terms("Acmeville", known_companies=("Acme",)).companies == ()
