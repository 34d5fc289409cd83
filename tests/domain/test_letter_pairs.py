"""Label/value pairs, and letters in the languages the reader learned for issue 16 (Dutch,
French, Austrian German, Polish) plus the traps it must not fall into: each figure read from
its labelled row or sentence, and a blank, never a guess, where the letter disagrees."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from jobdesk.domain.letter_pairs import Pair, pairs, term_of_label
from jobdesk.domain.offer_terms import read_terms
from jobdesk.domain.offers import Period


def test_pairs_come_from_tabs_markdown_colons_and_aligned_columns() -> None:
    text = (
        "Functie\tPlanner\n"
        "| Start date | 4 January 2027 |\n"
        "|---|---|\n"
        "- **Salary**: $155,000 per year\n"
        "Place of work      Amsterdam\n"
        "We  are  pleased  to offer you the role.\n"
    )
    assert pairs(text) == [
        Pair("Functie", "Planner", "Functie: Planner"),
        Pair("Start date", "4 January 2027", "Start date: 4 January 2027"),
        Pair("Salary", "$155,000 per year", "- **Salary**: $155,000 per year"),
        Pair("Place of work", "Amsterdam", "Place of work      Amsterdam"),
    ]


def test_a_wide_table_names_each_value_by_its_row_and_column() -> None:
    text = "Component\tMonthly (₹)\tAnnual (₹)\nTotal Fixed CTC\t2,00,000\t24,00,000\n"
    assert pairs(text)[2:] == [
        Pair("Total Fixed CTC Monthly (₹)", "2,00,000", "Total Fixed CTC Monthly (₹): 2,00,000"),
        Pair("Total Fixed CTC Annual (₹)", "24,00,000", "Total Fixed CTC Annual (₹): 24,00,000"),
    ]
    terms = read_terms(text)
    assert terms.base is not None and terms.base.value == Decimal(2400000)
    assert terms.period is not None and terms.period.value is Period.YEAR
    assert terms.currency is not None and terms.currency.value == "INR"


def test_labels_name_terms_in_five_languages() -> None:
    assert [
        term_of_label(label)
        for label in (
            "Lieu de travail",
            "Standplaats",
            "Miejsce pracy",
            "Jahresbruttolohn",
            "Date d'entrée en fonction",
            "Prime d'arrivée",
            "Stanowisko",
            "Department",
        )
    ] == ["location", "location", "location", "base", "start", "sign_on", "title", ""]


DUTCH_EMAIL = """From: HR <hr@voorbeeld.nl>
To: jan@example.nl
Subject: Aanbod
Date: 2 December 2026

Beste Jan,

Hierbij bieden wij je de functie van Data Analist aan. Je standplaats is Rotterdam.

Je bruto maandsalaris bedraagt € 5.200, exclusief 8% vakantiegeld.
Je treedt in dienst op 1 februari 2027.

