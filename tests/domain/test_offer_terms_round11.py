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


# --- money and equity -------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        # a German referral scheme named in one compound word
        "Sie können am Mitarbeiterempfehlungsprogramm teilnehmen (Prämie 2.500 € je Einstellung).",
        # a French one named before a colon
        "Programme de parrainage : une prime de 2 000 € est versée par recrutement réussi.",
    ],
)
def test_a_referral_premium_is_no_bonus(sentence: str) -> None:
    found = read_terms(f"Jahresgehalt: 70.000 €\n\n{sentence}\n")
    assert found.bonus_amount is None
    assert found.bonus_percent is None


def test_an_annual_base_including_a_13th_month_beats_the_monthly_figure() -> None:
    text = (
        "Monthly basic salary: SGD 7,500\n"
        "Annual base (incl. AWS): SGD 97,500\n"
        "Start date: 4 January 2027\n"
    )
    found = read_terms(text)
    assert found.base is not None and found.base.value == 97500
    assert found.period is not None and found.period.value.value == "year"


def test_an_earlier_drafts_figures_are_not_the_grant() -> None:
    text = (
        "We have moved the role up a level. (The earlier version had $96,000 and 5,000 "
        "options; please ignore it.)\n\n"
        "Base salary: $110,000 per year\n"
        "Stock options: 7,500 options\n"
    )
    found = read_terms(text)
    assert found.base is not None and found.base.value == 110000
    assert found.equity_units is not None and found.equity_units.value == 7500
    assert found.equity_value is None


def test_a_dated_earlier_offers_figures_in_brackets_are_not_the_grant() -> None:
    text = (
        "Hier die neuen Konditionen; sie ersetzen unser Angebot vom 3. Dezember (64.000 € "
        "und 400 virtuelle Anteile).\n\n"
        "Jahresbruttogehalt: 69.000 €\n"
        "Virtuelle Anteile: 650 Einheiten\n\n"
        "Die Anteile werden über drei Jahre erdient.\n"
    )
    found = read_terms(text)
    assert found.base is not None and found.base.value == 69000
    assert found.equity_units is not None and found.equity_units.value == 650
    assert found.equity_value is None
    assert found.vesting_years is not None and found.vesting_years.value == 3


# --- dates ------------------------------------------------------------------------------


def test_a_short_reply_above_the_quoted_offer_is_not_the_offers_date() -> None:
    text = (
        "From: Priya <priya@example.com>\nTo: Tom <tom@example.com>\n"
        "Subject: Re: Your offer\nDate: 4 December 2026\n\n"
        "Hi Tom,\n\nLooks great, I will sign tomorrow.\n\nPriya\n\n"
        "On Wed, Dec 2, 2026 at 9:05 AM Tom Baker <tom@example.com> wrote:\n"
        "> Hi Priya,\n>\n> Base salary: $120,000 per year\n> Start: January 11, 2027\n"
    )
    found = read_terms(text)
    assert found.letter_date is not None and str(found.letter_date.value) == "2026-12-02"


def test_a_reply_that_changes_the_pay_keeps_its_own_date() -> None:
    text = (
        "From: Tom <tom@example.com>\nTo: Priya <priya@example.com>\n"
        "Subject: Re: Your offer\nDate: 4 December 2026\n\n"
        "Hi Priya,\n\nWe can go to $125,000 per year.\n\nTom\n\n"
        "On Wed, Dec 2, 2026 at 9:05 AM Tom Baker <tom@example.com> wrote:\n"
        "> Base salary: $120,000 per year\n"
    )
    found = read_terms(text)
    assert found.letter_date is not None and str(found.letter_date.value) == "2026-12-04"


def test_a_weekday_and_its_day_of_the_month_in_a_chat_style_mail() -> None:
    text = (
        "From: Sam <sam@example.com>\nTo: Lee <lee@example.com>\n"
        "Subject: offer\nDate: 3 December 2026\n\n"
        "hey Lee - we'd love to have you! $140k base, start Mon Feb 1 if that suits.\n"
        "could you tell me your answer by Tuesday the 8th? contract follows\n"
    )
    found = read_terms(text)
    assert found.deadline is not None and str(found.deadline.value) == "2026-12-08"
    assert found.start is not None and str(found.start.value) == "2027-02-01"


