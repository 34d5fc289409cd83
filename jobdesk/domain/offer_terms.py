"""Finding an offer's terms in the text of its letter.

Each value found carries the sentence it came from, so the user can check it
before anything is saved. What is not found stays empty; where reading a value
needed an assumption (a "$" taken as US dollars, a salary with no period taken
as yearly, a year left out) the value says so in its note. A date such as
05/12/2026 that reads two ways is not decided here: both readings are offered.
"""

from __future__ import annotations

import contextlib
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from typing import Generic, TypeVar

from jobdesk.domain.offers import COMMON_CURRENCIES, OfferTermsRecord, Period, number_value

V = TypeVar("V")

MAX_TEXT = 400_000  # characters read; an offer letter is a few thousand


@dataclass(frozen=True)
class Found(Generic[V]):
    """One value read from the letter, with the sentence it came from."""

    value: V
    sentence: str
    note: str = ""


@dataclass(frozen=True)
class FoundDate:
    """A date read from the letter. `value` is None when the letter leaves it open:
    two readings (`choices`), or a number of days after a letter date it does not state."""

    sentence: str
    value: date | None
    choices: tuple[date, ...] = ()
    relative_days: int | None = None
    business_days: bool = False
    note: str = ""

    @property
    def is_ambiguous(self) -> bool:
        return self.value is None and len(self.choices) > 1

    def counted_from(self, start: date) -> date | None:
        """The date `relative_days` after `start` (skipping weekends for business days)."""
        if self.relative_days is None:
            return None
        return add_days(start, self.relative_days, business=self.business_days)


@dataclass(frozen=True)
class FoundTerms:
    title: Found[str] | None = None
    currency: Found[str] | None = None
    base: Found[Decimal] | None = None
    period: Found[Period] | None = None
    sign_on: Found[Decimal] | None = None
    bonus_percent: Found[Decimal] | None = None
    bonus_amount: Found[Decimal] | None = None
    equity_units: Found[Decimal] | None = None
    equity_value: Found[Decimal] | None = None
    vesting_years: Found[Decimal] | None = None
    cliff_months: Found[int] | None = None
    start: FoundDate | None = None
    deadline: FoundDate | None = None
    letter_date: FoundDate | None = None
    location: Found[str] | None = None
    companies: tuple[str, ...] = field(default=())

    @property
    def found_count(self) -> int:
        """How many of the offer's terms were found (the letter's own date is not a term)."""
        names = [n for n in TERM_NAMES if n not in ("letter_date",)]
        return sum(getattr(self, n) is not None for n in names)

    @property
    def looks_like_offer(self) -> bool:
        return self.base is not None or self.found_count >= 3

    def record(self) -> OfferTermsRecord:
        """The values found, as offer terms; an open date (two readings) stays empty."""

        def value(found: Found[V] | None) -> V | None:
            return found.value if found is not None else None

        return OfferTermsRecord(
            title=value(self.title) or "",
            currency=value(self.currency) or "",
            base_amount=value(self.base),
            base_period=value(self.period) or Period.YEAR,
            sign_on=value(self.sign_on),
            bonus_percent=value(self.bonus_percent),
            bonus_amount=value(self.bonus_amount),
            equity_units=value(self.equity_units),
            equity_value=value(self.equity_value),
            vesting_years=value(self.vesting_years),
            cliff_months=value(self.cliff_months),
            start_on=self.start.value if self.start else None,
            deadline_on=self.deadline.value if self.deadline else None,
            location=value(self.location) or "",
        )


TERM_NAMES = (
    "title",
    "currency",
    "base",
    "period",
    "sign_on",
    "bonus_percent",
    "bonus_amount",
    "equity_units",
    "equity_value",
    "vesting_years",
    "cliff_months",
    "start",
    "deadline",
    "letter_date",
    "location",
)


def long_date(day: date) -> str:
    """A date as "5 December 2026" on every platform (strftime's %-d is not portable)."""
    return f"{day.day} {day:%B %Y}"


def add_days(start: date, days: int, *, business: bool = False) -> date:
    if not business:
        return start + timedelta(days=days)
    day, left = start, days
    while left > 0:
        day += timedelta(days=1)
        if day.weekday() < 5:
            left -= 1
    return day


# --- sentences -----------------------------------------------------------------------------

