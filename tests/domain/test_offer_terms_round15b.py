"""Round fifteen of the letter reader, second share: each kind of blank found at first sight
on the thirty-fifth (public sector, universities) and thirty-seventh (Latin America, southern
and eastern Europe, Turkey, Asia, the Gulf, Africa) batches, tested with sentences of that
kind written here (not the corpus's own)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from jobdesk.domain.offer_terms import read_terms

# --- a date line that joins by "de", after a town, its state and "a" ---------------------------


def test_a_portuguese_date_line_ends_its_line() -> None:
    found = read_terms("Belo Horizonte, 9 de março de 2027\nAo Sr.\nPedro Lima\n")
    assert found.letter_date is not None and found.letter_date.value == date(2027, 3, 9)


def test_a_spanish_date_line_after_a_town_and_its_state() -> None:
    found = read_terms("Puebla, Pue., a 3 de febrero de 2027\nLic. Ana Ruiz\nPresente\n")
    assert found.letter_date is not None and found.letter_date.value == date(2027, 2, 3)


# --- local currencies by their codes, signs and words -----------------------------------------


def test_a_colombian_peso_by_its_code() -> None:
    found = read_terms("Salario: COP 9.500.000 mensuales\n")
    assert found.currency is not None and found.currency.value == "COP"
    assert found.base is not None and found.base.value == 9500000


def test_the_won_and_the_naira_by_their_signs() -> None:
    won = read_terms("Annual base salary: ₩84,000,000\n")
    naira = read_terms("Annual gross salary: ₦36,000,000\n")
    assert won.currency is not None and won.currency.value == "KRW"
    assert naira.currency is not None and naira.currency.value == "NGN"


def test_romanian_lei_by_their_word() -> None:
    found = read_terms("Your gross monthly salary will be 18.200 lei, paid on the 5th.\n")
    assert found.currency is not None and found.currency.value == "RON"
    assert found.base is not None and found.base.value == 18200


def test_mexicos_moneda_nacional_is_no_million() -> None:
    found = read_terms("Sueldo mensual bruto: $72,400.00 M.N.\n")
    assert found.currency is not None and found.currency.value == "MXN"
    assert found.base is not None and found.base.value == 72400


# --- a sign-on by other names --------------------------------------------------------------


def test_a_spanish_hiring_bonus_is_a_sign_on() -> None:
    found = read_terms(
        "Sueldo base: COP 12.000.000 mensuales\nBono de contratación: COP 4.000.000, pago único\n"
    )
    assert found.sign_on is not None and found.sign_on.value == 4000000
    assert found.bonus_amount is None


def test_a_joining_amount_is_a_sign_on() -> None:
    found = read_terms("One-time joining amount: INR 75,000, payable with the first salary\n")
    assert found.sign_on is not None and found.sign_on.value == 75000


def test_a_federal_recruitment_incentive_is_a_sign_on() -> None:
    found = read_terms(
        "Salary: $98,496 per annum\n"
        "Recruitment incentive: $7,500, paid in a lump sum after a 12-month service agreement\n"
    )
    assert found.sign_on is not None and found.sign_on.value == 7500
    assert found.bonus_amount is None


# --- a start by the names the public sector and other countries give it ---------------------


def test_a_spanish_fecha_de_ingreso_in_a_sentence() -> None:
    found = read_terms("Su fecha de ingreso será el martes 2 de marzo de 2027, a las 9 horas.\n")
    assert found.start is not None and found.start.value == date(2027, 3, 2)


def test_a_portuguese_inicio_row() -> None:
    found = read_terms("Cargo\tAnalista de Dados\nInício\t15/03/2027\nSalário\tR$ 9.000,00\n")
    assert found.start is not None and found.start.value == date(2027, 3, 15)


def test_a_nigerian_resumption_date() -> None:
    found = read_terms("Resumption date: 3rd May 2027\nAnnual gross salary: ₦30,000,000\n")
    assert found.start is not None and found.start.value == date(2027, 5, 3)


def test_a_federal_entry_on_duty() -> None:
    found = read_terms("Entry on duty: Monday, March 8, 2027 (start of pay period 6)\n")
    assert found.start is not None and found.start.value == date(2027, 3, 8)


def test_a_german_einstellungstermin_in_a_sentence() -> None:
    found = read_terms("Als Einstellungstermin ist der 1. Juli 2027 vorgesehen.\n")
    assert found.start is not None and found.start.value == date(2027, 7, 1)


def test_a_french_date_de_nomination() -> None:
    found = read_terms("Date de nomination :\t1er septembre 2027\nAffectation :\tCentre de Lille\n")
    assert found.start is not None and found.start.value == date(2027, 9, 1)


# --- replies: a Spanish day with no year, how long an offer holds in other languages ----------


def test_a_spanish_reply_day_with_no_year_takes_the_letters_year() -> None:
    found = read_terms(
        "Madrid, 20 de noviembre de 2026\n\n"
        "Necesitamos tu respuesta antes del jueves 3 de diciembre para preparar el contrato.\n"
    )
    assert found.deadline is not None and found.deadline.value == date(2026, 12, 3)


def test_a_reply_asked_for_as_one_says_it_in_spanish() -> None:
    found = read_terms(
        "Sevilla, 16 de noviembre de 2026\n\nTe pido que me confirmes antes del 27 de noviembre.\n"
    )
    assert found.deadline is not None and found.deadline.value == date(2026, 11, 27)


def test_a_spanish_offer_valid_for_working_days_in_words() -> None:
    found = read_terms(
        "Lima, 2 de diciembre de 2026\n\n"
        "La oferta es válida por diez días hábiles a partir de la fecha de esta carta.\n"
    )
    assert found.deadline is not None and found.deadline.value == date(2026, 12, 16)


def test_a_chilean_vigencia_in_calendar_days() -> None:
    found = read_terms(
        "Valparaíso, 1 de diciembre de 2026\n\n"
        "Esta propuesta tiene una vigencia de 5 días corridos desde su fecha.\n"
    )
    assert found.deadline is not None and found.deadline.value == date(2026, 12, 6)


def test_a_portuguese_reply_em_ate_working_days() -> None:
    found = read_terms(
        "Recife, 7 de dezembro de 2026\n\nAguardamos seu retorno em até 3 dias úteis.\n"
    )
    assert found.deadline is not None and found.deadline.value == date(2026, 12, 10)


def test_a_polish_offer_valid_for_days() -> None:
    found = read_terms("Gdańsk, 23.11.2026\n\nPropozycja jest ważna 10 dni od daty pisma.\n")
    assert found.deadline is not None and found.deadline.value == date(2026, 12, 3)


def test_an_italian_offer_valid_from_receipt_stays_relative() -> None:
    found = read_terms(
        "Torino, 1 dicembre 2026\n\nLa proposta è valida per sette giorni dal ricevimento.\n"
    )
    assert found.deadline is not None and found.deadline.value is None
    assert (found.deadline.relative_days, found.deadline.business_days) == (7, False)


def test_a_german_offer_valid_for_days_said_before_gultig() -> None:
    found = read_terms("Hamburg, 30. November 2026\n\nDas Angebot ist 14 Tage gültig.\n")
    assert found.deadline is not None and found.deadline.value == date(2026, 12, 14)


# --- a place of work by other labels; a Latin American state after its town -----------------


def test_a_mexican_state_after_the_town_stays() -> None:
    # Round twenty: a state after the town stays in any country (the settled convention).
    found = read_terms("Lugar de trabajo: León, Guanajuato\nSueldo mensual bruto: $52,000.00 MXN\n")
    assert found.location is not None and found.location.value == "León, Guanajuato"


def test_a_place_of_work_label_run_on_after_a_sentence() -> None:
    found = read_terms(
        "El horario es flexible (dos días en oficina). Lugar de trabajo: Medellín, Antioquia.\n"
    )
    assert found.location is not None and found.location.value == "Medellín, Antioquia"


def test_a_portuguese_local_row() -> None:
    found = read_terms("Cargo\tDesenvolvedor Backend\nLocal\tCuritiba (escritório do centro)\n")
    assert found.location is not None and found.location.value == "Curitiba"


def test_a_polish_b2b_place_of_services() -> None:
    found = read_terms("Miejsce świadczenia usług: Poznań (biuro klienta), 2 dni w tygodniu\n")
    assert found.location is not None and found.location.value == "Poznań"


def test_a_federal_duty_location() -> None:
    found = read_terms("Duty location: Norfolk, VA\nSalary: $88,520 per annum\n")
    assert found.location is not None and found.location.value == "Norfolk, VA"


def test_a_french_affectation_names_the_centre_of_a_town() -> None:
    found = read_terms("Affectation :\tCentre de Grenoble, équipe-projet ORBIT\n")
    assert found.location is not None and found.location.value == "Grenoble"


def test_a_german_town_written_short_of_its_river_is_a_town() -> None:
    found = read_terms("Dienstort: Campus Riedberg, Max-von-Laue-Straße 9, Hofheim\n")
    assert found.location is not None and found.location.value == "Hofheim"


def test_a_posts_base_that_names_a_site_and_town_is_the_place_of_work() -> None:
    found = read_terms("Salary:    £39,205 per annum\nBase:      Queen Mary's Hospital, Sidcup\n")
    assert found.location is not None and found.location.value == "Sidcup"
    assert found.base is not None and found.base.value == 39205


def test_a_french_place_of_work_on_a_campus_then_its_town() -> None:
    found = read_terms(
        "Votre lieu de travail sera le site de la Croix-Rousse, bâtiment B, à Grenoble.\n"
    )
    assert found.location is not None and found.location.value == "Grenoble"


def test_a_portuguese_office_of_a_town() -> None:
    found = read_terms(
        "São Paulo, 3 de março de 2027\n\n"
        "Você trabalhará no nosso escritório de Campinas (Cambuí), três dias por semana.\n"
    )
    assert found.location is not None and found.location.value == "Campinas"


# --- allowances paid beside the pay; a public employer's classification ---------------------


def test_a_london_weighting_is_no_second_salary() -> None:
    found = read_terms(
        "Starting salary\t£36,924 per annum (spine point 27)\n"
        "Inner London Weighting\t£3,500 per annum, paid in addition to salary\n"
    )
    assert found.base is not None and found.base.value == 36924


def test_vermogenswirksame_leistungen_are_no_salary() -> None:
    found = read_terms(
        "Tabellenentgelt: 4.925,12 € brutto monatlich\n"
        "Sie erhalten vermögenswirksame Leistungen von 6,65 € monatlich.\n"
    )
    assert found.base is not None and found.base.value == Decimal("4925.12")


def test_a_deferred_compensation_match_is_no_salary() -> None:
    found = read_terms(
        "| Pay | $38.40 per hour ($79,872 annually) |\n"
        "| Deferred compensation | 457(b), County match of up to $750 per year |\n"
    )
    assert found.base is not None and found.base.value == 79872


def test_a_classification_row_names_the_title() -> None:
    found = read_terms("| Classification | Water Quality Data Analyst |\n| Step | B |\n")
    assert found.title is not None and found.title.value == "Water Quality Data Analyst"


def test_a_french_classification_with_a_grade_is_no_title() -> None:
    found = read_terms("Classification : Cadre, position 3.1, coefficient 170\n")
    assert found.title is None


# --- a title after the Spanish, Portuguese or Italian name of a post ------------------------


def test_a_spanish_puesto_de_then_the_title() -> None:
    found = read_terms(
        "Nos complace ofrecerle el puesto de Analista de Seguridad Senior en nuestra área de TI.\n"
    )
    assert found.title is not None and found.title.value == "Analista de Seguridad Senior"


def test_a_portuguese_cargo_de_then_the_title() -> None:
    found = read_terms(
        "Temos o prazer de convidá-lo para o cargo de Arquiteto de Dados, no time de Crédito.\n"
    )
    assert found.title is not None and found.title.value == "Arquiteto de Dados"


def test_an_italian_qualifica_di_then_the_title() -> None:
    found = read_terms(
        "Le proponiamo l'assunzione con la qualifica di Sviluppatore Backend presso la sede.\n"
    )
    assert found.title is not None and found.title.value == "Sviluppatore Backend"


def test_employment_with_the_employer_as_the_title() -> None:
    found = read_terms(
        "We are pleased to offer you employment with Gulfstream Logistics LLC as Lead Data "
        "Engineer, Grade 12, on the terms below.\n"
    )
    assert found.title is not None and found.title.value == "Lead Data Engineer"


# --- a cliff of one year in the singular; an Italian MBO bonus --------------------------------


def test_a_cliff_of_one_year_in_portuguese_singular() -> None:
    found = read_terms("Opções\t2.400 opções, vesting de 4 anos e cliff de 1 ano\n")
    assert found.cliff_months is not None and found.cliff_months.value == 12


def test_a_spanish_cliff_of_one_year_in_the_singular() -> None:
    found = read_terms("Stock options: 900 opciones con vesting de 3 años y cliff de 1 año.\n")
    assert found.cliff_months is not None and found.cliff_months.value == 12


def test_an_italian_mbo_bonus_is_the_bonus() -> None:
    found = read_terms(
        "Retribuzione annua lorda: € 52.000\nPremio MBO: fino al 12 % della RAL, su obiettivi\n"
    )
    assert found.bonus_percent is not None and found.bonus_percent.value == 12


def test_an_italian_result_premium_is_no_bonus() -> None:
    found = read_terms(
        "Retribuzione annua lorda: € 52.000\nPremio di risultato: fino al 5 % secondo accordo\n"
    )
    assert found.bonus_percent is None


# --- a post's whole name on a line of its own under the words that name it -------------------


def test_a_german_post_on_its_own_line_under_fur_die_stelle() -> None:
    found = read_terms(
        "Wir freuen uns, Ihnen mitzuteilen, dass wir Sie für die Stelle\n"
        "    Sachbearbeiterin / Sachbearbeiter (m/w/d) Geodatenmanagement\n"
        "ausgewählt haben.\n"
    )
    assert found.title is not None
    assert found.title.value == "Sachbearbeiterin / Sachbearbeiter Geodatenmanagement"


def test_a_french_post_on_its_own_line_under_en_qualite_de() -> None:
    found = read_terms(
        "Je vous propose un recrutement en qualité de :\n\n"
        "Ingénieur d'études – calcul scientifique (H/F)\n\n"
        "Corps : Ingénieur d'études\n"
    )
    assert found.title is not None
    assert found.title.value == "Ingénieur d'études – calcul scientifique"


def test_a_line_under_en_qualite_de_that_names_no_post_is_no_title() -> None:
    found = read_terms("Vous interviendrez en qualité de :\n\nReprésentant de la direction\n")
    assert found.title is None


def test_a_german_post_on_a_short_line_of_its_own_under_a_long_one() -> None:
    found = read_terms(
        "vielen Dank für Ihre Bewerbung. Wir freuen uns, Ihnen mitzuteilen, dass wir Sie "
        "für die Stelle\n"
        "    Referentin / Referent (m/w/d) Haushalt\n"
        "ausgewählt haben.\n"
    )
    assert found.title is not None
    assert found.title.value == "Referentin / Referent Haushalt"


# --- more local currencies and the local words for pay and its period ------------------------


def test_an_egyptian_pound_sign_is_no_sterling() -> None:
    found = read_terms("Monthly gross salary: E£ 72,500\n")
    assert found.currency is not None and found.currency.value == "EGP"


def test_a_kenyan_shilling_and_a_peruvian_sol_by_their_signs() -> None:
    kenya = read_terms("Basic salary: KSh 410,000 per month\n")
    peru = read_terms("Sueldo bruto mensual: S/ 11.800\n")
    assert kenya.currency is not None and kenya.currency.value == "KES"
    assert peru.currency is not None and peru.currency.value == "PEN"


def test_yen_and_won_written_after_the_figure() -> None:
    yen = read_terms("月額基本給: 520,000円\n")
    won = read_terms("Annual base salary: 68,000,000 won\n")
    assert yen.currency is not None and yen.currency.value == "JPY"
    assert yen.period is not None and yen.period.value.value == "month"
    assert won.currency is not None and won.currency.value == "KRW"


def test_turkish_pay_in_lira_by_the_month() -> None:
    found = read_terms("Brüt aylık maaş: 132.500 TL\n")
    assert found.currency is not None and found.currency.value == "TRY"
    assert found.base is not None and found.base.value == 132500
    assert found.period is not None and found.period.value.value == "month"


def test_czech_and_romanian_monthly_pay() -> None:
    czech = read_terms("Hrubá měsíční mzda: 88 000 Kč\n")
    romanian = read_terms("Salariu brut lunar: 21.000 lei\n")
    assert czech.currency is not None and czech.currency.value == "CZK"
    assert czech.base is not None and czech.base.value == 88000
    assert romanian.base is not None and romanian.base.value == 21000
    assert romanian.period is not None and romanian.period.value.value == "month"


def test_greek_monthly_pay() -> None:
    found = read_terms("Μηνιαίες ακαθάριστες αποδοχές: 2.650 €\n")
    assert found.base is not None and found.base.value == 2650
    assert found.period is not None and found.period.value.value == "month"


# --- dates and starts in Czech, Romanian, Greek and Turkish ----------------------------------


def test_a_czech_date_line_and_a_spaced_numeric_start() -> None:
    found = read_terms("Brno, 24. listopadu 2026\n\nDatum nástupu: 4. 1. 2027\n")
    assert found.letter_date is not None and found.letter_date.value == date(2026, 11, 24)
    assert found.start is not None and found.start.value == date(2027, 1, 4)


def test_a_romanian_date_line_and_start() -> None:
    found = read_terms("Timișoara, 30 noiembrie 2026\n\nData angajării: 1 februarie 2027\n")
    assert found.letter_date is not None and found.letter_date.value == date(2026, 11, 30)
    assert found.start is not None and found.start.value == date(2027, 2, 1)


def test_a_greek_date_line_and_start() -> None:
    found = read_terms("Θεσσαλονίκη, 27 Νοεμβρίου 2026\n\nΗμερομηνία έναρξης: 11 Ιανουαρίου 2027\n")
    assert found.letter_date is not None and found.letter_date.value == date(2026, 11, 27)
    assert found.start is not None and found.start.value == date(2027, 1, 11)


def test_a_turkish_start_label_and_month() -> None:
    found = read_terms("İşe başlama tarihi: 1 Şubat 2027\nBrüt aylık ücret: 98.000 TL\n")
    assert found.start is not None and found.start.value == date(2027, 2, 1)


# --- more Spanish, Portuguese and Italian ways to name the post, the reply and the start -----


def test_a_title_after_como_once_a_hiring_verb_comes_before() -> None:
    found = read_terms("Nos encantaría incorporarte a Pampa Labs como Diseñadora UX Senior.\n")
    assert found.title is not None and found.title.value == "Diseñadora UX Senior"


def test_a_spanish_offer_that_expires_on_a_day() -> None:
    found = read_terms(
        "Quito, 1 de diciembre de 2026\n\nLa presente oferta vence el 11 de diciembre de 2026.\n"
    )
    assert found.deadline is not None and found.deadline.value == date(2026, 12, 11)


def test_working_days_after_a_spanish_article() -> None:
    found = read_terms(
        "Cali, 1 de diciembre de 2026\n\n"
        "Esperamos su respuesta dentro de los tres días hábiles siguientes a esta carta.\n"
    )
    assert found.deadline is not None and found.deadline.value == date(2026, 12, 4)


def test_an_italian_reply_by_a_day_with_no_year() -> None:
    found = read_terms(
        "Genova, 25 novembre 2026\n\nPuoi farci sapere entro mercoledì 2 dicembre?\n"
    )
    assert found.deadline is not None and found.deadline.value == date(2026, 12, 2)


def test_a_spanish_expected_incorporation_date() -> None:
    found = read_terms("Fecha estimada de incorporación: martes, 2 de febrero de 2027\n")
    assert found.start is not None and found.start.value == date(2027, 2, 2)


def test_a_portuguese_vencimento_is_the_salary_not_a_deadline() -> None:
    found = read_terms(
        "Braga, 30 de novembro de 2026\n\nVencimento base mensal: 2.750 € ilíquidos.\n"
    )
    assert found.deadline is None
    assert found.base is not None and found.base.value == 2750


# --- a yearly total that is twelve to fifteen times the month's figure in brackets -----------


def test_the_months_figure_inside_a_yearly_totals_brackets_is_no_yearly_base() -> None:
    found = read_terms("Total annual salary: AED 408,000 (12 × AED 34,000)\n")
    assert found.base is not None and found.base.value == 408000
    assert found.period is not None and found.period.value.value == "year"


def test_fourteen_times_a_monthly_figure_under_a_yearly_label() -> None:
    found = read_terms("Retribuzione annua: € 39.200 lordi (14 × € 2.800)\n")
    assert found.base is not None and found.base.value == 39200


# --- Japanese and Korean dates, year first with their own marks ------------------------------


def test_a_japanese_date_line_and_start() -> None:
    found = read_terms("大阪、2026年12月1日\n\n入社予定日: 2027年2月1日\n")
    assert found.letter_date is not None and found.letter_date.value == date(2026, 12, 1)
    assert found.start is not None and found.start.value == date(2027, 2, 1)


def test_a_korean_start_date() -> None:
    found = read_terms("2026년 12월 1일\n\n입사 예정일: 2027년 3월 2일\n")
    assert found.letter_date is not None and found.letter_date.value == date(2026, 12, 1)
    assert found.start is not None and found.start.value == date(2027, 3, 2)


def test_a_portuguese_offer_valid_after_receipt_stays_relative() -> None:
    found = read_terms(
        "Curitiba, 2 de dezembro de 2026\n\n"
        "Esta proposta é válida por 5 dias corridos após o recebimento deste e-mail.\n"
    )
    assert found.deadline is not None and found.deadline.value is None
    assert (found.deadline.relative_days, found.deadline.business_days) == (5, False)


def test_more_currency_signs_of_africa_and_asia() -> None:
    cedi = read_terms("Basic salary: GH₵ 21,000 per month\n")
    ringgit = read_terms("Monthly basic salary: RM 14,500\n")
    rupiah = read_terms("Gaji pokok bulanan: Rp 28.000.000\n")
    assert cedi.currency is not None and cedi.currency.value == "GHS"
    assert ringgit.currency is not None and ringgit.currency.value == "MYR"
    assert rupiah.currency is not None and rupiah.currency.value == "IDR"
    assert rupiah.base is not None and rupiah.base.value == 28000000


def test_a_kenyan_kshs_with_its_dot_does_not_end_the_sentence() -> None:
    found = read_terms("Your monthly gross pay will be Kshs. 395,000 before deductions.\n")
    assert found.currency is not None and found.currency.value == "KES"
    assert found.base is not None and found.base.value == 395000


def test_a_hungarian_date_line_and_monthly_pay() -> None:
    found = read_terms("Debrecen, 2026. december 1.\n\nBruttó havi alapbér: 980 000 Ft\n")
    assert found.letter_date is not None and found.letter_date.value == date(2026, 12, 1)
    assert found.currency is not None and found.currency.value == "HUF"
    assert found.base is not None and found.base.value == 980000
    assert found.period is not None and found.period.value.value == "month"


# --- "$" told by a Latin American city; periods after the figure in more languages -----------


def test_a_dollar_sign_in_a_letter_from_bogota_is_colombian_pesos() -> None:
    found = read_terms("Bogotá D.C., 20 de noviembre de 2026\n\nSalario mensual: $ 7.200.000\n")
    assert found.currency is not None and found.currency.value == "COP"


def test_a_chilean_renta_bruta_in_pesos_from_santiago_de_chile() -> None:
    found = read_terms(
        "Santiago de Chile, 20 de noviembre de 2026\n\nRenta bruta mensual: $2.950.000\n"
    )
    assert found.currency is not None and found.currency.value == "CLP"
    assert found.base is not None and found.base.value == 2950000


def test_a_brazilian_u_dollar_is_no_uruguayan_peso() -> None:
    found = read_terms("Salário mensal: U$ 5.000,00 (cinco mil dólares americanos)\n")
    assert found.currency is None or found.currency.value != "UYU"


def test_periods_written_after_the_figure_in_czech_and_spanish() -> None:
    czech = read_terms("Hrubá mzda: 79 000 Kč měsíčně.\n")
    spanish = read_terms("Sueldo: 2.800 € brutos al mes, en 14 pagas.\n")
    assert czech.period is not None and czech.period.value.value == "month"
    assert spanish.period is not None and spanish.period.value.value == "month"


def test_a_bare_dollar_in_a_spanish_letter_that_names_no_country_is_no_us_dollar() -> None:
    found = read_terms(
        "Estimada Ana: nos complace ofrecerle el puesto de Analista de Riesgos en nuestra "
        "empresa, con las condiciones que se detallan a continuación para su revisión.\n"
        "Sueldo mensual: $ 3.900.000\nFecha de inicio: 1 de febrero de 2027\n"
    )
    assert found.base is not None and found.base.value == 3900000
    assert found.currency is None


def test_a_bare_dollar_in_an_english_letter_stays_us_dollars() -> None:
    found = read_terms("We are pleased to offer you a base salary of $142,000 per year.\n")
    assert found.currency is not None and found.currency.value == "USD"
