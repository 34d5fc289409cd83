"""Round eight of the letter reader: each kind of wrong value (and of blank) found on the
twelfth and thirteenth batches, tested with sentences of that kind written here (not the
corpus's own)."""

from __future__ import annotations

from decimal import Decimal

from jobdesk.domain.offer_terms import read_terms
from jobdesk.domain.offers import Period

# --- wrong values --------------------------------------------------------------------------


def test_a_total_written_as_so_many_months_pay_is_the_yearly_salary() -> None:
    found = read_terms(
        "Maandsalaris\t€ 5.100 bruto per maand\n"
        "Eindejaarsuitkering\tin december, € 66.300 (13 × € 5.100), exclusief vakantiegeld\n"
    )
    assert found.base is not None and found.base.value == Decimal("66300")
    assert found.period is not None and found.period.value is Period.YEAR


def test_a_row_of_a_monthly_and_a_yearly_column_gives_the_yearly_figure() -> None:
    found = read_terms(
        "Salary structure\n\n"
        "Head\tMonthly (INR)                 Annual (INR)\n"
        "Basic\t95,000                        11,40,000\n"
        "Total Fixed CTC\t2,45,000                      29,40,000\n"
    )
    assert found.base is not None and found.base.value == Decimal("2940000")
    assert found.period is not None and found.period.value is Period.YEAR
    assert found.currency is not None and found.currency.value == "INR"


def test_a_payment_made_with_the_first_salary_is_not_the_salary() -> None:
    found = read_terms("Starting bonus\nEUR 3,000 (one-off), paid with the first month's salary\n")
    assert found.base is None
    assert found.period is None


def test_a_french_title_goes_on_past_an_elided_article() -> None:
    found = read_terms(
        "Nous avons le plaisir de vous confirmer votre engagement au poste de Responsable "
        "d'Exploitation au sein de notre site de Nantes."
    )
    assert found.title is not None and found.title.value == "Responsable d'Exploitation"


def test_the_customers_a_sales_role_serves_stay_in_its_title() -> None:
    found = read_terms(
        "We are delighted to offer you the role of Sales Development Representative, "
        "Enterprise, reporting to Priya Shah."
    )
    assert found.title is not None
    assert found.title.value == "Sales Development Representative, Enterprise"


def test_whom_a_role_reports_to_is_no_part_of_its_title() -> None:
    found = read_terms("Position: Head of Product, reporting to the Chief Executive\n")
    assert found.title is not None and found.title.value == "Head of Product"
    german = read_terms("Stelle: Leiter Vertrieb, berichtet an die Geschäftsführung\n")
    assert german.title is not None and german.title.value == "Leiter Vertrieb"
    unit = read_terms("Job title: Director, Reporting & Analytics\n")
    assert unit.title is not None and unit.title.value == "Director, Reporting & Analytics"


def test_a_period_to_repay_a_bonus_is_not_the_reply_deadline() -> None:
    found = read_terms(
        "If you leave within six months, you will return the relocation allowance within "
        "21 days of your last day."
    )
    assert found.deadline is None
    signing = read_terms(
        "Should you resign in your first year, the sign-on bonus is to be repaid within four weeks."
    )
    assert signing.deadline is None


def test_quarterly_vesting_in_german_has_no_twelve_month_cliff() -> None:
    found = read_terms(
        "Die Aktienoptionen werden über drei Jahre vierteljährlich zu gleichen Teilen unverfallbar."
    )
    assert found.vesting_years is not None and found.vesting_years.value == Decimal("3")
    assert found.cliff_months is None


def test_a_later_performance_grant_gives_neither_the_units_nor_the_years() -> None:
    found = read_terms(
        "You will receive 24,000 RSUs as your new-hire grant. The RSUs vest in four equal annual "
        "instalments from your start date.\n\n"
        "You will also be considered for up to 8,000 performance share units, vesting after "
        "three years subject to the company's results."
    )
    assert found.equity_units is not None and found.equity_units.value == Decimal("24000")
    assert found.vesting_years is not None and found.vesting_years.value == Decimal("4")
    assert found.cliff_months is not None and found.cliff_months.value == 12