_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”')\]]*\s+(?=[\"“(\[]?[A-Z0-9€£$])")
_ABBREVIATIONS = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr|Inc|Ltd|Co|Corp|St|No|approx|e\.g|i\.e|U\.S|Jan|Feb|Mar|Apr|Jun|Jul"
    r"|Aug|Sep|Sept|Oct|Nov|Dec|ca|bzw|z\.B|Nr|Str)\.$",
    re.IGNORECASE,
)
_ORDINAL_END = re.compile(r"(?:^|\s)[0-3]?\d\.$")  # "am 1. März": a German day, not an end
_MARKDOWN = re.compile(r"^\s*(?:#{1,6}\s+|[-*+]\s+|>\s*|\d+[.)]\s+)")


def sentences(text: str) -> list[str]:
    """The letter cut into sentences, with wrapped lines joined and table rows kept whole."""
    text = unicodedata.normalize("NFKC", text[:MAX_TEXT])
    lines = [_clean_line(line) for line in text.splitlines()]
    widest = max((len(line) for line in lines), default=0)
    units: list[str] = []
    current = ""
    for line in lines:
        if not line:
            if current:
                units.append(current)
            current = ""
            continue
        if current and _continues(current, line, widest):
            current = f"{current} {line}"
        else:
            if current:
                units.append(current)
            current = line
    if current:
        units.append(current)
    result: list[str] = []
    for unit in units:
        result.extend(_split_sentences(unit))
    return [s for s in result if s]


def _clean_line(line: str) -> str:
    line = line.replace("\u00a0", " ").replace("\u202f", " ").replace("\u200b", "")
    if line.strip().startswith("|") and line.strip().endswith("|"):
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if all(set(c) <= set("-: ") for c in cells):
            return ""  # a Markdown table's rule
        line = ": ".join(c for c in cells if c)
    elif "\t" in line.strip():
        line = ": ".join(c.strip() for c in line.split("\t") if c.strip())
    line = _MARKDOWN.sub("", line)
    line = line.replace("**", "").replace("__", "")
    return " ".join(line.split())


def _continues(previous: str, line: str, widest: int) -> bool:
    """Whether `line` carries on the sentence of `previous` (a wrapped line)."""
    if previous.endswith((".", "!", "?", ":", ";")):
        return line[:1].islower()
    if line[:1].islower() or line[:1] in "(€$£":
        return True
    # A line that ran to the margin was wrapped; a short one ended on purpose.
    return widest >= 50 and len(previous) >= 0.75 * widest


def _split_sentences(unit: str) -> list[str]:
    pieces: list[str] = []
    start = 0
    for match in _SENTENCE_END.finditer(unit):
        candidate = unit[start : match.start()].strip()
        if not candidate or _ABBREVIATIONS.search(candidate) or _ORDINAL_END.search(candidate):
            continue
        pieces.append(candidate)
        start = match.end()
    pieces.append(unit[start:].strip())
    return pieces


# --- numbers, money and percentages --------------------------------------------------------

_WORD_NUMBERS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fourteen": 14,
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
    "a": 1,
    "an": 1,
    "ein": 1,
    "einem": 1,
    "zwei": 2,
    "drei": 3,
    "vier": 4,
    "fünf": 5,
    "sechs": 6,
    "sieben": 7,
    "zehn": 10,
    "vierzehn": 14,
}
_WORD_NUMBER = r"(?:\d+(?:[.,]\d+)?|" + "|".join(sorted(_WORD_NUMBERS, key=len, reverse=True)) + ")"

_SYMBOL_CURRENCY = {
    "US$": "USD",
    "C$": "CAD",
    "CA$": "CAD",
    "A$": "AUD",
    "AU$": "AUD",
    "NZ$": "NZD",
    "S$": "SGD",
    "HK$": "HKD",
    "£": "GBP",
    "€": "EUR",
    "¥": "JPY",
    "₹": "INR",
    "$": "USD",
}
# The codes the reader recognises: those offered in the lists, and a few more seen in letters.
_CODES = [*COMMON_CURRENCIES, "HKD", "CZK", "ILS", "BRL", "MXN", "ZAR"]
_WORD_CURRENCY = (
    (r"U\.?S\.? dollars?", "USD"),
    (r"Canadian dollars?", "CAD"),
    (r"Australian dollars?", "AUD"),
    (r"dollars?", "$"),
    (r"euros?|Euro", "EUR"),
    (r"pounds?(?: sterling)?|GBP", "GBP"),
    (r"Swiss francs?|Franken", "CHF"),
)
_SYMBOL = r"(?:(?<![A-Z])(?:US|C|CA|A|AU|NZ|S|HK)\$|\$|£|€|¥|₹)"
_CODE = r"(?:" + "|".join(_CODES) + r")"
_NUMBER = r"(?:\d{1,3}(?:(?:,|\.|'|’| )\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?)(?!\d)"
_SCALE = r"(?:\s?(?:k|K)\b|\s?(?:million|Mio\.?|mn|m|M)\b)?"
_WORDS_AFTER = "|".join(pattern for pattern, _ in _WORD_CURRENCY)
_MONEY = re.compile(
    rf"(?P<pre>{_SYMBOL}|\b{_CODE})\s?(?P<num>{_NUMBER})(?P<scale>{_SCALE})"
    rf"|(?P<num2>{_NUMBER})(?P<scale2>{_SCALE})\s?(?P<post>{_SYMBOL}|{_CODE}\b|(?:{_WORDS_AFTER})\b)"
)
_PERCENT = re.compile(r"(?P<num>\d{1,3}(?:[.,]\d{1,2})?)\s?(?:%|percent\b|per cent\b|Prozent\b)")


