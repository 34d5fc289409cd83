"""Round thirteen of the letter reader, the blanks of the twenty-seventh and twenty-ninth
batches (reader13b's share): each general kind tested with sentences of that kind written
here (not the corpus's own)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from jobdesk.domain.offer_terms import Period, read_terms

# --- letters in Italian, Swedish, Danish, Estonian and Hebrew ------------------------------


def test_an_italian_letter_with_its_table() -> None:
    found = read_terms(
        "Torino, 3 dicembre 2026\n\n"
        "Gentile Paolo, siamo lieti di proporLe l'assunzione alle condizioni seguenti.\n\n"
        "Ruolo\tSviluppatore Backend\n"
        "Sede di lavoro\tTorino, Corso Francia 12\n"
        "Data di assunzione\t1° aprile 2027\n"
        "Retribuzione annua lorda\t€ 41.600,00\n"
        "Stock option\t1.500 opzioni, con vesting triennale e cliff di 12 mesi\n\n"
        "La preghiamo di confermarci la Sua accettazione entro 10 giorni dalla data della "
        "presente.\n"
    )
    assert found.title is not None and found.title.value == "Sviluppatore Backend"
    assert found.location is not None and found.location.value == "Torino"
    assert found.start is not None and found.start.value == date(2027, 4, 1)
    assert found.base is not None and found.base.value == Decimal(41600)
    assert found.currency is not None and found.currency.value == "EUR"
    assert found.period is not None and found.period.value is Period.YEAR
    assert found.equity_units is not None and found.equity_units.value == 1500
    assert found.vesting_years is not None and found.vesting_years.value == 3
    assert found.cliff_months is not None and found.cliff_months.value == 12
    assert found.deadline is not None and found.deadline.value == date(2026, 12, 13)


def test_an_italian_deadline_by_its_date() -> None:
    found = read_terms(
        "Milano, 30 novembre 2026\n\n"
        "Le chiediamo di inviarci la Sua risposta entro e non oltre il 14 dicembre 2026.\n"
    )
    assert found.letter_date is not None and found.letter_date.value == date(2026, 11, 30)
    assert found.deadline is not None and found.deadline.value == date(2026, 12, 14)


def test_a_swedish_letter_with_its_headings_and_kronor() -> None:
    found = read_terms(
        "Uppsala 2026-12-01\n\n"
        "1. Befattning\n   Systemutvecklare\n\n"
        "2. Arbetsort\n   Uppsala\n\n"
        "3. Lön\n   Månadslön 48 000 kronor brutto.\n\n"
        "Vi vill ha ditt svar senast den 15 december 2026.\n"
    )
    assert found.title is not None and found.title.value == "Systemutvecklare"
    assert found.location is not None and found.location.value == "Uppsala"
    assert found.base is not None and found.base.value == Decimal(48000)
    assert found.currency is not None and found.currency.value == "SEK"
    assert found.period is not None and found.period.value is Period.MONTH
    assert found.deadline is not None and found.deadline.value == date(2026, 12, 15)


def test_a_danish_crown_is_told_by_the_letter_s_country() -> None:
    found = read_terms(
        "Odense, den 2. december 2026\n\n"
        "Stilling\tBackendudvikler\n"
        "Tiltrædelse\t1. marts 2027\n"
        "Månedsløn\tkr. 49.500\n\n"
        "Ring til os på +45 66 12 34 56, hvis du har spørgsmål.\n"
    )
    assert found.title is not None and found.title.value == "Backendudvikler"
    assert found.start is not None and found.start.value == date(2027, 3, 1)
    assert found.base is not None and found.base.value == Decimal(49500)
    assert found.currency is not None and found.currency.value == "DKK"
    assert "kr" in found.currency.note


def test_a_crown_no_country_tells_leaves_the_currency_blank() -> None:
    found = read_terms("Stilling\tBackendudvikler\nMånedsløn\tkr. 49.500\n")
    assert found.base is not None and found.base.value == Decimal(49500)
    assert found.currency is None


def test_an_estonian_letter() -> None:
    found = read_terms(
        "Tallinn, 1. detsember 2026\n\n"
        "Ametikoht:            Tarkvaraarendaja\n"
        "Töötasu:              4 200 eurot kuus (bruto)\n"
        "Optsioonid:           2 000 optsiooni, omandamisperiood 4 aastat; esimene veerand "
        "omandatakse 12 kuu möödumisel\n"
        "Tööle asumise kuupäev: 4. jaanuar 2027\n\n"
        "Palun anna oma otsusest teada hiljemalt 11. detsembriks 2026.\n"
    )
    assert found.title is not None and found.title.value == "Tarkvaraarendaja"
    assert found.base is not None and found.base.value == Decimal(4200)
    assert found.currency is not None and found.currency.value == "EUR"
    assert found.period is not None and found.period.value is Period.MONTH
    assert found.equity_units is not None and found.equity_units.value == 2000
    assert found.vesting_years is not None and found.vesting_years.value == 4
    assert found.cliff_months is not None and found.cliff_months.value == 12
    assert found.start is not None and found.start.value == date(2027, 1, 4)
    assert found.deadline is not None and found.deadline.value == date(2026, 12, 11)


def test_a_hebrew_letter() -> None:
    found = read_terms(
        "תפקיד \tמפתח תוכנה\n\n"
        "שכר \t28,500 ₪ ברוטו לחודש\n\n"
        "אופציות \t2,000 אופציות; הבשלה על פני 3 שנים – שליש לאחר 12 חודשים\n\n"
        "תחילת עבודה \t1 בפברואר 2027\n\n"
        "נשמח לקבל את תשובתך עד 10 בדצמבר 2026.\n"
    )
    assert found.title is not None and found.title.value == "מפתח תוכנה"
    assert found.base is not None and found.base.value == Decimal(28500)
    assert found.currency is not None and found.currency.value == "ILS"
    assert found.period is not None and found.period.value is Period.MONTH
    assert found.equity_units is not None and found.equity_units.value == 2000
    assert found.vesting_years is not None and found.vesting_years.value == 3
    assert found.start is not None and found.start.value == date(2027, 2, 1)
    assert found.deadline is not None and found.deadline.value == date(2026, 12, 10)


# --- amounts written out in words ---------------------------------------------------------


def test_a_salary_and_a_sign_on_in_words() -> None:
    found = read_terms(
        "Your salary will be ninety-two thousand five hundred pounds per annum. We will also "
        "pay a one-off signing bonus of three thousand pounds with your first salary.\n"
    )
    assert found.base is not None and found.base.value == Decimal(92500)
    assert found.currency is not None and found.currency.value == "GBP"
    assert found.period is not None and found.period.value is Period.YEAR
    assert found.sign_on is not None and found.sign_on.value == Decimal(3000)


def test_an_amount_in_words_and_figures_is_one_amount() -> None:
    found = read_terms(
        "You will receive a signing bonus of twelve thousand dollars ($12,000), payable "
        "within 30 days of your start date.\n"
    )
    assert found.sign_on is not None and found.sign_on.value == Decimal(12000)


# --- the offer's own figure, and its place ------------------------------------------------


def test_the_figure_offered_after_a_range_talked_about() -> None:
    found = read_terms(
        "The band for this level is $150,000–$170,000. We are offering you $161,500 a year, "
        "paid bi-weekly.\n"
    )
    assert found.base is not None and found.base.value == Decimal(161500)
    assert found.period is not None and found.period.value is Period.YEAR


def test_a_bonus_share_of_the_italian_ral_is_a_bonus() -> None:
    found = read_terms("Bonus annuale\tfino al 15 % della RAL, in base agli obiettivi\n")
    assert found.bonus_percent is not None and found.bonus_percent.value == 15


def test_a_workshop_in_its_town_named_again_in_the_letterhead() -> None:
    found = read_terms(
        "Tinker & Lathe Ltd, 4 Kelham Row, Sheffield S3 8RY\n\n"
        "Your first day will be 4 January 2027, at our workshop in Sheffield (Kelham Island).\n"
    )
    assert found.location is not None and found.location.value == "Sheffield"


def test_a_notes_page_s_base_row_in_shorthand() -> None:
    found = read_terms("MONEY\n  Base .......... €72K\n  Bonus ......... none yet\n")
    assert found.base is not None and found.base.value == Decimal(72000)
    assert found.currency is not None and found.currency.value == "EUR"


# --- Spanish and Portuguese: variable pay, vesting in years, an office in its town --------


def test_a_spanish_variable_pay_and_vesting() -> None:
    found = read_terms(
        "- **Retribución variable**: hasta un 12 % del salario bruto anual\n"
        "- **Opciones**: 1.200 opciones, con un periodo de consolidación (*vesting*) de 3 años "
        "y un *cliff* de 6 meses\n"
        "- **Centro de trabajo**: oficina de Valencia (Ruzafa), modelo híbrido\n"
    )
    assert found.bonus_percent is not None and found.bonus_percent.value == 12
    assert found.equity_units is not None and found.equity_units.value == 1200
    assert found.vesting_years is not None and found.vesting_years.value == 3
    assert found.cliff_months is not None and found.cliff_months.value == 6
    assert found.location is not None and found.location.value == "Valencia"


def test_a_portuguese_vesting_with_its_cliff_is_not_one_cliff() -> None:
    found = read_terms(
        "Prémio anual\taté 8% da remuneração base anual\n"
        "Opções\t600 opções, vesting de 3 anos com cliff de 12 meses\n"
    )
    assert found.bonus_percent is not None and found.bonus_percent.value == 8
    assert found.vesting_years is not None and found.vesting_years.value == 3
    assert found.cliff_months is not None and found.cliff_months.value == 12


# --- how long an offer holds, in German, Dutch and Portuguese ----------------------------


def test_an_offer_that_holds_for_days_from_its_letter() -> None:
    letters = (
        "Wien, 1. Dezember 2026\n\nUnser Angebot gilt innerhalb von 10 Tagen ab Datum dieses "
        "Schreibens.\n",
        "Utrecht, 1 december 2026\n\nDit aanbod is geldig tot tien dagen na dagtekening van "
        "deze brief.\n",
        "Lisboa, 1 de dezembro de 2026\n\nEsta proposta é válida no prazo de 10 dias a contar "
        "da data desta carta.\n",
    )
    for letter in letters:
        found = read_terms(letter)
        assert found.deadline is not None and found.deadline.value == date(2026, 12, 11), letter


# --- a two-column page's date line, and warrants -----------------------------------------


def test_a_town_and_date_line_set_below_the_opening() -> None:
    found = read_terms(
        "Dear Lena,\n\nWe are delighted to offer you the position of Data Engineer.\n\n"
        "Aarhus, 3 December 2026\n\n"
        "This offer is valid for 5 business days from the date of this letter.\n"
    )
    assert found.letter_date is not None and found.letter_date.value == date(2026, 12, 3)
    assert found.deadline is not None and found.deadline.value == date(2026, 12, 10)


def test_two_town_and_date_lines_date_no_letter() -> None:
    found = read_terms(
        "Dear Lena,\n\nAarhus, 3 December 2026\n\nOdense, 7 December 2026\n\nKind regards\n"
    )
    assert found.letter_date is None


def test_warrants_their_vesting_and_their_value() -> None:
    found = read_terms(
        "You will be granted 4.000 warrants under the warrant programme. The warrants vest "
        "over 36 months with a one-year cliff. The warrants have an estimated value of EUR "
        "24.000; the exercise price is EUR 3,10 per warrant.\n"
    )
    assert found.equity_units is not None and found.equity_units.value == 4000
    assert found.vesting_years is not None and found.vesting_years.value == 3
    assert found.cliff_months is not None and found.cliff_months.value == 12
    assert found.equity_value is not None and found.equity_value.value == Decimal(24000)


# --- benefits beside the pay, a monthly German wage, a grant named before its vesting -----


def test_a_sports_allowance_by_the_year_is_not_the_pay() -> None:
    found = read_terms("Gross salary: €5,000 / month\nPerks: €400/year sports compensation\n")
    assert found.base is not None and found.base.value == Decimal(5000)
    assert found.period is not None and found.period.value is Period.MONTH


def test_an_allowance_inside_the_german_monthly_wage() -> None:
    found = read_terms(
        "Monatsentgelt\t6.120,00 € brutto (Tarifentgelt zuzüglich einer Leistungszulage von "
        "350,00 €)\n"
    )
    assert found.base is not None and found.base.value == Decimal(6120)
    assert found.period is not None and found.period.value is Period.MONTH


def test_an_offer_date_row_dates_the_letter() -> None:
    found = read_terms("**Offer date:** 2 December 2026\n**Role:** Platform Engineer\n")
    assert found.letter_date is not None and found.letter_date.value == date(2026, 12, 2)


def test_they_vest_after_the_grant_is_named() -> None:
    found = read_terms(
        "You will be granted 2,500 phantom shares. At the board's notional value the grant is "
        "worth EUR 10,000. They vest over four years, one quarter on each anniversary of "
        "your start date.\n"
    )
    assert found.vesting_years is not None and found.vesting_years.value == 4
    assert found.cliff_months is not None and found.cliff_months.value == 12


# --- a chat's start, a reply asked for as one says it, a workshop's town ------------------


def test_a_start_as_a_list_s_own_item_after_vesting() -> None:
    found = read_terms(
        "Samengevat: € 4.900 bruto per maand, 3.000 opties met 4 jaar vesting, start "
        "dinsdag 2 maart 2027 op ons kantoor.\n"
    )
    assert found.start is not None and found.start.value == date(2027, 3, 2)


def test_a_french_reply_asked_for_familiarly() -> None:
    found = read_terms(
        "Date: 1 December 2026\n\nDis-moi d'ici le lundi 14 décembre si ça te convient !\n"
    )
    assert found.deadline is not None and found.deadline.value == date(2026, 12, 14)


def test_a_german_workshop_in_a_district_of_its_town() -> None:
    found = read_terms("Arbeitsort: unsere Werkstatt in Köln-Ehrenfeld (Vogelsanger Straße 9)\n")
    assert found.location is not None and found.location.value == "Köln"


def test_a_hebrew_letter_s_date_line_and_place_of_work() -> None:
    found = read_terms(
        "באר שבע, 2 בדצמבר 2026\n\n"
        "הנדון: הצעת עבודה\n\n"
        "מקום העבודה \tבאר שבע – המשרד שלנו בפארק ההייטק\n"
    )
    assert found.letter_date is not None and found.letter_date.value == date(2026, 12, 2)
    assert found.location is not None and found.location.value == "באר שבע"
    assert "Not a town I know" in found.location.note


def test_a_french_variable_row_an_arrondissement_and_a_flemish_site() -> None:
    found = read_terms(
        "Lieu de travail\tLyon 3e (12, rue Garibaldi), télétravail deux jours par semaine\n"
        "Variable\tvariable annuel cible de 4 000 € bruts\n"
    )
    assert found.location is not None and found.location.value == "Lyon"
    assert found.bonus_amount is not None and found.bonus_amount.value == Decimal(4000)
    site = read_terms("Plaats tewerkstelling: productiesite Antwerpen-Kallo, Haven 1240\n")
    assert site.location is not None and site.location.value == "Antwerpen"


def test_a_spanish_incorporation_date_and_a_village_under_its_label() -> None:
    found = read_terms(
        "Incorporación\t12 de abril de 2027\nCentro de trabajo\tLarrabetzu (polígono Garaia)\n"
    )
    assert found.start is not None and found.start.value == date(2027, 4, 12)
    assert found.location is not None and found.location.value == "Larrabetzu"
    assert "Not a town I know" in found.location.note


def test_a_german_yearly_vesting_on_each_anniversary() -> None:
    found = read_terms(
        "Optionen\t1.200 Optionen, Vesting über 4 Jahre: je ein Viertel am ersten, zweiten, "
        "dritten und vierten Jahrestag des Eintritts\n"
    )
    assert found.vesting_years is not None and found.vesting_years.value == 4
    assert found.cliff_months is not None and found.cliff_months.value == 12
