"""Round thirteen of the letter reader: each kind of wrong value and blank found on the
twenty-sixth to twenty-ninth batches, tested with sentences of that kind written here (not the
corpus's own)."""

from __future__ import annotations

from decimal import Decimal

from jobdesk.domain.offer_terms import read_terms
from jobdesk.domain.offers import Period

# --- a contractor's day rate is pay by the day ------------------------------------------------


def test_a_day_rate_is_the_pay_per_day() -> None:
    found = read_terms(
        "Engagement: Interim Data Architect\nDay rate: £710 per day, invoiced monthly\n"
    )
    assert found.base is not None and found.base.value == 710
    assert found.period is not None and found.period.value is Period.DAY
    assert found.currency is not None and found.currency.value == "GBP"


def test_a_day_rate_in_a_sentence_is_the_pay_per_day() -> None:
    found = read_terms("We can offer an assignment rate of €640 a day for the first six months.\n")
    assert found.base is not None and found.base.value == 640
    assert found.period is not None and found.period.value is Period.DAY


def test_an_allowance_by_the_day_is_no_pay() -> None:
    found = read_terms(
        "Your salary is $96,000 per year. While travelling you receive a meal allowance of "
        "$65 per day.\n"
    )
    assert found.base is not None and found.base.value == 96000
    assert found.period is not None and found.period.value is Period.YEAR


def test_a_salary_beside_a_day_rate_is_not_chosen_for_it() -> None:
    # A stated yearly salary is the base before any rate by the day.
    found = read_terms(
        "Contract rate: $900 per day. A permanent salary would be $150,000 a year.\n"
    )
    assert found.base is not None and found.base.value == 150000
    assert found.period is not None and found.period.value is Period.YEAR


# --- a promotion's table of the terms today beside the new ones -----------------------------


def test_a_current_and_new_table_gives_the_new_column() -> None:
    found = read_terms(
        "Item\tToday\tFrom 1 April 2027\n"
        "Job title\tSupport Engineer\tSenior Support Engineer\n"
        "Base salary\t£41,000 per annum\t£47,500 per annum\n"
        "Place of work\tGlasgow\tAberdeen\n"
    )
    assert found.title is not None and found.title.value == "Senior Support Engineer"
    assert found.base is not None and found.base.value == 47500
    assert found.location is not None and found.location.value == "Aberdeen"


def test_a_heading_row_without_the_label_column_gives_the_new_column() -> None:
    found = read_terms(
        "Bisher\tNeu ab 1. März 2027\n"
        "Funktion\tEntwickler\tLeitender Entwickler (m/w/d)\n"
        "Jahresgrundgehalt\t70.000 € brutto\t79.000 € brutto\n"
        "Arbeitsort\tKöln\tBonn\n"
    )
    assert found.title is not None and found.title.value == "Leitender Entwickler"
    assert found.base is not None and found.base.value == 79000
    assert found.location is not None and found.location.value == "Bonn"


def test_columns_set_out_by_spaces_under_a_current_and_effective_heading() -> None:
    found = read_terms(
        "Current        Effective March 1, 2027\n"
        "\n"
        "Job title\tAnalyst II                 Senior Analyst\n"
        "Annual base salary\t$88,000                    $97,000\n"
    )
    assert found.title is not None and found.title.value == "Senior Analyst"
    assert found.base is not None and found.base.value == 97000


def test_a_superseded_letters_column_is_no_offer() -> None:
    found = read_terms(
        "| Term | Letter of October 2, 2026 | This letter |\n"
        "|---|---|---|\n"
        "| Base salary | $140,000 | $149,000 |\n"
        "| Work location | Denver, CO | Remote (United States) |\n"
    )
    assert found.base is not None and found.base.value == 149000
    assert found.location is not None and found.location.value == "Remote (United States)"


def test_a_bonus_share_told_as_today_s_is_no_offer() -> None:
    found = read_terms(
        "Your new bonus target is 12% of base salary. Your 2026 bonus is still paid on your "
        "current 8% target.\n"
    )
    assert found.bonus_percent is not None and found.bonus_percent.value == Decimal(12)


def test_a_scheme_currently_paying_a_share_still_counts() -> None:
    found = read_terms("Incentive: Staff Reward Scheme, currently up to 7% of salary.\n")
    assert found.bonus_percent is not None and found.bonus_percent.value == Decimal(7)


