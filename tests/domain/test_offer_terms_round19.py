"""Round nineteen of the letter reader: kinds of wrong value left in the corpus, each tested
with sentences of that kind written here (not the corpus's own)."""

from __future__ import annotations

import pytest

from jobdesk.domain.offer_terms import read_terms

# --- "$" in a letter written from a country with its own dollar --------------------------

_DOLLAR_LETTER = (
    "{head}\n\n"
    "Dear Sam,\n\n"
    "We are pleased to offer you the position of Backend Developer.\n"
    "Your base salary will be $118,000 per year.\n"
)


@pytest.mark.parametrize(
    ("head", "code"),
    [
        ("Maplegrove Software, 90 Queen Street, Halifax NS B3H 1A1", "CAD"),
        ("Redgum Analytics Limited ABN 51 824 753 556, Level 3, 10 Pirie Street", "AUD"),
        ("Redgum Analytics, 12 Rundle Mall, Adelaide SA 5000", "AUD"),
        ("Kōwhai Systems · hr@kowhai.co.nz · Wellington", "NZD"),
        ("Kōwhai Systems · Level 2, 8 Willis Street · +64 4 555 0199", "NZD"),
        ("Merlion Data Pte Ltd · 1 Raffles Place · +65 6555 0123", "SGD"),
    ],
)
def test_a_bare_dollar_is_the_dollar_of_the_land_the_letter_is_written_from(
    head: str, code: str
) -> None:
    found = read_terms(_DOLLAR_LETTER.format(head=head))
    assert found.currency is not None and found.currency.value == code


def test_a_bare_dollar_in_a_us_letter_stays_us_dollars() -> None:
    found = read_terms(_DOLLAR_LETTER.format(head="Tallgrass Labs, 400 Pine St, Seattle, WA 98101"))
    assert found.currency is not None and found.currency.value == "USD"


def test_a_brazilian_tax_number_does_not_make_a_dollar_singaporean() -> None:
    found = read_terms(_DOLLAR_LETTER.format(head="Candidate: Ana Souza, CPF 123.456.789-00"))
    assert found.currency is None or found.currency.value != "SGD"


# --- a site named for its town, then "in" the town with its province -----------------------


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("You will work from our Kitchener Design Centre in Kitchener, ON, two days a week.",
         "Kitchener, ON"),
        ("You will be based at our Riverside Campus in Austin, TX.", "Austin, TX"),
    ],
)  # fmt: skip
def test_a_named_site_then_its_town_gives_the_town_and_its_state(sentence: str, place: str) -> None:
    found = read_terms(
        "Dear Liam,\n\nWe are pleased to offer you the position of QA Engineer.\n" + sentence + "\n"
    )
    assert found.location is not None and found.location.value == place


# --- a payment made once for coming over is the sign-on, not a yearly bonus ----------------


@pytest.mark.parametrize(
    ("line", "amount"),
    [
        ("On closing you will receive a transaction bonus of $12,500, paid once.", 12500),
        ("Wechselprämie: 4.500 € brutto, einmalig mit der ersten Abrechnung.", 4500),
        ("Prime de transaction : 7 000 € bruts, versée en une fois.", 7000),
        ("Prémio de assinatura: 1.500 € brutos, pagos com o primeiro salário.", 1500),
    ],
)
def test_a_once_paid_transaction_or_switching_bonus_is_the_sign_on(line: str, amount: int) -> None:
    found = read_terms(
        "Dear Ana,\n\nWe are pleased to offer you the position of Data Engineer.\n"
        "Your annual gross salary will be €61,000.\n" + line + "\n"
    )
    assert found.sign_on is not None and found.sign_on.value == amount
    assert found.bonus_amount is None


# --- the title's own words, without what follows them in the sentence ---------------------


@pytest.mark.parametrize(
    ("letter", "title"),
    [
        (
            "Beste Noor,\n\nNamens Duinzicht B.V. willen wij je graag de functie van "
            "Data-analist Logistiek aanbieden.\nJe bruto maandsalaris bedraagt € 4.100.\n",
            "Data-analist Logistiek",
        ),
        (
            "Dear Dana,\n\nWe are pleased to offer you the position of Network Analyst, "
            "Labor Category NA-II, on the Harbor contract.\nYour salary will be $91,000 "
            "per year.\n",
            "Network Analyst",
        ),
        (
            "Bonjour Léa,\n\nNous avons le plaisir de vous proposer le poste de Développeuse "
            "mobile Kotlin, en CDI, à compter du 4 janvier 2027.\n",
            "Développeuse mobile Kotlin",
        ),
        (
            "Bonjour Hugo,\n\nNous avons le plaisir de vous proposer le poste de Chef de "
            "produit Nantes, en CDI.\n",
            "Chef de produit",
        ),
    ],
)
def test_a_title_ends_where_its_own_words_end(letter: str, title: str) -> None:
    found = read_terms(letter)
    assert found.title is not None and found.title.value == title


# --- a yearly cost-to-company figure with its monthly share ---------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Your remuneration is R 744 000 total cost to company per annum (R 62 000 a month).",
        "Annual package: R744,000 CTC per annum, which is R62,000 per month.",
    ],
)
def test_a_yearly_cost_to_company_is_the_salary_not_its_monthly_share(sentence: str) -> None:
    found = read_terms(
        "Dear Thabo,\n\nWe are pleased to offer you the position of Test Analyst.\n"
        + sentence
        + "\n"
    )
    assert found.base is not None and found.base.value == 744000
    assert found.period is not None and found.period.value.value == "year"