Graag ontvangen we je reactie uiterlijk 14 december 2026.
"""


def test_a_dutch_email() -> None:
    terms = read_terms(DUTCH_EMAIL)
    assert terms.title is not None and terms.title.value == "Data Analist"
    assert terms.base is not None and terms.base.value == Decimal(5200)
    assert terms.period is not None and terms.period.value is Period.MONTH
    assert terms.bonus_percent is None  # holiday pay is not a bonus
    assert terms.start is not None and terms.start.value == date(2027, 2, 1)
    assert terms.deadline is not None and terms.deadline.value == date(2026, 12, 14)
    assert terms.letter_date is not None and terms.letter_date.value == date(2026, 12, 2)
    assert terms.location is not None and terms.location.value == "Rotterdam"


def test_a_french_canadian_letter_in_canadian_dollars() -> None:
    terms = read_terms(
        "Montréal, le 1er décembre 2026\n\n"
        "Nous avons le plaisir de vous offrir le poste de Développeuse Principale au sein de "
        "notre équipe Paiements.\n\n"
        "Lieu de travail : Montréal (Québec)\nSalaire annuel : 112 000 $ CA\n"
        "Prime cible : 10 % du salaire de base\n"
        "Date d'entrée en fonction : 11 janvier 2027\n"
    )
    assert terms.title is not None and terms.title.value == "Développeuse Principale"
    assert terms.currency is not None and terms.currency.value == "CAD"
    assert terms.base is not None and terms.base.value == Decimal(112000)
    assert terms.bonus_percent is not None and terms.bonus_percent.value == Decimal(10)
    assert terms.start is not None and terms.start.value == date(2027, 1, 11)
    assert terms.letter_date is not None and terms.letter_date.value == date(2026, 12, 1)
    assert terms.location is not None and terms.location.value == "Montréal"


def test_an_austrian_letter_and_a_polish_one() -> None:
    austrian = read_terms(
        "Wien, am 30. November 2026\n\nwir bieten Ihnen die Position als Senior Data Engineer "
        "an. Dienstort ist Wien.\n\nIhr monatliches Bruttogehalt beträgt EUR 5.100,00, 14 Mal "
        "jährlich ausbezahlt.\nDienstbeginn: 1. Jänner 2027\n"
    )
    assert austrian.base is not None and austrian.base.value == Decimal(5100)
    assert austrian.period is not None and austrian.period.value is Period.MONTH
    assert austrian.start is not None and austrian.start.value == date(2027, 1, 1)
    assert austrian.letter_date is not None and austrian.letter_date.value == date(2026, 11, 30)
    assert austrian.location is not None and austrian.location.value == "Wien"
    polish = read_terms(
        "Wrocław, 30 listopada 2026 r.\n\nStanowisko: Starszy Programista Java\n"
        "Miejsce pracy: Wrocław\nWynagrodzenie: 18 500 zł brutto miesięcznie\n"
        "Data rozpoczęcia: 4 stycznia 2027\n\n"
        "Prosimy o potwierdzenie akceptacji oferty do 11 grudnia 2026.\n"
    )
    assert polish.currency is not None and polish.currency.value == "PLN"
    assert polish.base is not None and polish.base.value == Decimal(18500)
    assert polish.start is not None and polish.start.value == date(2027, 1, 4)
    assert polish.deadline is not None and polish.deadline.value == date(2026, 12, 11)
    assert polish.letter_date is not None and polish.letter_date.value == date(2026, 11, 30)


def test_the_yearly_figure_beside_a_monthly_one_is_the_base() -> None:
    terms = read_terms(
        "Ihr monatliches Bruttogehalt beträgt 6.250,00 €. Dies entspricht einem "
        "Jahresbruttogehalt von 75.000,00 €."
    )
    assert terms.base is not None and terms.base.value == Decimal(75000)
    assert terms.period is not None and terms.period.value is Period.YEAR
    assert terms.unsure == ()


def test_two_deadlines_are_left_blank_with_both_named() -> None:
    terms = read_terms(
        "1 December 2026\n\nPlease reply by 8 December 2026.\n\nThis offer expires on 10 "
        "December 2026.\n"
    )
    assert terms.deadline is None
    assert terms.unsure_note("deadline") == (
        "Two reply deadlines found: 8 December 2026, 10 December 2026. Type the right one."
    )


def test_a_sign_on_paid_in_instalments_is_their_stated_total() -> None:
    terms = read_terms(
        "You will receive a sign-on bonus totaling $40,000, paid in two installments: "
        "$25,000 payable in your first month and $15,000 payable in your thirteenth month."
    )
    assert terms.sign_on is not None and terms.sign_on.value == Decimal(40000)


def test_a_bonus_paid_at_full_attainment_is_no_bonus_percentage() -> None:
    terms = read_terms("Target Bonus: GBP 9,000 per annum at 100% attainment")
    assert terms.bonus_amount is not None and terms.bonus_amount.value == Decimal(9000)
    assert terms.bonus_percent is None


def test_benefits_beginning_are_not_the_start_date() -> None:
    terms = read_terms(
        "December 2, 2026\n\nBenefits begin on January 1, 2027.\n\n"
        "Your start date is January 11, 2027.\n"
    )
    assert terms.start is not None and terms.start.value == date(2027, 1, 11)


def test_teams_and_the_right_to_work_are_not_places() -> None:
    terms = read_terms(
        "We offer you the role of Analyst in our Pricing team. The offer depends on your "
        "right to work in the UK."
    )
    assert terms.location is None


def test_a_label_alone_on_its_line_names_the_value_below_it() -> None:
    terms = read_terms(
        "1 December 2026\n\nSalary\n£72,500 per annum\n\nLocation\nLeeds\n\n"
        "Start Date\nYour start date will be agreed with your recruiter.\n"
    )
    assert terms.base is not None and terms.base.value == Decimal(72500)
    assert terms.location is not None and terms.location.sentence == "Location: Leeds"
    assert terms.start is None  # a paragraph under a heading is not a value


def test_a_lab_in_a_town_is_a_place() -> None:
    terms = read_terms("You will work at our lab in Pittsburgh.")
    assert terms.location is not None and terms.location.value == "Pittsburgh"


def test_a_title_cut_at_its_comma_is_completed_from_the_subject_line() -> None:
    terms = read_terms(
        "Offer of employment: Principal Scientist, Assay Development\n\n"
        "We are delighted to offer you the position of Principal Scientist, reporting to Dr Lee."
    )
    assert terms.title is not None
    assert terms.title.value == "Principal Scientist, Assay Development"


def test_a_name_after_at_our_is_a_place_only_when_the_letter_says_so() -> None:
    event = read_terms("You will present at our Annual Kickoff in January.")
    assert event.location is None
    office = read_terms("You will join us in our Denver office.")
    assert office.location is not None and office.location.value == "Denver"


def test_relative_reply_deadlines_in_four_languages() -> None:
    found = [
        read_terms(text).deadline
        for text in (
            "Bitte antworten Sie innerhalb einer Woche.",
            "Merci de nous répondre dans les 10 jours.",
            "Graag je reactie binnen 5 werkdagen.",
            "Prosimy o odpowiedź w ciągu 7 dni.",
        )
    ]
    assert [(d.relative_days, d.business_days) for d in found if d is not None] == [
        (7, False),
        (10, False),
        (5, True),
        (7, False),
    ]


def test_labels_in_their_longer_forms() -> None:
    assert [
        term_of_label(label)
        for label in (
            "Bruttomonatsgehalt",
            "Rémunération annuelle brute",
            "Rémunération variable",
            "Date de prise de fonction",
            "Dienstbeginn",
            "Bruto maandsalaris",
            "Wynagrodzenie zasadnicze brutto",
            "Gehaltsbestandteile",
        )
    ] == ["base", "base", "bonus", "start", "start", "base", "base", ""]


def test_a_retention_bonus_and_a_commission_are_not_the_yearly_bonus() -> None:
    terms = read_terms(
        "Your base salary will be $120,000 per year. You will receive a retention bonus of "
        "$20,000 after 12 months. You will also earn commission of up to $40,000 a year."
    )
    assert terms.base is not None and terms.base.value == Decimal(120000)
    assert (terms.bonus_amount, terms.sign_on) == (None, None)


def test_a_day_rate_is_not_taken_for_a_yearly_salary() -> None:
    terms = read_terms("Role: Backend Developer\nRate: EUR 450 per day\nStart: 2027-01-11\n")
    assert terms.base is None
    assert terms.unsure_note("base") == (
        "The letter gives a rate per day or week (EUR 450); type it as an hourly, monthly or "
        "yearly figure."
    )