def test_a_letter_whose_only_grant_is_performance_shares_keeps_it() -> None:
    found = read_terms(
        "Under our Long-Term Incentive Plan you will receive 2,500 performance shares, which "
        "vest over three years with a one-year cliff."
    )
    assert found.equity_units is not None and found.equity_units.value == Decimal("2500")
    assert found.vesting_years is not None and found.vesting_years.value == Decimal("3")
    assert found.cliff_months is not None and found.cliff_months.value == 12


def test_a_share_of_profits_is_not_the_bonus() -> None:
    found = read_terms(
        "Bonus: there is no personal bonus plan; instead 8% of the company's net profits "
        "are paid out to all staff each spring."
    )
    assert found.bonus_percent is None


def test_a_team_after_the_comma_of_a_title_row_stays_in_the_title() -> None:
    found = read_terms(
        "Rolle: Data Engineer (m/w/d), Team Suche\nGehalt: 72.000 € brutto im Jahr\n"
    )
    assert found.title is not None and found.title.value == "Data Engineer, Team Suche"


# --- blanks: vesting told in prose -----------------------------------------------------------


def test_german_vesting_with_a_waiting_period_in_brackets() -> None:
    found = read_terms(
        "Sie erhalten 3.000 virtuelle Anteile. Die Anteile vesten über drei Jahre; nach "
        "einer Wartezeit (Cliff) von sechs Monaten wird ein Sechstel unverfallbar."
    )
    assert found.vesting_years is not None and found.vesting_years.value == Decimal("3")
    assert found.cliff_months is not None and found.cliff_months.value == 6


def test_a_vesting_sentence_after_the_grant_names_no_grant_of_its_own() -> None:
    found = read_terms(
        "Il vous sera attribué 12 000 BSPCE. Ils seront acquis sur une durée de trois ans : "
        "un tiers à l'issue d'une période de douze mois, puis par trimestre."
    )
    assert found.vesting_years is not None and found.vesting_years.value == Decimal("3")
    assert found.cliff_months is not None and found.cliff_months.value == 12


def test_dutch_and_german_yearly_parts_give_the_years_and_a_twelve_month_cliff() -> None:
    dutch = read_terms(
        "Je ontvangt 2.500 certificaten van aandelen. De certificaten worden in vier gelijke "
        "jaarlijkse delen onvoorwaardelijk."
    )
    assert dutch.vesting_years is not None and dutch.vesting_years.value == Decimal("4")
    assert dutch.cliff_months is not None and dutch.cliff_months.value == 12
    german = read_terms(
        "Sie erhalten 900 PSU. Die PSU werden in zwei gleichen jährlichen Tranchen übertragen."
    )
    assert german.vesting_years is not None and german.vesting_years.value == Decimal("2")
    assert german.cliff_months is not None and german.cliff_months.value == 12


def test_vesting_on_each_of_the_first_anniversaries() -> None:
    found = read_terms(
        "The restricted share units will vest in equal parts on each of the first four "
        "anniversaries of the grant date."
    )
    assert found.vesting_years is not None and found.vesting_years.value == Decimal("4")
    assert found.cliff_months is not None and found.cliff_months.value == 12


def test_french_vesting_on_each_anniversary_is_a_twelve_month_cliff() -> None:
    found = read_terms(
        "Vous recevrez 1 500 actions gratuites, acquises par quart sur quatre ans à chaque "
        "anniversaire de votre arrivée."
    )
    assert found.cliff_months is not None and found.cliff_months.value == 12


def test_a_share_each_year_after_the_period_is_a_twelve_month_cliff() -> None:
    found = read_terms(
        "You will be granted 4,000 stock options vesting over four years, 25% every year "
        "from the date of grant."
    )
    assert found.cliff_months is not None and found.cliff_months.value == 12


def test_a_grant_that_vests_all_at_once_has_its_whole_period_as_the_cliff() -> None:
    found = read_terms(
        "Vous recevrez 600 actions de performance, définitivement acquises au terme d'une "
        "période de deux ans."
    )
    assert found.vesting_years is not None and found.vesting_years.value == Decimal("2")
    assert found.cliff_months is not None and found.cliff_months.value == 24


