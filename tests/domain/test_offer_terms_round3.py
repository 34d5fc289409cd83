"""Round three of the letter reader: each kind of miss found on the third batch, tested
with sentences of that kind written here (not the corpus's own)."""

from __future__ import annotations

from datetime import date

import pytest

from jobdesk.domain.offer_terms import read_terms
from jobdesk.domain.towns import is_town


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Position: Data Analyst, permanent, full-time", "Data Analyst"),
        ("Role: Contract Designer (1099, six-month term)", "Contract Designer"),
        ("Job title: Staff Nurse – fixed-term", "Staff Nurse"),
        (
            "We are pleased to offer you the position of Site Reliability Engineer on a "
            "fixed-term contract until June 2027.",
            "Site Reliability Engineer",
        ),
        ("Functie: Beleidsmedewerker (voltijds, bepaalde tijd)", "Beleidsmedewerker"),
        # A title that merely starts with a contract word keeps it.
        ("We offer you the role of Term Deposits Analyst.", "Term Deposits Analyst"),
    ],
)
def test_a_title_stops_at_its_contract_terms(text: str, title: str) -> None:
    found = read_terms(text).title
    assert found is not None and found.value == title


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # "office at" names a building or a district; the town comes before it.
        ("Your place of work will be our Leeds office at Wellington Place.", "Leeds"),
        ("Ihr Arbeitsort ist unser Büro in Graz.", "Graz"),
        ("Le lieu de travail sera notre bureau à Nantes.", "Nantes"),
        # A word after "at our"/"in our" that is no town is no place of work.
        ("You will be working at our Foundry building most days.", None),
        ("You will be based at our Harbourside hub.", None),
    ],
)
def test_only_a_real_town_named_in_a_sentence_is_the_place_of_work(
    text: str, place: str | None
) -> None:
    found = read_terms(text).location
    assert (found.value if found else None) == place


def test_the_gazetteer_knows_towns_as_letters_write_them() -> None:
    assert [
        is_town(name)
        for name in ("Seattle, WA", "Zürich (Oerlikon)", "Bordeaux-Mérignac", "Wien", "Den Haag")
    ] == [True] * 5
    assert [is_town(name) for name in ("Quartermile", "Büro", "Pricing", "Foundry")] == [False] * 4


@pytest.mark.parametrize(
    "text",
    [
        "Het bedrijf betaalt 60% van de pensioenpremie.",
        "During sick leave you will receive 70% of your salary for up to 26 weeks.",
        "Die Firma übernimmt 50% der Beiträge zur Altersvorsorge.",
        "We contribute 8% of salary to your pension; overtime is paid at 150%.",
    ],
)
def test_a_share_of_pay_that_is_no_bonus_is_not_read_as_one(text: str) -> None:
    assert read_terms(text).bonus_percent is None


def test_a_bonus_named_in_dutch_is_still_a_bonus() -> None:
    found = read_terms("Je ontvangt een jaarlijkse premie van 8% van je bruto jaarsalaris.")
    assert found.bonus_percent is not None and found.bonus_percent.value == 8


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Stellenantritt: 1. Mai 2027", date(2027, 5, 1)),
        ("Arbeitsantritt ist der 1. April 2027.", date(2027, 4, 1)),
        # Probation named after the date is about the job that starts then.
        (
            "Je indiensttreding is per 1 maart 2027, met een proeftijd van twee maanden.",
            date(2027, 3, 1),
        ),
        ("Your health insurance coverage begins on 1 March 2027.", None),
    ],
)
def test_start_dates_in_more_words(text: str, start: date | None) -> None:
    found = read_terms(text).start
    assert (found.value if found else None) == start


def test_a_swiss_decision_date_is_the_deadline() -> None:
    found = read_terms("Wir erwarten Ihren Entscheid bis 9. Januar 2027.").deadline
    assert found is not None and found.value == date(2027, 1, 9)


def test_a_dutch_let_us_know_within_working_days_counts_from_the_letter() -> None:
    text = "Utrecht, 30 november 2026\n\nLaat u ons binnen vijf werkdagen weten of u tekent?"
    found = read_terms(text).deadline
    assert found is not None and found.value == date(2026, 12, 7)
    assert (found.relative_days, found.business_days) == (5, True)


def test_remote_written_out_is_kept_as_the_letter_writes_it() -> None:
    text = (
        "This is a fully remote role within the EU; you will meet the team twice a year.\n\n"
        "Working arrangement: Remote (Germany), 40 hours per week"
    )
    found = read_terms(text).location
    assert found is not None and found.value == "Remote (Germany)"


