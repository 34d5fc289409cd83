"""Round four of the letter reader: each kind of wrong value found on the fourth and fifth
batches, tested with sentences of that kind written here (not the corpus's own)."""

from __future__ import annotations

import pytest

from jobdesk.domain.offer_terms import read_terms


@pytest.mark.parametrize(
    "text",
    [
        "Equity: 12,000 stock options with a strike price of $2.35 each.",
        "You will be granted 4,000 options (strike $0.87, per the latest 409A).",
        "Beteiligung: 2'500 Optionen, Ausübungspreis EUR 3.10",
        "Vous recevrez 1 500 BSPCE au prix d'exercice de 2,40 € par bon.",
        "We will grant you 8,000 share options at an exercise price of £0.05 per share.",
    ],
)
def test_a_price_per_share_is_not_the_grants_value(text: str) -> None:
    found = read_terms(text)
    assert found.equity_value is None
    assert found.equity_units is not None


def test_a_share_plans_yearly_allowance_is_no_grant() -> None:
    found = read_terms(
        "You may join our employee share purchase plan (up to USD 2,500 of shares a year, "
        "bought at a 10% discount)."
    )
    assert (found.equity_units, found.equity_value) == (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "Pensioen: ABP; de werkgever betaalt 70% van de premie.",
        "Die Arbeitgeberin übernimmt 60 % der Prämie für die Krankentaggeldversicherung.",
    ],
)
def test_a_share_of_a_premium_is_no_bonus(text: str) -> None:
    assert read_terms(text).bonus_percent is None


def test_a_referral_award_is_no_bonus() -> None:
    found = read_terms("La prime de parrainage (800 €) est ouverte à tous les collaborateurs.")
    assert found.bonus_amount is None


def test_a_monthly_wage_before_the_bonus_row_is_no_bonus() -> None:
    found = read_terms(
        "Jahreslohn CHF 104'000, in 13 Monatslöhnen à CHF 8'000 Bonus: 8 % des Jahreslohns"
    )
    assert found.bonus_amount is None
    assert found.bonus_percent is not None and found.bonus_percent.value == 8


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Functie: Beleidsadviseur Zorg (functiegroep 11)", "Beleidsadviseur Zorg"),
        ("Functie: Verpleegkundige (FWG 45, trede 3)", "Verpleegkundige"),
        ("Poste : Technicienne de maintenance – classe 5", "Technicienne de maintenance"),
        ("Position: Claims Handler (Level 3)", "Claims Handler (Level 3)"),
    ],
)
def test_a_pay_scale_is_not_the_title_but_a_level_is(text: str, title: str) -> None:
    found = read_terms(text).title
    assert found is not None and found.value == title


def test_counting_as_probation_is_no_title() -> None:
    found = read_terms(
        "Wir bieten Ihnen eine Anstellung in der Funktion Leiterin Disposition an. "
        "Die ersten drei Monate gelten als Probezeit."
    ).title
    assert found is not None and found.value == "Leiterin Disposition"


def test_a_heading_run_into_the_salutation_keeps_only_the_title() -> None:
    found = read_terms(
        "Angebot für eine Anstellung als Konstrukteurin Fördertechnik\nSehr geehrte Frau Keller"
    ).title
    assert found is not None and found.value == "Konstrukteurin Fördertechnik"


def test_a_title_past_its_comma_that_the_letter_writes_twice_is_whole() -> None:
    text = (
        "Subject: Offer – Shift Lead, Inbound (Weekends)\n\n"
        "We are pleased to offer you the position of Shift Lead, Inbound (Weekends) at our "
        "Leeds depot."
    )
    found = read_terms(text).title
    assert found is not None and found.value == "Shift Lead, Inbound (Weekends)"


def test_a_contract_code_after_a_title_past_its_comma_is_left_out() -> None:
    found = read_terms(
        "We are pleased to offer you the position of Director, Nursing Informatics "
        "(Job Code 1182, exempt) in the Quality department."
    ).title
    assert found is not None and found.value == "Director, Nursing Informatics"


def test_a_date_under_the_start_heading_is_not_the_letters_date() -> None:
    found = read_terms(
        "Dear Priya,\n\nWe are delighted to offer you the job of Bookkeeper.\n\n"
        "Start date\nTuesday 2 February 2027\n\n"
        "Please reply within ten days."
    )
    assert found.letter_date is None
    assert found.deadline is not None and found.deadline.relative_days == 10