def test_a_first_part_after_your_first_months_or_at_the_end_of_the_first_year() -> None:
    found = read_terms(
        "The option over 20,000 shares vests over three years: one third of the shares vest "
        "after your first twelve months of service, the rest monthly."
    )
    assert found.cliff_months is not None and found.cliff_months.value == 12
    graded = read_terms(
        "You will be granted 5,000 options. The options vest over four years: 15% at the end "
        "of the first year, 25% at the end of the second year and 60% after that."
    )
    assert graded.cliff_months is not None and graded.cliff_months.value == 12


def test_a_polish_cliff_is_read_after_its_word() -> None:
    found = read_terms(
        "Otrzyma Pani 4 000 opcji na akcje. Nabywanie uprawnień (vesting) trwa 3 lata, z "
        "okresem cliff wynoszącym 6 miesięcy."
    )
    assert found.vesting_years is not None and found.vesting_years.value == Decimal("3")
    assert found.cliff_months is not None and found.cliff_months.value == 6


# --- blanks: summaries, stipends, revisions -------------------------------------------------


def test_a_portal_summary_with_dot_leaders_is_read_as_pairs() -> None:
    found = read_terms(
        "Here is a quick summary of your offer:\n\n"
        "  Job title ........... Product Designer II\n"
        "  Location ............ Denver, CO\n"
        "  Annual salary ....... $131,500 CAD / year\n"
        "  First day ........... 8 February 2027\n"
    )
    assert found.title is not None and found.title.value == "Product Designer II"
    assert found.location is not None and found.location.value == "Denver, CO"
    assert found.base is not None and found.base.value == Decimal("131500")
    assert found.currency is not None and found.currency.value == "CAD"
    assert found.period is not None and found.period.value is Period.YEAR
    assert found.period.note == ""


def test_an_interns_monthly_allowance_is_the_pay() -> None:
    found = read_terms(
        "Position: Software Engineering Intern\n"
        "Monthly allowance: HKD 14,000\n"
        "Housing allowance: HKD 6,000 per month\n"
    )
    assert found.base is not None and found.base.value == Decimal("14000")
    assert found.currency is not None and found.currency.value == "HKD"
    assert found.period is not None and found.period.value is Period.MONTH


def test_a_french_internship_gratification_and_its_labels() -> None:
    found = read_terms(
        "Intitulé: Stagiaire Contrôle de Gestion\n"
        "Début: lundi 5 avril 2027\n"
        "Gratification: 980 € par mois\n"
    )
    assert found.title is not None and found.title.value == "Stagiaire Contrôle de Gestion"
    assert found.base is not None and found.base.value == Decimal("980")
    assert found.period is not None and found.period.value is Period.MONTH
    assert found.start is not None and str(found.start.value) == "2027-04-05"


def test_the_first_day_of_a_placement_period_is_the_start() -> None:
    found = read_terms(
        "Date: 30 November 2026\nPlacement period: 10 weeks, from 7 June 2027 to 13 August 2027\n"
    )
    assert found.start is not None and str(found.start.value) == "2027-06-07"


def test_a_revised_offers_table_gives_the_revised_column() -> None:
    found = read_terms(
        "Updated offer\n\n"
        "Revised: 3 December 2026\n\n"
        "Term\tOriginal\tNew\n\n"
        "Annual salary\t£68,000 per year\t£72,500 per year\n\n"
        "RSUs\t1,200\t1,500\n\n"
        "Please accept the new offer within three business days of this letter.\n"
    )
    assert found.base is not None and found.base.value == Decimal("72500")
    assert found.currency is not None and found.currency.value == "GBP"
    assert found.equity_units is not None and found.equity_units.value == Decimal("1500")
    assert found.letter_date is not None and str(found.letter_date.value) == "2026-12-03"
    assert found.deadline is not None and str(found.deadline.value) == "2026-12-08"


