"""Round five of the letter reader: each kind of wrong value found on the sixth and seventh
batches, tested with sentences of that kind written here (not the corpus's own)."""

from __future__ import annotations

import pytest

from jobdesk.domain.offer_terms import read_terms


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Place of work: Riverside General Hospital, Dayton, OH", "Dayton, OH"),
        ("Location: Town Hall, Maidstone", "Maidstone"),
        ("Arbeitsort: Verwaltungszentrum Lüneburg, Am Markt 1", "Lüneburg"),
        ("Place of work: Kingsmead Civic Centre, Canterbury (hybrid)", "Canterbury"),
    ],
)
def test_a_building_under_the_place_label_gives_its_town(text: str, town: str) -> None:
    found = read_terms(text)
    assert found.location is not None and found.location.value == town


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Place of work: Munich, Germany", "Munich"),
        ("Work location: Lyon, France", "Lyon"),
        ("Location: Manchester, UK", "Manchester"),
        ("Location: Boulder, CO", "Boulder, CO"),
        ("Work location: Trenton, NJ. Some travel to clients in Philadelphia.", "Trenton, NJ"),
    ],
)
def test_a_country_after_the_town_is_left_out_a_state_kept(text: str, town: str) -> None:
    found = read_terms(text)
    assert found.location is not None and found.location.value == town


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("You will be based at our Pune development centre in Magarpatta.", "Pune"),
        ("Your place of work will be our Hamburg office at Altona.", "Hamburg"),
    ],
)
def test_the_city_wins_over_its_district(text: str, town: str) -> None:
    found = read_terms(text)
    assert found.location is not None and found.location.value == town


def test_where_someone_else_is_based_is_not_the_place_of_work() -> None:
    found = read_terms(
        "You will report to Anna Berg, our Head of Design, who is based in our Stockholm "
        "office. The role is based in our Denver, CO office."
    )
    assert found.location is not None and found.location.value == "Denver, CO"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Funktion: Kundenberaterin Firmenkunden, Funktionsstufe Handlungsbevollmächtigte",
            "Kundenberaterin Firmenkunden",
        ),
        ("Post: Ward Sister, Cardiology Department", "Ward Sister"),
    ],
)
def test_a_grade_or_a_department_after_the_title_is_left_out(text: str, title: str) -> None:
    found = read_terms(text)
    assert found.title is not None and found.title.value == title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "We are pleased to offer you the position of Account Manager, Strategic "
            "Partnerships (Northern Region – Retail), reporting to the Sales Director.",
            "Account Manager, Strategic Partnerships",
        ),
        (
            "I am pleased to offer you the role of Staff Engineer, Partner Integrations.",
            "Staff Engineer, Partner Integrations",
        ),
        (
            "We offer you the position of Claims Handler, Personal Lines, reporting to Ann Cole.",
            "Claims Handler, Personal Lines",
        ),
    ],
)
def test_a_title_keeps_its_function_after_the_comma(text: str, title: str) -> None:
    found = read_terms(text)
    assert found.title is not None and found.title.value == title


def test_an_academic_post_keeps_its_subject() -> None:
    found = read_terms(
        "The appointment is to the post of Senior Lecturer in Civil Engineering (Structures) "
        "in the School of Engineering, based at our Plymouth campus."
    )
    assert found.title is not None
    assert found.title.value == "Senior Lecturer in Civil Engineering (Structures)"


@pytest.mark.parametrize(
    ("text", "bonus"),
    [
        (
            "Your annual bonus target is 12% of your base salary, that is EUR 8,400 at full "
            "achievement.",
            "8400",
        ),
        (
            "The performance bonus is 15% of your fixed CTC, i.e. INR 4,50,000/- a year.",
            "450000",
        ),
    ],
)
def test_a_share_of_the_salary_given_as_money_is_the_bonus(text: str, bonus: str) -> None:
    found = read_terms(text)
    assert found.base is None
    assert found.bonus_amount is not None and str(found.bonus_amount.value) == bonus


@pytest.mark.parametrize(
    ("text", "worth"),
    [
        ("You will receive 900 RSUs worth about USD 45,000 (approx. GBP 35,500).", "35500"),
        ("Aktienoptionen im Wert von 20.000 USD (aktuell etwa 18.400 €)", "18400"),
    ],
)
def test_a_grant_converted_into_the_pays_currency_is_taken_converted(text: str, worth: str) -> None:
    found = read_terms(text)
    assert found.equity_value is not None and str(found.equity_value.value) == worth


def test_a_letter_pasted_into_a_mail_keeps_its_own_date() -> None:
    found = read_terms(
        'From: "Dr.\nJonas Reed" <jreed@uni.example>\nTo: Sam Hale <sam@mail.example>\n'
        "Subject: Your offer\nDate: 3 March 2027\n\nDear Sam,\n\nAs promised on the phone, "
        "the letter is below.\n\nNORTHFIELD COLLEGE\n\n"
        "2 March 2027\n\nDear Mr Hale,\n\nWe are pleased to offer you the post of Research "
        "Fellow at a salary of $61,000 a year.\n"
    )
    assert found.letter_date is not None
    assert found.letter_date.value is not None and found.letter_date.value.isoformat() == (
        "2027-03-02"
    )


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "This is a fully remote role. You can work from anywhere in the U.S. with a good "
            "internet connection.",
            "Remote (United States)",
        ),
        (
            "The position is remote. You must hold the right to work in the UK.",
            "Remote",
        ),
    ],
)
def test_a_remote_roles_country_may_come_in_the_next_sentence(text: str, place: str) -> None:
    found = read_terms(text)
    assert found.location is not None and found.location.value == place


def test_a_bonus_for_a_certificate_is_no_yearly_bonus() -> None:
    found = read_terms(
        "Your salary will be £38,000 a year. You will be eligible for a pension with a match "
        "up to 6% of pay, a season ticket loan of up to £3,000 per year and a £2,000 "
        "qualification bonus on completing your CIPD Level 5 diploma."
    )
    assert found.bonus_amount is None


def test_a_dollar_in_a_letter_from_canada_is_canadian() -> None:
    found = read_terms(
        "Maritime Freightways Ltd., 40 Water Street, Saint John, NB E2L 1A1\n\n"
        "Base salary: $74,000 per year\n"
    )
    assert found.currency is not None and found.currency.value == "CAD"


def test_a_us_letter_that_mentions_canada_keeps_us_dollars() -> None:
    found = read_terms(
        "Harbor Analytics, 500 Pine Street, Seattle, WA\n\nBase salary: $96,000 per year\n"
        "You will work closely with our Canadian customers."
    )
    assert found.currency is not None and found.currency.value == "USD"


def test_a_mail_without_a_pasted_letter_is_dated_when_sent() -> None:
    found = read_terms(
        "From: Ana Ruiz <ana@firm.example>\nTo: Sam Hale <sam@mail.example>\n"
        "Subject: Offer\nDate: 3 March 2027\n\nDear Sam,\n\nWe are pleased to offer you the "
        "role of Buyer at a salary of $58,000 a year.\n\nYour first day:\n\n"
        "12 April 2027\n"
    )
    assert found.letter_date is not None and found.letter_date.value is not None
    assert found.letter_date.value.isoformat() == "2027-03-03"