def test_a_date_below_the_greeting_is_not_the_letters_date() -> None:
    found = read_terms("Hello Sam,\n\n3 March 2027\n\nWe would like you to join us.")
    assert found.letter_date is None


def test_the_addressee_above_the_date_is_no_greeting() -> None:
    found = read_terms(
        "Madame Claire Dubois\n12 rue Victor Hugo\n\nLyon, le 4 mars 2027\n\nMadame,"
    )
    assert found.letter_date is not None and str(found.letter_date.value) == "2027-03-04"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Uw standplaats is Utrecht, Papendorp Business Park.", "Utrecht"),
        ("Ort: Köln, hybrid – meist im Büro in Ehrenfeld", "Köln"),
        ("Your place of work will be Glasgow, Scotland.", "Glasgow, Scotland"),
        ("Your primary work location will be Denver, CO.", "Denver, CO"),
    ],
)
def test_a_site_or_district_after_the_towns_comma_is_left_out(text: str, place: str) -> None:
    found = read_terms(text).location
    assert found is not None and found.value == place


def test_a_head_office_is_not_where_a_remote_role_works() -> None:
    found = read_terms(
        "We work fully remotely: this job is Remote – Germany, from anywhere in the country. "
        "Our head office in Munich is where the post goes."
    ).location
    assert found is not None and found.value == "Remote – Germany"


def test_remote_across_a_region_is_kept_as_written() -> None:
    found = read_terms("Location: Remote across Europe (CET ± 2 hours)").location
    assert found is not None and found.value == "Remote across Europe"


def test_a_signature_beside_the_sentence_is_not_in_the_title() -> None:
    text = (
        "We are happy to offer you the role                   Maria Lopez\n"
        "of Head of Data Platform at    VP Engineering\n"
        "Finch Labs, reporting to the CTO."
    )
    found = read_terms(text).title
    assert found is not None and found.value == "Head of Data Platform"


def test_a_bracket_the_letters_sentence_leaves_out_is_not_in_the_title() -> None:
    text = (
        "I'm glad to offer you the role of Senior Product Designer with Kestrel Maps.\n"
        "Role: Senior Product Designer (Navigation)\n"
    )
    found = read_terms(text).title
    assert found is not None and found.value == "Senior Product Designer"


def test_a_bracket_the_sentence_says_too_stays_in_the_title() -> None:
    text = (
        "We offer you the position of Claims Handler (Level 3) in our Motor team.\n"
        "Job title: Claims Handler (Level 3)\n"
    )
    found = read_terms(text).title
    assert found is not None and found.value == "Claims Handler (Level 3)"


def test_the_rest_vesting_over_the_next_years_adds_to_the_first_year() -> None:
    found = read_terms(
        "Stock options: 2,400 options; one quarter vests at the end of year one and the "
        "remainder monthly over the following three years."
    )
    assert found.vesting_years is not None and found.vesting_years.value == 4
    assert found.cliff_months is not None and found.cliff_months.value == 12


@pytest.mark.parametrize(
    "text",
    [
        "Mehrarbeit wird als Freizeitausgleich abgegolten.",
        "Die Fahrtkosten werden als Pauschale erstattet.",
    ],
)
def test_what_something_counts_as_is_no_title(text: str) -> None:
    assert read_terms(text).title is None


def test_a_german_role_after_als_is_still_a_title() -> None:
    found = read_terms("Wir freuen uns, Sie als Disponentin Nahverkehr einzustellen.").title
    assert found is not None and found.value == "Disponentin Nahverkehr"


def test_a_bonus_tiny_beside_the_salary_is_left_to_the_user() -> None:
    found = read_terms("Annual salary: EUR 72,000. Bonus: EUR 350, paid in December.")
    assert found.bonus_amount is None
    assert "350 is small beside the salary" in found.unsure_note("bonus_amount")


def test_a_share_over_a_hundred_percent_is_no_bonus() -> None:
    found = read_terms(
        "Your annual bonus target is 12% of base salary. In a strong year the bonus reaches 150 %."
    )
    assert found.bonus_percent is not None and found.bonus_percent.value == 12


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Based in: Kleinwalsertal (hybrid)", "Kleinwalsertal"),
        ("Your place of work will be Gachibowli, near the lake.", "Gachibowli"),
    ],
)
def test_a_place_the_gazetteer_rejects_is_named_in_the_blanks_note(text: str, name: str) -> None:
    found = read_terms(text)
    assert found.location is None
    assert found.unsure_note("location") == (
        f"Not a town I know: {name}. Type the place of work if it is one."
    )


