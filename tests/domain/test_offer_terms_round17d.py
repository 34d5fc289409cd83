"""Round seventeen of the letter reader, part d: the title, the place of work and the dates
missed at first sight on the forty-second, forty-third and forty-fifth batches, each kind
tested with sentences of that kind written here (not the corpus's own)."""

from __future__ import annotations

from datetime import date

from jobdesk.domain.offer_terms import read_terms

# --- a state taken from an address is not written at the place of work --------------------


def test_a_state_from_the_letterheads_address_is_not_added_to_the_place() -> None:
    found = read_terms(
        "Marigold Outfitters\n"
        "820 Larimer St, Suite 12, Boise, ID 83702\n\n"
        "Dear Casey,\n\n"
        "We are pleased to offer you the position of Store Lead.\n\n"
        "Work location: Boise (North End store)\n"
        "Hourly rate: $24.50 per hour\n"
    )
    assert found.location is not None and found.location.value == "Boise"


def test_a_state_the_letter_writes_with_the_place_of_work_is_kept() -> None:
    found = read_terms(
        "Marigold Outfitters\n"
        "820 Larimer St, Suite 12, Boise, ID 83702\n\n"
        "Dear Casey,\n\n"
        "We are pleased to offer you the position of Store Lead at the Boise Riverside "
        "Center.\n"
        "Your first day is at our Boise, ID distribution center on Front Street.\n"
    )
    assert found.location is not None and found.location.value == "Boise, ID"


# --- a town's name with the words it goes on with --------------------------------------------


def test_a_town_named_with_the_city_it_lies_near_is_kept_whole() -> None:
    found = read_terms(
        "Liebe Frau Kurz,\n\n"
        "wir freuen uns, Ihnen die Stelle als Buchhalterin anzubieten.\n"
        "Ihr Arbeitsort ist unser Standort Ismaning bei München; zwei Tage mobiles Arbeiten "
        "sind möglich.\n"
    )
    assert found.location is not None and found.location.value == "Ismaning bei München"


def test_a_town_bei_a_city_under_its_label_is_a_town() -> None:
    found = read_terms(
        "Liebe Frau Kurz,\n\nwir bieten Ihnen die Stelle als Buchhalterin an.\n\n"
        "Arbeitsort: Ismaning bei München\nBeginn: 1. April 2027\n"
    )
    assert found.location is not None and found.location.value == "Ismaning bei München"
    assert found.location.note == ""


def test_a_philippine_city_keeps_the_word_city() -> None:
    found = read_terms(
        "Hi Marco,\n\nWe are happy to offer you the role of QA Analyst.\n\n"
        "- Work location: Taguig City (Uptown office), onsite three days a week\n"
        "- Monthly salary: PHP 85,000\n"
    )
    assert found.location is not None and found.location.value == "Taguig City"
    assert found.location.note == ""


# --- a bracket after the title that gives a level or a status --------------------------------


def test_a_level_by_the_roles_initials_in_brackets_is_not_the_title() -> None:
    found = read_terms(
        "Hi Mo,\n\nHere is the offer at a glance.\n\n"
        "Position\tData Platform Engineer (DPE III)\n"
        "Base salary\tCAD 120,000 annually\n"
    )
    assert found.title is not None and found.title.value == "Data Platform Engineer"


def test_a_french_status_in_brackets_is_not_the_title() -> None:
    found = read_terms(
        "Madame,\n\nNous avons le plaisir de vous faire la proposition suivante.\n\n"
        "Poste : Responsable comptable (statut cadre)\n"
        "Rémunération : 48 000 € bruts annuels\n"
    )
    assert found.title is not None and found.title.value == "Responsable comptable"


def test_a_specialism_in_brackets_stays_in_the_title() -> None:
    found = read_terms(
        "Hi Mo,\n\nPosition: Security Engineer (Cloud Forensics)\nBase salary: $150,000\n"
    )
    assert found.title is not None
    assert found.title.value == "Security Engineer (Cloud Forensics)"


# --- the employer's name after the title in a subject line ----------------------------------


def _mail(subject: str) -> str:
    return (
        f"From: Asha <asha@brookfield.in>\nTo: Ravi <ravi@mail.in>\nSubject: {subject}\n"
        "Date: 3 December 2026\n\nHi Ravi,\n\nHappy to share the numbers we discussed.\n"
        "Fixed pay: INR 24,00,000 per annum\n\nRegards,\nAsha\nBrookfield Foods Pvt. Ltd.\n"
    )


