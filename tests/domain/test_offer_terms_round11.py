"""Round eleven of the letter reader: each kind of wrong value (and of blank) found on the
twentieth to twenty-third batches, tested with sentences of that kind written here (not the
corpus's own)."""

from __future__ import annotations

import pytest

from jobdesk.domain.offer_terms import read_terms

# --- a team or unit in brackets after the title is not the title (a settled convention) ----


@pytest.mark.parametrize(
    ("line", "title"),
    [
        (
            "Position: Sachbearbeiter Lohnbuchhaltung (Abteilung Personal)",
            "Sachbearbeiter Lohnbuchhaltung",
        ),
        ("Functie: Data Analist (team Klantinzicht)", "Data Analist"),
        ("Poste : Cheffe de projet (équipe Mobilité)", "Cheffe de projet"),
        ("Role: iOS Engineer (Checkout squad)", "iOS Engineer"),
        ("Role: Site Reliability Engineer (Core Infrastructure team)", "Site Reliability Engineer"),
    ],
)
def test_a_team_in_brackets_leaves_the_title(line: str, title: str) -> None:
    found = read_terms(f"{line}\nStart date: 1 March 2027\n")
    assert found.title is not None and found.title.value == title


@pytest.mark.parametrize(
    "line",
    [
        "Role: Support Engineer (Team Lead)",  # a rank, not a team
        "Role: Backend Developer (Go)",  # what the post works in
    ],
)
def test_a_bracket_naming_no_team_stays(line: str) -> None:
    found = read_terms(f"{line}\nStart date: 1 March 2027\n")
    assert found.title is not None and found.title.value == line.removeprefix("Role: ")


def test_a_team_after_the_comma_stays_though_a_company_ends_with_its_word() -> None:
    found = read_terms(
        "We are pleased to offer you the role of Data Engineer, Atlas at Lakeside Atlas Ltd.\n"
    )
    assert found.title is not None and found.title.value == "Data Engineer, Atlas"


def test_a_company_of_that_one_word_is_still_no_team() -> None:
    found = read_terms(
        "We are pleased to offer you the role of Data Engineer, Atlas, at Atlas Ltd.\n"
    )
    assert found.title is not None and found.title.value == "Data Engineer"


def test_a_french_title_after_a_curly_apostrophe() -> None:
    found = read_terms(
        "Nous vous proposons de rejoindre en qualité d’Analyste Risques Senior, statut cadre.\n"
    )
    assert found.title is not None and found.title.value == "Analyste Risques Senior"


# --- a revised offer's table beside the earlier one: the new column -----------------------


def test_a_revision_table_whose_headings_carry_dates_gives_the_new_terms() -> None:
    text = (
        "| Term | Original (3 Nov) | Revised (12 Nov) |\n"
        "|---|---|---|\n"
        "| Title | Product Manager | Product Manager |\n"
        "| Base salary | €80,000 | €86,000 |\n"
        "| Start date | 1 February 2027 | 15 February 2027 |\n"
    )
    found = read_terms(text)
    assert found.title is not None and found.title.value == "Product Manager"
    assert found.base is not None and found.base.value == 86000
    assert found.start is not None and str(found.start.value) == "2027-02-15"


# --- places -----------------------------------------------------------------------------


def test_a_german_works_before_its_town_and_district_gives_the_town() -> None:
    found = read_terms("Arbeitsort: Werk Hamburg-Finkenwerder, Kreetslag 10\n")
    assert found.location is not None and found.location.value == "Hamburg"


def test_a_us_address_under_its_label_keeps_the_state_not_the_zip() -> None:
    found = read_terms("Work location: Building 4, 700 Mill Road, Plano, TX 75024\n")
    assert found.location is not None and found.location.value == "Plano, TX"


def test_remote_in_brackets_with_words_gives_the_country() -> None:
    found = read_terms("Location: Remote (anywhere in South Africa), with a yearly meet-up\n")
    assert found.location is not None and found.location.value == "Remote (South Africa)"


def test_a_bare_remote_label_takes_its_country_from_the_letter() -> None:
    text = (
        "Location: Remote\n\nThis role is fully remote. You need to live in Canada while "
        "you work for us.\n"
    )
    found = read_terms(text)
    assert found.location is not None and found.location.value == "Remote (Canada)"


def test_a_fully_remote_role_is_not_its_managers_town() -> None:
    text = (
        "The position is fully remote; you must live and be eligible to work in the "
        "United Kingdom. Your manager's team sits in our Leeds office.\n"
    )
    found = read_terms(text)
    assert found.location is not None and found.location.value == "Remote (United Kingdom)"


def test_a_posting_that_may_come_later_is_not_the_place_of_work() -> None:
    text = (
        "We are pleased to offer you the role of Test Engineer at our Pune engineering "
        "centre. After a year you may be deputed to the client site in Lyon.\n"
    )
    found = read_terms(text)
    assert found.location is not None and found.location.value == "Pune"
