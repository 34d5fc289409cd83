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