def test_a_bare_count_under_a_grants_label_is_the_grant() -> None:
    found = read_terms("Stock options: 12,500\nVesting: over four years with a one-year cliff\n")
    assert found.equity_units is not None and found.equity_units.value == Decimal("12500")
    plan = read_terms("ESOP: 2023\n")
    assert plan.equity_units is None
    worth = read_terms("RSUs: 4,000 (worth approximately $200,000), vesting annually\n")
    assert worth.equity_units is not None and worth.equity_units.value == Decimal("4000")
    share = read_terms("Equity: 0.5% (fully diluted)\n")
    assert share.equity_units is None


def test_a_letters_own_date_is_read_in_the_order_its_other_dates_are_written() -> None:
    found = read_terms(
        "Date: 03-12-2026\n\n"
        "Dear Arjun,\n\n"
        "Further to your interview on 24-11-2026 we are pleased to offer you the post of "
        "Data Analyst. Please sign and return a copy within 7 days of the date of this letter."
    )
    assert found.letter_date is not None and str(found.letter_date.value) == "2026-12-03"
    assert found.letter_date.note == "Read day first, as the letter writes its other dates."
    assert found.deadline is not None and str(found.deadline.value) == "2026-12-10"


def test_a_french_full_remote_post_is_telework_in_its_country() -> None:
    found = read_terms(
        "Vous exercerez vos fonctions entièrement en télétravail depuis la Belgique, avec "
        "une visite par trimestre à notre siège de Lille."
    )
    assert found.location is not None and found.location.value == "Télétravail (Belgique)"


def test_a_reply_that_improves_the_offer_wins_over_the_quoted_one() -> None:
    found = read_terms(
        "Hi Sam,\n\n"
        "Good news: we can raise the salary to €71,000 a year (increased from €66,000). "
        "Could you let us know by 9 December 2026?\n\n"
        "On 30 Nov 2026, at 10:12, Ines Maas <ines@example.com> wrote:\n\n"
        "> Salary: €66,000 a year\n"
        "> Start date: 1 February 2027\n"
        "> Please let us know by 4 December 2026.\n"
    )
    assert found.base is not None and found.base.value == Decimal("71000")
    assert found.deadline is not None and str(found.deadline.value) == "2026-12-09"
    assert found.start is not None and str(found.start.value) == "2027-02-01"


# --- blanks: labels and deadlines in other words ---------------------------------------------


def test_the_end_of_a_fixed_term_is_not_a_reply_deadline() -> None:
    found = read_terms(
        "Hamburg, 2. Dezember 2026\n\n"
        "Befristung: 18 Monate, das Arbeitsverhältnis endet am 30. Juni 2028.\n"
        "Bitte geben Sie uns bis zum 16. Dezember 2026 Bescheid.\n"
    )
    assert found.deadline is not None and str(found.deadline.value) == "2026-12-16"


def test_a_label_with_a_typographic_apostrophe_names_its_term() -> None:
    found = read_terms("Date d’embauche\t3 mai 2027\n")
    assert found.start is not None and str(found.start.value) == "2027-05-03"


def test_a_contractors_assignment_start_is_the_start() -> None:
    found = read_terms("Contract start: Tuesday, March 2, 2027\nHourly rate: $85.00 per hour\n")
    assert found.start is not None and str(found.start.value) == "2027-03-02"


def test_a_polish_request_to_say_whether_the_offer_is_accepted_is_the_deadline() -> None:
    found = read_terms(
        "Warszawa, 1 grudnia 2026 r.\n\n"
        "Uprzejmie prosimy o informację o decyzji do dnia 11 grudnia 2026 r.\n"
    )
    assert found.deadline is not None and str(found.deadline.value) == "2026-12-11"


def test_a_start_under_its_heading_may_go_on_after_the_date() -> None:
    found = read_terms(
        "Start date\nMonday 12 April 2027, or a later date if your notice period requires\n\n"
    )
    assert found.start is not None and str(found.start.value) == "2027-04-12"


