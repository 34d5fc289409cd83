"""Round twelve of the letter reader: each kind of wrong value found on the twenty-fourth and
twenty-fifth batches, tested with sentences of that kind written here (not the corpus's
own)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from jobdesk.domain.letter_pairs import term_of_label
from jobdesk.domain.offer_terms import read_terms
from jobdesk.domain.towns import town_of_district

# --- figures that cannot be true are candidates, not values -------------------------------


def test_a_postcode_after_a_vesting_row_is_no_vesting_period() -> None:
    # "1015 AN": a Dutch postcode's letters read as French "an" (a year).
    found = read_terms(
        "Stock options: 3,000\nVesting: see the plan rules, from HR, Keizersgracht 1, 1015 AN "
        "Amsterdam\n"
    )
    assert found.equity_units is not None and found.equity_units.value == 3000
    assert found.vesting_years is None
    assert "1015 years of vesting" in found.unsure_note("vesting_years")


def test_a_vesting_period_beyond_ten_years_is_left_to_the_user() -> None:
    found = read_terms("Your 5,000 stock options vest over 40 years.\n")
    assert found.vesting_years is None
    unsure = next(u for u in found.unsure if u.term == "vesting_years")
    assert [c.value for c in unsure.candidates] == [Decimal(40)]


def test_a_cliff_longer_than_the_vesting_is_left_to_the_user() -> None:
    found = read_terms("Your 5,000 stock options vest over two years with a 36-month cliff.\n")
    assert found.vesting_years is not None and found.vesting_years.value == 2
    assert found.cliff_months is None
    assert "cliff of 36 months, longer than the vesting" in found.unsure_note("cliff_months")


def test_a_cliff_within_the_vesting_stays() -> None:
    found = read_terms("Your 5,000 stock options vest over four years with a one-year cliff.\n")
    assert found.vesting_years is not None and found.vesting_years.value == 4
    assert found.cliff_months is not None and found.cliff_months.value == 12


def test_a_year_read_as_a_grant_is_left_to_the_user() -> None:
    found = read_terms("You will be granted 2027 share options at the next board meeting.\n")
    assert found.equity_units is None
    assert "looks like a year" in found.unsure_note("equity_units")


@pytest.mark.parametrize("grant", ["2,027", "2000"])
def test_a_grant_written_as_a_count_stays(grant: str) -> None:
    found = read_terms(f"You will be granted {grant} share options at the next board meeting.\n")
    assert found.equity_units is not None
    assert found.equity_units.value == Decimal(grant.replace(",", ""))


def test_a_dutch_branch_is_no_vesting() -> None:
    # "Vestiging" (a branch office) starts with the letters of "vest".
    found = read_terms("Vestiging Den Bosch · Pettelaarpark 5 · 5216 PP 's-Hertogenbosch\n")
    assert found.vesting_years is None and found.unsure_note("vesting_years") == ""


# --- places -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("place", "town"),
    [
        ("Amsterdam-Zuid Oost", "Amsterdam"),
        ("Rotterdam-Hoogvliet Noord", "Rotterdam"),
        ("Castrop-Rauxel", "Castrop-Rauxel"),  # one town of two parts
        ("Amsterdam Noord Oost", "Amsterdam Noord Oost"),  # no hyphen: two words are no district
    ],
)
def test_a_district_of_two_words_after_a_hyphen_is_its_town(place: str, town: str) -> None:
    assert town_of_district(place) == town


def test_a_district_of_two_words_under_a_label_is_its_town() -> None:
    found = read_terms("Standplaats: Rotterdam-Kralingen Oost\nIngangsdatum: 1 maart 2027\n")
    assert found.location is not None and found.location.value == "Rotterdam"


def test_a_river_in_a_sites_name_is_not_the_town_the_letter_names() -> None:
    # "Severn" and "Avon" are the names of towns too; the town named last is Reading's kind.
    found = read_terms(
        "Your normal place of work will be our Severn Vale Innovation Centre, Aztec West, "
        "Bristol; you may also work at our depot in Gloucester.\n"
    )
    assert found.location is not None and found.location.value == "Bristol"


# --- titles -------------------------------------------------------------------------------


def test_a_french_title_goes_on_after_de_without_an_article() -> None:
    found = read_terms(
        "Nous avons le plaisir de vous proposer de rejoindre la société en qualité de "
        "Technicien maintenance de lignes F/H au sein de l'atelier de Vénissieux.\n"
    )
    assert found.title is not None and found.title.value == "Technicien maintenance de lignes F/H"


def test_a_french_title_stops_at_de_and_an_article() -> None:
    found = read_terms(
        "Nous vous proposons de rejoindre l'équipe en qualité de Chargé projets de la "
        "direction technique, statut cadre.\n"
    )
    assert found.title is not None and found.title.value == "Chargé projets"


def test_a_companys_licence_is_not_the_title() -> None:
    found = read_terms(
        "We are pleased to offer you employment with Kestrel Pay Ltd.\n\n"
        "Kestrel Pay Ltd is authorised by the Financial Conduct Authority as an Electronic "
        "Money Institution.\n"
    )
    assert found.title is None


def test_a_numbered_row_names_its_term() -> None:
    found = read_terms(
        "1. Position\tRisk Analyst, Cards (Grade 5), reporting to the Head of Risk\n"
        "2. Place of work\tKuala Lumpur\n"
    )
    assert found.title is not None and found.title.value == "Risk Analyst, Cards"
    assert found.location is not None and found.location.value == "Kuala Lumpur"


def test_a_thirteenth_salary_keeps_its_number_in_its_label() -> None:
    # "13. Monatsgehalt" is a thirteenth salary, not item 13 of a list of terms.
    assert term_of_label("13. Monatsgehalt") == ""
    assert term_of_label("4. Monthly basic salary") == "base"


# --- bonus and dates ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "You will also earn origination credit (currently 4% of first-year fees collected on "
        "accounts you bring in).",
        "The partner incentive pays 2% of net revenues from the clients you introduce.",
    ],
)
def test_a_share_of_fees_brought_in_is_no_bonus(sentence: str) -> None:
    found = read_terms(f"Your target bonus is $20,000 a year. {sentence}\n")
    assert found.bonus_percent is None
    assert found.bonus_amount is not None and found.bonus_amount.value == 20000


def test_a_status_row_gives_the_offers_date_and_its_expiry() -> None:
    found = read_terms(
        "Offer     Status          Sent           Expires\n"
        "OF-9912   Pending reply   11/27/2026     12/04/2026\n"
        "\n"
        "Please respond to this offer before it expires.\n"
    )
    assert found.deadline is not None and str(found.deadline.value) == "2026-12-04"
    assert found.letter_date is not None and str(found.letter_date.value) == "2026-11-27"


# --- blanks of a general kind: vesting told in more ways ----------------------------------


@pytest.mark.parametrize(
    ("sentence", "years"),
    [
        (
            "Your 4,000 RSUs vest in equal parts on the first, second, third and fourth "
            "anniversaries of your start date.",
            4,
        ),
        ("The 900 options vest on the first and second anniversaries of grant.", 2),
    ],
)
def test_vesting_on_each_anniversary_named(sentence: str, years: int) -> None:
    found = read_terms(sentence + "\n")
    assert found.vesting_years is not None and found.vesting_years.value == years
    assert found.cliff_months is not None and found.cliff_months.value == 12


def test_nothing_vests_until_you_complete_a_year() -> None:
    found = read_terms(
        "RSUs: 1,200\nVesting: three years; nothing vests until you complete twelve months of "
        "service, then monthly\n"
    )
    assert found.vesting_years is not None and found.vesting_years.value == 3
    assert found.cliff_months is not None and found.cliff_months.value == 12


# --- blanks of a general kind: places and replies told in more ways -----------------------


def test_a_german_studio_in_a_district_is_its_town() -> None:
    found = read_terms("Dein Arbeitsplatz ist unser Studio in Köln-Ehrenfeld; mobil geht auch.\n")
    assert found.location is not None and found.location.value == "Köln"


def test_a_french_branch_one_belongs_to_is_the_place() -> None:
    found = read_terms(
        "Vous serez rattaché à notre agence de Nantes (Île de Nantes), avec des déplacements "
        "ponctuels chez nos clients.\n"
    )
    assert found.location is not None and found.location.value == "Nantes"


def test_belonging_to_a_person_names_no_place() -> None:
    found = read_terms("Vous serez rattachée à Marie Dupont, directrice technique.\n")
    assert found.location is None


def test_an_offer_valid_until_on_the_line_below() -> None:
    found = read_terms("Ihr Vertragsangebot\n\nAngebot gültig bis\n14.12.2026\n")
    assert found.deadline is not None and str(found.deadline.value) == "2026-12-14"