@dataclass(frozen=True)
class _Mention:
    start: int
    end: int
    amount: Decimal
    currency: str  # a code, or "$" when the letter only said dollars


def _money(sentence: str) -> list[_Mention]:
    found = []
    for m in _MONEY.finditer(sentence):
        number = m.group("num") or m.group("num2")
        scale = (m.group("scale") or m.group("scale2") or "").strip().lower().rstrip(".")
        marker = m.group("pre") or m.group("post") or ""
        value = number_value(number.replace(" ", ","))
        if value is None:
            continue
        if scale == "k":
            value *= 1000
        elif scale in ("million", "mio", "mn", "m"):
            value *= 1_000_000
        found.append(_Mention(m.start(), m.end(), value, _currency_of(marker)))
    return found


def _currency_of(marker: str) -> str:
    if marker in _SYMBOL_CURRENCY:
        return _SYMBOL_CURRENCY[marker]
    if marker.upper() in _CODES:
        return marker.upper()
    for pattern, code in _WORD_CURRENCY:
        if re.fullmatch(pattern, marker, re.IGNORECASE):
            return code
    return ""


def _dollar_currency(text: str) -> tuple[str, str]:
    """What "$" means in this letter: US dollars unless it names exactly one other dollar."""
    others = {
        "CAD": r"\bCAD\b|(?<![A-Z])CA?\$|Canadian dollar",
        "AUD": r"\bAUD\b|(?<![A-Z])AU?\$|Australian dollar",
        "NZD": r"\bNZD\b|(?<![A-Z])NZ\$|New Zealand dollar",
        "SGD": r"\bSGD\b|(?<![A-Z])S\$|Singapore dollar",
        "HKD": r"\bHKD\b|(?<![A-Z])HK\$|Hong Kong dollar",
    }
    named = [code for code, pattern in others.items() if re.search(pattern, text)]
    if len(named) == 1:
        return named[0], f"“$” read as {named[0]}, the dollar the letter names."
    return "USD", "“$” read as US dollars; change it if the offer is in another dollar."


# What an amount or a percentage is, told by the words around it. Sign-on comes before
# bonus so that "sign-on bonus" is not read as the yearly bonus.
_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "sign_on",
        re.compile(
            r"sign[- ]?on(?: bonus)?|signing(?: bonus)?|sign[- ]up bonus|joining bonus|"
            r"welcome bonus|hiring bonus|starting bonus|one[- ]time (?:cash )?(?:bonus|payment)|"
            r"one[- ]off (?:bonus|payment)|Antrittsprämie|Startprämie|Einmalzahlung",
            re.IGNORECASE,
        ),
    ),
    (
        "ignore",
        re.compile(
            r"relocation|moving|allowance|stipend|budget|reimburs\w*|expenses?|insurance|"
            r"pension|401\(?k\)?|retirement|holiday|vacation|per diem|tuition|gym|equipment|"
            r"price|per share|valuation|Zuschuss|Umzug|Urlaub|Jobticket",
            re.IGNORECASE,
        ),
    ),
    (
        "equity",
        re.compile(
            r"RSUs?\b|restricted stock(?: units?)?|stock options?|options?\b|equity|shares?\b|"
            r"stock\b|units\b|grant\b|Aktien\w*|Optionen|Mitarbeiterbeteiligung|VSOP|ESOP",
            re.IGNORECASE,
        ),
    ),
    (
        "bonus",
        re.compile(
            r"bonus|incentive|variable (?:pay|compensation|component)|variable Vergütung|"
            r"Prämie|Bonuszahlung|Zielbonus|commission",
            re.IGNORECASE,
        ),
    ),
    (
        "base",
        re.compile(
            r"salary|base\b|base pay|pay\b|compensation|wages?\b|(?:hourly )?rate\b|"
            r"remuneration|earn\w*|\w*gehalt\w*|Vergütung|Entgelt|Lohn|Stundensatz",
            re.IGNORECASE,
        ),
    ),
)
_PRIORITY = {kind: i for i, (kind, _) in enumerate(_KINDS)}