def test_the_employers_name_after_the_title_in_the_subject_is_not_the_title() -> None:
    found = read_terms(_mail("Offer - Site Manager - Brookfield Foods"))
    assert found.title is not None and found.title.value == "Site Manager"


def test_a_function_after_the_title_in_the_subject_stays() -> None:
    found = read_terms(_mail("Offer - Site Manager - Cold Chain"))
    assert found.title is not None and found.title.value == "Site Manager - Cold Chain"


# --- a letter pasted below the mail's greeting, with its own date row ---------------------


def test_a_date_row_under_the_mails_greeting_is_the_letters_date() -> None:
    found = read_terms(
        "From: Niamh Doyle <niamh@kilbarry.ie>\nTo: Cian Walsh <cian@mail.ie>\n"
        "Subject: Your offer\nDate: 9 December 2026\n\n"
        "Dear Cian,\n\nDate: 4 December 2026\nRe: Offer of employment - Lab Analyst\n\n"
        "I am pleased to offer you the position of Lab Analyst with Kilbarry Labs DAC.\n"
    )
    assert found.letter_date is not None
    assert found.letter_date.value == date(2026, 12, 4)


def test_a_mail_with_no_date_of_its_own_is_dated_by_its_header() -> None:
    found = read_terms(
        "From: Niamh Doyle <niamh@kilbarry.ie>\nTo: Cian Walsh <cian@mail.ie>\n"
        "Subject: Your offer\nDate: 9 December 2026\n\n"
        "Dear Cian,\n\nI am pleased to offer you the position of Lab Analyst.\n"
    )
    assert found.letter_date is not None
    assert found.letter_date.value == date(2026, 12, 9)


# --- a German day's number at the end of a wrapped line -------------------------------------


def test_a_german_day_wrapped_before_its_month_is_one_date() -> None:
    found = read_terms(
        "Sehr geehrte Frau Meier\n\n"
        "Wir freuen uns, Ihnen die Stelle als Buchhalterin mit Arbeitsbeginn am 1.\n"
        "Februar 2027 anzubieten. Ihr Arbeitsort ist Basel.\n"
    )
    assert found.start is not None and found.start.value == date(2027, 2, 1)


# --- "starting" and a date at the end of the offer's sentence -------------------------------


def test_starting_and_a_dated_day_after_the_offer_is_its_start() -> None:
    found = read_terms(
        "Dear Lee,\n\nWe are pleased to offer you the position of Actuary at Pinebrook Mutual, "
        "based in Omaha, Nebraska, starting April 5, 2027.\n"
    )
    assert found.start is not None and found.start.value == date(2027, 4, 5)


def test_vesting_starting_on_a_day_is_no_start() -> None:
    found = read_terms(
        "Dear Lee,\n\nWe are pleased to offer you the position of Actuary.\n"
        "Your RSUs vest quarterly starting May 15, 2028.\n"
    )
    assert found.start is None


# --- titles named by a German or French phrase of a new form --------------------------------


def test_a_german_position_before_a_colon_is_the_title() -> None:
    found = read_terms(
        "Hallo Mira,\n\n"
        "anbei die Eckdaten unseres Angebots für die Position Cloud Architect:\n"
        "– 92k € brutto p.a.\n"
    )
    assert found.title is not None and found.title.value == "Cloud Architect"


def test_an_adjective_before_the_german_position_is_no_bar() -> None:
    found = read_terms(
        "Sehr geehrte Frau Lenz,\n\n"
        "wir freuen uns, Ihnen die unbefristete Position Head of Procurement anzubieten.\n"
    )
    assert found.title is not None and found.title.value == "Head of Procurement"


def test_la_fonction_de_names_a_french_title() -> None:
    found = read_terms(
        "Madame,\n\n"
        "Nous avons le plaisir de vous proposer la fonction de Comptable fournisseurs au sein "
        "de notre service financier.\n"
    )
    assert found.title is not None and found.title.value == "Comptable fournisseurs"


# --- the place of work in a sentence of a new form -------------------------------------------


def test_location_will_be_at_a_sentences_start_names_the_place() -> None:
    found = read_terms(
        "Hi Kavya,\n\nHappy to share the final numbers.\n"
        "Location will be Pune (Baner office), 3 days WFO.\n"
    )
    assert found.location is not None and found.location.value == "Pune"