def test_an_aside_in_brackets_does_not_make_a_start_something_else() -> None:
    found = read_terms(
        "Date: 1 December 2026\n\nYou join as Analyst on $90,000 (bonus and vesting terms in "
        "the annex), starting on 1 February 2027.\n"
    )
    assert found.start is not None and str(found.start.value) == "2027-02-01"


# --- vesting told in more ways ------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "years", "cliff"),
    [
        (
            "Les actions gratuites seront acquises sur trois ans, dont un tiers à l'issue d'une "
            "première année.",
            3,
            12,
        ),
        ("Les BSPCE seront acquis sur quatre ans, 25 % à l’issue d’une période d’un an.", 4, 12),
        (
            "Die Optionen werden über vier Jahre erdient; vor Ablauf der ersten zwölf Monate wird "
            "nichts erdient.",
            4,
            12,
        ),
        ("The grant: 20,000 options (3yr vest, 1yr cliff).", 3, 12),
        ("The options vest over four years, 1/4 after your first year of service.", 4, 12),
        ("De opties: 900 stuks, vesting over 4 jaar, eerste derde na 12 maanden.", 4, 12),
    ],
)
def test_vesting_and_its_cliff_in_more_words(sentence: str, years: int, cliff: int) -> None:
    found = read_terms(f"Equity\n\n{sentence}\n")
    assert found.vesting_years is not None and found.vesting_years.value == years
    assert found.cliff_months is not None and found.cliff_months.value == cliff


def test_nothing_vesting_in_the_first_year_after_a_sentence_on_the_grants_vesting() -> None:
    text = "The options will vest over three years.\nNothing vests during your first year.\n"
    found = read_terms(text)
    assert found.cliff_months is not None and found.cliff_months.value == 12


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("Your place of work will be our office at Kungsgatan in Stockholm.", "Stockholm"),
        ("We offer you the role of Analyst at our Chennai (Guindy) office.", "Chennai"),
        ("Die Tätigkeit erfolgt komplett remote innerhalb Österreichs.", "Remote (Österreich)"),
        (
            "You sit in the Payments vertical at our Whitefield development centre, Bengaluru.",
            "Bengaluru",
        ),
        (
            "Wir bieten Ihnen die Stelle als Referentin an, mit Arbeitsort Mülheim an der Ruhr.",
            "Mülheim an der Ruhr",
        ),
        ("Vous exercerez vos fonctions au sein de notre établissement de Nantes.", "Nantes"),
    ],
)
def test_more_places_in_sentences(sentence: str, place: str) -> None:
    found = read_terms(f"{sentence}\n")
    assert found.location is not None and found.location.value == place


# --- pay and replies in short mails and in Dutch and French -----------------------------


def test_an_earlier_offers_salary_told_in_french_or_from_a_call_is_not_the_pay() -> None:
    text = (
        "Voici notre offre mise à jour (la précédente prévoyait un salaire de 52 000 €).\n\n"
        "Rémunération : 55 000 € bruts par an.\n"
    )
    found = read_terms(text)
    assert found.base is not None and found.base.value == 55000
    text = (
        "Aan de telefoon noemde ik een maandsalaris van € 3.900; we doen er iets bovenop.\n\n"
        "Salaris: € 4.100 bruto per maand\n"
    )
    found = read_terms(text)
    assert found.base is not None and found.base.value == 4100


def test_the_items_of_a_mails_list_are_read_each_on_its_own() -> None:
    text = (
        "From: Anna <anna@example.de>\nTo: Ben <ben@example.de>\nSubject: Angebot\n"
        "Date: 2 December 2026\n\n"
        "Hallo Ben,\n\nhier die Eckdaten:\n"
        "- 72.000 € brutto im Jahr\n"
        "- dazu einmalig 2.000 € Signing Bonus\n"
        "- Start 1. März 2027\n\n"
        "Sag mir bitte bis Mittwoch (9.12.) Bescheid.\n"
    )
    found = read_terms(text)
    assert found.base is not None and found.base.value == 72000
    assert found.period is not None and found.period.value.value == "year"
    assert found.sign_on is not None and found.sign_on.value == 2000
    assert found.start is not None and str(found.start.value) == "2027-03-01"
    assert found.deadline is not None and str(found.deadline.value) == "2026-12-09"


def test_a_gross_monthly_figure_and_its_yearly_total_in_dutch() -> None:
    text = (
        "Salaris\n\n€ 3.950 bruto per maand bij een werkweek van 36 uur, exclusief vakantiegeld. "
        "Op jaarbasis is dat € 51.192 bruto inclusief vakantiegeld.\n"
    )
    found = read_terms(text)
    assert found.base is not None and found.base.value == 51192


