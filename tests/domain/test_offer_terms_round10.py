"""Round ten of the letter reader: each kind of wrong value (and of blank) found on the
eighteenth and nineteenth batches, tested with sentences of that kind written here (not the
corpus's own)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from jobdesk.domain.offer_terms import read_terms
from jobdesk.domain.offers import Period
from jobdesk.domain.towns import town_of_district

# --- a district joined to its town is worked in that town (a settled convention) ----------


@pytest.mark.parametrize(
    ("written", "town"),
    [
        ("Hamburg-Harburg", "Hamburg"),  # a borough of a city of millions
        ("Essen-Kettwig", "Essen"),
        ("Frankfurt-Höchst", "Frankfurt"),
        ("Berlin-Charlottenburg", "Berlin"),  # listed as a name of its own, yet a district
        ("Rotterdam Zuid", "Rotterdam"),  # joined by a space and one word
    ],
)
def test_a_district_joined_to_its_city_gives_the_city(written: str, town: str) -> None:
    assert town_of_district(written) == town


@pytest.mark.parametrize(
    "written",
    [
        "Bietigheim-Bissingen",  # two towns grown into one, neither a city over the other
        "Garmisch-Partenkirchen",
        "Neu-Ulm",  # its first part is no town
        "Clermont-Ferrand",  # a small namesake first: the whole is the larger town
        "Issy-les-Moulineaux",
        "Newcastle upon Tyne",
        "Palo Alto",  # a town's name of two words
        "Washington DC",  # a district's letters, not a district
        "Mülheim-Kärlich",  # a small town beside a city of the same first name
    ],
)
def test_a_town_of_two_parts_stays_whole(written: str) -> None:
    assert town_of_district(written) == written


def test_a_district_under_its_label_gives_the_town() -> None:
    found = read_terms("Arbeitsort: Düsseldorf-Oberkassel\nBeginn: 1. März 2027\n")
    assert found.location is not None and found.location.value == "Düsseldorf"


def test_a_district_in_a_sentence_gives_the_town() -> None:
    found = read_terms("Vous travaillerez dans nos bureaux de Marseille-Euroméditerranée.\n")
    assert found.location is not None and found.location.value == "Marseille"


# --- a remote role's country, in any words, as the letter writes it -----------------------


@pytest.mark.parametrize(
    ("row", "place"),
    [
        ("Work location: Remote, open to residents of Canada only", "Remote (Canada)"),
        ("Location: Remote – you must live in the UK", "Remote (UK)"),
        ("Arbeitsort: remote aus ganz Deutschland", "Remote (Deutschland)"),
        ("Einsatzort: remote innerhalb Österreichs", "Remote (Österreich)"),
        # Trimmed to its country since round eleven, as b23_14's truth and h23's settled one.
        ("Location: Remote (anywhere in the US)", "Remote (US)"),
    ],
)
def test_a_remote_role_keeps_its_country_as_written(row: str, place: str) -> None:
    found = read_terms(f"{row}\nStart date: 4 January 2027\n")
    assert found.location is not None and found.location.value == place


def test_a_country_written_short_is_not_spelt_out() -> None:
    found = read_terms("Location: Remote - anywhere in the US\n")
    assert found.location is not None and found.location.value == "Remote (US)"


# --- titles -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        (
            "Nous avons le plaisir de vous proposer le poste de Chargée relations presse, "
            "à temps plein.",
            "Chargée relations presse",
        ),
        (
            "Vous rejoindrez l'entreprise en qualité de Technicien support confirmé au sein "
            "de la DSI.",
            "Technicien support confirmé",
        ),
    ],
)
def test_a_french_title_goes_on_in_lower_case_after_its_capitalised_noun(
    sentence: str, title: str
) -> None:
    found = read_terms(sentence + "\n")
    assert found.title is not None and found.title.value == title


@pytest.mark.parametrize(
    "sentence",
    [
        "We are delighted to offer you the position of Data Analyst (Entry Level) in Leeds.",
        "Welcome aboard as a Product Designer (University Grad)!",
    ],
)
def test_a_career_stage_in_brackets_is_no_part_of_the_title(sentence: str) -> None:
    found = read_terms(sentence + "\n")
    assert found.title is not None
    assert found.title.value in ("Data Analyst", "Product Designer")


# --- one-off payments ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "row",
    [
        "Behoudpremie: € 1.500 bruto na 18 maanden in dienst",
        "Treuebonus: 2.500 € brutto nach zwei Jahren Betriebszugehörigkeit",
        "Prime de fidélité : 1 800 € versée après 12 mois de présence",
    ],
)
def test_a_payment_for_staying_is_no_yearly_bonus(row: str) -> None:
    found = read_terms(f"{row}\nBonus: none\n")
    assert found.bonus_amount is None
    assert found.sign_on is None


def test_a_sign_on_in_two_parts_without_a_determiner_is_added_up() -> None:
    found = read_terms(
        "Joining bonus: INR 2,50,000 payable with first month's salary and INR 1,50,000 "
        "after completion of six months\n"
    )
    assert found.sign_on is not None and found.sign_on.value == Decimal("400000")
    assert found.base is None


# --- blanks: places told in more ways ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # A town and its district's number, then its street, under a label.
        ("Dienstort: Graz 2., Leonhardstraße 14\n", "Graz"),
        ("Lieu de travail : Lyon 7e, 12 avenue Jean Jaurès\n", "Lyon"),
        # A site's kind before its town, under a label.
        ("Lieu de travail : site de Colomiers (Toulouse Métropole)\n", "Colomiers"),
        ("Location: our Austin, TX office (three days a week)\n", "Austin, TX"),
        # A remote post in French under a label, with its country.
        ("Lieu : télétravail intégral, depuis la Belgique\n", "Télétravail (Belgique)"),
    ],
)
def test_a_place_under_its_label_told_with_more_words(text: str, place: str) -> None:
    found = read_terms(text)
    assert found.location is not None and found.location.value == place


def test_the_hague_keeps_its_article() -> None:
    found = read_terms("Location: The Hague, Netherlands\n")
    assert found.location is not None and found.location.value == "The Hague"


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        (
            "Your normal place of work will be our office at 200 Clarendon Street, Boston, MA.",
            "Boston, MA",
        ),
        ("Tu travailleras à notre bureau du Vieux-Port à Marseille.", "Marseille"),
        ("Je werkplek wordt ons kantoor op De Hoek in Hoofddorp.", "Hoofddorp"),
    ],
)
def test_a_place_in_a_sentence_told_through_a_street_or_a_quarter(
    sentence: str, place: str
) -> None:
    found = read_terms(sentence + "\n")
    assert found.location is not None and found.location.value == place


# --- blanks: a numeric date settled by its weekday -----------------------------------------


@pytest.mark.parametrize(
    ("row", "day"),
    [
        ("Start date: Tuesday, 03/02/2027", date(2027, 3, 2)),  # 3 February is a Wednesday
        ("Date d'entrée : lundi 01/02/2027", date(2027, 2, 1)),
        ("Startdatum: maandag 04/01/2027", date(2027, 1, 4)),
    ],
)
def test_a_date_that_reads_two_ways_is_settled_by_the_weekday_it_names(row: str, day: date) -> None:
    found = read_terms(row + "\n")
    assert found.start is not None and found.start.value == day


def test_a_weekday_that_fits_neither_reading_settles_nothing() -> None:
    found = read_terms("Start date: Sunday, 02/01/2027\n")  # a Saturday or a Monday
    assert found.start is not None and found.start.value is None
    assert found.start.choices == (date(2027, 1, 2), date(2027, 2, 1))


# --- blanks: vesting and cliffs told in more ways ------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "years", "cliff"),
    [
        (
            "Options: 8,000 share options vesting over four years in equal annual instalments.",
            4,
            12,
        ),
        (
            "RSUs: 900 units, vesting 10% / 20% / 30% / 40% at the end of years 1, 2, 3 and 4.",
            4,
            12,
        ),
        ("Actions gratuites : 500 actions, acquisition sur 3 ans après un an (cliff).", 3, 12),
        (
            "U ontvangt 1.200 certificaten; deze verkrijgt u over een periode van drie jaar, "
            "de eerste 25% na twaalf maanden.",
            3,
            12,
        ),
    ],
)
def test_vesting_and_its_cliff_told_in_more_ways(sentence: str, years: int, cliff: int) -> None:
    found = read_terms(sentence + "\n")
    assert found.vesting_years is not None and found.vesting_years.value == years
    assert found.cliff_months is not None and found.cliff_months.value == cliff


# --- blanks: labels and words in more languages --------------------------------------------


def test_a_french_monthly_figure_after_the_yearly_one_is_no_second_salary() -> None:
    found = read_terms(
        "Salaire : 52 000 € bruts annuels sur 13 mois, soit 4 000 € bruts par mois\n"
    )
    assert found.base is not None and found.base.value == Decimal("52000")
    assert found.period is not None and found.period.value is Period.YEAR


def test_a_dutch_wage_by_the_month_under_its_label() -> None:
    found = read_terms("Vast maandloon: € 3.950,00\n")
    assert found.base is not None and found.base.value == Decimal("3950.00")
    assert found.period is not None and found.period.value is Period.MONTH


def test_a_french_bonus_whose_kind_comes_after_it() -> None:
    found = read_terms("Bonus cible annuel\nEUR 7 500 selon les résultats\n")
    assert found.bonus_amount is not None and found.bonus_amount.value == Decimal("7500")


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Expected DOJ: 15th March 2027\n", date(2027, 3, 15)),
        (
            "Lyon, le 2 décembre 2026\nVotre entrée en service aura lieu le 4 janvier 2027.\n",
            date(2027, 1, 4),
        ),
    ],
)
def test_a_start_told_as_a_date_of_joining_or_an_entree_en_service(text: str, day: date) -> None:
    found = read_terms(text)
    assert found.start is not None and found.start.value == day


def test_a_dutch_signed_copy_wanted_back_within_days_is_the_deadline() -> None:
    found = read_terms(
        "Eindhoven, 1 december 2026\n"
        "Graag ontvangen wij de getekende kopie binnen 7 dagen na dagtekening.\n"
    )
    assert found.deadline is not None and found.deadline.value == date(2026, 12, 8)


# --- blanks: a numeric date in a letter not written in English -----------------------------


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Nous avons le plaisir de vous confirmer votre embauche au sein de la société. "
            "Votre date de prise de poste est fixée au 02/03/2027, à votre arrivée sur le site "
            "de Nantes. Le contrat est un CDI à temps plein avec une période d'essai de quatre "
            "mois.\n",
            date(2027, 3, 2),
        ),
        (
            "Wir freuen uns, Ihnen die Stelle anzubieten. Ihr Eintritt ist für den 04/01/2027 "
            "vorgesehen, die Probezeit beträgt sechs Monate und wir sind mit Ihnen im Gespräch "
            "über die Details des Vertrags.\n",
            date(2027, 1, 4),
        ),
    ],
)
def test_a_letter_not_in_english_writes_the_day_first(text: str, day: date) -> None:
    found = read_terms(text)
    assert found.start is not None and found.start.value == day


def test_an_english_letter_still_offers_both_readings() -> None:
    found = read_terms(
        "We are delighted to offer you the role. Your start date will be 02/03/2027, and you "
        "will report to the head of the team for your first weeks with us.\n"
    )
    assert found.start is not None and found.start.value is None
    assert found.start.choices == (date(2027, 3, 2), date(2027, 2, 3))


# --- blanks: a title on its own line under "… gerne als" -----------------------------------


def test_a_title_on_its_own_line_under_a_sentence_ending_in_als() -> None:
    found = read_terms(
        "Wir möchten dich ab März gerne als\n\n    Sachbearbeiterin Einkauf\n\nbei uns begrüßen.\n"
    )
    assert found.title is not None and found.title.value == "Sachbearbeiterin Einkauf"


def test_a_line_below_as_that_names_no_role_is_no_title() -> None:
    found = read_terms(
        "Please find enclosed the contract for you as\n\nthe new owner of the flat\n"
    )
    assert found.title is None


def test_a_town_then_its_country_and_a_note_is_no_street() -> None:
    found = read_terms("Location: Leeds, England (2 days a week in the office)\n")
    assert found.location is not None and found.location.value == "Leeds, England"


@pytest.mark.parametrize(
    "sentence",
    [
        "De 3.000 aandelenopties worden over vier jaar opgebouwd; het eerste kwart komt vrij "
        "na twaalf maanden.",
        "Your 2,400 RSUs vest over four years, with one-quarter vesting on the one-year "
        "anniversary of your start date.",
    ],
)
def test_a_four_year_vest_with_its_first_quarter_after_a_year(sentence: str) -> None:
    found = read_terms(sentence + "\n")
    assert found.vesting_years is not None and found.vesting_years.value == 4
    assert found.cliff_months is not None and found.cliff_months.value == 12
