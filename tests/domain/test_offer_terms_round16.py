"""Round sixteen of the letter reader: each kind of wrong value found at first sight on the
thirty-eighth to forty-first batches, tested with sentences of that kind written here (not
the corpus's own)."""

from __future__ import annotations

from decimal import Decimal

from jobdesk.domain.offer_terms import read_terms
from jobdesk.domain.offers import Period

# --- a four-year vesting given year by year after its cliff -------------------------------------


def test_the_months_after_a_cliff_given_on_their_own_add_to_its_year() -> None:
    found = read_terms(
        "Dear Priya,\n\n"
        "We are pleased to offer you the role of Data Engineer at Kestrel Labs, Inc.\n\n"
        "Stock options: 12,000 options to purchase common stock.\n"
        "Vesting: 25% on your first anniversary, then monthly during the subsequent 36 months.\n"
    )
    assert found.vesting_years is not None and found.vesting_years.value == 4
    assert found.cliff_months is not None and found.cliff_months.value == 12


# --- a grant's worth: not a tax rule's ceiling, not a word that holds "grant" ------------------


def test_a_tax_limit_on_a_grant_is_not_its_worth() -> None:
    found = read_terms(
        "Dear Sam,\n\n"
        "You will be granted an option to purchase 40,000 shares of common stock. The option "
        "is an Incentive Stock Option up to the $100,000 annual limit, the rest a "
        "Non-Qualified Stock Option.\n"
    )
    assert found.equity_units is not None and found.equity_units.value == 40000
    assert found.equity_value is None


def test_a_fee_beside_the_word_migrant_is_no_grant() -> None:
    found = read_terms(
        "Beste Ana,\n\n"
        "Wij bieden je de functie van Backend Developer aan.\n"
        "Bruto maandsalaris: € 5.400\n"
        "Als skilled migrant betaal je geen leges: wij vergoeden de € 350 voor je vergunning.\n"
    )
    assert found.equity_value is None


# --- the Gulf's package is its yearly pay ------------------------------------------------------


def test_a_gulf_total_annual_package_is_the_yearly_base() -> None:
    found = read_terms(
        "Dear Salim,\n\n"
        "We are pleased to offer you the position of Finance Manager.\n\n"
        "Basic salary: QAR 20,000 per month\n"
        "Housing allowance: QAR 8,000 per month\n"
        "Total monthly package: QAR 28,000\n"
        "Total annual package: QAR 336,000 per annum\n"
    )
    assert found.base is not None and found.base.value == Decimal(336000)
    assert found.period is not None and found.period.value is Period.YEAR


def test_a_us_total_package_is_still_not_the_base() -> None:
    found = read_terms(
        "Dear Sam,\n\n"
        "Base salary: $150,000 per year\n"
        "Total annual package: $240,000 including bonus and equity\n"
    )
    assert found.base is not None and found.base.value == Decimal(150000)


# --- a bonus paid once for joining, in Spanish with the English word and in Swedish ------------


def test_a_spanish_bonus_de_bienvenida_is_a_sign_on() -> None:
    found = read_terms(
        "Estimada Lucía:\n\n"
        "Salario fijo: 70.000 € brutos anuales\n"
        "Bonus de bienvenida: 15.000 € brutos, abonados en la primera nómina\n"
    )
    assert found.sign_on is not None and found.sign_on.value == Decimal(15000)
    assert found.bonus_amount is None


def test_a_swedish_welcome_bonus_is_a_sign_on() -> None:
    found = read_terms(
        "Hej Erik,\n\n"
        "Månadslön: 62 000 kr\n"
        "Välkomstbonus: 25 000 kr (betalas ut med första lönen)\n"
    )
    assert found.sign_on is not None and found.sign_on.value == Decimal(25000)
    assert found.bonus_amount is None


# --- titles: the role's abbreviation kept, a permit and the employer left out ------------------


def test_a_role_abbreviation_in_brackets_stays_with_the_title() -> None:
    found = read_terms(
        "Madame,\n\n"
        "Nous avons le plaisir de vous proposer de rejoindre Ventoux Data en qualité de "
        "Directrice financière (CFO), statut cadre, sous l'autorité du Président.\n"
    )
    assert found.title is not None and found.title.value == "Directrice financière (CFO)"


def test_a_residence_permit_in_brackets_is_no_part_of_the_title() -> None:
    found = read_terms(
        "Subject: Offer: Data Scientist (Blue Card)\n\n"
        "Dear Ana,\n\n"
        "We are glad to make you this offer.\n"
    )
    assert found.title is not None and found.title.value == "Data Scientist"


def test_of_and_the_employer_after_a_title_are_left_out() -> None:
    found = read_terms(
        "Dear Jordan,\n\n"
        "I am pleased to offer you the position of Chief Financial Officer of Brightwater "
        "Labs, Inc., reporting to me as Chief Executive Officer.\n"
    )
    assert found.title is not None and found.title.value == "Chief Financial Officer"


# --- a transfer's host location, not the office of a first stay --------------------------------


def test_a_host_location_is_the_place_of_work() -> None:
    found = read_terms(
        "Dear Jonas,\n\n"
        "We confirm your transfer to Tallpine Software Corp.\n\n"
        "Role:                Engineering Manager\n"
        "Host location:       Boston, MA (Seaport office)\n"
        "Annual base salary:  $185,000\n"
        "Start date:          February 1, 2027\n\n"
        "Before you join the Boston team you will spend your first two weeks at our Chicago "
        "headquarters for onboarding.\n"
    )
    assert found.location is not None and found.location.value == "Boston, MA"


def test_the_office_of_a_first_stay_is_not_the_place_of_work() -> None:
    found = read_terms(
        "Dear Ana,\n\n"
        "We are glad to offer you the role of Analyst.\n\n"
        "You will spend your first three weeks at our Chicago headquarters for training, "
        "and then join the team in our Denver office.\n"
    )
    assert found.location is not None and found.location.value == "Denver"


def test_a_first_stay_alone_names_no_place_of_work() -> None:
    found = read_terms(
        "Dear Ana,\n\n"
        "We are glad to offer you the role of Analyst.\n\n"
        "You will spend your first two weeks at our Manchester office for onboarding.\n"
    )
    assert found.location is None
