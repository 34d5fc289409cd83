"""Round three of the letter reader: each kind of miss found on the third batch, tested
with sentences of that kind written here (not the corpus's own)."""

from __future__ import annotations

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