@pytest.mark.parametrize(
    ("text", "cliff"),
    [
        (
            "The options vest over four years, the first quarter vesting on the first "
            "anniversary of the grant.",
            12,
        ),
        ("Your RSUs vest over 3 years, 20% vesting after 12 months of service.", 12),
        (
            "No shares vest until you have completed six months of employment; the grant "
            "vests over four years.",
            6,
        ),
        ("Nothing vests during the first year; the 2,000 options vest over 4 years.", 12),
        ("The 3,000 options vest monthly over four years.", None),
    ],
)
def test_a_cliff_said_as_the_first_part_vesting_later(text: str, cliff: int | None) -> None:
    found = read_terms(text).cliff_months
    assert (found.value if found else None) == cliff


def test_a_salary_with_its_amount_in_words_keeps_its_period() -> None:
    found = read_terms("Your salary is $8,000 (eight thousand dollars) per month.")
    assert found.base is not None and found.base.value == 8000
    assert found.period is not None and found.period.value.value == "month"


def test_a_tables_monthly_column_is_not_a_second_yearly_salary() -> None:
    text = (
        "Your total fixed CTC will be INR 18,00,000 per annum, as broken up below.\n\n"
        "Component    Monthly    Annual\n"
        "Basic Salary: 60,000 7,20,000\n"
        "Total Fixed CTC: 1,50,000 18,00,000\n"
    )
    found = read_terms(text)
    assert found.base is not None and found.base.value == 1800000
    assert found.currency is not None and found.currency.value == "INR"
    assert found.period is not None and found.period.value.value == "year"


def test_a_place_alone_under_its_label_may_run_on_with_its_working_pattern() -> None:
    text = (
        "Role\nSupport Engineer\n"
        "Work location\nManchester (Spinningfields), hybrid with two office days each week\n"
        "Salary\nGBP 41,000 per annum\n"
    )
    found = read_terms(text).location
    assert found is not None and found.value == "Manchester"


def test_a_long_line_under_a_place_label_that_names_no_town_is_not_taken() -> None:
    text = (
        "Work location\nThe hub we share with the wider product group on the third floor\n"
        "Salary\nGBP 41,000 per annum\n"
    )
    assert read_terms(text).location is None


@pytest.mark.parametrize(
    "text", ["Location: Flexible", "Place of work: Head Office", "Work location: To be agreed"]
)
def test_a_labelled_place_that_names_no_town_is_left_blank(text: str) -> None:
    assert read_terms(text).location is None


def test_a_title_said_as_what_the_title_will_be() -> None:
    found = read_terms("Your title will be Principal Engineer (full-time, permanent).").title
    assert found is not None and found.value == "Principal Engineer"


def test_what_bonuses_averaged_last_year_is_not_a_target() -> None:
    text = (
        "You will be eligible for a discretionary annual bonus; for reference, bonuses "
        "last year averaged 12% of salary."
    )
    assert read_terms(text).bonus_percent is None


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Sie arbeiten im Team Zahlungsverkehr am Standort Frankfurt am Main.",
            "Frankfurt am Main",
        ),
        ("You will work from our Stratford-upon-Avon office.", "Stratford-upon-Avon"),
        ("Le poste est basé dans nos locaux de Nantes.", "Nantes"),
    ],
)
def test_towns_whose_names_go_on(text: str, place: str) -> None:
    found = read_terms(text).location
    assert found is not None and found.value == place


def test_a_bonus_range_is_left_to_the_user_with_both_figures() -> None:
    found = read_terms("Your annual performance bonus target is 8–12% of base salary.")
    assert found.bonus_percent is None
    assert found.unsure_note("bonus_percent").startswith("Two bonus percentages found: 8, 12.")


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Position: Data Scientist (Grade 7)", "Data Scientist"),
        ("Position: Principal Engineer (L7)", "Principal Engineer"),
        ("Job title: Band Manager", "Band Manager"),
    ],
)
def test_a_grade_in_brackets_is_not_part_of_the_title(text: str, title: str) -> None:
    found = read_terms(text).title
    assert found is not None and found.value == title


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("You will join our Support team, based remotely anywhere in Canada.", "Remote (Canada)"),
        ("Vous rejoindrez notre site de Grenoble en tant que Technicienne.", "Grenoble"),
    ],
)
def test_more_ways_of_saying_where_the_work_is(text: str, place: str) -> None:
    found = read_terms(text).location
    assert found is not None and found.value == place


