"""Round six of the letter reader: each kind of wrong value found on the eighth and ninth
batches, tested with sentences of that kind written here (not the corpus's own)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from jobdesk.domain.offer_terms import read_terms


@pytest.mark.parametrize(
    ("text", "pay", "shown"),
    [
        (
            "Your base salary will be EUR 82,000 per year. You will also receive restricted "
            "stock units worth USD 40,000, vesting over four years.",
            "EUR",
            "USD 40,000",
        ),
        (
            "Ihr Jahresgehalt beträgt CHF 140'000. Zusätzlich erhalten Sie Aktien im Wert "
            "von $25,000, die über drei Jahre vesten.",
            "CHF",
            "USD 25,000",
        ),
    ],
)
def test_a_grant_worth_only_in_another_currency_is_left_blank(
    text: str, pay: str, shown: str
) -> None:
    found = read_terms(text)
    assert found.currency is not None and found.currency.value == pay
    assert found.equity_value is None
    note = found.unsure_note("equity_value")
    assert shown in note and pay in note


def test_a_grant_worth_also_given_in_the_pay_currency_is_that_figure() -> None:
    found = read_terms(
        "Your salary is SGD 150,000 per annum. You will be granted RSUs worth USD 60,000 "
        "(approximately SGD 80,000), vesting over four years."
    )
    assert found.equity_value is not None and found.equity_value.value == Decimal(80000)


def test_a_grant_in_the_pay_currency_is_kept() -> None:
    found = read_terms(
        "Your base salary will be USD 130,000 per year, and you will receive RSUs worth "
        "$50,000 vesting over four years."
    )
    assert found.equity_value is not None and found.equity_value.value == Decimal(50000)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Nous avons le plaisir de vous proposer le poste de Responsable de rayon frais "
            "au sein de notre magasin de Rennes.",
            "Responsable de rayon frais",
        ),
        (
            "Vous rejoindrez l'agence en qualité de Chargé de mission patrimoine, statut cadre.",
            "Chargé de mission patrimoine",
        ),
        ("Nous vous proposons le poste de Chef de cuisine de notre brasserie.", "Chef de cuisine"),
    ],
)
def test_a_french_title_goes_on_in_lower_case_after_de(text: str, title: str) -> None:
    found = read_terms(text)
    assert found.title is not None and found.title.value == title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # From round eight, a team after the title row's comma stays (settled in round seven).
        ("Position: Data Engineer, Team Checkout", "Data Engineer, Team Checkout"),
        (
            "Stelle: Frontend-Entwicklerin, Squad Onboarding",
            "Frontend-Entwicklerin, Squad Onboarding",
        ),
        ("Poste : comptable fournisseurs, en CDD", "comptable fournisseurs"),
    ],
)
def test_a_contract_after_the_title_is_left_out_and_a_team_kept(text: str, title: str) -> None:
    found = read_terms(text)
    assert found.title is not None and found.title.value == title


def test_a_remote_role_open_to_residents_of_a_country_keeps_it() -> None:
    found = read_terms(
        "The position is fully remote and open to residents of Ireland; you will work from home."
    )
    assert found.location is not None and found.location.value == "Remote (Ireland)"


@pytest.mark.parametrize(
    "text",
    [
        "Your salary is EUR 60,000 per year. Für jede erfolgreiche Empfehlung einer neuen "
        "Kollegin zahlen wir einen Bonus von 1.500 €.",
        "Your salary is GBP 48,000 per year. For each successful referral of a friend we pay "
        "a bonus of £1,000.",
        "Jahreslohn: CHF 118'000\nTreueprämie: CHF 5'000 nach zwei Jahren",
    ],
)
def test_a_referral_or_loyalty_payment_is_not_the_bonus(text: str) -> None:
    assert read_terms(text).bonus_amount is None


def test_a_payout_rating_is_not_the_bonus_share() -> None:
    found = read_terms("Annual variable pay: USD 12,000 at 100% performance rating.")
    assert found.bonus_percent is None
    assert found.bonus_amount is not None and found.bonus_amount.value == Decimal(12000)


@pytest.mark.parametrize(
    ("text", "base", "currency"),
    [
        (
            "Annual base salary: EUR 96,000\nYour present salary in Australia (AUD 190,000 per "
            "year) was taken into account in arriving at this package.",
            96000,
            "EUR",
        ),
        (
            "Ihr bisheriges Jahresgehalt von CHF 120'000 haben wir berücksichtigt. Ihr neues "
            "Jahresgehalt beträgt EUR 88.000.",
            88000,
            "EUR",
        ),
    ],
)
def test_the_candidates_current_pay_is_not_the_offer(text: str, base: int, currency: str) -> None:
    found = read_terms(text)
    assert found.base is not None and found.base.value == Decimal(base)
    assert found.currency is not None and found.currency.value == currency


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Sie arbeiten an unserem Standort München-Allach.", "München"),
        # Since round ten's settled convention, a district is its town under a label too.
        ("Ihr Arbeitsort ist München-Allach.", "München"),
    ],
)
def test_a_site_named_by_city_and_district_gives_the_city(text: str, town: str) -> None:
    found = read_terms(text)
    assert found.location is not None and found.location.value == town


@pytest.mark.parametrize(
    ("text", "town"),
    [
        (
            "You will join us as Shift Engineer at our Sanand plant, Ahmedabad, reporting to "
            "the Production Head.",
            "Ahmedabad",
        ),
        ("You will work at our Hosur factory, Bengaluru.", "Bengaluru"),
    ],
)
def test_a_site_town_then_the_city_after_its_comma_gives_the_city(text: str, town: str) -> None:
    found = read_terms(text)
    assert found.location is not None and found.location.value == town


@pytest.mark.parametrize(
    ("text", "base"),
    [
        (
            "Our previous letter offered you a salary of GBP 64,000 per year. Your annual base "
            "salary will now be GBP 69,000.",
            69000,
        ),
        (
            "Fixed salary (earlier offer): INR 18,00,000 per annum\n"
            "Fixed salary (revised): INR 19,50,000 per annum",
            1950000,
        ),
    ],
)
def test_a_revised_offer_gives_the_new_figure_never_the_old(text: str, base: int) -> None:
    found = read_terms(text)
    assert found.base is not None and found.base.value == Decimal(base)


@pytest.mark.parametrize(
    ("text", "base"),
    [
        (
            "Your salary will be £29,500 per annum, rising to £31,000 per annum after "
            "successful completion of your probationary period.",
            29500,
        ),
        (
            "Salary during probation: EUR 3,200 per month\n"
            "Salary after the six-month probation: EUR 3,400 per month",
            3200,
        ),
        (
            "Ihr Monatsgehalt beträgt in der Probezeit 3.900 € brutto. Nach der Probezeit "
            "zahlen wir Ihnen ein Monatsgehalt von 4.100 € brutto.",
            3900,
        ),
        (
            "Salaire : 2 300 € brut mensuel pendant la période d'essai, puis 2 450 € brut mensuel.",
            2300,
        ),
    ],
)
def test_the_pay_after_probation_is_not_the_starting_salary(text: str, base: int) -> None:
    found = read_terms(text)
    assert found.base is not None and found.base.value == Decimal(base)


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("You will be based at our Whitefield office, Bengaluru.", "Bengaluru"),
        ("You will work from our London office, reporting to the CFO.", "London"),
        ("We offer you a post at our Doncaster depot.", "Doncaster"),
        ("You will work at our Derby plant.", "Derby"),
    ],
)
def test_a_works_depot_or_office_names_its_town(text: str, town: str) -> None:
    found = read_terms(text)
    assert found.location is not None and found.location.value == town


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Place of work: Swindon Fulfilment Centre", "Swindon"),
        ("Location: Crewe depot", "Crewe"),
        ("Location: Washington, DC", "Washington, DC"),
    ],
)
def test_a_site_kind_after_the_town_under_its_label_is_left_out(text: str, town: str) -> None:
    found = read_terms(text)
    assert found.location is not None and found.location.value == town


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Your role will be Head of Data, based in Leeds.", "Head of Data"),
        (
            "Your designation will be Deputy Manager and you will report to the Plant Head.",
            "Deputy Manager",
        ),
        (
            "Gerne bieten wir Ihnen die Stelle Teamleiterin Einkauf an unserem Standort Kassel an.",
            "Teamleiterin Einkauf",
        ),
    ],
)
def test_a_title_told_as_what_the_role_is(text: str, title: str) -> None:
    found = read_terms(text)
    assert found.title is not None and found.title.value == title


def test_a_role_said_to_be_remote_has_no_title() -> None:
    assert read_terms("The role is remote.").title is None


def test_a_base_office_names_the_place_of_work() -> None:
    found = read_terms("Your contractual office will be Reading, with travel to clients.")
    assert found.location is not None and found.location.value == "Reading"