# --- Portuguese "brutos por mês" -----------------------------------------------------------


def test_a_portuguese_gross_by_the_month_is_monthly_and_the_stated_year_is_the_salary() -> None:
    found = read_terms(
        "Cara Inês,\n\nTemos o prazer de lhe propor a função de Analista de Dados.\n"
        "Vencimento base: 2.750 € brutos por mês, em 14 prestações\n"
        "Vencimento anual: 38.500 € brutos\n"
    )
    assert found.base is not None and found.base.value == 38500
    assert found.period is not None and found.period.value.value == "year"


# --- a bilingual letter gives each figure twice ---------------------------------------------


def test_a_bilingual_bonus_said_again_in_the_other_language_stays_the_bonus() -> None:
    found = read_terms(
        "Monsieur,\n\nNous avons le plaisir de vous proposer le poste de Comptable.\n\n"
        "Rémunération / Bezoldiging    4 275,00 € bruts par mois / € 4.275,00 bruto per maand\n"
        "Prime annuelle / Jaarpremie\tmaximum 2 400 € bruts par an / maximaal € 2.400 bruto "
        "per jaar\n"
    )
    assert found.base is not None and found.base.value == 4275
    assert found.period is not None and found.period.value.value == "month"
    assert found.bonus_amount is not None and found.bonus_amount.value == 2400


# --- "a word or two, then monthly package" --------------------------------------------------


def test_a_figure_then_an_all_inclusive_monthly_package_is_monthly() -> None:
    found = read_terms(
        "Dear Omar,\n\nWe are pleased to offer you the position of Site Engineer.\n"
        "Salary\tAED 31,500 fully inclusive monthly package (basic AED 18,900; housing "
        "and transport allowances included)\n"
        "Annual bonus\tUp to AED 40,000, based on performance\n"
    )
    assert found.base is not None and found.base.value == 31500
    assert found.period is not None and found.period.value.value == "month"
    assert found.bonus_amount is not None and found.bonus_amount.value == 40000


# --- a check's form returned by a date is not the offer's reply date ------------------------


def test_a_list_item_closed_by_its_bracket_ends_and_a_forms_date_is_not_the_deadline() -> None:
    found = read_terms(
        "Northmoor Health Trust\n12 January 2027\n\n"
        "Dear Priya,\n\nWe are pleased to offer you the position of Staff Nurse.\n"
        "This offer is conditional on:\n"
        "    • Two satisfactory references\n"
        "    • A health declaration (questionnaire to be returned by 15 January 2027)\n"
        " Please confirm whether you accept this offer within 10 days of the date of this\n"
        " letter.\n"
    )
    assert found.deadline is not None and found.deadline.value.isoformat() == "2027-01-22"


# --- a title's specialism after its gender marker, a track in brackets ----------------------


@pytest.mark.parametrize(
    ("letter", "title"),
    [
        (
            "Betreff: Ihr Vertragsangebot als Backend Developer (m/w/d), Card Issuing\n\n"
            "Sehr geehrte Frau Kern,\n\nwir freuen uns, Ihnen die Position Backend Developer "
            "(m/w/d), Card Issuing bei der Tresor Pay GmbH anzubieten.\n",
            "Backend Developer, Card Issuing",
        ),
        (
            "Dear Ruth,\n\nI am delighted to offer you an appointment as Assistant Professor of "
            "Ecology (tenure-track) in the Department of Biology.\n",
            "Assistant Professor of Ecology",
        ),
    ],
)
def test_a_title_keeps_its_specialism_past_a_gender_marker_and_drops_its_track(
    letter: str, title: str
) -> None:
    found = read_terms(letter)
    assert found.title is not None and found.title.value == title


def test_a_titles_joining_word_is_a_whole_word_not_the_start_of_one() -> None:
    found = read_terms(
        "Madame,\n\nNous avons le plaisir de vous engager en qualité de Conseiller de fortune "
        "junior, au sein de notre desk Genève.\n"
    )
    assert found.title is not None and found.title.value == "Conseiller de fortune junior"


def test_a_hyphenated_signing_bonus_is_the_sign_on_not_the_yearly_bonus() -> None:
    found = read_terms(
        "Hallo Jonas,\n\nwir freuen uns, dir die Position Platform Engineer anzubieten.\n"
        "Dein Jahresgehalt beträgt 88.000 Euro brutto.\n"
        "Zum Start bekommst du einen Signing-Bonus von 7.500 Euro brutto.\n"
    )
    assert found.sign_on is not None and found.sign_on.value == 7500
    assert found.bonus_amount is None


def test_a_conference_travel_grant_is_no_equity() -> None:
    found = read_terms(
        "Dear Wei,\n\nWe are pleased to offer you the position of Research Scientist.\n"
        "Your salary will be $96,000 per annum.\n"
        "A one-off conference travel grant of up to $1,500 is available in your first year, "
        "subject to your manager's approval.\n"
    )
    assert found.equity_value is None
    assert found.base is not None and found.base.value == 96000


def test_a_start_with_an_earlier_employer_years_before_the_letter_is_not_the_start() -> None:
    found = read_terms(
        "Harrowgate Logistics Ltd\n14 December 2026\n\nDear Sam,\n\n"
        "Following the transfer of your employment, we are pleased to offer you the position "
        "of Fleet Planner.\n"
        "Continuous service: since 6 September 2016 (your first day with Kestrel Haulage)\n"
    )
    assert found.start is None  # blank, not 6 September 2016
