"""Round fourteen of the letter reader: each kind of wrong value found at first sight on the
thirtieth to thirty-third batches, tested with sentences of that kind written here (not the
corpus's own)."""

from __future__ import annotations

from decimal import Decimal

from jobdesk.domain.offer_terms import read_terms
from jobdesk.domain.offers import Period

# --- a title runs on into a clause reference or a numbered clause ------------------------------


def test_a_clause_reference_after_a_title_is_no_part_of_it() -> None:
    found = read_terms("Job title: Platform Engineer (clause 4.2)\nSalary: £72,000 per year\n")
    assert found.title is not None and found.title.value == "Platform Engineer"


def test_a_paragraph_reference_after_a_title_is_no_part_of_it() -> None:
    found = read_terms("Position: Data Analyst (§ 3 Abs. 2)\nGehalt: 61.000 € brutto pro Jahr\n")
    assert found.title is not None and found.title.value == "Data Analyst"


def test_an_article_reference_after_a_title_is_no_part_of_it() -> None:
    found = read_terms("Functie: Product Designer (Art. 2)\nSalaris: € 4.800 bruto per maand\n")
    assert found.title is not None and found.title.value == "Product Designer"


def test_a_bracket_left_open_at_the_line_end_is_no_part_of_the_title() -> None:
    found = read_terms(
        "Functie: Data Engineer (Chapter\nData Platform)\nSalaris: € 5.100 per maand\n"
    )
    assert found.title is not None and found.title.value == "Data Engineer"


def test_a_numbered_clause_under_a_position_heading_is_not_the_title() -> None:
    found = read_terms(
        "We are pleased to offer you the position of Site Reliability Engineer with Harrow Ltd.\n"
        "2. Position\n"
        "2.1 You are employed as Site Reliability Engineer in the Platform group, reporting\n"
        "to the Head of Platform.\n"
    )
    assert found.title is not None
    assert found.title.value == "Site Reliability Engineer"


# --- an amount in words cut short beside its figure in brackets ---------------------------------


def test_the_figure_in_brackets_wins_over_words_cut_short() -> None:
    found = read_terms(
        "Your base salary will be paid at the rate of Seventy-Two Thousand Dollars "
        "($172,000.00) per year.\n"
    )
    assert found.base is None or found.base.value == 172000


# --- a pension contribution, an achievement level: no bonus -------------------------------------


def test_a_pension_premium_is_no_bonus() -> None:
    found = read_terms(
        "Salaris: € 5.000 bruto per maand. De werkgever betaalt een premie van 18 % van de "
        "pensioengrondslag.\n"
    )
    assert found.bonus_percent is None


def test_the_level_an_amount_is_quoted_at_is_no_bonus_percent() -> None:
    found = read_terms("Fixed pay: INR 24,00,000 per year\nVariable pay at 100%: 3,00,000\n")
    assert found.bonus_percent is None


# --- a clause's number is no grant size -----------------------------------------------------


def test_a_clause_number_before_rsus_is_no_grant_size() -> None:
    found = read_terms("7.3 The RSUs will vest over four years with a one-year cliff.\n")
    assert found.equity_units is None


def test_a_paragraph_number_before_its_heading_is_no_grant_size() -> None:
    found = read_terms(
        "§ 6 Virtuelle Anteile (1) Sie erhalten eine Zusage über 1.200 virtuelle Anteile.\n"
    )
    assert found.equity_units is not None and found.equity_units.value == Decimal(1200)


def test_an_article_number_before_options_is_no_grant_size() -> None:
    found = read_terms("Article 9 - Options\nYou are granted 3,000 options.\n")
    assert found.equity_units is None or found.equity_units.value == 3000


# --- a sign-on in French or Spanish is no yearly bonus ------------------------------------------


def test_a_french_welcome_bonus_is_a_sign_on() -> None:
    found = read_terms("Salaire: 88 000 € bruts annuels\nPrime d'accueil : 3 000 €\n")
    assert found.bonus_amount is None
    assert found.sign_on is not None and found.sign_on.value == 3000


def test_a_spanish_joining_bonus_is_a_sign_on() -> None:
    found = read_terms("Salario: 54.000 € brutos anuales\nBono de incorporación: 2.500 € brutos\n")
    assert found.bonus_amount is None
    assert found.sign_on is not None and found.sign_on.value == 2500


# --- "$" in a letter from Canada --------------------------------------------------------------


def test_dollars_in_a_letter_with_a_quebec_address_are_canadian() -> None:
    found = read_terms(
        "Studio Nordet inc.\n1200, rue Sherbrooke, Montréal (Québec) H3A 1B2\n"
        "Salaire annuel: 98 000 $ par année\n"
    )
    assert found.currency is not None and found.currency.value == "CAD"


# --- a US town with its state -----------------------------------------------------------------


def test_a_us_town_takes_the_state_the_letter_gives_it() -> None:
    found = read_terms(
        "Redfern Mutual · 10 Main Street · Dayton, OH 45402\n"
        "Salary: $118,000 per year\n"
        "You will work on site at the Dayton office three days a week.\n"
        "Orientation is held at the Dayton, OH office on your first morning.\n"
    )
    assert found.location is not None and found.location.value == "Dayton, OH"


# --- a monthly figure beside the yearly one ---------------------------------------------------


def test_portuguese_monthly_pay_beside_the_yearly_is_read_as_yearly() -> None:
    found = read_terms(
        "Retribuição base: 2.900,00 € ilíquidos por mês, pagos 14 vezes por ano, ou seja, "
        "40.600,00 € brutos anuais\n"
    )
    assert found.base is not None and found.base.value == 40600
    assert found.period is not None and found.period.value is Period.YEAR


# --- a share purchase plan's match is no grant ------------------------------------------------


def test_a_stock_purchase_match_is_no_equity_value() -> None:
    found = read_terms(
        "Salary: $88,000 per year\n"
        "Employee Stock Purchase Plan: the Company matches 10% of contributions up to $2,400 a "
        "year\n"
    )
    assert found.equity_value is None