def test_a_dutch_list_item_standplaats_names_the_place() -> None:
    found = read_terms(
        "Hoi Daan,\n\nWe willen je graag aannemen als Tester! Zoals besproken:\n"
        "• € 4.100 bruto per maand\n"
        "• standplaats Zwolle (Stationsweg), 2 dagen thuis\n"
    )
    assert found.location is not None and found.location.value == "Zwolle"


def test_a_swedish_offer_names_its_title_place_start_and_date() -> None:
    found = read_terms(
        "Uppsala den 3 december 2026\n\nHej Elin,\n\n"
        "Vi erbjuder dig en tillsvidareanställning som Testledare hos Fyrisdata AB.\n"
        "Din månadslön blir 47 000 kr.\n"
        "Placeringsort är vårt kontor i Uppsala. Tillträde: 1 mars 2027.\n"
    )
    assert found.title is not None and found.title.value == "Testledare"
    assert found.location is not None and found.location.value == "Uppsala"
    assert found.start is not None and found.start.value == date(2027, 3, 1)
    assert found.letter_date is not None and found.letter_date.value == date(2026, 12, 3)


def test_a_flemish_werkplaats_row_names_the_place() -> None:
    found = read_terms(
        "Beste Lotte,\n\nMet plezier bieden wij u de functie van Planner aan.\n\n"
        "Functie\tPlanner\nBruto maandloon\t€ 3.900,00\nWerkplaats\tGent (haven, dok 2)\n"
    )
    assert found.location is not None and found.location.value == "Gent"


# --- how long a German offer binds its writer --------------------------------------------


def test_a_german_offer_held_for_days_from_its_date_is_a_deadline() -> None:
    found = read_terms(
        "Bremen, 4. Dezember 2026\n\nSehr geehrte Frau Lenz,\n\n"
        "wir bieten Ihnen die Position als Controllerin an.\n"
        "An dieses Angebot halten wir uns 10 Tage ab Datum dieses Schreibens gebunden.\n"
    )
    assert found.deadline is not None and found.deadline.value == date(2026, 12, 14)


# --- the place of work under a run-in heading or in a recap's list --------------------------


def test_a_run_in_place_of_work_heading_names_the_office_after_it() -> None:
    found = read_terms(
        "Dear Rachel,\n\nI am delighted to confirm our offer for the role of Head of Tax.\n\n"
        "Salary. £110,000 per annum.\n\n"
        "Place of work. Our Leeds head office, with two days a week from home.\n"
    )
    assert found.location is not None and found.location.value == "Leeds"


# --- a recruiter's list item: the role, then whom it reports to ------------------------------


def test_a_list_item_naming_the_role_and_its_manager_is_the_title() -> None:
    found = read_terms(
        "Hi Sam,\n\nThey have come back with a final number: £82,000 + 8% bonus.\n\n"
        "* Senior Analytics Engineer, reporting to Priya (Director of Data)\n"
        "* 3 days a week in the office\n"
    )
    assert found.title is not None and found.title.value == "Senior Analytics Engineer"


def test_a_manager_named_with_whom_they_report_to_needs_a_role_word() -> None:
    found = read_terms("Hi Sam,\n\nPriya Shah, reporting to the board, will call you.\n")
    assert found.title is None


def test_a_recap_names_the_role_on_its_first_line_and_the_office_by_its_town() -> None:
    found = read_terms(
        "Noor - quick recap of our call:\n\n"
        "Senior QA Engineer\n"
        "120K base (CAD)\n"
        "Ottawa office, hybrid\n"
        "Official letter to follow.\n"
    )
    assert found.location is not None and found.location.value == "Ottawa"
    assert found.title is not None and found.title.value == "Senior QA Engineer"


def test_a_recaps_first_line_that_is_no_role_is_no_title() -> None:
    found = read_terms("Noor - quick recap of our call:\n\nGreat Talking Today\n120K base (CAD)\n")
    assert found.title is None


def test_a_chats_town_with_its_site_in_brackets_names_the_place() -> None:
    found = read_terms(
        "[02/12/2026, 10:01] Joost (Veldmark): First idea: €64k base, start 1 Feb, Delft\n"
        "[03/12/2026, 16:20] Joost (Veldmark): Final offer: Test Engineer, €68k base, "
        "start 1 March 2027, Delft (Technopolis campus), 26 vacation days\n"
    )
    assert found.location is not None and found.location.value == "Delft"
