"""Round two of the letter reader: the rules that generalise what the held-out letters taught."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from jobdesk.domain.offer_terms import read_terms
from jobdesk.domain.offers import Period


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        (
            "Salaris: € 5.650 bruto per maand (€ 73.224 per jaar inclusief vakantietoeslag).",
            "73224",
        ),
        ("You will be paid a salary of $14,583.33 per month ($175,000.00 annualized).", "175000"),
        ("Monthly Basic Salary: SGD 7,800\nAnnual Gross (13 months): SGD 101,400", "101400"),
    ],
)
def test_a_monthly_salarys_yearly_total_is_the_salary(text: str, amount: str) -> None:
    terms = read_terms(text)
    assert terms.base is not None and terms.period is not None
    assert (terms.base.value, terms.period.value) == (Decimal(amount), Period.YEAR)


def test_a_monthly_salary_alone_stays_monthly_and_an_allowance_is_not_its_total() -> None:
    terms = read_terms(
        "Your monthly basic salary will be SGD 7,800. You will receive a benefits allowance "
        "of SGD 800 per year."
    )
    assert terms.base is not None and terms.period is not None
    assert (terms.base.value, terms.period.value) == (Decimal(7800), Period.MONTH)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("We offer you the role of VP, working from our Canary Wharf office in London.", "London"),
        ("You will work at SBT's laboratories in San Diego, CA.", "San Diego, CA"),
        (
            "Raleigh, NC 27603\n\nWe offer you the role of Chemist in our Quality Control "
            "laboratory. The role is onsite at our Raleigh, NC manufacturing campus.",
            "Raleigh, NC",
        ),
    ],
)
def test_the_town_of_a_site_not_its_district_owner_or_department(text: str, place: str) -> None:
    found = read_terms(text).location
    assert found is not None and found.value == place


def test_a_registered_office_address_is_not_the_place_of_work() -> None:
    assert read_terms("Regd. Office: 'Sea Breeze', 14 Rajaji Salai, Chennai").location is None


def test_a_title_cut_at_its_comma_is_completed_from_the_heading_above() -> None:
    text = (
        "Offer of employment – Vice President, Quantitative Risk\n\nWe are delighted to offer "
        "you the role of Vice President, Quantitative Risk, working from our London office."
    )
    found = read_terms(text).title
    assert found is not None and found.value == "Vice President, Quantitative Risk"


def test_a_signature_below_does_not_lengthen_the_title() -> None:
    text = (
        "We are delighted to offer you the role of Vice President in our London office.\n\n"
        "Jane Doe\nVice President, People"
    )
    found = read_terms(text).title
    assert found is not None and found.value == "Vice President"


@pytest.mark.parametrize(
    "text",
    [
        "Associates are eligible for our referral bonus of $200 for every friend hired.",
        "You will receive a commission of $150 per sale closed.",
    ],
)
def test_a_payment_per_piece_is_not_the_yearly_bonus(text: str) -> None:
    terms = read_terms(text)
    assert (terms.bonus_amount, terms.bonus_percent) == (None, None)


def test_a_target_of_eligible_earnings_is_a_bonus_percentage() -> None:
    found = read_terms(
        "You are eligible for the Annual Bonus Program at a target of 8% of eligible earnings."
    ).bonus_percent
    assert found is not None and found.value == 8


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Primary Worksite: Denver, CO (Lincoln Street headquarters)", "Denver, CO"),
        ("Worksite: Remote (US) — must work Eastern Time business hours", "Remote (US)"),
        ("Where: Remote – United Kingdom (team weeks in London)", "Remote (United Kingdom)"),
        # The country as the letter writes it (a convention settled in round ten).
        ("| Where | Remote — anywhere in the US |", "Remote (US)"),
        ("Lieu d'exécution du contrat: Blagnac (site Aéroconstellation)", "Blagnac"),
        ("Ihr Arbeitsort ist unsere Niederlassung Leipzig.", "Leipzig"),
        ("Wir möchten Sie in unserem Werk Esslingen (Fabrikstraße 4) einstellen.", "Esslingen"),
        ("De werkzaamheden worden verricht op de High Tech Campus te Eindhoven.", "Eindhoven"),
        (
            "Votre lieu de travail sera notre succursale de Lausanne, Place Saint-François 12.",
            "Lausanne",
        ),
        (
            "We appoint you as Manager at our Leeds Pathology Hub, Thorpe Park, Leeds LS15 8GB.",
            "Leeds",
        ),
    ],
)
def test_places_of_work_in_more_forms(text: str, place: str) -> None:
    found = read_terms(text).location
    assert found is not None and found.value == place


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Hire Date: Jan. 19, 2027", date(2027, 1, 19)),
        ("Anticipated start: Monday, December 7, 2026", date(2026, 12, 7)),
        ("You are requested to report for duty on January 18, 2027 at 9.30 AM.", date(2027, 1, 18)),
        ("Date de prise de poste : lundi 1er février 2027", date(2027, 2, 1)),
        ("- Démarrage : lundi 11 janvier 2027", date(2027, 1, 11)),
        ("Votre entrée en fonction est fixée au 1er mai 2027.", date(2027, 5, 1)),
        (
            "Your employment will begin on Monday, the 11th of January 2027, subject to proof "
            "of your eligibility to work in the UK.",
            date(2027, 1, 11),
        ),
    ],
)
def test_start_dates_in_more_words(text: str, start: date) -> None:
    found = read_terms(text).start
    assert found is not None and found.value == start


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        ("Return it to me no later than 5:00 p.m. MT on December 9, 2026.", date(2026, 12, 9)),
        ("The offer is valid till 04.12.2026.", date(2026, 12, 4)),
        ("Wir bitten Sie, uns Ihr Einverständnis bis 04.12.2026 zu erklären.", date(2026, 12, 4)),
        (
            "Wir freuen uns, wenn Sie uns Ihre Entscheidung bis 9. Dezember 2026 mitteilen.",
            date(2026, 12, 9),
        ),
        (
            "Laat je me vóór vrijdag 11 december 2026 weten of je het aanbod aanneemt?",
            date(2026, 12, 11),
        ),
        (
            "30 November 2026\n\nPlease review, sign and return this letter within seven (7) "
            "calendar days of the date above.",
            date(2026, 12, 7),
        ),
    ],
)
def test_reply_deadlines_in_more_words(text: str, deadline: date) -> None:
    found = read_terms(text).deadline
    assert found is not None and found.value == deadline


def test_an_issued_line_is_the_letters_date() -> None:
    found = read_terms("Issued: 2026-11-30\nCandidate: Gareth Pryce").letter_date
    assert found is not None and found.value == date(2026, 11, 30)


def test_the_letters_own_numeric_dates_settle_which_comes_first() -> None:
    text = "Date: 25/11/2026\n\nDate of Joining: 03/02/2027\n\nThe offer is valid till 04/12/2026."
    terms = read_terms(text)
    assert terms.start is not None and terms.start.value == date(2027, 2, 3)
    assert terms.start.note == "Read day first, as the letter writes its other dates."
    assert terms.deadline is not None and terms.deadline.value == date(2026, 12, 4)
    open_one = read_terms("Issued: 2026-11-30\n\nEffective Date: 04/01/2027").start
    assert open_one is not None and open_one.value is None
    assert open_one.choices == (date(2027, 1, 4), date(2027, 4, 1))


def test_a_day_just_gone_is_not_a_deadline_next_year() -> None:
    text = (
        "27 November 2026\n\nFurther to your interview on 19th November, I confirm our offer. "
        "Please return the signed copy within fourteen (14) days of the date of this letter."
    )
    found = read_terms(text).deadline
    assert found is not None and found.value == date(2026, 12, 11)


def test_a_sign_on_paid_within_days_is_not_a_reply_deadline() -> None:
    text = (
        "December 1, 2026\n\nSigning Bonus: $25,000, payable within 30 days of commencement\n\n"
        "Please indicate your acceptance on or before December 14, 2026."
    )
    found = read_terms(text).deadline
    assert found is not None and found.value == date(2026, 12, 14)


@pytest.mark.parametrize(
    "text",
    [
        "600 RSUs of Deccan Cloudworks Inc., vesting 25% annually over 4 years.",
        "Equity: 1,500 restricted stock units, vesting in equal annual tranches over four years.",
        "A £40,000 award of RSUs, vesting annually over three years.",
    ],
)
def test_vesting_once_a_year_is_a_twelve_month_cliff(text: str) -> None:
    found = read_terms(text).cliff_months
    assert found is not None and found.value == 12 and "once a year" in found.note


def test_a_stated_cliff_outweighs_yearly_vesting() -> None:
    text = "1,000 RSUs vesting annually over four years, with a six-month cliff."
    found = read_terms(text).cliff_months
    assert found is not None and found.value == 6


def test_an_indian_ctc_in_lakhs_is_the_yearly_salary() -> None:
    text = (
        "Your gross salary will be Rs. 75,000/- per month. Including statutory contributions, "
        "your Annual CTC works out to Rs. 10.8 Lakhs."
    )
    terms = read_terms(text)
    assert terms.base is not None and terms.period is not None and terms.currency is not None
    assert (terms.base.value, terms.period.value, terms.currency.value) == (
        Decimal(1_080_000),
        Period.YEAR,
        "INR",
    )


def test_a_french_package_line_gives_the_fixed_salary_and_the_variable_part() -> None:
    terms = read_terms("- Package : 65 k€ bruts annuels fixes + 10 % de variable sur objectifs")
    assert terms.base is not None and terms.base.value == 65000
    assert terms.bonus_percent is not None and terms.bonus_percent.value == 10


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Engagement title: Contract Salesforce Developer", "Contract Salesforce Developer"),
        (
            "Verwendung: Senior Underwriterin Gewerbeversicherung",
            "Senior Underwriterin Gewerbeversicherung",
        ),
        (
            "Met genoegen bieden wij u de functie aan van Senior Optical Engineer bij Kempen.",
            "Senior Optical Engineer",
        ),
        (
            "Re: Employment Offer — Scientist II, Protein Engineering\n\nYou will serve as "
            "Scientist II, Protein Engineering, reporting to the Director.",
            "Scientist II, Protein Engineering",
        ),
        (
            " Engagement en qualité de Analyste\n Conformité Senior\n\n Madame,",
            "Analyste Conformité Senior",
        ),
    ],
)
def test_titles_in_more_forms(text: str, title: str) -> None:
    found = read_terms(text).title
    assert found is not None and found.value == title


def test_a_name_after_a_blank_line_is_not_part_of_the_title() -> None:
    found = read_terms("Offer of appointment as Data Analyst\n\nPriya Raman\n\nDear Priya,").title
    assert found is not None and found.value == "Data Analyst"


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("Vergütung: 4.850 € brutto/Monat", Period.MONTH),
        (
            "Your Cost to Company will be Rupees Forty-Two Lakhs only (₹42,00,000/-) per annum.",
            Period.YEAR,
        ),
    ],
)
def test_periods_written_close(text: str, period: Period) -> None:
    found = read_terms(text).period
    assert found is not None and found.value is period


def test_a_polish_bonus_share_of_the_yearly_salary() -> None:
    text = (
        "Dodatkowo przysługuje Pani premia roczna w wysokości do 10% rocznego wynagrodzenia "
        "zasadniczego."
    )
    found = read_terms(text).bonus_percent
    assert found is not None and found.value == 10


def test_a_polish_town_in_the_locative_is_named_as_the_letter_spells_it() -> None:
    text = (
        "Wrocław, 27 listopada 2026 r.\n\nMiejscem wykonywania pracy będzie biuro spółki we "
        "Wrocławiu, z możliwością pracy zdalnej."
    )
    found = read_terms(text).location
    assert found is not None and found.value == "Wrocław"


def test_a_numbered_store_gives_its_town() -> None:
    found = read_terms("Store: Store #1142 – Phoenix, AZ (Camelback Rd)").location
    assert found is not None and found.value == "Phoenix, AZ"


def test_a_bonus_per_the_plan_is_still_a_bonus() -> None:
    found = read_terms("You will receive an annual bonus of $10,000 per the plan rules.")
    assert found.bonus_amount is not None and found.bonus_amount.value == 10000


def test_a_rank_and_its_function_written_with_a_comma_are_one_title() -> None:
    text = (
        "We are pleased to offer you the position of Director, Product Marketing, reporting to X."
    )
    found = read_terms(text).title
    assert found is not None and found.value == "Director, Product Marketing"


def test_a_comma_before_the_town_does_not_lengthen_the_title() -> None:
    text = "We offer you the position of Analyst, Zurich, based in our Zurich office."
    terms = read_terms(text)
    assert terms.location is not None and terms.location.value == "Zurich"
    assert terms.title is not None and terms.title.value == "Analyst"


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        (
            "Het bruto maandsalaris bedraagt € 4.200. Inclusief 8% vakantiegeld en een dertiende "
            "maand komt het jaarinkomen op € 59.000.",
            "59000",
        ),
        ("Your salary will be INR 18 LPA.", "1800000"),
    ],
)
def test_more_yearly_figures(text: str, amount: str) -> None:
    terms = read_terms(text)
    assert terms.base is not None and terms.period is not None
    assert (terms.base.value, terms.period.value) == (Decimal(amount), Period.YEAR)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("1. Dezember 2026\n\nIhr erster Arbeitstag ist der 1. Februar 2027.", date(2027, 2, 1)),
        ("1 décembre 2026\n\nVous prendrez vos fonctions le 4 janvier 2027.", date(2027, 1, 4)),
        ("1 december 2026\n\nJe eerste werkdag is maandag 4 januari 2027.", date(2027, 1, 4)),
    ],
)
def test_first_working_days_in_german_french_and_dutch(text: str, start: date) -> None:
    found = read_terms(text).start
    assert found is not None and found.value == start


def test_a_hybrid_place_in_brackets_is_the_town() -> None:
    found = read_terms("Location: Hybrid (Amsterdam)").location
    assert found is not None and found.value == "Amsterdam"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("You will work from our offices at 25 Old Broad Street, London EC2N 1HQ.", "London"),
        ("Lieu de travail : 12 rue de la Paix, 75002 Paris", "Paris"),
    ],
)
def test_the_town_of_a_place_of_work_given_as_an_address(text: str, place: str) -> None:
    found = read_terms(text).location
    assert found is not None and found.value == place


def test_an_office_line_with_an_address_is_the_companys_not_the_place_of_work() -> None:
    assert read_terms("Office: Fabrikstraße 4, 73728 Esslingen").location is None


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "We are pleased to offer you the role of Lead Engineer, Berlin, reporting to the CTO.",
            "Lead Engineer",
        ),
        ("Position: Software Engineer II, Payments (Req. 1234)", "Software Engineer II, Payments"),
    ],
)
def test_a_town_or_a_requisition_number_is_not_part_of_the_title(text: str, title: str) -> None:
    found = read_terms(text).title
    assert found is not None and found.value == title


def test_an_office_named_first_is_the_place_even_if_another_town_follows() -> None:
    text = "You will work in our London office. The team meets twice a year, based in Paris."
    found = read_terms(text).location
    assert found is not None and found.value == "London"


def test_a_scaled_figure_is_a_whole_number_as_the_user_reads_it() -> None:
    found = read_terms("You will be offered a CTC of ₹ 12.5 LPA.").base
    assert found is not None and str(found.value) == "1250000"


@pytest.mark.parametrize(
    "text",
    [
        "Le 30 novembre 2026\n\nMadame,",
        "Ref: HR/2026/118    Date: 30/11/2026\n\nDear Sam,",
    ],
)
def test_more_letter_date_lines(text: str) -> None:
    found = read_terms(text).letter_date
    assert found is not None and found.value == date(2026, 11, 30)


def test_a_start_date_line_is_not_the_letters_date() -> None:
    terms = read_terms("Start date: 11 January 2027\n\nDear Sam,")
    assert terms.letter_date is None


@pytest.mark.parametrize(
    "text",
    [
        "Paris, le 1er décembre 2026\n\nVotre contrat prendra effet le 1er mars 2027.",
        "Utrecht, 1 december 2026\n\nJe start op 1 maart 2027.",
        "Utrecht, 1 december 2026\n\nDe arbeidsovereenkomst gaat in op 1 maart 2027.",
        "1 December 2026\n\nWe look forward to welcoming you on 1 March 2027.",
    ],
)
def test_a_first_day_said_as_the_contract_taking_effect(text: str) -> None:
    found = read_terms(text).start
    assert found is not None and found.value == date(2027, 3, 1)


def test_a_german_offer_valid_until() -> None:
    found = read_terms("Berlin, 1. Dezember 2026\n\nDas Angebot ist bis zum 10.12.2026 gültig.")
    assert found.deadline is not None and found.deadline.value == date(2026, 12, 10)


@pytest.mark.parametrize(
    ("text", "percent"),
    [
        ("Your target annual incentive is eight percent (8%) of your base salary.", 8),
        ("Premia roczna: do 15% wynagrodzenia rocznego", 15),
    ],
)
def test_what_a_bonus_share_is_of_is_not_what_it_is(text: str, percent: int) -> None:
    found = read_terms(text).bonus_percent
    assert found is not None and found.value == percent


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("RE: Offer Letter – Senior Accountant\n\nDear Sam,", "Senior Accountant"),
        ("Objet : Proposition d'embauche – Ingénieure Qualité\n\nMadame,", "Ingénieure Qualité"),
        ("Onderwerp: Aanbod functie Junior Controller\n\nBeste Sanne,", "Junior Controller"),
        ("Subject: Offer – Acme Widgets Inc\n\nDear Sam,", None),
        ("Subject: Offer – Brightline Health\n\nDear Sam,", None),
    ],
)
def test_a_subject_line_names_the_role_only_when_it_reads_as_one(
    text: str, title: str | None
) -> None:
    found = read_terms(text).title
    assert (found.value if found else None) == title


def test_a_polish_registered_seat_is_not_the_place_of_work() -> None:
    text = "Warszawa, 1 grudnia 2026 r.\n\nPracodawca ma siedzibę w Warszawie."
    assert read_terms(text).location is None