def test_a_dutch_reply_asked_for_from_the_letters_date() -> None:
    text = (
        "Utrecht, 1 december 2026\n\n"
        "Beste Sanne,\n\nWe horen graag binnen vijf werkdagen na dagtekening of je het "
        "aanbod aanvaardt.\n"
    )
    found = read_terms(text)
    assert found.deadline is not None and str(found.deadline.value) == "2026-12-08"


# --- letters in Spanish and Portuguese --------------------------------------------------


def test_a_spanish_letters_terms_table() -> None:
    text = (
        "Madrid, 2 de diciembre de 2026\n\n"
        "Estimado Pablo:\n\nNos complace ofrecerte el puesto en las siguientes condiciones:\n\n"
        "Puesto\tAnalista de Riesgos\n"
        "Centro de trabajo\tMadrid (oficina de Castellana)\n"
        "Fecha de incorporación\t01/03/2027\n"
        "Salario bruto anual\t46.000 € en 14 pagas\n"
        "Opciones\t1.000 opciones sobre acciones\n\n"
        "Te agradeceríamos que nos confirmaras tu aceptación en un plazo de 7 días naturales "
        "desde la fecha de esta carta.\n"
    )
    found = read_terms(text)
    assert found.title is not None and found.title.value == "Analista de Riesgos"
    assert found.location is not None and found.location.value == "Madrid"
    assert found.start is not None and str(found.start.value) == "2027-03-01"  # day first
    assert found.base is not None and found.base.value == 46000
    assert found.period is not None and found.period.value.value == "year"
    assert found.equity_units is not None and found.equity_units.value == 1000
    assert found.letter_date is not None and str(found.letter_date.value) == "2026-12-02"
    assert found.deadline is not None and str(found.deadline.value) == "2026-12-09"


def test_a_portuguese_letters_list() -> None:
    text = (
        "- **Função**: Analista de Dados\n"
        "- **Local de trabalho**: Remoto (Portugal)\n"
        "- **Data de início**: 4 de janeiro de 2027\n"
        "- **Remuneração**: 3.000 € brutos mensais (42.000 € brutos anuais)\n\n"
        "Pedimos uma resposta no prazo de 3 dias úteis.\n"
    )
    found = read_terms(text)
    assert found.title is not None and found.title.value == "Analista de Dados"
    assert found.location is not None and found.location.value == "Remoto (Portugal)"
    assert found.start is not None and str(found.start.value) == "2027-01-04"
    assert found.base is not None and found.base.value == 42000
    assert found.deadline is not None
    assert (found.deadline.relative_days, found.deadline.business_days) == (3, True)


# --- starts told in more ways -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Date d'entrée en service\n\n    3 mai 2027\n", "2027-05-03"),
        ("FIRST DAY\n=========\n\nTuesday, March 2, 2027\n", "2027-03-02"),
        ("Votre date d'embauche est fixée au 1er mars 2027.\n", "2027-03-01"),
        (
            "Lakeside Health Trust offers you a fixed-term post of Data Analyst for 12 months, "
            "commencing 1 February 2027.\n",
            "2027-02-01",
        ),
    ],
)
def test_a_start_told_in_more_ways(text: str, day: str) -> None:
    found = read_terms(text)
    assert found.start is not None and str(found.start.value) == day


# --- replies asked for in more ways -------------------------------------------------------


def test_replies_asked_for_in_more_ways() -> None:
    dated = "Date: 1 December 2026\n\n"
    found = read_terms(
        dated + "Wij horen graag binnen drie werkdagen na dagtekening of je akkoord gaat.\n"
    )
    assert found.deadline is not None and str(found.deadline.value) == "2026-12-04"
    found = read_terms(dated + "We hope to hear back within 7 days of the date of this letter.\n")
    assert found.deadline is not None and str(found.deadline.value) == "2026-12-08"
    found = read_terms("Please reply within 72 hours to confirm.\n")
    assert found.deadline is not None
    assert (found.deadline.relative_days, found.deadline.business_days) == (3, False)
    found = read_terms(
        "An dieses Angebot halten wir uns innerhalb von 10 Tagen nach Zugang gebunden.\n"
    )
    assert found.deadline is not None
    assert (found.deadline.relative_days, found.deadline.business_days) == (10, False)


def test_hours_that_are_no_whole_day_give_no_deadline() -> None:
    assert read_terms("Please reply within 36 hours to confirm.\n").deadline is None