# --- a signature block is the signer's ----------------------------------------------------


def test_a_countersigning_officer_s_title_and_date_are_not_the_offer_s() -> None:
    found = read_terms(
        "March 3, 2027\n"
        "We are pleased to offer you the position of Field Service Technician.\n"
        "\n"
        "For the Company\n"
        "By: /s/ Maria Lund\n"
        "Name: Maria Lund\n"
        "Title: Vice President, Human Resources\n"
        "Date: March 5, 2027\n"
        "\n"
        "Accepted: ____________  Date: ________ (no later than March 17, 2027)\n"
    )
    assert found.title is not None and found.title.value == "Field Service Technician"
    assert found.letter_date is not None and str(found.letter_date.value) == "2027-03-03"


# --- a grant's worth given again after a dash; a label as a sentence of its own --------------


def test_a_grants_worth_converted_after_a_dash_is_no_salary() -> None:
    found = read_terms(
        "Pay. €82,000 a year.\n"
        "The options would be worth about US$40,000 on paper - roughly €37,000 at today's rate.\n"
    )
    assert found.base is not None and found.base.value == 82000
    assert found.equity_value is not None and found.equity_value.value == 37000


def test_a_label_written_as_its_own_sentence_names_the_pay() -> None:
    found = read_terms("Base salary. £61,500 per year, paid monthly. Holidays. 28 days.\n")
    assert found.base is not None and found.base.value == 61500
    assert found.currency is not None and found.currency.value == "GBP"


# --- a range with its unit after the upper end; a variable part under its own label ---------


def test_a_range_with_its_unit_after_the_upper_end_is_no_amount() -> None:
    found = read_terms(
        "Salaire : 58 k€ bruts annuels. Tu demandais 55-61 k€ selon la part variable.\n"
    )
    assert found.base is not None and found.base.value == 58000
    assert found.bonus_amount is None


def test_a_variable_part_under_its_own_label_is_the_bonus() -> None:
    found = read_terms("- Fixe : 72 k€ bruts annuels\n- Variable : 6 k€ sur objectifs\n")
    assert found.base is not None and found.base.value == 72000
    assert found.bonus_amount is not None and found.bonus_amount.value == 6000


# --- places: an Indian state after the town; a German site's word before it ------------------


def test_an_indian_state_after_the_town_stays_and_the_plant_does_not() -> None:
    # Round twenty: a state after the town stays in any country (the settled convention).
    found = read_terms("Place of posting: Sriperumbudur Plant, Tamil Nadu\n")
    assert found.location is not None and found.location.value == "Sriperumbudur, Tamil Nadu"


def test_a_us_state_after_the_town_is_kept() -> None:
    found = read_terms("Work location: Dayton, Ohio\n")
    assert found.location is not None and found.location.value == "Dayton, Ohio"


def test_a_german_site_word_before_the_town_is_left_out() -> None:
    found = read_terms("Arbeitsort: Niederlassung Kassel-Bettenhausen; gelegentlich Fulda.\n")
    assert found.location is not None and found.location.value == "Kassel"


# --- a French title going on after an elided "de" ------------------------------------------


def test_a_french_title_goes_on_after_an_elided_de() -> None:
    found = read_terms(
        "Nous vous engageons en qualité de Responsable d'exploitation logistique au sein de "
        "notre site.\n"
    )
    assert found.title is not None
    assert found.title.value == "Responsable d'exploitation logistique"


# --- a trainee's pay once confirmed is a later pay --------------------------------------------


def test_the_pay_once_confirmed_after_training_is_not_the_starting_pay() -> None:
    found = read_terms(
        "Salary: Rs. 4,80,000 per annum during the training year.\n"
        "On successful completion of training you will be confirmed as Engineer in grade M1, "
        "with a Cost to Company of Rs. 6,90,000 per annum.\n"
    )
    assert found.base is not None and found.base.value == 480000


def test_a_new_terms_label_names_the_term() -> None:
    found = read_terms(
        "Je standplaats wijzigt: van onze vestiging in Zwolle naar onze vestiging in Breda.\n"
        "Nieuwe standplaats: Breda, Stationsweg 4 (nu: Zwolle)\n"
    )
    assert found.location is not None and found.location.value == "Breda"