_OF_WHAT = re.compile(
    r"^\s*(?:of|von|des|der)\s+(?:(?:your|the|annual|yearly|fixed|ihres|ihrer|dem)\s+){0,2}$",
    re.IGNORECASE,
)


def _kind_near(sentence: str, start: int, end: int, left: int, right: int) -> str:
    """The kind named closest to the amount at start:end, looking within left..right."""
    best: tuple[float, int, str] | None = None
    before = sentence[left:start]
    after = sentence[end:right]
    for kind, pattern in _KINDS:
        for m in pattern.finditer(before):
            gap = float(len(before) - m.end())
            if re.search(r"[,;]", before[m.end() :]):
                gap += 25  # a keyword in an earlier clause binds less
            candidate = (gap, _PRIORITY[kind], kind)
            best = candidate if best is None or candidate < best else best
        for m in pattern.finditer(after):
            if _OF_WHAT.search(after[: m.start()]):
                continue  # "15% of your base salary": what the figure is of, not what it is
            gap = m.start() * 1.5 + 2
            if re.search(r"[,;]", after[: m.start()]):
                gap += 25
            candidate = (gap, _PRIORITY[kind], kind)
            best = candidate if best is None or candidate < best else best
    if best is None or best[0] > 90:
        return ""
    # Overlapping names ("sign-on bonus" holds "bonus"): the more specific one wins.
    return best[2]


_PERIOD_AFTER = (
    (
        Period.HOUR,
        re.compile(
            r"^\s*(?:,\s*)?(?:\(?\s*)?(?:per hour|an hour|hourly|/\s?(?:hour|hr|h)\b|"
            r"pro Stunde|die Stunde|stündlich)",
            re.IGNORECASE,
        ),
    ),
    (
        Period.MONTH,
        re.compile(
            r"^\s*(?:,\s*)?(?:\(?\s*)?(?:gross |brutto |net |netto )?(?:per month|a month|"
            r"monthly|each month|every month|/\s?(?:month|mo)\b|p\.\s?m\.|monatlich|pro Monat|"
            r"im Monat)",
            re.IGNORECASE,
        ),
    ),
    (
        Period.YEAR,
        re.compile(
            r"^\s*(?:,\s*)?(?:\(?\s*)?(?:gross |brutto |before tax |)(?:per year|a year|"
            r"per annum|annually|yearly|each year|every year|/\s?(?:year|yr|annum)\b|"
            r"p\.\s?a\.|jährlich|pro Jahr|im Jahr)",
            re.IGNORECASE,
        ),
    ),
)
_PERIOD_BEFORE = (
    (Period.HOUR, re.compile(r"hourly|per hour|Stundensatz|Stundenlohn", re.IGNORECASE)),
    (
        Period.MONTH,
        re.compile(r"monthly|per month|Monatsgehalt|monatlich\w*|Monatsbrutto", re.IGNORECASE),
    ),
    (
        Period.YEAR,
        re.compile(
            r"annual|yearly|per annum|per year|Jahresgehalt|jährlich\w*|Jahresbrutto",
            re.IGNORECASE,
        ),
    ),
)


def _period(sentence: str, mention: _Mention, left: int) -> tuple[Period, bool]:
    """The pay period of a salary, and whether the letter said it."""
    after = sentence[mention.end : mention.end + 40]
    for period, pattern in _PERIOD_AFTER:
        if pattern.search(after):
            return period, True
    before = sentence[left : mention.start]
    for period, pattern in _PERIOD_BEFORE:
        if pattern.search(before):
            return period, True
    return Period.YEAR, False


# --- dates ---------------------------------------------------------------------------------

