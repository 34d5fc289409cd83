"""Round seven of the letter reader: each kind of wrong value (and of blank) found on the
tenth and eleventh batches, tested with sentences of that kind written here (not the
corpus's own)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from jobdesk.domain.offer_terms import read_terms


def test_a_title_label_broken_over_two_lines_is_completed_by_the_sentence() -> None:
    found = read_terms(
        "Role: Principal Platform\n"
        "Architect\n\n"
        "Dear Tom,\n\n"
        "We are pleased to offer you the position of Principal Platform Architect in our "
        "Cloud group. Your salary will be $190,000 per year."
    )
    assert found.title is not None and found.title.value == "Principal Platform Architect"


def test_a_title_label_is_not_run_on_into_a_bracket_the_sentence_adds() -> None:
    found = read_terms(
        "Role: Field Service Technician\n\n"
        "We offer you the position of Field Service Technician (grade 4 on our scale) from "
        "1 March 2027."
    )
    assert found.title is not None and found.title.value == "Field Service Technician"


def test_a_title_given_in_two_languages_on_one_line_is_kept_whole() -> None:
    found = read_terms(
        "Z przyjemnością oferujemy Pani zatrudnienie na stanowisku Analityk Danych / Data "
        "Analyst w dziale Finansów."
    )
    assert found.title is not None and found.title.value == "Analityk Danych / Data Analyst"


def test_a_team_after_a_rank_and_its_comma_stays_in_the_title() -> None:
    found = read_terms(
        "We are delighted to offer you the role of Product Manager, Checkout (Level P3), "
        "reporting to the Director of Product. Your salary will be £88,000 per annum."
    )
    assert found.title is not None and found.title.value == "Product Manager, Checkout"


def test_a_town_after_a_rank_and_its_comma_is_not_the_title() -> None:
    found = read_terms(
        "We are delighted to offer you the role of Product Manager, Leeds, reporting to the "
        "Director of Product."
    )
    assert found.title is not None and found.title.value == "Product Manager"


def test_the_rest_vesting_over_the_remaining_years_adds_the_first_year() -> None:
    found = read_terms(
        "Equity: 2,000 share options; one quarter vests after twelve months, then monthly over "
        "the remaining two years."
    )
    assert found.vesting_years is not None and found.vesting_years.value == Decimal(3)
    assert found.cliff_months is not None and found.cliff_months.value == 12


def test_nothing_vesting_until_the_first_anniversary_is_a_twelve_month_cliff() -> None:
    found = read_terms(
        "Your 5,000 RSUs vest over four years. No units vest until your first anniversary of "
        "employment; after that they vest quarterly."
    )
    assert found.cliff_months is not None and found.cliff_months.value == 12
    assert found.vesting_years is not None and found.vesting_years.value == Decimal(4)


@pytest.mark.parametrize(
    "sentence",
    [
        "Please return the signed copy within 10 days of receipt of this offer.",
        "Bitte senden Sie uns den Vertrag binnen 10 Tagen nach Zugang dieses Briefes zurück.",
    ],
)
def test_a_deadline_counted_from_receipt_stays_relative_in_a_dated_letter(sentence: str) -> None:
    found = read_terms(f"12 November 2026\n\nDear Anna,\n\n{sentence}")
    assert found.letter_date is not None and found.letter_date.value is not None
    assert found.deadline is not None
    assert (found.deadline.value, found.deadline.relative_days) == (None, 10)


def test_a_deadline_counted_from_the_letter_date_is_that_date() -> None:
    found = read_terms(
        "12 November 2026\n\nDear Anna,\n\nPlease accept within 10 days of the date of this letter."
    )
    assert found.deadline is not None and str(found.deadline.value) == "2026-11-22"


def test_a_forwarded_offer_is_dated_by_the_message_that_made_it() -> None:
    found = read_terms(
        "From: Tom Reyes <tom@example.com>\n"
        "To: Ana Silva <ana@example.org>\n"
        "Subject: Fwd: Your offer\n"
        "Date: 4 December 2026\n\n"
        "Ana, here is the offer again as you asked.\n\n"
        "Begin forwarded message:\n\n"
        "From: Tom Reyes <tom@example.com>\n"
        "Subject: Your offer\n"
        "Date: Mon, 23 Nov 2026 09:12:44 +0000\n"
        "To: Ana Silva <ana@example.org>\n\n"
        "Dear Ana,\n\n"
        "We are pleased to offer you the position of Store Manager. Please reply within "
        "7 days of the date of this message."
    )
    assert found.letter_date is not None and str(found.letter_date.value) == "2026-11-23"
    assert found.deadline is not None and str(found.deadline.value) == "2026-11-30"


def test_a_reply_quoting_an_earlier_message_keeps_its_own_date() -> None:
    found = read_terms(
        "From: Tom Reyes <tom@example.com>\n"
        "To: Ana Silva <ana@example.org>\n"
        "Subject: Re: Your offer\n"
        "Date: 4 December 2026\n\n"
        "Dear Ana,\n\n"
        "We are pleased to offer you the position of Store Manager.\n\n"
        "On Mon, 23 Nov 2026 at 09:12, Ana Silva wrote:\n"
        "> Thank you for the interview."
    )
    assert found.letter_date is not None and str(found.letter_date.value) == "2026-12-04"


def test_a_region_code_in_brackets_after_a_title_line_is_where_not_what() -> None:
    found = read_terms("Job title: Key Account Manager, Consumer Electronics (EMEA)\n")
    assert found.title is not None
    assert found.title.value == "Key Account Manager, Consumer Electronics"


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Ihr Arbeitsort ist unser Auslieferungslager in Kassel.", "Kassel"),
        ("Ihr Arbeitsort ist unser Servicezentrum in\nLeipzig-Plagwitz.\n", "Leipzig"),
    ],
)
def test_a_site_word_run_into_its_kind_gives_the_town_after_it(text: str, town: str) -> None:
    found = read_terms(text)
    assert found.location is not None and found.location.value == town


def test_a_reference_number_before_the_date_on_one_line_leaves_the_letters_date() -> None:
    found = read_terms(
        "KTL/HR/OFF/2027-014 12th January 2027\n\nDear Meera,\n\n"
        "This offer is valid if accepted within 7 days of issue of this letter."
    )
    assert found.letter_date is not None and str(found.letter_date.value) == "2027-01-12"
    assert found.deadline is not None and str(found.deadline.value) == "2027-01-19"


def test_a_town_before_a_site_of_some_kind_is_the_place_of_work() -> None:
    found = read_terms(
        "We are pleased to offer you the position of Test Engineer in our Braking Systems "
        "division at our Coimbatore engineering centre (Peelamedu)."
    )
    assert found.location is not None and found.location.value == "Coimbatore"


def test_values_set_in_under_labels_on_their_own_lines_are_read_whole() -> None:
    found = read_terms(
        "Salary\n"
        "    EUR 64,000 gross per year, paid in twelve monthly instalments with your salary\n"
        "Bonus\n"
        "    Up to 12% of your base salary, depending on company and personal results\n"
        "Welcome bonus\n"
        "    EUR 4,000, paid with your first salary (repayable if you leave within a year)\n"
        "Start date\n"
        "    1 March 2027\n"
    )
    assert found.base is not None and found.base.value == Decimal(64000)
    assert found.bonus_percent is not None and found.bonus_percent.value == Decimal(12)
    assert found.sign_on is not None and found.sign_on.value == Decimal(4000)


def test_a_sign_on_paid_in_two_parts_with_no_total_is_their_sum() -> None:
    found = read_terms(
        "Signing bonus: $12,000 with your first paycheck and $8,000 after your first anniversary"
    )
    assert found.sign_on is not None and found.sign_on.value == Decimal(20000)


def test_two_sign_on_figures_offered_as_either_stay_blank() -> None:
    found = read_terms(
        "Signing bonus: $12,000 with your first paycheck, or $8,000 now and $8,000 in your "
        "second year"
    )
    assert found.sign_on is None


def test_a_welcome_payment_in_two_instalments_is_the_sign_on() -> None:
    found = read_terms(
        "You will receive a welcome payment of €3,000, paid in two instalments of €1,500 with "
        "your first and your seventh salary."
    )
    assert found.sign_on is not None and found.sign_on.value == Decimal(3000)


def test_an_indian_amount_with_its_dash_and_its_words_keeps_its_period() -> None:
    found = read_terms(
        "Your fixed CTC shall be Rs. 18,75,000/- (Rupees Eighteen Lakh Seventy Five Thousand "
        "only) per annum."
    )
    assert found.base is not None and found.base.value == Decimal(1875000)
    assert found.period is not None and found.period.value.value == "year"


def test_a_remote_place_written_in_lower_case_under_its_label_is_kept_as_written() -> None:
    found = read_terms(
        "Lieu de travail : télétravail (France). Le poste s'exerce depuis votre domicile."
    )
    assert found.location is not None and found.location.value == "Télétravail (France)"


def test_a_first_french_tranche_after_twelve_months_is_a_cliff() -> None:
    found = read_terms(
        "Vous recevrez 800 BSPCE, acquis sur quatre ans ; 25 % des BSPCE sont acquis à "
        "l'issue de douze mois, puis le solde chaque trimestre."
    )
    assert found.cliff_months is not None and found.cliff_months.value == 12
    assert found.vesting_years is not None and found.vesting_years.value == Decimal(4)


@pytest.mark.parametrize("heading", ["Per annum (₹)", "Amount (INR per year)"])
def test_a_table_figure_takes_the_currency_its_column_heading_names(heading: str) -> None:
    found = read_terms(
        "Your annual compensation is set out below.\n\n"
        f"Component\t{heading}\n"
        "Basic\t6,00,000\n"
        "Allowances\t6,00,000\n"
        "Total Fixed CTC\t12,00,000\n"
    )
    assert found.base is not None and found.base.value == Decimal(1200000)
    assert found.currency is not None and found.currency.value == "INR"


def test_a_row_in_two_languages_gives_the_first_versions_title_and_place() -> None:
    found = read_terms(
        "Functie / Position\tData-analist / Data Analyst\n"
        "Standplaats / Place of work\tUtrecht, hybride / hybrid\n"
        "Salaris / Salary\t€ 4.600 bruto per maand / EUR 4,600 gross per month\n"
    )
    assert found.title is not None and found.title.value == "Data-analist"
    assert found.location is not None and found.location.value == "Utrecht"
    assert found.base is not None and found.base.value == Decimal(4600)


def test_a_date_line_does_not_run_on_into_the_heading_below_it() -> None:
    found = read_terms(
        "Frau\nAnna Berger\nLindenweg 3\n41061 Mönchengladbach\n"
        "Mönchengladbach, 3. Dezember 2026\n"
        "Vertragsangebot / Offer of Employment\n"
        "Sehr geehrte Frau Berger,\n"
    )
    assert found.letter_date is not None and str(found.letter_date.value) == "2026-12-03"


def test_a_date_beside_a_second_column_is_the_letters_date() -> None:
    found = read_terms(
        "Zürich, 2. Dezember 2026: Bitte senden Sie uns den unterzeichneten Vertrag zurück.\n\n"
        "Sehr geehrte Frau Keller\n"
    )
    assert found.letter_date is not None and str(found.letter_date.value) == "2026-12-02"


def test_a_title_wrapped_after_als_and_a_share_of_full_time_after_it() -> None:
    found = read_terms(
        "Wir freuen uns, Ihnen die unbefristete Stelle als\n"
        "Data Platform Engineer (80 %) in unserem Team Daten anbieten zu können.\n"
    )
    assert found.title is not None and found.title.value == "Data Platform Engineer"


def test_a_letter_in_two_languages_side_by_side_reads_each_cell_as_a_pair() -> None:
    found = read_terms(
        "Français\tEnglish\n"
        "Lieu de travail : Nantes (Île de Nantes)\tPlace of work: Nantes (Île de Nantes)\n"
        "Actions : 300 bons, acquis sur trois ans\tShares: 300 warrants, vesting over three years\n"
    )
    assert found.location is not None and found.location.value == "Nantes"
    assert found.equity_units is not None and found.equity_units.value == Decimal(300)


@pytest.mark.parametrize(
    ("sentence", "due"),
    [
        ("This offer is open for three business days from today.", "2026-12-07"),
        ("Wil je het aanbod binnen één week ondertekend terugsturen?", "2026-12-09"),
    ],
)
def test_a_deadline_in_days_from_the_letters_date(sentence: str, due: str) -> None:
    found = read_terms(f"2 December 2026\n\nDear Sam,\n\n{sentence}")
    assert found.deadline is not None and str(found.deadline.value) == due


@pytest.mark.parametrize(
    "sentence",
    [
        "The grant of 600 RSUs vests in four equal annual installments starting on the first "
        "anniversary of your start date.",
        "You receive 600 RSUs. None of the RSUs vest before your first anniversary; after "
        "that they vest quarterly over three more years.",
        "Vesting: 600 options over four years; nothing vests until your one-year anniversary.",
        "600 options vest over four years, with 25% vesting after the first twelve months.",
        "600 Optionen, Vesting über vier Jahre: 25 % nach Ablauf der ersten zwölf Monate.",
        "600 options, vesting over 4 years (25% after year one, then quarterly).",
    ],
)
def test_a_first_years_wait_told_in_other_words_is_a_twelve_month_cliff(sentence: str) -> None:
    found = read_terms(sentence)
    assert found.cliff_months is not None and found.cliff_months.value == 12


def test_a_date_line_under_the_letterhead_is_not_run_into_it() -> None:
    found = read_terms(
        "                                                 ul. Długa 5, 80-827 Gdańsk\n"
        "Morska Software sp. z o.o.    KRS 0000912345 · NIP 5842781234\n"
        " Gdańsk, 14.12.2026\n\n"
        " Dear Piotr,\n\n"
        " Please confirm within 3 working days."
    )
    assert found.letter_date is not None and str(found.letter_date.value) == "2026-12-14"
    assert found.deadline is not None and str(found.deadline.value) == "2026-12-17"


def test_a_grant_in_yearly_parts_vests_over_as_many_years() -> None:
    found = read_terms(
        "Your award of 900 RSUs will vest in four annual installments, the first on the first "
        "anniversary of the grant date."
    )
    assert found.vesting_years is not None and found.vesting_years.value == Decimal(4)
    assert found.cliff_months is not None and found.cliff_months.value == 12


@pytest.mark.parametrize(
    ("sentence", "due"),
    [
        ("Can you let me know by Wednesday 16 December?", "2026-12-16"),
        ("Wir bitten Sie, uns Ihre Zustimmung bis 15. Dezember 2026 mitzuteilen.", "2026-12-15"),
        ("Wilt u ons binnen vijf werkdagen laten weten of u akkoord gaat?", "2026-12-09"),
    ],
)
def test_a_reply_asked_for_in_other_words_is_the_deadline(sentence: str, due: str) -> None:
    found = read_terms(f"2 December 2026\n\nDear Sam,\n\n{sentence}")
    assert found.deadline is not None and str(found.deadline.value) == due


def test_a_day_before_the_letter_is_no_reply_deadline() -> None:
    found = read_terms(
        "2 December 2026\n\nDear Sam,\n\nFurther to your interview on 20 November 2026 we "
        "are glad to confirm our offer. Please reply by 16 December 2026."
    )
    assert found.deadline is not None and str(found.deadline.value) == "2026-12-16"


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Locatie: DC Venlo\n", "Venlo"),
        ("Posting: Zonal Office, Nagpur (Maharashtra)\n", "Nagpur"),
        (
            "Arbeitsort ist unser Betrieb in Schweinfurt, dazu kommen Einsätze beim Kunden.",
            "Schweinfurt",
        ),
        (
            "You will be based at our Andheri branch, Mumbai, reporting to the Branch Head.",
            "Mumbai",
        ),
        ("The role is based in its Dublin office at Spencer Dock.", "Dublin"),
    ],
)
def test_a_place_of_work_named_by_a_site_of_another_kind(text: str, town: str) -> None:
    found = read_terms(text)
    assert found.location is not None and found.location.value == town


def test_a_salary_paid_in_slices_is_the_yearly_figure() -> None:
    found = read_terms(
        "Your starting salary will be $58,500 per year, paid bi-weekly ($2,250.00 each pay "
        "period) and reviewed each March."
    )
    assert found.base is not None and found.base.value == Decimal(58500)
    assert found.period is not None and found.period.value.value == "year"


def test_pay_on_top_of_the_hourly_rate_is_not_the_base() -> None:
    found = read_terms(
        "Hourly rate: $32.40 per hour\n"
        "Weekend pay: $2.25 per hour\n"
        "Standby pay: $4.00 per hour when rostered\n"
    )
    assert found.base is not None and found.base.value == Decimal("32.40")
    assert found.period is not None and found.period.value.value == "hour"


@pytest.mark.parametrize(
    "row",
    [
        "Annual bonus: target 12% of base salary (range 0–24%), paid each March",
        "Prime annuelle : cible de 12 % du salaire fixe, plafonnée à 20 %",
        "Variable pay: 8–16% of base salary: target 12%",
    ],
)
def test_a_bonus_target_beside_its_range_or_cap_is_the_bonus(row: str) -> None:
    found = read_terms(row)
    assert found.bonus_percent is not None and found.bonus_percent.value == Decimal(12)


def test_a_site_label_naming_the_town_then_its_kind_gives_the_town() -> None:
    found = read_terms("Post: Staff Nurse\nSite: Cheltenham Hospital\n")
    assert found.location is not None and found.location.value == "Cheltenham"


def test_a_dutch_place_of_work_told_as_where_you_work_from() -> None:
    found = read_terms(
        "Je werkt vanuit ons pand aan de Stationsweg in Leiden en gaat soms mee naar klanten."
    )
    assert found.location is not None and found.location.value == "Leiden"


def test_a_start_told_as_when_you_could_begin_is_no_reply_deadline() -> None:
    found = read_terms(
        "Bei uns anfangen könnten Sie am 1. März 2027, falls Ihre Kündigungsfrist es zulässt; "
        "sagen Sie uns sonst Bescheid. Bitte geben Sie uns bis zum 11. Dezember 2026 Bescheid."
    )
    assert found.start is not None and str(found.start.value) == "2027-03-01"
    assert found.deadline is not None and str(found.deadline.value) == "2026-12-11"


def test_a_sales_plans_target_is_still_no_bonus() -> None:
    found = read_terms(
        "Variable pay: commission plan with a target of 30% of on-target earnings (OTE)."
    )
    assert found.bonus_percent is None
