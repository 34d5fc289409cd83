"""Round seventeen of the letter reader, part b: recruiter shorthand, quoted replies, chat
exports and casual dates found at first sight on the forty-second batch, each kind tested
with sentences written here (not the corpus's own)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from jobdesk.domain.offer_terms import read_terms
from jobdesk.domain.offers import Period

# --- a reply asked for by a day of the week ------------------------------------------------------


def test_a_weekday_deadline_is_the_next_such_day_after_the_letter() -> None:
    found = read_terms(
        "Date: 9 December 2026\n\nHi Omar,\n\n"
        "Great news, the panel said yes. Base is $150,000 per year.\n"
        "pls let me know by Fri so we can send the paperwork.\n"
    )
    assert found.deadline is not None and found.deadline.value == date(2026, 12, 11)


def test_a_weekday_named_on_that_day_is_the_one_a_week_later() -> None:
    found = read_terms(
        "Date: 11 December 2026\n\nHi Omar,\n\nCan you get back to me by EOD Friday?\n"
    )
    assert found.deadline is not None and found.deadline.value == date(2026, 12, 18)


def test_end_of_the_week_is_its_friday() -> None:
    found = read_terms(
        "Date: 8 December 2026\n\nHi Omar,\n\n"
        "Could you let me know by end of the week (EOW) whether it works for you?\n"
    )
    assert found.deadline is not None and found.deadline.value == date(2026, 12, 11)


def test_next_monday_is_the_coming_one_with_a_note_to_check() -> None:
    found = read_terms("Date: 10 December 2026\n\nHi Omar,\n\nCan you reply by next Monday?\n")
    assert found.deadline is not None and found.deadline.value == date(2026, 12, 14)
    assert "next" in found.deadline.note


def test_a_german_weekday_deadline() -> None:
    found = read_terms(
        "Date: 7 December 2026\n\nHallo Lena,\n\nGib mir bitte bis Donnerstag Bescheid.\n"
    )
    assert found.deadline is not None and found.deadline.value == date(2026, 12, 10)


def test_an_undated_note_leaves_a_weekday_deadline_blank() -> None:
    found = read_terms("Hi Omar,\n\nBase is $150,000 per year. pls reply by Fri.\n")
    assert found.deadline is None


# --- a numeric day and month with no year, settled by its weekday ------------------------------


def test_the_weekday_settles_a_yearless_numeric_start() -> None:
    # 2 March 2027 is a Tuesday, 3 February 2027 a Wednesday.
    found = read_terms("Date: 25 November 2026\n\nHi Omar,\n\n* start Tue 2/3 if that suits\n")
    assert found.start is not None and found.start.value == date(2027, 3, 2)


def test_a_yearless_numeric_start_both_weekdays_fit_stays_blank() -> None:
    # 8 February 2027 and 2 August 2027 are both Mondays.
    found = read_terms("Date: 25 November 2026\n\nHi Omar,\n\n* start Mon 8/2 if that suits\n")
    assert found.start is None or found.start.value is None


def test_your_start_would_be_names_the_start() -> None:
    # 4 February 2027 is a Thursday, 2 April 2027 a Friday.
    found = read_terms(
        "Date: 20 November 2026\n\nHi Omar,\n\n"
        "Your start would be Thursday 2/4 in the Boston office.\n"
    )
    assert found.start is not None and found.start.value == date(2027, 2, 4)


def test_a_german_start_am_with_day_and_month() -> None:
    found = read_terms(
        "Date: 30 November 2026\n\nHallo Lena,\n\n– Start am 1.4., Probezeit 6 Monate\n"
        "– 72k € brutto p.a. (Fixgehalt)\n"
    )
    assert found.start is not None and found.start.value == date(2027, 4, 1)
    assert found.base is not None and found.base.value == 72000
    assert found.period is not None and found.period.value is Period.YEAR


# --- recruiter shorthand: lakhs, thousands, totals -------------------------------------------


def test_lakhs_written_with_an_l() -> None:
    found = read_terms(
        "Hi Kiran,\n\nFinal numbers:\n₹42L fixed CTC\n"
        "₹3L joining bonus, paid with the first salary\n"
    )
    assert found.base is not None and found.base.value == 4200000
    assert found.period is not None and found.period.value is Period.YEAR
    assert found.sign_on is not None and found.sign_on.value == 300000


def test_an_l_after_euros_is_no_lakh() -> None:
    found = read_terms("Hi Kiran,\n\nThe joining bonus is €5L.\n")
    assert found.sign_on is None


def test_thousands_with_the_currency_in_brackets() -> None:
    found = read_terms("Dana - recap:\n\nSenior Analyst\n160K base (CAD)\nstart Mar 1\n")
    assert found.base is not None and found.base.value == 160000
    assert found.currency is not None and found.currency.value == "CAD"


def test_total_comp_is_neither_the_base_nor_the_sign_on() -> None:
    found = read_terms(
        "Hi Omar,\n\n- $210k base\n- 12% target bonus\n"
        "- TC ~$300k in year one including the sign-on\n"
    )
    assert found.base is not None and found.base.value == 210000
    assert found.sign_on is None


def test_on_target_earnings_are_not_the_base() -> None:
    found = read_terms("Hi Omar,\n\n• $120k base\n• $240k OTE at 100% of quota\n")
    assert found.base is not None and found.base.value == 120000
    assert found.bonus_amount is None


def test_a_salary_plus_a_bonus_share_is_the_base() -> None:
    found = read_terms("Hi Ben,\n\nThe final offer is £90,000 + 12% bonus (target).\n")
    assert found.base is not None and found.base.value == 90000
    assert found.bonus_percent is not None and found.bonus_percent.value == 12
    assert found.bonus_amount is None


def test_the_candidates_ask_is_no_term() -> None:
    found = read_terms(
        "Hi Ben,\n\nThe final offer is £90,000 + 12% bonus (target). They could not reach the "
        "£105k you asked for.\n"
    )
    assert found.base is not None and found.base.value == 90000
    assert found.bonus_amount is None


def test_recruiter_units_and_years() -> None:
    found = read_terms("Hi Omar,\n\n- 20k RSUs over 4y, 1y cliff, then quarterly\n")
    assert found.equity_units is not None and found.equity_units.value == 20000
    assert found.vesting_years is not None and found.vesting_years.value == 4
    assert found.cliff_months is not None and found.cliff_months.value == 12


def test_a_third_after_year_one_is_a_cliff() -> None:
    found = read_terms("Equity: 6,000 options, vesting over 3 yrs, 1/3 after yr 1 then monthly\n")
    assert found.cliff_months is not None and found.cliff_months.value == 12


# --- the newest part of a mail, and of a chat ------------------------------------------------


def test_a_reply_names_its_own_bonus_above_the_quoted_first_number() -> None:
    found = read_terms(
        "Date: 18 November 2026\n\nHi Ben,\n\nFinal offer is £90,000 + 12% bonus (target).\n\n"
        "-----Original Message-----\nFrom: Alex\n\n"
        "Hi Ben, first number is £84k + 9% bonus, start in February.\n"
    )
    assert found.base is not None and found.base.value == 90000
    assert found.bonus_percent is not None and found.bonus_percent.value == 12


def test_a_chat_is_read_from_its_newest_offer() -> None:
    found = read_terms(
        "WhatsApp chat with Eva (Dunecraft)\n\n"
        "[14/12/2026, 10:05] Eva (Dunecraft): Hi Tom! First idea: €64k base, start 1 Feb\n"
        "[14/12/2026, 11:30] Tom Berg: I was hoping for 70 and a March start\n"
        "[16/12/2026, 16:12] Eva (Dunecraft): Final offer: €68k base (gross/yr), "
        "start 1 March 2027\n"
        "[16/12/2026, 16:13] Eva (Dunecraft): Could you let me know by Monday?\n"
    )
    assert found.base is not None and found.base.value == 68000
    assert found.start is not None and found.start.value == date(2027, 3, 1)
    assert found.letter_date is not None and found.letter_date.value == date(2026, 12, 16)
    assert found.deadline is not None and found.deadline.value == date(2026, 12, 21)


# --- relative days that are a start, and a note's own date ------------------------------------


def test_joining_within_days_of_acceptance_is_no_deadline() -> None:
    found = read_terms(
        "Designation: Analyst\nFixed CTC: ₹ 12 lakh per annum\n"
        "Date of joining: within 45 days of acceptance\n\n"
        "Please confirm within 3 working days.\n"
    )
    assert found.deadline is not None
    assert found.deadline.relative_days == 3 and found.deadline.business_days


def test_a_notes_date_at_its_top() -> None:
    found = read_terms(
        "# Offer - Kim\n\n_Notes from the debrief, Tue 1 Dec 2026 — shared with Kim_\n\n"
        "| Who | What | When |\n|---|---|---|\n| Kim | reply yes/no | EOW |\n"
    )
    assert found.letter_date is not None and found.letter_date.value == date(2026, 12, 1)
    assert found.deadline is not None and found.deadline.value == date(2026, 12, 4)


def test_a_german_note_stand() -> None:
    found = read_terms(
        "## Angebot\n\n*Stand: 3. Dezember 2026, nach dem Gespräch*\n\nGehalt: 70k €\n"
    )
    assert found.letter_date is not None and found.letter_date.value == date(2026, 12, 3)


def test_figures_stay_decimal() -> None:
    found = read_terms("Hi Kiran,\n\n₹18.5L fixed CTC\n")
    assert found.base is not None and found.base.value == Decimal(1850000)


def test_a_sent_line_with_its_weekday_dates_the_mail() -> None:
    found = read_terms(
        "From: Jo Park <jo@example.com>\nTo: Sam Lee <sam@example.com>\n"
        "Sent: Thu, Dec 3, 2026 at 7:15 PM\nSubject: Re: offer\n\nSam —\n\n"
        "Base: $150,000 per year. Can you let me know by Dec 9?\n"
    )
    assert found.letter_date is not None and found.letter_date.value == date(2026, 12, 3)


def test_a_years_part_of_a_grant_is_not_its_worth() -> None:
    found = read_terms(
        "Hi Sam,\n\nComp: base $170k + $150k in RSUs over 3 years ($50k/yr)\n"
        "RSUs vesting in year 1: $50,000\n"
    )
    assert found.equity_value is not None and found.equity_value.value == 150000


def test_todays_pay_the_candidate_told_is_no_base() -> None:
    found = read_terms("Base: $170k (you mentioned you're at $158k today)\n")
    assert found.base is not None and found.base.value == 170000
    assert not any(u.term == "base" for u in found.unsure)


def test_shares_added_to_the_first_number_are_part_of_the_grant() -> None:
    found = read_terms(
        "Equity: 2,400 virtual shares, vesting over 4 years with a 12-month cliff\n\n"
        "We could not move on salary, so we added 300 virtual shares to the first offer.\n"
    )
    assert found.equity_units is not None and found.equity_units.value == 2400


def test_a_sign_on_in_thousands_with_no_currency_sign() -> None:
    found = read_terms(
        "Hi Sam,\n\n- $160k base\n- sign-on 30k paid in two halves (15k now, 15k at 6 months)\n"
    )
    assert found.sign_on is not None and found.sign_on.value == 30000


def test_a_share_named_variable_is_the_bonus() -> None:
    found = read_terms("Hi Kiran,\n\n₹30L fixed CTC + 12% variable (on fixed, paid yearly)\n")
    assert found.bonus_percent is not None and found.bonus_percent.value == 12


def test_a_share_price_to_the_cent_is_no_grant_worth() -> None:
    found = read_terms(
        "Based on the average closing price of our common stock as of 1 December 2026 "
        "($142.00), the award is worth about $284,000.\n"
        "RSUs vesting in year 1 (25% of 2,000 $71,000 at $142.00)\n"
    )
    assert found.equity_value is None or found.equity_value.value == 284000


def test_the_level_a_variable_pay_is_quoted_at_is_no_bonus_share() -> None:
    found = read_terms("- Variable : 4 k€ sur objectifs (à 100 % d'atteinte), versés en mars\n")
    assert found.bonus_percent is None


def test_the_cover_mail_settles_the_attached_letters_numeric_start() -> None:
    from jobdesk.domain.offer_terms import read_letter

    mail = (
        "Date: 24 November 2026\n\nHi Rhian,\n\nThe letter is attached. I've put the start in "
        "as 07/06/2027, i.e. Monday 7 June, as you asked.\n"
    )
    letter = (
        "24 November 2026\n\nDear Rhian,\n\nOffer of employment – Site Engineer\n\n"
        "Salary: £52,000 per annum\nStart date: 07/06/2027\nPlace of work: Cardiff\n"
    )
    found = read_letter(mail, [letter])
    assert found.start is not None and found.start.value == date(2027, 6, 7)


def test_a_chats_other_stamps_settle_which_comes_first() -> None:
    found = read_terms(
        "WhatsApp chat with Eva (Dunecraft)\n\n"
        "[28/11/2026, 10:05] Eva (Dunecraft): Hi Tom! First idea: €64k base\n"
        "[28/11/2026, 11:30] Tom Berg: I was hoping for 70\n"
        "[03/12/2026, 16:12] Eva (Dunecraft): Final offer: €68k base (gross/yr)\n"
        "[03/12/2026, 16:13] Eva (Dunecraft): Could you let me know by Monday?\n"
    )
    assert found.letter_date is not None and found.letter_date.value == date(2026, 12, 3)
    assert found.deadline is not None and found.deadline.value == date(2026, 12, 7)
    assert found.base is not None and found.base.value == 68000