def test_a_label_that_names_no_place_gives_no_note() -> None:
    found = read_terms("Location: Flexible")
    assert (found.location, found.unsure_note("location")) == (None, "")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Your place of work is our Pune Technology Centre.", "Pune"),
        ("You will be based at the Lakeside Conference Center, Madison, WI.", "Madison, WI"),
        ("Le poste est situé dans nos bureaux de Lille, avec deux jours de télétravail.", "Lille"),
    ],
)
def test_the_town_of_a_named_site(text: str, place: str) -> None:
    found = read_terms(text).location
    assert found is not None and found.value == place


def test_a_sign_on_beside_its_equal_instalments_is_the_total() -> None:
    found = read_terms("Signing bonus: $9,000, paid in three instalments of $3,000 each quarter.")
    assert found.sign_on is not None and found.sign_on.value == 9000


def test_a_sign_on_told_only_by_its_instalments_is_their_sum() -> None:
    found = read_terms(
        "You will receive a joining bonus in two instalments of EUR 2,500, with your first "
        "and your seventh salary."
    )
    assert found.sign_on is not None and found.sign_on.value == 5000


@pytest.mark.parametrize(
    "text",
    [
        "RSUs: 900 units; 25% vest at the end of each year over four years.",
        "Optionen: 3.000 Stück, Vesting über 4 Jahre, das erste Jahr ist Cliff.",
    ],
)
def test_a_first_year_before_anything_vests_is_a_twelve_month_cliff(text: str) -> None:
    found = read_terms(text)
    assert found.cliff_months is not None and found.cliff_months.value == 12
    assert found.vesting_years is not None and found.vesting_years.value == 4


def test_bold_words_under_a_role_heading_are_the_title() -> None:
    text = "## Your role\n\n**Senior Data Analyst**, working with the growth team in Leeds.\n"
    found = read_terms(text).title
    assert found is not None and found.value == "Senior Data Analyst"


def test_incentive_stock_options_are_counted() -> None:
    found = read_terms("Equity: 6,500 ISOs under the 2025 plan, vesting over four years.")
    assert found.equity_units is not None and found.equity_units.value == 6500


def test_a_polish_net_hourly_rate_and_its_reply_date() -> None:
    found = read_terms(
        "Gdańsk, 2 marca 2027\n\nStawka: 160 zł netto/h + VAT\n"
        "Daj proszę znać do 12 marca, czy akceptujesz."
    )
    assert found.base is not None and found.base.value == 160
    assert found.period is not None and found.period.value.value == "hour"
    assert found.currency is not None and found.currency.value == "PLN"
    assert found.deadline is not None and str(found.deadline.value) == "2027-03-12"


def test_a_date_beside_another_column_is_the_letters_date() -> None:
    found = read_terms("Kestrel Maps Ltd\n\nLeeds, 3 March 2027\tJane Holt\n\nDear Sam,\n")
    assert found.letter_date is not None and str(found.letter_date.value) == "2027-03-03"


def test_stock_appreciation_rights_are_counted() -> None:
    found = read_terms("Je ontvangt 2.000 stock appreciation rights (virtuele aandelen).")
    assert found.equity_units is not None and found.equity_units.value == 2000


def test_each_clause_says_what_begins_on_its_date() -> None:
    found = read_terms(
        "Your employment will begin on 5 April 2027; your benefits start on 1 May 2027."
    )
    assert found.start is not None and str(found.start.value) == "2027-04-05"


def test_pay_as_a_verb_does_not_make_an_amount_a_salary() -> None:
    found = read_terms("We cover moving costs up to $8,000 and pay a signing bonus of $12,000.")
    assert found.base is None
    assert found.sign_on is not None and found.sign_on.value == 12000


def test_a_polish_title_in_charge_of_something_is_whole() -> None:
    found = read_terms("Oferujemy Pani pracę na stanowisku Młodszy Specjalista ds. Kadr od marca.")
    assert found.title is not None and found.title.value == "Młodszy Specjalista ds. Kadr"


def test_a_store_number_after_a_titles_comma_is_left_out() -> None:
    found = read_terms("Job title: Assistant Manager, Branch #0419").title
    assert found is not None and found.value == "Assistant Manager"


# Since round twenty a city and a district of it too small to be counted ("Docklands,
# Dublin") give the city; two towns that are both counted stay the user's to pick.
@pytest.mark.parametrize(
    "text",
    ["Work location: Espoo, Helsinki", "You will be based in Espoo, Helsinki."],
)
def test_two_towns_named_together_are_left_to_the_user(text: str) -> None:
    found = read_terms(text)
    assert found.location is None
    assert found.unsure_note("location") == (
        "Two places named together: Espoo, Helsinki. Type the town you will work in."
    )