_MONTHS = {
    "january": 1,
    "jan": 1,
    "januar": 1,
    "jänner": 1,
    "february": 2,
    "feb": 2,
    "februar": 2,
    "march": 3,
    "mar": 3,
    "märz": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "mai": 5,
    "june": 6,
    "jun": 6,
    "juni": 6,
    "july": 7,
    "jul": 7,
    "juli": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sep": 9,
    "sept": 9,
    "october": 10,
    "oct": 10,
    "oktober": 10,
    "okt": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
    "dezember": 12,
    "dez": 12,
}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|\.)?"
_YEAR = r"(?P<year>20\d\d)"
_WEEKDAY = (
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+"
    r"|(?:montag|dienstag|mittwoch|donnerstag|freitag),?\s+)?"
)
_DATE_PATTERNS = (
    re.compile(rf"\b{_WEEKDAY}{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.IGNORECASE),
    re.compile(rf"\b{_WEEKDAY}(?:the\s+)?{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b", re.IGNORECASE),
    re.compile(r"\b(?P<year>20\d\d)-(?P<mon>[01]\d)-(?P<day>[0-3]\d)\b"),
    re.compile(r"\b(?P<day>[0-3]?\d)\.(?P<mon>[01]?\d)\.(?P<year>20\d\d)\b"),
    re.compile(r"\b(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<year>20\d\d)\b"),
    # No year: read against the letter's date, and said so.
    re.compile(rf"\b{_WEEKDAY}{_MONTH}\s+{_DAY}\b(?!,?\s*20\d\d)", re.IGNORECASE),
    re.compile(
        rf"\b{_WEEKDAY}(?:the\s+)?{_DAY}\s+(?:of\s+)?{_MONTH}\b(?!,?\s*20\d\d)", re.IGNORECASE
    ),
)


@dataclass(frozen=True)
class _DateMention:
    start: int
    end: int
    choices: tuple[date, ...]  # one reading, or two for 05/12/2026
    year_missing: bool = False


def _dates(sentence: str, letter: date | None) -> list[_DateMention]:
    found: list[_DateMention] = []
    taken: list[tuple[int, int]] = []
    for index, pattern in enumerate(_DATE_PATTERNS):
        for m in pattern.finditer(sentence):
            if any(m.start() < e and m.end() > s for s, e in taken):
                continue
            mention = _date_of(m, year_missing=index >= 5, letter=letter)
            if mention is not None:
                found.append(mention)
                taken.append((m.start(), m.end()))
    return sorted(found, key=lambda d: d.start)


def _date_of(m: re.Match[str], *, year_missing: bool, letter: date | None) -> _DateMention | None:
    groups = m.groupdict()
    try:
        if "a" in groups and groups.get("a") is not None:
            a, b, year = int(groups["a"]), int(groups["b"]), int(groups["year"])
            readings = []
            for month, day in ((b, a), (a, b)):  # day first, then month first
                with contextlib.suppress(ValueError):
                    readings.append(date(year, month, day))
            unique = tuple(dict.fromkeys(readings))
            return _DateMention(m.start(), m.end(), unique) if unique else None
        if groups.get("month"):
            month = _MONTHS[groups["month"].lower().rstrip(".")]
        else:
            month = int(groups["mon"])
        day = int(groups["day"])
        if year_missing:
            if letter is None:
                return None
            candidate = date(letter.year, month, day)
            if candidate < letter:
                candidate = date(letter.year + 1, month, day)
            return _DateMention(m.start(), m.end(), (candidate,), year_missing=True)
        return _DateMention(m.start(), m.end(), (date(int(groups["year"]), month, day),))
    except ValueError:
        return None


def _found_date(sentence: str, mention: _DateMention, what: str) -> FoundDate:
    if len(mention.choices) > 1:
        readings = " or ".join(long_date(d) for d in mention.choices)
        return FoundDate(
            sentence,
            None,
            mention.choices,
            note=f"The letter's {what} reads two ways ({readings}): choose one.",
        )
    note = ""
    if mention.year_missing:
        note = f"The letter gives no year; {mention.choices[0]:%Y} is counted from its date."
    return FoundDate(sentence, mention.choices[0], note=note)


_START_WORDS = re.compile(
    r"start(?:ing)? date|start(?:ing)? on|to start|will start|you start|start work|"
    r"^start\s*[:–-]|"
    r"begin(?:ning)?(?: work| on| date)?|commence\w*|first day|joining date|date of joining|"
    r"employment (?:will )?(?:begin|start)|Eintrittsdatum|Arbeitsbeginn|Beginn|beginnen|"
    r"Eintritt",
    re.IGNORECASE,
)
_DEADLINE_WORDS = re.compile(
    r"respond|response|reply|answer|decision|hear (?:back )?from you|get back to (?:us|me)|"
    r"accept\w*|"
    r"(?:sign|signed|return|countersign)\w*\b[^.]{0,40}?\b(?:by|on or before|before)\b|"
    r"deadline|expire\w*|"
    r"valid until|open until|remain(?:s)? (?:open|valid)|no later than|decision by|let us know|"
    r"acceptance|Rückmeldung|Antwort\w*|antworten|gültig bis|annehmen|Annahme|Frist",
    re.IGNORECASE,
)
_RELATIVE = re.compile(
    rf"(?:within|in|for|of|innerhalb von|binnen)\s+(?P<n>{_WORD_NUMBER})\s+"
    r"(?P<kind>business |working |calendar |Werk|Arbeits)?(?:days?|tage?n?)\b",
    re.IGNORECASE,
)
_LETTER_DATE_PREFIX = re.compile(
    r"^(?:(?:date|dated|datum|sent)\s*:?\s*|[A-ZÄÖÜ][\w .-]{1,30},\s*(?:(?:the|den)\s+)?)",
    re.IGNORECASE,
)


def _letter_date(all_sentences: list[str]) -> FoundDate | None:
    """The letter's own date: a line that is only a date (maybe after a town or "Date:")."""
    for sentence in all_sentences[:25]:
        if len(sentence) > 60:
            continue
        for rest in (sentence, _LETTER_DATE_PREFIX.sub("", sentence, count=1)):
            rest = rest.strip(" .")
            mentions = _dates(rest, None)
            if len(mentions) == 1 and mentions[0].end - mentions[0].start >= len(rest) - 2:
                return _found_date(sentence, mentions[0], "date")
    return None


def _date_after(
    sentence: str, words: re.Pattern[str], mentions: list[_DateMention]
) -> _DateMention | None:
    """The date that follows one of `words` most closely (or else precedes it)."""
    best: tuple[int, _DateMention] | None = None
    for m in words.finditer(sentence):
        for mention in mentions:
            if mention.start >= m.end():
                gap = mention.start - m.end()
            elif mention.end <= m.start():
                gap = (m.start() - mention.end) * 3 + 30
            else:
                continue
            if gap <= 160 and (best is None or gap < best[0]):
                best = (gap, mention)
    return best[1] if best else None


# --- title and location --------------------------------------------------------------------

_TITLE_WORDS = (
    r"(?P<t>(?:[A-Z]|[a-z](?=[A-Z]))[\w/&+'’.-]*"
    r"(?:\s+(?:(?:[A-Z(]|[a-z](?=[A-Z]))[\w/&+'’().-]*|of|and|&|for|de|der|für|-|–|"
    r"I{1,3}|IV|\d))*)"
)
_TITLE_LABEL = re.compile(
    r"^(?:job title|position title|position|role|title|job|Stelle|Position|"
    r"Stellenbezeichnung|Funktion|Tätigkeit)\s*[:–-]\s*(?P<t>[^;]{2,80}?)\s*$",
    re.IGNORECASE,
)
_TITLE_PHRASES = (
    re.compile(
        r"(?:(?:position|role|post|job|title) of|(?:position|role|job) as|employment as|"
        r"offer you (?:a |the )?(?:position|role)(?: of| as)?|appoint you as|hire you as|"
        r"join(?:ing)? (?:us|the team|our team|[A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,2}) as|"
        r"Position (?:als|des|der)|Stelle als|Tätigkeit als|als)\s+"
        r"(?:an?\s+|the\s+|our\s+(?:new\s+)?|unser\w*\s+)?[“\"'‘]?" + _TITLE_WORDS
    ),
    re.compile(
        r"\b(?:offer(?:ing|ed)? you|for) (?:the|a|an|our) "
        + _TITLE_WORDS
        + r" (?:position|role|job)\b"
    ),
    re.compile(r"\bas (?:an?|our)\s+(?:new\s+)?[“\"'‘]?" + _TITLE_WORDS),
)
_TITLE_TAIL = re.compile(r"(?:\s+(?:of|and|&|for|de|der|für|-|–))+$")
_GENDER_TAG = re.compile(r"\s*\((?:m|w|f|d|x)(?:/(?:m|w|f|d|x))+\)", re.IGNORECASE)

_PLACE = (
    r"(?P<l>[A-ZÄÖÜ][\w.'’-]*(?:[ -][A-ZÄÖÜ][\w.'’-]*)*"
    r"(?:,\s*[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*)?)?)"
)
_LOCATION_LABEL = re.compile(
    r"^(?:work location|location|office|place of work|work place|workplace|based in|"
    r"Arbeitsort|Dienstort|Standort|Einsatzort)\s*[:–-]\s*(?P<l>[^;]{2,60}?)\s*\.?$",
    re.IGNORECASE,
)
_LOCATION_PHRASES = (
    re.compile(
        r"(?:based (?:in|at|out of)|located (?:in|at)|work(?:ing)? (?:from|at|in|out of)|"
        r"(?:place of work|work location|location) (?:will be|is)(?: at| in)?(?: our)?|"
        r"(?:office|offices|headquarters|HQ|site|campus) (?:in|at)|from our|at our|in our|"
        r"out of our|Arbeitsort ist|in unserem Büro in|in unserer? \w+ in|am Standort)\s+"
        r"(?:the\s+)?(?:offices? in\s+)?" + _PLACE
    ),
)
_NOT_PLACES = frozenset(
    {"The", "Our", "This", "Your", "We", "I", "Please", "Team", "Company", "Office", "Offices"}
)
_REMOTE = re.compile(
    r"\b(?:fully remote|remote[- ]first|100% remote|work remotely|remote (?:position|role)|"
    r"position is remote|role is remote|remote basis)\b",
    re.IGNORECASE,
)


def _title(all_sentences: list[str]) -> Found[str] | None:
    for sentence in all_sentences:
        m = _TITLE_LABEL.match(sentence)
        if m:
            return Found(_tidy_title(m.group("t")), sentence)
    for pattern in _TITLE_PHRASES:
        for sentence in all_sentences:
            m = pattern.search(sentence)
            if m:
                title = _tidy_title(m.group("t"))
                if title and title.split()[0] not in _NOT_PLACES:
                    return Found(title, sentence)
    return None


def _tidy_title(text: str) -> str:
    text = _GENDER_TAG.sub("", text).strip(" .,;:“”\"'‘’")
    text = re.split(r"\s+(?:at|with|in|on|reporting|based|within|starting|effective)\s", text)[0]
    text = _TITLE_TAIL.sub("", text)
    return text.strip(" .,;:")


def _location(all_sentences: list[str]) -> Found[str] | None:
    for sentence in all_sentences:
        m = _LOCATION_LABEL.match(sentence)
        if m:
            return Found(m.group("l").strip(" .,"), sentence)
    for pattern in _LOCATION_PHRASES:
        for sentence in all_sentences:
            for m in pattern.finditer(sentence):
                place = re.sub(r"\s+(?:office|offices|headquarters|HQ|campus|site)$", "", m["l"])
                if place.split()[0] not in _NOT_PLACES:
                    return Found(place.strip(" .,"), sentence)
    for sentence in all_sentences:
        if _REMOTE.search(sentence):
            return Found("Remote", sentence)
    return None


# --- equity --------------------------------------------------------------------------------

_UNITS = re.compile(
    r"(?P<num>\d{1,3}(?:[,.' ]\d{3})+|\d+)\s+(?:\w+\s+){0,2}?"
    r"(?:restricted stock units|RSUs?|shares|stock options|options|units|Aktien|"
    r"Optionen|virtual shares|phantom shares)\b",
    re.IGNORECASE,
)
_DURATION = re.compile(
    rf"(?P<n>{_WORD_NUMBER})[- ](?P<unit>years?|months?|Jahre?n?|Monate?n?)\b", re.IGNORECASE
)
_CLIFF = re.compile(
    rf"(?P<n>{_WORD_NUMBER})[- ](?P<unit>years?|months?|Jahre?s?|Monate?)[- ](?:\w+[- ])?cliff"
    rf"|cliff(?: period)?(?: of| after| von| nach)?\s+(?:one |a )?(?P<n2>{_WORD_NUMBER})?[- ]?"
    r"(?P<unit2>years?|months?|Jahre?s?|Monate?)",
    re.IGNORECASE,
)
_VESTING = re.compile(r"vest|Vesting|unverfallbar", re.IGNORECASE)
_EQUITY = dict(_KINDS)["equity"]


def _word_number(text: str) -> Decimal | None:
    text = text.lower()
    if text in _WORD_NUMBERS:
        return Decimal(_WORD_NUMBERS[text])
    return number_value(text)


def _months(n: Decimal, unit: str) -> Decimal:
    return n if unit.lower().startswith(("month", "monat")) else n * 12


# --- reading the whole letter --------------------------------------------------------------


def read_terms(text: str, *, known_companies: tuple[str, ...] = ()) -> FoundTerms:
    """Every term the letter states, each with its sentence; `known_companies` that the
    letter names are listed in `companies` (to suggest which application it belongs to)."""
    all_sentences = sentences(text)
    letter = _letter_date(all_sentences)
    letter_day = letter.value if letter else None
    dollar, dollar_note = _dollar_currency(text)

    values: dict[str, Found[Decimal]] = {}
    currency: Found[str] | None = None
    period: Found[Period] | None = None
    start: FoundDate | None = None
    deadline: FoundDate | None = None
    units = vesting = cliff = None

    for sentence in all_sentences:
        mentions = _money(sentence)
        for i, mention in enumerate(mentions):
            left = mentions[i - 1].end if i else 0
            right = mentions[i + 1].start if i + 1 < len(mentions) else len(sentence)
            kind = _kind_near(sentence, mention.start, mention.end, left, right)
            key = {"base": "base", "sign_on": "sign_on", "bonus": "bonus_amount"}.get(kind)
            if kind == "equity":
                key = "equity_value"
            if key is None or key in values:
                continue
            values[key] = Found(mention.amount, sentence)
            if key == "base":
                code = dollar if mention.currency in ("USD", "$") else mention.currency
                note = (
                    dollar_note
                    if mention.currency == "$"
                    or (mention.currency == "USD" and sentence[mention.start] == "$")
                    else ""
                )
                currency = Found(code, sentence, note) if code else None
                found_period, stated = _period(sentence, mention, left)
                period = Found(
                    found_period,
                    sentence,
                    "" if stated else "The letter does not say per what; read as yearly.",
                )
        for pm in _PERCENT.finditer(sentence):
            if "bonus_percent" in values:
                break
            if _kind_near(sentence, pm.start(), pm.end(), 0, len(sentence)) == "bonus":
                pct = number_value(pm.group("num").replace(",", "."))
                if pct is not None:
                    values["bonus_percent"] = Found(pct, sentence)
        if units is None:
            um = _UNITS.search(sentence)
            if um and not _MONEY.match(sentence, max(0, um.start() - 1)):
                count = number_value(um.group("num").replace(" ", ","))
                if count is not None and count >= 1:
                    units = Found(count, sentence)
        vests = _VESTING.search(sentence) or (
            _EQUITY.search(sentence) and re.search(r"\bover \w+ (?:years|months)", sentence)
        )
        if vests or "cliff" in sentence.lower():
            cliff_spans: list[tuple[int, int]] = []
            for m in _CLIFF.finditer(sentence):
                cliff_spans.append(m.span())
                if cliff is None:
                    n = _word_number(m.group("n") or m.group("n2") or "one")
                    unit = m.group("unit") or m.group("unit2") or "year"
                    if n is not None:
                        cliff = Found(int(_months(n, unit)), sentence)
            if vesting is None and vests:
                longest: Decimal | None = None
                for m in _DURATION.finditer(sentence):
                    if any(s <= m.start() < e for s, e in cliff_spans):
                        continue
                    n = _word_number(m.group("n"))
                    if n is None:
                        continue
                    months = _months(n, m.group("unit"))
                    longest = months if longest is None or months > longest else longest
                if longest is not None and longest >= 6:
                    vesting = Found((longest / 12).quantize(Decimal("0.01")).normalize(), sentence)
        dates = _dates(sentence, letter_day)
        if start is None:
            starts = _date_after(sentence, _START_WORDS, dates)
            if starts is not None and (letter is None or letter.sentence != sentence):
                start = _found_date(sentence, starts, "start date")
        if deadline is None and _DEADLINE_WORDS.search(sentence):
            due = _date_after(sentence, _DEADLINE_WORDS, dates)
            if due is not None and due is not _date_after(sentence, _START_WORDS, dates):
                deadline = _found_date(sentence, due, "reply deadline")
            elif due is None:
                deadline = _relative_deadline(sentence, letter)

    if units is not None:
        values["equity_units"] = units
    if vesting is not None:
        values["vesting_years"] = vesting
    title = _title(all_sentences)
    lowered = text.casefold()
    companies = tuple(name for name in known_companies if name and _names(lowered, name.casefold()))
    return FoundTerms(
        title=title,
        currency=currency,
        base=values.get("base"),
        period=period,
        sign_on=values.get("sign_on"),
        bonus_percent=values.get("bonus_percent"),
        bonus_amount=values.get("bonus_amount"),
        equity_units=values.get("equity_units"),
        equity_value=values.get("equity_value"),
        vesting_years=values.get("vesting_years"),
        cliff_months=cliff,
        start=start,
        deadline=deadline,
        letter_date=letter,
        location=_location(all_sentences),
        companies=companies,
    )


def _relative_deadline(sentence: str, letter: FoundDate | None) -> FoundDate | None:
    m = _RELATIVE.search(sentence)
    if m is None:
        return None
    n = _word_number(m.group("n"))
    if n is None or not 0 < n <= 90:
        return None
    business = bool(m.group("kind")) and m.group("kind").strip().lower() in (
        "business",
        "working",
        "werk",
        "arbeits",
    )
    days = int(n)
    kind = "business days" if business else "days"
    if letter is not None and letter.value is not None:
        return FoundDate(
            sentence,
            add_days(letter.value, days, business=business),
            relative_days=days,
            business_days=business,
            note=f"{days} {kind} after the letter's date ({long_date(letter.value)}).",
        )
    return FoundDate(
        sentence,
        None,
        relative_days=days,
        business_days=business,
        note=f"{days} {kind} after the letter, which shows no date: counted from the day "
        "you received it. Check it.",
    )


def _names(lowered_text: str, name: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(name)}(?!\w)", lowered_text) is not None
