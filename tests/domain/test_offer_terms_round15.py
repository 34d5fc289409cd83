"""Round fifteen of the letter reader: each kind of wrong value found at first sight on the
thirty-fourth to thirty-seventh batches, tested with sentences of that kind written here (not
the corpus's own)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from jobdesk.domain.offer_terms import read_terms
from jobdesk.domain.offers import Period

# --- a forward of a forward, and quotes inside quotes ------------------------------------------


def test_a_forward_of_a_forward_is_dated_by_the_innermost_message() -> None:
    found = read_terms(
        "From: Lena Park <lena@home.example>\n"
        "To: Lena Park <lena.archive@mail.example>\n"
        "Subject: Fwd: Fwd: Offer - QA Engineer\n"
        "Date: 3 December 2026\n"
        "\n"
        "For my files.\n"
        "\n"
        "---------- Forwarded message ---------\n"
        "From: Omar Reyes <omar@agency.example>\n"
        "Date: Wed, Dec 2, 2026 at 9:40 AM\n"
        "Subject: Fwd: Offer - QA Engineer\n"
        "To: Lena Park <lena@home.example>\n"
        "\n"
        "> See below, good luck!\n"
        ">\n"
        "> ---------- Forwarded message ---------\n"
        "> From: Tara Quinn <tara@brightfield.example>\n"
        "> Date: Mon, Nov 30, 2026 at 4:05 PM\n"
        "> Subject: Offer - QA Engineer\n"
        "> To: Omar Reyes <omar@agency.example>\n"
        ">\n"
        ">> Hi Lena,\n"
        ">>\n"
        ">> We are delighted to offer you the role of QA Engineer.\n"
        ">> * Base salary: $96,000 per year\n"
        ">> Please reply within 5 business days of this email.\n"
    )
    assert found.letter_date is not None and found.letter_date.value == date(2026, 11, 30)
    assert found.deadline is not None and found.deadline.value == date(2026, 12, 7)


def test_rows_quoted_twice_are_read_as_rows() -> None:
    found = read_terms(
        "> > Dear Ravi,\n"
        "> >\n"
        "> >   - Designation     : Data Engineer\n"
        "> >   - CTC             : INR 18,00,000 per annum\n"
        "> >   - Work Location   : Pune\n"
    )
    assert found.base is not None and found.base.value == Decimal("1800000")
    assert found.location is not None and found.location.value == "Pune"


def test_a_quoted_mails_location_row_is_read() -> None:
    found = read_terms(
        "> Hi Sam,\n"
        "> - Base salary: $88,000 per year\n"
        "> - Location: our Denver office (three days a week on site)\n"
    )
    assert found.location is not None and found.location.value == "Denver"


def test_a_state_in_the_senders_signature_is_not_added_to_the_town() -> None:
    found = read_terms(
        "Hi Sam,\n"
        "- Base salary: $88,000 per year\n"
        "- Location: our Denver office\n"
        "\n"
        "Kind regards,\n"
        "Priya\n"
        "1600 Blake Street, Denver, CO 80202\n"
    )
    assert found.location is not None and found.location.value == "Denver"


# --- a German compound word naming the period --------------------------------------------------


def test_a_yearly_total_named_by_a_german_compound_is_yearly() -> None:
    found = read_terms("Gehalt: 5.400 € brutto im Monat, das sind 64.800 € Jahresgehalt\n")
    assert found.base is not None and found.base.value == Decimal("64800")
    assert found.period is not None and found.period.value is Period.YEAR


# --- a note's front matter ---------------------------------------------------------------------


def test_a_notes_front_matter_title_is_not_the_job_title() -> None:
    found = read_terms(
        "---\n"
        'title: "Angebot Kranich GmbH – Data Analyst"\n'
        "tags: [jobs]\n"
        "---\n"
        "\n"
        "| Punkt | Inhalt |\n"
        "|---|---|\n"
        "| Position | Data Analyst (m/w/d) |\n"
        "| Gehalt | 58.000 € brutto pro Jahr |\n"
    )
    assert found.title is not None and found.title.value == "Data Analyst"


# --- a dollar sign told by the letter's country ----------------------------------------------


def test_a_dollar_sign_beside_chilean_pesos_is_chilean() -> None:
    found = read_terms(
        "Sueldo base mensual: $3.900.000\nTodos los montos se expresan en pesos chilenos.\n"
    )
    assert found.currency is not None and found.currency.value == "CLP"


def test_a_dollar_sign_beside_argentine_pesos_is_argentine() -> None:
    found = read_terms("Salario bruto mensual: $ 2.600.000 (pesos argentinos)\n")
    assert found.currency is not None and found.currency.value == "ARS"


def test_a_dollar_sign_from_an_australian_company_with_super_is_australian() -> None:
    found = read_terms(
        "WOMBAT WORKS PTY LTD – offer\nSalary: $118,000 + super\nStart: Monday 1 March 2027\n"
    )
    assert found.currency is not None and found.currency.value == "AUD"


def test_a_mexican_national_currency_mark_is_no_million() -> None:
    found = read_terms(
        "Sueldo: $80,000.00 MXN mensuales\n"
        "Bono de firma: $45,000.00 M.N., pagadero en la primera quincena\n"
    )
    assert found.sign_on is not None and found.sign_on.value == Decimal("45000")
    assert found.bonus_amount is None


# --- an office's town before its suburb --------------------------------------------------------


def test_an_offices_town_wins_over_the_suburb_after_it() -> None:
    found = read_terms("Where: our Sydney office, Surry Hills - hybrid\nSalary: A$140,000\n")
    assert found.location is not None and found.location.value == "Sydney"


# --- a company's name after a title's comma ----------------------------------------------------


def test_the_employers_name_after_a_subjects_comma_is_not_the_title() -> None:
    found = read_terms(
        "Subject: Offer - Lead Data Engineer, Oasis Mobility\n"
        "\n"
        "Dear Hana,\n"
        "We are pleased to offer you the position of Lead Data Engineer at Oasis Mobility LLC.\n"
        "Total monthly salary: AED 41,000\n"
    )
    assert found.title is not None and found.title.value == "Lead Data Engineer"


# --- the Gulf's guaranteed cash by the year ----------------------------------------------------


def test_the_yearly_guaranteed_cash_is_the_salary() -> None:
    found = read_terms(
        "Basic salary\tQAR 30,000 per month\n"
        "Housing allowance\tQAR 9,000 per month\n"
        "Total monthly cash\tQAR 39,000\n"
        "Annual guaranteed cash\tQAR 468,000\n"
    )
    assert found.base is not None and found.base.value == Decimal("468000")
    assert found.period is not None and found.period.value is Period.YEAR


# --- an award far above the salary ------------------------------------------------------------


def test_a_sign_on_far_above_the_salary_is_a_candidate_not_a_value() -> None:
    found = read_terms(
        "Base salary: $120,000 per year\nSigning bonus: $5,000,000 paid with your first salary\n"
    )
    assert found.sign_on is None
    assert found.unsure_note("sign_on").startswith("A sign-on payment of")


# --- a staffing agency's assignment terms ------------------------------------------------------


def test_whose_employee_one_is_is_not_the_title() -> None:
    found = read_terms(
        "Pay rate: $39.00 per hour\n"
        "As a Brightforce contract employee you may join our dental plan after 60 days.\n"
    )
    assert found.title is None


def test_an_assignments_title_and_client_site_are_read_from_their_labels() -> None:
    found = read_terms(
        "Placement title\tQA Analyst\nClient site\tColumbus, OH\nPay rate\t$41.50 per hour\n"
    )
    assert found.title is not None and found.title.value == "QA Analyst"
    assert found.location is not None and found.location.value == "Columbus, OH"


# --- a second site the job may move to -------------------------------------------------------


def test_a_site_the_job_may_be_based_at_later_is_not_the_location() -> None:
    found = read_terms(
        "Home office\tAtlanta, GA\n"
        "Base salary\t$78,000 per year\n"
        "Your second rotation might be based in our Denver, CO hub for six months.\n"
    )
    assert found.location is not None and found.location.value == "Atlanta, GA"


def test_a_home_offices_street_address_is_the_companys_seat() -> None:
    found = read_terms(
        "Home Office: 1 Commerce Plaza, Bentonville, AR 72712\n"
        "Work location: Dallas, TX (three days a week on site)\n"
        "Base pay: $104,000 per year\n"
    )
    assert found.location is not None and found.location.value == "Dallas, TX"


def test_a_later_site_alone_gives_no_location() -> None:
    found = read_terms(
        "Base salary: $78,000 per year.\n"
        "Part of the programme may also be based at our Phoenix office.\n"
    )
    assert found.location is None


# --- a recruitment incentive ---------------------------------------------------------------------


def test_a_recruitment_incentive_is_a_sign_on_not_a_bonus() -> None:
    found = read_terms(
        "Salary: $98,500 per annum\n"
        "Recruitment incentive: $7,500 paid in one lump sum after you enter on duty\n"
    )
    assert found.sign_on is not None and found.sign_on.value == Decimal("7500")
    assert found.bonus_amount is None


# --- a contract's end date -----------------------------------------------------------------------


def test_the_end_of_a_funded_contract_is_no_reply_deadline() -> None:
    found = read_terms(
        "Date: 30/11/2026\n"
        "Appointment: fixed by the grant, 24 months, ending no later than 30/06/2029\n"
        "Salary: €49,100 per annum\n"
    )
    assert found.deadline is None


# --- a state alone --------------------------------------------------------------------------------


def test_a_town_not_in_the_gazetteer_keeps_its_state() -> None:
    found = read_terms("Work location\tCedar Hollow, WA (City Hall)\nPay\t$36.10 per hour\n")
    assert found.location is not None and found.location.value == "Cedar Hollow, WA"


# --- a part-time post's own pay beside the full-time figure -----------------------------------


def test_a_part_time_posts_pay_wins_over_the_full_time_equivalent() -> None:
    found = read_terms(
        "Hours: 24 per week (0.6 FTE)\n"
        "Full-time salary: £55,000 per annum\n"
        "Your salary: £33,000 per annum, paid monthly\n"
    )
    assert found.base is not None and found.base.value == Decimal("33000")


def test_a_pro_rata_salary_in_one_sentence_with_the_full_time_one() -> None:
    found = read_terms(
        "Your salary is CHF 57,000 a year, pro rata at 60% of the full-time salary of CHF 95,000.\n"
    )
    assert found.base is not None and found.base.value == Decimal("57000")


def test_the_full_time_figure_named_after_it_beside_the_pro_rata_one() -> None:
    found = read_terms(
        "Salary: $96,000 per year at full-time equivalent; $72,000 per year pro rata at 0.75 FTE\n"
    )
    assert found.base is not None and found.base.value == Decimal("72000")


def test_a_full_time_figure_alone_is_still_the_salary() -> None:
    found = read_terms("Full-time salary: £55,000 per annum\nHours: 37.5 per week\n")
    assert found.base is not None and found.base.value == Decimal("55000")


# --- later steps of the pay -------------------------------------------------------------------


def test_a_later_years_pay_is_no_starting_salary() -> None:
    found = read_terms(
        "Ausbildungsvergütung 1. Ausbildungsjahr: 1.080 € brutto monatlich\n"
        "Ausbildungsvergütung 2. Ausbildungsjahr: 1.160 € brutto monatlich\n"
    )
    assert found.base is not None and found.base.value == Decimal("1080")
    assert found.period is not None and found.period.value is Period.MONTH


def test_a_step_after_some_months_is_no_starting_salary() -> None:
    found = read_terms(
        "Salary: €2,900 gross per month\nAfter 6 months: a step to €3,100 gross per month\n"
    )
    assert found.base is not None and found.base.value == Decimal("2900")


# --- the month's pay inside a yearly total's brackets ----------------------------------------


def test_the_monthly_part_of_a_yearly_total_is_no_bonus() -> None:
    found = read_terms(
        "Salaire annuel brut : 41 600 € (13 × 3 200 €), plus la prime de fin d'année\n"
        "Poste : Technicienne qualité\n"
    )
    assert found.base is not None and found.base.value == Decimal("41600")
    assert found.period is not None and found.period.value is Period.YEAR
    assert found.bonus_amount is None


def test_a_french_label_with_a_space_before_its_colon_starts_a_row() -> None:
    found = read_terms(
        "Rémunération : 3 400 € bruts par mois, plus le double pécule de vacances\n"
        "Avantages : chèques-repas de 8 € par jour\n"
    )
    assert found.base is not None and found.base.value == Decimal("3400")
    assert found.bonus_amount is None


# --- Flemish labels written as one word --------------------------------------------------------


def test_flemish_labels_of_pay_place_and_welcome_premium() -> None:
    found = read_terms(
        "| Onderdeel | Voorwaarde |\n"
        "|---|---|\n"
        "| Brutomaandloon | € 3.100 |\n"
        "| Welkomstpremie | € 1.000 bruto |\n"
        "| Tewerkstellingsplaats | Leuven |\n"
    )
    assert found.base is not None and found.base.value == Decimal("3100")
    assert found.period is not None and found.period.value is Period.MONTH
    assert found.sign_on is not None and found.sign_on.value == Decimal("1000")
    assert found.location is not None and found.location.value == "Leuven"


# --- a title set on its own line after "als" -------------------------------------------------


def test_a_title_on_its_own_line_after_a_taetigkeit_als() -> None:
    found = read_terms(
        "wir bieten Ihnen gerne eine Anstellung als\n"
        "\n"
        "    Praktikant (m/w/d) Qualitätssicherung\n"
        "\n"
        "in unserem Werk an.\n"
    )
    assert found.title is not None and found.title.value == "Praktikant Qualitätssicherung"


# --- chats: the day a message was sent ---------------------------------------------------------


def test_a_slack_day_line_takes_its_year_from_its_weekday() -> None:
    found = read_terms(
        "----- Thursday, November 26th -----\n"
        "\n"
        "Sam Lee  [9:02 AM]\n"
        "Base salary: $140,000 per year\n"
        "Start date: Monday, February 1, 2027\n"
        "Can you let me know by Wed Dec 2?\n"
    )
    assert found.letter_date is not None and found.letter_date.value == date(2026, 11, 26)
    assert found.deadline is not None and found.deadline.value == date(2026, 12, 2)


def test_a_whatsapp_stamp_dates_the_chat() -> None:
    found = read_terms(
        "19/11/26, 18:20 - Tom: here's the offer\n"
        "19/11/26, 18:21 - Tom: Salary: €61,000 per year\n"
        "19/11/26, 18:22 - Tom: reply within 7 days please\n"
    )
    assert found.letter_date is not None and found.letter_date.value == date(2026, 11, 19)


def test_a_whatsapp_stamp_that_reads_two_ways_gives_no_date() -> None:
    found = read_terms("03/11/26, 18:20 - Tom: Salary: €61,000 per year\n")
    assert found.letter_date is None


# --- a German compound title on its own line -------------------------------------------------


def test_a_german_compound_title_on_its_own_line() -> None:
    found = read_terms(
        "Wir freuen uns, Ihnen eine Anstellung als\n"
        "\n"
        "    Datenbankadministrator (m/w/d)\n"
        "\n"
        "anzubieten.\n"
    )
    assert found.title is not None and found.title.value == "Datenbankadministrator"


# --- an Indian table's variable pay at target -----------------------------------------------


def test_variable_pay_at_target_in_a_table_with_no_currency_is_the_bonus_amount() -> None:
    found = read_terms(
        "Your Total Fixed CTC will be Rs. 18,40,000 per annum.\n"
        "\n"
        "Component                      Monthly (Rs.)        Annual (Rs.)\n"
        "Basic Salary                   61,333               7,36,000\n"
        "Performance Bonus at target (10% of Fixed CTC)        -        1,84,000\n"
    )
    assert found.bonus_amount is not None and found.bonus_amount.value == Decimal("184000")


def test_a_bonus_label_left_open_by_a_wrapped_cell_still_names_the_bonus() -> None:
    found = read_terms(
        "Fixed CTC\tINR 24,00,000 per annum\nTarget annual bonus (12% of\t2,88,000\n"
    )
    assert found.bonus_amount is not None and found.bonus_amount.value == Decimal("288000")


# --- an Australian base without its super -----------------------------------------------------


def test_the_total_fixed_remuneration_with_super_is_not_the_base() -> None:
    found = read_terms(
        "Salary: a base salary of AUD 132,000 per annum plus superannuation at 12%, "
        "a total fixed remuneration of AUD 147,840.\n"
    )
    assert found.base is not None and found.base.value == Decimal("132000")


def test_an_australian_street_address_gives_its_town() -> None:
    found = read_terms("Location: Level 4, 88 Queen Street, Brisbane QLD 4000\nSalary: A$120,000\n")
    assert found.location is not None and found.location.value == "Brisbane"


# --- a reference number and the date in two columns of one row -----------------------------


def test_a_reference_and_the_date_in_one_row_date_the_letter() -> None:
    found = read_terms(
        "KSL/PEO/2026/114\t\t\t\t25 November 2026\n"
        "Dear Arjun,\n"
        "Total Fixed CTC\tINR 16,00,000 per annum\n"
    )
    assert found.letter_date is not None and found.letter_date.value == date(2026, 11, 25)


# --- round fourteen's leftovers ------------------------------------------------------------------


def test_a_portuguese_first_of_the_month_dates_the_letter() -> None:
    found = read_terms(
        "São Paulo, 1º de março de 2027\n\nOlá, Bruna!\nInício ............ 5 de abril de 2027\n"
    )
    assert found.letter_date is not None and found.letter_date.value == date(2027, 3, 1)
    assert found.start is not None and found.start.value == date(2027, 4, 5)


def test_a_contractors_monthly_fee_is_the_pay_and_a_grant_in_another_currency_no_value() -> None:
    found = read_terms(
        "Monthly fee: EUR 7,900 net per month, invoiced monthly\n"
        "You will receive 800 phantom units, worth approx. SEK 90,000 at the last valuation.\n"
    )
    assert found.base is not None and found.base.value == Decimal("7900")
    assert found.currency is not None and found.currency.value == "EUR"
    assert found.equity_value is None


def test_the_salutation_under_a_heading_is_no_part_of_the_title() -> None:
    found = read_terms(
        "Angebot für eine Anstellung als Data Engineer (w/m/d)\n"
        "Lieber Herr Brunner\n"
        "\n"
        "Wir freuen uns.\n"
    )
    assert found.title is not None and found.title.value == "Data Engineer"


def test_a_share_of_a_travel_pass_is_no_bonus_percent() -> None:
    found = read_terms(
        "Salaire : 48 000 € bruts annuels.\nPrime de transport (50 % de votre abonnement).\n"
    )
    assert found.bonus_percent is None


def test_how_often_a_grant_vests_is_not_how_long() -> None:
    found = read_terms(
        "Vesting schedule: 10% after 12 months, then 15% every six months.\n"
        "The 2,000 RSUs vest over four years.\n"
    )
    assert found.vesting_years is not None and found.vesting_years.value == Decimal("4")


# --- a sign-on's total before its parts, in other words ---------------------------------------


def test_a_french_sign_on_total_before_its_two_payments() -> None:
    found = read_terms(
        "Prime à la signature : 15 000 €, payable en deux versements : 9 000 € avec votre "
        "première paie et 6 000 € après un an\n"
    )
    assert found.sign_on is not None and found.sign_on.value == Decimal("15000")


def test_a_sign_on_total_then_its_parts() -> None:
    found = read_terms(
        "Sign-on bonus: $50,000 total - $30,000 paid in your first month and $20,000 at your "
        "first anniversary.\n"
    )
    assert found.sign_on is not None and found.sign_on.value == Decimal("50000")