@pytest.mark.parametrize(
    "text",
    ["Work location: Docklands, Dublin", "You will be based in Docklands, Dublin."],
)
def test_a_district_and_its_city_give_the_city(text: str) -> None:
    found = read_terms(text)
    assert found.location is not None and found.location.value == "Dublin"


def test_a_town_and_its_state_written_out_is_one_place() -> None:
    found = read_terms("Work location: Portland, Oregon").location
    assert found is not None and found.value == "Portland, Oregon"


def test_a_one_off_joining_payment_is_the_sign_on() -> None:
    found = read_terms(
        "Your salary will be £64,000 a year. We will also make a one-off joining payment "
        "of £4,000 (gross) with your first month's salary."
    )
    assert found.sign_on is not None and found.sign_on.value == 4000
    assert found.base is not None and found.base.value == 64000


def test_the_town_in_the_street_address_of_a_site_known_by_its_code() -> None:
    found = read_terms(
        "You will work at our DEN2 distribution center, 4200 Quebec Street, Denver, CO 80216."
    ).location
    assert found is not None and found.value == "Denver, CO"


def test_a_french_title_after_en_qualite_d_apostrophe() -> None:
    found = read_terms("Nous vous proposons de nous rejoindre en qualité d'Analyste Crédit.").title
    assert found is not None and found.value == "Analyste Crédit"


@pytest.mark.parametrize(
    ("text", "days", "business"),
    [
        ("Notre offre reste valable quinze jours.", 15, False),
        (
            "Graag hoor ik binnen 5 werkdagen of je het aanbod aanneemt; laat weten wat je kiest.",
            5,
            True,
        ),
    ],
)
def test_more_ways_to_say_how_long_an_offer_stands(text: str, days: int, business: bool) -> None:
    found = read_terms(text).deadline
    assert found is not None
    assert (found.relative_days, found.business_days) == (days, business)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Position: Sr. Data Engineer", "Sr. Data Engineer"),
        ("Poste : Chargée de mission RSE (H/F)", "Chargée de mission RSE"),
        ("Functie: Medewerker Klantenservice (32 uur)", "Medewerker Klantenservice"),
        ("Stelle: Sachbearbeiterin Einkauf (60–80 %)", "Sachbearbeiterin Einkauf"),
        (
            "You will join Acme Corp as our new VP of Sales, North America.",
            "VP of Sales, North America",
        ),
    ],
)
def test_a_title_keeps_its_abbreviations_and_region_not_its_hours(text: str, title: str) -> None:
    found = read_terms(text).title
    assert found is not None and found.value == title


def test_a_grants_paper_value_is_its_value() -> None:
    found = read_terms(
        "Your 9,000 options are about 0.2% of the company. At today's preferred price "
        "that's a paper value of roughly $21,000."
    )
    assert found.equity_value is not None and found.equity_value.value == 21000


def test_a_bonus_with_a_target_value_is_no_grant() -> None:
    found = read_terms("Your annual bonus has a target value of $12,000.")
    assert found.equity_value is None
    assert found.bonus_amount is not None and found.bonus_amount.value == 12000


def test_an_amount_followed_by_target_bonus_is_the_bonus() -> None:
    found = read_terms("Your package: $150,000 base salary and $20,000 target bonus.")
    assert found.base is not None and found.base.value == 150000
    assert found.bonus_amount is not None and found.bonus_amount.value == 20000


@pytest.mark.parametrize(
    "text",
    [
        "Your 6,000 options vest over three years and expire ten years after the grant date.",
        "RSUs: 1,200 units vesting over 3 years. The employer pension match vests over 5 years.",
    ],
)
def test_how_long_options_last_or_a_pension_vests_is_not_the_vesting(text: str) -> None:
    found = read_terms(text)
    assert found.vesting_years is not None and found.vesting_years.value == 3


def test_a_relocation_bonus_is_not_the_yearly_bonus() -> None:
    found = read_terms("We will also pay a relocation bonus of €6,000 with your first salary.")
    assert found.bonus_amount is None