@pytest.mark.parametrize(
    ("text", "note"),
    [
        (
            "Your salary will be £52,000 – £58,000 per annum, depending on experience.",
            "The letter gives a range (GBP 52,000 to GBP 58,000), not one salary: type yours.",
        ),
        (
            "Base salary: EUR 70k–80k",
            "The letter gives a range (EUR 70,000 to EUR 80,000), not one salary: type yours.",
        ),
    ],
)
def test_a_salary_range_is_two_figures_left_to_the_user(text: str, note: str) -> None:
    found = read_terms(text)
    assert found.base is None
    assert found.unsure_note("base") == note


def test_a_disclosed_pay_range_does_not_unsettle_the_stated_salary() -> None:
    text = (
        "Annual base salary: $141,000.\n\n"
        "As state law requires, the posted pay range for this role is $125,000 to $160,000."
    )
    found = read_terms(text)
    assert found.base is not None and found.base.value == 141000
    assert found.unsure_note("base") == ""


def test_a_date_with_its_month_between_dashes() -> None:
    found = read_terms("Date of joining: 08-Feb-2027").start
    assert found is not None and found.value == date(2027, 2, 8)


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        ("Kindly revert with your acceptance by 4th January 2027.", date(2027, 1, 4)),
        (
            "Date: 1 December 2026\n\nPlease sign and return this offer no later than "
            "fourteen (14) days from the date of this letter.",
            date(2026, 12, 15),
        ),
    ],
)
def test_more_ways_of_asking_for_a_reply(text: str, deadline: date) -> None:
    found = read_terms(text).deadline
    assert found is not None and found.value == deadline


def test_offices_in_small_towns_are_towns_too() -> None:
    # Towns of 5,000 people or more: where companies keep offices outside the big cities.
    assert [is_town(name) for name in ("Walldorf", "Veldhoven", "Kista")] == [True] * 3
    found = read_terms("You will be based at our Veldhoven campus.").location
    assert found is not None and found.value == "Veldhoven"


def test_a_sales_incentive_plan_is_not_the_yearly_bonus() -> None:
    text = "You will join the Sales Incentive Plan, with a target of 40% of on-target earnings."
    assert read_terms(text).bonus_percent is None


def test_a_total_package_is_not_a_second_salary() -> None:
    found = read_terms(
        "Your total annual compensation is EUR 96,000: a base salary of EUR 84,000 and a "
        "target bonus of EUR 12,000."
    )
    assert found.base is not None and found.base.value == 84000
    assert found.bonus_amount is not None and found.bonus_amount.value == 12000


def test_a_french_bonus_share_of_the_fixed_salary() -> None:
    text = "Une prime annuelle sur objectifs pouvant atteindre 12 % de votre salaire fixe."
    found = read_terms(text).bonus_percent
    assert found is not None and found.value == 12


@pytest.mark.parametrize(
    "text",
    [
        "The 900 options vest over three years: one third after the first year, then monthly.",
        "Ein Drittel der Aktien wird nach 12 Monaten unverfallbar, der Rest über drei Jahre.",
    ],
)
def test_a_fraction_after_the_first_year_is_a_twelve_month_cliff(text: str) -> None:
    found = read_terms(text).cliff_months
    assert found is not None and found.value == 12


def test_a_date_counted_from_the_start_is_not_the_start() -> None:
    text = "Health cover begins on the first of the month after your start date, 1 May 2027."
    assert read_terms(text).start is None
    found = read_terms("Your start date will be 3 May 2027; benefits begin the same day.").start
    assert found is not None and found.value == date(2027, 5, 3)


@pytest.mark.parametrize(
    ("text", "term", "day"),
    [
        ("Your onboarding date is Monday 5 April 2027.", "start", date(2027, 4, 5)),
        ("Votre date d'arrivée est fixée au 6 avril 2027.", "start", date(2027, 4, 6)),
        ("This offer stands until 14 January 2027.", "deadline", date(2027, 1, 14)),
        (
            "Unless accepted by 15 January 2027, this offer will lapse.",
            "deadline",
            date(2027, 1, 15),
        ),
    ],
)
def test_more_start_and_deadline_words(text: str, term: str, day: date) -> None:
    found = getattr(read_terms(text), term)
    assert found is not None and found.value == day