# --- an Indian compensation table -------------------------------------------------------


def test_a_pay_tables_heading_gives_its_period_and_the_variable_pay_its_share() -> None:
    text = (
        "Annexure I – Salary Structure (per annum)\n\n"
        "Component\tAmount (INR)\n"
        "Basic Salary\t6,00,000\n"
        "Total Fixed CTC\tINR 14,00,000\n"
        "Performance Linked Incentive\tINR 1,40,000 (10% of fixed CTC)\n"
    )
    found = read_terms(text)
    assert found.base is not None and found.base.value == 1400000
    assert found.period is not None and found.period.value.value == "year"
    assert found.bonus_amount is not None and found.bonus_amount.value == 140000
    assert found.bonus_percent is not None and found.bonus_percent.value == 10


# --- a title, a bonus and a date under other names -----------------------------------------


def test_your_offer_naming_the_role_gives_the_title() -> None:
    found = read_terms("Your offer: Solutions Engineer, Enterprise\n\nBase salary: $140,000\n")
    assert found.title is not None and found.title.value == "Solutions Engineer, Enterprise"


def test_your_offer_naming_a_figure_gives_no_title() -> None:
    found = read_terms("Your offer: $140,000 a year\n")
    assert found.title is None


def test_a_german_tantieme_is_the_bonus() -> None:
    found = read_terms(
        "Jahresbruttogehalt  95.000 €\nTantieme  Ziel 15 % des Jahresbruttogehalts\n"
    )
    assert found.bonus_percent is not None and found.bonus_percent.value == 15


def test_an_offer_letters_heading_with_its_date() -> None:
    found = read_terms("# Acme Labs\n\n**Offer Letter** — 3 Dec 2026\n\nDear Ravi,\n")
    assert found.letter_date is not None and str(found.letter_date.value) == "2026-12-03"


# --- dollars named by their code before the sign; an Australian salary package -----------


def test_a_code_before_the_dollar_sign_names_the_dollar() -> None:
    text = (
        "Your base salary will be NZD $118,000 per year.\n"
        "You will receive restricted share units with a grant value of NZD $30,000.\n"
    )
    found = read_terms(text)
    assert found.currency is not None and found.currency.value == "NZD"
    assert found.equity_value is not None and found.equity_value.value == 30000


def test_a_salary_packaging_cap_is_no_second_salary() -> None:
    text = (
        "Your package comprises a base salary of $98,500 per annum plus superannuation.\n"
        "You may salary package up to $15,900 of your base salary per year, plus up to "
        "$2,650 for meal entertainment.\n"
    )
    found = read_terms(text)
    assert found.base is not None and found.base.value == 98500


# --- a Dutch pay scale's range; a benefit plan's option ----------------------------------


def test_a_dutch_scales_range_is_no_second_salary() -> None:
    text = (
        "Salaris: € 4.300 bruto per maand\n\n"
        "De functie is ingedeeld in schaal 9, die loopt van € 3.600 tot € 5.200 bruto per maand.\n"
    )
    found = read_terms(text)
    assert found.base is not None and found.base.value == 4300


def test_a_health_plans_option_is_no_grant() -> None:
    text = (
        "Equity: RSUs with a grant value of $25,000\n\n"
        "Benefits include medical (with an HSA option and a $750 employer contribution).\n"
    )
    found = read_terms(text)
    assert found.equity_value is not None and found.equity_value.value == 25000


def test_spanish_vesting_on_each_of_the_first_anniversaries() -> None:
    found = read_terms(
        "Opciones: 600 opciones sobre acciones\n"
        "Consolidación: por cuartos iguales en cada uno de los cuatro primeros aniversarios\n"
    )
    assert found.vesting_years is not None and found.vesting_years.value == 4
    assert found.cliff_months is not None and found.cliff_months.value == 12


def test_the_towns_own_studio_and_a_lists_office() -> None:
    found = read_terms("We're in the Bristol studio in Stokes Croft on Mondays and Fridays.\n")
    assert found.location is not None and found.location.value == "Bristol"
    found = read_terms("Eckdaten:\n- Büro Köln-Ehrenfeld, mobiles Arbeiten nach Absprache\n")
    assert found.location is not None and found.location.value == "Köln"


def test_in_the_country_is_no_place_of_work() -> None:
    found = read_terms("Our benefits in the United States include a 401(k) plan.\n")
    assert found.location is None
