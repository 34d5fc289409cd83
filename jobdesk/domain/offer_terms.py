"""Finding an offer's terms in the text of its letter.

Each value found carries the sentence it came from, so the user can check it
before anything is saved. What is not found stays empty; where reading a value
needed an assumption (a "$" taken as US dollars, a salary with no period taken
as yearly, a year left out) the value says so in its note. A date such as
05/12/2026 that reads two ways is not decided here: both readings are offered.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

from jobdesk.domain.letters.dates import (
    _DEADLINE_WORDS,
    _START_HEADING,
    _START_WORDS,
    _chat_messages,
    _chat_offer_date,
    _date_after,
    _DateMention,
    _dates,
    _found_date,
    _numeric_order,
    _own_date,
    _relative_deadline,
    _unstamped,
    _weekday_deadline,
)
from jobdesk.domain.letters.equity import (
    _A_TRANCHE,
    _ANNUAL_COUNT,
    _ANNUAL_VESTING,
    _BY_QUARTER,
    _CJK,
    _CLIFF,
    _DURATION,
    _EQUITY,
    _FIRST_YEAR_ROW,
    _IN_PARTS,
    _LAST_ANNIVERSARY,
    _NOT_VESTING,
    _ORDINALS,
    _REST_OVER,
    _REST_PART,
    _THE_REST,
    _THEY_VEST,
    _UNITS,
    _VESTING,
    _VESTING_IN_A_WORD,
    _VESTS_AT_ONCE,
    _YEARS_IN_A_WORD,
    _first_grant,
    _months,
    _not_a_year,
    _not_the_grant,
    _read_chinese_equity,
    _sane_equity,
)
from jobdesk.domain.letters.found import (
    ASSUMED_CONFIDENCE,
    MAX_TEXT,
    PAIR_CONFIDENCE,
    SENTENCE_CONFIDENCE,
    TERM_NAMES,
    Found,
    FoundDate,
    FoundTerms,
    Unsure,
    _Candidates,
    _Pay,
    add_days,
    long_date,
)
from jobdesk.domain.letters.money import (
    _CODE,
    _COST_TO_COMPANY,
    _CTC,
    _MONEY,
    _NUMBER,
    _PAST_BONUS,
    _PERCENT,
    _SYMBOL,
    _US_STATE_CODES,
    _crown_currency,
    _currency_of,
    _dollar_currency,
    _figure,
    _kind_near,
    _Mention,
    _money,
    _period,
    _word_number,
)
from jobdesk.domain.letters.places import (
    _STREET,
    _STRONG_LABEL,
    _WORDS_ON,
    _address_town,
    _doubtful_place,
    _location,
    _remote_said,
    _tidy_place,
    _unknown_place_note,
)
from jobdesk.domain.letters.sentences import (
    _HONORIFIC,
    _QUOTED_BELOW,
    _clean_line,
    _order_of_language,
    sentences,
)
from jobdesk.domain.letters.titles import (
    _chinese_title,
    _tidy_pair_title,
    _title,
    _title_from_subject,
    _title_of_subject,
    _title_past_comma,
)
from jobdesk.domain.offers import Period, number_value
from jobdesk.domain.towns import town_of_district

# What the rest of jobdesk uses; the parts of the reading are in `jobdesk.domain.letters`.
__all__ = [
    "TERM_NAMES",
    "Found",
    "FoundDate",
    "FoundTerms",
    "Period",
    "add_days",
    "best_reading",
    "companies_named",
    "long_date",
    "read_letter",
    "read_terms",
    "sentences",
]

_NOT_A_BONUS_PERCENT = re.compile(
    # "een premie van 24 % van de pensioengrondslag", "5% of pensionable salary": a pension
    # contribution (a "premie" to a fund), not a bonus.
    r"^\s*(?:van|of|de|du|des|der|vom)\s+(?:de|het|the|your|la|le|l'|ihres|des)?\s*"
    r"(?:pensio\w*|retraite|Rente\w*|superannua\w*)|"
    r"^\s*of\s+(?:the\s+|your\s+)?(?:target|goals|objectives|targets)\b"
    r"(?!\s+(?:salary|base|pay|compensation|earnings))|"
    r"^\s*(?:of\s+(?:the\s+)?)?(?:target\s+)?(?:attainment|achievement|Zielerreichung|"
    r"(?:d['’])?atteinte|"
    r"réalisation|des objectifs|performance level|realisatie)|"
    # "INR 2,65,000 at 100% performance rating": the rating the bonus is paid at.
    r"^\s*(?:performance\s+)?(?:rating|payout|pay-out|Auszahlung)\b|"
    # "3% of first-year fees collected on new clients", "2 % of net sales": a share of what
    # the user brings in is commission by another name, not a bonus.
    r"^\s*of\s+(?:[\w-]+\s+){0,3}(?:fees|revenues?|sales|bookings|billings|collections|"
    r"margin|gross profit|turnover)\b|"
    # "10% of annual profits are shared across the studio": a profit share, not a bonus.
    r"^\s*(?:of|von|de|des|van|z)\s+(?:(?:the|our|its|the company's|annual|yearly|net|"
    r"pre-tax|company|group|studio|den|der|des|la|het|de|jährlichen?|annuels?)\s+){0,3}"
    r"(?:profits?|earnings|Gewinn\w*|Jahresgewinn\w*|bénéfices?|winst\w*|zysk\w*)\b|"
    # "prime de transport (50 % de l'abonnement Tisséo)": a share of a travel pass repaid.
    r"^\s*(?:de|of|du|van|des)\s+(?:l['’]|la\s|le\s|the\s|your\s|votre\s|uw\s|je\s)?\s*"
    r"(?:abonnement|transport|travel|commut\w*|season ticket|Jobticket|titre de transport|"
    r"OV-abonnement|pass)\b",
    re.IGNORECASE,
)
_RANGE_START = re.compile(
    r"(?P<num>\d{1,2}(?:[.,]\d{1,2})?)\s?(?:%|percent|per cent)?\s?(?:–|—|-|to|bis|à|tot|a)\s?$"
)
# A promotion's letter names the terms today beside the new ones: "your current 10% target",
# "nach den bisherigen Bedingungen (Zielwert 10 %)", "(currently 6% at G6)".
_CURRENT_TERMS = re.compile(
    r"\byour (?:current|existing)\b|\(currently\b|\bbisherig\w*|\bderzeitig\w*|\baktuell\w*|"
    r"\bactuel(?:le)?s?\b|\bhuidige?\b|\bobecn\w*",
    re.IGNORECASE,
)
# A sentence about benefits or pay beginning is not about the job's first day, unless it
# names the start date itself.
_OTHER_BEGINNING = re.compile(
    r"benefit|coverage|cover\b|insurance|medical|dental|health|pension|eligib|vest|bonus|"
    r"payable|paid|probation|Versicherung|"
    r"Probezeit|mutuelle|période d'essai|proeftijd|verzekering|ubezpiecz",
    re.IGNORECASE,
)
_FIRM_START = re.compile(
    r"start(?:ing)? date|first day|date of joining|joining date|commencement date|"
    r"Eintrittsdatum|Arbeitsbeginn|date d'entrée|ingangsdatum|data rozpoczęcia|"
    r"employment (?:will )?(?:begin|start|commence)|hire date|report (?:for duty|to work)|"
    r"entrée en fonctions?|prise de poste|démarrage|erste[nr]? Arbeitstag|eerste werkdag|"
    r"prendr\w* (?:vos|tes|ses) fonctions|premier jour|first working day|onboarding date|"
    r"date d'arrivée",
    re.IGNORECASE,
)
# "the first of the month after your start date": the start named as a reference point.
_AFTER_THE_START = re.compile(
    r"(?:after|following|from|before|until|since|prior to|nach|ab|après|na|vanaf)\s+"
    r"(?:your|the|Ihrem|votre|je|uw)\s+$",
    re.IGNORECASE,
)


# "入职时间为2027年3月1日", "请于2027年1月4日上午9点到公司报到": the day a Chinese letter's job
# begins, its word and its date in one clause (the text is not split at "。", so a word of
# another clause, "报到时请携带…" after a reply's date, says nothing of that date).
_CHINESE_START_BEFORE = re.compile(
    r"(?:入职|入職|报到|報到|到岗|到崗|到职|到職)(?:日期|时间|時間|日)?\s?(?:为|為|是|定于|定於|于|於)?\s?$"
)
_CHINESE_START_AFTER = re.compile(
    r"^(?![^，。,；;]{0,2}前)[^，。,；;]{0,16}?(?:入职|入職|报到|報到|到岗|到崗|到职|到職)(?!时|時)"
)


def _chinese_due(sentence: str, dates: list[_DateMention]) -> _DateMention | None:
    """The one date a Chinese sentence asks a reply before ("请于2026年11月27日前回复"): the
    date "前" (before) follows, whatever other date the sentence names."""
    before = [d for d in dates if re.match(r"\s?(?:之)?前", sentence[d.end :])]
    return before[0] if len(before) == 1 else None


def _chinese_start(sentence: str, dates: list[_DateMention]) -> _DateMention | None:
    """The date a Chinese sentence says the job starts on, if it says so in one clause."""
    for mention in dates:
        if _CHINESE_START_BEFORE.search(sentence[max(0, mention.start - 12) : mention.start]):
            return mention
        if _CHINESE_START_AFTER.match(sentence[mention.end :]):
            return mention
    return None


def _start_in(sentence: str, dates: list[_DateMention]) -> _DateMention | None:
    """The date the job starts on in `sentence`, if it names one."""
    starts = _date_after(sentence, _START_WORDS, dates)
    # Only words before the start's date say what begins ("coverage begins on …");
    # "…, met een proeftijd van één maand" after it is about the job that starts.
    if (
        starts is not None
        # "(4yr vest, 1yr cliff), start Mon Jan 11": an aside in brackets says what else;
        # "Southbank Health Partners … commencing 11 January 2027": nor does a name's word.
        and _OTHER_BEGINNING.search(
            re.sub(r"\([^()]*\)|(?<=\s)[A-Z][\w&'’-]*", "", sentence[: starts.end])
        )
        and not _states_the_start(sentence)
        # "… 4 jaar vesting en een cliff van 1 jaar, start maandag 1 februari 2027": a list's
        # own item, "start" after its comma, says the job starts.
        # Or the next line of a recap joined on ("4y vest / 1y cliff" over "start Feb 1").
        and not re.search(
            r"(?:[,;]|\b(?:cliff|vest|vesting|quarterly|monthly))\s+start\s+$",
            sentence[: starts.start],
            re.IGNORECASE,
        )
    ):
        return None  # "coverage begins on …": not the day the job starts
    if starts is not None and _PERIOD_END.search(sentence[: starts.start]):
        return None  # "From the date of joining till 31.03.2028": when a fixed term ends
    return starts


_PERIOD_END = re.compile(
    r"\b(?:till|until|up to|through|bis(?: zum| einschließlich)?|jusqu'au|jusqu’au|"
    r"tot en met|t/m|do dnia)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _states_the_start(sentence: str) -> bool:
    """Whether the sentence names the job's start itself ("your start date is …"), not
    only as the point something else counts from."""
    return any(
        not _AFTER_THE_START.search(sentence[: m.start()]) for m in _FIRM_START.finditer(sentence)
    )


_CLAUSE = re.compile(r";\s+")
_TBA = (
    r"(?:to be (?:agreed|confirmed|determined|discussed)|TBC|TBD|à convenir|à définir|"
    r"nach Vereinbarung|in (?:onderling )?overleg|n\.?t\.?b\.?|do uzgodnienia)\b"
)
_TO_AGREE = re.compile(rf"^\W*{_TBA}", re.IGNORECASE)
_UNAGREED = re.compile(
    r"(?:start(?:ing)? date|date de début|date d'entrée|Eintritt\w*|Arbeitsbeginn|"
    r"startdatum|ingangsdatum|data rozpoczęcia|start)\s*(?::|is|will be|wird|est|sera|:)?\s*"
    + _TBA,
    re.IGNORECASE,
)
# A count first ("8,000", "4,000 (worth approximately $200,000)"), not a year ("ESOP: 2023"
# names a plan), a share ("0.5 %") nor a period ("48 months").
_BARE_COUNT = re.compile(
    r"\s*(?!(?:19|20)\d\d\b)(?P<n>\d{1,3}(?:[,.' ]\d{3})+|\d{2,7})(?![,.' ]?\d)(?!\s*%)"
    r"(?!\s*(?:years?|months?|Jahre\w*|Monate\w*|ans|mois|jaar|maanden)\b)(?=\s*(?:$|[(,;]))"
)
_SPAN_LABEL = re.compile(
    r"(?:internship |contract |placement |assignment )?(?:duration|period|term|dates)|"
    r"Laufzeit|Dauer|durée|période|looptijd|duur|okres",
    re.IGNORECASE,
)
_FROM_TO = re.compile(
    r"\b(?:from|vom|von|du|van|od)\s+(?P<first>.{4,30}?)\s+(?:to|until|till|bis|au|tot|do)\s+\S",
    re.IGNORECASE,
)
_FIXED_TERM = re.compile(
    r"befristet|Befristung|fixed[- ]term|temporary until|bepaalde tijd|"
    # "Contract: Specific purpose, 36 months, ending no later than 31/12/2029": when the
    # contract (or the grant paying for it) ends, not when to reply.
    r"\b(?:contract|appointment|assignment|post|project|funding|grant|months|years)\b[^.;]{0,60}"
    r"\b(?:ending|ends|end date|runs until|funded until)\b|"
    # "Probation of six months; confirmation expected around 14 August 2027": when the
    # probation ends and the post is confirmed, not when to reply.
    r"\bprobation\w*\b[^.]{0,80}\bconfirm\w*|\bconfirm\w*\b[^.]{0,40}\bprobation\w*|"
    r"\bafter confirmation\b",
    re.IGNORECASE,
)
_MONEY_KEYS = {
    "base": "base",
    "sign_on": "sign_on",
    "bonus": "bonus_amount",
    "equity": "equity_value",
}


def read_terms(text: str, *, known_companies: tuple[str, ...] = ()) -> FoundTerms:
    """Every term the letter states, each with its source text and a confidence.

    Labelled pairs (table rows, "Label: value" lines) are read first, sentences after.
    Where the readings of a figure disagree (two salaries, two deadlines) the term stays
    blank and `unsure` lists the candidates for the user to pick from: a blank the user
    fills is better than a confident wrong figure they might not notice.
    """
    from jobdesk.domain.letter_pairs import newest_column
    from jobdesk.domain.letter_pairs import pairs as find_pairs

    # "Current | New role": a table of the terms one has beside those offered, cut to these.
    text = newest_column(text[:MAX_TEXT])
    all_sentences = sentences(text)
    table = find_pairs(text[:MAX_TEXT])
    letter = _chat_offer_date(all_sentences) or _own_date(table, all_sentences)
    order = _numeric_order(text[:MAX_TEXT]) or _order_of_language(text[:MAX_TEXT])
    if letter is not None and letter.choices and order:
        # "Date: 01-12-2026" in a letter that writes "18-11-2026" elsewhere: its own date
        # reads day first too, so "within 10 days of the date of this letter" has a day.
        settled = _dates(letter.sentence, None, order)
        if len(settled) == 1 and len(settled[0].choices) == 1:
            letter = _found_date(letter.sentence, settled[0], "date", confidence=letter.confidence)
    letter_day = letter.value if letter else None
    dollar, dollar_note = _dollar_currency(text)
    found = _Candidates()
    units: list[Found[Decimal]] = []
    percents: list[Found[Decimal]] = []
    vesting: list[Found[Decimal]] = []
    cliff: list[Found[int]] = []
    annual: list[Found[int]] = []  # vesting once a year: the first part comes at 12 months
    title: Found[str] | None = None
    location: Found[str] | None = None
    not_towns: list[Found[str]] = []  # names under a place's label the gazetteer rejects

    for pair in table:
        if pair.band:
            continue  # a pay band's row: its ends and middle are no offer's figures
        term = pair.term
        line = f"{pair.label}: {pair.value}"
        # "Position / Position: Softwareentwickler Embedded (m/w/d) / Embedded Software
        # Developer": a row in two languages; the first (governing) version's words.
        first = pair.value.split(" / ")[0] if " / " in pair.label else pair.value
        if (
            term == "title"
            and re.fullmatch(r"\W*classification\W*", pair.label, re.IGNORECASE)
            and re.search(r"\d", pair.value)
        ):
            pass  # "Classification : ETAM, position 2.2": a French grade, not the job's name
        elif term == "title" and title is None and pair.value:
            cleaned = _tidy_pair_title(first)
            # "Title: Dr. Jane Smith", "Title: Ms": a form of address, not the job.
            if cleaned and not _HONORIFIC.match(cleaned):
                title = Found(cleaned, pair.source, confidence=PAIR_CONFIDENCE)
        elif (
            term == "location" and re.match(r"\W*home", pair.label, re.I) and _STREET.search(first)
        ):
            # "Home Office: 2100 S. 8th Street, Rogers, AR": the company's seat by its address
            # (a rotational programme's "Home office: Charlotte, NC" names only its town).
            pass
        elif term == "location" and location is None:
            office = re.match(r"\W*office", pair.label, re.IGNORECASE) is not None
            # "Office: 10 George Square, Glasgow G2 1DY": the company's address, not the post's.
            place = "" if office and re.match(r"\s*\d", first) else _tidy_place(first)
            if not place and not re.match(r"\W*office", pair.label, re.IGNORECASE):
                place = _address_town(first)  # not an office's address: the company's
            if place:
                location = Found(place, pair.source, confidence=PAIR_CONFIDENCE)
            elif doubt := _doubtful_place(first, pair.source):
                if not doubt.note and _STRONG_LABEL.fullmatch(pair.label.strip(" :*")):
                    # "Place of work: Kleinwalsertal": a village or a district under a label
                    # that can only mean the place, kept as the letter names it, with a note.
                    note = f"Not a town I know: {doubt.value}. Check it."
                    location = Found(doubt.value, pair.source, note, ASSUMED_CONFIDENCE)
                else:
                    not_towns.append(doubt)
        elif (
            term == "base"
            and location is None
            and not re.search(r"\d", pair.value)
            and (place := _tidy_place(first))
        ):
            # "Base: Addington Vale Hospital, Croydon": a post's base is where it is worked
            # when the label's value is a place, not a figure.
            location = Found(place, pair.source, confidence=PAIR_CONFIDENCE)
        elif (
            not term
            and _SPAN_LABEL.fullmatch(pair.label.strip(" *"))
            and (span := _FROM_TO.search(pair.value))
        ):
            # "Duration: 12 weeks, from 18/05/2027 to 07/08/2027": the first day is the start.
            if dates := _dates(span["first"], letter_day, order):
                found.start.append(
                    _found_date(
                        pair.source,
                        dates[0],
                        "start date",
                        after=letter_day,
                        confidence=SENTENCE_CONFIDENCE,
                    )
                )
        elif term in ("start", "deadline"):
            dates = _dates(pair.value, letter_day, order)
            target = found.start if term == "start" else found.deadline
            if term == "start" and _TO_AGREE.match(pair.value):
                # "à convenir (au plus tard le 1er avril)": no start yet, a latest date.
                found.start_told = True
                found.start_latest += [long_date(d.choices[0]) for d in dates if d.choices]
            elif dates:
                what = "start date" if term == "start" else "reply deadline"
                target.append(
                    _found_date(
                        pair.source, dates[0], what, after=letter_day, confidence=PAIR_CONFIDENCE
                    )
                )
            elif term == "start" and not pair.heading:
                found.start_told = True
            elif relative := _relative_deadline(line, letter):
                target.append(relative)
        _read_figures(
            line,
            pair.source,
            PAIR_CONFIDENCE,
            found,
            (dollar, dollar_note),
            hint=term,
            label_end=len(pair.label) + 2,
        )
        _read_equity(line, pair.source, PAIR_CONFIDENCE, units, vesting, (cliff, annual), percents)
        if term == "bonus" and not any(p.sentence == pair.source for p in percents):
            percents += _regional_bonus_share(pair.label, pair.value, pair.source)
        count = _BARE_COUNT.match(pair.value) if term == "equity" else None
        # "Stock options: 8,000": the label says what the bare count is of.
        n = _figure(count["n"]) if count else None
        if n is not None and n >= 1:
            units.append(Found(n, pair.source, confidence=PAIR_CONFIDENCE))

    previous = ""
    # A revised offer's table rows ("Base salary: $150,000 / year: $162,000 / year") are read
    # from their pairs, which keep the revised column only.
    superseded = {_clean_line(pair.row) for pair in table if pair.row}
    for sentence in all_sentences:
        if sentence in superseded:
            continue
        _read_figures(
            sentence,
            sentence,
            SENTENCE_CONFIDENCE,
            found,
            (dollar, dollar_note),
            hint=_label_sentence(previous),
        )
        _read_equity(
            sentence,
            sentence,
            SENTENCE_CONFIDENCE,
            units,
            vesting,
            (cliff, annual),
            percents,
            # "The RSUs will vest over four years." before "Nothing vests during your first
            # year": a sentence of the grant's vesting names it too.
            grant_before=bool(
                _UNITS.search(previous)
                or (_EQUITY.search(previous) and _VESTING.search(previous))
                # "… the grant is worth ₹ 6,00,000. They vest over three years": the grant
                # named before, and this sentence's pronoun.
                or (_EQUITY.search(previous) and _THEY_VEST.match(sentence))
            ),
        )
        heading, previous = previous, sentence
        # A chat message's stamp is when it was sent, not a date it speaks of.
        dated = _unstamped(sentence)
        dates = _dates(dated, letter_day, order)
        # "Start date: Monday, January 11, 2027 (moved from January 4 at your request)": the
        # day it was before, not a second start.
        dates = [d for d in dates if not _MOVED_FROM.search(dated[max(0, d.start - 40) : d.start])]
        starts = _start_in(sentence, dates) or _chinese_start(sentence, dates)
        if starts is None and len(dates) == 1 and _START_HEADING.fullmatch(heading.strip(" *#:")):
            # "Start date" over "We've penciled in Monday, January 11, 2027.": a heading,
            # then the one date the paragraph under it names.
            starts = dates[0]
        # "Your employment starts on 1 March; your benefits start on 1 April": each clause
        # says what begins on its own date.
        clauses = _CLAUSE.split(sentence) if ";" in sentence else []
        said = [_start_in(c, _dates(_unstamped(c), letter_day, order)) for c in clauses] or [starts]
        if _UNAGREED.search(sentence):
            said = []  # "Start date: to be agreed (by 1 April at the latest)": no start yet
        if letter is None or letter.sentence != sentence:
            for day in said:
                if day is not None:
                    found.start.append(_found_date(sentence, day, "start date", after=letter_day))
        if _DEADLINE_WORDS.search(sentence) and not _FIXED_TERM.search(sentence):
            due = _chinese_due(sentence, dates) or _date_after(sentence, _DEADLINE_WORDS, dates)
            if due is not None and due is not starts:
                found.deadline.append(
                    _found_date(sentence, due, "reply deadline", after=letter_day)
                )
            elif due is None and (relative := _relative_deadline(sentence, letter)):
                found.deadline.append(relative)
            elif due is None and (weekday := _weekday_deadline(sentence, letter_day)):
                found.deadline.append(weekday)

    units, vesting, cliff, annual = _first_grant(found, units, vesting, cliff, annual)
    _latest_message_first(text[:MAX_TEXT], found, percents, units)
    if len({u.value for u in units}) > 1:
        # Two grants the reader cannot tell apart ("Buy-out award: 2,000 RSUs …; in addition
        # 8,000 RSUs vesting over four years"): only what is said of the first one counts.
        first_grant = {u.sentence for u in units if u.value == units[0].value}
        vesting = [v for v in vesting if v.sentence in first_grant]
        cliff = [c for c in cliff if c.sentence in first_grant]
        annual = [a for a in annual if a.sentence in first_grant]
    _latest_chat_message(all_sentences, found)
    unsure: list[Unsure] = []
    found.pay = _paid_part_time(found.pay, text[:MAX_TEXT])
    if re.search(r"superannuation|\bsuper\b", text[:MAX_TEXT], re.IGNORECASE):
        # An Australian letter's base is the salary without super (a settled convention),
        # not the total fixed remuneration that adds it.
        found.pay = [p for p in found.pay if not p.with_super] or found.pay
    pays = _without_variable_total(
        _with_yearly_total(found.pay, found.yearly),
        {p.value for p in percents},
        {f.value for f in found.money.get("bonus_amount", [])},
    )
    base, currency, period = _pick_pay(pays, unsure)
    if base is not None and period is None and (heading := _yearly_heading(text, base.sentence)):
        # "Annexure A – Compensation Structure (per annum)" over the table: its figures are
        # yearly, though the row does not say so.
        unsure[:] = [u for u in unsure if u.term != "period"]
        note = "The table's heading says its figures are yearly."
        period = Found(Period.YEAR, heading, note, confidence=SENTENCE_CONFIDENCE)
    if base is not None and currency is None:
        currency = _currency_of_column(text[:MAX_TEXT], base.sentence)
    if base is not None and currency is None and (only := _only_currency(text[:MAX_TEXT], dollar)):
        # "We can do 95k base" in a letter whose every other figure is in dollars.
        note = f"The salary's currency is not written; the letter's other figures are in {only}."
        currency = Found(only, base.sentence, note, confidence=ASSUMED_CONFIDENCE)
    if (
        base is not None
        and period is None
        and currency is not None
        and currency.value == "INR"
        and _CTC.search(base.sentence)
    ):
        # "₹38L fixed CTC": India's cost to company is a yearly figure.
        unsure[:] = [u for u in unsure if u.term != "period"]
        note = "A CTC is counted by the year."
        period = Found(Period.YEAR, base.sentence, note, confidence=SENTENCE_CONFIDENCE)
    if currency is not None and currency.value == "kr":
        currency = _crown_currency(currency, text[:MAX_TEXT])
    if base is None and found.other_rates and not any(u.term == "base" for u in unsure):
        rate = found.other_rates[0]
        unsure.append(
            Unsure(
                "base",
                f"The letter gives a rate per day or week ({rate.note}); "
                "type it as an hourly, monthly or yearly figure.",
                (rate,),
            )
        )
    if base is None and found.ranges and not any(u.term == "base" for u in unsure):
        ends = " to ".join(f.note for f in found.ranges[:2])
        unsure.append(
            Unsure(
                "base",
                f"The letter gives a range ({ends}), not one salary: type yours.",
                tuple(found.ranges[:2]),
            )
        )
    found.money["equity_value"] = [
        f for f in found.money.get("equity_value", []) if not _VESTING_ROW.match(f.sentence)
    ]
    _grants_in_pay_currency(found, currency, unsure)
    targets = {p.value for p in percents if p.note == _TARGET_NOTE}
    if len(targets) == 1 and len({p.value for p in percents}) > 1:
        # "Target 10% of base salary (range 0–20%)", "cible de 8 %, plafonnée à 15 %": the
        # target is the bonus; the range and the cap are what it may come to.
        percents = [p for p in percents if p.value in targets]
    bonus_percent = _pick("bonus_percent", percents, unsure)
    found.money["bonus_amount"] = _the_targets_amount(
        found.money.get("bonus_amount", []), bonus_percent, base, period
    )
    values: dict[str, Found[Decimal] | None] = {}
    for key in ("sign_on", "bonus_amount", "equity_value"):
        values[key] = _pick(key, found.money.get(key, []), unsure, sums=key == "sign_on")
    values["bonus_amount"] = _not_a_small_award(values["bonus_amount"], base, period, unsure)
    for key in ("sign_on", "bonus_amount"):
        values[key] = _not_a_huge_award(key, values[key], base, period, unsure)
    values["bonus_percent"] = bonus_percent
    values["equity_units"] = _pick("equity_units", units, unsure)
    values["vesting_years"] = vesting[0] if vesting else None
    cliff_months = cliff[0] if cliff else (annual[0] if annual else None)
    values["vesting_years"], cliff_months = _sane_equity(
        values["vesting_years"], cliff_months, unsure
    )
    values["equity_units"] = _not_a_year(values["equity_units"], unsure)
    if letter_day is not None:
        # "Continuous employment: since 3 March 2015": a start with an earlier employer (a
        # transfer, a rehire), a year or more before the letter, is not this job's start.
        long_ago = letter_day - timedelta(days=365)
        found.start = [d for d in found.start if d.value is None or d.value >= long_ago]
    start = (
        None if found.start_told and not found.start else _pick_date("start", found.start, unsure)
    )
    if start is None and found.start_latest:
        unsure.append(
            Unsure(
                "start",
                f"The start is to be agreed; the letter also names "
                f"{found.start_latest[0]}. Type the date you agree.",
            )
        )
    if letter_day is not None:
        # "Ihr Vorstellungsgespräch vom 12.11.2026", "our offer of 13 November": a day
        # before the letter was written is no reply deadline.
        found.deadline = [d for d in found.deadline if d.value is None or d.value >= letter_day]
    if len({d.value for d in found.deadline}) > 1:
        # "… 20 December 2026" beside "repay it if you leave before 28 February 2028": a reply
        # asked for more than half a year away is some other date (a clawback's, a bond's).
        soonest = min(d.value for d in found.deadline if d.value is not None)
        found.deadline = [
            d
            for d in found.deadline
            if d.value is None or (d.value - soonest).days <= MAX_REPLY_SPREAD_DAYS
        ]
    deadline = _pick_date("deadline", found.deadline, unsure)
    lowered = text.casefold()
    companies = tuple(name for name in known_companies if name and _names(lowered, name.casefold()))
    where = location or _location(all_sentences, text, not_towns)
    if where is not None and where.value.casefold() == "remote":
        # "Location: Remote" and, below, "Candidates must reside in the US": its country.
        remote = _remote_said(all_sentences)
        if remote is not None and remote.value.startswith("Remote ("):
            source = f"{where.sentence} … {remote.sentence}"
            where = Found(remote.value, source, where.note, SENTENCE_CONFIDENCE)
    if where is not None and re.fullmatch(r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}", where.value):
        # "the Columbus Technology Center" in a letter headed "… Columbus, OH 43219": a US
        # town is named with its state where the letter gives one (and only one).
        # Not from the sender's signature below the sign-off ("Best, / Lauren / 200
        # Clarendon Street, Boston, MA 02116" under "our Boston office": Boston), nor from
        # an address with its ZIP code ("1650 Wynkoop St, Denver, CO 80202" over "Work
        # location: Denver"): the place is kept as the place of work's words write it.
        above = text[: _sign_off(text)]
        named = rf"\b{re.escape(where.value)},\s?({_US_STATE_CODES})\b(?!\s*\d{{5}})"
        states = set(re.findall(named, above))
        if len(states) == 1:
            place = f"{where.value}, {states.pop()}"
            where = Found(place, where.sentence, where.note, where.confidence)
    if where is not None and (town := town_of_district(where.value)) != where.value:
        # "Arbeitsort: Köln-Deutz", "Amsterdam-Noord": a city's district, quarter or site is
        # worked in that city (a settled convention; "Castrop-Rauxel" is a town of its own).
        where = Found(town, where.sentence, where.note, where.confidence)
    if where is None and not_towns:
        # Shown to the user, who knows whether it is a place (a village, a district).
        unsure.append(Unsure("location", _unknown_place_note(not_towns), tuple(not_towns)))
    if title is not None and (bare := re.match(r"(.+?)\s*\([^()]+\)$", title.value)):
        # "Role: Staff Engineer (Perception)" beside "the role of Staff Engineer with us":
        # the bracket is a team or a note the letter's own sentence leaves out.
        told = _title(all_sentences, text, labels=False)
        if told is not None and told.value == bare.group(1):
            title = Found(told.value, title.sentence, title.note, title.confidence)
    if title is not None and title.confidence >= PAIR_CONFIDENCE:
        # "Position: Senior Data" over "Engineer" (a label's value broken over two lines)
        # beside "the position of Senior Data Engineer": the sentence names it whole.
        # Or the label's own line, read whole as a sentence ("Position: Lead Software
        # Engineer, Network" in the table, "… Network Automation" on the line it is from).
        for told in (_title(all_sentences, text, labels=False), _title(all_sentences, text)):
            rest = told.value[len(title.value) :] if told is not None else ""
            if told and told.value.startswith(title.value) and _WORDS_ON.fullmatch(rest):
                title = Found(told.value, title.sentence, title.note, title.confidence)
                break
    if title is None:
        title = _title_from_subject(_title(all_sentences, text), table, all_sentences, text)
        title = title or _title_of_subject(table, text)
        title = _title_past_comma(title, where, text[:MAX_TEXT])
        title = title or _chinese_title(all_sentences)
    return FoundTerms(
        title=title,
        currency=currency,
        base=base,
        period=period,
        sign_on=values["sign_on"],
        bonus_percent=values["bonus_percent"],
        bonus_amount=values["bonus_amount"],
        equity_units=values["equity_units"],
        equity_value=values["equity_value"],
        vesting_years=values["vesting_years"],
        cliff_months=cliff_months,
        start=start,
        deadline=deadline,
        letter_date=letter,
        location=where,
        companies=companies,
        unsure=tuple(unsure),
    )


_SIGN_OFF = re.compile(
    r"^[\s>]*(?:(?:Best|Kind|Warm(?:est)?|With (?:best|kind))(?: regards| wishes)?|Regards|"
    r"Sincerely(?: yours)?|Yours (?:sincerely|truly|faithfully)|Cheers|Many thanks)\s*[,!.]?\s*$",
    re.IGNORECASE | re.MULTILINE,
)


def _sign_off(text: str) -> int:
    """Where the last sign-off ("Best,", "Kind regards,") begins: the sender's name and
    address below it are theirs, not the job's (the text's length when there is none)."""
    ends = [m.start() for m in _SIGN_OFF.finditer(text[:MAX_TEXT])]
    return ends[-1] if ends else len(text)


def _label_sentence(sentence: str) -> str:
    """The money term a label written as a sentence of its own names ("Salary." before
    "£95,000 per year, paid monthly."), else "": said of the pay only."""
    from jobdesk.domain.letter_pairs import term_of_label

    # "2.1 Base Salary." before "$165,000 per annum, paid semi-monthly": a clause's number.
    label = re.sub(r"^\d{1,2}(?:\.\d{1,2})*\.?\s+", "", sentence.strip()).rstrip(".:")
    if len(label.split()) > 3 or not label[:1].isupper():
        return ""
    return "base" if term_of_label(label) == "base" else ""


def _latest_message_first(
    text: str,
    found: _Candidates,
    percents: list[Found[Decimal]],
    units: list[Found[Decimal]] | None = None,
) -> None:
    """A reply that changes the offer ("we can improve our offer: Base salary £84,000")
    above the quoted earlier one: its salary and reply deadline are the ones on the table;
    what the reply leaves unsaid still comes from the message below."""
    from jobdesk.domain.letter_pairs import pairs as find_pairs

    quoted = _QUOTED_BELOW.search(text)
    if quoted is None:
        return
    top = text[: quoted.start()]
    latest = set(sentences(top)) | {pair.source for pair in find_pairs(top)}
    if any(p.source in latest for p in found.pay) and any(
        p.source not in latest for p in found.pay
    ):
        found.pay = [p for p in found.pay if p.source in latest]
        found.yearly = [p for p in found.yearly if p.source in latest]
        # "Final offer is £95,000 + 10% bonus" over the quoted "first number is £88k + 8%":
        # a reply that names its own salary names its own bonus too.
        told = [p for p in percents if p.sentence in latest]
        if told and len(told) < len(percents):
            percents[:] = told
        for key, values in found.money.items():
            if any(v.sentence in latest for v in values):
                found.money[key] = [v for v in values if v.sentence in latest]
    new = [d for d in found.deadline if d.sentence in latest]
    if new:
        found.deadline = new
    # "Start date: Monday, January 11, 2027" and "2,400 RSUs" in the reply over the quoted
    # first offer's "January 4" and "1,800 units": the reply's are the ones on the table.
    starts = [d for d in found.start if d.sentence in latest]
    if starts:
        found.start = starts
    if units is not None and (grants := [u for u in units if u.sentence in latest]):
        units[:] = grants


_DOLLARS = ("USD", "CAD", "AUD", "NZD", "SGD", "HKD")
# A compensation table's row of what vests each year ("RSU vesting | $100,000 | $100,000",
# "LTI vesting (face value)  $50,000  $50,000"): one year's part, never the grant's worth.
_VESTING_ROW = re.compile(
    r"^\W*(?:annual\s+|yearly\s+)?(?:RSUs?|PSUs?|LTIP?|equity|stock|shares?|options?|"
    r"restricted stock(?: units?)?)\s+vesting\b(?!\s+(?:schedule|period)\b)",
    re.IGNORECASE,
)


def _grants_in_pay_currency(
    found: _Candidates, currency: Found[str] | None, unsure: list[Unsure]
) -> None:
    """A grant's worth written only in another currency than the pay ("RSUs worth USD
    180,000" in a euro offer) is left blank with its figure: the offer's currency field
    would turn it into euros it is not."""
    if currency is None or not found.grant_currency:
        return
    pay = currency.value

    def other(code: str) -> bool:
        if code == "$":
            return pay not in _DOLLARS  # "$" alone: some dollar, never euros or francs
        return code != pay

    foreign = [(f, code) for f, code in found.grant_currency if other(code)]
    if not foreign:
        return
    grants = found.money.get("equity_value", [])
    kept = [f for f in grants if not any(f is g for g, _ in foreign)]
    found.money["equity_value"] = kept
    if kept:
        return  # the worth is also given in the pay's currency: that one is the figure
    code = foreign[0][1]
    shown = _money_text(foreign[0][0].value, "USD" if code == "$" else code)
    unsure.append(
        Unsure(
            "equity_value",
            f"The letter gives the grant's worth in another currency ({shown}) than the "
            f"pay ({pay}): type it in {pay} if you want it counted.",
            tuple(f for f, _ in foreign[:2]),
        )
    )


def _not_a_small_award(
    bonus: Found[Decimal] | None,
    base: Found[Decimal] | None,
    period: Found[Period] | None,
    unsure: list[Unsure],
) -> Found[Decimal] | None:
    """A "bonus" under 2% of the yearly salary is an award or an allowance (a Christmas
    bonus of €400, a spot award), not the yearly target: left to the user, with the figure."""
    if bonus is None or base is None or period is None:
        return bonus
    yearly = base.value * period.value.per_year
    if bonus.value * 50 >= yearly:
        return bonus
    unsure.append(
        Unsure(
            "bonus_amount",
            f"A bonus of {_money_text(bonus.value)} is small beside the salary: it may be an "
            "award or an allowance. Type the yearly bonus if the letter gives one.",
            (bonus,),
        )
    )
    return None


MAX_REPLY_SPREAD_DAYS = 180  # a second "deadline" this long after the first is another date
MAX_AWARD_OVER_SALARY = 2  # a bonus or sign-on above twice the yearly salary is another figure


def _not_a_huge_award(
    key: str,
    award: Found[Decimal] | None,
    base: Found[Decimal] | None,
    period: Found[Period] | None,
    unsure: list[Unsure],
) -> Found[Decimal] | None:
    """A bonus or a sign-on of more than twice the yearly salary cannot be sure (digits of
    two figures run together, a company's capital, a price): left to the user, with the
    figure as a candidate."""
    if award is None or base is None or period is None:
        return award
    if award.value <= base.value * period.value.per_year * MAX_AWARD_OVER_SALARY:
        return award
    what = "sign-on payment" if key == "sign_on" else "bonus"
    unsure.append(
        Unsure(
            key,
            f"A {what} of {_money_text(award.value)} is more than twice the yearly salary: "
            "check the letter and type it if it is right.",
            (award,),
        )
    )
    return None


# What the candidate asked for or earns now, not what is offered.
_ASKED_BEFORE = re.compile(
    r"(?:\byou(?:'d| would)? (?:want|wanted|asked for|were hoping for|hoped for|asked)\b|"
    r"\byour (?:ask|asking|expectation)s?\b|Gehaltsvorstellung|\bWunsch\b|\bhoping for\b|"
    # "you told us you're at $152k today", "I know you were at $230k TC": today's pay.
    r"\byou(?:'re| are| were) (?:currently )?(?:at|on)\b|"
    r"\b(?:your|his|her|sein|ihr)e?s? (?:current|aktuelle|jetzige)s?\b)[^.;!?]{0,25}$",
    re.IGNORECASE,
)
_ASKED_AFTER = re.compile(
    r"\s*(?:\w+\s+){0,2}(?:you|he|she|they) (?:asked|wanted|hoped|were hoping)\b", re.IGNORECASE
)
# A total of the terms (base, bonus, equity, sign-on added up): never one of them.
_TOTAL_BEFORE = re.compile(
    r"(?:\bTC\b|\btotal (?:target |annual |first[- ]year )?comp(?:ensation)?\b|\bOTE\b|"
    r"\bon[- ]target earnings\b)\s*(?:\((?:TC|OTE)\)\s*)?(?:of|is|at|would be|comes to|:|~|≈|"
    r"approx\.?|about|around|roughly|\s)*$",
    re.IGNORECASE,
)
_TOTAL_AFTER = re.compile(r"\s*(?:\(?(?:TC|OTE)\b|total (?:target )?comp|on[- ]target)")
_YEARS_SLICE_AFTER = re.compile(r"\s*(?:/\s?(?:yr|year)\b|per year\b|a year\b|each year\b)", re.I)
_YEARS_SLICE_BEFORE = re.compile(
    r"\bvest\w*\s+(?:in|during)\s+(?:year\s?\d|the first year)\b[^.;$€£]{0,10}$", re.I
)
_PLUS_BONUS = re.compile(
    r"\s*(?:base\s*)?\+\s*\d{1,2}(?:[.,]\d)?\s?%\s*(?:target\s+)?(?:bonus|variable)\b",
    re.IGNORECASE,
)


def _read_figures(
    text: str,
    source: str,
    confidence: float,
    found: _Candidates,
    dollar: tuple[str, str],
    *,
    hint: str = "",
    label_end: int = 0,
) -> None:
    """Every amount in `text` that is a salary, sign-on, bonus or equity value, and every
    bonus percentage. `hint` is the term a pair's label names (used when nothing nearer
    says what an amount is)."""
    if hint == "base":
        # "Jahreslohn (13 × CHF 14'000): CHF 182'000": the label's note gives the month's
        # part of the year's figure, not a salary of its own.
        months = re.sub(
            r"\(\s*1[2-4]\s*[×x]\s[^()]*\)", lambda m: " " * len(m.group(0)), text[:label_end]
        )
        text = months + text[label_end:]
    mentions, revised = _revised_from(text, _money(text))
    by_year = False  # a row's figure that is a twelve-month total beside its month
    if hint == "base" and not mentions:
        mentions, by_year = _bare_amounts(text, label_end)
    elif hint == "bonus" and not mentions and _AT_FULL_TARGET.search(text[:label_end]):
        # "Annual Variable Pay (at 100%): 3,16,000": a compensation table's variable pay at
        # target, its currency the table's (the salary's).
        mentions = _bare_amounts(text, label_end)[0]
    told = _WITH_FIRST_PAY.sub(lambda m: " " * len(m.group(0)), text)
    if hint in _MONEY_KEYS and hint != "base":
        # "Annual bonus (20% target / 40% maximum of base): £23,600": the label's note says
        # what the bonus is a share of; the label names what the figure is.
        blanked = re.sub(r"\([^()]*\)", lambda m: " " * len(m.group(0)), told[:label_end])
        told = blanked + told[label_end:]
    range_kinds: dict[int, str] = {}
    kind_of_amount: dict[Decimal, str] = {}  # what each figure already read was
    converted: set[int] = set()  # a grant's worth given again in another currency
    times_of: set[int] = set()  # the monthly figure a yearly total is that many times of
    for i, mention in enumerate(mentions):
        left = mentions[i - 1].end if i else 0
        right = mentions[i + 1].start if i + 1 < len(mentions) else len(text)
        if i in converted:
            grant = Found(mention.amount, source, confidence=confidence)
            found.add("equity_value", grant, mention.currency)
            continue
        if _PAY_PERIOD.match(text, mention.end):
            continue  # "$78,500 per year, paid bi-weekly ($3,019.23 per pay period)": a slice
        if i in times_of:
            # "Annual salary: SAR 336,000 (12 × SAR 28,000)", "37 800 € (12 × 3 150 €), à
            # laquelle s'ajoutent la prime …": the month's figure inside the yearly total's
            # brackets, a month's pay whatever the row's label or the words after it say.
            code = dollar[0] if mention.currency == "$" or mention.bare_dollar else mention.currency
            found.pay.append(
                _Pay(mention.amount, code, "", Period.MONTH, True, source, confidence, False)
            )
            continue
        if _is_months_times(text, mention, mentions[i + 1 : i + 2]):
            # "€ 62.400 bruto (13 × € 4.800)": the yearly total of a monthly pay, whatever
            # label the row's broken table left it under.
            code = dollar[0] if mention.currency == "$" or mention.bare_dollar else mention.currency
            found.yearly.append(
                _Pay(mention.amount, code, "", Period.YEAR, True, source, confidence, False)
            )
            times_of.add(i + 1)
            continue
        if _DAY_OR_WEEK.match(text, mention.end):
            if _day_rate(text, mention, hint, left, right):
                code, note = mention.currency, ""
                if code == "$" or mention.bare_dollar:
                    code, note = dollar
                found.pay.append(
                    _Pay(mention.amount, code, note, Period.DAY, True, source, confidence, False)
                )
                continue
            if hint == "base" or _kind_near(text, mention.start, mention.end, left, right) in (
                "base",
                "ignore",
            ):
                shown = _money_text(mention.amount, mention.currency)
                found.other_rates.append(Found(mention.amount, source, shown))
            continue
        # "Monthly allowance: S$2,200" under an intern's pay label: the label's "allowance"
        # names the pay, so only the value's own words may say it is something else.
        near = (
            max(left, label_end) if hint == "base" and _STIPEND.search(text[:label_end]) else left
        )
        kind = _kind_near(told, mention.start, mention.end, near, right, money=True)
        if not kind and hint in _MONEY_KEYS:
            kind = hint
        if (
            kind == "ignore"
            and mention.currency.strip().upper() in _GULF_CURRENCIES
            and _GULF_PACKAGE.search(told[max(near, mention.start - 40) : mention.start])
        ):
            # "Total annual package: AED 540,000 per annum": in the Gulf the package is the
            # basic with its housing and transport allowances, the fixed pay (no bonus or
            # equity in it), and the yearly salary the letter states.
            kind = "base"
        if not kind and (again := kind_of_amount.get(mention.amount)):
            # "jusqu'à 3 000 € bruts par an / tot € 3.000 bruto per jaar": a bilingual letter
            # gives the same figure again, in the other language; it is what it was.
            kind = again
        if kind:
            kind_of_amount.setdefault(mention.amount, kind)
        if not kind and _PLUS_BONUS.match(text, mention.end):
            kind = "base"  # "Final offer is £95,000 + 10% bonus": the pay, then its bonus
        if not kind and _GROSS_BY_PERIOD.match(text, mention.end):
            kind = "base"  # "- 68.000 € brutto im Jahr": a gross figure by the year or month
        if mention.range_end:
            # The upper end is told what it is by the words around the lower one.
            kind = range_kinds.setdefault(mention.range_end, kind)
            if kind == "base":
                shown = _money_text(mention.amount, mention.currency.strip("$") or "$")
                found.ranges.append(Found(mention.amount, source, shown))
            continue  # a range is two figures, not one
        if _ASKED_BEFORE.search(text[max(left, mention.start - 50) : mention.start]) or (
            _ASKED_AFTER.match(text, mention.end)
        ):
            continue  # "the £100k you asked for", "Felix' Wunsch war 70k": the candidate's ask
        if _THRESHOLD_BEFORE.search(text[max(left, mention.start - 30) : mention.start]):
            continue  # "where an award exceeds ₹ 25,00,000, part of it is deferred": a limit
        if _TOTAL_BEFORE.search(text[max(left, mention.start - 40) : mention.start]) or (
            _TOTAL_AFTER.match(text, mention.end)
        ):
            continue  # "TC ~$260k in year one with the sign-on", "$280k OTE": a sum of terms
        if _EARLIER_OFFER.search(
            re.split(r"[.;]\s", text[max(0, mention.start - 100) : mention.start])[-1]
        ) or _DATED_OFFER_BRACKET.search(text[max(0, mention.start - 100) : mention.start]):
            continue  # "(previously $10,000)", "Fixed CTC (earlier offer)": what was offered
        if kind == "base" and _pay_after_probation(
            re.split(r"[.;]\s", text[max(0, mention.start - 100) : mention.start])[-1]
        ):
            continue  # "£41,000 after successful probation": a later pay, not the starting one
        if kind == "base" and _CURRENT_PAY.search(
            re.split(r"[.;]\s", text[max(0, mention.start - 80) : mention.start])[-1]
        ):
            continue  # "your current salary in India (INR 48,00,000)": not what is offered
        if (
            kind == "base"
            and re.search(
                r"salary[- ]packag\w*[^.;]{0,40}$|(?:up to|meal entertainment)[^.;]{0,10}$",
                text[max(0, mention.start - 60) : mention.start],
                re.IGNORECASE,
            )
            and re.search(r"salary[- ]packag", text, re.IGNORECASE)
        ):
            continue  # "salary package up to $15,900 of your base salary": a tax scheme's cap
        if kind in ("base", "ignore", ""):
            year_period, year_stated = _period(text, mention, left)
            if year_stated and year_period is Period.YEAR:
                code = mention.currency
                if code == "$" or mention.bare_dollar:
                    code = dollar[0]
                found.yearly.append(
                    _Pay(mention.amount, code, "", Period.YEAR, True, source, confidence, False)
                )
        later = _LATER_PAY.search(text[max(0, mention.start - 30) : mention.start]) or (
            _LATER_STEP.search(text[max(left, mention.start - 60) : mention.start])
        )
        if kind == "base" and later and mention.start not in revised:
            continue  # "your salary rises to €58,000" after probation: not the starting salary
        if kind == "base":
            code, note = mention.currency, ""
            if code == "$" or mention.bare_dollar:
                code, note = dollar
            found_period, stated = (Period.YEAR, False) if by_year else _period(text, mention, left)
            window = text[max(0, mention.start - 60) : mention.start]
            found.pay.append(
                _Pay(
                    mention.amount,
                    code,
                    note,
                    found_period,
                    stated,
                    source,
                    confidence if stated else ASSUMED_CONFIDENCE,
                    bool(
                        _CTC.search(window)
                        or _CTC.search(text[:label_end])
                        # "R 960 000 cost to company per annum": said after the figure.
                        or _COST_TO_COMPANY.match(text, mention.end)
                    ),
                    by_year,
                    _full_time_figure(text, mention, left, right),
                    bool(_WITH_SUPER.search(text[max(left, mention.start - 40) : mention.start])),
                )
            )
        elif kind in _MONEY_KEYS:
            parts = _INSTALMENTS.search(text[max(0, mention.start - 40) : mention.start])
            if kind == "sign_on" and parts:
                # "in two instalments of $5,000" and no total: the parts added up.
                count = _word_number(parts["n"]) or Decimal(1)
                note = f"{parts['n']} instalments of {_money_text(mention.amount)}, added up."
                total = Found(mention.amount * count, source, note, confidence)
                found.add("sign_on", total)
                continue
            # "notre programme de cooptation : une prime de 1 500 €": the scheme before a colon.
            sentence = re.split(r"[.;]\s", text[max(0, mention.start - 160) : mention.start])[-1]
            if kind == "bonus" and _REFERRAL.search(sentence):
                continue  # "for successful referrals we pay a bonus of €2,000": not yearly
            if kind != "equity" and _PER_PIECE.match(text, mention.end):
                continue  # "$200 for every friend hired": paid per piece, not a yearly bonus
            if kind == "equity" and (
                _YEARS_SLICE_AFTER.match(text, mention.end)
                or _YEARS_SLICE_BEFORE.search(text[max(left, mention.start - 40) : mention.start])
            ):
                continue  # "$180k in RSUs over 4 years ($45k/yr)": one year's part of the grant
            if kind == "equity" and (
                mention.amount < 100
                or (
                    mention.amount < 1000
                    and mention.amount % 1 == 0
                    and re.search(r"[.,]\d\d$", text[mention.start : mention.end])
                )
            ):
                # "strike $1.14", "CHF 1.80", "closing price ($130.00)": a price per share,
                # written to the cent, no grant's worth.
                continue
            if kind == "equity" and _A_LIMIT.match(text, mention.end):
                continue  # "the $100,000 ISO limit": a tax rule's ceiling, no grant's worth
            if kind == "equity" and i + 1 < len(mentions):
                after = mentions[i + 1]
                between = text[mention.end : after.start]
                if after.currency != mention.currency and _CONVERTED.fullmatch(between):
                    # "USD 50,000 (about SGD 67,000)": the worth in the pay's own currency.
                    converted.add(i + 1)
                    continue
            found.add(
                _MONEY_KEYS[kind],
                Found(mention.amount, source, confidence=confidence),
                # "$81,000" alone in a Canadian letter: the letter's dollar, not a foreign one.
                "$" if mention.bare_dollar else mention.currency,
            )


# "to the extent the $100,000 ISO limit allows", "the £250,000 EMI cap": a ceiling the tax
# rules set on a grant, not what this grant is worth.
_A_LIMIT = re.compile(
    r"\s*(?:(?:ISO|EMI|annual|yearly|tax|statutory|IRS|HMRC|individual)\s+){0,2}"
    r"(?:limit|cap|ceiling|threshold)\b",
    re.IGNORECASE,
)


# "We have increased your salary from £70,000 to £75,000", "Wir erhöhen Ihr Jahresgehalt
# von 70.000 € auf 74.000 €": the offer revised now, the first figure what it was.
_WE_RAISE = re.compile(
    r"\b(?:we|wir|nous|wij|my)\b[^.;]{0,40}?\b(?:increas|rais|revis|improv|lift|erhöh|anheb|"
    r"porton|augment|relev|verhog|verbeter|podnos|podwyższ)\w*[^.;]{0,50}?"
    r"\b(?:from|von|de|d'|van|z)\s*$",
    re.IGNORECASE,
)
_TO_NEW = re.compile(r"\s*(?:to|auf|à|naar|tot|do)\s*$", re.IGNORECASE)


def _revised_from(text: str, mentions: list[_Mention]) -> tuple[list[_Mention], set[int]]:
    """The amounts of `text` without an earlier figure the letter raises ("from £70,000 to
    £75,000" said by the employer, not of a raise after probation); the starts of the new
    figures, which are the offer's own."""
    if re.search(_PROBATION, text, re.IGNORECASE) or len(mentions) < 2:
        return mentions, set()
    out: list[_Mention] = []
    revised: set[int] = set()
    skip = -1
    for i, mention in enumerate(mentions):
        if i == skip:
            continue
        new = mentions[i + 1] if i + 1 < len(mentions) else None
        if (
            new is not None
            and _WE_RAISE.search(text[max(0, mention.start - 100) : mention.start])
            and _TO_NEW.match(text[mention.end : new.start])
        ):
            out.append(replace(new, range_end=0))
            revised.add(new.start)
            skip = i + 1
            continue
        out.append(mention)
    return out, revised


# "(13 × € 4.800)", "(12 x EUR 5,250)": so many months' pay, after their total.
# A figure named by nothing but its gross amount a year or a month: the pay.
_GROSS_BY_PERIOD = re.compile(
    r"\s*(?:brutto (?:im|pro|je) (?:Jahr|Monat)|bruto per (?:jaar|maand)|"
    r"bruts? (?:annuels|mensuels|par an|par mois)|gross (?:per annum|a year|per year|per month)|"
    # "78k € brutto p.a. (Fixgehalt)", "€ 70.000 bruto p.j.": the year abbreviated.
    r"(?:brutto|bruto|gross) (?:p\.\s?a\.|p\.\s?j\.))(?!\w)",
    re.IGNORECASE,
)
_MONTHS_TIMES = re.compile(
    r"\s*(?:(?:gross|brutto|bruto|brut)\s+)?\(\s*(?P<n>1[2-5](?:[.,]5)?)\s*[×xX*]\s*$"
)


# "INR 6,00,000 (one-time), payable with your first salary", "… payable with first salary
# and Rs. 3,00,000 after …": paid along with the salary, which names no salary of its own.
_WITH_FIRST_PAY = re.compile(
    r"\bwith (?:(?:your|the) )?(?:first|1st|next|final|last)\b[\w\s'’]{0,20}?"
    r"\b(?:salary|pay(?:roll)?)\b|"
    r"mit (?:dem|der) (?:ersten|nächsten) (?:\w*gehalt\w*|Gehaltsabrechnung)|"
    r"avec (?:votre |le |la )premi\w+ (?:salaire|paie)|met (?:je|het|uw) eerste salaris",
    re.IGNORECASE,
)


_STIPEND = re.compile(r"allowance|stipend|gratification|vergoeding|Praktikum", re.IGNORECASE)


def _is_months_times(text: str, mention: _Mention, following: list[_Mention]) -> bool:
    """An amount followed by "(13 × <the monthly figure>)" that it is that many times."""
    if not following:
        return False
    m = _MONTHS_TIMES.match(text[mention.end : following[0].start])
    if m is None:
        return False
    times = number_value(m["n"].replace(",", "."))
    return times is not None and following[0].amount * times == mention.amount


_CONVERTED = re.compile(
    r"\s*(?:[(\[]\s*(?:(?:currently|now|today|derzeit|aktuell|actuellement)\s+)?(?:{w})?|"
    r",\s*(?:{w})|"
    # "worth about US$96,000 on paper – roughly £76,000 at today's exchange rate"
    r"(?:\s+on paper)?\s*[–—-]\s*(?:{w}))\s*".format(
        w=r"approximately|approx\.?|about|around|roughly|some|ca\.|circa|rund|etwa|env\.|"
        r"environ|ongeveer|około|ok\.|≈|~|equivalent to|i\.e\."
    ),
    re.IGNORECASE,
)


_PROBATION = (
    r"(?:probation\w*|introductory period|trial period|Probezeit|période d'essai|"
    # "On successful completion of training you will be confirmed … with a CTC of …"
    r"training|traineeship|"
    r"proeftijd|okres\w* próbn\w*)"
)
_AFTER_PROBATION = re.compile(
    rf"\b(?:after|following|upon|on|once|from the end of)\s+(?:the\s+|your\s+)?"
    rf"(?:(?:successful|satisfactory)\s+)?(?:completion of\s+(?:the\s+|your\s+)?)?"
    rf"(?:(?:successful|satisfactory)\s+)?(?:\d+-day\s+|\w+-month\s+)?{_PROBATION}|"
    rf"\b(?:nach|ab)\s+(?:der\s+)?(?:bestandenen?\s+|erfolgreiche[nr]?\s+)?Probezeit|"
    rf"\baprès\s+(?:la\s+)?période d'essai|\bna\s+(?:de\s+)?proeftijd|"
    rf"\bpo\s+okresie\s+próbnym|"
    # An Indian trainee's pay once "confirmed as Assistant Engineer … with a CTC of …".
    rf"\b(?:be|being|are|is)\s+confirmed\s+(?:as|in)\b|\b(?:on|upon|after)\s+(?:your\s+)?confirmation\b",
    re.IGNORECASE,
)
_THEN = re.compile(
    r"\b(?:then|thereafter|puis|ensuite|danach|anschließend|daarna|następnie)\s*$",
    re.IGNORECASE,
)


def _pay_after_probation(clause: str) -> bool:
    """ "£41,000 after successful probation", "pendant la période d'essai, puis 45 000 €":
    the pay once probation is over, not the salary the job starts on."""
    if _AFTER_PROBATION.search(clause):
        return True
    return bool(_THEN.search(clause) and re.search(_PROBATION, clause, re.IGNORECASE))


# A revised offer's old figures: the new ones are the offer, the old ones never filled.
_MOVED_FROM = re.compile(
    r"\b(?:moved|changed|shifted|brought forward|pushed back|postponed|revised|verschoben|"
    r"verlegt|verplaatst|décalée?|reportée?|avancée?)\s+(?:from|von|vom|van|du)\s+$|"
    r"\b(?:instead of|rather than|statt|anstelle|au lieu du|in plaats van)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_THRESHOLD_BEFORE = re.compile(
    r"\b(?:exceed\w*|in excess of|more than|greater than|less than|fewer than|above|below|"
    r"übersteig\w*|mehr als|dépass\w*|plus de|meer dan|hoger dan)\s*$",
    re.IGNORECASE,
)
_EARLIER_OFFER = re.compile(
    r"\((?:was|were)\s*:?\s*$|"  # "$162,000 (was $150,000)"
    r"\b(?:previously|originally|initially|formerly|instead of|in place of|up from|"
    r"(?:increased|raised|improved|revised|changed|moved) from|"
    # "Dit aanbod vervangt onze brief van 18 november 2026, waarin wij een maandsalaris van
    # € 5.200 bruto noemden": what the replaced letter named.
    r"waarin (?:wij|we|ik)|in dem wir|dans laquelle nous|"
    r"(?:erhöht|angehoben|verbessert) von|verhoogd van|augmenté\w* de|"
    r"(?:the|our|your)\s+(?:earlier|previous|original|prior|first|initial)\s+"
    r"(?:offer|letter|proposal|draft|version)|earlier (?:offer|draft|version)|"
    r"in which you were offered|"
    r"initialement|auparavant|au lieu de|en lieu et place|"
    # "(qui prévoyait un salaire fixe de 60 000 €)", "noemde ik een maandsalaris van € 4.600":
    # what the earlier offer or the call before it named.
    r"prévoyait|noemde(?:n)? (?:ik|we|wij)|vorsah|"
    r"ursprünglich|zuvor|bisher angeboten|anstelle|statt|"
    r"oorspronkelijk|aanvankelijk|eerder aangeboden|in plaats van|pierwotnie|wcześniej)\b",
    re.IGNORECASE,
)
# "die unser Angebot vom 20. November (78.000 € und 900 virtuelle Anteile) ersetzen", "our
# offer of 20 November ($150,000 and …)": the figures of a dated earlier offer, in brackets.
_DATED_OFFER_BRACKET = re.compile(
    r"\b(?:offer|Angebot|offre|aanbod|proposal|letter|Schreiben|lettre|brief|proposition|"
    r"voorstel|Vorschlag)\s+"
    r"(?:vom|of|du|van|dated|from)\s+[^()\d]{0,15}\d[^()]{0,15}\([^()]*$",
    re.IGNORECASE,
)
# The candidate's pay now or before, named to explain the offer: never the offer's pay.
_CURRENT_PAY = re.compile(
    r"\b(?:your|his|her|their|my)\s+(?:current|present|existing|previous|prior|last|former|"
    r"old)\s+(?:annual\s+|base\s+|fixed\s+|gross\s+)?(?:salary|pay|CTC|compensation|"
    r"remuneration|package|wage)|\blast[- ]drawn\b|"
    r"\b(?:Ihr|Ihres|dein|deines)\s+(?:derzeitig|aktuell|bisherig|jetzig)\w*\s+\w*(?:gehalt|lohn)|"
    r"\b(?:votre|ton)\s+(?:salaire|rémunération)\s+(?:actuel|actuelle|précédent\w*)|"
    # "percevoir aujourd'hui une rémunération brute annuelle de 59 000 € chez ton employeur
    # actuel", "bei Ihrem jetzigen Arbeitgeber", "bij je huidige werkgever": today's pay.
    r"\bpercev\w* aujourd['’]hui\b|\bverdien\w* (?:derzeit|aktuell|momentan|heute)\b|"
    r"\b(?:momenteel|nu) verdien\w*|\b(?:you|you're) (?:currently )?(?:earn|make|on)\b|"
    r"\b(?:je|uw)\s+(?:huidige|vorige)\s+\w*(?:salaris|loon)|"
    # "您原工作单位的年薪(人民币 36 万元)", "目前薪資": the pay of the job the user leaves.
    r"(?:原|前|目前|当前|當前|现|現)(?:工作单位|工作單位|单位|單位|公司|雇主|职|職)?的?\s?"
    r"(?:年薪|月薪|薪资|薪資|薪酬|工资|工資)",
    re.IGNORECASE,
)
_REFERRAL = re.compile(
    # "Mitarbeiterempfehlungsprogramm": German joins the word into a compound.
    r"\b(?:referr\w*|recommend\w*|cooptation|parrain\w*|"
    r"aanbreng\w*|doorverwijz\w*|poleceni\w*|polecon\w*)|empfehl\w*",
    re.IGNORECASE,
)
_INSTALMENTS = re.compile(
    r"\b(?P<n>two|three|four|2|3|4)\s+(?:equal\s+)?(?:instal(?:l)?ments|tranches|payments|parts)"
    r"\s+of\s*$",
    re.IGNORECASE,
)
_LATER_PAY = re.compile(
    r"(?:rises?|rising|increases?|increased|going up|goes up|raised|moves?|steigt|erhöht|"
    r"passe(?:ra)?|augmente(?:ra)?|stijgt|verhoogd|wzrośnie)\s+(?:\w+\s+)?(?:to|auf|à|naar|do)\s*$",
    re.IGNORECASE,
)
# A later step of the pay, not what is paid from the start: "Na 12 maanden: stap naar
# € 3.550", "Vergütung 2. Studienjahr: 1.230 €", "in your third year: £27,000".
_LATER_STEP = re.compile(
    r"\b(?:stap|step|steps up|Stufe)\s+(?:naar|to|auf)\s*$|"
    r"(?:^|[.;:]\s|\n)\W*(?:na|after|nach|après|dopo|tras|após|po)\s+(?:\d{1,2}|twelve|twaalf|zwölf|douze)"
    r"\s+(?:maanden|months|Monaten|mois|mesi|meses|miesiącach)\b[^.;]*$|"
    r"\b(?:[2-5]\.|second|third|fourth|2nd|3rd|4th|zweit\w*|dritt\w*|viert\w*|deuxième|troisième|"
    r"tweede|derde)\s*(?:Studienjahr|Ausbildungsjahr|Lehrjahr|year|jaar|année|Jahr)\b[^.;]*$",
    re.IGNORECASE,
)
_PAY_PERIOD = re.compile(
    r"\s*(?:per|each|a|every) (?:pay (?:period|cheque|check)|paycheck|payslip)\b", re.IGNORECASE
)
_DAY_OR_WEEK = re.compile(
    r"[\s,]*(?:gross |brutto |bruto )?(?:per (?:working |work |business )?(?:day|week)|per diem|"
    r"a (?:day|week)|/\s?(?:day|week)\b|"
    r"daily|weekly|par jour|par semaine|pro (?:Tag|Woche)|am Tag|per (?:dag|week)|dziennie|"
    r"tygodniowo)",
    re.IGNORECASE,
)
# "Day rate: £650 per day", "an assignment rate of £520 a day": a contractor paid by the day.
_PER_DAY = re.compile(
    r"[\s,]*(?:gross |brutto |bruto )?(?:\(?\s*(?:GBP|USD|EUR)\s*\)?\s*)?"
    r"(?:per (?:working |work |business )?day|a day|/\s?day\b|par jour|pro Tag|per dag)",
    re.IGNORECASE,
)
_DAY_RATE_WORDS = re.compile(
    r"\b(?:day|daily|assignment|contract(?:or)?|engagement|Tages|journalier|dag)[- ]?rate\b|"
    r"\bTagessatz\b|\btarif journalier\b|\bdagtarief\b",
    re.IGNORECASE,
)
# An allowance paid by the day is no pay: "a per diem of $79 a day for meals".
_DAY_ALLOWANCE = re.compile(
    r"per diem|allowance|meals?|incidentals|subsistence|lodging|expenses|on-call|stand-?by|"
    r"Verpflegung|Spesen|indemnit|vergoeding",
    re.IGNORECASE,
)


def _day_rate(text: str, mention: _Mention, hint: str, left: int, right: int) -> bool:
    """Whether a figure "per day" is the pay: a rate the words around it call a day, daily,
    contract or assignment rate (or under such a label), never an allowance by the day."""
    if not _PER_DAY.match(text, mention.end):
        return False
    before = text[max(left, mention.start - 60) : mention.start]
    after = text[mention.end : min(right, mention.end + 60)]
    if _DAY_ALLOWANCE.search(before) or _DAY_ALLOWANCE.search(after.split(".")[0]):
        return False
    return bool(_DAY_RATE_WORDS.search(before)) or (
        hint == "base" and bool(_DAY_RATE_WORDS.search(text[: mention.start]))
    )


_PER_PIECE = re.compile(
    r"\s*(?:for (?:every|each)\b|per (?:sale|deal|hire|referral|unit|item|placement|"
    r"client|customer|account|transaction|policy|contract|project|friend|candidate|order|"
    r"booking|lead|signup|sign-up|subscription|closed)\b|pour (?:chaque|tout)\b|"
    r"pro (?:Verkauf|Abschluss|Vermittlung)\b)",
    re.IGNORECASE,
)
_BARE_NUMBER = re.compile(rf"(?<![\w.,]){_NUMBER}")


# "Annual (INR)", "Amount (INR per annum)", "Per Annum (Rs.)"
_COLUMN_CURRENCY = re.compile(
    rf"\((?P<c>{_SYMBOL}|{_CODE}\b)[^()]{{0,20}}\)"
    # "(all figures annual, GBP)": a table's note that names its currency last.
    rf"|\((?:all )?(?:figures|amounts)\b[^()]{{0,30}}?[,;:]\s*(?:in\s+)?(?P<c2>{_CODE})\)"
)


def _currency_of_column(text: str, source: str) -> Found[str] | None:
    """A table's figure with no currency ("Total Fixed CTC  21,60,000") under a column
    heading that names one ("Annual (INR)") a few lines above it."""
    row = re.split(r":\s", source, maxsplit=1)[0]
    where = text.find(row) if row else -1
    if where < 0:
        return None
    above = text[:where].splitlines()[-12:]
    for line in reversed(above):
        named = {_currency_of(m["c"] or m["c2"]) for m in _COLUMN_CURRENCY.finditer(line)} - {""}
        if len(named) == 1:
            note = "The currency of the table's column."
            return Found(named.pop(), line.strip(), note, confidence=SENTENCE_CONFIDENCE)
    return None


_AT_FULL_TARGET = re.compile(r"\bat 100 ?%|\(at 100 ?%\)|\bat target\b|\btarget\b", re.I)


def _bare_amounts(text: str, label_end: int) -> tuple[list[_Mention], bool]:
    """A salary row's figure written with no currency ("Total CTC  21,60,000"): the
    currency comes from the row's label ("Annual (₹)") when it names one. A row of a
    month's figure and its year's ("Total Fixed CTC  3,20,833  38,50,000", under "Per
    month" and "Per annum" columns) gives the year's, as a yearly figure (True)."""
    label = text[:label_end]
    marker = re.search(rf"{_SYMBOL}|\b{_CODE}\b", label)
    currency = _currency_of(marker.group(0)) if marker else ""
    found = []
    for m in _BARE_NUMBER.finditer(text, label_end):
        value = _figure(m.group(0))
        if value is not None and value >= 1000:
            found.append(_Mention(m.start(), m.end(), value, currency))
    if len(found) == 2 and abs(found[1].amount / found[0].amount - 12) < Decimal("0.01"):
        return found[1:], True
    return found[:1], False


_TARGET_BEFORE = re.compile(
    r"\b(?:target(?:ed)?(?: at| of)?|on-target|cible(?: de)?|Ziel(?:wert|bonus)?(?: von)?|"
    r"doel(?:stelling)?(?: van)?|objectif(?: de)?|"
    # "an on-target opportunity of 20%", "Der Zielbonus beträgt 15 %": the target's own verb.
    r"(?:on-)?target (?:opportunity|bonus|award|incentive|level)(?: of| is| at)?|"
    r"Ziel(?:wert|bonus) (?:beträgt|in Höhe von)|(?:prime|bonus) cible (?:de|est de))"
    r"\s*:?\s*$",
    re.IGNORECASE,
)
# "Annual bonus (20% target / 40% maximum of base)": the target named after its figure.
_TARGET_AFTER = re.compile(r"\s*(?:on-)?target\b(?!\s+(?:attainment|achievement))", re.I)
_TARGET_NOTE = "The target the letter names."
# A bonus named as such (not a sales plan's commission on "on-target earnings").
_BONUS_WORD = re.compile(r"\b(?:bonus|prime|variable|Prämie|premie|premia)\b", re.IGNORECASE)
_COMMISSION = re.compile(r"commission|on-target earnings|\bOTE\b|sales incentive", re.IGNORECASE)


# A bonus's label in Chinese, Thai or Vietnamese ("绩效奖金", "โบนัสประจำปี", "Thưởng hiệu suất"),
# whose value names the salary it is a share of before the share ("目标为年薪的 15%") or
# after it in its own words ("Tối đa 20% tổng lương cơ bản năm").
_REGIONAL_BONUS_LABEL = re.compile(r"[\u0e00-\u0e7f\u3400-\u9fff]|\bthưởng\b", re.IGNORECASE)


def _regional_bonus_share(label: str, value: str, source: str) -> list[Found[Decimal]]:
    """The one share of the salary a regional bonus label's value gives, as its target (none
    where it gives two or more, or a level it is paid at)."""
    shares = list(_PERCENT.finditer(value))
    if not _REGIONAL_BONUS_LABEL.search(label) or len(shares) != 1:
        return []
    if _NOT_A_BONUS_PERCENT.search(value[shares[0].end() : shares[0].end() + 40]):
        return []
    pct = number_value(shares[0]["num"].replace(",", "."))
    if pct is None or not 0 < pct <= 100:
        return []
    return [Found(pct, source, _TARGET_NOTE, confidence=PAIR_CONFIDENCE)]


def _read_equity(
    text: str,
    source: str,
    confidence: float,
    units: list[Found[Decimal]],
    vesting: list[Found[Decimal]],
    cliffs: tuple[list[Found[int]], list[Found[int]]],
    percents: list[Found[Decimal]],
    *,
    grant_before: bool = False,
) -> None:
    """The grant's units, vesting years and cliff, and the bonus percentages, in `text`.
    With `grant_before` the sentence before named a grant, so a sentence of vesting that
    names none ("Ceux-ci seront acquis progressivement sur quatre ans") is about it."""
    cliff, annual = cliffs
    for pm in _PERCENT.finditer(text):
        target = _TARGET_BEFORE.search(text[max(0, pm.start() - 30) : pm.start()])
        kind = _kind_near(text, pm.start(), pm.end(), 0, len(text))
        if kind != "bonus" and not (
            # "Bonus: 8–16% of base: target 12%": the base named is what it is a share of.
            target
            and kind in ("", "base")
            and _BONUS_WORD.search(text)
            and not _COMMISSION.search(text)
        ):
            continue
        if _NOT_A_BONUS_PERCENT.search(text[pm.end() : pm.end() + 40]):
            continue  # "at 100% attainment": the level the bonus is paid at, not the bonus
        if (
            pm["num"] == "100"
            and re.search(r"\bat\s*$", text[max(0, pm.start() - 6) : pm.start()])
            and re.match(r"\s*(?:of\s+)?target\b", text[pm.end() :])
        ):
            continue  # "Variable Pay at 100% target": the level it is paid at, not its share
        if re.search(r"\b(?:at|@)\s*$", text[: pm.start()]) and re.match(
            r"\s*[:=]", text[pm.end() :]
        ):
            continue  # "Variable pay at 100%: 8,50,000": the level an amount is quoted at
        if _PAST_BONUS.search(text[max(0, pm.start() - 60) : pm.start()]):
            continue  # "bonuses last year averaged 12%": what others got, not a target
        if _CURRENT_TERMS.search(
            re.split(r"[.;]\s", text[max(0, pm.start() - 60) : pm.start()])[-1]
        ):
            continue  # "(currently 6% at G6)": the terms before a promotion, not the offer
        pct = number_value(pm.group("num").replace(",", "."))
        if pct is not None and pct > 100:
            continue  # "matched at 300 %", "paid out at 150% of target": not a bonus's share
        if pct is not None:
            # "10–15% of base salary": two figures, for the user to choose between.
            low = _RANGE_START.search(text[max(0, pm.start() - 14) : pm.start()])
            low_pct = number_value(low.group("num").replace(",", ".")) if low else None
            if low_pct is not None and low_pct != pct:
                percents.append(Found(low_pct, source, confidence=confidence))
            target = target or _TARGET_AFTER.match(text, pm.end())
            note = _TARGET_NOTE if target else ""
            percents.append(Found(pct, source, note, confidence=confidence))
    if _CJK.search(text):
        _read_chinese_equity(text, source, confidence, units, vesting, cliff)
    um = next(
        (
            u
            for u in _UNITS.finditer(text)
            if not _not_the_grant(text, u)
            # A first part vesting after the grant is told, or with the rest after it: not
            # a grant of its own.
            and not (_A_TRANCHE.match(text, u.end()) and (units or _THE_REST.search(text, u.end())))
        ),
        None,
    )
    # "up to AUD 1,000 of shares": an amount of money, not a count of shares.
    money_before = um and re.search(rf"(?:{_SYMBOL}|\b{_CODE})\s?$", text[: um.start()])
    # "(Your earlier draft showed 8,000 options)": what was offered before, not the grant.
    before = text[: um.start()][-100:] if um else ""
    earlier = _EARLIER_OFFER.search(re.split(r"[.;]\s", before)[-1])
    earlier = earlier or _DATED_OFFER_BRACKET.search(before)
    # "we … added 400 virtual shares to the first number": a step up, the grant told apart.
    added = bool(
        um
        and re.search(r"\badded\s+$", before)
        and re.match(r"[^.;]{0,40}\bto\b", text[um.end() :])
    )
    if (
        um
        and not money_before
        and not earlier
        and not added
        and not _MONEY.match(text, max(0, um.start() - 1))
    ):
        count = _figure(um.group("num"))
        if count is not None and um.group("k"):
            count *= 1000
        if count is not None and count >= 1:
            units.append(Found(count, source, confidence=confidence))
    vests = _VESTING.search(text) or (
        _EQUITY.search(text) and re.search(r"\bover (?:\w+ (?:years|months)|\d+\s?yr?s?\b)", text)
    )
    if vests and not (_EQUITY.search(text) or _VESTING.match(text.lstrip("*-•· ")) or grant_before):
        vests = None  # "holiday that vests over 12 months", "congés acquis": not equity
    if not vests and units and not annual and _FIRST_YEAR_ROW.fullmatch(text.strip()):
        # "1st anniversary of grant: 10%", "nach dem 1. Dienstjahr: 10 %": a grant's schedule
        # by the year, row by row; nothing vests before the first.
        note = "Vests once a year: the first part after 12 months."
        annual.append(Found(12, source, note, confidence=ASSUMED_CONFIDENCE))
        return
    if not (vests or "cliff" in text.lower()):
        return
    cliff_spans: list[tuple[int, int]] = []
    for m in _CLIFF.finditer(text):
        cliff_spans.append(m.span())
        firsts = ("first", "first2", "first3", "first4", "first5", "first6", "first7", "first8")
        if any(m.group(g) for g in firsts) or m.group(0).endswith("anniversary"):
            months: Decimal | None = Decimal(12)
        else:
            number = m["n"] or m["n2"] or m["n3"] or m["n4"] or m["n5"] or m["n6"] or m["n7"]
            n = _word_number(number or m["n8"] or m["n9"] or m["n10"] or m["n11"] or "one")
            unit = m["unit"] or m["unit2"] or m["unit3"] or m["unit4"] or m["unit5"]
            unit = unit or m["unit6"] or m["unit7"] or m["unit8"] or m["unit9"] or m["unit10"]
            unit = unit or m["unit11"]
            unit = unit or "year"
            months = _months(n, unit) if n is not None else None
        if months is not None and not any(c.sentence == source for c in cliff):
            cliff.append(Found(int(months), source, confidence=confidence))
    at_once = _VESTS_AT_ONCE.search(text) if vests else None
    if at_once and not any(c.sentence == source for c in cliff):
        ordinal = at_once["ord"]
        n = (
            Decimal(_ORDINALS[ordinal.lower()])
            if ordinal
            else _word_number(at_once["n"] or at_once["n2"])
        )
        if n is not None and not re.search(r"\bover\b|\büber\b", text[: at_once.start()]):
            # All of it after N years ("acquises au terme d'une période de trois ans"):
            # nothing before, so the cliff is the whole period.
            cliff.append(Found(int(n * 12), source, confidence=confidence))
            if ordinal and not any(v.sentence == source for v in vesting):
                vesting.append(Found(n, source, confidence=confidence))
    if vests and not any(a.sentence == source for a in annual) and _ANNUAL_VESTING.search(text):
        note = "Vests once a year: the first part after 12 months."
        annual.append(Found(12, source, note, confidence=ASSUMED_CONFIDENCE))
    # Every grant's vesting is kept (the first new-hire grant's is chosen later).
    if not vests or any(v.sentence == source for v in vesting):
        return
    longest: Decimal | None = None
    for m in _DURATION.finditer(text):
        if any(s <= m.start() < e for s, e in cliff_spans):
            continue
        clause = re.split(r"[;.]\s|,\s(?=and\b|but\b)", text[max(0, m.start() - 40) : m.start()])
        if _NOT_VESTING.search(clause[-1]):
            continue  # "they expire 10 years after grant": how long options last, not vesting
        if re.search(
            r"\b(?:every|each|alle|tous les|chaque|elke|iedere|cada|ogni)\s+$", clause[-1], re.I
        ):
            continue  # "then 20% every six months": how often it vests, not for how long
        if re.match(r"\s+after\b", text[m.end() :]) and _ANNUAL_COUNT.search(text):
            continue  # "three equal annual tranches, the first one year after grant": a wait
        n = _word_number(m.group("n"))
        if n is None:
            continue
        months = _months(n, m.group("unit"))
        longest = months if longest is None or months > longest else longest
    if longest is None and (told := _VESTING_IN_A_WORD.search(text)):
        longest = Decimal(12 * _YEARS_IN_A_WORD[told["word"].lower()])
    if longest is None and (tranches := _ANNUAL_COUNT.search(text)):
        # "vests in three equal annual installments": as many years as yearly parts.
        if tranches["last"]:
            # "on the first, second and third anniversaries": as many years as the last.
            parts: Decimal | None = Decimal(_LAST_ANNIVERSARY[tranches["last"].lower()])
        else:
            parts = _word_number(
                tranches["n"] or tranches["n2"] or tranches["n3"] or tranches["n4"]
            )
        longest = parts * 12 if parts is not None else None
    parts_of = _IN_PARTS.search(text)
    if longest is None and parts_of and (count := _word_number(parts_of["n"])) is not None:
        # "in 36 gelijke maandelijkse delen", "the remaining 75% vest in 36 equal monthly
        # instalments": as many months (or quarters) as parts, after the first part's wait.
        step = 3 if parts_of["step"].lower().startswith(_BY_QUARTER) else 1
        longest = count * step
        rest_part = _REST_PART.search(text[: parts_of.start()])
        waits = [c for c in cliff + annual if c.sentence == source]
        if rest_part and waits:
            longest += waits[0].value
    rest = _REST_OVER.search(text)
    if rest and longest is not None and (cliff or annual):
        # "25% at the end of year one, the rest quarterly over the next three years": the
        # first part's wait and the rest's years together.
        waits = [c for c in cliff + annual if c.sentence == source] or cliff or annual
        first = waits[0].value
        then = _word_number(rest["n"])
        if then is not None and _months(then, rest["unit"]) == longest:
            longest = first + longest
    if longest is not None and longest >= 6:
        years = (longest / 12).quantize(Decimal("0.01")).normalize()
        vesting.append(Found(years, source, confidence=confidence))


def _money_text(amount: Decimal, currency: str = "") -> str:
    shown = f"{amount:,.2f}".removesuffix(".00")
    return f"{currency} {shown}".strip()


def _without_variable_total(
    pays: list[_Pay], shares: set[Decimal], bonuses: set[Decimal]
) -> list[_Pay]:
    """The yearly figures less those that are another one with the bonus at target added
    ("A. Fixed pay 24,00,000 … Total CTC (A + B) 26,40,000" beside "Variable pay at target:
    10% of fixed pay"): the fixed pay is the base, as the corpus's truths have it."""
    yearly = [p for p in pays if p.period is Period.YEAR and p.amount > 0]

    def adds_the_bonus(total: _Pay) -> bool:
        for fixed in yearly:
            if fixed.amount >= total.amount:
                continue
            if fixed.currency and total.currency and fixed.currency != total.currency:
                continue  # a table's cell may leave the currency out
            extra = total.amount - fixed.amount
            if extra in bonuses or any(fixed.amount * share / 100 == extra for share in shares):
                return True
        return False

    totals = [p for p in yearly if adds_the_bonus(p)]
    return [p for p in pays if p not in totals] if totals else pays


def _pick_pay(
    pays: list[_Pay], unsure: list[Unsure]
) -> tuple[Found[Decimal] | None, Found[str] | None, Found[Period] | None]:
    """The salary: a yearly figure if the letter states one (an Indian letter's total CTC
    before its components), else its monthly or hourly one; blank if they disagree."""
    if not pays:
        return None, None, None
    if any(p.ctc for p in pays):
        pays = [p for p in pays if p.ctc]
        # "Total CTC (at target) ₹ 1,09,25,000" beside "Fixed CTC ₹ 95,00,000": the total
        # with the variable pay at target is not the fixed pay.
        pays = [p for p in pays if not _WITH_VARIABLE.search(p.source)] or pays
    yearly = [p for p in pays if p.stated and p.period is Period.YEAR]
    stated = [p for p in pays if p.stated]
    group = yearly or stated or pays
    amounts = list(dict.fromkeys(p.amount for p in group))
    # A table's monthly column beside its yearly one ("Total Fixed CTC: 2,05,000 24,60,000")
    # reads as a second yearly figure: exactly a twelfth of another one stated with its
    # currency, it is that figure by the month.
    twelfths = {
        a for a in amounts if any(p.amount == a * 12 and p.currency for p in group) and a > 0
    }
    if twelfths and len(amounts) - len(twelfths) == 1:
        group = [p for p in group if p.amount not in twelfths]
        amounts = [a for a in amounts if a not in twelfths]
    if len(amounts) > 1:
        per = {
            Period.YEAR: "a year",
            Period.MONTH: "a month",
            Period.DAY: "a day",
            Period.HOUR: "an hour",
        }
        listed = "; ".join(
            f"{_money_text(p.amount, p.currency)} {per[p.period]}"
            for p in {p.amount: p for p in group}.values()
        )
        unsure.append(
            Unsure(
                "base",
                f"{_count_word(len(amounts))} salary figures found: {listed}. Type the one "
                "that is your base salary.",
                tuple(Found(p.amount, p.source) for p in {p.amount: p for p in group}.values()),
            )
        )
        # The figures disagree, but not their currency: that much is sure.
        currencies = {p.currency for p in group}
        if len(currencies) == 1 and group[0].currency and not group[0].currency_note:
            first = group[0]
            return None, Found(first.currency, first.source, confidence=first.confidence), None
        return None, None, None
    # One figure: where the letter says per what it is, that reading (a table cell may not).
    best = max(group, key=lambda p: (p.stated, p.confidence))
    base = Found(best.amount, best.source, confidence=best.confidence)
    currency = (
        Found(best.currency, best.source, best.currency_note, confidence=best.confidence)
        if best.currency
        else None
    )
    if best.by_year:
        note = "The table's yearly column, beside the monthly one."
        return base, currency, Found(Period.YEAR, best.source, note, confidence=best.confidence)
    if not best.stated and (best.amount < 20000 or best.currency in _MONTHLY_SIZED):
        # A figure this size may well be monthly: the user says which.
        unsure.append(
            Unsure(
                "period",
                f"The letter does not say whether {_money_text(best.amount, best.currency)} is "
                "per year, month or hour: choose it.",
                (base,),
            )
        )
        return base, currency, None
    note = "" if best.stated else "The letter does not say per what; read as yearly."
    period = Found(best.period, best.source, note, confidence=best.confidence)
    return base, currency, period


# Currencies in which a month's pay is often 20,000 or more: India's and Japan's, and Greater
# China's and South-East Asia's ("HK$ 52,000", "Rp 25.000.000", "PHP 85,000"), where a figure
# the letter does not say per what of may be either.
def _only_currency(text: str, dollar: str) -> str:
    """The one currency every amount of the letter is written in, or "" (`dollar`: what the
    letter's "$" was read as)."""
    mentions = _money(text)
    codes = {m.currency for m in mentions if m.currency and not m.bare_dollar and m.currency != "$"}
    if any(m.bare_dollar or m.currency == "$" for m in mentions):
        codes.add(dollar)  # "" where the letter's "$" is no known dollar
    return codes.pop() if len(codes) == 1 and "" not in codes else ""


_MONTHLY_SIZED = ("INR", "JPY", "CNY", "TWD", "HKD", "THB", "PHP", "IDR", "VND")


_YEARLY_HEADING = re.compile(
    r"^\W*(?:[\w–—-]+\s+){0,5}(?:compensation|salary|remuneration|pay|CTC)\b[^.\n]{0,30}"
    r"\((?:per annum|p\.\s?a\.|annual|yearly|per year)\)\s*$",
    re.IGNORECASE | re.MULTILINE,
)


def _yearly_heading(text: str, source: str) -> str:
    """The heading above a pay table that says its figures are yearly, or ""."""
    first = source.split(":")[0].strip()
    at = text.find(first) if first else -1
    if at < 0:
        return ""
    headings = list(_YEARLY_HEADING.finditer(text[:at]))
    near = headings[-1] if headings else None
    return near.group(0).strip() if near and at - near.end() < 400 else ""


_WITH_VARIABLE = re.compile(
    r"\bat target\b|\bat 100\s?%|\bincl(?:uding|\.)?\s+(?:target\s+)?variable|"
    r"\bwith variable|\bon[- ]target\b|fixed\s*\+\s*variable",
    re.IGNORECASE,
)


# A salary named as the full-time one beside a part-time post's own: "Full-time equivalent
# salary:", "Jahresbruttogehalt bei Vollzeit:", "Salaire annuel brut à 100 % :", "Salaris bij
# voltijd (40 uur):", "… being 50% of the full-time salary of EUR 43,000".
_FULL_TIME_FIGURE = re.compile(
    r"full[- ]time(?: equivalent| basis| rate)?\b|\bFTE (?:salary|basis|rate)\b|"
    r"\bVollzeit\w*|(?:à|at|bei|bij|al|a) 100 ?%|\bvoltijd\w*|\btemps plein\b|"
    r"\btempo pieno\b|\bjornada completa\b|\btiempo completo\b",
    re.IGNORECASE,
)
# What says the post is part-time: its share of full time, its hours, its name.
_PART_TIME = re.compile(
    r"part[- ]time|pro[- ]rata|naar rato|Teilzeit|temps partiel|tempo parziale|"
    r"\b0[.,]\d{1,2}\s?(?:FTE|fte)\b|(?:à|at|bei|bij|al|zu) [1-9]\d ?%|\([1-9]\d ?%\)|"
    r"\b[1-9]\d ?% (?:FTE|of (?:the |a )?full[- ]time)|four[- ]day (?:work ?)?week|"
    r"vierdaagse werkweek|Vier-Tage-Woche",
    re.IGNORECASE,
)


_GULF_CURRENCIES = frozenset({"AED", "SAR", "QAR", "KWD", "BHD", "OMR"})
_GULF_PACKAGE = re.compile(r"\btotal (?:annual |yearly |monthly )?package\W*$", re.IGNORECASE)


def _full_time_figure(text: str, mention: _Mention, left: int, right: int) -> bool:
    """Whether the words of the figure's own clause name it the full-time one, before it
    ("Jahresbruttogehalt bei Vollzeit: 62.000 €") or after it ("$128,000 per annum at
    full-time equivalent; $102,400 … at 0.8 FTE")."""
    before = re.split(r"[.;,]\s", text[max(left, mention.start - 60) : mention.start])[-1]
    after = re.split(r"[.;,]\s|\(", text[mention.end : min(right, mention.end + 60)])[0]
    return bool(_FULL_TIME_FIGURE.search(before) or _FULL_TIME_FIGURE.search(after))


_WITH_SUPER = re.compile(
    r"fixed remuneration\W*(?:of\W*)?$|\bTFR\b\W*(?:of\W*)?$|"
    r"total (?:remuneration )?package\W*(?:of\W*)?$",
    re.IGNORECASE,
)


def _paid_part_time(pays: list[_Pay], text: str) -> list[_Pay]:
    """A part-time post's salary is what it pays, not the full-time figure the letter names
    beside it (a settled convention): the full-time figures left out when others remain."""
    paid = [p for p in pays if not p.full_time]
    if not paid or len(paid) == len(pays) or not _PART_TIME.search(text):
        return pays
    return paid


def _with_yearly_total(pays: list[_Pay], yearly: list[_Pay]) -> list[_Pay]:
    """A monthly salary's yearly total, when the letter states one, is the salary: 12 to 14
    months' pay with holiday allowance (8%) on top, in the same currency. Only a figure that
    fits the monthly one counts, so an allowance of 800 a year is not taken for it."""
    monthly = {p.amount: p for p in pays if p.stated and p.period is Period.MONTH}
    if len(monthly) != 1 or any(p.stated and p.period is Period.YEAR for p in pays):
        return pays
    (month,) = monthly.values()
    totals = {
        y.amount: y
        for y in yearly
        if y.currency == month.currency and 12 <= y.amount / month.amount <= Decimal("15.2")
    }
    if len(totals) != 1:
        return pays
    (total,) = totals.values()
    return [*pays, total]


def _count_word(n: int) -> str:
    return {2: "Two", 3: "Three", 4: "Four"}.get(n, str(n))


_TERM_WORDS = {
    "sign_on": "sign-on amounts",
    "bonus_amount": "bonus amounts",
    "equity_value": "equity values",
    "bonus_percent": "bonus percentages",
    "equity_units": "grant sizes",
}


# One payment told in parts, each with its turn: years, instalments, salaries.
_PARTS_IN_TURN = re.compile(
    r"(?=.*\b(?:first|1st|year one)\b)(?=.*\b(?:second|2nd|year two|sixth|twelfth|"
    r"thereafter|anniversary|after (?:(?:the )?completion of |completing )?"
    r"(?:\d+|six|twelve) months)\b)"
    r"(?!.*\b(?:repay\w*|clawback|claw back|refund\w*|or)\b)",
    re.IGNORECASE | re.DOTALL,
)


_TOTAL_IN_PARTS = re.compile(
    r"\b(?:paid|payable|split|paid out) in (?:two|three|four|2|3|4) (?:equal )?"
    r"(?:instal(?:l)?ments|tranches|parts|payments)\s*[(:]|"
    # "20 000 $, payable en deux versements : 12 000 $ …", "15.000,00 € brutto in zwei
    # Raten: 10.000,00 € …", "$100,000 total - $60,000 … and $40,000 …".
    r"\ben (?:deux|trois|quatre|2|3|4) (?:versements|tranches|fois)\s*[(:]|"
    r"\bin (?:zwei|drei|vier|2|3|4) (?:Raten|Tranchen|Teilen|Zahlungen)\s*[(:]|"
    r"\btotal\s*[-–—:(]",
    re.IGNORECASE,
)


def _the_targets_amount(
    amounts: list[Found[Decimal]],
    percent: Found[Decimal] | None,
    base: Found[Decimal] | None,
    period: Found[Period] | None,
) -> list[Found[Decimal]]:
    """Two bonus amounts that differ ("£23,600 at target, £47,200 at maximum"): the one that
    is the target percentage of the yearly base, if one is; else both, for the user to
    choose. Of three or more (a projection's bonus year by year on a raised salary), only
    one the letter states on its own beside that percentage ("target 20% ($42,000)")."""
    if percent is None or base is None or period is None or period.value is not Period.YEAR:
        return amounts
    values = {a.value for a in amounts}
    if len(values) < 2:
        return amounts
    share = base.value * percent.value / 100
    kept = [a for a in amounts if a.value == share]
    if len(values) > 2:
        shown = f"{percent.value.normalize():f}"
        kept = [
            a
            for a in kept
            if len(_money(a.sentence)) == 1 and re.search(rf"\b{shown}\s?%", a.sentence)
        ]
    return kept or amounts


def _pick(
    key: str, candidates: list[Found[Decimal]], unsure: list[Unsure], *, sums: bool = False
) -> Found[Decimal] | None:
    """The one value the readings agree on; blank (with the candidates) if they differ. With
    `sums`, a total stated beside its instalments ("$40,000 in two instalments: $25,000 …
    and $15,000") is that total."""
    if not candidates:
        return None
    values = list(dict.fromkeys(c.value for c in candidates))
    if len(values) == 1:
        return max(candidates, key=lambda c: c.confidence)
    if sums:
        biggest = max(values)
        others = [v for v in values if v != biggest]
        # "£6,000, paid in two instalments of £3,000": a total beside its equal parts.
        equal_parts = len(others) == 1 and others[0] > 0 and biggest / others[0] in (2, 3, 4)
        if biggest == sum(others) or equal_parts:
            return next(c for c in candidates if c.value == biggest)
        stated = next(c for c in candidates if c.value == biggest)
        told = {m.amount for m in _money(stated.sentence)}
        if _TOTAL_IN_PARTS.search(stated.sentence) and all(v in told for v in others):
            # "$75,000, paid in two installments ($50,000 in your first paycheck, …)": the
            # total the letter states before its parts.
            return stated
        sources = {c.sentence for c in candidates}
        if len(sources) == 1 and len(values) <= 3 and _PARTS_IN_TURN.match(next(iter(sources))):
            # "$40,000 paid in your first year and $25,000 in your second year": one payment
            # in parts, no total stated, so the parts added up.
            total = sum(values, Decimal(0))
            note = " + ".join(_money_text(v) for v in values) + ", added up."
            return Found(total, candidates[0].sentence, note, ASSUMED_CONFIDENCE)
    listed = ", ".join(_money_text(v) for v in values)
    unsure.append(
        Unsure(
            key,
            f"{_count_word(len(values))} {_TERM_WORDS[key]} found: {listed}. Type the right one.",
            tuple({c.value: c for c in candidates}.values()),
        )
    )
    return None


def _pick_date(key: str, candidates: list[FoundDate], unsure: list[Unsure]) -> FoundDate | None:
    """The date the readings agree on. A labelled row ("Start date: …") outweighs sentences,
    which may speak of other dates ("benefits begin on …"); an open reading (two ways, or
    N days after an undated letter) gives way to a firm one that fits it; dates that still
    disagree are left blank, listed for the user."""
    if not candidates:
        return None
    rows = [c for c in candidates if c.confidence >= PAIR_CONFIDENCE]
    if rows and len({(c.value, c.choices, c.relative_days) for c in rows}) == 1:
        return rows[0]
    pool = rows or candidates
    first = pool[0]
    if len({(c.value, c.choices, c.relative_days) for c in pool}) == 1:
        return first
    dated = [c for c in pool if c.value is not None]
    days = list(dict.fromkeys(c.value for c in dated))
    if not days:
        return first if len({c.choices for c in pool}) == 1 else None
    open_ones = [c for c in pool if c.value is None]
    fits = all(not c.choices or days[0] in c.choices for c in open_ones)
    if len(days) == 1 and fits:
        return dated[0]
    what = "start dates" if key == "start" else "reply deadlines"
    listed = ", ".join(long_date(d) for d in days if d is not None)
    unsure.append(
        Unsure(
            key,
            f"{_count_word(len(days))} {what} found: {listed}. Type the right one.",
            tuple(dated),
        )
    )
    return None


def _latest_chat_message(all_sentences: list[str], found: _Candidates) -> None:
    """An exported chat that haggles ("First proposal: €70k …" on Tuesday, "final offer:
    €76k …" on Thursday): the newest message that names a salary says the offer, so its pay,
    start and reply deadline are the ones on the table."""
    number = dict(zip(all_sentences, _chat_messages(all_sentences), strict=True))
    told = [number.get(p.source, 0) for p in found.pay]
    if not told or min(told) == 0:
        return
    latest = max(told)
    found.pay = [p for p in found.pay if number.get(p.source, 0) == latest]
    found.yearly = [p for p in found.yearly if number.get(p.source, 0) in (0, latest)]
    for dates in (found.start, found.deadline):
        newest = max((number.get(d.sentence, 0) for d in dates), default=0)
        dates[:] = [d for d in dates if number.get(d.sentence, 0) == newest]


def companies_named(text: str, known_companies: tuple[str, ...]) -> tuple[str, ...]:
    """The known company names the text names (whole words, any case)."""
    lowered = text[:MAX_TEXT].casefold()
    return tuple(name for name in known_companies if name and _names(lowered, name.casefold()))


def _names(lowered_text: str, name: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(name)}(?!\w)", lowered_text) is not None


def read_letter(
    text: str,
    inner_texts: list[str] | tuple[str, ...] = (),
    *,
    known_companies: tuple[str, ...] = (),
) -> FoundTerms:
    """The terms of a dropped file: its own text or the file inside it that says the most."""
    return best_reading([text, *inner_texts], known_companies=known_companies)[1]


def _occurrences(words: str, text: str) -> list[int]:
    """Where each occurrence of `words` in `text` ends."""
    return [m.end() for m in re.finditer(re.escape(words), text)]


def best_reading(
    texts: list[str], *, known_companies: tuple[str, ...] = ()
) -> tuple[int, FoundTerms]:
    """Of the texts of a file and the files inside it (an e-mail's attachments), the one
    whose reading finds the most terms: its index (0 if none says anything) and terms."""
    best_index, best = 0, read_terms("", known_companies=known_companies)
    best_says = -1
    readings: list[FoundTerms] = []
    for index, text in enumerate(texts):
        if text.strip():
            terms = read_terms(text, known_companies=known_companies)
            readings.append(terms)
            # A term left blank for the user to pick still shows the letter speaks of it.
            says = terms.found_count + len(terms.unsure)
            if says > best_says:
                best_index, best, best_says = index, terms, says
    if best.deadline is None and not any(u.term == "deadline" for u in best.unsure):
        # "We would need the signed offer back by Friday, 18 December" in the mail that
        # carries the letter: the reply it asks for, when the letter itself names none.
        asked = [r.deadline for r in readings if r is not best and r.deadline is not None]
        if len({d.value for d in asked}) == 1 and asked[0].value is not None:
            best = replace(best, deadline=asked[0])
    if best.start is not None and best.start.is_ambiguous:
        # The attached letter's "05/04/2027" beside the cover mail's "i.e. Monday 5 April":
        # the mail's own date, when it is one of the two readings, settles it.
        fits: set[date] = set()
        written = re.search(r"\b[0-3]?\d[/.-][0-3]?\d[/.-]20\d\d\b", best.start.sentence)
        letter = best.letter_date.value if best.letter_date else None
        for text in texts:
            for at in _occurrences(written.group(0), text) if written else []:
                for mention in _dates(text[at : at + 60], letter):
                    fits |= set(mention.choices) & set(best.start.choices)
        if len(fits) == 1:
            day = fits.pop()
            note = f"The message around the letter names {long_date(day)}."
            start = FoundDate(best.start.sentence, day, note=note, confidence=SENTENCE_CONFIDENCE)
            best = replace(best, start=start)
    return best_index, best