@pytest.mark.parametrize(
    ("text", "term", "value"),
    [
        ("Primary location: Rotterdam", "location", "Rotterdam"),
        ("Lieu d'affectation : Bordeaux", "location", "Bordeaux"),
        ("Plaats van tewerkstelling: Arnhem", "location", "Arnhem"),
        ("Duty station: Nairobi", "location", "Nairobi"),
        ("Expected joining date: 12 April 2027", "start", date(2027, 4, 12)),
        ("Offer expiry date: 20 January 2027", "deadline", date(2027, 1, 20)),
    ],
)
def test_more_labels(text: str, term: str, value: object) -> None:
    found = getattr(read_terms(text), term)
    assert found is not None and found.value == value


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Position offered: Quality Engineer", "Quality Engineer"),
        ("Berufsbezeichnung: Projektleiterin", "Projektleiterin"),
        ("Intitulé de poste : Chargée de recrutement", "Chargée de recrutement"),
        ("Functienaam: Teamleider Klantenservice", "Teamleider Klantenservice"),
    ],
)
def test_more_title_labels(text: str, title: str) -> None:
    found = read_terms(text).title
    assert found is not None and found.value == title


def test_areas_and_saints_are_towns_as_letters_write_them() -> None:
    names = ("San Francisco Bay Area", "Metro Atlanta", "St. Gallen", "St Albans")
    assert [is_town(name) for name in names] == [True] * 4
    found = read_terms("Place of work: St. Gallen (hybrid)").location
    assert found is not None and found.value == "St. Gallen"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Ihr Einsatzort ist Nürnberg.", "Nürnberg"),
        ("Votre lieu de travail est fixé à Lille.", "Lille"),
        ("Le poste est situé à Montpellier.", "Montpellier"),
        ("De functie is gestationeerd in Breda.", "Breda"),
        ("Je standplaats wordt Groningen.", "Groningen"),
        ("Miejscem wykonywania pracy jest Poznań.", "Poznań"),
        ("Ihr Arbeitsplatz ist modern ausgestattet.", None),
        ("Le poste est situé au sein de la direction financière.", None),
    ],
)
def test_sentences_that_say_where_the_work_is_in_other_languages(
    text: str, place: str | None
) -> None:
    found = read_terms(text).location
    assert (found.value if found else None) == place


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "We offer you the position of Partner Manager, APAC, based in our Singapore office.",
            "Partner Manager, APAC",
        ),
        (
            "We offer you the position of Lead Engineer, Berlin, reporting to the CTO.",
            "Lead Engineer",
        ),
    ],
)
def test_a_region_after_a_comma_is_part_of_the_title_a_town_is_not(text: str, title: str) -> None:
    found = read_terms(text).title
    assert found is not None and found.value == title


def test_equity_and_sign_on_in_more_words() -> None:
    polish = read_terms("Otrzyma Pan jednorazową premię powitalną w wysokości 8 000 zł brutto.")
    assert polish.sign_on is not None and polish.sign_on.value == 8000
    german = read_terms(
        "Sie erhalten 1.600 virtuelle Optionen, die über vier Jahre mit einer Cliff-Periode "
        "von sechs Monaten unverfallbar werden."
    )
    assert german.cliff_months is not None and german.cliff_months.value == 6
    french = read_terms("Vous recevrez 900 BSPCE, acquis sur 3 ans.")
    assert french.vesting_years is not None and french.vesting_years.value == 3


@pytest.mark.parametrize(
    "text",
    [
        "Les congés acquis sur 12 mois sont de 25 jours ouvrés.",
        "Your holiday entitlement vests over 12 months.",
    ],
)
def test_something_else_that_vests_is_not_equity_vesting(text: str) -> None:
    assert read_terms(text).vesting_years is None


@pytest.mark.parametrize(
    ("text", "bonus"),
    [
        ("STI target: 18%", 18),
        ("Your short-term incentive target is 12% of base salary.", 12),
        ("You will be eligible for an LTI award of 30% of base salary, granted in RSUs.", None),
        (
            "Your annual bonus target is 10%; you will also receive a long-term incentive "
            "award of 25% of salary.",
            10,
        ),
    ],
)
def test_a_short_term_incentive_is_the_bonus_a_long_term_one_is_not(
    text: str, bonus: int | None
) -> None:
    found = read_terms(text).bonus_percent
    assert (found.value if found else None) == bonus