def test_reply_deadlines_told_in_german_french_and_as_an_expiry() -> None:
    german = read_terms(
        "Bitte lassen Sie mich innerhalb von zehn Tagen nach Erhalt dieses Briefes wissen, ob "
        "Sie dabei sind."
    )
    assert german.deadline is not None and german.deadline.relative_days == 10
    french = read_terms(
        "Paris, le 2 décembre 2026\n\n"
        "Merci de nous communiquer votre décision sous dix jours à compter de la date de ce "
        "courrier."
    )
    assert french.deadline is not None and str(french.deadline.value) == "2026-12-12"
    expiry = read_terms(
        "December 3, 2026\n\nThis offer lapses ten days after the date of this letter."
    )
    assert expiry.deadline is not None and str(expiry.deadline.value) == "2026-12-13"


def test_a_place_of_work_named_as_our_site_of_a_town() -> None:
    french = read_terms(
        "Votre lieu de travail sera notre établissement de Grenoble, avec deux jours de "
        "télétravail par semaine."
    )
    assert french.location is not None and french.location.value == "Grenoble"
    english = read_terms("Your place of posting will be our Hyderabad Innovation Centre.")
    assert english.location is not None and english.location.value == "Hyderabad"


def test_a_salary_per_calendar_month_is_monthly() -> None:
    found = read_terms("Salary: £6,250 per calendar month\n")
    assert found.period is not None and found.period.value is Period.MONTH


def test_a_ctc_total_with_the_variable_at_target_is_not_the_fixed_pay() -> None:
    found = read_terms(
        "Fixed CTC\t₹ 42,00,000 per annum\n"
        "Variable pay\t₹ 4,20,000\n"
        "Total CTC (including target variable)\t₹ 46,20,000 per annum\n"
    )
    assert found.base is not None and found.base.value == Decimal("4200000")


def test_a_sign_on_total_stated_before_its_parts_is_the_sign_on() -> None:
    found = read_terms(
        "- Sign-on bonus: $60,000, paid in two installments ($40,000 in your first paycheck, "
        "$20,000 after your first 12 months). If you leave voluntarily before your first "
        "anniversary, the first installment is repayable in full."
    )
    assert found.sign_on is not None and found.sign_on.value == Decimal("60000")


def test_a_new_hire_grant_one_is_eligible_for_is_kept_beside_refresh_grants() -> None:
    found = read_terms(
        "You will be eligible for a grant of 10,000 RSUs, vesting over four years with a "
        "one-year cliff. From 2028 you may also receive annual refresh grants that vest "
        "quarterly over three years."
    )
    assert found.equity_units is not None and found.equity_units.value == Decimal("10000")
    assert found.vesting_years is not None and found.vesting_years.value == Decimal("4")
    assert found.cliff_months is not None and found.cliff_months.value == 12


def test_when_vested_options_expire_is_not_the_reply_deadline() -> None:
    found = read_terms(
        "December 3, 2026\n\nVested options expire 90 days after your employment ends."
    )
    assert found.deadline is None


def test_a_summary_of_bullets_with_dashes_is_read_as_pairs() -> None:
    found = read_terms(
        "Your offer at a glance:\n\n"
        "• Role – Customer Success Lead\n"
        "• Location – Leeds\n"
        "• Start date – 1 March 2027\n"
    )
    assert found.title is not None and found.title.value == "Customer Success Lead"
    assert found.location is not None and found.location.value == "Leeds"
    assert found.start is not None and str(found.start.value) == "2027-03-01"


def test_a_grant_that_vests_in_full_after_years_in_german_word_order() -> None:
    found = read_terms(
        "Sie erhalten 1.500 RSUs. Die RSUs werden nach vier Jahren vollständig unverfallbar."
    )
    assert found.vesting_years is not None and found.vesting_years.value == Decimal("4")
    assert found.cliff_months is not None and found.cliff_months.value == 48


def test_an_interns_pay_told_in_a_sentence() -> None:
    french = read_terms("Vous percevrez une gratification mensuelle de 980 € pendant le stage.")
    assert french.base is not None and french.base.value == Decimal("980")
    assert french.period is not None and french.period.value is Period.MONTH
    dutch = read_terms("Je ontvangt een stagevergoeding van € 500 per maand.")
    assert dutch.base is not None and dutch.base.value == Decimal("500")
    hourly = read_terms("During the internship you will be paid $38.50 per hour.")
    assert hourly.base is not None and hourly.base.value == Decimal("38.50")
    assert hourly.period is not None and hourly.period.value is Period.HOUR