@pytest.mark.parametrize(
    "text",
    [
        "Date de début : à convenir (au plus tard le 1er avril 2027)",
        "Start date: to be agreed, but no later than 1 April 2027.",
    ],
)
def test_a_start_to_be_agreed_is_left_blank_with_the_date_named(text: str) -> None:
    found = read_terms(text)
    assert found.start is None
    assert found.unsure_note("start") == (
        "The start is to be agreed; the letter also names 1 April 2027. Type the date you agree."
    )


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Subject: Offer: Product Designer, Growth (Manchester)\n\nHi Sam,",
            "Product Designer, Growth",
        ),
        ("Role: Senior Engineer (Mobile)", "Senior Engineer (Mobile)"),
        (
            "We offer you the position of Trainee – Graduate Programme 2027.",
            "Trainee – Graduate Programme 2027",
        ),
    ],
)
def test_a_town_in_brackets_is_not_the_title_but_a_number_is_whole(text: str, title: str) -> None:
    found = read_terms(text).title
    assert found is not None and found.value == title


@pytest.mark.parametrize(
    "text",
    [
        "Title: Dr. Priya Nair\nPosition: Research Associate",
        "Title: Ms\n\nWe are pleased to offer you the role of Research Associate.",
    ],
)
def test_a_form_of_address_under_title_is_not_the_job(text: str) -> None:
    found = read_terms(text).title
    assert found is not None and found.value == "Research Associate"


def test_the_level_a_bonus_pays_at_is_not_the_bonus() -> None:
    found = read_terms("Bonus: pays 100% of target at 100% of goals; your target is 9% of base.")
    assert found.bonus_percent is not None and found.bonus_percent.value == 9


def test_a_bonus_per_referral_is_not_the_yearly_bonus() -> None:
    found = read_terms("Staff get a 4% bonus on referrals that join us.")
    assert found.bonus_percent is None


def test_looking_forward_to_hearing_by_a_date_is_the_deadline() -> None:
    found = read_terms(
        "2 March 2027\n\nDear Jo,\nWe look forward to hearing from you by 12 March 2027."
    )
    assert found.deadline is not None and str(found.deadline.value) == "2027-03-12"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Location: Ireland (remote)", "Remote (Ireland)"),
        ("Location: Spain – remote", "Remote (Spain)"),
    ],
)
def test_a_country_said_remote_is_a_remote_role_there(text: str, place: str) -> None:
    found = read_terms(text).location
    assert found is not None and found.value == place


def test_working_from_home_under_the_label_is_not_named_as_a_town() -> None:
    found = read_terms("Arbeitsort: Homeoffice, gelegentlich Stuttgart")
    assert (found.location, found.unsure_note("location")) == (None, "")


def test_a_village_under_a_strong_label_is_kept_as_written_with_a_note() -> None:
    found = read_terms("Place of work: Kleinwalsertal\nSalary: EUR 52,000 per year").location
    assert found is not None and found.value == "Kleinwalsertal"
    assert found.note == "Not a town I know: Kleinwalsertal. Check it."
    assert found.confidence == 0.6


def test_an_unknown_name_under_a_weak_label_stays_blank() -> None:
    found = read_terms("Office: Zuidas")
    assert found.location is None
    assert found.unsure_note("location") == (
        "Not a town I know: Zuidas. Type the place of work if it is one."
    )


@pytest.mark.parametrize(
    "text", ["Place of work: Nationwide", "Location: Field-based", "Arbeitsort: Bundesweit"]
)
def test_a_label_that_says_the_work_is_everywhere_names_no_place(text: str) -> None:
    assert read_terms(text).location is None


@pytest.mark.parametrize(
    ("text", "units"),
    [
        ("Acme has 8,000,000 shares outstanding; you will be granted 16,000 options.", 16000),
        ("Past awards averaged 2,000 shares. You will be granted 1,500 RSUs.", 1500),
        ("You will be granted an option over 2,000 ordinary shares of £0.0001 each.", 2000),
    ],
)
def test_the_companys_shares_and_others_awards_are_not_the_grant(text: str, units: int) -> None:
    found = read_terms(text)
    assert found.equity_units is not None and found.equity_units.value == units


def test_a_salary_it_rises_to_later_is_not_the_starting_salary() -> None:
    found = read_terms("After probation your salary rises to $98,000; until then it is $92,000.")
    assert found.base is None  # the later salary is not offered as the salary


def test_a_meal_voucher_per_working_day_is_no_bonus() -> None:
    found = read_terms(
        "Annual salary: EUR 58,000. Meal vouchers: EUR 9 per working day. Annual bonus: "
        "at the company's discretion."
    )
    assert (found.bonus_amount, found.unsure_note("bonus_amount")) == (None, "")
