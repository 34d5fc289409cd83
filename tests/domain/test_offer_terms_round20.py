"""Round twenty of the letter reader: kinds of blank or wrong value left in the corpus,
each tested with sentences of that kind written here (not the corpus's own)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from jobdesk.domain.offer_terms import Period, read_letter, read_terms

# --- a public servant's "traitement" -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "amount", "period"),
    [
        ("Traitement mensuel brut\t3 912,40 € (indexé)\nLieu d'affectation\tLiège", "3912.40", "m"),
        ("Traitement annuel brut : 51 200 €\nEntrée en fonction : 1er février 2027", "51200", "y"),
        ("Votre traitement mensuel brut s'élèvera à 3 480 € à l'index actuel.", "3480", "m"),
    ],
)
def test_a_public_servants_traitement_is_the_salary(text: str, amount: str, period: str) -> None:
    found = read_terms(text)
    assert found.base is not None and found.base.value == Decimal(amount)
    assert found.period is not None
    assert found.period.value == (Period.MONTH if period == "m" else Period.YEAR)


def test_the_processing_of_personal_data_is_no_salary() -> None:
    found = read_terms(
        "Le traitement de vos données personnelles est décrit dans notre politique (version 3).\n"
        "Vous percevrez des chèques-repas de 8 € par jour presté."
    )
    assert found.base is None


# --- places -----------------------------------------------------------------------------


def test_the_head_office_of_a_town_under_the_place_label_is_that_town() -> None:
    found = read_terms("Fonction\tAnalyste budgétaire\nLieu d'affectation\tSiège de Charleroi\n")
    assert found.location is not None and found.location.value == "Charleroi"


def test_the_unit_one_joins_then_its_town_is_the_place_of_work() -> None:
    found = read_terms(
        "Banque Ferrière SA, Lausanne\n\n"
        "Nous avons le plaisir de vous engager en qualité d'Analyste crédit, au sein de notre "
        "département Financements à Lausanne."
    )
    assert found.location is not None and found.location.value == "Lausanne"


def test_a_unit_with_no_town_after_it_gives_no_place() -> None:
    found = read_terms("Vous travaillerez au sein de notre équipe Paiements à distance.")
    assert found.location is None


# --- vesting written in Dutch -----------------------------------------------------------


def test_a_quarter_after_the_first_year_of_service_in_dutch_is_a_twelve_month_cliff() -> None:
    found = read_terms(
        "Opties\t2.000 opties\nVesting\t36 maanden, waarvan 25% na het eerste dienstjaar, "
        "daarna maandelijks"
    )
    assert found.cliff_months is not None and found.cliff_months.value == 12
    assert found.vesting_years is not None and found.vesting_years.value == Decimal(3)


def test_a_third_on_each_anniversary_in_dutch_is_a_twelve_month_cliff() -> None:
    found = read_terms(
        "Warrants\t900 warrants, verworven over 3 jaar, telkens een derde op de verjaardag "
        "van je indiensttreding"
    )
    assert found.cliff_months is not None and found.cliff_months.value == 12


# --- how long an offer stays open -------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Dit aanbod staat open tot en met donderdag 10 december 2026.",
        "Ons voorstel blijft geldig tot 10 december 2026.",
        "Das Angebot steht Ihnen bis zum 10. Dezember 2026 offen.",
        "L'offre reste ouverte jusqu'au 10 décembre 2026.",
    ],
)
def test_how_long_an_offer_stays_open_is_its_reply_deadline(sentence: str) -> None:
    found = read_terms(f"Eindhoven, 20 november 2026\n\n{sentence}")
    assert found.deadline is not None and found.deadline.value == date(2026, 12, 10)


# --- a start told with the place ---------------------------------------------------------


def test_working_somewhere_from_a_day_is_the_start() -> None:
    found = read_terms(
        "Vous exercerez vos fonctions dans nos bureaux de Wavre, à partir du lundi 5 avril 2027."
    )
    assert found.start is not None and found.start.value == date(2027, 4, 5)


# --- a bonus named, then an aside, then its target --------------------------------------


def test_a_bonus_with_a_bracketed_aside_before_its_target_is_the_bonus() -> None:
    found = read_terms(
        "Vous participerez au plan de bonus collectif lié aux résultats (CCT 90), dont le "
        "montant cible est de 1 900 € brut par an.\n"
        "Votre rémunération annuelle brute sera de 61 000 €."
    )
    assert found.bonus_amount is not None and found.bonus_amount.value == Decimal(1900)
    assert found.base is not None and found.base.value == Decimal(61000)


# --- a two-column page's date line ------------------------------------------------------


def test_a_date_line_with_the_other_columns_words_beside_it_is_the_letters_date() -> None:
    found = read_terms(
        "Assurances Delvaux SA\n\n"
        "Namur, le 24 novembre 2026       Directrice des Ressources humaines\n"
        "Notre réf. : RH/2026/117\n\n"
        "Nous vous prions de nous retourner la présente dans les 10 jours."
    )
    assert found.letter_date is not None and found.letter_date.value == date(2026, 11, 24)
    assert found.deadline is not None and found.deadline.value == date(2026, 12, 4)


# --- a state after a town, in any country -----------------------------------------------


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("Place of posting: Plot 14, Sector 5, Salt Lake, Kolkata, West Bengal 700091", None),
        ("Work location: Phase II, Electronics City, Bengaluru, Karnataka 560100", None),
        ("Place of posting: Indore, Madhya Pradesh", "Indore, Madhya Pradesh"),
        ("Lugar de trabajo: Guadalajara, Jalisco", "Guadalajara, Jalisco"),
    ],
)
def test_a_state_written_after_the_town_stays(line: str, place: str | None) -> None:
    found = read_terms(f"{line}\nJoining date: 4 January 2027")
    assert found.location is not None
    if place is None:  # the state stays, the PIN code does not
        town, state = line.rsplit(", ", 2)[-2], line.rsplit(", ", 1)[-1].rsplit(" ", 1)[0]
        place = f"{town}, {state}"
    assert found.location.value == place


# --- a total that is the fixed pay with the bonus at target added --------------------------


def test_a_total_ctc_that_adds_the_target_variable_is_not_the_base() -> None:
    found = read_terms(
        "Your annual Cost to Company is set out below.\n"
        "A. Fixed pay\t18,00,000\n"
        "B. Variable pay at target\t1,80,000\n"
        "Total CTC (A + B)\t19,80,000\n\n"
        "The fixed pay of ₹ 18,00,000 per annum is paid monthly. Variable pay is 10% of fixed "
        "pay at target."
    )
    assert found.base is not None and found.base.value == Decimal(1800000)
    assert found.currency is not None and found.currency.value == "INR"


def test_a_yearly_total_with_the_target_bonus_added_leaves_the_fixed_salary() -> None:
    found = read_terms(
        "- Jahresgrundgehalt: 90.000 € brutto\n"
        "- Zielbonus: 10.000 € bei 100 % Zielerreichung\n"
        "- Zieleinkommen: 100.000 € brutto im Jahr\n"
    )
    assert found.base is not None and found.base.value == Decimal(90000)


def test_two_yearly_figures_that_differ_by_no_bonus_stay_for_the_user() -> None:
    found = read_terms(
        "Annual base salary: $140,000.\n\nYour salary will be $150,000 per year.\n\n"
        "Target bonus: 15% of base salary."
    )
    assert found.base is None
    assert any(u.term == "base" for u in found.unsure)


# --- cliffs and vesting told in other words -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "cliff", "years"),
    [
        (
            "Grant: 800 RSUs. Vesting: 4 years, 25% at the one-year anniversary, then quarterly",
            12,
            4,
        ),
        (
            "Vous recevrez 2 000 BSPCE, acquis sur quatre ans : aucun droit ne sera acquis avant "
            "le premier anniversaire de votre arrivée.",
            12,
            4,
        ),
        (
            "You will be granted 6,000 options vesting over 4 years. 12.5% of the shares vest "
            "once you have completed six months of service, the rest monthly.",
            6,
            4,
        ),
        (
            "You are granted 1,200 options. Twenty-five per cent of the options vest on the first "
            "anniversary of your start; the remaining seventy-five per cent vest in 36 equal "
            "monthly instalments.",
            12,
            4,
        ),
        (
            "Vous recevrez 900 BSPCE, acquis sur 3 ans. Un tiers est acquis à l'issue des 12 "
            "premiers mois de présence, le reste par trimestre.",
            12,
            3,
        ),
    ],
)
def test_a_first_part_vesting_after_a_wait_is_the_cliff(text: str, cliff: int, years: int) -> None:
    found = read_terms(text)
    assert found.cliff_months is not None and found.cliff_months.value == cliff
    assert found.vesting_years is not None and found.vesting_years.value == Decimal(years)


def test_monthly_parts_from_the_start_give_the_years_and_no_cliff() -> None:
    found = read_terms(
        "Phantom shares\t800 phantom shares\nVesting\tin 24 gelijke maandelijkse delen"
    )
    assert found.vesting_years is not None and found.vesting_years.value == Decimal(2)
    assert found.cliff_months is None


def test_a_schedule_table_by_the_year_is_a_twelve_month_cliff() -> None:
    found = read_terms(
        "You will be granted 2,000 stock options vesting over four years as below:\n\n"
        "Vesting date\tPortion vesting\n"
        "1st anniversary of grant\t15%\n2nd anniversary\t25%\n3rd anniversary\t30%\n"
        "4th anniversary\t30%\n"
    )
    assert found.cliff_months is not None and found.cliff_months.value == 12


def test_a_yearly_bonus_table_without_a_grant_gives_no_cliff() -> None:
    found = read_terms("Retention payments:\n\nYear 1\t10%\nYear 2\t15%\n")
    assert found.cliff_months is None


# --- titles ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "I am pleased to offer you the post of Research Associate in Marine Ecology, in the "
            "School of Biosciences.",
            "Research Associate in Marine Ecology",
        ),
        (
            "I am pleased to offer you the post of Research Associate in Oxford.",
            "Research Associate",
        ),
        (
            "Wij bieden je een arbeidsovereenkomst aan voor de functie Medior Data Analist binnen "
            "de afdeling Pricing.",
            "Medior Data Analist",
        ),
        ("Rolle: Teamleiter Backend (m/w/d) im Bereich Zahlungsverkehr", "Teamleiter Backend"),
        (
            "Post: Deputy Manager, Credit Operations (Scale III)",
            "Deputy Manager, Credit Operations",
        ),
    ],
)
def test_a_title_keeps_its_field_and_drops_its_unit_and_scale(text: str, title: str) -> None:
    found = read_terms(text)
    assert found.title is not None and found.title.value == title


def test_a_titles_part_wrapped_onto_the_next_line_is_kept() -> None:
    found = read_terms(
        "We are delighted to offer you the role of\n"
        "Lead Data Scientist, Fraud\n"
        "Detection, reporting to our Head of Data,\n"
        "Ana Ruiz.\n"
    )
    assert found.title is not None and found.title.value == "Lead Data Scientist, Fraud Detection"


# --- deadlines in other words; the cover mail's deadline ----------------------------------


@pytest.mark.parametrize(
    ("text", "due"),
    [
        (
            "Utrecht, 1 december 2026\n\nWij ontvangen het getekende contract graag binnen vijf "
            "werkdagen na dagtekening van deze brief.",
            date(2026, 12, 8),
        ),
        (
            "Utrecht, 1 december 2026\n\nWij ontvangen graag uiterlijk 9 december 2026 je "
            "getekende akkoord.",
            date(2026, 12, 9),
        ),
        (
            "Köln, 1. Dezember 2026\n\nWir würden uns freuen, innerhalb von 5 Arbeitstagen nach "
            "dem Datum dieses Schreibens von Ihnen zu hören.",
            date(2026, 12, 8),
        ),
        (
            "Lille, le 1er décembre 2026\n\nVous voudrez bien me faire connaître votre réponse "
            "sous huitaine.",
            date(2026, 12, 9),
        ),
    ],
)
def test_a_reply_asked_for_in_other_words_is_the_deadline(text: str, due: date) -> None:
    found = read_terms(text)
    assert found.deadline is not None and found.deadline.value == due


def test_the_cover_mails_deadline_fills_the_letters_blank() -> None:
    mail = (
        "Date: 1 December 2026\n\nHi Dev,\n\nThe letter is attached. We would need the signed "
        "offer back by Friday, 11 December 2026.\n"
    )
    letter = (
        "1 December 2026\n\nDear Dev,\n\nWe are pleased to offer you the position of Data "
        "Engineer.\nFixed CTC: ₹ 30,00,000 per annum\nDate of joining: 4 January 2027\n"
    )
    found = read_letter(mail, [letter])
    assert found.base is not None and found.base.value == Decimal(3000000)
    assert found.deadline is not None and found.deadline.value == date(2026, 12, 11)


def test_the_letters_own_deadline_wins_over_the_cover_mails() -> None:
    mail = "Date: 1 December 2026\n\nPlease reply by 18 December 2026.\n"
    letter = (
        "1 December 2026\n\nWe are pleased to offer you the position of Data Engineer.\n"
        "Fixed CTC: ₹ 30,00,000 per annum\nPlease sign and return this letter by 9 December 2026."
    )
    found = read_letter(mail, [letter])
    assert found.deadline is not None and found.deadline.value == date(2026, 12, 9)


# --- a start under its heading; a site then its town ----------------------------------------


def test_a_start_heading_over_a_sentence_with_one_date_gives_the_start() -> None:
    found = read_terms(
        "Start date\n\nWe've pencilled in Monday, February 1, 2027.\n\nBenefits\n\nHealth cover."
    )
    assert found.start is not None and found.start.value == date(2027, 2, 1)


@pytest.mark.parametrize(
    ("line", "town"),
    [
        ("Affectation\tCentre hospitalier Saint-Louis, site de Rennes", "Rennes"),
        ("Werklocatie:\tMartini Ziekenhuis, locatie Groningen", "Groningen"),
        ("Einsatzort: Standort Nord (Klinik am See), Bielefeld", "Bielefeld"),
        ("Location: onsite at our Austin, TX office (Domain Northside), Mon-Thu", "Austin, TX"),
    ],
)
def test_a_site_then_its_town_gives_the_town(line: str, town: str) -> None:
    found = read_terms(line)
    assert found.location is not None and found.location.value == town


# --- round twenty, second part: batch65 to batch68 ----------------------------------------


def test_a_date_far_after_the_reply_date_is_some_other_date() -> None:
    found = read_terms(
        "Lyon, le 1er décembre 2026\n\nMerci de nous faire part de votre décision avant le 11 "
        "décembre 2026. Cette prime est à rembourser si vous quittez la société avant le 28 "
        "février 2028."
    )
    assert found.deadline is not None and found.deadline.value == date(2026, 12, 11)


@pytest.mark.parametrize(
    "side",
    [
        "In addition, the Company will recommend a one-time retention award of 900 RSUs.",
        "A separate retention grant of 900 virtual options is reserved for tech leads.",
        "Une attribution complémentaire de fidélisation (900 BSPCE supplémentaires) est possible.",
    ],
)
def test_a_retention_or_extra_grant_is_not_the_new_hire_grant(side: str) -> None:
    found = read_terms(f"You will be granted 4,000 stock options vesting over four years.\n{side}")
    assert found.equity_units is not None and found.equity_units.value == Decimal(4000)
    assert found.vesting_years is not None and found.vesting_years.value == Decimal(4)


@pytest.mark.parametrize(
    ("line", "town"),
    [
        ("Base office: Leeds\nSalary: £31,000 a year", "Leeds"),
        ("Place of work: Our Manchester office at 1 Spinningfields (hybrid)", "Manchester"),
        ("Lieu de travail\tSite de Lille Euralille, en mode hybride", "Lille"),
        ("Work location: our Kwun Tong studio, Hong Kong (hybrid)", "Hong Kong"),
    ],
)
def test_an_office_or_site_named_by_its_town(line: str, town: str) -> None:
    found = read_terms(line)
    assert found.location is not None and found.location.value == town


@pytest.mark.parametrize(
    ("head", "day"),
    [
        ("Our ref: KAS/HR/2026/0412 27 November 2026", date(2026, 11, 27)),
        ("TCT/HR/OFFER/26-27/4471 1 December 2026 Ms. Anya Rao", date(2026, 12, 1)),
    ],
)
def test_the_one_date_above_the_salutation_is_the_letters(head: str, day: date) -> None:
    found = read_terms(
        f"Kestrel Analytics Ltd\n{head}\n\nDear Anya,\n\nWe are pleased to offer you …"
    )
    assert found.letter_date is not None and found.letter_date.value == day


def test_an_interviews_date_above_the_salutation_is_not_the_letters() -> None:
    found = read_terms(
        "Kestrel Analytics Ltd\nFollowing your interview on 20 November 2026\n\nDear Anya,\n\n"
        "We are pleased to offer you the role."
    )
    assert found.letter_date is None


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "We are pleased to offer you employment with Hollin Retail Group plc as Senior "
            "Analyst, Pricing, reporting to the Head of Data.",
            "Senior Analyst, Pricing",
        ),
        (
            "It is my pleasure to offer you the chance to join Quarry Labs, Inc. as Director of "
            "Platform.",
            "Director of Platform",
        ),
        (
            "Wir freuen uns, Ihnen einen Ausbildungsplatz im Ausbildungsberuf Mechatroniker "
            "(m/w/d) anzubieten.",
            "Mechatroniker",
        ),
        ("Poste et statut : Chargée d'affaires (statut cadre), position 2.1", "Chargée d'affaires"),
        (
            "Rolle: Teamleiter Data – du führst zwei Teams mit zusammen neun Leuten",
            "Teamleiter Data",
        ),
        ("- Title: **Staff Engineer** (IC track, level S3 internally)", "Staff Engineer"),
        ("Poste : Chargé(e) de marketing (alternance)", "Chargé(e) de marketing"),
        (
            "I am pleased to confirm our offer for the position of Senior\n\n\n"
            "  Data Engineer in the Grid team.",
            "Senior Data Engineer",
        ),
    ],
)
def test_titles_of_round_twenty_second_part(text: str, title: str) -> None:
    found = read_terms(text)
    assert found.title is not None and found.title.value == title


@pytest.mark.parametrize(
    ("line", "sign_on", "bonus"),
    [
        ("Willkommensprämie: 750 € brutto mit der ersten Vergütung", Decimal(750), None),
        ("Bei bestandener Abschlussprüfung zahlen wir eine Abschlussprämie von 500 €.", None, None),
        ("Statutory bonus: ₹17,280", None, None),
    ],
)
def test_one_off_payments_of_apprentices_and_graduates(
    line: str, sign_on: Decimal | None, bonus: Decimal | None
) -> None:
    found = read_terms(f"Vergütung: 1.200 € brutto im Monat\n{line}")
    assert (found.sign_on.value if found.sign_on else None) == sign_on
    assert (found.bonus_amount.value if found.bonus_amount else None) == bonus


@pytest.mark.parametrize(
    "sentence",
    [
        "The 2027 graduate class starts together on Monday, September 13, 2027.",
        "Everyone in the intake starts on Monday 13 September 2027.",
        "La promotion 2027 du programme démarrera le lundi 13 septembre 2027.",
        "Programme start: Monday 13 September 2027 (the whole intake joins on this date)",
        "Votre contrat à durée indéterminée prendrait effet le 13 septembre 2027.",
    ],
)
def test_a_cohorts_start_told_in_other_words(sentence: str) -> None:
    found = read_terms(f"1 December 2026\n\n{sentence}")
    assert found.start is not None and found.start.value == date(2027, 9, 13)


@pytest.mark.parametrize(
    "text",
    [
        "Certificaten\t600 certificaten\nVesting\tin drie jaar; elk jaar op de verjaardag van je "
        "indiensttreding een derde deel",
        "Vous recevrez 1 000 actions gratuites. L'acquisition s'effectue sur 4 ans : 25 % au "
        "premier anniversaire de l'attribution, puis chaque trimestre.",
        "You will be granted 3,000 options that vest over 4 years: 25% on completion of one "
        "year from the grant date and the rest quarterly.",
        "Il vous sera attribué 900 BSPCE, acquis sur quatre ans, avec une première période de "
        "douze mois à l'issue de laquelle 25 % des BSPCE seront acquis.",
    ],
)
def test_a_first_year_before_anything_vests_in_other_words(text: str) -> None:
    found = read_terms(text)
    assert found.cliff_months is not None and found.cliff_months.value == 12


@pytest.mark.parametrize(
    ("text", "town"),
    [
        (
            "Foundation programme: 10 weeks at our Mysore Learning Campus\n"
            "Work location after training: Chennai",
            "Chennai",
        ),
        ("Onsite at the Oakland lab, Pittsburgh, PA – 4 days a week", "Pittsburgh, PA"),
    ],
)
def test_where_the_job_is_after_training_and_a_lab_then_its_town(text: str, town: str) -> None:
    found = read_terms(text)
    assert found.location is not None and found.location.value == town


def test_an_orientation_week_somewhere_is_not_the_place_of_work() -> None:
    found = read_terms(
        "The first week is orientation at our corporate headquarters in Charlotte, North "
        "Carolina; hotel and meals are arranged by us."
    )
    assert found.location is None


# --- round twenty, third part: revised offers and founders' figures ---------------------


@pytest.mark.parametrize(
    "table",
    [
        "                     Current            New role\n"
        "-------------------  -----------------  -------------------\n"
        "Job title            Data Analyst       Senior Data Analyst\n"
        "Base salary          £44,200 per annum  £52,750 per annum\n",
        "| Term | Current | Revised |\n|---|---|---|\n| Job title | Data Analyst | Senior Data "
        "Analyst |\n| Base salary | £44,200 per annum | £52,750 per annum |\n",
        "Term\tPrevious\tRevised\n\nJob title\tData Analyst\tSenior Data Analyst\n\n"
        "Base salary\t£44,200 per annum\t£52,750 per annum\n",
    ],
)
def test_a_table_of_present_and_offered_terms_gives_the_offered_ones(table: str) -> None:
    found = read_terms(f"Dear Aisha,\n\nThe table shows what changes.\n\n{table}\nKind regards")
    assert found.title is not None and found.title.value == "Senior Data Analyst"
    assert found.base is not None and found.base.value == Decimal(52750)


def test_a_figure_revised_from_and_a_start_moved_from_are_not_the_offers() -> None:
    found = read_terms(
        "Fixed CTC: Rs. 18,75,000 per annum (revised from Rs. 17,20,000)\n"
        "Start date: Monday, January 11, 2027 (moved from January 4 at your request)\n"
    )
    assert found.base is not None and found.base.value == Decimal(1875000)
    assert found.start is not None and found.start.value == date(2027, 1, 11)


def test_the_replaced_letters_salary_is_not_the_offers() -> None:
    found = read_terms(
        "Dit aanbod vervangt onze brief van 18 november 2026, waarin wij een maandsalaris van "
        "€ 5.200 bruto noemden.\nBruto maandsalaris: € 5.450\n"
    )
    assert found.base is not None and found.base.value == Decimal(5450)


def test_a_reply_above_a_quoted_offer_gives_its_own_grant_and_start() -> None:
    found = read_terms(
        "Hi Marcus,\n\nHere is the updated offer.\n\n"
        "Equity:     2,400 restricted stock units (previously 1,800)\n"
        "Vesting:    over four years with a one-year cliff, then quarterly\n"
        "Start date: Monday, January 11, 2027\n\n"
        "On Tue, Nov 24, 2026 at 10:05 AM Dana <dana@example.com> wrote:\n"
        "> RSUs:       1,800 units, four-year vesting, one-year cliff\n"
        "> Start date: Monday, January 4, 2027\n"
    )
    assert found.equity_units is not None and found.equity_units.value == Decimal(2400)
    assert found.vesting_years is not None and found.vesting_years.value == Decimal(4)
    assert found.start is not None and found.start.value == date(2027, 1, 11)


@pytest.mark.parametrize(
    ("text", "base", "currency"),
    [
        ("Money first. We can do 110k base. Strike is $0.30 per share.", 110000, "USD"),
        ("Wir können 72k brutto im Jahr anbieten. Dazu ein Bonus bis zu 4.000 €.", 72000, "EUR"),
        ("As discussed, the package is 14 LPA fixed, plus variable pay of 10%.", 1400000, "INR"),
    ],
)
def test_a_founders_or_agencys_figure_without_its_currency(
    text: str, base: int, currency: str
) -> None:
    found = read_terms(text)
    assert found.base is not None and found.base.value == Decimal(base)
    assert found.currency is not None and found.currency.value == currency


def test_lakhs_written_with_a_space_and_a_candidates_own_ctc() -> None:
    found = read_terms(
        "Fixed CTC will be INR 18,50,000 per annum, variable pay of up to 10% (i.e. Rs. 1.85 L).\n"
        "My current CTC is 13.2 LPA and my notice period is 60 days."
    )
    assert found.base is not None and found.base.value == Decimal(1850000)
    assert found.bonus_amount is not None and found.bonus_amount.value == Decimal(185000)


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        (
            "Your primary work location will be the Bank's Harborside campus, Jersey City, New "
            "Jersey, under our three-day office policy.",
            "Jersey City, New Jersey",
        ),
        (
            "Your place of posting will be our Whitefield campus, Bengaluru, Karnataka.",
            "Bengaluru, Karnataka",
        ),
        (
            "You will be posted at our office in DLF Phase II, Gurugram, Haryana.",
            "Gurugram, Haryana",
        ),
    ],
)
def test_a_state_after_the_town_in_a_sentence_stays(sentence: str, place: str) -> None:
    found = read_terms(sentence)
    assert found.location is not None and found.location.value == place


def test_a_tier_bracket_is_a_level() -> None:
    found = read_terms("Position: IT Support Specialist (Tier 2)")
    assert found.title is not None and found.title.value == "IT Support Specialist"


def test_a_named_campus_then_its_street_address_gives_the_addresss_town() -> None:
    found = read_terms("You will be based at our Riverside Campus, 410 Oak Street, Dayton, OH.")
    assert found.location is not None and found.location.value == "Dayton, OH"


def test_districts_then_the_town_and_its_state_under_a_label() -> None:
    found = read_terms("Work location: Financial District, Nanakramguda, Hyderabad, Telangana")
    assert found.location is not None and found.location.value == "Hyderabad, Telangana"


@pytest.mark.parametrize(
    "sentence",
    [
        "Probation of six months; confirmation expected around 14 August 2027.",
        "The notice period is 60 days after confirmation, from 1 August 2027.",
    ],
)
def test_a_probations_confirmation_is_no_reply_deadline(sentence: str) -> None:
    found = read_terms(f"1 December 2026\n\n{sentence}")
    assert found.deadline is None


def test_a_budget_for_conferences_is_not_the_salary() -> None:
    found = read_terms(
        "Salary: €5.2k/month gross\n\nOn top of that: pension, €750 a year for conferences, and "
        "a new laptop."
    )
    assert found.base is not None and found.base.value == Decimal(5200)


def test_the_candidates_pay_today_and_the_first_proposals_figures_are_not_the_offer() -> None:
    found = read_terms(
        "Tu nous as indiqué percevoir aujourd'hui une rémunération brute annuelle de 59 000 € "
        "chez ton employeur actuel, et notre première proposition du 25 novembre (62 000 €, "
        "2 000 BSPCE) ne te convenait pas.\n"
        "Salaire : 66 500 € bruts par an\nBSPCE : 2 500 BSPCE\n"
    )
    assert found.base is not None and found.base.value == Decimal(66500)
    assert found.equity_units is not None and found.equity_units.value == Decimal(2500)
    assert found.equity_value is None


@pytest.mark.parametrize(
    ("text", "base"),
    [
        (
            "2. Compensation\n2.1 Base Salary. $142,000 per annum, paid semi-monthly and subject "
            "to withholdings.\n",
            142000,
        ),
        (
            "1. Salary and Grade\n1.1 The post is graded Grade 9 (SCP 30 - 34). You will be "
            "appointed at SCP 32, currently £41,200 per annum.",
            41200,
        ),
    ],
)
def test_a_numbered_clauses_salary(text: str, base: int) -> None:
    found = read_terms(text)
    assert found.base is not None and found.base.value == Decimal(base)


def test_the_top_of_a_scale_is_not_the_salary() -> None:
    found = read_terms(
        "Your starting salary is £41,200 per annum, with increments each August to a maximum of "
        "spine point 38 (currently £52,815)."
    )
    assert found.base is not None and found.base.value == Decimal(41200)


def test_a_buildings_name_then_its_town_gives_the_town() -> None:
    found = read_terms("Place of work: Kinsale House, Ballincollig Road, Galway, two remote days")
    assert found.location is not None and found.location.value == "Galway"


def test_an_entitlement_to_work_in_a_country_is_no_place_of_work() -> None:
    found = read_terms(
        "This offer is conditional on confirmation of your entitlement to work in Ireland."
    )
    assert found.location is None


def test_a_threshold_for_deferral_is_not_the_bonus() -> None:
    found = read_terms(
        "Fixed CTC: ₹ 90,00,000 per annum.\nWhere an incentive award in any year exceeds "
        "₹ 25,00,000, part of it may be deferred over three years."
    )
    assert found.bonus_amount is None


@pytest.mark.parametrize(
    ("text", "years"),
    [
        (
            "Sie erhalten 800 virtuelle Optionen. Die virtuellen Optionen vesten über insgesamt "
            "vier Jahre: 25 % nach den ersten 12 Monaten, danach quartalsweise.",
            4,
        ),
        (
            "You are granted 900 RSUs. The RSUs vest quarterly over four years, with the first 25% "
            "vesting one year after your start date.",
            4,
        ),
        (
            "RSUs: 400 RSUs, vesting over 4 years – 25% at the one-year mark, then quarterly",
            4,
        ),
        ("Restricted stock units\t800 units, 25% on each of the first four anniversaries", 4),
        ("Grant: 1,500 RSUs\nVesting: Three equal annual installments on each anniversary", 3),
    ],
)
def test_vesting_said_in_round_twentys_last_ways(text: str, years: int) -> None:
    found = read_terms(text)
    assert found.cliff_months is not None and found.cliff_months.value == 12
    assert found.vesting_years is not None and found.vesting_years.value == Decimal(years)


def test_a_count_of_shares_vesting_on_the_first_anniversary_is_a_cliff() -> None:
    found = read_terms(
        "You are granted 48,000 options vesting over four years. 12,000 shares vest on the first "
        "anniversary of your vesting commencement date, the rest monthly."
    )
    assert found.cliff_months is not None and found.cliff_months.value == 12


def test_an_indian_campus_letters_ctc_report_date_and_posting() -> None:
    found = read_terms(
        "1. Compensation\nYour total annual compensation (CTC) will be ₹ 5,10,000 (Rupees Five "
        "Lakh Ten Thousand only) per annum.\n\n2. Joining\nYou are requested to report on "
        "18-01-2027 at 9:00 AM at our Learning Centre in Mysuru.\n\n3. Place of Posting\nOn "
        "completion of training, you will be posted to our Pune Development Centre (Hinjewadi)."
    )
    assert found.base is not None and found.base.value == Decimal(510000)
    assert found.start is not None and found.start.value == date(2027, 1, 18)
    assert found.location is not None and found.location.value == "Pune"


def test_a_us_total_compensation_is_still_no_base() -> None:
    found = read_terms("Your total annual compensation will be $250,000 including bonus and RSUs.")
    assert found.base is None


def test_a_bonus_at_full_target_is_not_a_hundred_percent_bonus() -> None:
    found = read_terms(
        "Fixed CTC: ₹ 38,50,000 per annum\nVariable Pay at 100% target (B): 3,85,000\n"
        "Your variable pay is 10% of fixed CTC."
    )
    assert found.bonus_percent is not None and found.bonus_percent.value == Decimal(10)


def test_a_clause_after_the_titles_comma_and_a_function_row() -> None:
    found = read_terms("Role: Backend Developer (Go), working mainly on our payments API.")
    assert found.title is not None and found.title.value == "Backend Developer (Go)"
    found = read_terms("Function\tData Engineer\nDepartment\tGroup Risk\n")
    assert found.title is not None and found.title.value == "Data Engineer"


def test_an_arrondissement_then_the_working_pattern_gives_the_town() -> None:
    found = read_terms("Workplace: Lyon 3e – hybrid, 3 days on site")
    assert found.location is not None and found.location.value == "Lyon"


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("Normal place of work\tLondon, Canary Wharf", "London"),
        ("Location: Docklands, Melbourne", "Melbourne"),
        ("Location: Sandton, Johannesburg", "Johannesburg"),
    ],
)
def test_a_city_and_a_district_of_it_give_the_city(line: str, place: str) -> None:
    found = read_terms(line)
    assert found.location is not None and found.location.value == place


def test_two_towns_of_their_own_and_a_hong_kong_district_stay_as_they_were() -> None:
    assert read_terms("Location: Espoo, Helsinki").location is None
    found = read_terms("Location: Kwun Tong, Kowloon")
    assert found.location is None or found.location.value == "Kwun Tong"


def test_an_einstiegsbonus_is_the_sign_on() -> None:
    found = read_terms(
        "Ihr Jahresbruttogehalt beträgt 72.000 €.\nSie erhalten einen einmaligen Einstiegsbonus "
        "von EUR 2.500,00 brutto mit dem ersten Gehalt."
    )
    assert found.sign_on is not None and found.sign_on.value == Decimal(2500)
    assert found.bonus_amount is None


def test_a_letter_pasted_under_the_mails_greeting_keeps_its_own_date() -> None:
    found = read_terms(
        "From: Jana <jana@example.com>\nTo: Malte <malte@example.com>\n"
        "Subject: Ihr Angebot\nDate: 4 December 2026\n\n"
        "Hallo Malte,\n\nhier unser Angebot in schriftlicher Form.\n\n"
        "Köln, 2. Dezember 2026\n\nAngebot: Data Engineer (m/w/d)\n\n"
        "Wir freuen uns, dir die Stelle als Data Engineer anzubieten.\n"
    )
    assert found.letter_date is not None and found.letter_date.value == date(2026, 12, 2)