def test_a_yearly_figure_after_a_monthly_one_in_one_sentence_is_yearly() -> None:
    found = read_terms(
        "Je salaris bedraagt € 4.500 bruto per maand, op jaarbasis € 58.320 inclusief 8% "
        "vakantiegeld."
    )
    assert found.base is not None and found.base.value == Decimal("58320")
    assert found.period is not None and found.period.value is Period.YEAR


def test_of_two_grants_told_apart_by_nothing_only_the_first_ones_vesting_counts() -> None:
    found = read_terms(
        "Buy-out award: 1,600 RSUs vesting 50% after six months and 50% after 12 months.\n\n"
        "In addition, you will receive 7,000 RSUs vesting over four years with a one-year "
        "cliff."
    )
    assert found.equity_units is None  # two grant sizes: the user picks
    assert found.vesting_years is None
    assert found.cliff_months is not None and found.cliff_months.value == 6


def test_a_grant_vesting_in_full_on_an_anniversary() -> None:
    found = read_terms(
        "You will receive 900 RSUs vesting in full on the second anniversary of your start."
    )
    assert found.vesting_years is not None and found.vesting_years.value == Decimal("2")
    assert found.cliff_months is not None and found.cliff_months.value == 24


def test_a_german_date_line_is_no_numbered_list() -> None:
    found = read_terms(
        "7. Dezember 2026\n\nHallo Max,\n\nbitte gib uns innerhalb von zwei Wochen Bescheid."
    )
    assert found.letter_date is not None and str(found.letter_date.value) == "2026-12-07"
    assert found.deadline is not None and str(found.deadline.value) == "2026-12-21"


def test_a_payment_that_will_be_paid_is_not_the_salary() -> None:
    found = read_terms(
        "Your bonus will be paid in March: up to $10,000. A signing bonus of $5,000 will be "
        "paid $2,500 at a time."
    )
    assert found.base is None
    assert found.sign_on is not None and found.sign_on.value == Decimal("5000")


def test_a_section_heading_after_a_dash_is_no_title() -> None:
    found = read_terms(
        "Position – overview\n\nWe are pleased to offer you the position of Payroll Analyst."
    )
    assert found.title is not None and found.title.value == "Payroll Analyst"
    dashed = read_terms("Role – Head of Partnerships – reporting to the COO\n")
    assert dashed.title is not None and dashed.title.value == "Head of Partnerships"


def test_a_salary_the_employer_raises_from_one_figure_to_another_is_the_new_one() -> None:
    english = read_terms("We have increased your base salary from £64,000 to £69,500 per annum.")
    assert english.base is not None and english.base.value == Decimal("69500")
    german = read_terms("Wir erhöhen Ihr Jahresgehalt von 81.000 € auf 85.000 €.")
    assert german.base is not None and german.base.value == Decimal("85000")
    french = read_terms("Nous portons votre salaire annuel de 47 000 € à 49 500 €.")
    assert french.base is not None and french.base.value == Decimal("49500")


def test_a_title_on_the_line_under_the_sentence_that_names_it() -> None:
    found = read_terms(
        "Dear Ann,\n\nWe are pleased to offer you the following position:\n"
        "Senior Payroll Specialist\n\nYour salary will be £40,000 per annum."
    )
    assert found.title is not None and found.title.value == "Senior Payroll Specialist"
    polish = read_terms(
        "Szanowna Pani,\n\nPrzedstawiamy ofertę pracy na stanowisku:\n"
        "Starszy Analityk Danych / Senior Data Analyst\n"
    )
    assert polish.title is not None
    assert polish.title.value == "Starszy Analityk Danych / Senior Data Analyst"


def test_a_figure_the_letter_says_it_was_before_is_not_the_offer() -> None:
    found = read_terms(
        "Base salary: $148,000 (was $140,000)\nSign-on bonus: $15,000 (was $8,000)\n"
    )
    assert found.base is not None and found.base.value == Decimal("148000")
    assert found.sign_on is not None and found.sign_on.value == Decimal("15000")
