"""Round nine of the letter reader: each kind of wrong value (and of blank) found on the
fourteenth to seventeenth batches, tested with sentences of that kind written here (not the
corpus's own)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from jobdesk.domain.offer_terms import read_terms
from jobdesk.domain.offers import Period

# --- figures as each locale groups them ---------------------------------------------------


@pytest.mark.parametrize(
    ("written", "amount"),
    [
        ("2 875,40 €", Decimal("2875.40")),  # French: space groups, comma is the decimal
        ("2\u202f875,40 €", Decimal("2875.40")),  # a narrow no-break space
        ("2\u00a0875,40 €", Decimal("2875.40")),  # a no-break space
        ("€ 2.875,40", Decimal("2875.40")),  # German/Dutch: dot groups
        ("CHF 2'875.40", Decimal("2875.40")),  # Swiss: apostrophe groups
        ("CHF 2’875.40", Decimal("2875.40")),
        ("$2,875.40", Decimal("2875.40")),
        ("₹ 2,87,540", Decimal("287540")),  # Indian lakh grouping
        ("€ 61 250", Decimal("61250")),
    ],
)
def test_a_monthly_figure_is_read_in_every_grouping_the_locales_write(
    written: str, amount: Decimal
) -> None:
    found = read_terms(f"Monthly salary: {written} gross per month\n")
    assert found.base is not None and found.base.value == amount


def test_a_rand_figure_grouped_by_spaces_is_read_whole() -> None:
    found = read_terms("Package: R2 350 000 per annum, total cost to company\n")
    assert found.base is not None and found.base.value == Decimal("2350000")
    assert found.currency is not None and found.currency.value == "ZAR"


def test_a_grade_written_with_an_r_is_no_rand_figure() -> None:
    found = read_terms("The role is graded R2 on our band structure.\n")
    assert found.base is None
    assert found.currency is None


@pytest.mark.parametrize(
    ("sign", "code"),
    [
        ("R$", "BRL"),
        ("A$", "AUD"),
        ("C$", "CAD"),
        ("NZ$", "NZD"),
        ("S$", "SGD"),
        ("HK$", "HKD"),
        ("MX$", "MXN"),
        ("US$", "USD"),
    ],
)
def test_each_dollar_sign_with_its_countrys_letters_names_its_currency(
    sign: str, code: str
) -> None:
    found = read_terms(f"Annual salary: {sign} 96,000 gross per year\n")
    assert found.currency is not None and found.currency.value == code
    assert found.base is not None and found.base.value == Decimal("96000")


def test_a_brazilian_real_figure_with_a_decimal_comma_is_reais_not_dollars() -> None:
    found = read_terms("Monthly salary: R$ 21.300,00 gross per month\n")
    assert found.currency is not None and found.currency.value == "BRL"
    assert found.base is not None and found.base.value == Decimal("21300.00")
    assert found.period is not None and found.period.value is Period.MONTH


# --- one-off payments are not the bonus ---------------------------------------------------


def test_a_sign_on_bonus_written_with_hyphens_is_the_sign_on_not_the_bonus() -> None:
    found = read_terms("Sign-on-Bonus: 7.500 € brutto, zahlbar mit dem ersten Gehalt\n")
    assert found.sign_on is not None and found.sign_on.value == Decimal("7500")
    assert found.bonus_amount is None


def test_a_french_welcome_payment_with_a_typographic_apostrophe_is_the_sign_on() -> None:
    found = read_terms(
        "Une prime d’embauche de 2 000 € bruts vous sera versée avec votre premier salaire."
    )
    assert found.sign_on is not None and found.sign_on.value == Decimal("2000")
    assert found.bonus_amount is None


def test_a_table_label_wrapped_onto_the_next_line_is_read_whole() -> None:
    found = read_terms(
        "Salaire annuel\t58 000 € bruts\n"
        "Prime de\t3 500 € bruts, versée à la fin\n"
        "bienvenue\tde la période d'essai\n"
    )
    assert found.sign_on is not None and found.sign_on.value == Decimal("3500")
    assert found.bonus_amount is None


# --- no equity where the letter grants none -----------------------------------------------


def test_a_share_of_a_pool_is_no_equity() -> None:
    found = read_terms(
        "Your salary is £31,500 a year, and you will get a share of the service charge "
        "with the front-of-house team (about £1,800 each last year)."
    )
    assert found.equity_value is None
    assert found.equity_units is None


def test_a_deferred_bonus_gives_no_vesting_years() -> None:
    found = read_terms(
        "Any discretionary award above the threshold will be partly deferred into cash and "
        "shares over four years."
    )
    assert found.vesting_years is None


# --- places -------------------------------------------------------------------------------


def test_an_office_in_a_towns_district_is_the_town() -> None:
    found = read_terms(
        "Arbeitsort: unser Büro in Köln-Ehrenfeld, mit zwei Tagen mobilem Arbeiten\n"
    )
    assert found.location is not None and found.location.value == "Köln"


def test_a_building_named_before_its_town_is_the_town() -> None:
    found = read_terms("Standplaats\tGemeentehuis Deventer\n")
    assert found.location is not None and found.location.value == "Deventer"


def test_the_offices_you_may_be_moved_to_later_are_not_the_place_of_work() -> None:
    found = read_terms(
        "Place of posting: Chennai (Guindy). The Company may transfer you to any of its "
        "branches in India."
    )
    assert found.location is not None and found.location.value == "Chennai"


def test_a_transfer_clause_alone_names_no_place_of_work() -> None:
    found = read_terms("The Company may transfer you to any of its offices in India.")
    assert found.location is None


# --- titles ---------------------------------------------------------------------------------


def test_a_dutch_title_goes_on_in_lower_case() -> None:
    found = read_terms("Wij bieden u graag de functie van Medewerker financiële administratie aan.")
    assert found.title is not None
    assert found.title.value == "Medewerker financiële administratie"


def test_of_two_levels_set_side_by_side_the_offered_column_is_read() -> None:
    found = read_terms(
        "                  Lead (G7) - for comparison     Principal (G8) - OFFERED\n"
        "Title             Lead Data Scientist             Principal Data Scientist\n"
        "Location          Rotterdam                       Eindhoven\n"
    )
    assert found.title is not None and found.title.value == "Principal Data Scientist"
    assert found.location is not None and found.location.value == "Eindhoven"


def test_two_levels_side_by_side_with_no_offer_named_give_no_title() -> None:
    found = read_terms(
        "                  Option A                        Option B\n"
        "Title             Lead Data Scientist             Principal Data Scientist\n"
    )
    assert found.title is None


# --- dates ----------------------------------------------------------------------------------


def test_a_deadline_counted_from_the_letters_own_receipt_stays_relative() -> None:
    found = read_terms(
        "Leeds, 3 December 2026\n\nThis offer is open for 12 days from its receipt by you."
    )
    assert found.deadline is not None
    assert found.deadline.value is None
    assert found.deadline.relative_days == 12


def test_an_offer_forwarded_under_an_original_message_line_is_dated_by_its_sender() -> None:
    found = read_terms(
        "From: Lee Park <lee@agency.example>\n"
        "To: Sam Idris <sam@mail.example>\n"
        "Subject: FW: Offer - Platform Engineer\n"
        "Date: 9 December 2026\n\n"
        "Hi Sam, the client's offer is below.\n\n"
        "-----Original Message-----\n"
        "From: Hiring <hiring@client.example>\n"
        "Sent: Tuesday, December 8, 2026 10:02 AM\n"
        "To: Lee Park <lee@agency.example>\n"
        "Subject: Offer - Platform Engineer\n\n"
        "Position: Platform Engineer\n"
        "Base salary: $150,000 per year\n"
    )
    assert found.letter_date is not None and str(found.letter_date.value) == "2026-12-08"


# --- blanks -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "code"),
    [("AED 32,500", "AED"), ("NIS 41,000", "ILS"), ("KES 380,000", "KES"), ("SAR 28,000", "SAR")],
)
def test_a_currency_written_by_its_code_is_that_currency(written: str, code: str) -> None:
    found = read_terms(f"Gross monthly salary: {written}\n")
    assert found.currency is not None and found.currency.value == code


def test_a_date_written_year_first_with_slashes_reads_one_way() -> None:
    found = read_terms("Date: 2026/11/27\n\nYour start date will be 2027/03/01.")
    assert found.letter_date is not None and str(found.letter_date.value) == "2026-11-27"
    assert found.start is not None and str(found.start.value) == "2027-03-01"


def test_a_site_named_before_its_town_under_a_label_gives_the_town() -> None:
    found = read_terms("Work location: Client premises, Reston, VA (on-site four days a week)\n")
    assert found.location is not None and found.location.value == "Reston, VA"


def test_a_district_the_list_does_not_know_then_its_town_gives_the_town() -> None:
    found = read_terms("You will work from our studio in Koregaon Park, Pune, five days a week.")
    assert found.location is not None and found.location.value == "Pune"


def test_a_head_office_named_as_the_place_of_work_is_the_place_of_work() -> None:
    found = read_terms("Your place of work will be our head office in Kilimani, Nairobi.")
    assert found.location is not None and found.location.value == "Nairobi"


def test_a_head_office_named_alone_is_still_not_the_place_of_work() -> None:
    found = read_terms("Our head office in Toronto handles payroll for every province.")
    assert found.location is None


# --- vesting ------------------------------------------------------------------------------------


def test_a_german_grant_named_in_the_dative_still_vests() -> None:
    found = read_terms(
        "Zu Ihren virtuellen Anteilen: Vesting über drei Jahre, mit einem Cliff nach sechs Monaten."
    )
    assert found.vesting_years is not None and found.vesting_years.value == Decimal("3")
    assert found.cliff_months is not None and found.cliff_months.value == 6


def test_no_vesting_until_the_first_anniversary_is_a_twelve_month_cliff() -> None:
    found = read_terms(
        "RSUs: 2,000 units, vesting over four years, with no vesting until your first anniversary"
    )
    assert found.cliff_months is not None and found.cliff_months.value == 12


def test_nothing_vesting_for_the_first_months_is_the_cliff() -> None:
    found = read_terms(
        "You will receive 9,000 stock options. Nothing vests for the first 6 months, then the "
        "rest monthly."
    )
    assert found.cliff_months is not None and found.cliff_months.value == 6


def test_a_french_year_before_the_first_vesting_is_a_twelve_month_cliff() -> None:
    found = read_terms(
        "BSPCE\t1 200 BSPCE, acquis sur 3 ans avec un délai d'un an avant la première acquisition\n"
    )
    assert found.cliff_months is not None and found.cliff_months.value == 12


# --- titles told in more ways -----------------------------------------------------------------


def test_a_french_title_in_lower_case_after_au_poste_de() -> None:
    found = read_terms(
        "Nous confirmons votre embauche au poste de technicienne de laboratoire, à temps plein."
    )
    assert found.title is not None and found.title.value == "technicienne de laboratoire"


def test_a_french_title_in_lower_case_after_en_qualite_de() -> None:
    found = read_terms(
        "Nous vous proposons un contrat en qualité d'ingénieur d'études en calcul scientifique "
        "(catégorie A) au sein du laboratoire."
    )
    assert found.title is not None
    assert found.title.value == "ingénieur d'études en calcul scientifique"


def test_a_dutch_sentence_naming_your_function_gives_the_title() -> None:
    found = read_terms("Uw functie wordt Beleidsmedewerker Wonen, ingedeeld in schaal 10.")
    assert found.title is not None and found.title.value == "Beleidsmedewerker Wonen"


def test_employment_as_a_title_after_a_bracketed_word() -> None:
    found = read_terms(
        "We offer you a fixed-term employment (visstidsanställning) as Data Platform Engineer, "
        "starting on 1 March 2027."
    )
    assert found.title is not None and found.title.value == "Data Platform Engineer"


@pytest.mark.parametrize("label", ["Working title", "Corporate title", "Business title"])
def test_a_working_or_corporate_title_label_names_the_title(label: str) -> None:
    found = read_terms(f"{label}\tSenior Vice President, Treasury Systems\n")
    assert found.title is not None
    assert found.title.value == "Senior Vice President, Treasury Systems"


# --- pay under other names ----------------------------------------------------------------------


def test_a_dutch_grade_row_with_its_monthly_pay_gives_the_salary() -> None:
    found = read_terms("Inschaling\tschaal 9, trede 3 van de Cao Rijk € 3.980 bruto per maand\n")
    assert found.base is not None and found.base.value == Decimal("3980")
    assert found.period is not None and found.period.value is Period.MONTH


def test_a_grade_row_without_a_figure_gives_no_salary() -> None:
    found = read_terms("Inschaling\tschaal 9, trede 3 van de Cao Rijk\n")
    assert found.base is None


def test_an_indian_posts_emoluments_are_its_pay() -> None:
    found = read_terms("2. Emoluments: Rs. 65,000/- per month (consolidated), plus HRA\n")
    assert found.base is not None and found.base.value == Decimal("65000")
    assert found.currency is not None and found.currency.value == "INR"
    assert found.period is not None and found.period.value is Period.MONTH


# --- a start not yet fixed ----------------------------------------------------------------------


def test_a_start_to_be_confirmed_with_the_day_anticipated_is_that_day_not_a_deadline() -> None:
    found = read_terms(
        "Dated 2 December 2026\n\n"
        "Start date\n"
        "To be confirmed after your checks; we anticipate Tuesday 2 February 2027.\n\n"
        "Please reply by 11 December 2026."
    )
    assert found.start is not None and str(found.start.value) == "2027-02-02"
    assert found.deadline is not None and str(found.deadline.value) == "2026-12-11"


def test_the_end_of_a_fixed_term_is_not_the_start() -> None:
    found = read_terms(
        "Tenure: from the date of joining until 30.09.2028 or the end of the project.\n"
        "Joining: please join on 11 January 2027.\n"
    )
    assert found.start is not None and str(found.start.value) == "2027-01-11"


# --- more places in sentences -------------------------------------------------------------------


def test_a_french_practice_of_a_town_is_the_town() -> None:
    found = read_terms("Le poste est basé à notre atelier d’Angers, du lundi au vendredi.")
    assert found.location is not None and found.location.value == "Angers"


def test_the_employers_own_name_before_the_town_is_no_part_of_it() -> None:
    found = read_terms(
        "Your normal place of work will be the Firm's Bristol office at 2 Redcliff St."
    )
    assert found.location is not None and found.location.value == "Bristol"


def test_a_street_address_then_in_a_town_gives_the_town() -> None:
    found = read_terms("You will work from our office at 120 Pearl Street in Boulder, CO.")
    assert found.location is not None and found.location.value == "Boulder, CO"


def test_a_pay_days_share_in_brackets_is_not_a_second_salary() -> None:
    found = read_terms("Base salary\t$78,000 per year (fortnightly $3,000.00)\n")
    assert found.base is not None and found.base.value == Decimal("78000")
    assert found.period is not None and found.period.value is Period.YEAR


# --- the letter's own date ----------------------------------------------------------------------


def test_a_town_then_an_iso_date_dates_the_letter() -> None:
    found = read_terms("Göteborg 2026-11-26\n\nDear Alex,\n\nWe are happy to offer you the job.")
    assert found.letter_date is not None and str(found.letter_date.value) == "2026-11-26"


def test_a_sent_line_with_its_time_dates_the_letter() -> None:
    found = read_terms(
        "Verzonden: dinsdag 1 december 2026 09:41\n\nBeste Sam,\n\n"
        "Graag reageren binnen 7 dagen na dagtekening."
    )
    assert found.letter_date is not None and str(found.letter_date.value) == "2026-12-01"
    assert found.deadline is not None and str(found.deadline.value) == "2026-12-08"


def test_a_quoted_messages_sent_line_does_not_date_the_reply() -> None:
    found = read_terms(
        "From: Jo Hale <jo@example.com>\n"
        "To: Kim Lee <kim@example.org>\n"
        "Subject: RE: Your offer\n"
        "Date: 4 December 2026\n\n"
        "Hi Kim, we can raise the base salary to £81,000 per annum.\n\n"
        "Jo\n\n"
        "-----Original Message-----\n"
        "From: Jo Hale <jo@example.com>\n"
        "Sent: 26 November 2026 10:15\n"
        "To: Kim Lee <kim@example.org>\n\n"
        "Base salary: £76,000 per annum\n"
    )
    assert found.letter_date is not None and str(found.letter_date.value) == "2026-12-04"


def test_an_irish_once_off_payment_is_the_sign_on() -> None:
    found = read_terms("A once-off payment of €1,500 will be made with your first salary.")
    assert found.sign_on is not None and found.sign_on.value == Decimal("1500")
    assert found.bonus_amount is None


def test_a_reply_periods_label_then_its_days_is_the_deadline() -> None:
    found = read_terms(
        "Köln, 1. Dezember 2026\n\nAnnahmefrist\t10 Tage ab Zugang dieses Schreibens\n"
    )
    assert found.deadline is not None
    assert found.deadline.value is None
    assert found.deadline.relative_days == 10


def test_a_vacancy_label_with_its_number_gives_the_title() -> None:
    found = read_terms("Vacancy: 417730 – Senior Policy Analyst\n")
    assert found.title is not None and found.title.value == "Senior Policy Analyst"


def test_a_team_at_a_town_gives_the_town() -> None:
    found = read_terms(
        "Plot 12, Madhapur, Hyderabad 500081\n\n"
        "We are glad to offer you a place in our Payments team at Hyderabad (HITEC City campus)."
    )
    assert found.location is not None and found.location.value == "Hyderabad"


def test_a_team_in_no_town_gives_no_place() -> None:
    found = read_terms("You will join our Platform team in Engineering.")
    assert found.location is None


def test_a_team_at_the_employer_gives_no_place() -> None:
    found = read_terms(
        "Saltwick Labs, Inc\n\nWe offer you a post in the Assay Development group at Saltwick "
        "Labs, Inc, starting in March."
    )
    assert found.location is None


def test_a_figure_grouped_by_spaces_then_by_a_comma_reads_two_ways_and_stays_blank() -> None:
    found = read_terms("Monthly salary: 1 234,567 € gross per month\n")
    assert found.base is None
