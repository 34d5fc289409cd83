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
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from decimal import Decimal
from itertools import pairwise
from typing import Any, Generic, TypeVar

from jobdesk.domain.offers import COMMON_CURRENCIES, OfferTermsRecord, Period, number_value
from jobdesk.domain.towns import city_of_pair, is_town, town_of_district

V = TypeVar("V")

MAX_TEXT = 400_000  # characters read; an offer letter is a few thousand
PAIR_CONFIDENCE = 0.95  # a value in a labelled row: the label says what it is
SENTENCE_CONFIDENCE = 0.8  # a value told by the words around it in a sentence
ASSUMED_CONFIDENCE = 0.6  # a value that needed an assumption (see its note)


@dataclass(frozen=True)
class Found(Generic[V]):
    """One value read from the letter, with the text it came from (a sentence or a labelled
    row) and how sure the reading is (0–1: a labelled row is surer than a sentence)."""

    value: V
    sentence: str
    note: str = ""
    confidence: float = 1.0


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
    confidence: float = 1.0

    @property
    def is_ambiguous(self) -> bool:
        return self.value is None and len(self.choices) > 1

    def counted_from(self, start: date) -> date | None:
        """The date `relative_days` after `start` (skipping weekends for business days)."""
        if self.relative_days is None:
            return None
        return add_days(start, self.relative_days, business=self.business_days)


@dataclass(frozen=True)
class Unsure:
    """A term the letter states in ways that disagree: left blank, with its readings (each
    with its source) listed in `note` for the user to pick from."""

    term: str
    note: str
    candidates: tuple[Found[Any] | FoundDate, ...] = ()


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
    # Terms left blank because the letter's readings of them disagree.
    unsure: tuple[Unsure, ...] = field(default=())

    def unsure_note(self, term: str) -> str:
        """Why `term` was left blank though the letter mentions it ("" if it was not)."""
        return next((u.note for u in self.unsure if u.term == term), "")

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
    r"|Aug|Sep|Sept|Oct|Nov|Dec|ca|bzw|z\.B|Nr|Str|a\.m|p\.m|Rs|Regd|ds|Sr|Jr|Kshs|Rp|S/)\.$",
    re.IGNORECASE,
)
_ORDINAL_END = re.compile(r"(?:^|\s)[0-3]?\d\.$")  # "am 1. März": a German day, not an end
# A list's number, not a German date's day ("2. Dezember 2026" is the letter's date).
_MARKDOWN = re.compile(r"^\s*(?:#{1,6}\s+|[-*+]\s+|>\s*|\d+[.)]\s+(?!\w+\.?\s+20\d\d\b))")


_NESTED_QUOTE = re.compile(r"^\s*>(?:\s?>)+")


_BESIDE = re.compile(r"(?P<left>\s*\S.*?\S)\s{3,}(?P<right>\S.*)")


def _date_beside_column(raw: list[str]) -> list[str]:
    """ "Bruxelles, le 25 novembre 2026    Head of Talent Acquisition": a two-column page's
    date line with the other column's words beside it, cut into the date's own line and
    the rest."""
    out: list[str] = []
    for line in raw:
        beside = _BESIDE.fullmatch(line)
        if beside and _DATE_LINE.fullmatch(beside["left"].strip()):
            out += [beside["left"], " " * (len(line) - len(beside["right"])) + beside["right"]]
        else:
            out.append(line)
    return out


def sentences(text: str) -> list[str]:
    """The letter cut into sentences, with wrapped lines joined and table rows kept whole."""
    text = unicodedata.normalize("NFKC", text[:MAX_TEXT])
    from jobdesk.domain.letter_pairs import unwrapped_cells

    raw = _date_beside_column(unwrapped_cells(text.splitlines()))
    lines = [_clean_line(line) for line in raw]
    units: list[str] = []
    current = ""
    in_item = False  # the sentence under way began as a list's item
    for index, line in enumerate(lines):
        if not line:
            if current:
                units.append(current)
            current = ""
            continue
        if _is_row(raw[index]):
            # A table row is a pair: it never runs on into the next row or a paragraph.
            if current:
                units.append(current)
            units.append(line)
            current = ""
            continue
        # A line ran to the margin if it is about as long as the lines around it (a column
        # of a two-column page is narrower than the letterhead above it).
        widest = max(len(n) for n in lines[max(0, index - 4) : index + 3])
        # A line set back out after indented ones ("    GBP 105,000 per annum" over "Annual
        # bonus"): the next label, not the value's wrapped end.
        outdent = (
            index > 0
            and _indent(raw[index]) + 2 <= _indent(raw[index - 1])
            and _indent(raw[index]) == 0
        )
        # "- 68.000 € brutto im Jahr" over "- dazu einmalig 3.000 €": each item of a list is
        # its own, though it starts in lower case.
        # A chat's stamped message ("[26/11/2026, 14:03] Mark: …") is its own too.
        item = re.match(r"\s*[-*+•]\s+\S", raw[index]) is not None or bool(
            _CHAT_STAMP.match(raw[index].strip())
        )
        # "• Occupational health clearance (… by 10 December 2026)" over "Please accept …":
        # an item closed by its bracket, then a capital, is over.
        item_ended = in_item and current.endswith(")") and line[:1].isupper()
        if (
            current
            and not outdent
            and not item
            and not item_ended
            and _continues(current, lines[index - 1], line, widest)
        ):
            current = f"{current} {line}"
        else:
            if current:
                units.append(current)
            current = line
            in_item = item
    if current:
        units.append(current)
    result: list[str] = []
    for unit in units:
        result.extend(_split_sentences(unit))
    return [s for s in result if s]


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" \t"))


def _is_row(line: str) -> bool:
    stripped = line.strip()
    return "\t" in stripped or (stripped.startswith("|") and stripped.endswith("|"))


def _clean_line(line: str) -> str:
    line = line.replace("\u00a0", " ").replace("\u202f", " ").replace("\u200b", "")
    if line.strip().startswith("|") and line.strip().endswith("|"):
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if all(set(c) <= set("-: ") for c in cells):
            return ""  # a Markdown table's rule
        line = ": ".join(c for c in cells if c)
    elif "\t" in line.strip():
        line = ": ".join(c.strip() for c in line.split("\t") if c.strip())
    # "> > - CTC : INR 14,50,000", ">> Start date: …": a forward's quote inside another's.
    line = _MARKDOWN.sub("", _NESTED_QUOTE.sub("", line))
    line = line.replace("**", "").replace("__", "")
    return " ".join(line.split())


# "Avantages : chèques-repas …": French sets a space before the colon.
_LABEL_START = re.compile(r"[A-ZÄÖÜ][\w'’()/&-]*(?: [\w'’()/&-]+){0,3} ?: \S")


# A line ending in one of these words has not ended its sentence.
_OPEN_END = re.compile(
    r"\s(?:in|at|of|to|the|a|an|and|with|for|from|our|your|by|im|am|bei|von|zu|für|mit|"
    r"und|der|die|das|dem|den|unser\w*|Ihr\w*|à|de|du|des|au|aux|le|la|les|et|notre|votre|"
    r"te|het|een|van|op|met|voor|onze|uw|w|na|z|i|oraz|als|as|zum|zur|comme|que)$"
)


_DATE_LINE = re.compile(
    r"(?:[A-ZÄÖÜ][\w.-]*(?: [\w.-]+){0,2},\s*)?(?:(?:den|le|am|the)\s+)?"
    r"(?:[0-3]?\d(?:\.|st|nd|rd|th|er)?\s+[A-Za-zäéûè]+\.?,?\s+20\d\d|"
    r"[A-Z][a-z]+\.?\s+[0-3]?\d(?:st|nd|rd|th)?,?\s+20\d\d|[0-3]?\d[./-][01]?\d[./-]20\d\d)"
    # "São Paulo, 25 de novembro de 2026", "Monterrey, N.L., a 19 de noviembre de 2026":
    # Spanish and Portuguese join by "de", after a town, its state and "a".
    r"|(?:[A-ZÁÉÍÓÚ][\w.-]*(?: [\w.-]+){0,2},\s*){1,2}(?:a\s+)?"
    r"[0-3]?\d\s+de\s+[^\W\d_]+\s+de\s+20\d\d"
)


def _continues(previous: str, last_line: str, line: str, widest: int) -> bool:
    """Whether `line` carries on the sentence of `previous` (a wrapped line), whose last
    line was `last_line`."""
    if _LABEL_START.match(line):
        return False  # "Start date: …" begins a row of its own
    if _DATE_LINE.fullmatch(last_line):
        return False  # "Regensburg, 27. November 2026": a letter's date is a line of its own
    if _ORDINAL_END.search(previous) and _MONTH_AND_YEAR.match(line):
        return True  # "… mit Stellenantritt am 1." over "März 2027.": a German day wrapped
    if previous.endswith((".", "!", "?", ":", ";")):
        return line[:1].islower()
    if line[:1].islower() or line[:1] in "(€$£":
        return True
    if _OPEN_END.search(previous):
        return True  # "… ist unser Logistikzentrum in" over "Bremen-Hemelingen.": no end
    if _DATE_LINE.fullmatch(line):
        return False  # " Kraków, 26.11.2026" under the letterhead: the letter's date line
    # A line that ran to the margin was wrapped; a short one ended on purpose.
    return widest >= 30 and len(last_line) >= 0.75 * widest


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
    "zwölf": 12,
    "einer": 1,
    "achtundvierzig": 48,
    "sixteen": 16,
    "eighteen": 18,
    "twenty-one": 21,
    "forty-eight": 48,
    "huit": 8,
    "quinze": 15,
    "quatre": 4,
    "trois": 3,
    # Spanish and Portuguese
    "tres": 3,
    "três": 3,
    "cuatro": 4,
    "quatro": 4,
    "deux": 2,
    "douze": 12,
    "dix": 10,
    "sept": 7,
    "un": 1,
    "une": 1,
    "één": 1,
    "een": 1,
    "twee": 2,
    "drie": 3,
    "vijf": 5,
    "zeven": 7,
    "tien": 10,
    "twaalf": 12,
    "veertien": 14,
    "jeden": 1,
    "dwa": 2,
    "trzy": 3,
    "cztery": 4,
    "pięć": 5,
    "siedem": 7,
    "dziesięć": 10,
    "czternaście": 14,
    # Spanish, Portuguese and Italian: "cinco días hábiles", "dez dias", "dieci giorni".
    "cinco": 5,
    "siete": 7,
    "sete": 7,
    "diez": 10,
    "dez": 10,
    "quince": 15,
    "cinque": 5,
    "sette": 7,
    "dieci": 10,
    "quindici": 15,
    "dwanaście": 12,
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
    "R$": "BRL",
    "MX$": "MXN",
    "R": "ZAR",
    "£": "GBP",
    "€": "EUR",
    "¥": "JPY",
    "₹": "INR",
    "zł": "PLN",
    "₪": "ILS",
    "₩": "KRW",  # Korea's won
    "₦": "NGN",  # Nigeria's naira
    "₺": "TRY",  # Turkey's lira
    "E£": "EGP",  # Egypt's pound, not sterling
    "KSh": "KES",  # Kenya's shilling
    "Ksh": "KES",
    "Dhs": "AED",  # the UAE's dirham
    "Dh": "AED",
    "S/": "PEN",  # Peru's sol
    "S/.": "PEN",
    "円": "JPY",  # "450,000円": Japan's yen after the figure
    "원": "KRW",  # "5,000,000원": Korea's won after the figure
    "GH₵": "GHS",  # Ghana's cedi
    "₵": "GHS",
    "Kshs": "KES",
    "Kshs.": "KES",
    "RM": "MYR",  # Malaysia's ringgit
    "Rp": "IDR",  # Indonesia's rupiah
    "Rp.": "IDR",
    "₱": "PHP",  # the Philippine peso (by its sign: "PHP" is also a language)
    "₴": "UAH",
    "₸": "KZT",
    "₫": "VND",
    "฿": "THB",
    # Greater China and the Philippines by their letters or words before the figure:
    # "RMB 42,000", "人民币 32,000 元", "NT$1,560,000", "新台幣 95,000 元", "PHP 85,000".
    "RMB": "CNY",
    "人民币": "CNY",
    "人民幣": "CNY",
    "NT$": "TWD",
    "新台幣": "TWD",
    "新台币": "TWD",
    "港币": "HKD",
    "港幣": "HKD",
    "PHP": "PHP",
    "kr": "kr",  # a crown: Swedish, Danish or Norwegian, as the letter tells (_crown_currency)
    "kr.": "kr",
    "Rs.": "INR",
    "Rs": "INR",
    "$": "USD",
}
# The codes the reader recognises: those offered in the lists, and a few more seen in letters.
_CODES = [
    *COMMON_CURRENCIES,
    *("HKD", "CZK", "ILS", "BRL", "MXN", "ZAR", "AED", "SAR", "QAR", "KES", "NGN", "EGP"),
    *("CNY", "KRW", "TWD", "THB", "MYR", "IDR", "VND", "TRY", "HUF", "RON", "NIS"),
    *("COP", "ARS", "CLP", "PEN", "UYU", "KZT", "UAH", "RSD", "BGN", "GHS", "MAD", "TND"),
]
_WORD_CURRENCY = (
    (r"U\.?S\.? dollars?", "USD"),
    (r"Canadian dollars?", "CAD"),
    (r"Australian dollars?", "AUD"),
    (r"dollars?", "$"),
    (r"euros?|Euro", "EUR"),
    (r"pounds?(?: sterling)?|GBP", "GBP"),
    (r"Swiss francs?|Franken", "CHF"),
    (r"złotych|zł|PLN", "PLN"),
    (r"rupees|INR", "INR"),
    # "52 500 kronor" is Sweden's; Denmark and Norway write "kroner", "kr." in both (and
    # Sweden's "kr"): which crown is told by the letter (_crown_currency).
    (r"kronor", "SEK"),
    (r"kroner", "kr"),
    (r"eurot", "EUR"),  # Estonian: "3 800 eurot kuus"
    (r"lei", "RON"),  # Romanian: "24.500 lei brut"
    # "145.000 TL" (Turkish lira), "95 000 Kč" (Czech crowns), "850 000 Ft" (forints),
    # "72,000,000 won": the local currency's short name after the figure.
    (r"TL", "TRY"),
    (r"Kč", "CZK"),
    (r"Ft", "HUF"),
    (r"won", "KRW"),
    (r"лв", "BGN"),  # Bulgaria's lev
    (r"บาท", "THB"),  # "95,000 บาท": Thailand's baht in Thai
    (r"VNĐ|đồng", "VND"),  # "42.000.000 VNĐ", "35 triệu đồng": Vietnam's dong
)
# Every dollar sign with its country's letters before it ("R$" is Brazil's real, not a US
# dollar); a "$" run into other letters is no dollar the reader knows. The rand's "R" only
# right before a figure grouped in thousands ("R1 140 000"), so a grade "R2" is no money.
_SYMBOL = (
    r"(?:E£|\bK[Ss]h\b|\bDhs?\b(?=\.?\s?\d)|\bS/\.?(?=\s?\d)|円|원|GH₵|₵|₱|₴|₸|₫|฿|"
    r"人民[币幣](?=\s?\d)|新台[幣币](?=\s?\d)|港[币幣](?=\s?\d)|\b(?:RMB|PHP)(?=\s?\d)|"
    r"\bKshs\b\.?|\bRM(?=\s?\d)|\bRp\.?(?=\s?\d)|"
    r"(?<![A-Za-z])(?:US|CA|C|AU|A|NZ|NT|S|HK|R|MX)\$|\$\s?CA\b|(?<![A-Za-z])\$|£|€|¥|₹|"
    r"\bRs\.?|zł(?!\w)|₪|₩|₦|₺|\bkr\.?(?!\w)|\bR(?=\s?\d{1,3}(?:[ ,]\d{3})+(?!\d)))"
)
_CODE = r"(?:" + "|".join(_CODES) + r")"
_NUMBER = (
    r"(?:\d{1,2}(?:,\d\d)+,\d{3}(?:\.\d{1,2})?"  # Indian grouping: 21,60,000
    r"|\d{1,3}(?:(?:,|\.|'|’| )\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?)(?![\d'’])"
)


def _figure(number: str) -> Decimal | None:
    """A figure as any locale groups it: a space groups thousands, so what follows the last
    group after a comma or a dot is the decimal part ("3 412,50" is 3412.50, "R1 140 000"
    is 1140000); every other grouping is number_value's (185,000 / 6.500,50 / 21,60,000).
    Grouped by spaces and then by a comma or a dot ("1 234,567"), it reads two ways (a
    decimal part of three digits, or a thousands group): None, so the term stays blank."""
    if " " in number and re.search(r"[.,]\d{3}$", number):
        return None
    return number_value(number.replace(" ", ""))


_SCALE = (
    # Not "$60,000.00 M.N." (moneda nacional: Mexico's pesos) as millions.
    # "₹38L fixed CTC", "₹2L joining bonus": an Indian figure in lakhs, the L right after it.
    r"(?:\s?(?:k|K)\b|(?<=\d)\s?L\b|\s?(?:million|Mio\.?|mn|m|M(?!\.\s?N\.))\b|"
    r"\s(?:[Ll]akhs?|[Ll]acs?|LPA|[Cc]rores?)\b|"  # Indian: 10.8 lakh = 1,080,000
    r"\s?[万萬](?!\d)|"  # Chinese: "48万元" is 480,000
    r"\s(?:juta|triệu)\b)?"  # Indonesian, Malay, Vietnamese: "Rp 15 juta" is 15,000,000
)
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
    bare_dollar: bool = False  # written "$" alone: which dollar is told by the letter
    range_end: int = 0  # one end of a range ("$120,000 – $130,000"): where the range ends


# "van € 4.512 tot € 6.431": "tot" before "to", which would take its first two letters.
_RANGE_TO = re.compile(r"\s*(?:–|—|-|(?:tot|to|bis|à)\b)\s*")
_UPPER = re.compile(rf"(?P<num>{_NUMBER})(?P<scale>\s?[kK]\b)?")


def _money(sentence: str) -> list[_Mention]:
    """The amounts with a currency; each end of a range is marked, the upper one found even
    without its currency ("USD 95k–105k"), so a range is two figures, never one."""
    found = _money_alone(sentence)
    out: list[_Mention] = []
    for i, mention in enumerate(found):
        if out and out[-1].range_end >= mention.end:
            continue  # already taken as the upper end of a range
        to = _RANGE_TO.match(sentence, mention.end)
        upper: _Mention | None = None
        if to and i + 1 < len(found) and found[i + 1].start == to.end():
            upper = found[i + 1]
        elif to and (bare := _UPPER.match(sentence, to.end())):
            amount = _figure(bare["num"])
            if amount is not None:
                if bare["scale"]:
                    amount *= 1000
                upper = _Mention(
                    bare.start(), bare.end(), amount, mention.currency, mention.bare_dollar
                )
        if upper is None and (lower := _lower_end(sentence, mention)) is not None:
            # "autour de 62-68 k€": the range's unit after its upper end only.
            out.append(lower)
            out.append(replace(mention, range_end=mention.end))
            continue
        if upper is None or upper.amount <= mention.amount:
            out.append(mention)
            continue
        out.append(replace(mention, range_end=upper.end))
        out.append(replace(upper, range_end=upper.end))
    return out


# "46 000–55 000 kr", "CHF 150'000–170'000": thousands set apart by a space or an apostrophe.
_BARE_LOWER = re.compile(
    r"(?<![\w.,'])(?<!\d[ '])(?P<num>\d{1,3}(?:[.,]\d{3}|[ ']\d{3})*)\s?(?:–|—|-|to|bis|à|tot)\s?$"
)


def _lower_end(sentence: str, mention: _Mention) -> _Mention | None:
    """The bare lower end of a range before an amount ("62-68 k€", "55 to 60k EUR"), in the
    amount's unit; None when the number before is too small to be one (a step's "1 - €500")."""
    before = max(0, mention.start - 16)
    m = _BARE_LOWER.search(sentence[before : mention.start])
    amount = _figure(m["num"]) if m else None
    if m is None or amount is None or amount <= 0:
        return None
    if amount * 1000 <= mention.amount and re.search(
        r"\d\s?[kK]\b", sentence[mention.start : mention.end]
    ):
        amount *= 1000
    if not mention.amount / 10 <= amount < mention.amount:
        return None
    start = before + m.start()
    return _Mention(
        start, start + len(m["num"]), amount, mention.currency, mention.bare_dollar, mention.end
    )


def _money_alone(sentence: str) -> list[_Mention]:
    found = []
    for m in _MONEY.finditer(sentence):
        number = m.group("num") or m.group("num2")
        scale = (m.group("scale") or m.group("scale2") or "").strip().lower().rstrip(".")
        marker = m.group("pre") or m.group("post") or ""
        value = _figure(number)
        if value is None:
            continue
        if scale == "k":
            value *= 1000
        elif scale in ("million", "mio", "mn", "m"):
            value *= 1_000_000
        elif scale in ("lakh", "lakhs", "lac", "lacs", "lpa"):
            value *= 100_000
        elif scale == "l":
            if _currency_of(marker) != "INR":
                continue  # "€5L": no lakh outside Indian rupees, and no figure to guess
            value *= 100_000
        elif scale in ("crore", "crores"):
            value *= 10_000_000
        elif scale in ("万", "萬"):
            value *= 10_000
        elif scale in ("juta", "triệu"):
            value *= 1_000_000
        if scale and value == value.to_integral_value():
            value = value.quantize(Decimal(1))  # 12.5 lakh is 1250000, not 1250000.0
        currency = "CAD" if re.fullmatch(r"\$\s?CA", marker) else _currency_of(marker)
        bare = marker == "$"
        if bare and (code := re.match(rf"\s?(?P<c>{_CODE})\b", sentence[m.end() :])):
            currency, bare = code["c"], False  # "$182,000.00 USD": the code says which dollar
        if bare and (code := re.search(rf"\b(?P<c>{_CODE})\s?$", sentence[: m.start()])):
            currency, bare = code["c"], False  # "CAD $60,000": the code before the sign
        if bare and re.match(r"\s?M\.\s?N\.", sentence[m.end() :]):
            currency, bare = "MXN", False  # "$95,000.00 M.N.": Mexico's moneda nacional
        found.append(_Mention(m.start(), m.end(), value, currency, bare))
    # "sign-on 25k paid in two halves", "150K base (CAD)": a recruiter's thousands, named
    # by what they are, the currency in brackets after them or the letter's own.
    for m in (
        *_KIND_THEN_K.finditer(sentence),
        *_K_THEN_CODE.finditer(sentence),
        *_K_THEN_KIND.finditer(sentence),
    ):
        value = _figure(m["num"])
        if value is not None and not any(f.start <= m.start("num") < f.end for f in found):
            unit = m.groupdict().get("code") or ""
            found.append(_Mention(m.start("num"), m.end("k"), value * 1000, unit))
    # "the package is 12 LPA fixed": lakhs per annum, India's way of saying a yearly CTC.
    for m in _BARE_LPA.finditer(sentence):
        value = _figure(m["num"])
        if value is not None and not any(f.start <= m.start("num") < f.end for f in found):
            lakhs = value * 100_000
            if lakhs == lakhs.to_integral_value():
                lakhs = lakhs.quantize(Decimal(1))  # 13.2 lakh is 1320000, not 1320000.0
            found.append(_Mention(m.start("num"), m.end(), lakhs, "INR"))
    return sorted(found + _spelled_money(sentence, found), key=lambda f: f.start)


_KIND_THEN_K = re.compile(
    r"\b(?:sign[- ]?on|signing bonus|joining bonus)(?: bonus)?\s+(?:of\s+)?"
    r"(?P<num>\d{1,3}(?:\.\d)?)(?P<k>[kK])\b",
    re.IGNORECASE,
)
# "We can do 95k base", "wir können 65k brutto im Jahr anbieten", "a one-time 5k signing
# bonus": a founder's thousands, named by what they are, in the letter's currency.
_K_THEN_KIND = re.compile(
    r"(?<![\w.,$€£/-])(?P<num>\d{1,3}(?:[.,]\d)?)(?P<k>[kK])\s+(?=(?:base|salary|brutto|gross|"
    r"bruto|bruts?|fixed|fix|signing|sign-on|joining|bonus|per year|a year|im Jahr|p\.a\.)\b)",
    re.IGNORECASE,
)
_BARE_LPA = re.compile(r"(?<![\w.,])(?P<num>\d{1,3}(?:\.\d{1,2})?)\s?LPA\b")
_K_THEN_CODE = re.compile(
    rf"(?<![\w.,$€£])(?P<num>\d{{2,3}}(?:\.\d)?)(?P<k>\s?[kK])\s+(?:base|salary)\s*\((?P<code>{_CODE})\)"
)


# "one hundred and ten thousand pounds a year", "a golden hello of five thousand pounds": an
# amount written out in English words, with its currency's word after it.
_ONES = [
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_SPELLED_VALUES = {
    **{word: i for i, word in enumerate(_ONES, start=1)},
    **{word: 10 * i for i, word in enumerate(_TENS, start=2)},
    "a": 1,
}
_SPELLED_WORD = "|".join(sorted(_SPELLED_VALUES, key=len, reverse=True))
_SPELLED_MONEY = re.compile(
    rf"\b(?P<words>(?:{_SPELLED_WORD})(?:[\s-]+(?:{_SPELLED_WORD}|hundred|thousand|million|and)"
    r")*[\s-]+(?:thousand|million))"
    rf"(?P<rest>(?:[\s-]+(?:and[\s-]+)?(?:{_SPELLED_WORD}|hundred))*)"
    r"\s+(?P<cur>pounds(?: sterling)?|dollars|euros|Swiss francs)\b",
    re.IGNORECASE,
)


def _spelled_value(words: str) -> Decimal | None:
    total = current = 0
    for word in re.split(r"[\s-]+", words.lower()):
        if word in _SPELLED_VALUES:
            current += _SPELLED_VALUES[word]
        elif word == "hundred":
            current = (current or 1) * 100
        elif word in ("thousand", "million"):
            total += (current or 1) * (1000 if word == "thousand" else 1_000_000)
            current = 0
        elif word != "and":
            return None
    return Decimal(total + current) or None


def _spelled_money(sentence: str, figures: list[_Mention]) -> list[_Mention]:
    """Amounts written out in words; not one the sentence also gives in figures ("one
    hundred forty thousand dollars ($140,000)"), which is the same amount told twice."""
    out = []
    for m in _SPELLED_MONEY.finditer(sentence):
        value = _spelled_value(m["words"] + m["rest"])
        if value is None or any(f.amount == value for f in figures):
            continue
        if any(
            f.start >= m.end() and not sentence[m.end() : f.start].strip(" \t\n(") for f in figures
        ):
            # "… Eighty-Five Thousand Dollars ($185,000.00)", its "One Hundred" on the line
            # before: the figure in brackets says the amount; the words may be cut short.
            continue
        currency = _currency_of(m["cur"])
        out.append(_Mention(m.start(), m.end(), value, currency, currency == "$"))
    return out


def _currency_of(marker: str) -> str:
    if marker in _SYMBOL_CURRENCY:
        return _SYMBOL_CURRENCY[marker]
    if marker.upper() == "NIS":
        return "ILS"  # Israel's new shekel, by the letters it is written with there
    if marker.upper() in _CODES:
        return marker.upper()
    for pattern, code in _WORD_CURRENCY:
        if re.fullmatch(pattern, marker, re.IGNORECASE):
            return code
    return ""


def _dollar_currency(text: str) -> tuple[str, str]:
    """What "$" means in this letter: US dollars unless it names exactly one other dollar."""
    others = {
        "CAD": r"\bCAD\b|(?<![A-Z])CA?\$|Canadian dollar|\$\s?CA\b|dollars? canadiens?",
        "AUD": r"\bAUD\b|(?<![A-Z])AU?\$|Australian dollar",
        "NZD": r"\bNZD\b|(?<![A-Z])NZ\$|New Zealand dollar",
        "SGD": r"\bSGD\b|(?<![A-Z])S\$|Singapore dollar",
        "HKD": r"\bHKD\b|(?<![A-Z])HK\$|Hong Kong dollar",
        "BRL": r"\bBRL\b|(?<![A-Z])R\$|Brazilian real",
        "MXN": r"\bMXN\b|(?<![A-Z])MX\$|Mexican peso|\bM\.\s?N\.|pesos? mexicanos?",
        # "$ 3.850.000 (pesos argentinos)", "Montos en pesos chilenos (CLP)": a peso's "$".
        "ARS": r"\bARS\b|(?<![A-Z])AR\$|pesos? argentinos?|Argentine pesos?",
        "CLP": r"\bCLP\b|(?<![A-Z])CLP\$|pesos? chilenos?|Chilean pesos?",
        "COP": r"\bCOP\b|(?<![A-Z])COL\$|pesos? colombianos?|Colombian pesos?",
        # Uruguay writes "$U" (Brazil's "U$" is the US dollar).
        "UYU": r"\bUYU\b|\$U\b|(?<![A-Z])UY\$|pesos? uruguayos?|Uruguayan pesos?",
    }
    named = [code for code, pattern in others.items() if re.search(pattern, text)]
    if len(named) == 1:
        return named[0], f"“$” read as {named[0]}, the dollar the letter names."
    # No dollar named, but the letter is written from one country that has its own dollar
    # ("Halifax, NS B3J 2K9", "Atlantic Canadians") and says nothing of the United States.
    if not named and not _UNITED_STATES.search(text):
        lands = [code for code, pattern in _DOLLAR_LANDS.items() if re.search(pattern, text)]
        if len(lands) == 1:
            return lands[0], f"“$” read as {lands[0]}: the letter is written from there."
    if not named and _SPANISH_OR_PORTUGUESE.search(text) and _order_of_language(text):
        # A letter in Spanish or Portuguese whose "$" no word tells: pesos of one of a dozen
        # countries as likely as US dollars, so no currency rather than a guessed one.
        return "", ""
    return "USD", "“$” read as US dollars; change it if the offer is in another dollar."


# Words only Spanish or Portuguese letters write (not French, Italian or Catalan ones).
_SPANISH_OR_PORTUGUESE = re.compile(
    r"\b(?:sueldo|salario|salário|usted|ustedes|você|nuestr[oa]s?|noss[oa]s?|"
    r"remuneración|remuneração|incorporación|contratación|contratação)\b",
    re.IGNORECASE,
)


# What tells a crown's country: its code, its telephone prefix, its web domain, and
# Sweden's own plural ("kronor"; Denmark and Norway write "kroner").
_CROWN_LANDS = {
    # "Din månadslön blir 51 500 kr": Swedish's own word for pay (Danish and Norwegian
    # write "løn", "lønn").
    "SEK": r"\bSEK\b|\+46\b|\.se\b|\bkronor\b|svenska kronor|\w*lön(?:en)?\b",
    "DKK": r"\bDKK\b|\+45\b|\.dk\b|danske kroner",
    "NOK": r"\bNOK\b|\+47\b|\.no\b|norske kroner",
}


def _crown_currency(currency: Found[str], text: str) -> Found[str] | None:
    """ "kr. 54.000": Sweden's, Denmark's or Norway's crown, as the letter tells it by one
    country only; blank when it tells none or more than one."""
    lands = [code for code, pattern in _CROWN_LANDS.items() if re.search(pattern, text)]
    if len(lands) != 1:
        return None
    note = f"“kr” read as {lands[0]}: the letter is written from there."
    return Found(lands[0], currency.sentence, note, confidence=currency.confidence)


_US_STATE_CODES = (
    r"AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|"
    r"MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY"
)
_UNITED_STATES = re.compile(
    r"United States|\bU\.S\.|\bUSA?\b|\bUS\$|,\s[A-Z]{2}\s\d{5}\b|401\(?k\)?|\bIRS\b|"
    rf",\s(?:{_US_STATE_CODES})\b"
)
_DOLLAR_LANDS = {
    # "Montréal (Québec) H2T 3B2": a province in brackets after the town, as Quebec writes
    # an address; a group RRSP ("REER collectif") is Canadian only.
    # "Fredericton NB E3B 6G3": a province's code before a postal code only Canada writes.
    "CAD": r"\bCanad(?:a|ian)|,\s(?:AB|BC|MB|NB|NL|NS|ON|PE|QC|SK)\b|\bREER\b|\bRRSP\b|"
    r"\b(?:AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT)\s+[A-Z]\d[A-Z]\s?\d[A-Z]\d\b|"
    r"\((?:Québec|Quebec|Ontario|Alberta|Manitoba|Saskatchewan|Nouveau-Brunswick|"
    r"Nouvelle-Écosse|Colombie-Britannique)\)",
    # "Base: $125,000 + super (12%)" from "KOALA KEYS PTY LTD": an Australian company's
    # form, and its "super" (not "superannuation", which Canada's public pensions say too).
    # "Perth WA 6000", "ABN 73 119 664 502", "+61 8 6144 2900": a state and a four-digit
    # postcode, the business number and the telephone prefix only Australia has.
    "AUD": r"\bAustralia|,?\s(?:NSW|VIC|QLD|TAS|ACT|WA|SA|NT)\s\d{4}\b|"
    r"\+\s?super\b|\bPty\.?\s?Ltd\b|\bPTY\.?\s?LTD\b|\bABN:?\s?\d{2}\s?\d{3}\s?\d{3}|"
    r"\+61\b|\.com\.au\b|Superannuation Guarantee|Fair Work Act",
    # The country, or a city only it has ("Bogotá D.C., 20 de noviembre de 2026").
    "ARS": r"\bArgentin[ae]\b|\bBuenos Aires\b|\bCABA\b",
    "CLP": r"\bChile\b|\bSantiago de Chile\b|\bValparaíso\b|\bViña del Mar\b|\bLas Condes\b",
    "COP": r"\bColombia\b|\bBogotá\b|\bMedellín\b|\bBarranquilla\b",
    "UYU": r"\bUruguay\b|\bMontevideo\b",
    "NZD": r"\bNew Zealand|\bAotearoa|\+64\b|\.nz\b|\bKiwiSaver\b",
    # Brazil's "CPF" is a tax number: only the fund's own name tells Singapore.
    "SGD": r"\bSingapore\b|\+65\b|\.sg\b|Central Provident Fund",
}


# What an amount or a percentage is, told by the words around it. Sign-on comes before
# bonus so that "sign-on bonus" is not read as the yearly bonus.
_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "sign_on",
        re.compile(
            # "Sign-on-Bonus", "prime d’arrivée": joined by a hyphen, a typographic apostrophe.
            r"sign[- ]?on(?:[- ]bonus|[- ]Prämie)?|signing(?:[- ]bonus)?|sign[- ]up bonus|"
            r"joining bonus|"
            r"welcome (?:bonus|payment)|hiring bonus|starting bonus|"
            r"one[- ]time (?:cash )?(?:bonus|payment)|"
            r"one[- ]off (?:bonus|payment)|once[- ]off (?:bonus|payment)|"
            r"joining (?:payment|award)|sign[- ]?on payment|"
            r"signing payment|one[- ]off joining payment|Antrittsprämie|Startprämie|Einmalzahlung|"
            r"golden hello|prime d['’]arrivée|prime de bienvenue|tekenbonus|welkomstbonus|"
            r"welkomstpremie|startpremie|tekenpremie|aanwervingspremie|"
            r"premia powitalna|bonus powitalny|prime de signature|prime d['’]embauche|"
            r"premi\w* powitaln\w*|bonus\w* powitaln\w*|jednorazow\w* (?:premi\w*|bonus\w*)|"
            r"prime à la signature|prime de signature|"
            r"prime à l['’]embauche|Willkommens(?:bonus|prämie)|Antrittsbonus|prime d['’]accueil|"
            r"Begrüßungs(?:bonus|prämie)|Einstiegs(?:bonus|prämie)|Eintrittsprämie|"
            # "Prime d'entrée : CHF 20 000, versée avec le premier salaire" (Suisse romande)
            r"prime d['’]entrée(?! en fonction)|"
            r"bono de (?:incorporación|bienvenida|fichaje)|prima de (?:incorporación|fichaje)|"
            # "Bonus de incorporación: 20.000 €", "Värvningsbonus: 30 000 kr": Spanish with the
            # English word, Swedish in one word; paid once, for joining.
            r"bonus de (?:incorporación|bienvenida|fichaje|contratación|firma)|"
            r"värvningsbonus|välkomstbonus|startbonus|påskrivningsbonus|"
            # "Bono de contratación: $60,000.00 M.N. (pago único)": paid once, for joining.
            r"bono de (?:contratación|vinculación|firma|ingreso)|"
            # "bônus de contratação", "one-time joining amount": paid once, for joining.
            r"b[ôo]nus de (?:contratação|assinatura|boas-vindas)|"
            r"pr[ée]mio de (?:assinatura|contratação|boas-vindas|entrada|adesão)|"
            # "a one-time transaction bonus of $25,000 … after the Closing", "Wechselprämie:
            # 3.000 € brutto, einmalig": paid once, for coming over, not yearly.
            r"transaction bonus|prime de transaction|Wechsel(?:prämie|bonus)|"
            r"(?:one[- ]time |one[- ]off )?joining amount|"
            # "Recruitment incentive: $10,000, paid in a lump sum after entry on duty": a US
            # federal post's payment for joining, not a yearly bonus.
            r"(?:recruitment|hiring|joining|sign[- ]on) incentive|"
            # Chinese: "签约奖金", "签字费", "簽約金", "入职奖金": paid once, for joining.
            r"签约奖金|签约金|签字费|簽約獎金|簽約金|入职奖金|入職獎金",
            re.IGNORECASE,
        ),
    ),
    (
        "ignore",
        re.compile(
            # "a relocation bonus of $5,000": named as one word with "bonus", so it binds as close.
            r"(?:relocation|moving|retention|referral|stay|spot|holiday|Christmas) "
            r"(?:bonus|payment|award|allowance)|"
            # "$92,431 per annum (bi-weekly $3,545.11)": each pay day's share of the salary.
            # Not "$165,000 per annum, paid semi-monthly": how the yearly pay is paid out.
            r"(?<!paid )\bbi-?weekly\b|\bfortnightly\b|(?<!paid )\bsemi-?monthly\b|"
            r"\b(?:per|each) pay period\b|"
            # "a $1,000 certification bonus upon obtaining …": paid once for a step, not yearly.
            r"(?:certification|qualification|licen[cs]e|licensure|language|patent|"
            r"long[- ]service|anniversary|attendance|completion|degree) "
            r"(?:bonus|payment|award|premium)|"
            # "Abschlussprämie von 500 €" on passing an apprentice's final exam; India's
            # "Statutory bonus" under the Payment of Bonus Act: no yearly target bonus.
            r"\w*(?:Abschluss|Prüfungs|Zeugnis)prämie|\bstatutory bonus|"
            r"(?:bonus|award|premium) (?:on|for|per) (?:referrals?|each|every|successful)|"
            r"relocation|moving|allowance|stipend|budget|reimburs\w*|expenses?|insurance|"
            # "€750 a year for conferences": a budget by another name.
            r"(?:for|towards)\s+(?:conferences?|courses?|books|training|learning|events)\b|"
            # "Charge nurse pay: $1.50 per hour", "On-call pay": paid on top of the rate.
            r"(?:on[- ]call|standby|charge(?: nurse)?|overtime|weekend|night) (?:pay|rate)|"
            r"on[- ]call|standby|shift (?:differential|premium)|"
            r"differential|overtime|Bereitschaft\w*|"
            r"meal vouchers?|Essens\w*|maaltijdcheques?|chèques?[- ]déjeuner|vouchers?|"
            # "meal card of NIS 1,200 a month", "€400/year sports compensation", "zuzüglich
            # einer freiwilligen Zulage von 412,00 €": a benefit or an allowance, not the pay.
            r"(?:meal|lunch|food) (?:card|allowance)|(?:sports?|travel|commut\w*|phone|"
            r"internet|home[- ]office|transport|mobile|wellness|fitness) (?:compensation|"
            r"allowance)|\w*Zulage\b|"
            r"pension|401\(?k\)?|retirement|holiday|vacation|per diem|tuition|gym|equipment|"
            r"price|per share|valuation|Zuschuss|Umzug|Urlaub|Jobticket|Mediclaim|cover\b|"
            # A price per share or option is not what the grant is worth.
            r"strike|exercise|Ausübungspreis|\w*preis\b|prix|par (?:bon|action|option)\b|"
            r"per (?:option|unit|RSU|certificate|warrant)\b|409A|fair market value|\bFMV\b|"
            r"uitoefenprijs|cena (?:wykonania|nabycia)|"
            # A share plan's yearly allowance is what the user may buy, not a grant.
            # "Associate Stock Purchase Plan: Company match of 15% on … up to $1,800", "one
            # matching share for every two partnership shares you buy, up to £1,800 a year".
            r"(?:share|stock) (?:purchase|save|savings|incentive) plan|"
            r"employee (?:share|stock) plan|"
            r"Sharesave|matching shares?|partnership shares|"
            r"\bESPP\b|\bSAYE\b|Aktiensparplan|plan d'épargne|"
            # A referral award is paid for a friend hired, not a yearly bonus.
            r"cooptation|parrainage|Empfehlungsprämie|Mitarbeiterempfehlung|aanbrengpremie|"
            r"differential|overtime|Weiterbildung\w*|vakantiegeld|vakantietoeslag|"
            # Not "stagevergoeding": an intern's pay.
            r"\b(?!stage|stagiaire|trainee)\w*vergoeding|opleidingsbudget|titres?-restaurant|"
            r"mutuelle|capital social|"
            r"Capital|Sąd|kapitał|training|learning|wellness|spending account|Gratuity|"
            r"\bPF\b|HRA|Abo\b|per day|par jour|per dag|"
            # Pension and pay while away are shares of salary, not a bonus.
            r"pensio\w*|Rente\b|Altersvorsorge|prévoyance|retraite|emerytal\w*|"
            r"sick\w*|illness|ziekte\w*|Krankheit\w*|Lohnfortzahlung|maladie|parental|"
            r"maternity|paternity|Elternzeit|ouderschap\w*|congé|leave\b|"
            # Not a yearly bonus (the truth conventions of the letters we score on agree).
            # Before "retention" alone, so "Retention-Prämie" binds as one name.
            r"(?:Retention|Halte|Treue|Bleibe|Empfehlungs|Vermittlungs)[- ]?[Pp]rämie|"
            # A retention payment in any language ("Blijfbonus: € 2.000 na 12 maanden",
            # "Treuebonus", "prime de fidélité"): paid once for staying, not a yearly bonus.
            r"(?:blijf|retentie|behoud|Bleibe|Halte|Treue|loyalty)[- ]?(?:bonus|premie)|"
            r"prime de (?:fidélité|fidélisation|rétention|maintien)|premi\w* lojalnościow\w*|"
            r"retention(?: bonus| payment| award)?|stay bonus|commission|profit[- ]shar\w*|"
            # "the Origination Incentive Program (3% of first-year fees)": commission-like.
            r"origination(?: incentive| credit| bonus| fee)?|business development credit|"
            r"carried interest|\bcarry\b|Provision|referral(?: bonus| award| fee)?|discount|"
            # A sales plan is commission by another name; a total is not the base.
            r"sales incentive\w*(?: plan)?|sales (?:compensation|commission) plan|\bOTE\b|"
            r"long[- ]term incentive\w*(?: plan| award)?|\bLTIP?\b|"
            # Not "Your total annual compensation (CTC) will be ₹ 4,25,000": India's CTC.
            r"on[- ]target earnings|total (?:target |annual |yearly )?(?:cash )?"
            r"(?:compensation|cash|package|remuneration|rewards?)(?!\s*\(CTC\))|"
            r"Gesamtvergütung|Gesamtpaket|Zieleinkommen|"
            r"rémunération (?:totale|globale)|totale beloning|totaalpakket|"
            # Paid beside the pay, not the pay: "London Weighting £4,046 per annum", "High
            # Cost Area Supplement", "vermögenswirksame Leistungen von 6,65 €", a 457(b)
            # deferred compensation plan's match.
            r"\b(?:London |Inner London |Outer London |area |location )?weighting\b|"
            r"(?:high cost area|location|market) supplement|vermögenswirksame\w*|"
            r"deferred compensation|\b(?:457|403)\(?b\)?|Thrift Savings",
            re.IGNORECASE,
        ),
    ),
    (
        "equity",
        re.compile(
            # Not "a share of the tronc", "your share in the profits": a part of a pool.
            # Not "an HSA option with a $1,000 employer contribution": a benefit plan's choice.
            r"RSUs?\b|restricted stock(?: units?)?|stock options?|"
            r"(?<!HSA )(?<!FSA )(?<!PPO )(?<!HMO )(?<!plan )options?\b|equity|shares\b|"
            r"share\b(?!\s+(?:of|in)\s)|"
            r"stock\b|units\b|"
            # Not "a conference travel grant of up to $2,000": money for a purpose, no equity.
            r"(?<!travel )(?<!conference )(?<!research )(?<!relocation )(?<!education )"
            r"(?<!training )(?<!study )(?<!housing )(?<!start-up )(?<!startup )\bgrant\b|"
            r"Aktien\w*|Optionen|Mitarbeiterbeteiligung|VSOP|ESOP|"
            r"virtuellen? Anteil\w*|opties|optieplan|aandelen|certificaten|BSPCE|actions gratuites|"
            r"\bPSUs?\b|\bAnteil(?:e|en)\b|actions de performance|\bAGA\b|"
            r"performance rights|unités d['’]actions|"
            r"opcj\w*|(?:paper|grant|notional) value\b|"
            r"grant date value|value of (?:the|your) (?:grant|award|options|RSUs|shares)|"
            # Italian, Swedish, Estonian, Hebrew: "opzioni", "optioner", "optsioonid".
            r"\bopzioni\b|\boptioner\b|\boptsioon\w*|אופצי\w*|"
            # Spanish and Portuguese: "opciones", "opções", "participaciones".
            r"\bopciones\b|\bopções\b|\bparticipaciones\b|"
            # "6.000 warrants … The warrants vest over 48 months": a warrant programme's grant
            # (not "we warrant that"), and what "the warrants have an estimated value of".
            r"\bwarrants\b|\bwarrant (?:programme|program|plan|agreement)|"
            # "… ($130.00), the award has an approximate value of $624,000"
            r"\b(?:options|RSUs|shares|warrants|units|award|grant) (?:have|has) an? "
            r"(?:estimated |total |notional |indicative |approximate )?value\b",
            re.IGNORECASE,
        ),
    ),
    (
        "bonus",
        re.compile(
            # "$30,000 target bonus": the bonus's own words start right after the amount.
            r"(?:target|annual|yearly|performance) (?:bonus|incentive)|Tantieme|"
            r"performance[- ]linked|"  # "Performance Linked Incentive": an Indian variable pay
            r"bonus|incentive|\bSTI\b|variable (?:pay|compensation|component)|variable Vergütung|"
            r"Prämie|Bonuszahlung|Zielbonus|variable pay|rémunération variable|"
            r"prime (?:sur objectifs|annuelle|variable|de performance)|part variable|"
            r"variabele beloning|prestatiebonus|\bpremie\b|\bpremia\b|\bpremii\b|\bprime\b|"
            r"\bde variable\b|variable sur objectifs|"
            # "₹38L fixed CTC + 10% variable (on fixed)": a share named variable is the bonus.
            r"^\s(?-i:variable)\b(?!\s+(?:hours|rate|schedule|working))|"
            # Spanish, Portuguese, Italian: "Retribución variable", "Prémio de desempenho".
            r"retribución variable|remuneração variável|retribuzione variabile|\bprémio\b|"
            r"\bprêmio\b|\bbono\b|"
            # Italian "Premio MBO" (management by objectives); not "premio di risultato".
            r"\bpremio (?:mbo|annuale|annuo|di performance|obiettivi|variabile)\b|\bMBO\b|"
            # Chinese and Thai: "绩效奖金", "年终奖", "獎金", "โบนัส".
            r"奖金|獎金|年终奖|年終獎|โบนัส",
            re.IGNORECASE,
        ),
    ),
    (
        "base",
        re.compile(
            # "… and pay a signing bonus": pay as a verb names no salary.
            r"salary|base\b|base pay|pay\b(?!\s+(?:a|an|the|you|your|for|out)\b)|compensation|"
            # "As a summer intern you will be paid $45.00 per hour"; an intern's pay by name.
            # Only with the figure right after it: not "your bonus will be paid in March".
            r"\byou(?:'ll| will| shall)? (?:be |are |get )?paid"
            r"(?=\s+(?:at (?:a rate of )?)?(?:\Z|[$£€₹]|[A-Z]{3}\s?\d))|"
            r"gratification (?:de stage|mensuelle)|\bstage(?:vergoeding|toelage)|"
            r"stagiairevergoeding|traineevergoeding|"
            r"wages?\b|(?:hourly )?rate\b|"
            # "Emoluments: Rs. 78,000/- per month (consolidated)": an Indian post's pay.
            r"emoluments?\b|"
            r"remuneration|earn\w*|\w*gehalt\w*|Vergütung|Entgelt|Lohn|Stundensatz|"
            r"\bCTC\b|cost to company|rémunération|salaire|\w*salaris|uurloon|"
            # "You will be appointed at SCP 41, currently £51,802 per annum": a UK public
            # post's spinal column point, whose pay it is.
            r"\b(?:appointed|placed|start\w*)\s+(?:at|on)\s+(?:SCP|spin(?:e|al(?: column)?) point)"
            r"\s?\d{1,2}\b|"
            # Belgian and French public service: "Traitement mensuel brut : 4 126,38 €".
            r"\btraitement (?:mensuel|annuel|brut|barémique|de base)|"
            r"wynagrodzeni\w*|pensj\w*|\w*l[oö]hn\w*|\bfixes?\b|\bstawk[ai]\b|"
            # "the package is 12 LPA fixed, plus variable pay …": the fixed part is the pay.
            r"\bfixed\b(?![\s-]+(?:term|price|date|rate|at|amount|sum|allowance|fee))|"
            # "We're offering you $132,000 per year": the offer's own figure, right after.
            r"\b(?:we(?:'re| are) )?offering you(?=\s+(?:\Z|[$£€₹]|[A-Z]{3}\s?\d))|"
            # "Total annual guaranteed cash: SAR 453,600": the Gulf's fixed pay (basic,
            # housing, transport) by the year, the yearly salary the letter states.
            r"\bguaranteed (?:annual |yearly )?cash\b|"
            # Italian, Swedish, Danish, Estonian, Hebrew: "RAL", "månadslön", "töötasu".
            r"\bretribuzione\b|\bstipendio\b|\bRAL\b|\w*lön\b|\w*løn\b|\btöötasu\b|שכר|"
            # Latin America's "sueldo mensual bruto", Chile's "renta bruta mensual".
            r"\bsueldo\b|\brenta bruta\b|"
            # Turkish, Romanian, Czech, Greek and Japanese: "brüt aylık ücret", "salariu brut",
            # "hrubá mzda", "μηνιαίες αποδοχές", "月額基本給".
            r"\bmaaş\w*|\bücret\w*|\bsalariu\w*|\bmzd[ay]\b|\bplat\b|αποδοχ\w*|μισθ\w*|"
            r"基本給|月給|年収|年俸|給与|"
            # Hungarian "bruttó havi alapbér", Indonesian "gaji pokok".
            r"\balapbér\w*|\bmunkabér\w*|\bbér\b|\bgaji\b|"
            # Chinese, Vietnamese, Thai: "月薪", "年薪", "薪资", "lương", "เงินเดือน".
            r"年薪|月薪|薪资|薪資|工资|工資|底薪|本薪|\blương\b|เงินเดือน",
            re.IGNORECASE,
        ),
    ),
)
_PRIORITY = {kind: i for i, (kind, _) in enumerate(_KINDS)}


_OF_WHAT = re.compile(
    # "INR 1,84,550 (10% of fixed CTC)": a share in brackets after the figure, then of what.
    r"^\)?\s*(?:\(\s*\d{1,3}(?:[.,]\d+)?\s?%\s+)?"
    r"(?:of|von|des|der|de la|de|du|van het|van|z|od|della|dello|del|di|av|af)\s+"
    r"(?:(?:your|the|annual|yearly|fixed|base|basic|gross|total|monthly|eligible|ihres|ihrer|dem|"
    r"de|die|den|des|het|"
    r"Ihres|votre|la|le|uw|je|het|jouw|bruto|brutto|rocznego|twojego|"
    # "10 % de votre salaire fixe", "de votre rémunération brute annuelle": still what of
    r"salaire|rémunération|brute?|annuelle?|"
    # "8 % della RAL", "10 % af den årlige grundløn", "4,5 % av lönen"
    r"sua|tua|annua|lorda|den|det|årlige|årliga)\s+){0,3}$|"
    # Polish says what a share is of by the genitive alone ("10% rocznego wynagrodzenia").
    r"^\s*(?:(?:rocznego|miesięcznego|podstawowego|zasadniczego|całkowitego)\s+){1,2}$",
    re.IGNORECASE,
)


_SHARE_OF = re.compile(
    r"(?:%|\bper ?cent|\bProzent)\s+(?:of|von|de|du|van)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE
)


_ASIDE = re.compile(r"\s?\([^()\d]{0,20}\d{0,4}\)")
# A clause that goes on to name the figure of what came before it: "…, dont le montant
# cible est de", "…, whose target amount is", "…, with a target of".
_NAMED_AGAIN = re.compile(
    r"[,;]\s+(?:dont le montant|whose (?:target )?(?:amount|value)|with a target (?:amount )?of|"
    r"waarvan het (?:doel)?bedrag|dessen Zielbetrag|deren Zielbetrag)[^,;+]*$",
    re.IGNORECASE,
)


def _kind_near(
    sentence: str, start: int, end: int, left: int, right: int, *, money: bool = False
) -> str:
    """The kind named closest to the amount at start:end, looking within left..right (for
    an amount of `money`, past what a share before it is of)."""
    best: tuple[float, int, str] | None = None
    before = sentence[left:start]
    after = sentence[end:right]
    for kind, pattern in _KINDS:
        for m in pattern.finditer(before):
            if money and _SHARE_OF.search(before[: m.start()]):
                continue  # "10% of your fixed CTC, i.e. INR 3,85,000": the share, not the CTC
            between = before[m.end() :]
            # "bonus … lié aux résultats (CCT 90), dont le montant cible est de 2 800 €": a
            # short aside in brackets puts no distance between a figure and its name.
            gap = float(len(_ASIDE.sub("", between)))
            if re.search(r"[,;+]", between) and not _NAMED_AGAIN.search(between):
                gap += 25  # a keyword in an earlier clause (or pay component) binds less
            candidate = (gap, _PRIORITY[kind], kind)
            best = candidate if best is None or candidate < best else best
        for m in pattern.finditer(after):
            # Polish "wynagrodzenia" is the genitive: "of the salary", what a share is of.
            if _OF_WHAT.search(after[: m.start()]) or m.group(0).casefold() == "wynagrodzenia":
                continue  # "15% of your base salary": what the figure is of, not what it is
            if re.search(r"\+\s*\d", after[: m.start()]):
                continue  # "£95,000 + 10% bonus": the bonus is the next component
            if re.search(r"[含括]\s?$", after[: m.start()]):
                continue  # "1,330,000 元(含年終獎金 2 個月)": what the figure includes
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
            r"^(?:/-)?\)?[\s,–-]*(?:\(?\s*)?(?:(?:bruto|brutto|gross|netto|net) ?)?"
            r"(?:per hour|an hour|hourly|"
            r"/\s?(?:hour|hr|h)\b|"
            r"pro Stunde|die Stunde|stündlich|brutto pro Stunde|de l'heure|par heure|"
            r"(?:bruto )?per uur|za godzinę|brutto za godzinę|/\s?Std\.?)",
            re.IGNORECASE,
        ),
    ),
    (
        Period.MONTH,
        re.compile(
            # "3 750 € bruts par mois": the French gross word before the period too.
            # "3.600,00 € ilíquidos por mês": the Portuguese gross word too.
            r"^(?:/-)?\)?[\s,–-]*(?:\(?\s*)?"
            r"(?:(?:gross|brutto|bruto|bruts?|net|netto|ilíquidos?) ?)?"
            r"(?:per month|a month|monthly|each month|every month|/\s?(?:month|mo|Monat)\b|"
            r"per calendar month|a calendar month|\bpcm\b|"
            # "QAR 28,000 all-inclusive monthly package": a word or two, then what it is.
            r"(?:[\w-]+ ){1,2}monthly (?:package|salary|pay|remuneration|wage)\b|"
            r"p\.\s?m\.|monatlich|pro Monat|"
            # "6.100 € Monatsbrutto": a German compound after the figure names its period.
            r"Monats(?:brutto|gehalt|bruttogehalt|lohn|entgelt)\b|"
            r"im Monat|(?:bruts? )?mensuels?|par mois|(?:bruto )?per maand|"
            r"miesięcznie|brutto miesięcznie|"
            # Spanish and Portuguese: "4.200 € brutos mensais", "al mes".
            r"(?:brutos? )?mensual(?:es)?|(?:brutos? )?mensais|al mes|por mes|por mês|"
            # Italian, Swedish, Danish, Estonian, Hebrew: "al mese", "i månaden", "kuus".
            r"(?:lordi )?(?:al mese|mensili)|i månaden|per månad|om måneden|pr\. måned|"
            r"per måned|kuus|kuu kohta|(?:ברוטו )?לחודש|"
            # "3.000 € brutos al mes", "85 000 Kč měsíčně", "18.500 lei pe lună".
            r"brutos? (?:al|por) m[eê]s|měsíčně|pe lună|havonta|aylık|μηνιαίως|"
            # Indonesian, Malay, Vietnamese, Thai, Chinese: "Rp 14.750.000/bulan", "RM 9,800
            # sebulan", "VND 65.000.000/tháng", "95,000 บาท ต่อเดือน", "32,000 元/月".
            r"per bulan|/\s?bulan|sebulan|setiap bulan|/\s?tháng|mỗi tháng|một tháng|"
            r"ต่อเดือน|/\s?เดือน|每月|每個月|每个月|/\s?月)",
            re.IGNORECASE,
        ),
    ),
    (
        Period.YEAR,
        re.compile(
            r"^(?:/-)?\)?[\s,–-]*(?:\(?\s*)?(?:(?:gross|brutto|bruto|before tax) ?)?"
            r"(?:per year|a year|"
            r"per annum|annually|yearly|each year|every year|/\s?(?:year|yr|annum|Jahr)\b|"
            r"p\.\s?a\.|jährlich|pro Jahr|im Jahr|(?:bruts? )?annuels?|par an\b|"
            r"(?:bruto )?per jaar|rocznie|brutto rocznie|annuali[sz]ed|on an annual basis|"
            r"op jaarbasis|Jahres(?:brutto|gehalt|bruttogehalt|einkommen|entgelt|vergütung)\b|"
            # Spanish and Portuguese: "58.800 € brutos anuais", "al año".
            r"(?:brutos? )?anual(?:es)?|(?:brutos? )?anuais|al año|por año|por ano|ao ano|"
            # Italian, Swedish, Danish, Estonian, Hebrew: "lordi annui", "om året", "aastas".
            r"(?:lordi )?annu[oi]|annua lorda|all'anno|per år|om året|pr\. år|aastas|"
            r"(?:ברוטו )?(?:לשנה|בשנה)|"
            r"brutos? (?:al|por) año|brutos? (?:ao|por) ano\b|ročně|pe an\b|évente|yıllık|ετησίως|"
            r"per tahun|/\s?tahun|setahun|setiap tahun|/\s?năm|mỗi năm|ต่อปี|/\s?ปี|每年|/\s?年)",
            re.IGNORECASE,
        ),
    ),
)
_PERIOD_BEFORE = (
    (
        Period.HOUR,
        re.compile(r"hourly|per hour|Stundensatz|Stundenlohn|uurloon|horaire", re.IGNORECASE),
    ),
    (
        Period.MONTH,
        re.compile(
            r"monthly|per month|Monatsgehalt|monatlich\w*|Monatsbrutto|Monatsl[oö]hn\w*|"
            r"mensualités?|mensuel\w*|maandsalaris|maandloon|per maand|miesięczn\w*|mensal|"
            r"mensual|mensilità|månadslön|månedsløn|kuupalk|"
            r"Monats(?:entgelt|verdienst|bezug|vergütung)|"
            # Turkish, Romanian, Czech, Greek, Japanese: "aylık", "lunar", "měsíční", "月額".
            r"\baylık\b|\blunar\b|\bměsíční\b|μηνιαί\w*|月額|月給|\bhavi\b|\bbulanan\b|月薪",
            re.IGNORECASE,
        ),
    ),
    (
        Period.YEAR,
        re.compile(
            r"annual|yearly|per annum|per year|Jahres\w*|jährlich\w*|annuel\w*|"
            r"jaarsalaris|jaarinkomen|jaarloon|per jaar|op jaarbasis|roczn\w*|\banual\b|"
            # Italian: "Retribuzione annua lorda", "RAL di € 58.000"; "årslön", "årsløn".
            r"\bannu[aoi]\b|\bRAL\b|årslön|årsløn|aastapalk|"
            r"\byıllık\b|\broční\b|ετήσι\w*|年収|年俸|年額|\béves\b|\btahunan\b|年薪|"
            # "年度总现金人民币 45万元", "全年總收入": Chinese for the whole year's.
            r"年度|全年",
            re.IGNORECASE,
        ),
    ),
)


_IN_WORDS = re.compile(
    r"(?:/-)?\s*\((?:(?:Rupees|Rs\.?|INR|Euros?|EUR|Dollars?|USD|Pounds?|GBP|[A-Z]{3})\s+)?"
    r"(?:[A-Za-z][a-z]*(?:[- ](?!per\b)[A-Za-z][a-z]*){0,12})\)",
    re.IGNORECASE,
)


def _period(sentence: str, mention: _Mention, left: int) -> tuple[Period, bool]:
    """The pay period of a salary, and whether the letter said it."""
    if sentence[mention.start : mention.end].endswith("LPA"):
        return Period.YEAR, True  # lakhs per annum
    end = max(mention.end, mention.range_end)
    after = sentence[end : end + 40]
    # The amount in words between the figure and its period: "INR 24,60,000 (Rupees
    # Twenty-Four Lakh Sixty Thousand only) per annum", "$95,000 (ninety-five thousand
    # dollars) per year".
    spelled = _IN_WORDS.match(sentence, end)
    if spelled:
        after = sentence[spelled.end() : spelled.end() + 40]
    # "$182,000.00 USD / year": the dollar's code between the figure and its period.
    after = re.sub(rf"^\s?{_CODE}\b", "", after)
    # "R 960 000 cost to company per annum", "R 1 250 000 CTC per annum": what the figure is
    # between it and its period.
    if said := _COST_TO_COMPANY.match(after):
        after = after[said.end() :]
    # "32,000 元/月", "65.000.000 đồng/tháng": the currency's word before the period.
    after = re.sub(r"^\s?(?:元|đồng|VNĐ|บาท)(?:\s?[（(][^)）]{0,12}[)）])?", "", after)
    for period, pattern in _PERIOD_AFTER:
        if pattern.search(after):
            return period, True
    before = sentence[left : mention.start]
    # The period word nearest the figure: "€ 4.500 bruto per maand, op jaarbasis € 58.320"
    # says the second figure is yearly, though "per maand" comes first.
    nearest: tuple[int, Period] | None = None
    for period, pattern in _PERIOD_BEFORE:
        for m in pattern.finditer(before):
            if nearest is None or m.end() > nearest[0]:
                nearest = (m.end(), period)
    if nearest is not None:
        return nearest[1], True
    return Period.YEAR, False


# --- dates ---------------------------------------------------------------------------------

_HEBREW_MONTHS = [
    "ינואר",
    "פברואר",
    "מרץ",
    "אפריל",
    "מאי",
    "יוני",
    "יולי",
    "אוגוסט",
    "ספטמבר",
    "אוקטובר",
    "נובמבר",
    "דצמבר",
]
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
    # French
    "janvier": 1,
    "février": 2,
    "fevrier": 2,
    "mars": 3,
    "avril": 4,
    "juin": 6,
    "juillet": 7,
    "août": 8,
    "aout": 8,
    "septembre": 9,
    "octobre": 10,
    "novembre": 11,
    "décembre": 12,
    # Dutch
    "januari": 1,
    "februari": 2,
    "maart": 3,
    "mei": 5,
    "augustus": 8,
    # Polish (the genitive of a date, and the plain name)
    "stycznia": 1,
    "lutego": 2,
    "marca": 3,
    "kwietnia": 4,
    "maja": 5,
    "czerwca": 6,
    "lipca": 7,
    "sierpnia": 8,
    "września": 9,
    "października": 10,
    "listopada": 11,
    "grudnia": 12,
    # Spanish and Portuguese
    "enero": 1,
    "janeiro": 1,
    "febrero": 2,
    "fevereiro": 2,
    "marzo": 3,
    "março": 3,
    "abril": 4,
    "mayo": 5,
    "maio": 5,
    "junio": 6,
    "junho": 6,
    "julio": 7,
    "julho": 7,
    "agosto": 8,
    "septiembre": 9,
    "setiembre": 9,
    "setembro": 9,
    "octubre": 10,
    "outubro": 10,
    "noviembre": 11,
    "novembro": 11,
    "diciembre": 12,
    "dezembro": 12,
    # Italian, Swedish, Danish
    "gennaio": 1,
    "febbraio": 2,
    "aprile": 4,
    "maggio": 5,
    "giugno": 6,
    "luglio": 7,
    "settembre": 9,
    "ottobre": 10,
    "dicembre": 12,
    "marts": 3,
    "maj": 5,
    "augusti": 8,
    # Hebrew, with and without "ב" ("in"): "26 בנובמבר 2026".
    **{
        prefix + name: number
        for number, name in enumerate(_HEBREW_MONTHS, start=1)
        for prefix in ("", "ב")
    },
}
# Estonian, with the endings a date takes: "1. veebruar 2027", "hiljemalt 9. detsembriks".
_ESTONIAN_MONTHS = (
    ("jaanuar", "jaanuari", 1),
    ("veebruar", "veebruari", 2),
    ("märts", "märtsi", 3),
    ("aprill", "aprilli", 4),
    ("juuni", "juuni", 6),
    ("juuli", "juuli", 7),
    ("august", "augusti", 8),
    ("september", "septembri", 9),
    ("oktoober", "oktoobri", 10),
    ("november", "novembri", 11),
    ("detsember", "detsembri", 12),
)
for _name, _stem, _number in _ESTONIAN_MONTHS:
    _MONTHS.update({_name: _number, _stem + "ks": _number, _stem + "l": _number})
# Romanian, Czech (the genitive a date takes), Greek (genitive and nominative) and Turkish:
# "1 februarie 2027", "1. února 2027", "1 Φεβρουαρίου 2027", "4 Ocak 2027".
for _number, _spellings in enumerate(
    (
        ("ianuarie", "ledna", "Ιανουαρίου", "Ιανουάριος", "ocak"),
        ("februarie", "února", "Φεβρουαρίου", "Φεβρουάριος", "şubat"),
        ("martie", "března", "Μαρτίου", "Μάρτιος", "mart"),
        ("aprilie", "dubna", "Απριλίου", "Απρίλιος", "nisan"),
        ("mai", "května", "Μαΐου", "Μάιος", "mayıs"),
        ("iunie", "června", "Ιουνίου", "Ιούνιος", "haziran"),
        ("iulie", "července", "Ιουλίου", "Ιούλιος", "temmuz"),
        ("august", "srpna", "Αυγούστου", "Αύγουστος", "ağustos"),
        ("septembrie", "září", "Σεπτεμβρίου", "Σεπτέμβριος", "eylül"),
        ("octombrie", "října", "Οκτωβρίου", "Οκτώβριος", "ekim"),
        ("noiembrie", "listopadu", "Νοεμβρίου", "Νοέμβριος", "kasım"),
        ("decembrie", "prosince", "Δεκεμβρίου", "Δεκέμβριος", "aralık"),
    ),
    start=1,
):
    _MONTHS.update({_spelling.lower(): _number for _spelling in _spellings})
# Hungarian, which writes the year first: "2026. november 30.".
_MONTHS.update(
    {
        name: number
        for number, name in enumerate(
            ("január", "február", "március", "április", "május", "június", "július",
             "augusztus", "szeptember", "október", "november", "december"),
            start=1,
        )
    }
)  # fmt: skip
# Indonesian and Malay: "4 Januari 2027", "1 Maret", "17 Agustus", "4 Mac", "1 Ogos".
_MONTHS.update(
    {"maret": 3, "agustus": 8, "desember": 12, "mac": 3, "julai": 7, "ogos": 8, "disember": 12}
)
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
# Thai months: "4 มกราคม 2570".
_THAI_MONTHS = (
    "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
    "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม",
)  # fmt: skip
# And as they are written short: "20 พ.ย. 2569".
_THAI_SHORT_MONTHS = (
    "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.",
    "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.",
)  # fmt: skip
_THAI_MONTH_NUMBERS = {
    **{name: i for i, name in enumerate(_THAI_MONTHS, start=1)},
    **{name: i for i, name in enumerate(_THAI_SHORT_MONTHS, start=1)},
}
_THAI_MONTH = "|".join(
    re.escape(name) for name in sorted(_THAI_MONTH_NUMBERS, key=len, reverse=True)
)
# "1° febbraio": Italian's first; "1º de dezembro", which NFKC makes "1o de dezembro".
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|er|\.|°|º|o(?=\s+de\s))?"
_YEAR = r"(?P<year>20\d\d)"
_WEEKDAY = (
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+"
    r"|(?:montag|dienstag|mittwoch|donnerstag|freitag),?\s+"
    r"|(?:lundi|mardi|mercredi|jeudi|vendredi)\s+"
    r"|(?:maandag|dinsdag|woensdag|donderdag|vrijdag)\s+)?"
)
_DATE_PATTERNS = (
    re.compile(rf"\b{_WEEKDAY}{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.IGNORECASE),
    # "30 de noviembre de 2026", "1 de fevereiro de 2027": Spanish and Portuguese join by "de".
    re.compile(
        rf"\b{_WEEKDAY}(?:the\s+)?{_DAY}\s+(?:of\s+|de\s+)?{_MONTH},?\s+(?:de\s+)?{_YEAR}\b",
        re.IGNORECASE,
    ),
    # "15-Jan-2027", "15/Jan/2027": a month's name between dashes or slashes.
    re.compile(rf"\b{_DAY}[-/]{_MONTH}[-/]{_YEAR}\b", re.IGNORECASE),
    re.compile(r"\b(?P<year>20\d\d)-(?P<mon>[01]\d)-(?P<day>[0-3]\d)\b"),
    # "2026/12/02" (South Africa, Japan): the year first reads one way only.
    re.compile(r"\b(?P<year>20\d\d)[/.](?P<mon>[01]?\d)[/.](?P<day>[0-3]?\d)\b"),
    # "1. 2. 2027": Czech and Slovak set a space after each dot.
    re.compile(r"\b(?P<day>[0-3]?\d)\.\s?(?P<mon>[01]?\d)\.\s?(?P<year>20\d\d)\b"),
    re.compile(r"\b(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<year>20\d\d)\b"),
    re.compile(r"\b(?P<a>[0-3]?\d)-(?P<b>[0-3]?\d)-(?P<year>20\d\d)\b"),
    # "2026. november 30.": Hungarian writes the year, the month's name, then the day.
    re.compile(rf"\b{_YEAR}\.\s+{_MONTH}\s+(?P<day>[0-3]?\d)\.?(?!\d)", re.IGNORECASE),
    # "2026年11月30日", "2026년 11월 30일": Japanese and Korean write year, month and day.
    re.compile(
        r"(?P<year>20\d\d)\s?[年년]\s?(?P<mon>[01]?\d)\s?[月월]\s?(?P<day>[0-3]?\d)\s?[日일]"
    ),
    # "中華民國 115 年 11 月 23 日", "民國115年12月4日": Taiwan counts its years from 1912.
    re.compile(
        r"(?:(?:中華)?民國\s?|(?<![\d.,]))(?P<roc>1[01]\d)\s?年\s?(?P<mon>[01]?\d)\s?月\s?(?P<day>[0-3]?\d)\s?日"
    ),
    # "20 พฤศจิกายน 2569": a Thai month's name and the Buddhist year (543 more than ours).
    re.compile(rf"(?<!\d){_DAY}\s?(?P<thai>{_THAI_MONTH})\s?(?:พ\.ศ\.\s?)?(?P<be>25[67]\d)\b"),
    # "ngày 25 tháng 11 năm 2026": Vietnamese names the day, the month and the year.
    re.compile(
        r"\bngày\s+(?P<day>[0-3]?\d)\s+tháng\s+(?P<mon>[01]?\d)\s+năm\s+(?P<year>20\d\d)\b",
        re.IGNORECASE,
    ),
    # No year: read against the letter's date, and said so.
    re.compile(rf"\b{_WEEKDAY}{_MONTH}\s+{_DAY}\b(?!,?\s*20\d\d)", re.IGNORECASE),
    re.compile(
        rf"\b{_WEEKDAY}(?:the\s+)?{_DAY}\s+(?:of\s+)?{_MONTH}\b(?!,?\s*20\d\d)", re.IGNORECASE
    ),
    # "hasta el viernes 11 de diciembre": Spanish and Portuguese join by "de" with no year too.
    re.compile(rf"\b{_DAY}\s+de\s+{_MONTH}\b(?!,?\s*(?:de\s+)?20\d\d)", re.IGNORECASE),
    # "bis Freitag nächster Woche (4.12.)": a German day and month, no year.
    re.compile(
        r"(?:(?<=\()|(?<=\bbis )|(?<=\bam )|(?<=\bzum )|(?<=\bvor dem ))"
        r"(?P<day>[0-3]?\d)\.(?P<mon>[01]?\d)\.(?!\d)"
    ),
    # "start Mon 4/1", "Monday 12/14": a weekday and a numeric day and month, no year; the
    # reading that falls on that weekday (and comes after the letter's date) if only one does.
    re.compile(
        r"\b(?P<wd2>(?:mon|tues|wednes|thurs|fri)day|mon|tue|wed|thu|fri)\.?,?\s+"
        r"(?P<a2>[0-3]?\d)/(?P<b2>[0-3]?\d)\b(?![/\d])",
        re.IGNORECASE,
    ),
    # "by Friday the 20th": neither month nor year; the first such day after the letter's.
    re.compile(
        r"\b(?P<wd>(?:mon|tues|wednes|thurs|fri|satur|sun)day)\s+the\s+"
        r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?[A-Za-z]{3})",
        re.IGNORECASE,
    ),
)


_FIRST_YEARLESS = 13  # the patterns from here on have no year
_MONTH_AND_YEAR = re.compile(rf"{_MONTH}\s+{_YEAR}\b", re.IGNORECASE)


@dataclass(frozen=True)
class _DateMention:
    start: int
    end: int
    choices: tuple[date, ...]  # one reading, or two for 05/12/2026
    year_missing: bool = False
    settled_by: str = ""  # "day" or "month": the letter's other dates said which comes first


def _numeric_order(text: str) -> str:
    """ "day" or "month" when the letter's own numeric dates settle which comes first
    (25/11/2026 can only be day first), else "" (and 03/02/2027 reads two ways)."""
    orders = set()
    for m in re.finditer(r"\b([0-3]?\d)[/-]([0-3]?\d)[/-]20\d\d\b", text):
        a, b = int(m.group(1)), int(m.group(2))
        if a > 12 >= b:
            orders.add("day")
        elif b > 12 >= a:
            orders.add("month")
    return orders.pop() if len(orders) == 1 else ""


_WEEKDAYS = {
    name: index
    for names in (
        ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
        ("mon", "tue", "wed", "thu", "fri", "sat", "sun"),
        ("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag"),
        ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
        ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),
    )
    for index, name in enumerate(names)
}


def _weekday_before(text: str, start: int) -> int | None:
    """The day of the week named right before a date ("Monday, 02/01/2027", "lundi 01/02")."""
    m = re.search(
        r"([^\W\d_]{3,})\.?,?\s*(?:the\s+|le\s+|den\s+)?$", text[max(0, start - 16) : start]
    )
    return _WEEKDAYS.get(m.group(1).casefold()) if m else None


# Short words that tell English from the languages that write the day first.
_ENGLISH_WORDS = re.compile(r"\b(?:the|and|you|your|of|to|we|will|with|is|for)\b", re.I)
_DAY_FIRST_WORDS = re.compile(
    r"\b(?:le|la|les|de|des|du|une?|au|aux|dans|sur|vous|votre|nous|et|est|pour|avec|"
    r"der|die|das|den|dem|und|zu|von|im|bei|sie|ihr|ihre|wir|mit|ist|für|"
    r"het|een|je|jij|uw|wij|voor|met|van|op|te|aan|bij|naar|"
    r"oraz|się|jest|dla|pan|pani|na|w|z|"
    # Spanish and Portuguese write the day first too.
    r"el|los|las|del|en|con|por|que|su|nos|os|da|com|para|uma?|nossa?|seu|sua|"
    # So do Italian, Swedish, Danish, Estonian and Hebrew.
    r"il|di|della|delle|nel|alla|gli|sono|och|att|det|som|för|med|på|av|og|til|af|ikke|"
    r"ja|ning|meie|sulle|את|של|על|לא|"
    # Romanian, Czech, Greek and Turkish write the day first too.
    r"și|în|pentru|cu|vă|este|se|je|pro|ve|od|že|jste|και|του|της|στο|για|με|να|"
    r"ve|bir|için|ile|olarak|bu|size|"
    # So do Vietnamese, Indonesian and Malay ("Ngày bắt đầu: 04/01/2027" is 4 January).
    r"và|của|là|với|các|được|này|trong|theo|"
    r"dan|yang|untuk|dengan|ini|dari|kepada|kami|sebagai|akan|pada|dalam)\b",
    re.IGNORECASE,
)


def _order_of_language(text: str) -> str:
    """ "language" for a letter written in French, German, Dutch, Polish, Spanish or
    Portuguese, whose numeric dates put the day first ("Date de début : 01/03/2027" is 1
    March); "" for English, where 01/03/2027 reads two ways."""
    english = len(_ENGLISH_WORDS.findall(text))
    other = len(_DAY_FIRST_WORDS.findall(text))
    return "language" if other >= 10 and other >= 3 * english else ""


def _dates(sentence: str, letter: date | None, order: str = "") -> list[_DateMention]:
    found: list[_DateMention] = []
    taken: list[tuple[int, int]] = []
    for index, pattern in enumerate(_DATE_PATTERNS):
        for m in pattern.finditer(sentence):
            if any(m.start() < e and m.end() > s for s, e in taken):
                continue
            mention = _date_of(m, year_missing=index >= _FIRST_YEARLESS, letter=letter, order=order)
            if mention is not None:
                found.append(mention)
                taken.append((m.start(), m.end()))
    return sorted(found, key=lambda d: d.start)


def _date_of(
    m: re.Match[str], *, year_missing: bool, letter: date | None, order: str = ""
) -> _DateMention | None:
    groups = m.groupdict()
    try:
        if "a" in groups and groups.get("a") is not None:
            a, b, year = int(groups["a"]), int(groups["b"]), int(groups["year"])
            readings = []
            ways = {"day": ((b, a),), "language": ((b, a),), "month": ((a, b),)}.get(
                order, ((b, a), (a, b))
            )
            for month, day in ways:  # day first, then month first
                with contextlib.suppress(ValueError):
                    readings.append(date(year, month, day))
            unique = tuple(dict.fromkeys(readings))
            settled = order if order and a != b and a <= 12 and b <= 12 else ""
            named = _weekday_before(m.string, m.start())
            if len(unique) > 1 and named is not None:
                # "Monday, 02/01/2027": 1 February is a Monday, 2 January a Saturday.
                fits = tuple(d for d in unique if d.weekday() == named)
                if len(fits) == 1:
                    unique, settled = fits, "weekday"
            return _DateMention(m.start(), m.end(), unique, settled_by=settled) if unique else None
        if groups.get("wd2"):
            return _weekday_numeric(m, letter)
        if groups.get("wd"):
            if letter is None:
                return None
            wanted, day = _WEEKDAYS[groups["wd"].casefold()], int(groups["day"])
            # Of the next two months' days of that number, the one on the weekday named.
            for ahead in range(62):
                candidate = letter + timedelta(days=ahead)
                if candidate.day == day and candidate.weekday() == wanted:
                    return _DateMention(m.start(), m.end(), (candidate,), year_missing=True)
            return None
        if groups.get("thai"):
            month = _THAI_MONTH_NUMBERS[groups["thai"]]
        elif groups.get("month"):
            month = _MONTHS[groups["month"].lower().rstrip(".")]
        else:
            month = int(groups["mon"])
        day = int(groups["day"])
        if year_missing:
            if letter is None:
                return None
            candidate = date(letter.year, month, day)
            if candidate < letter - timedelta(days=90):
                candidate = date(letter.year + 1, month, day)
            elif candidate < letter:
                # "your interview on 19th November": a day just gone, never a start or a
                # deadline, and not the same day next year.
                return None
            return _DateMention(m.start(), m.end(), (candidate,), year_missing=True)
        if groups.get("roc"):
            year = int(groups["roc"]) + 1911  # the Republic of China's year 115 is 2026
        elif groups.get("be"):
            year = int(groups["be"]) - 543  # the Buddhist era's 2569 is 2026
        else:
            year = int(groups["year"])
        return _DateMention(m.start(), m.end(), (date(year, month, day),))
    except ValueError:
        return None


def _weekday_numeric(m: re.Match[str], letter: date | None) -> _DateMention | None:
    """ "Mon 4/1" in a letter of 18 November 2026: 4 January 2027 is a Monday, 1 April 2027
    a Thursday, so it is 4 January; None when both readings (or neither) fall on the day."""
    if letter is None:
        return None
    a, b = int(m["a2"]), int(m["b2"])
    wanted = _WEEKDAYS[m["wd2"].casefold()[:3]]
    fits = set()
    for month, day in ((b, a), (a, b)):
        for year in (letter.year, letter.year + 1):
            with contextlib.suppress(ValueError):
                candidate = date(year, month, day)
                if letter <= candidate <= letter + timedelta(days=366):
                    if candidate.weekday() == wanted:
                        fits.add(candidate)
                    break
    if len(fits) != 1:
        return None
    return _DateMention(m.start(), m.end(), (fits.pop(),), year_missing=True, settled_by="weekday")


def _found_date(
    sentence: str,
    mention: _DateMention,
    what: str,
    *,
    after: date | None = None,
    confidence: float = SENTENCE_CONFIDENCE,
) -> FoundDate:
    """The date of `mention`; of two readings, one before `after` (the letter's date) is
    dropped: an offer does not start, nor expire, before it was written."""
    if after is not None and len(mention.choices) > 1:
        later = tuple(d for d in mention.choices if d >= after)
        if later:
            mention = _DateMention(mention.start, mention.end, later, mention.year_missing)
    if len(mention.choices) > 1:
        readings = " or ".join(long_date(d) for d in mention.choices)
        return FoundDate(
            sentence,
            None,
            mention.choices,
            note=f"The letter's {what} reads two ways ({readings}): choose one.",
            confidence=confidence,
        )
    note = ""
    if mention.year_missing:
        note = f"The letter gives no year; {mention.choices[0]:%Y} is counted from its date."
    elif mention.settled_by == "weekday":
        note = "Read as the day of the week the letter names."
    elif mention.settled_by == "language":
        note = "Read day first, as the letter's language writes dates."
    elif mention.settled_by:
        first = "day" if mention.settled_by == "day" else "month"
        note = f"Read {first} first, as the letter writes its other dates."
    return FoundDate(sentence, mention.choices[0], note=note, confidence=confidence)


_START_HEADING = re.compile(
    r"(?:your )?(?:start(?:ing)? date|first day|date of joining|joining date|date de début|"
    r"date d'entrée|Startdatum|Eintrittsdatum|Arbeitsbeginn|Beginn|Ingangsdatum|Indiensttreding)",
    re.IGNORECASE,
)
_START_WORDS = re.compile(
    r"start(?:ing)? date|start(?:ing)? on|to start|will start|you start|start work|"
    r"^start\s*[:–-]|^start\s+(?=[0-3]?\d\b)|"
    # "start Mon Jan 11 if that works": a bare "start" right before a day's date.
    # "…, based in Chicago, starting March 1, 2027": the offer's sentence, then its start.
    r"\bstart(?=\s+(?:on\s+)?(?:(?:mon|tue|wed|thu|fri)\w*\.?,?\s+)?(?:jan|feb|mar|apr|may|"
    r"jun|jul|aug|sep|oct|nov|dec)\w*\.?\s+\d)|"
    # "start Mon 4/1 as you wanted", "Your start would be Monday 12/14".
    r"\bstart(?=\s+(?:on\s+)?(?:mon|tue|wed|thu|fri)\w*\.?,?\s+[0-3]?\d/[0-3]?\d\b)|"
    r"\b(?:your )?start (?:would|will|should) be\b|"
    r"\bstarting(?=\s+(?:on\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\.?\s+"
    r"[0-3]?\d(?:st|nd|rd|th)?,?\s+20\d\d)|"
    r"begin(?:ning)?(?: work| on| date)?|commenc\w*|first day|joining date|date of joining|"
    r"employment (?:will )?(?:begin|start)|\bStart (?:am|zum|ab)\b|"
    r"Eintrittsdatum|Arbeitsbeginn|Beginn|beginnen|"
    r"Eintritt|Stellenantritt|Arbeitsantritt|Anstellungsbeginn|beginnt|join us on|join on|"
    r"joining|date d'entrée|prise de fonction|onboarding date|date d'arrivée|"
    r"date d['’]embauche|"
    r"à compter du|débuter|commencer|in dienst|indiensttreding|ingangsdatum|"
    # "Vous exercerez vos fonctions dans nos bureaux de Louvain-la-Neuve, à partir du lundi
    # 1er mars 2027", "vous rejoindrez l'équipe à partir du": where and from when one works.
    r"\b(?:exercer\w*|rejoindr\w*)\b[^.]{0,80}?\bà partir d(?:u|e la|e l['’])|"
    r"start(?:en|datum)|rozpocz\w*|hire date|date of hire|anticipated start|expected start|"
    r"report (?:for duty|to work)|(?:requested|asked|required) to report\b(?=[^.]{0,12}\d)|"
    r"démarrage|entrée en (?:fonctions?|service)|prise de poste|"
    r"erste[nr]? Arbeitstag|Arbeitsaufnahme|Dienstantritt|prendr\w* (?:vos|tes|ses) fonctions|"
    r"premier jour|eerste werkdag|eerste dag|pierwszy dzień|first working day|"
    r"prend(?:ra|rait)? effet|(?:je |u )?(?:start|begint|begin) (?:op|per)|gaat in op|ingaande|"
    # "The 2027 FLDP class starts together on Monday, July 12", "Everyone in the intake starts
    # on …", "La promotion démarrera le lundi 4 janvier", "Programme start: Monday 13 September".
    r"\bstarts\b(?:\s+\w+){0,2}\s+on\b|\bdémarrer\w*|"
    r"(?:programme|program|scheme|cohort|intake|course) start(?: date)?|"
    r"welcom\w* you (?:on|aboard on)|anfangen|anzufangen|"
    # "Tillträde: 1 mars 2027", "Du tillträder den 1 mars": Swedish.
    r"\btillträde\b|\btillträder\b|"
    # "To be confirmed …; we anticipate Monday 4 January 2027" under a start's heading.
    r"\bwe anticipate\b(?=[^.;]{0,25}\b20\d\d\b)|"
    # "…, start maandag 1 februari 2027": a bare "start", then a weekday and a day-first date.
    r"\bstart(?=\s+(?:[^\W\d_]{5,9}\.?,?\s+)?[0-3]?\d\.?\s+[^\W\d_]{3,}\.?\s+20\d\d\b)|"
    # "Tu fecha de ingreso sería el lunes 11 de enero de 2027", "A data de início prevista é",
    # "Als Einstellungstermin ist der 1. April 2027 vorgesehen", "entry on duty".
    r"fecha de ingreso|data de início|resumption date|entry on duty|Einstellungstermin|"
    r"fecha (?:prevista |estimada )?de (?:incorporación|inicio)|\bincorporación\b",
    re.IGNORECASE,
)
_DEADLINE_WORDS = re.compile(
    r"respond|response|reply|answer|decision|hear(?:ing)? (?:back )?from you|get back to (?:us|me)|"
    r"accept\w*|"
    # Not "the sign-on bonus within 30 days", "your signing bonus by": a payment's name.
    # Not "(questionnaire to be returned by 10 December)": a check's form, not the offer.
    r"(?<!questionnaire to be )(?<!questionnaires to be )(?<!form to be )(?<!forms to be )"
    r"(?<!declaration to be )"
    r"(?:sign(?![- ]?on\b)(?!ing bonus)|signed|return|countersign)\w*\b[^.]{0,40}?"
    r"\b(?:by|on or before|before)\b|"
    r"\b(?:sign(?![- ]?on\b)|return|countersign)\b[^.]{0,40}?\bwithin\b|"
    r"deadline|expire\w*|"
    r"valid until|open until|remain(?:s)? (?:open|valid)|no later than|decision by|"
    # "Dit aanbod staat open tot en met vrijdag 4 december 2026", "Das Angebot steht Ihnen
    # bis zum 11. Dezember offen", "L'offre reste ouverte jusqu'au …": how long it stays open.
    r"\bstaat open\b|\bblijft\b[^.]{0,20}\b(?:geldig|open)\b|\bsteht\b(?=[^;]{0,60}?\boffen\b)|"
    r"\breste (?:ouverte|valable)\b|"
    r"let (?:us|me) know|laten weten|Zustimmung|mitzuteilen|teilen Sie (?:uns|mir)|"
    r"\bsag\w* (?:mir|uns)\b|\bmeldet? (?:sich|dich|euch)\b|\bmelden Sie sich\b|"
    r"\bgib (?:mir|uns)\b|\bgeben Sie (?:mir|uns)\b|"
    r"stands until|open for acceptance|open for|lapse\w*|terugsturen|terugzenden|"
    # "Frist", not "Befristung" (a fixed term's end is no reply deadline).
    r"acceptance|Rückmeldung|Antwort\w*|antworten|gültig bis|annehmen|Annahme|\bFrist|"
    r"Bescheid|Zusage|zurück|bis spätestens|uiterlijk|retour|bevestig\w*|reactie|reageren|"
    # "We horen graag binnen tien werkdagen … of je ons aanbod aanneemt"
    r"\baanneem\w*|\baanvaard\w*|\bhoren (?:we|wij) graag\b|\b(?:we|wij) horen graag\b|"
    # "An dieses Angebot halten wir uns … gebunden": how long the offer binds its writer.
    r"\bgebunden\b|\bhear back\b|"
    # "Graag ontvangen we je getekende exemplaar binnen 10 dagen": the signed copy back.
    r"\bontvangen (?:we|wij)\b[^.]{0,40}?\bgetekend\w*|"
    r"\b(?:we|wij) ontvangen\b(?=[^.]{0,60}?\bgetekend)|"
    # "Wir würden uns freuen, innerhalb von 10 Arbeitstagen … von Ihnen zu hören"
    r"\b(?:würden uns freuen|freuen uns)\b(?=[^.]{0,90}?\bvon (?:Ihnen|dir|euch) zu hören\b)|"
    r"\bsous (?:huitaine|quinzaine)\b|"
    # Not "to be confirmed once all checks are complete": a start not yet fixed.
    r"réponse|répond\w*|retourn\w*|faire part|avant le|odpowied\w*|potwierdz\w*|"
    r"(?<!to be )(?<!be )confirm\w*|convey|"
    r"akceptac\w*|valable|valid for|geldig|ważn\w*|valid till|valid up ?to|"
    r"\baceptación\b|\brespuesta\b|\bresposta\b|\baceitação\b|"
    r"Einverständnis|Entscheid\w*|vóór|gültig|revert|laat (?:je|u|ons|het)\b(?=[^.]{0,60}\bweten)|"
    r"\blaat weten\b|\blass(?:t)? (?:uns|mich)\b[^.]{0,80}\bwissen\b|"
    r"\blassen Sie (?:uns|mich)\b[^.]{0,80}\bwissen\b|décision|"
    r"faites-nous savoir|fais-nous savoir|daj(?:cie)? (?:proszę |nam |mi )*znać|"
    r"informacj\w* o (?:przyjęciu|decyzji)|przyjęci\w* oferty|"
    # Italian, Swedish, Danish, Estonian, Hebrew: "firmata per accettazione, entro …",
    # "ditt svar senast den 7 december", "anna oma otsusest teada hiljemalt", "תשובתך עד".
    r"\baccettazione\b|\brisposta\b|\bsvar\b|\bsenast\b|\bsenest\b|\botsus\w*|"
    r"\bhiljemalt\b|תשובת\w*|"
    # "Dieses Angebot gilt innerhalb von 14 Tagen", "A presente proposta é válida no prazo de".
    r"\b(?:Angebot|Offerte) gilt\b|\bválid[ao]s?\b|\bvalid[ao]\b|"
    # "Dis-moi d'ici le vendredi 11 décembre si ça te va": a reply asked for as one says it.
    r"\bdis-moi\b|\bdites-moi\b|\bd'ici le\b|"
    # Spanish and Portuguese: "su decisión a más tardar el …", "respóndenos en un plazo de",
    # "me dijeras algo antes del …", "una vigencia de 7 días", "Pedimos retorno em até".
    r"\bdecisión\b|\ba más tardar\b|\brespónd\w*|\bvigencia\b|\bretorno\b|"
    r"\bme (?:digas|dijeras|diga|dijera|confirmes|confirme|avises|avise)\b|"
    # "La oferta tiene validez hasta …", "Esta oferta vence el …" (not Portugal's
    # "vencimento", a salary); Italian "farci sapere entro venerdì 4 dicembre".
    r"\bvalidez\b|\bvalidade\b|\bvence\b|\bfarci sapere\b|\bentro\b|"
    # Chinese, Indonesian, Malay, Vietnamese, Thai: "请于…前签字回传", "請於…前簽署回覆",
    # "Mohon konfirmasi … paling lambat", "kembalikan salinan … dalam tempoh 7 hari",
    # "xác nhận … trước ngày", "ลงนามตอบรับ … ภายในวันที่".
    r"回复|回覆|答复|答覆|回传|回傳|确认接受|確認接受|"
    r"\bkonfirmasi\b|\bpaling lambat\b|\bkembalikan\b|\btanda penerimaan\b|"
    r"\bxác nhận\b|\bphản hồi\b|ตอบรับ|ส่งคืน",
    re.IGNORECASE,
)
_RELATIVE = re.compile(
    # "Annahmefrist: 14 Tage ab Zugang …": a reply period's label, then its days.
    r"(?:(?<=frist: )|(?<=[Dd]eadline: )|(?<=[Rr]eactietermijn: )|"
    # "An dieses Angebot halten wir uns 14 Tage ab Datum dieses Schreibens gebunden".
    r"(?<=halten wir uns )|(?<=halten uns )|"
    r"(?:within|in|for|of|(?:no|not) later than|innerhalb von|innerhalb|binnen|innert|"
    r"délai de|sous|d'ici|w ciągu|en un plazo de|en el plazo de|no prazo de|dentro de|"
    r"entro|inom|inden for|תוך|geldig tot|"
    r"pendant|dans les|w terminie|(?:est |reste )?valable(?: pendant)?|"
    # "This offer expires seven days after the date of this letter"; not "options expire
    # 90 days after your employment ends".
    r"(?:offer|letter) (?:will )?(?:expires?|lapses?)|"
    # "válida por cinco días hábiles", "una vigencia de 7 días corridos", "em até 5 dias
    # úteis", "resta valida per 10 giorni", "Oferta jest ważna 7 dni".
    r"v[áa]lid[ao]s? (?:por|per)|vigencia de|em até|ważn[aey]|"
    r"w terminie)\s+(?:(?:the next|the|a|les|de|los|las|os|as)\s+)?)"
    rf"(?P<n>{_WORD_NUMBER})(?:\s*\(\d+\))?\s+"
    r"(?P<kind>business |working |calendar |Werk|Arbeits|werk)?"
    r"(?P<unit>days?|tage?n?|dagen|jours?|dni|weeks?|Wochen?|weken|semaines?|tygodni\w*|"
    r"tydzień|días|dias|hours|Stunden|heures|uur|giorni|dagar|dage|settimane|veckor|uger|ימים)"
    r"(?P<after>\s+lavorativi|\s+ouvrés|\s+ouvrables|\s+roboczych|\s+hábiles|"
    r"\s+laborables|\s+úteis)?\b",
    re.IGNORECASE,
)
_LETTER_DATE_PREFIX = re.compile(
    r"^(?:(?:date|dated|datum|sent|data|issued(?: on)?|issue date|date of issue|verzonden|"
    r"verstuurd|gesendet|envoyé|วันที่|tarikh|tanggal)\s*:?\s*|"
    # "Stockholm 2026-12-03": a town, then an ISO date with no comma between.
    r"[A-ZÄÖÜÅ][\w.-]*\s+(?=20\d\d-[01]\d-[0-3]\d\W*$)|"
    # "Göteborg den 18 november 2026": a Swedish town, "den", then the day.
    r"[A-ZÄÖÜÅ][\w.-]*\s+den\s+(?=[0-3]?\d\s)|"
    r"(?:le|den|am|dnia)\s+(?=\d)|"
    # "**Offer Letter** — 27 Nov 2026": the letter's heading, then its date.
    r"(?:offer letter|letter of offer|offer of employment)\s*[—–-]\s*|"
    # "Guadalajara, Jalisco, a 30 de noviembre de 2026": a town, its state, then "a".
    r"(?:[A-ZÁÉÍÓÚ][\w.-]*(?: [\w.-]+){0,2},\s*){1,2}a\s+(?=[0-3]?\d\s+de\s)|"
    r"[A-ZÁÉÍÓÚ][\w.-]*(?: [\w.-]+){0,2},\s*[A-Z][\w.-]*(?: [\w.-]+)?,\s*(?=[0-3]?\d\s+de\s)|"
    r"[A-ZÄÖÜŁŚŻ][\w.-]*(?: [\w.-]+){0,2},\s*"
    r"(?:(?:the|den|le|dnia|am)\s+)?|"
    # "חיפה, 26 בנובמבר 2026": Hebrew has no capitals to start a town with.
    r"[\u05d0-\u05ea][\w\"'-]*(?: [\w\"'-]+){0,2},\s*|"
    # "Αθήνα, 26 Νοεμβρίου 2026": a Greek town, in Greek capitals.
    r"[\u0386-\u03a9][\w.-]*(?: [\w.-]+){0,2},\s*|"
    # "東京、2026年11月30日": a Japanese town and the ideographic comma.
    r"[\u4e00-\u9fff\u3040-\u30ff]{1,8}[、,]\s*)",
    re.IGNORECASE,
)


_TIME_AFTER = re.compile(
    r"(?<=20\d\d),?\s+(?:at\s+|um\s+|à\s+|om\s+)?\d{1,2}[:.h]\d\d(?::\d\d)?(?:\s?[AP]M)?$", re.I
)


def _letter_date(all_sentences: list[str]) -> FoundDate | None:
    """The letter's own date: a line that is only a date (maybe after a town or "Date:"),
    above the salutation and not under another date's heading ("Start date" over "Monday
    11 January 2027" is when the job starts, not when the letter was written)."""
    from jobdesk.domain.letter_pairs import term_of_label

    for index, sentence in enumerate(all_sentences[:25]):
        if _GREETING.match(sentence):
            break  # a letter is dated above its "Dear …"
        if _ORIGINAL_MESSAGE.match(sentence) or _QUOTED_BELOW.match(sentence):
            break  # the quoted earlier message below a reply has its own date
        # "Bern, 23. November 2026: Wir bitten …": a second column beside the date.
        if len(sentence) > 60 and len(re.split(r"\t|\s{3,}|:\s", sentence.strip())[0]) > 60:
            continue
        above = all_sentences[index - 1] if index else ""
        if term_of_label(above.strip(" :*#")) in ("start", "deadline"):
            continue
        # "Ref: HR/2026/118    Date: 30/11/2026": the date at the end of a reference line.
        dated = re.search(r"\b(?:date|dated|datum)\s*:\s*(?P<d>.+)$", sentence, re.IGNORECASE)
        after_ref = dated and re.search(r"[\d/]\s*$", sentence[: dated.start()])
        tail = [dated["d"]] if dated and after_ref else []
        # "Amsterdam, 2 december 2026<tab>Pieter van Dam": a second column beside the date.
        column = re.split(r"\t|\s{3,}|:\s", sentence.strip())[0]  # cells become ": "
        if column != sentence.strip():
            tail += [column, _LETTER_DATE_PREFIX.sub("", column, count=1)]
        # "SSD/HR/2026/1147 30th November 2026": a reference number, then the date.
        # "GNT/HR/2026/OFR/0932<tab>30 November 2026": the two set in columns of one row.
        ref = re.match(r"(?:Ref\w*\.?:?\s*)?[A-Z][\w-]*(?:/[\w-]+)+:?\s+(?=\S)", sentence.strip())
        tail += [sentence.strip()[ref.end() :]] if ref else []
        for rest in (sentence, _LETTER_DATE_PREFIX.sub("", sentence, count=1), *tail):
            # "Verzonden: maandag 30 november 2026 14:12": the time it was sent after the day.
            rest = _TIME_AFTER.sub("", rest.strip(" .")).strip(" .,")
            # "Sent: Tue, Dec 1, 2026 at 8:51 PM": the day of the week before it too.
            rest = re.sub(r"^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,\s+", "", rest, flags=re.I)
            mentions = _dates(rest, None)
            if len(rest) > 60:
                continue
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
    # "Specjalista ds. Płac": Polish "ds." (in charge of) inside a title.
    # "Starszy Programista Java / Senior Java Developer": one title line in two languages.
    # "Directrice de l'Ingénierie", "Responsable d'Exploitation": a French elided article.
    r"(?:\s+(?:(?:[A-Z(]|[a-z](?=[A-Z])|[dl]['’](?=[A-ZÀ-Ý]))[\w/&+'’().-]*|"
    # Whole words only: not the "for" of "fortune" ("Gérant de fortune senior").
    r"(?:of|and|for|de|der|für)\b|&|ds\.|-|–|/(?=\s+[A-Z])|"
    r"I{1,3}|IV|\d+(?![\w,]|\.\d)))*)"
)
_TITLE_LABEL = re.compile(
    r"^(?:job title|position title|position|role|title|job|Stelle|Position|"
    r"Stellenbezeichnung|Funktion|Tätigkeit)\s*[:–-]\s*(?P<t>[^;]{2,80}?)\s*$",
    re.IGNORECASE,
)
# "Senior Software Engineer (clause 3.1)", "(§ 2 Abs. 1)", "(Art. 3)": where in the contract
# the title is set out, not part of it.
_CLAUSE_REFERENCE = re.compile(
    r"\s*\((?=§|(?:clause|cl|section|sec|art|article|artikel|Abs|para|paragraph|ziff|"
    r"ziffer|punt|point)\b\.?\s*\d)",
    re.IGNORECASE,
)
_CLAUSE_NUMBER = re.compile(r"\d{1,2}(?:\.\d{1,2})+\.?\s")
_FRENCH_STOP_WORDS = (
    r"(?:au|aux|à|chez|dans|pour|avec|sur|qui|que|et|ou|notre|nos|votre|vos|la|le|les|un|"
    r"une|ce|cette|ses|son|sa|statut|basée?|rattachée?)\b"
)
_TITLE_PHRASES = (
    re.compile(
        r"(?:(?:position|role|post|job|title) of|(?:position|role|job) as|"
        # "a permanent employment (tillsvidareanställning) as Machine Learning Engineer"
        r"employment(?: \([^)]{1,40}\))? as|(?:[Jj]e|[Uu]w|[Jj]ouw) functie (?:is|wordt)|"
        r"(?:job |your |official )?(?:title|designation) (?:will be|is|shall be)|"
        # "The role is Principal Solutions Architect, reporting to …"
        r"\b(?:[Tt]he|[Yy]our|[Tt]his) (?:role|position|post|job) (?:is|will be)|"
        # "Ihnen die außertarifliche Position Head of Controlling": an adjective between.
        r"Ihnen die (?:[a-zäöüß]+e\s+)?(?:Position|Stelle)|"
        r"appointment as|"
        # "en tillsvidareanställning som Systemutvecklare hos …": Swedish.
        r"\w*anställning som|(?:tjänsten|befattningen|rollen) som|"
        r"offer you (?:a |the )?(?:position|role)(?: of| as)?|appoint you as|hire you as|"
        r"join(?:ing)? (?:us|the team|our team|[A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,2}"
        r"(?:,? (?:Inc|Ltd|LLC|plc|GmbH|SAS|B\.V|Corp)\.?)?) as|"
        # "offer you employment with Fernhollow Retail Technology plc as Lead Engineer"
        r"employment with (?:[A-Z][\w&.-]*\s){1,5}(?:(?:Inc|Ltd|LLC|plc|GmbH|SAS|Corp)\.?\s)?as|"
        r"(?:will |to )?serve as|engaged as|"
        r"Position (?:als|des|der)|Stelle als|Tätigkeit als|in der Funktion(?: als| des| der)?|"
        # "einen Ausbildungsplatz im Ausbildungsberuf Industriemechaniker (m/w/d)"
        r"(?:im )?Ausbildungsberuf|Ausbildung (?:zum|zur)(?:/zur)?|"
        # Not "gelten als Probezeit", "sowohl … als auch": what counts as what.
        r"(?<!gelten )(?<!gilt )(?<!zählt )(?<!zählen )(?<!sowohl )(?<!mehr )(?<!eher )"
        r"(?P<als>als)|"
        r"functie(?: aan)? (?:van|als)|"
        # "een arbeidsovereenkomst voor de functie Senior Risk Analist binnen de afdeling …"
        r"(?<=de )functie(?= [A-Z])|"
        r"(?:au |le )?poste d[e'’]|la fonction d[e'’]|en (?:tant|qualité) que|"
        r"en qualité d[e'’]|na stanowisko|"
        # "na stanowisku:" over the title on its own line: a colon may come between.
        r"na stanowisku)(?::?\s+|(?<=['’]))"
        r"(?:an?\s+|the\s+|our\s+(?:new\s+)?|unser\w*\s+)?[“\"'‘]?" + _TITLE_WORDS
    ),
    re.compile(
        r"\b(?:offer(?:ing|ed)? you|for) (?:the|a|an|our) "
        + _TITLE_WORDS
        + r" (?:position|role|job)\b"
    ),
    re.compile(r"\bas (?:an?|our)\s+(?:new\s+)?[“\"'‘]?" + _TITLE_WORDS),
    # "ofrecerte el puesto de Líder Técnico de Backend en …", "no cargo de Engenheira de
    # Software Sênior, na tribo …", "con la qualifica di Ingegnere Firmware presso …": the
    # Spanish, Portuguese and Italian names of a post, then its capitalised title.
    re.compile(
        r"\b(?:(?:el|al|del) (?:puesto|cargo)|la posición|(?:o|no|ao|do) cargo|"
        r"(?:a|na) (?:função|posição)|la (?:qualifica|posizione|mansione)|il ruolo) "
        r"(?:de|di|da)\s+" + _TITLE_WORDS
    ),
    # "dass wir Sie für die Stelle Sachbearbeiterin (m/w/d) Geodaten ausgewählt haben": the
    # post's capitalised words up to the verb's lower case or the sentence's end.
    re.compile(
        r"\b(?:für|auf) die (?:Stelle|Position)\s+" + _TITLE_WORDS + r"(?=\s+[a-zäöü]|\s*[,.:]?$)"
    ),
    # "queremos sumarte a Ombú como Analista de Datos Semi Senior", "contratá-la como
    # Engenheira de Dados": the post after "como" once a verb of hiring has come before.
    re.compile(
        r"\b(?:sumar|incorporar|contratar|unir|integrar|tener|receber|ter)\w*(?:-\w+)?"
        r"\b[^.;:]{0,60}?\bcomo\s+" + _TITLE_WORDS
    ),
    # "offer you employment with Najd Energy Analytics Co. as Principal Data Scientist": the
    # employer's name between "employment" and "as".
    re.compile(r"\bemployment with (?:[A-Z][\w&.'’-]*\s+){1,6}as\s+(?:an?\s+)?" + _TITLE_WORDS),
    # "* Lead Data Engineer, reporting to Dev (Head of Data)": a recruiter's list item, the
    # role first and whom it reports to.
    re.compile(
        r"^(?=[^,]*\b(?:Engineer|Developer|Manager|Analyst|Designer|Scientist|Architect|"
        r"Consultant|Specialist|Director|Accountant)\b)"
        + _TITLE_WORDS
        + r"(?=,?\s+reporting (?:to|into)\b)"
    ),
    # "votre embauche au poste d'assistante comptable, en contrat …", "en qualité d'ingénieur
    # de recherche en développement logiciel (catégorie A)": French writes titles in lower
    # case; the words up to the punctuation or the next place or team.
    re.compile(
        r"\b(?:au poste|en qualité|aux fonctions) d(?:e\s+|['’])"
        r"(?P<t>[a-zà-ÿ][\w'’-]*(?:\s+(?:(?:de|en|des|du)\s+|d['’])?"
        rf"(?!{_FRENCH_STOP_WORDS})[a-zà-ÿ][\w'’-]*){{0,5}})"
        r"(?=\s*[,.;(]|\s+(?:au sein|à|au|dans|pour|chez|avec|sur)\b)"
    ),
)
_TITLE_TAIL = re.compile(r"(?:\s+(?:of|and|&|for|de|der|für|-|–|/))+$")
_GENDER_TAG = re.compile(r"\s*\((?:m|w|f|d|x|h)(?:/(?:m|w|f|d|x|h))+\)", re.IGNORECASE)

_PLACE = (
    r"(?P<l>[A-ZÄÖÜ][\w.'’-]*(?:[ -][A-ZÄÖÜ][\w.'’-]*)*"
    r"(?:,\s*[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*)?)?)"
)
_LOCATION_LABEL = re.compile(
    # "Host location: Seattle, WA": an assignment's or a transfer's place of work.
    r"^(?:work location|host location|location|office|place of work|work place|workplace|based in|"
    r"place of (?:posting|employment)|location of (?:work|employment)|duty station|"
    r"Arbeitsort|Dienstort|Standort|Einsatzort|"
    # "… (tres días en oficina). Lugar de trabajo: Guadalajara, Jalisco.": a label run on
    # after a sentence on its line.
    r"lugar de trabajo|local de trabalho|sede di lavoro|miejsce pracy|lieu de travail|"
    r"duty location)\s*[:–-]\s*(?P<l>[^;]{2,60}?)\s*\.?$",
    re.IGNORECASE,
)
_LOCATION_PHRASES = (
    re.compile(
        r"(?:based (?:in|at|out of)(?: its| their)?|located (?:in|at)|"
        r"work(?:ing)? (?:from|at|in|out of)|"
        # "Location will be Bengaluru (HSR Layout office)": a sentence's first word too.
        r"(?:[Pp]lace of work|[Ww]ork location|[Ll]ocation) (?:will be|is)(?: at| in)?(?: our)?|"
        # "Placeringsort är vårt kontor i Göteborg": Swedish.
        r"\b(?:Placeringsort|Arbetsort|Tjänstgöringsort) är(?: vårt (?:huvud)?kontor i)?|"
        r"(?:office|offices|headquarters|HQ|site|campus|lab|laboratory|studio|hub|facility|"
        r"plant|centre|center|branch|warehouse|clinic|store|shop|workshop) (?:in|at)|"
        r"from our|at our|in our|"
        # "On completion of training, you will be posted to our Chennai Development Centre"
        r"\bposted (?:to|at) our|"
        # "After orientation you report to our Columbus, Ohio office": where one works.
        r"\breport to our"
        r"(?=\s+[A-Z][\w'’-]*(?:,?\s[A-Z][\w'’-]*){0,2}\s+(?:office|studio|site|plant))|"
        # "we're in the Manchester studio in Ancoats": "the" before a town's own site.
        r"\bin the(?=\s+[A-Z][\w-]*(?:\s[A-Z][\w-]*)?\s+(?:office|studio|campus|hub)\b)|"
        # "- Büro Hamburg-Altona, zwei Tage die Woche remote": a list's office, then its town.
        r"^(?:Büro|Standort|Office)(?=\s+[A-ZÄÖÜ])|"
        # "• standplaats Utrecht (Stationsplein), 2-3 dagen op kantoor": a list's item.
        r"^•?\s*[Ss]tandplaats(?=\s+[A-Z])|"
        # "in our Test Engineering team at Pune (Hinjewadi campus)": where the team sits.
        r"(?:team|group|department|squad) (?:at|in|based in)|"
        r"out of our|(?:Arbeitsort|Dienstort|Einsatzort|Arbeitsplatz|Dienstsitz) (?:ist|wird)|"
        r"in unserem Büro in|in unserer? \w+ in|"
        r"lieu de travail est fixé (?:à|au)|(?:poste|emploi) (?:est |sera )?situé (?:à|au)|"
        r"gestationeerd (?:in|te)|standplaats (?:is|wordt|zal zijn)|werkplek (?:is|wordt)|"
        # "Je werkt vanuit ons pand aan de Industrieweg in Zwolle"
        # "Je werkplek is ons kantoor op Strijp-S in Eindhoven": a site's quarter, then its town.
        r"(?:werk\w*|vanuit) (?:is |wordt )?(?:vanuit )?(?:ons|onze) "
        r"(?:pand|kantoor|bedrijf|gebouw|vestiging)"
        r"(?: (?:aan|op) (?:de |het )?[\w -]{2,30}?)? (?:in|te)|"
        r"[Mm]iejscem (?:wykonywania )?pracy (?:jest|będzie)|"
        r"am Standort|"
        r"(?:place of (?:posting|employment)|base location) (?:will be|is|shall be)|"
        # "your base office is Bristol (Temple Quay)": the office the job belongs to.
        r"(?:base|home|main|contractual) office (?:will be|is|shall be)|"
        r"(?:an |am )?(?:unserem |unserer )?Standort|standplaats is|"
        r"(?:dans |dans nos |nos )?locaux (?:de|à)|(?:notre |du |au )site (?:de|d'|à)|"
        r"(?:nos |des )?bureaux de|"
        # "à notre studio du Mile-End à Montréal": a site in a quarter, then its town.
        r"(?:kantoor|Büro|bureau|bureaux|office|[Cc]ampus|vestiging|locatie|studio)"
        r"(?: (?:aan|du|de la|des) [\w'’ -]{2,30}?)? (?:in|à|te)|"
        r"in unser(?:em|er)(?=\s+(?:Werk|Niederlassung|Filiale|Standort))|"
        r"lieu de travail (?:sera|est)(?: situé)?(?: à| au)?|basé(?:e)? à|"
        # "au sein de notre établissement de Toulouse-Blagnac", "mit Arbeitsort Frankfurt"
        r"notre établissement (?:de|d['’]|à)|mit Arbeitsort|"
        # "Vous serez rattachée à notre agence de Lyon (Part-Dieu)": the branch one belongs to.
        r"rattachée? (?:à|au)(?=\s+(?:notre|nos) (?:agence|établissement|site|bureau)))\s+"
        r"(?:the\s+)?(?:offices? in\s+)?"
        # "will be the Company's London office": the employer's own name for itself first.
        r"(?:(?:[Tt]he\s+)?(?:Company|Firm|Bank|Group|Trust|Practice|Employer)['’]s\s+)?"
        # "Ihr Arbeitsort ist unsere Niederlassung Leipzig", "sera notre succursale de
        # Lausanne": the branch's town.
        # "sera notre établissement de Lyon", "will be our Bengaluru Development Centre".
        r"(?:(?:unser\w*|notre|onze|our)\s+)?(?:(?:Werk|Niederlassung|Filiale|Standort|"
        r"succursale|agence|vestiging|établissement|cabinet|atelier|boutique|magasin|"
        r"laboratoire)\s+(?:de\s+|d['’]|in\s+)?|"
        r"(?:Büro|Studio|bureau|kantoor|office|Hauptsitz|siège)\s+(?:in|à|te|am|de)\s+)?" + _PLACE
    ),
    # "Votre lieu de travail sera le campus de la Doua, bâtiment Nautibus, à Villeurbanne":
    # the site and its building, then the town after "à"; "no nosso escritório de São Paulo
    # (Faria Lima)", "en nuestra oficina de Bogotá": a Portuguese or Spanish office's town.
    re.compile(
        r"(?:lieu de travail (?:sera|est)\b[^.;:]{0,80}?,\s+à\s+(?=[A-ZÉ])|"
        # "au sein de notre desk Private Banking à Genève": the unit one joins, then its town.
        r"\bau sein d(?:e notre|e nos|e la|e l['’]|u|es)\s[^.;:,]{2,50}?\sà\s+(?=[A-ZÉ])|"
        r"\b(?:n[oa]|em) (?:nosso|nossa) (?:escritório|hub|unidade|polo) (?:de|em)\s+|"
        r"\ben (?:nuestr[oa]s?) (?:oficinas?|centro) (?:de|en)\s+(?=[A-ZÁÉÍÓÚ]))" + _PLACE
    ),
    # "Toronto office, hybrid": a recap's line that opens with the office by its town.
    re.compile(r"^" + _PLACE + r"(?=\s+(?:office|HQ|headquarters|campus|studio|hub)\b)"),
    # "…, start 1 March 2027, Eindhoven (High Tech Campus), 27 vacation days": a list's
    # town with its site in brackets.
    re.compile(
        r"(?:^|(?<=,\s))"
        + _PLACE
        + r"(?=\s\([^()]{0,30}\b(?:[Cc]ampus|[Oo]ffice|HQ|[Ss]ite|[Hh]ub|[Ss]tudio)\))"
    ),
)
# What follows a name that is a team, not a place ("in our Pricing team").
_NOT_A_PLACE_AFTER = re.compile(
    r"\s*(?:team|group|practice|department|division|unit|organi[sz]ation|function|squad|"
    r"tribe|business|line|Abteilung|Bereich|équipe|afdeling|dział|program|programme)\b",
    re.IGNORECASE,
)
_TEAM_AT = re.compile(r"(?:team|group|department|squad) (?:at|in|based in)\b")
# "Your station of work will be our head office in …": the head office is the job's place.
_WORK_HERE = re.compile(
    r"\b(?:station|place|location) of work\b|\bwork ?(?:place|location)\b|"
    r"\byou will (?:work|be based)\b",
    re.IGNORECASE,
)
_COMMA_TOWN = re.compile(
    r",\s+(?P<l>[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?)"
    r"(?=\s*(?:$|[,.;(]|[–—-]\s|(?:in|on|at|with|from|and)\b))"
)
_HEAD_OFFICE = re.compile(
    r"\b(?:head|registered) office\s+(?:is\s+)?(?:in|at)\s+(?:the\s+)?$", re.IGNORECASE
)
# "eligible to work in …"; "your manager, who is based in our Amsterdam office": someone
# else's place, not the job's.
_NOT_A_PLACE_BEFORE = re.compile(
    # "The Bank may transfer you to any of its offices in India": where you may be sent
    # later, not where the job is.
    r"\b(?:transfer\w*|relocat\w*|post|second\w*|move)\s+you\s+to\s+(?:any\s+(?:of\s+)?)?"
    r"(?:its|our|their|the)?\s*$|"
    # "you may be deputed to our client's site in Eindhoven": a later posting, maybe.
    r"\b(?:may|might|could|can)\s+(?:later\s+)?be\s+(?:deputed|seconded|transferred|posted|"
    r"assigned|sent|relocated)\b[^.;]*$|"
    # "One of your rotations may be based in our Minneapolis, MN office": a second site.
    r"\b(?:may|might|could)\s+(?:also\s+|later\s+)?be\s+(?:(?:based|located)\b[^.;]*)?$|"
    # "Some client work may involve the odd day at our client's offices in Leeds": a visit.
    r"\b(?:may|might|could|can)\s+(?:also\s+|occasionally\s+)?(?:involve|include|require)\b"
    r"[^.;]*$|\bclient['’]s\s+(?:offices?|sites?|premises)\s+(?:in|at)\s*$|"
    # "you will spend your first two weeks at our San Francisco headquarters": a stay
    # before the work starts where it is, not the place of work.
    r"\b(?:first|initial)\s+(?:two|three|four|five|six|\d+|few)\s+(?:days|weeks|months)\b"
    r"(?:\s+(?:at|in|from))?(?:\s+(?:our|the))?\s*$|"
    # "The first week is orientation at our corporate headquarters in Charlotte", "10 weeks
    # at our Mysuru Learning Campus" under a training's label: where one is trained first.
    r"\b(?:orientation|induction|onboarding|training|foundation programme|bootcamp|"
    r"Einarbeitung|formation initiale|inwerkperiode)\b[^.;,]{0,40}$|"
    r"^(?:Foundation|Induction|Training|Onboarding) (?:programme|program|period|phase)?\s*:[^.;]*$|"
    r"(?:(?:right|eligib\w*|authori[sz]\w*|permit\w*|entitle\w*|permission|leave)\s+to|"
    r"\bwho\s+(?:is|are|was|will be)(?:\s+(?:based|located|working))?)\s+$",
    re.I,
)
# A site named after its town ("Cambridge Science Park laboratories"): the town.
_SITE = re.compile(
    r"\s+(?:(?:Science|Business|Technology|Tech|Research|Industrial) Park|Campus|campus|"
    # "Leeds distribution centre": the town, then the kind of site.
    r"(?:[Dd]istribution|[Ff]ulfil\w*|[Ll]ogistics|[Ss]orting|[Cc]ontact|[Cc]all|[Dd]ata) "
    r"(?:[Cc]entre|[Cc]enter)|works|depot|"
    r"laborator\w*|Laborator\w*|offices?|Office|HQ|headquarters|site|studio|hub|centre|"
    r"center|building|plant|warehouse|branch|kantoor|Büro|bureaux?)\b.*$"
)
_COUNTRIES = (
    "United States|United Kingdom|UK|US|USA|U\\.S\\.|India|Germany|Canada|France|"
    "Netherlands|Poland|Switzerland|Singapore|Ireland|Spain|Italy|Australia|Austria|"
    "Belgium|Sweden|Portugal|Mexico|Brazil|Japan|EU|European Union|Europe|"
    "New Zealand|South Africa|United Arab Emirates|UAE|Israel|Denmark|Norway|Finland|"
    "Luxembourg|Czech Republic|Czechia|Romania|Greece|Hungary|Estonia|Malaysia|Philippines|"
    "Indonesia|Argentina|Chile|Colombia|Kenya|Nigeria"
)
_REMOTE_IN = re.compile(
    # "open to residents of Canada": where the remote work may be done.
    rf"\b(?:in|from|within|residents? of)\s+(?:any(?:where in)?\s+)?(?:the\s+)?"
    rf"(?P<c>{_COUNTRIES})(?!\w)"
)
_NOT_PLACES = frozenset(
    {"The", "Our", "This", "Your", "We", "I", "Please", "Team", "Company", "Office", "Offices"}
)
_REMOTE = re.compile(
    r"\b(?:(?:vollständig|komplett|ausschließlich|volledig|entièrement) remote|fully remote|"
    r"remote[- ]first|100% remote|work remotely|remote (?:position|role)|"
    r"position is remote|role is remote|remote basis|based remotely|working remotely|"
    r"remote(?:ly)? (?:from )?anywhere)\b",
    re.IGNORECASE,
)


# The rest of a title a label's line broke off: one to three plain capitalised words.
_WORDS_ON = re.compile(r"(?: [A-ZÄÖÜÉ][\w'’-]*){1,3}")


def _title(all_sentences: list[str], text: str = "", *, labels: bool = True) -> Found[str] | None:
    """The title under its label, else as a sentence tells it (only that without `labels`)."""
    from jobdesk.domain.letter_pairs import SIGNED_BY

    for index, sentence in enumerate(all_sentences if labels else ()):
        if any(SIGNED_BY.match(s) for s in all_sentences[max(0, index - 3) : index]):
            continue  # "By: /s/ …" over "Title: Chief Financial Officer": the signer's title
        m = _TITLE_LABEL.match(sentence)
        # "Position – overview": a section's heading after a dash, not a title.
        heading = m is not None and ":" not in sentence[: m.start("t")] and m["t"][:1].islower()
        # "3. Position" over "3.1 You are employed as …": a numbered clause under a heading,
        # not a title under its label (the clause's sentence names the title, read below).
        heading = heading or (m is not None and _CLAUSE_NUMBER.match(m["t"]) is not None)
        if m and not _HONORIFIC.match(m.group("t")) and not heading:
            return Found(_tidy_title(m.group("t")), sentence, confidence=PAIR_CONFIDENCE)
    return next(_told_titles(all_sentences, text), None)


def _told_titles(all_sentences: list[str], text: str) -> Iterator[Found[str]]:
    """Each title the letter's sentences name, in the order of the phrases that name one."""
    for pattern in _TITLE_PHRASES:
        for index, sentence in enumerate(all_sentences):
            # A heading run into the salutation below it ("… als Projektleiterin
            # Stellwerkstechnik Sehr geehrte Frau Gerber"): the greeting is no part of it.
            said = _SALUTATION.sub("", sentence)
            m = pattern.search(said)
            if m:
                if _LICENCE_BEFORE.search(said[: m.start("t")]):
                    continue  # "is licensed … as a Major Payment Institution": the firm's status
                if _EMPLOYEE_AFTER.match(said, m.end("t")):
                    continue  # "as a KeyStaff W-2 employee": whose employee, not the job
                raw = m.group("t")
                if re.search(r"\s(?:de|des|du)$", raw) and (
                    on := _french_title_on(said, m.end("t"))
                ):
                    raw += on.group(0)  # "Chef de projet e-commerce": not "Chef"
                elif m.group(0).startswith("functie") and (
                    on := _DUTCH_TITLE_ON.match(said, m.end("t"))
                ):
                    raw += on.group(0)  # "Teamleider klantenservice": Dutch goes on in lower case
                elif _FRENCH_CUE.search(m.group(0)) and (
                    on := _FRENCH_ELIDED.match(said, m.end("t"))
                ):
                    raw += on.group(0)  # "Chargée d'études hydrauliques": "de" elided
                elif _FRENCH_CUE.search(m.group(0)) and (on := _french_title_on(said, m.end("t"))):
                    raw += on.group(0)  # "Ingénieure qualité senior": French too, after the noun
                title = _without_other_column(_tidy_title(raw), text)
                subject = _ACADEMIC_SUBJECT.match(said, m.end("t"))
                if subject and is_town(subject.group(0)[4:].split(" (")[0]):
                    subject = None  # "Research Associate in Cambridge": where, not what
                if subject and _ACADEMIC_RANK.search(title):
                    title += subject.group(0)  # "Lecturer in Nursing (Adult)": one post
                if m.groupdict().get("als") and not _PERSON_NOUN.search(title):
                    continue  # "als Freizeitausgleich gewährt": what something counts as
                short = _ROLE_ABBREVIATION.match(said, m.start("t") + len(raw))
                if short and title.endswith(raw.strip(" .,;:")) and short["ab"] not in title:
                    title += f" ({short['ab']})"  # "Directrice technique (CTO)": one name
                title = _without_employer(title, text)
                if title and title.split()[0] not in _NOT_PLACES:
                    following = all_sentences[index + 1 : index + 2]
                    title += _title_wrapped_on(sentence, m, following, text)
                    yield Found(title, sentence, confidence=SENTENCE_CONFIDENCE)
    for sentence, below in pairwise(all_sentences):
        # "… ofertę zatrudnienia na stanowisku:" over "Główny Inżynier / Principal Engineer":
        # the title on the line under a sentence that ends by naming it.
        if _TITLE_BELOW.search(sentence) and (line := re.fullmatch(_TITLE_WORDS, below)):
            named = _tidy_title(line.group("t"))
            if named and _ROLE_WORD.search(named):
                yield Found(named, f"{sentence} {below}", confidence=SENTENCE_CONFIDENCE)
    for sentence, below in pairwise(all_sentences):
        # "une nomination en qualité de :" over "Ingénieure de recherche – ingénierie des
        # données (H/F)", "Sie für die Stelle" over "Softwareentwicklerin / … (m/w/d) …": a
        # post's whole name set on a line of its own, in its own case, under the words that
        # name it.
        if (
            _POST_NAMED_BELOW.search(sentence)
            and _POST_LINE.fullmatch(below)
            and (_ROLE_WORD.search(below) or _ROLE_OR_GENDER.search(below))
        ):
            yield Found(_tidy_title(below), f"{sentence} {below}", confidence=SENTENCE_CONFIDENCE)


# "Directrice technique (CTO)", "Head of Platform (VP)": the role's own abbreviation in
# brackets after it is part of its name (a settled convention), unlike a team or a town.
_ROLE_ABBREVIATION = re.compile(r"\s*\((?P<ab>C[A-Z]{1,3}O|[SE]?VP|GM)\)")
# "Chief Technology Officer of Quarrystone Analytics, Inc.": "of" and the employer's name
# say whose officer, not what the post is.
_OF_EMPLOYER = re.compile(r"\s+of\s+(?P<name>[A-Z][\w&'’-]*(?:\s[A-Z][\w&'’-]*){0,3})$")


def _without_employer(title: str, text: str) -> str:
    m = _OF_EMPLOYER.search(title)
    if m and re.search(rf"\b{re.escape(m['name'])},?{_EMPLOYER_FORMS}", text):
        return title[: m.start()]
    return title


_POST_NAMED_BELOW = re.compile(
    r"\b(?:en qualité|au poste|aux fonctions) d(?:e|['’])\s*:$|"
    r"\b(?:für|auf) die (?:Stelle|Position)$",
    re.IGNORECASE,
)
_POST_LINE = re.compile(r"[A-ZÄÖÜÉ][^:;.!?]{2,90}")
# A role's word inside a German compound ("Softwareentwicklerin") or a gender tag.
_ROLE_OR_GENDER = re.compile(
    r"entwickler|ingenieur|ingénieu|referent|berater|\((?:m/w/d|w/m/d|m/f/d|h/f|f/h)\)", re.I
)


_EMPLOYEE_AFTER = re.compile(r"\s+(?:employee|worker|contractor|member|staff|hire)s?\b")
# "Meranti Payments is licensed by the Monetary Authority of Singapore as a Major Payment
# Institution", "authorised and regulated by the FCA as an …": what the company is.
_LICENCE_BEFORE = re.compile(
    r"\b(?:licen[cs]ed|regulated|authori[sz]ed|registered|incorporated|recogni[sz]ed|"
    r"accredited|supervised|designated)\b[^.;]{0,80}?\bas\s+(?:an?\s+|the\s+)?[“\"'‘]?$",
    re.IGNORECASE,
)
_TITLE_BELOW = re.compile(
    r"\b(?:position|role|post|job title|stanowisku|poste|Position|Stelle|functie|rol)"
    r"(?:\s+(?:of|as|de|als|van))?\s*:$|"
    # "Wir würden Sie sehr gerne als" over "Product Owner Tracking-Plattform": the person
    # asked to join, then "als"/"as" ending the line.
    r"\b(?:Sie|dich|euch|je|jou|u|you)\b(?:\s+[\w’']+){0,4}\s+(?:als|as)$|"
    # "… freuen wir uns, Ihnen hiermit eine Tätigkeit als" over "Werkstudent (m/w/d) Data
    # Engineering" set on a line of its own.
    r"\b(?:Tätigkeit|Anstellung|Beschäftigung|Position|Stelle|Funktion|employment|position|"
    r"role|post)\s+(?:als|as|of)$|"
    # "quick recap of our call so you have it in writing:" over "Staff Software Developer":
    # a recap's first line names the role.
    r"\b(?:recap|summary)\b[^:]{0,60}:$",
    re.IGNORECASE,
)


# "Lecturer in Nursing (Adult)", "Professor of Law": an academic post names its subject.
_ACADEMIC_RANK = re.compile(
    r"\b(?:Lecturer|Senior Lecturer|Professor|Reader|Fellow|Tutor|Teacher|Instructor|"
    # "Research Associate in Computational Hydrology": a research post names its field.
    r"Research (?:Associate|Assistant|Scientist|Engineer)|Postdoctoral (?:Researcher|Associate))$"
)
_ACADEMIC_SUBJECT = re.compile(
    r" in (?!the\b)[A-Z][\w'’-]*(?: (?:and|&|[A-Z][\w'’-]*))*(?: \([A-Z][^()]{1,30}\))?"
)


# A German "als" names a role when a word in it names a person or a lead ("als
# Projektleiterin", "als Teamleitung Logistik", "als Senior Developer"), not a thing
# ("als Einmalzahlung", "als Probezeit").
_PERSON_NOUN = re.compile(
    r"\w(?:er|erin|in|eur|euse|ist|istin|ent|entin|ant|antin|or|orin|ling|leitung|ager|"
    r"ee|ate|iker|ikerin)\b|\b(?:Lead|Head|Chief|Intern|Trainee|Werkstudent\w*)\b"
    r"|\((?:m|w|d)/"
)


def _without_other_column(title: str, text: str) -> str:
    """A title whose first words are another column's line ("offer you the position
    [gap] Aaron Feldman" over "of Senior Manager, …" in a two-column letter): the words
    after a wide gap that end their line belong to the signature beside the sentence."""
    words = title.split()
    for count in range(1, min(4, len(words) - 1) + 1):
        head = " ".join(words[:count])
        if re.search(r"[ \t]{3,}" + re.escape(head) + r"[ \t]*\r?\n", text):
            rest = re.sub(r"^(?:of|as)\s+", "", " ".join(words[count:]))
            return rest if rest != " ".join(words[count:]) else title
    return title


_TITLE_LINE = re.compile(r"[A-ZÄÖÜÉ][\w'’-]*(?: [A-ZÄÖÜÉ][\w'’-]*){0,3}")


def _title_wrapped_on(sentence: str, m: re.Match[str], following: list[str], text: str) -> str:
    """A heading line that ends with the title and has no stop ("Engagement en qualité de
    Analyste" over "Conformité Senior" in a narrow column): its next line, if it is only a
    few capitalised words on the very next line (no blank line between, which a name or
    a salutation would have), is the rest of the title."""
    if m.end("t") < len(sentence.rstrip()) or not following:
        return ""
    last = m.group("t").split()[-1]
    head = _WRAPPED_HEAD.match(following[0])
    if head and not _ROLE_WORD.search(m.group("t")) and _ROLE_WORD.search(head.group(0)):
        # "… for the position of Staff" over a page's gap and "Data Engineer in the Grid
        # Telemetry department.": the title's rank, then its role word further down.
        return f" {head.group(0)}"
    # "… the role of Senior Product Manager, Merchant" over "Onboarding, reporting to our VP
    # Product": the title's last word wrapped, then the sentence going on in lower case.
    lead = _WRAPPED_LEAD.match(following[0])
    if lead and not _GREETING.match(following[0]):
        next_line = rf"{re.escape(last)}[ \t]*\r?\n[ \t]*{re.escape(lead.group(0))},"
        return f" {lead.group(0)}" if re.search(next_line, text) else ""
    if not _TITLE_LINE.fullmatch(following[0]) or _GREETING.match(following[0]):
        return ""  # not "Liebe Frau Hürlimann" under the heading: the letter's salutation
    next_line = rf"{re.escape(last)}[ \t]*\r?\n[ \t]*{re.escape(following[0])}[ \t]*\r?\n"
    return f" {following[0]}" if re.search(next_line, text) else ""


_WRAPPED_HEAD = re.compile(r"(?:[A-Z][\w&'’-]*\s){0,3}[A-Z][\w&'’-]*(?=,?\s+[a-z])")
_WRAPPED_LEAD = re.compile(
    r"[A-Z][\w&'’-]*(?: [A-Z][\w&'’-]*)?(?=,\s+(?:reporting|based|working|starting|effective|"
    r"located|in|at|with|on|within|who|which|and)\b)"
)


# Contract terms written after a title are not part of it: "(W-2, 12-month term)",
# ", permanent, full-time", " – fixed-term", " on a fixed-term contract".
_CONTRACT_WORDS = (
    r"(?:W-?2|1099|C2C|contract(?:or)?|(?:\d+|twelve|six)[- ]months?|term|permanent|"
    r"full[- ]?time|part[- ]?time|fixed[- ]term|temporary|temp|extendable|renewable|"
    # "Assistant Professor of Hydrology (tenure-track)": the appointment's track.
    r"(?:non[- ])?tenure[- ]track|tenured|"
    r"exempt|non-exempt|hourly|salaried|FTE|befristet|unbefristet|Vollzeit|Teilzeit|"
    r"CDI|CDD|temps (?:plein|partiel)|vast|tijdelijk|(?:on)?bepaalde tijd|voltijds?|"
    # "Chargé(e) de communication digitale (alternance)": a work-study contract.
    r"alternance|contrat d['’]apprentissage|contrat de professionnalisation|"
    r"deeltijds?|umowa|pełny etat|pełen etat|"
    # Hours in brackets: "(32 uur)", "(30 hours a week)", "(80 %)".
    r"\d+\s*(?:uur|hours?|hrs|Stunden|Std|heures|godzin)|\d+(?=\s?%)|"
    # A pay grade or scale in brackets: "(Band C)", "(Entgeltgruppe 11)", "(FWG 55)",
    # " – classe 4". Not "(Level 2)": a level is part of the title people use
    # ("Mortgage Underwriter (Level 2)"), as the letters' writers keep it.
    r"grade|band|(?:pay )?scale|tier|Stufe|Niveau|Entgeltgruppe|Tarifgruppe|Gehaltsgruppe|"
    r"Lohnklasse|"
    r"Verwendungsgruppe|Beschäftigungsgruppe|schaal|salarisschaal|trede|FWG|functiegroep|"
    r"functieschaal|loongroep|classe|catégorie|coefficient|indice|grupa zaszeregowania|"
    r"job code|[LPE]\d|IC\d|"
    # A hire's career stage in brackets ("(New Grad)", "(Entry Level)"): a level, as "(L4)".
    r"new[- ]grad(?:uate)?|(?:university|college|campus)[- ](?:grad(?:uate)?|hire)|"
    r"entry[- ]level|early[- ]career|"
    # A French employee's status ("(statut cadre)", "(non-cadre)", "(ETAM)"): not the post.
    r"statut|cadre|non-cadre|ETAM|"
    # A level by the role's initials and a numeral ("(SRE II)", "(SWE III)"), as "(L4)".
    r"(?-i:[A-Z]{2,4}\s(?:I{1,3}|IV|V)))"
)
_CONTRACT_TAIL = re.compile(
    rf"\s*(?:\((?=[^)]*\b{_CONTRACT_WORDS}\b)|"
    rf",\s*(?=(?:on\s+an?\s+|en\s+|sous\s+|im\s+)?{_CONTRACT_WORDS}\b)|"
    rf"\s[–—-]\s*(?={_CONTRACT_WORDS}\b)|"
    rf"\s+on\s+an?\s+(?=(?:[\w-]+\s+){{0,3}}?(?:contract|basis|agreement)\b)).*$",
    re.IGNORECASE,
)


def _without_contract_terms(text: str) -> str:
    return _TEAM_TAIL.sub("", _CONTRACT_TAIL.sub("", text))


# "Senior Backend Engineer, Team Payments": the team the post sits in, not its name.
_TEAM_TAIL = re.compile(
    r",\s*(?:Team|Squad|Tribe|Chapter|Équipe|équipe|Bereich|Abteilung|Afdeling)\b.*$"
)
# A French title goes on in lower case after "de" ("Chef de projet e-commerce", "Responsable
# de rayon frais"), up to a comma, a determiner or a word that starts what follows.
_FRENCH_STOP = (
    r"(?:au|aux|à|chez|dans|pour|avec|en|sur|qui|que|et|ou|de|des|du|d|notre|nos|votre|"
    r"vos|la|le|les|l|un|une|ce|cette|ses|son|sa|statut|basée?|rattachée?|à compter)\b"
)
# The French ways of naming a post ("le poste de", "en qualité de", "en tant que").
_FRENCH_CUE = re.compile(r"poste d|qualité d|tant que|fonctions? d", re.IGNORECASE)
_FRENCH_TITLE_ON = re.compile(
    rf"\s+(?!{_FRENCH_STOP})[a-zà-ÿ][\w'’-]*(?:\s+(?!{_FRENCH_STOP})[a-zà-ÿ][\w'’-]*){{0,2}}"
    # "Ingénieur calcul de structures H/F": a complement after "de" with no article (not "de
    # la société"), and the gender marker the post line carries.
    rf"(?:\s+(?:de|des|du)\s+(?!{_FRENCH_STOP})[a-zà-ÿ][\w'’-]*)?(?:\s+[HF]/[FH]\b)?"
    # "Développeur mobile Flutter, en CDI": a tool's name closes the title before its comma.
    r"(?:\s+[A-Z][\w+#.-]*[\w+#](?=\s*[,;]|\.\s|\.?$))?"
)


def _french_title_on(said: str, at: int) -> re.Match[str] | None:
    """The lower-case words a French title goes on with, and a tool's name that closes it;
    not a town that closes it ("Chef de projet Lyon": the place, said after the title)."""
    on = _FRENCH_TITLE_ON.match(said, at)
    if on and (last := re.search(r"\s([A-Z][\w+#.-]*)$", on.group(0))) and is_town(last[1]):
        return _FRENCH_TITLE_ON.match(said[: at + last.start()], at)
    return on


# "Chargée d'études hydrauliques", "Responsable d'exploitation": the complement after an
# elided "de", and the lower-case word that may follow it.
_FRENCH_ELIDED = re.compile(
    rf"\s+d['’][a-zà-ÿ][\w-]*(?:\s+(?!{_FRENCH_STOP})[a-zà-ÿ][\w'’-]*)?(?:\s+[HF]/[FH]\b)?"
)


_DUTCH_STOP = (
    r"(?:aan|bij|per|in|met|binnen|op|voor|te|vanaf|en|of|als|de|het|een|onze?|uw|je|jouw|"
    r"die|dat|welke|vanuit|na|tot|om|over|onder|naar|zijn|is|wordt|worden|ingaande|graag|"
    r"waarin|waarbij|voltijd|deeltijd|fulltime|parttime)\b"
)
_DUTCH_TITLE_ON = re.compile(
    rf"\s+(?!{_DUTCH_STOP})[a-zà-ÿ][\w'’-]*(?:\s+(?!{_DUTCH_STOP})[a-zà-ÿ][\w'’-]*){{0,2}}"
)


def _tidy_title(text: str) -> str:
    # "ML Infrastructure Engineer (100 %)" read up to "(100": an open bracket of figures
    # (a share of full time) is not part of the title.
    text = re.sub(r"\s*\([\d\s.,%]*$", "", text)
    text = _without_contract_terms(text)
    text = re.split(r"\s+[–—-]\s+(?:Kennziffer|Ref|Req|Requisition|Job ID)\b", text)[0]
    text = re.split(r"\s*\((?:Kennziffer|Ref|Req|Requisition|Job|ID)\b", text)[0]
    text = _CLAUSE_REFERENCE.split(text)[0]
    text = _GENDER_TAG.sub("", text).strip(" .,;:“”\"'‘’")
    text = re.split(
        r"\s+(?:at|with|in|on|reporting|based|within|starting|effective|binnen|bij|bei|im|"
        r"chez|au sein|dans|w|we)\s",
        text,
    )[0]
    text = _TITLE_TAIL.sub("", text)
    text = _DUTCH_VERB_TAIL.sub("", text)
    text = _GRADE_OR_DEPARTMENT.sub("", text)
    return _without_place(text.strip(" .,;:"))


# "… de functie van Teamleider Klantenservice aanbieden": the Dutch verb after its object.
_DUTCH_VERB_TAIL = re.compile(
    r"\s+(?:(?:graag\s+)?aan(?:\s+te)?\s*bieden|(?:te\s+)?bevestigen|aan\s+te\s+nemen)$"
)
# "Dear Ben,", "Monsieur,": not "Monsieur Karim Belkacem", the address above it.
_GREETING = re.compile(
    r"(?:Sehr geehrte|Liebe|Lieber|Dear|Hello|Hi|Chère|Cher|Bonjour|Geachte|Beste|Szanown|"
    r"Dzień dobry|Hallo|Guten Tag)\b|(?:Madame|Monsieur|Madame, Monsieur)\s*,"
)
_HONORIFIC = re.compile(
    r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Herr|Frau|M|Mme|Mlle|Mevrouw|Meneer|Dhr|Mw|Pan|Pani)"
    r"(?:\.|\b)(?:\s|$)"
)
_SALUTATION = re.compile(
    r"\s+(?:Sehr geehrte|Liebe|Lieber|Dear|Hello|Hi|Madame|Monsieur|Chère|Cher|Bonjour|"
    r"Geachte|Beste|Szanown|Dzień dobry|Hallo|Guten Tag)\b.*$"
)


_SITE_AFTER = re.compile(
    # "our Hyderabad design centre", "our Leeds regional office": its kind may come first.
    # "our Pune (Hinjewadi Phase 2) office": its district in brackets before it.
    r"(?:\s+\([^()]{2,40}\))?"
    r"\s+(?:(?:design|development|engineering|regional|technology|delivery|service|main|"
    r"innovation|research|operations|support|sales|branch)\s+)?(?:office|offices|HQ|headquarters|campus|site|studio|lab\w*|hub|centre|center|"
    r"Büro|kantoor|bureaux?|main|works|plant|factory|mill|depot|warehouse|"
    r"distribution cent(?:re|er))\b"
)
_STRONG_PLACE = re.compile(
    r"based|located|place of|location|Standort|standplaats|Arbeitsort|Dienstort|lieu de|basé|"
    r"Einsatzort|Arbeitsplatz|Dienstsitz|situé|gestationeerd|werkplek|miejscem|"
    r"office|Büro|kantoor|bureau|locaux|lab|studio|hub|site|campus|headquarters|HQ|Werk|"
    r"Niederlassung|Filiale|succursale|agence|vestiging|établissement|escritório|oficinas?|"
    r"Placeringsort|Arbetsort|Tjänstgöringsort|kontor",
    re.IGNORECASE,
)


_TRAINING_SITE = re.compile(
    r"(?:Global\s+)?(?:Learning|Training|Induction|Onboarding)\s+(?:Centre|Center|Campus|Academy)\b",
    re.IGNORECASE,
)


def _and_its_region(place: str, sentence: str, end: int) -> str:
    """ "… campus, Jersey City, New Jersey, under …": the town with the state written after it
    (a settled convention), when the sentence goes on with one."""
    if "," in place:
        return place
    m = re.match(
        r",\s*(?P<r>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}?)(?=\s*(?:[,.;:()–—]|\s-\s|\s\d|$))",
        sentence[end:],
    )
    if m is None:
        return place
    region = m["r"][:-1] if m["r"].endswith(".") and "." not in m["r"][:-1] else m["r"]
    whole = f"{place}, {region}"
    return whole if _town_and_region(whole) == whole else place


def _seems_a_place(sentence: str, m: re.Match[str], place: str, text: str) -> bool:
    """Whether a capitalised name after "in our" or "at our" is a place, not an event or a
    product: the letter calls it an office or a site, or names it elsewhere too (in its
    letterhead or an address), or says outright that it is where the work is."""
    if _SITE_AFTER.match(sentence, m.end("l")) or place != m["l"]:
        return True
    if _STRONG_PLACE.search(sentence[m.start() : m.start("l")]):
        return True
    return _named_twice(place, text)


# "our Canary Wharf office in London", "SBT's laboratories in San Diego": the town after.
# Not "office at …": after "at" comes a building or a district ("our Edinburgh office at
# Quartermile"), after "in" the town.
_SITE_IN = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:office|offices|campus|site|lab|labs|laborator\w*|facility|"
    r"building|headquarters|hub|centre|center|studio)\s+in\s+" + _PLACE
)
_SITE_COMMA_TOWN = re.compile(
    # "at our Electronic City delivery centre, Bengaluru": a site's kind may take a word.
    r"\s+(?:(?:delivery|development|technology|engineering|service|operations)\s+)?"
    r"(?:plant|works|factory|facility|site|campus|warehouse|depot|distribution centre|branch|"
    r"lab|labs|laboratory|studio|"
    r"distribution center|unit|mill|yard|office|offices|centre|center|hub),\s+"
    r"(?P<l>[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?)"
    r"(?=[,.;]|\s+(?:in|on|at|with|reporting|from)\b)"
)
# "in our London office": an office is in a town (a lab or a studio may be a department's).
_OFFICE_AFTER = re.compile(
    # "at our Pune (Hinjewadi Phase 2) office": the office's district in brackets between.
    r"(?:\s+\([^()]{2,40}\))?"
    r"\s+(?:office|offices|HQ|headquarters|campus|site|Büro|kantoor|bureaux?|"
    r"works|plant|factory|mill|depot|warehouse|distribution cent(?:re|er)|"
    # "at our Bengaluru development centre": a firm's own centre, named by its town.
    r"(?:development|delivery|technology|engineering|innovation|operations|service|R&D)"
    r" cent(?:re|er))\b",
    re.IGNORECASE,
)
# "in our Quality Control laboratory": a name before a lab may be its department.
# "the Riverside Administrative Center, Columbus, OH": a named site, then its town.
_SITE_THEN_TOWN = re.compile(
    r"[^,]{2,60}?\b(?:Center|Centre|Campus|Park|Building|Tower|House|Plaza|Hospital|Office|"
    r"Offices|HQ|Site|Hub|Works|Plant)\s*,\s*"
    r"(?P<l>[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*)?(?:,\s*[A-Z]{2}\b)?)"
)


# A German site word run into its kind ("Entwicklungsstandort", "Logistikzentrum",
# "Auslieferungslager"): the place is the town after it.
_SITE_COMPOUND = re.compile(
    r"(?:Betrieb|Standort|Werk|Lager|Zentrum|Niederlassung|Filiale)|"
    r"[A-ZÄÖÜ][a-zäöüß]+(?:standort|zentrum|werk|lager|büro|niederlassung|gelände|campus|"
    r"filiale|betrieb|centrum|locatie|vestiging)"
)
_IN_TOWN = re.compile(r"\s+(?:in|bei|te|à|w)\s+" + _PLACE)
_NAMED_SITE_END = re.compile(r"\s(?:Centre|Center|Campus|Office|Hub|Labs?|Studio|Site|HQ)$")


# A further part of an address after a site's place: ", Reading" after "…Centre, Green Park".
_NEXT_TOWN = re.compile(r"\s*,\s*(?P<l>[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*)?)(?=\s*(?:$|[,.;(]))")


def _town_after_site(sentence: str, m: re.Match[str]) -> re.Match[str] | None:
    site = _SITE_THEN_TOWN.match(sentence, m.start("l"))
    if not site or is_town(m["l"].split(",")[0]):
        return None
    if is_town(site["l"]):
        return site
    # "our Thames Valley Technology Centre, Green Park, Reading": the site, its business park,
    # then the town the letter names (not a river's or a street's word in the site's name).
    after = _NEXT_TOWN.match(sentence, site.end())
    return after if after and is_town(after["l"]) else None


_SITE_NAMED = re.compile(
    r"\s+(?:Centre|Center|Campus|Park|Office|Offices|Hub|Plant|Site|Works|Building)\b.*$"
)


def _town_before_site(place: str) -> str:
    """ "Hyderabad Development Centre": the town before a site's name, when the name
    without its site word is not a town itself."""
    bare = _SITE.sub("", place)
    if is_town(bare):
        return bare
    named = _SITE_NAMED.sub("", place)  # "Pune Technology Centre": its word capitalised
    if named == place:
        return bare
    words = named.split()
    for count in range(len(words) - 1, 0, -1):
        if is_town(" ".join(words[:count])):
            return " ".join(words[:count])
    return bare


_CITY_BEFORE_SITE = re.compile(
    r"\b(?:our|the)\s+(?P<t>[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)?)\s+(?:[a-z]+\s+)?"
    r"(?:office|offices|centre|center|campus|site|hub|headquarters|HQ)\s+(?P<w>in|at)\s+$"
)
_PLACE_SAID = re.compile(
    r"based|located|place of|location|Arbeitsort|Dienstort|Einsatzort|standplaats|lieu de|"
    r"basé|situé|gestationeerd|werkplek|miejscem",
    re.IGNORECASE,
)
_WEAK_PHRASE = re.compile(r"^(?:from|at|in|out of) our\b", re.IGNORECASE)


def _location(
    all_sentences: list[str], text: str = "", not_towns: list[Found[str]] | None = None
) -> Found[str] | None:
    """The place of work; names under a label or after strong words ("based in") that the
    gazetteer rejects are added to `not_towns`, for the user to see."""
    rejected = not_towns if not_towns is not None else []
    for sentence in all_sentences:
        m = _LOCATION_LABEL.match(sentence)
        if not m:
            continue
        # A street address is not the place of work, but the town in it is.
        labelled = _tidy_place(m["l"]) if not re.search(r"\d", m["l"]) else ""
        if re.search(r"\d", m["l"]) and not re.match(r"office", sentence, re.IGNORECASE):
            labelled = _address_town(m["l"])  # an "Office:" line is the company's address
        if labelled:
            return Found(labelled, sentence, confidence=PAIR_CONFIDENCE)
        if doubt := _doubtful_place(m["l"], sentence):
            rejected.append(doubt)
    if run_in := _place_under_run_in(all_sentences):
        return run_in
    if written := _remote_as_written(all_sentences):
        return written
    fully_remote = any(_FULLY_REMOTE.search(sentence) for sentence in all_sentences)
    if fully_remote and (remote := _remote_said(all_sentences)):
        return remote
    weak: list[Found[str]] = []
    for pattern in _LOCATION_PHRASES:
        for sentence in all_sentences:
            for m in pattern.finditer(sentence):
                if _NOT_A_PLACE_AFTER.match(sentence, m.end("l")):
                    continue
                if _TEAM_AT.match(m.group(0)) and not is_town(m["l"].split(",")[0]):
                    continue  # "the Protein Design group at Saltmarsh Bio, Inc": the employer
                if _NOT_A_PLACE_BEFORE.search(sentence[: m.start()]):
                    continue
                if _TRAINING_SITE.match(m["l"]):
                    continue  # "at our Learning Centre in Mysuru": where one is trained first
                if _HEAD_OFFICE.search(sentence[: m.start("l")]) and not _WORK_HERE.search(
                    sentence[: m.start("l")]
                ):
                    continue  # "Our head office in Toronto": the company's seat, not the job's
                city = _CITY_BEFORE_SITE.search(sentence[: m.start("l")])
                if city and is_town(city["t"]) and (city["w"] == "at" or not is_town(m["l"])):
                    # "our Bengaluru office at Whitefield", "our Hyderabad centre in HITEC
                    # City": the city, then its district or building.
                    return Found(city["t"], sentence, confidence=SENTENCE_CONFIDENCE)
                comma_city = _SITE_COMMA_TOWN.match(sentence, m.end("l"))
                if comma_city and is_town(comma_city["l"]) and comma_city["l"] != m["l"]:
                    # "at our Chakan plant, Pune": the site's own town, then the city the
                    # letter names as where the work is.
                    town_there = _and_its_region(comma_city["l"], sentence, comma_city.end("l"))
                    return Found(town_there, sentence, confidence=SENTENCE_CONFIDENCE)
                site_in = _SITE_IN.match(sentence, m.end("l"))
                if site_in and not is_town(site_in["l"]) and is_town(m["l"]):
                    site_in = None  # "our Hyderabad centre in HITEC City": the city, not its part
                office_at = re.search(
                    r"\b(?:office|offices|building|campus|site|studio)\s+at\s+$",
                    sentence[m.start() : m.start("l")],
                )
                if office_at and not is_town(m["l"]) and not site_in:
                    # "our office at Europaallee in Zurich": a street's name, then its town.
                    site_in = _IN_TOWN.match(sentence, m.end("l"))
                if not site_in and _NAMED_SITE_END.search(m["l"]):
                    # "our Waterloo Engineering Centre in Waterloo, ON": a site's own name,
                    # then the town it is in, as the letter writes it.
                    in_town = _IN_TOWN.match(sentence, m.end("l"))
                    if in_town and is_town(in_town["l"].split(",")[0]):
                        site_in = in_town
                if _SITE_COMPOUND.fullmatch(m["l"]):
                    # "unser Entwicklungsstandort in Dresden", "Logistikzentrum in Bremen": a
                    # site's kind written as one word, then its town.
                    site_in = site_in or _IN_TOWN.match(sentence, m.end("l"))
                part_of = None
                after = _COMMA_TOWN.search(sentence, m.start("l"))
                if after and after.start() <= m.end("l") and not is_town(m["l"].split(",")[0]):
                    # "our studio in Baner, Pune": a district the list does not know, then
                    # its town.
                    part_of = after if is_town(after["l"]) else None
                town = (
                    site_in
                    or _town_of_address(sentence, m)
                    or _town_after_site(sentence, m)
                    or part_of
                )
                place = town["l"] if town else _town_before_site(m["l"])
                if not town and "," in place and re.match(r"\s+\d", sentence[m.end("l") :]):
                    place = place.rsplit(",", 1)[0]  # "Lausanne, Place Saint-François 12"
                if not town and not _seems_a_place(sentence, m, place, text):
                    continue
                if place.split()[0] in _NOT_PLACES:
                    continue
                if not (town or is_town(place) or _country(place)):
                    # A word near "in"/"at" that is no town ("Büro", a building); after
                    # "based in" or "place of work is" it is shown as a name not known.
                    if _PLACE_SAID.search(m.group(0)) and (unknown := _unknown_place(place)):
                        rejected.append(Found(unknown, sentence, confidence=ASSUMED_CONFIDENCE))
                    continue
                if not town and place == m["l"]:
                    place = _whole_town(place, sentence[m.end("l") :])
                if not _town_and_region(place):
                    both = place.strip(" .,")
                    rejected.append(Found(both, sentence, _TWO_TOWNS, ASSUMED_CONFIDENCE))
                    continue
                place = _town_and_region(place)
                district = _TOWN_DISTRICT.fullmatch(place.strip(" .,"))
                if (
                    district
                    and (
                        _SITE_BEFORE.search(sentence[: m.start("l")]) or (town and town is site_in)
                    )
                    and is_town(district["t"])
                    and not is_town(district["d"])
                ):
                    place = district["t"]  # "am Standort Hamburg-Billbrook": the site's city
                if (
                    not town
                    and _country(place)
                    and _REMOTE_POST_BEFORE.search(sentence[: m.start()])
                ):
                    # "a remote position based in the United States": a remote role worked
                    # from that country, not the country as a place of work.
                    land = place.strip(" .,")
                    return Found(f"Remote ({land})", sentence, confidence=SENTENCE_CONFIDENCE)
                end = town.end("l") if isinstance(town, re.Match) else m.end("l")
                place = _and_its_region(place.strip(" .,"), sentence, end)
                found = Found(place, sentence, confidence=SENTENCE_CONFIDENCE)
                office = _OFFICE_AFTER.match(sentence, m.end("l"))
                if town or office or not _WEAK_PHRASE.match(m.group(0)):
                    return found
                weak.append(found)
    for sentence in all_sentences:
        at = _OFFICE_AT.search(sentence)
        if at and (street_town := _address_town(sentence[at.end() :])):
            return Found(street_town, sentence, confidence=SENTENCE_CONFIDENCE)
        # "our office at 800 Nicollet Mall in Minneapolis, MN.": the street, then its town.
        street_in = _STREET_IN_TOWN.match(sentence, at.end()) if at else None
        if street_in and is_town(street_in["l"]):
            return Found(street_in["l"], sentence, confidence=SENTENCE_CONFIDENCE)
    if polish := _polish_place(all_sentences, text):
        return polish
    if weak:
        # Of names after "in our"/"at our", one the letter names elsewhere too (an address,
        # the letterhead) is the town; a department is named once.
        named = [f for f in weak if _named_twice(f.value, text)]
        return (named or weak)[0]
    return _remote_said(all_sentences)


# "Place of work." set as a bold run-in heading, its sentence after the stop: "Our
# Manchester head office, with up to two days a week from home."
_RUN_IN_PLACE = re.compile(r"(?:Place of work|Work location|Location|Workplace)\.", re.I)
_OFFICE_OPENS = re.compile(
    r"(?:Our|The)\s+(?P<l>[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)?)\s+(?:(?:head|main|regional)\s+)?"
    r"(?:office|offices|HQ|headquarters|campus|site|studio|hub)\b"
)


def _place_under_run_in(all_sentences: list[str]) -> Found[str] | None:
    for sentence, after in pairwise(all_sentences):
        m = _OFFICE_OPENS.match(after) if _RUN_IN_PLACE.fullmatch(sentence) else None
        if m and is_town(m["l"]):
            return Found(m["l"], f"{sentence} {after}", confidence=SENTENCE_CONFIDENCE)
    return None


# "This is a fully remote position": the job is done remotely, so a town named near it (a
# manager's hub, the quarterly meetings' office) is someone else's place, not the job's.
_FULLY_REMOTE = re.compile(
    r"(?<!not )(?<!not a )\b(?:fully|entirely|completely|100 ?%|vollständig|komplett|volledig) "
    r"remote\b|"
    r"\b(?:position|role|job) is (?:fully |entirely )?remote\b|\bremote[- ]first (?:role|position)",
    re.IGNORECASE,
)
# "you must reside and be authorized to work in the United States": a home in that
# country, though a permit's words come between.
_RESIDE = re.compile(r"\b(?:reside|live|be based|residents?)\b[^.;]*$", re.IGNORECASE)


# "This is a remote position based in the United States": the post is remote, then where.
# Not "based in Germany and may work remotely two days a week" (a hybrid office role).
_REMOTE_POST_BEFORE = re.compile(r"\bremote\s+(?:position|role|job|post)\b", re.IGNORECASE)


def _remote_said(all_sentences: list[str]) -> Found[str] | None:
    """A remote post said in a sentence, with the country it is worked from when told."""
    for index, sentence in enumerate(all_sentences):
        if _REMOTE_FR.search(sentence):
            # "Le poste s'exerce en télétravail complet depuis votre domicile en France".
            land = _REMOTE_FR_IN.search(sentence)
            place = f"Télétravail ({land['c']})" if land else "Télétravail"
            return Found(place, sentence, confidence=SENTENCE_CONFIDENCE)
        if _REMOTE.search(sentence):
            # "This is a remote position. You may work from your home in any U.S. state": the
            # country may come in the sentence after.
            told = [sentence, *all_sentences[index + 1 : index + 2]]
            country = next(
                (
                    c
                    for line in told
                    for c in _REMOTE_IN.finditer(line)
                    if not _WORK_PERMIT.search(line[: c.start()])
                    or _RESIDE.search(line[: c.start()])
                ),
                None,
            )
            # "vollständig remote innerhalb Deutschlands": the country in the letter's words.
            land = None if country else _REMOTE_LAND.search(sentence)
            said = country["c"] if country else _land_as_written(land["c"]) if land else ""
            said = _country_name(said) if "." in said else said  # "U.S.": in full
            place = f"Remote ({said})" if said else "Remote"
            return Found(place, sentence, confidence=SENTENCE_CONFIDENCE)
    return None


# A French full-remote post, and the country it is worked from.
_REMOTE_FR = re.compile(
    r"\ben télétravail (?:complet|total|intégral|à 100 ?%)|"
    r"\b(?:entièrement|totalement|intégralement|100 ?%) en télétravail|\ben full remote\b",
    re.IGNORECASE,
)
_REMOTE_FR_IN = re.compile(
    r"\b(?:en|depuis la|depuis le|partout en|dans toute la|de) "
    r"(?P<c>France|Belgique|Suisse|Espagne|Allemagne|Europe|Union européenne)\b"
)


# "the right to work in the UK", "eligible to work in the US": a permit, not where.
_WORK_PERMIT = re.compile(
    r"\b(?:right|eligib\w*|authori[sz]\w*|permit\w*|visa|entitled)\b[^.]{0,25}$", re.I
)
_REMOTE_WRITTEN = re.compile(
    r"\b(?:[Rr]emote|[Tt]élétravail|[Rr]emote-first|[Rr]emoto)\s*"
    r"\((?P<in>[^)]{2,40})\)"
)
# "this role is Remote – Canada": the letter's own name for where the work is.
_REMOTE_DASHED = re.compile(rf"\bRemote\s[–—]\s(?:the\s)?(?:{_COUNTRIES})\b")


_TOWN_GOES_ON = re.compile(
    r"^(?:\s(?:am|an der|im|in der|bei|upon|on|sur|en|aan|aan de|nad|de|del|la)\s|-(?:upon|on|"
    r"sur|en|am|an|aan)-)[A-ZÄÖÜ][\w'’-]*"
)


# A site named by its city and district ("Standort Hamburg-Billbrook", "our Lyon-Gerland
# site"): the city is where the work is (under a place-of-work label too: town_of_district).
_TOWN_DISTRICT = re.compile(r"(?P<t>[A-ZÄÖÜ][\w'’]+)-(?P<d>[A-ZÄÖÜ][\w'’]+)")
_SITE_BEFORE = re.compile(
    r"\b(?:Standort|Werk|Niederlassung|Betrieb|site|plant|campus|depot|warehouse|"
    r"établissement|entrepôt|usine|vestiging)\s+$",
    re.IGNORECASE,
)


def _whole_town(place: str, after: str) -> str:
    """ "Frankfurt am Main", "Stratford-upon-Avon": a town whose name goes on past the
    capitalised words, when the longer name is a town too."""
    m = _TOWN_GOES_ON.match(after)
    if m and is_town(place + m.group(0)):
        return place + m.group(0)
    return place


def _remote_as_written(all_sentences: list[str]) -> Found[str] | None:
    """ "Remote (United Kingdom)" written as such, on any line: the place as the letter
    names it, before a country composed from a sentence ("remote within the UK")."""
    for sentence in all_sentences:
        for m in _REMOTE_WRITTEN.finditer(sentence):
            inside = re.split(r"\s*[,;]\s*|\s+only\b", m["in"])[0]
            if _country(inside) or is_town(inside):
                # "Lieu de travail : télétravail (France)": written as a place, capitalised.
                written = m.group(0)[0].upper() + m.group(0)[1:]
                return Found(written, sentence, confidence=SENTENCE_CONFIDENCE)
        if dashed := _REMOTE_DASHED.search(sentence):
            return Found(dashed.group(0), sentence, confidence=SENTENCE_CONFIDENCE)
    return None


# ", Leeds LS15 8GB", ", Denver, CO 80231", ", 73728 Esslingen": a town by its postcode.
_POSTCODE_TOWN = re.compile(
    r",\s*(?:(?P<l>[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?)(?:,?\s[A-Z]{2})?\s+"
    r"(?:[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}|\d{5})\b)"
)


# "Level 9, 120 Collins Street, Melbourne VIC 3000": an Australian town, state, postcode.
_AU_POSTCODE_TOWN = re.compile(
    r",\s*(?P<l>[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?),?\s(?:NSW|VIC|QLD|TAS|ACT|SA|WA|NT)\s+\d{4}\b"
)
# "12 rue de la Paix, 75002 Paris", "Fabrikstraße 4, 73728 Esslingen": postcode, then town.
_CODE_TOWN = re.compile(r"(?:^|,\s*)(?:[A-Z]{1,2}-)?\d{4,5}\s+(?P<l>[A-ZÄÖÜ][\w'’-]+)")
# "You will work from our offices at 25 Old Broad Street, London EC2N 1HQ."
_OFFICE_AT = re.compile(
    r"\b(?:work(?:ing)? from|based (?:at|in)|located at|place of work (?:is|will be))\s+"
    r"(?:our\s+)?(?:offices?|premises|site)\s+at\s+(?=\d)",
    re.IGNORECASE,
)


_STREET_IN_TOWN = re.compile(
    r"\d+[\w .'’-]{2,40}?\s+in\s+(?P<l>[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?(?:,\s[A-Z]{2})?)"
    r"(?=\s*(?:[.;,]|$))"
)


def _address_town(address: str) -> str:
    """The town of a street address ("25 Old Broad Street, London EC2N 1HQ"), by the
    postcode beside it, or by a US state's letters after it ("85 Broad Street, New York,
    NY."); "" if nothing says which part is the town."""
    m = _POSTCODE_TOWN.search(address) or _AU_POSTCODE_TOWN.search(address)
    m = m or _CODE_TOWN.search(address)
    if m:
        return m["l"]
    us = _STREET_TOWN_STATE.search(address)
    return us["l"] if us and is_town(us["l"].split(",")[0]) else ""


_STREET_TOWN_STATE = re.compile(
    r"\d+\s[\w .'’-]{2,40}?,\s*(?P<l>[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?,\s[A-Z]{2})"
    r"(?=\s*(?:[.;)]|$))"
)


def _town_of_address(sentence: str, m: re.Match[str]) -> re.Match[str] | None:
    """ "at our Leeds Pathology Hub, Thorpe Park, Leeds LS15 8GB": a site named after its
    town, whose address a few words on names the town by its postcode."""
    town = _POSTCODE_TOWN.search(sentence, m.end("l"), m.end("l") + 60)
    if town and m["l"].split()[0] == town["l"].split()[0] and town["l"] != m["l"]:
        return town
    # "at our RNO4 fulfillment center, 1450 Sage Point Road, Reno, NV 89502": a site by its
    # code, then its street address: the address's town (with its state, as US towns go).
    # "our Riverside Campus, 2200 Anthony Wayne Trail, Maumee, OH": a named site, then its
    # street address and town (the site's name may be a town's elsewhere).
    if _NAMED_SITE_END.search(m["l"]) and re.match(r",\s*\d", sentence[m.end("l") :]):
        us = _STREET_TOWN_STATE.search(sentence, m.end("l"), m.end("l") + 100)
        if us and is_town(us["l"].split(",")[0]):
            return us
    if _SITE_THEN_STREET.match(sentence, m.end("l")) and not is_town(m["l"]):
        us = _US_TOWN.search(sentence, m.end("l"), m.end("l") + 90)
        if us and is_town(us["l"].split(",")[0]):
            return us
    return None


_SITE_THEN_STREET = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:center|centre|warehouse|plant|facility|site|depot|office|campus|"
    r"hub|building|store|distribution center)\b,\s*\d"
)
_US_TOWN = re.compile(r",\s*(?P<l>[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?,\s[A-Z]{2})\s+\d{5}\b")


_POLISH_PLACE = re.compile(
    r"(?:miejsc\w* (?:wykonywania )?pracy|biur\w*|oddzia\w*)[^.]{0,40}?\b"
    r"w(?:e)?\s+(?P<l>[A-ZŁŚŻŹĆ]\w+)"
)


def _polish_place(all_sentences: list[str], text: str) -> Found[str] | None:
    """ "biuro spółki we Wrocławiu": Polish names the town in the locative; the letter's
    own spelling of the town (its date line or address) gives the name."""
    for sentence in all_sentences:
        m = _POLISH_PLACE.search(sentence)
        if not m:
            continue
        inflected = m["l"].replace("ó", "o")
        for word in dict.fromkeys(re.findall(r"\b[A-ZŁŚŻŹĆ]\w{3,}\b", text)):
            plain = word.replace("ó", "o")
            stem = plain[: max(4, len(plain) - 2)]
            if word != m["l"] and inflected.startswith(stem) and len(inflected) > len(plain) - 2:
                return Found(word, sentence, confidence=SENTENCE_CONFIDENCE)
    return None


def _named_twice(place: str, text: str) -> bool:
    first = place.split(",")[0].strip(" .")  # "… à Genève.": the name, not the full stop
    return len(re.findall(rf"(?<!\w){re.escape(first)}(?!\w)", text)) >= 2


# --- equity --------------------------------------------------------------------------------

_UNITS = re.compile(
    # Not a clause's number before its heading ("4.2 The RSUs will vest …", "§ 5 Virtuelle
    # Anteile (1) … 800 virtuelle Anteile"): the count is a figure standing on its own.
    # "12k RSUs over 4y": a recruiter's thousand. Nor a fraction's denominator ("1/4 of
    # the shares vest after 12 months").
    r"(?<![\d.,/])(?<!§)(?<!§\s)(?<!Article\s)(?<!Art\.\s)(?<!Artikel\s)(?<!Clause\s)"
    r"(?<!Section\s)(?P<num>\d{1,3}(?:[,.' ]\d{3})+|\d+)(?P<k>[kK])?\s+(?:[\w-]+\s+){0,2}?"
    r"(?:restricted stock units|RSUs?|ESOPs?|shares|stock options|options|units|Aktien|ISOs|NSOs|"
    r"NQSOs|SARs|stock appreciation rights|virtuele aandelen|"
    r"Optionen|virtual shares|phantom shares|virtuelle Anteile|Anteile|opties|aandelen|"
    r"certificaten|actions|BSPCE|opcji|akcji|warrants|Einheiten|participaciones|opciones|"
    r"opções|ações|opzioni|optioner|optsiooni|optsioone|אופציות|"
    # "5,400 performance rights" (Australia's), "1 200 unités d'actions restreintes"
    r"performance rights|unités d['’]actions|"
    r"bons(?= de souscription|\W*$|,| acqui))\b",
    re.IGNORECASE,
)
_YEAR_UNITS = (
    r"years?|yrs?|Jahre?n?s?|jaar|jaren|ans?|années?|lata?|roku|anni|anno|år|aastat?|שנים|"
    r"años|anos|año|ano"  # "cliff de 1 ano": the singular too
)
_MONTH_UNITS = (
    r"months?|Monate?n?s?|maanden|maand|mois|miesięcy|miesiące|miesiąca|mesi|mese|månader|"
    r"måneder|kuud?|חודשים|meses|mes|mês"
)
# "12k RSUs over 4y, 1y cliff": a recruiter's year, the "y" glued to its figure.
_UNIT = rf"(?:{_YEAR_UNITS}|{_MONTH_UNITS}|(?<=\d)y)"
_DURATION = re.compile(
    # "(4yr vest, 1yr cliff)": a chat's figure and unit written together.
    rf"(?P<n>{_WORD_NUMBER})(?:\s*\(\d+\))?(?:[- ]|(?<=\d)(?=yrs?\b|y\b))(?P<unit>{_UNIT})\b",
    re.IGNORECASE,
)
_CLIFF = re.compile(
    # "a one-year cliff", "une période initiale d'un an (cliff)"
    rf"(?P<n>{_WORD_NUMBER})(?:\s*\(\d+\))?(?:[- ]|(?<=\d)(?=yrs?\b|y\b))(?P<unit>{_UNIT})"
    # Not "vesting de 4 anos com cliff de 12 meses": a joining word starts the cliff's own.
    r"(?:[- ](?:(?!(?:com|con|with|mit|avec|met|and|und|et|en|e|y|og|och)[- ])\w+[- ])?|\s*\()"
    r"cliff"
    rf"|cliff\*?\)?(?:[- ]?(?:period|Periode|periode|période))?"
    rf"(?: of| after| von| nach| van| de| d'un| d’un| wynosząc\w*| di)?\s+(?:one |a )?"
    rf"(?P<n2>{_WORD_NUMBER})?(?:\s*\(\d+\))?[- ]?(?P<unit2>{_UNIT})\b"
    # "25% on the first anniversary", "the first quarter after twelve months"
    # "1/4 after your first twelve months", "eerste derde na 12 maanden".
    r"|(?:\d{1,2}\s?%|1/[2-5]|(?:the |het )?(?:first|eerste) (?:quarter|kwart|third|derde|25\s?%)|"
    r"ein Viertel|"
    r"un quart|one[- ](?:third|quarter|fourth)|a (?:third|quarter)|ein Drittel|un tiers)"
    r"[^.;]{0,40}?\b(?:on|after|at|na|nach|après|upon|following|לאחר|au bout d[e'’]|"
    r"à l['’]issue des|à l['’]issue d[e'’]|au terme d[e'’]|au(?= premier))(?:\s+|(?<=['’]))"
    r"(?:the |your |de |het |dem |den |der |la |l')?(?:end of (?:the |your )?)?"
    # "25% on completion of one year from the grant date"
    r"(?:completion of |completing )?"
    # "à l'issue d'une période d'un an", "à l'issue d'une première année"
    r"(?:(?:une période|a period|een periode) (?:de |of |van |d['’])|einer Frist von )?"
    r"(?:une |un )?"
    r"(?:Ablauf\s+(?:der|des|von)\s+)?"
    r"(?:(?P<first>first|1st|each|eerste|ersten|premier|première|one[- ]year|1[- ]year)"
    r"\s+(?:\w+\s+)?"
    # "25% na het eerste dienstjaar": the year of service in one Dutch or German word.
    r"(?:anniversary|anniversaire|year|mark|(?:dienst)?jaar|(?:Dienst|Beschäftigungs)?Jahr(?:es)?|"
    r"année)"
    r"|(?P<first6>(?:year|yr) (?:one|1))\b"
    rf"|(?:ersten\s+|first\s+)?(?P<n3>{_WORD_NUMBER})(?:\s*\(\d+\))?\s+"
    rf"(?:premiers\s+|premières\s+|ersten\s+|eerste\s+)?(?P<unit3>{_UNIT}))"
    # The first part vesting once a first stretch is served: "the first third vesting on
    # the first anniversary", "25% vesting on completion of 12 months".
    # "one-quarter vesting on the one-year anniversary": hyphens too.
    # "Twenty-five per cent of the options vest on the first anniversary", "12.5% of the
    # shares vest once you have completed six months of service".
    r"|(?:\d{1,2}(?:[.,]\d+)?\s?%|(?:twenty[- ]five|fifty|ten|twenty) per ?cent|"
    r"(?:the |a |one[- ])?(?:first |initial )?(?:quarter|third|fourth|"
    r"tranche|instal?lment|portion|25\s?%)|"
    # "12,000 shares vest on the first anniversary of your vesting commencement date"
    r"\d{1,3}(?:,\d{3})+\s+(?:shares|options|units|RSUs))\s+(?:of [\w ]{0,20}?)?(?:will )?"
    r"vest\w*\s+"
    r"(?:on|after|at|upon|following|once you(?: have)? complete(?:d)?|when you(?: have)? "
    r"complete(?:d)?)\s+(?:the\s+)?(?:(?:completion|end) of\s+(?:the\s+)?)?"
    r"(?:(?P<first2>first|1st|each)\s+(?:full\s+)?(?:anniversary|year)|"
    r"(?P<first3>year (?:one|1)\b)"
    rf"|(?:first\s+)?(?P<n4>{_WORD_NUMBER})(?:\s*\(\d+\))?[\s-]+(?:full\s+)?(?P<unit4>{_UNIT}))"
    # "das erste Jahr ist Cliff", "the first year is a cliff"
    r"|(?P<first4>(?:das |the )?(?:erste|first) (?:Jahr|year)) (?:ist|is|als|as)"
    r"(?: (?:ein|a|the|der|die))? cliff"
    # Nothing vesting before it: "nothing vests in the first 12 months", "no units vest
    # until you have completed one full year of service".
    # "with no vesting until your first anniversary", "nothing vests for the first 12 months".
    r"|\b(?:(?:nothing|no (?:units|shares|options|RSUs|equity|part)|none of the (?:units|"
    r"shares|options|RSUs|award))\s+(?:will\s+)?vests?|no vesting)\s+"
    # "nothing vests until you complete twelve months of service": "have" may be left out.
    r"(?:until|in|during|before|within|for)\s+(?:you (?:have )?(?:completed?|served?)\s+)?"
    r"(?:the\s+(?:end of the\s+)?|your\s+)?(?:first\s+)?"
    rf"(?:(?:(?P<n5>{_WORD_NUMBER})(?:\s*\(\d+\))?[\s-]+)?(?:full\s+)?(?P<unit5>{_UNIT})\b|"
    # "no shares vest until your first anniversary"
    r"(?<=first )anniversary\b|(?:your|the) (?P<first5>first) anniversary\b)"
    # "une période d'un an avant la première acquisition": a year before anything vests.
    r"|(?:période|délai) d['’](?P<first7>un) an avant (?:la |toute )?première acquisition"
    # "with the first 25% vesting one year after your start date"
    rf"|(?:\d{{1,2}}\s?%|the first (?:25\s?%|quarter))\s+vest\w*\s+(?P<n11>{_WORD_NUMBER})[\s-]+"
    rf"(?P<unit11>{_UNIT})\s+(?:after|from|following)\b"
    # "une première période de douze mois à l'issue de laquelle 25 % des BSPCE seront acquis"
    rf"|première période (?:de |d['’])(?P<n10>{_WORD_NUMBER})\s+(?P<unit10>{_UNIT})\s+"
    r"à l['’]issue de laquelle"
    # "aucun droit ne sera acquis avant le premier anniversaire de votre entrée"
    r"|\baucun\w*\s+[^.;]{0,30}?\bacquis\w*\s+avant\s+(?:le\s+)?(?P<first8>premier)\s+"
    r"anniversaire"
    # "vor Ablauf der ersten zwölf Monate wird jedoch nichts erdient"
    rf"|vor Ablauf (?:der|des) (?:ersten\s+)?(?P<n6>{_WORD_NUMBER})\s+(?P<unit6>{_UNIT})"
    r"[^.;]{0,40}\bnichts\b"
    # Estonian: "esimene kolmandik omandatakse 12 kuu möödumisel" (once 12 months are past).
    r"|(?:\d{1,2}\s?%|\besimene (?:kolmandik|veerand|osa))[^.;]{0,40}?"
    rf"\b(?P<n7>{_WORD_NUMBER})\s+(?P<unit7>{_UNIT})\s+möödumisel"
    # "following an initial 12-month period", "à la suite d'une période initiale de 12 mois":
    # a first stretch with nothing vesting.
    rf"|(?:following|after)\s+an?\s+initial\s+(?P<n8>{_WORD_NUMBER})[- ](?P<unit8>{_UNIT})"
    r"\s+period"
    rf"|(?:à la suite|à l['’]issue|au terme)\s+d['’]une\s+période\s+initiale\s+(?:de\s+)?"
    rf"(?P<n9>{_WORD_NUMBER})\s+(?P<unit9>{_UNIT})\b",
    re.IGNORECASE,
)
_LAST_ANNIVERSARY = {"second": 2, "third": 3, "fourth": 4, "fifth": 5}
# "vesting 25% annually over 4 years", "in equal annual tranches": nothing vests before the
# first year is out, which is a twelve-month cliff.
_ANNUAL_VESTING = re.compile(
    r"vest\w*\s+(?:(?:in|at|by|on)\s+)?(?:\d{1,3}\s?%\s+)?(?:annually|yearly|each year|"
    r"every year|(?:in\s+)?(?:(?:two|three|four|five|[2-5])\s+)?(?:equal\s+)?annual\s+"
    r"(?:tranches|instal\w*|portions|increments))|"
    # "25% each year on the anniversary", "on each of the first three anniversaries",
    # "à chaque date anniversaire", "in drie gelijke jaarlijkse delen".
    r"\b\d{1,3}\s?%\s+(?:each|every|per) year\b|\beach of the (?:first )?\w+ anniversaries|"
    # "one-third on each anniversary of your date of joining"
    r"\bon each anniversary\b|"
    # "je ein Drittel am ersten, zweiten und dritten Jahrestag des Stellenantritts"
    r"\bam ersten(?:,\s*(?:zweiten|dritten|vierten))*,?\s+und\s+(?:zweiten|dritten|vierten|"
    r"fünften)\s+Jahrestag|"
    r"à chaque (?:date )?anniversaire|jährlichen Tranchen|\bjaarlijkse delen|"
    # "telkens een derde op de verjaardag van de toekenning": a third on each anniversary.
    r"\b(?:telkens|elk jaar|ieder jaar)\b[^.;]{0,30}?\bop de verjaardag|\bop elke verjaardag|"
    # "por tercios iguales en cada uno de los tres primeros aniversarios"
    r"\ben cada uno de los \w+ primeros aniversarios|"
    # "in three equal tranches on the first, second and third anniversaries of grant"
    r"\bon the first(?:,\s*(?:second|third|fourth))*,?\s+and\s+(?:second|third|fourth|fifth)"
    r"\s+anniversaries|"
    # "vesting over three years in equal annual tranches": the years told first.
    r"\b(?:in\s+)?(?:(?:two|three|four|five|[2-5])\s+)?equal\s+annual\s+(?:tranches|instal\w*|"
    r"portions)|"
    # "5% / 15% / 40% / 40% at the end of years 1, 2, 3 and 4": a share at each year's end.
    r"\d{1,3}\s?%(?:\s*/\s*\d{1,3}\s?%){1,4}\s+(?:at the end of|on|after)\s+years\s+1\b|"
    # Not "vierteljährlich zu gleichen Teilen" (quarterly) nor "halbjährlich".
    r"(?<![Vv]iertel)(?<!halb)jährlich\w* (?:zu|je) (?:gleichen|einem)|annuellement|jaarlijks",
    re.IGNORECASE,
)
_THEY_VEST = re.compile(r"(?:They|These|Those|Both)\s+(?:will\s+|shall\s+)?vest\b")
_ANNUAL_COUNT = re.compile(
    r"\b(?:in\s+)?(?P<n>two|three|four|five|zwei|drei|vier|fünf|twee|drie|vier|vijf|deux|trois|"
    r"quatre|[2-5])\s+(?:(?:equal|gleichen|gelijke|égales)\s+)?(?:annual|yearly|jährlichen|"
    r"jaarlijkse|annuelles)\s+(?:tranches|Tranchen|instal\w*|portions|increments|delen|parts)|"
    r"\beach of the (?:first )?(?P<n2>two|three|four|five|[2-5]) anniversaries|"
    r"\ben cada uno de los (?P<n4>dos|tres|cuatro|cinco|[2-5]) primeros aniversarios|"
    r"\bon the first(?:,\s*(?:second|third|fourth))*,?\s+and\s+"
    r"(?P<last>second|third|fourth|fifth)\s+anniversaries|"
    r"\bat the end of years\s+1(?:\s*,\s*\d)*\s*,?\s+(?:and|&)\s+(?P<n3>[2-5])\b",
    re.IGNORECASE,
)
_VESTING = re.compile(
    # Not the Dutch "Vestiging Utrecht" (a branch office) nor a "vestibule".
    r"vest(?!ig|ib)|unverfallbar|verworven|acquis\b|acquises|acquisition|onvoorwaardelijk|"
    # "RSUs 800 units 25% on each of the first four anniversaries of grant"
    r"\banniversaries\b|"
    r"\bconsolidación\b|\bconsolidação\b|"
    # "Die virtuellen Anteile werden über vier Jahre erdient": German for vesting.
    r"\berdien(?:t|en)\b|"
    # "Deze certificaten verkrijgt u over een periode van vier jaar"
    r"\bverkrijg\w*|\bverkregen\b|"
    # "Aandelenopties … over vier jaar opgebouwd; het eerste kwart komt vrij na twaalf maanden"
    r"\bopgebouwd\b|\bkom(?:t|en) vrij\b|"
    r"\bin \w+ gleichen jährlichen Tranchen|Nabywanie uprawnień|"
    # Estonian and Hebrew: "omandamisperiood 3 aastat", "הבשלה על פני 4 שנים".
    r"\bomandamis\w*|\bomandatakse\b|הבשלה",
    re.IGNORECASE,
)
# A grant vesting all at once after a wait: "définitivement acquises au terme d'une période de
# trois ans", "the award vests in full after three years": the wait is the cliff.
_VESTS_AT_ONCE = re.compile(
    rf"(?:vest\w*|acquises?|acquis|unverfallbar)\s+(?:(?:in full|entirely|all at once|"
    rf"définitivement|vollständig|volledig)\s+)?(?:after|au terme d'une période de|"
    rf"à l'issue d'une période de|nach(?: Ablauf von)?|na)\s+(?P<n>{_WORD_NUMBER})"
    rf"(?:\s*\(\d+\))?\s+(?P<unit>{_YEAR_UNITS})\b"
    # "werden nach drei Jahren vollständig unverfallbar", "na drie jaar volledig verworven"
    rf"|\b(?:nach(?: Ablauf von)?|na)\s+(?P<n2>{_WORD_NUMBER})\s+(?P<unit2>{_YEAR_UNITS})\s+"
    rf"(?:vollständig|vollumfänglich|komplett|volledig|in één keer|auf einmal)\s+"
    rf"(?:unverfallbar|verworven|onvoorwaardelijk)"
    # "vesting in full on the first anniversary"
    rf"|vest\w*\s+(?:in full|entirely|all at once|100\s?%)\s+on\s+(?:the|your)\s+"
    rf"(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)\s+anniversary",
    re.IGNORECASE,
)
# Italian names the vesting's years in one word: "vesting quadriennale" (four years).
_YEARS_IN_A_WORD = {"biennale": 2, "triennale": 3, "quadriennale": 4, "quinquennale": 5}
_VESTING_IN_A_WORD = re.compile(
    r"\b(?:vesting|maturazione)\s+(?P<word>" + "|".join(_YEARS_IN_A_WORD) + r")\b", re.IGNORECASE
)
_ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "1st": 1,
    "2nd": 2,
    "3rd": 3,
    "4th": 4,
}
_EQUITY = dict(_KINDS)["equity"]
_NOT_VESTING = re.compile(
    r"expir\w*|lapse\w*|\bterm of\b|\bvalid for\b|Laufzeit|verfall\w*|repa(?:y|id)\w*|"
    r"401\(?k\)?|pension\w*|retirement|match\b|"
    # "a portion will be deferred in cash and shares over three years": a bonus paid
    # later, not a grant vesting.
    r"defer\w*|aufgeschoben\w*|zurückbehalten\w*|différé\w*|uitgesteld\w*",
    re.IGNORECASE,
)
_FIRST_YEAR_ROW = re.compile(
    r"\W*(?:(?:on |at |the )?(?:1st|first) anniversary"
    r"(?: of (?:grant|the grant|joining|your \w+ date))?|"
    r"(?:nach dem |after (?:the )?)?(?:1\.|1st|first) "
    r"(?:Dienstjahr|Beschäftigungsjahr|Jahr|year(?: of service)?)|"
    r"(?:na (?:het )?)?(?:1e|eerste) (?:dienst)?jaar|(?:après la |à l['’]issue de la )?"
    r"(?:1re|1ère|première) année)\s*:\s*\d{1,2}(?:[.,]\d+)?\s?%",
    re.IGNORECASE,
)
# The parts a grant vests in, and how often: "in 36 equal monthly instalments", "in 12
# gleichen vierteljährlichen Raten", "in 36 gelijke maandelijkse delen".
_IN_PARTS = re.compile(
    rf"\b(?:in|over)\s+(?P<n>{_WORD_NUMBER})\s+(?:equal\s+|gleichen\s+|gelijke\s+)?"
    r"(?P<step>monthly|quarterly|maandelijkse|driemaandelijkse|kwartaal|monatlichen|"
    r"vierteljährlichen)\s+(?:instal\w*|tranches|portions|parts|increments|delen|termijnen|"
    r"Raten|Tranchen)\b",
    re.IGNORECASE,
)
_BY_QUARTER = ("quarter", "kwartaal", "driemaandelijk", "vierteljähr")
_REST_PART = re.compile(
    r"\b(?:rest|remainder|remaining|balance|restant\w*|Rest\w*|resterende)\b", re.IGNORECASE
)
_REST_OVER = re.compile(
    rf"(?:\b(?:the\s+)?(?:rest|remainder|remaining\s+\w+|balance)\b[^.;]{{0,40}}?\bover\s+the\s+"
    rf"(?:next|following|remaining|subsequent)|"
    # "25% after your first year, then monthly over the following 36 months", "then 1/48
    # per month for the next 36 months": the part after the cliff, given on its own.
    rf"\bthen\b[^.;]{{0,40}}?\b(?:over|for|during)\s+the\s+(?:next|following|subsequent)|"
    # "25% vest after 12 months, then quarterly over the remaining three years"
    rf"\bover\s+the\s+remaining)\s+(?P<n>{_WORD_NUMBER})(?:\s*\(\d+\))?\s+"
    rf"(?P<unit>{_UNIT})\b",
    re.IGNORECASE,
)


def _word_number(text: str) -> Decimal | None:
    text = text.lower()
    if text in _WORD_NUMBERS:
        return Decimal(_WORD_NUMBERS[text])
    return number_value(text)


def _months(n: Decimal, unit: str) -> Decimal:
    return n if re.fullmatch(_MONTH_UNITS, unit, re.IGNORECASE) else n * 12


# --- reading the whole letter --------------------------------------------------------------


@dataclass(frozen=True)
class _Pay:
    """One salary figure the letter states, before the readings are weighed."""

    amount: Decimal
    currency: str
    currency_note: str
    period: Period
    stated: bool  # the letter says per what
    source: str
    confidence: float
    ctc: bool  # an Indian letter's cost to company (the total, not a component)
    by_year: bool = False  # a table's yearly column beside its monthly one
    # "Full-time equivalent salary: $68,000": not what a part-time post pays.
    full_time: bool = False
    # "a total fixed remuneration of AUD 165,760": an Australian base with its super.
    with_super: bool = False


@dataclass
class _Candidates:
    """Every reading of each term, from pairs first and then sentences."""

    pay: list[_Pay] = field(default_factory=list)
    money: dict[str, list[Found[Decimal]]] = field(default_factory=dict)
    start: list[FoundDate] = field(default_factory=list)
    deadline: list[FoundDate] = field(default_factory=list)
    start_told: bool = False  # a "Start date" row that says no date ("to be agreed")
    start_latest: list[str] = field(default_factory=list)  # dates beside "to be agreed"
    # Rates per day or week: an offer's pay is kept per year, month or hour.
    other_rates: list[Found[Decimal]] = field(default_factory=list)
    # Every figure stated per year, whatever the words around it call it: a monthly
    # salary's yearly total ("€ 73.224 per jaar inclusief vakantietoeslag") is one of them.
    yearly: list[_Pay] = field(default_factory=list)
    # The ends of a pay range ("the range for this role is $118,000 – $146,000"): never
    # the salary itself, only shown when the letter gives no figure of its own.
    ranges: list[Found[Decimal]] = field(default_factory=list)
    # Each grant's worth with the currency it is written in: a worth in another currency
    # than the pay ("RSUs worth USD 45,000" in a CHF offer) is not the offer's own figure.
    grant_currency: list[tuple[Found[Decimal], str]] = field(default_factory=list)

    def add(self, key: str, found: Found[Decimal], currency: str = "") -> None:
        self.money.setdefault(key, []).append(found)
        if key == "equity_value" and currency:
            self.grant_currency.append((found, currency))


_CTC = re.compile(r"\bCTC\b|cost[- ]to[- ]company", re.IGNORECASE)
# The same words right after a figure: "R 960 000 cost to company per annum", "… CTC (CTC)".
_COST_TO_COMPANY = re.compile(
    rf"\s?(?:total\s+)?(?:{_CTC.pattern})(?:\s*\(CTC\))?(?=\W|$)", re.IGNORECASE
)
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
_PAST_BONUS = re.compile(
    r"averag\w*|last year|historic\w*|previous(?:ly)?|in the past|prior years?|"
    r"im Vorjahr|letztes Jahr|in den Vorjahren|durchschnittlich|l'an dernier|"
    r"l'année dernière|en moyenne|vorig jaar|gemiddeld|w ubiegłym roku|średnio",
    re.IGNORECASE,
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


# "决定录用您担任 高级测试工程师 一职", "擔任 資深韌體工程師。": the post a Chinese letter
# offers, after "担任" (to serve as) and before "一职" (the post) or the clause's end.
_CHINESE_TITLE = re.compile(
    r"(?:担任|擔任)\s?(?P<t>[^\s,，。、;；:：()（）《》]{2,24}?)\s?(?:一职|一職|职位|職位|岗位|崗位|[,，。;；]|$)"
)


def _chinese_title(all_sentences: list[str]) -> Found[str] | None:
    """The title a Chinese letter's sentence names (the first one that does)."""
    for sentence in all_sentences:
        if m := _CHINESE_TITLE.search(sentence):
            return Found(m["t"], sentence, confidence=SENTENCE_CONFIDENCE)
    return None


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


MAX_VESTING_YEARS = Decimal(10)  # no plan vests for longer: a bigger figure is another number


def _sane_equity(
    vesting: Found[Decimal] | None, cliff: Found[int] | None, unsure: list[Unsure]
) -> tuple[Found[Decimal] | None, Found[int] | None]:
    """Vesting years and a cliff that can be true; a reading beyond them ("Vestiging … 3542 AN
    Utrecht", a postcode) is left blank and shown as a candidate, not filled."""
    if vesting is not None and not Decimal(0) < vesting.value <= MAX_VESTING_YEARS:
        unsure.append(
            Unsure(
                "vesting_years",
                f"The letter seems to say {vesting.value} years of vesting, which cannot be "
                "right. Type the vesting period if the letter states one.",
                (vesting,),
            )
        )
        vesting = None
    if cliff is not None and (
        cliff.value <= 0
        or cliff.value > MAX_VESTING_YEARS * 12
        or (vesting is not None and cliff.value > vesting.value * 12)
    ):
        why = "longer than the vesting" if vesting is not None else "which cannot be right"
        unsure.append(
            Unsure(
                "cliff_months",
                f"The letter seems to say a cliff of {cliff.value} months, {why}. "
                "Type the cliff if the letter states one.",
                (cliff,),
            )
        )
        cliff = None
    return vesting, cliff


def _not_a_year(units: Found[Decimal] | None, unsure: list[Unsure]) -> Found[Decimal] | None:
    """A grant of "2026" units written bare, as a year is, is more likely a year than a count:
    blank, as a candidate (a count of that size is written "2,026" or "2.026"; a round
    2,000 is a common grant, so only the years a letter of now names count)."""
    if units is None or not (2020 <= units.value <= 2039) or units.value % 1:
        return units
    if not re.search(rf"(?<![\d.,'’]){int(units.value)}(?![\d.,'’]\d)", units.sentence):
        return units
    unsure.append(
        Unsure(
            "equity_units",
            f"The letter seems to give a grant of {units.value} units, which looks like a year. "
            "Type the grant's size if the letter states one.",
            (units,),
        )
    )
    return None


# A grant besides the new-hire one: performance shares, a long-term incentive plan, refresh
# grants, a plan whose terms come later. The equity terms describe the first new-hire grant.
_OTHER_GRANT = re.compile(
    r"\bperformance[- ](?:based |stock |share |restricted )*(?:units?|shares?|options?|awards?|"
    r"grants?|plan)|\bPSUs?\b|\bPSP\b|\bLTIP?\b|long[- ]term incentive|\brefresh\w*|"
    r"\b(?:annual|future|additional|further|ongoing) (?:equity )?(?:awards?|grants?)|"
    r"(?:will|to) be communicated|vous seront communiquées|"
    r"Performance[- ]Share|Leistungsaktien|actions de performance|prestatieaandelen|"
    r"\bpar ailleurs bénéficier",
    re.IGNORECASE,
)


def _first_grant(
    found: _Candidates,
    units: list[Found[Decimal]],
    vesting: list[Found[Decimal]],
    cliff: list[Found[int]],
    annual: list[Found[int]],
) -> tuple[list[Found[Decimal]], list[Found[Decimal]], list[Found[int]], list[Found[int]]]:
    """The readings of the first new-hire grant: where a letter also sets out performance
    shares, an LTIP award or refresh grants, their sizes, years and cliffs are left out; a
    letter whose only grant is of that kind keeps it."""
    values = found.money.get("equity_value", [])
    every: list[Found[Any]] = [*units, *vesting, *cliff, *annual, *values]
    if all(_OTHER_GRANT.search(f.sentence) for f in every):
        return units, vesting, cliff, annual

    def own(readings: list[Found[V]]) -> list[Found[V]]:
        return [f for f in readings if not _OTHER_GRANT.search(f.sentence)]

    if values:
        found.money["equity_value"] = own(values)
    found.grant_currency = [
        (f, c) for f, c in found.grant_currency if f in found.money.get("equity_value", [])
    ]
    return own(units), own(vesting), own(cliff), own(annual)


# Where a reply's quoted earlier message begins: "-----Original Message-----", "On 27 Nov
# 2026, Eleanor Pryce wrote:".
_QUOTED_BELOW = re.compile(
    r"^[\s>]*(?:-{2,}\s*(?:Original Message|Ursprüngliche Nachricht|Message d'origine|"
    r"Oorspronkelijk bericht|Oryginalna wiadomość)\s*-{2,}|"
    r"On .{5,120} wrote:|Am .{5,120} schrieb .{1,80}:|Le .{5,120} a écrit ?:|"
    r"Op .{5,120} schreef .{1,80}:)\s*$",
    re.IGNORECASE | re.MULTILINE,
)


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


_COMPANY_SHARES_AFTER = re.compile(
    r"^\s*(?:of\s+\w+\s+)?(?:are\s+|is\s+)?(?:outstanding|in issue|issued|authori[sz]ed|"
    r"fully diluted|in total)",
    re.IGNORECASE,
)
_COMPANY_SHARES_BEFORE = re.compile(
    r"(?:company|Company|we|capital)\s+(?:has|have|is|of|consists of)\s+(?:\w+\s+){0,2}$|"
    r"share capital\b[^.;]{0,20}$|out of\s+(?:~|about\s+)?$",
    re.IGNORECASE,
)


# "… with a one-year cliff: 1,500 options vest on the first anniversary … and the balance
# monthly": the grant's first part, not a grant of its own ("2,000 RSUs vest on the third
# anniversary" with nothing after is the grant).
_A_TRANCHE = re.compile(r"\s+(?:will\s+)?vest\s+(?:on|after|at|upon)\b", re.IGNORECASE)
_THE_REST = re.compile(r"\b(?:the\s+)?(?:balance|remainder|rest|remaining)\b", re.IGNORECASE)


def _not_the_grant(text: str, m: re.Match[str]) -> bool:
    """ "The company has 10,000,000 shares outstanding", "awards last year averaged 1,000
    shares": the company's shares or others' awards, not the user's grant."""
    after = text[m.end() : m.end() + 30]
    before = text[max(0, m.start() - 60) : m.start()]
    return bool(
        _COMPANY_SHARES_AFTER.search(after)
        or _COMPANY_SHARES_BEFORE.search(before)
        or _PAST_BONUS.search(before)
        or _SIDE_GRANT.search(before)
        or _SIDE_GRANT_AFTER.match(after)
    )


# "a one-time retention award of 800 RSUs", "A separate retention grant of 600 virtual
# options", "une attribution complémentaire de fidélisation (2 000 BSPCE supplémentaires)",
# "annual refresh grants of about 1,000 RSUs": another grant than the new hire's.
_SIDE_GRANT = re.compile(
    r"\b(?:retention|refresh(?:er)?|top-up|fidélisation|complémentaire|Halte\w*|Treue\w*|"
    r"retentie|separate|evergreen|future|annual)\b[^.;:]{0,40}$",
    re.IGNORECASE,
)
_SIDE_GRANT_AFTER = re.compile(r"\s*(?:\w+\s+){0,2}(?:supplémentaires|additionnels|zusätzliche)\b")


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


_CJK = re.compile(r"[\u3400-\u9fff]")
# "授予您 6,000 股限制性股票单位(RSU)", "8,000 股員工認股權": a Chinese grant's count, then
# its kind.
_CHINESE_UNITS = re.compile(
    r"(?<![\d.,])(?P<num>\d{1,3}(?:,\d{3})+|\d+)\s?(?:股|份|个单位|個單位)\s?(?:的\s?)?"
    r"(?:限制性股票|限制型股票|股票期权|股票期權|期权|期權|员工认股权|員工認股權|认股权|認股權|RSU)"
)
# "归属期为 4 年", "分 4 年归属", "歸屬期 4 年": the years it vests over.
_CHINESE_VESTING = re.compile(
    r"(?:(?:归属|歸屬)期\s?(?:为|為)?|分)\s?(?P<n>\d{1,2})\s?年(?:归属|歸屬|内|內|$|[,，:：;；。])"
)
# "入职满 1 年归属 25%", "滿一年後歸屬": nothing vests before the first year (or months) is full.
_CHINESE_CLIFF = re.compile(
    r"[满滿]\s?(?P<n>\d{1,2}|一|两|兩)\s?(?P<unit>年|个月|個月)\s?(?:后|後)?\s?(?:归属|歸屬)"
)


def _read_chinese_equity(
    text: str,
    source: str,
    confidence: float,
    units: list[Found[Decimal]],
    vesting: list[Found[Decimal]],
    cliff: list[Found[int]],
) -> None:
    """A grant's count, vesting years and cliff as a Chinese letter writes them."""
    if (um := _CHINESE_UNITS.search(text)) and (count := _figure(um["num"])) is not None:
        units.append(Found(count, source, confidence=confidence))
    if vm := _CHINESE_VESTING.search(text):
        vesting.append(Found(Decimal(int(vm["n"])), source, confidence=confidence))
    if cm := _CHINESE_CLIFF.search(text):
        n = {"一": 1, "两": 2, "兩": 2}.get(cm["n"]) or int(cm["n"])
        months = n * 12 if cm["unit"] == "年" else n
        cliff.append(Found(months, source, confidence=confidence))


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


_EMAIL_HEADER = re.compile(r"(?:From|To|Subject|Date|Cc|Sent):\s", re.IGNORECASE)
_DATE_ROW = re.compile(r"(?:Date|Dated|Datum)\s*:\s*\S", re.IGNORECASE)


def _own_date(table: list[Any], all_sentences: list[str]) -> FoundDate | None:
    """The letter's date: a "Date:" row, or a line that is only a date. In an e-mail the
    body's own date comes before the Date: header (the day it was sent)."""
    # A header's value may wrap onto a line of its own ('From: "Prof.' / 'Miriam …"').
    heads = [i for i, line in enumerate(all_sentences[:10]) if _EMAIL_HEADER.match(line)]
    if len(heads) > 2 and _GREETING.match(all_sentences[heads[-1] - 1]):
        heads.pop()  # "Dear Pádraig," over "Date: 27 November 2026": the letter's own row
    header = heads[-1] + 1 if len(heads) >= 2 and heads[0] == 0 else 0
    if header >= 2:
        body = all_sentences[header:]
        # A letter pasted into the mail below its own "Dear …" keeps its own date above the
        # letter's "Dear …": that date, not the day the mail was sent.
        greetings = [i for i, line in enumerate(body) if _GREETING.match(line)]
        pasted = _letter_date(body[greetings[0] + 1 :]) if len(greetings) >= 2 else None
        # "Dear Pádraig," over "Date: 27 November 2026" and "Re: Offer of employment": a
        # letter pasted below the mail's greeting, its "Date:" row the first of its lines.
        first = greetings[0] + 1 if greetings else len(body)
        under = [line for line in body[first : first + 1] if _DATE_ROW.match(line)]
        own = _letter_date(body) or pasted or _letter_date(under)
        # "Hallo Malte, … hier unser Angebot" over "Hamburg, 3. Dezember 2026": a letter
        # pasted under the mail's greeting, dated on a line of its own without a "Dear …".
        own = own or _town_date_line(body[first:])
        own = own or _forwarded_date(all_sentences) or _quoted_offer_date(body)
        return own or _letter_date(all_sentences[:header])
    own = _letter_date_of_pairs(table) or _letter_date(all_sentences)
    own = own or _town_date_line(all_sentences) or _chat_date(all_sentences)
    return own or _note_date(all_sentences) or _head_date(all_sentences)


# What a date in the letter's head may be other than the letter's own: an interview, an
# application, a start, a reply, a call's time.
_OTHER_EVENT = re.compile(
    r"interview|Gespräch|entretien|gesprek|application|Bewerbung|candidature|sollicitatie|"
    r"vom\b|du\b|of your|received|\bstart|join|Eintritt|début|reply|Antwort|réponse|"
    r"\d{1,2}:\d\d",
    re.IGNORECASE,
)


def _head_date(all_sentences: list[str]) -> FoundDate | None:
    """The one full date in the letter's head, above its salutation, that names no other
    event ("Our ref: KAS/HR/2026/0412 27 November 2026", "Bremen, 2. Dezember 2026 Unser
    Zeichen:" on a two-column page): the letter's date, as an assumption."""
    head: list[str] = []
    for sentence in all_sentences[:20]:
        if _GREETING.match(sentence):
            break
        head.append(sentence)
    else:
        return None  # no salutation: no head to speak of
    found: list[tuple[str, _DateMention]] = []
    for sentence in head:
        mentions = [m for m in _dates(sentence, None) if len(m.choices) == 1 and not m.year_missing]
        if mentions and not _OTHER_EVENT.search(sentence):
            found += [(sentence, m) for m in mentions]
    if len({m.choices for _, m in found}) != 1:
        return None
    sentence, mention = found[0]
    note = "The one date above the salutation, taken as the letter's."
    return replace(_found_date(sentence, mention, "date", confidence=ASSUMED_CONFIDENCE), note=note)


# "_Notes from offer call, Thu 19 Nov 2026 — pasted from #hiring_", "*Stand: 2. Dezember
# 2026, nach dem Telefonat*": a note's line that says when it was written, then why.
_NOTE_DATED = re.compile(
    r"[_*\s]*(?:notes? (?:from|of|after) [\w -]{2,40}?,\s*|"
    r"(?:Stand|as of|Stand vom)\s*:?\s+)(?P<d>.+)",
    re.IGNORECASE,
)


def _note_date(all_sentences: list[str]) -> FoundDate | None:
    """A note's date at its top (a recap pasted from a chat or a wiki has no date line)."""
    for sentence in all_sentences[:6]:
        m = _NOTE_DATED.fullmatch(sentence)
        mentions = _dates(m["d"], None) if m else []
        if m and mentions and mentions[0].start <= 4 and len(mentions[0].choices) == 1:
            gap = m["d"][mentions[0].end :]
            if not gap.strip(" _*") or re.match(r"\s*[—–,(-]", gap):
                return _found_date(sentence, mentions[0], "date")
    return None


# A chat's export: Slack's day line ("----- Tuesday, December 1st -----") and WhatsApp's
# stamp before each message ("26/11/26, 9:14:03 am: Priya Raman: …").
_CHAT_DAY = re.compile(r"-{3,}\s*(?P<d>[^-]{6,40}?)\s*-{3,}")
_CHAT_STAMP = re.compile(
    r"\[?(?P<a>[0-3]?\d)[/.](?P<b>[01]?\d)[/.](?P<y>\d\d(?:\d\d)?),?\s+\d{1,2}:\d\d"
)


def _chat_day(words: str, years: set[int]) -> _DateMention | None:
    """Slack's "Tuesday, December 1st": the day in the year near the chat's other dates (or
    the one before) in which it falls on the weekday named, if only one year fits."""
    named = re.match(r"([^\W\d_]{3,})", words)
    weekday = _WEEKDAYS.get(named.group(1).casefold()) if named else None
    mentions = _dates(words, date(2000, 1, 1)) if weekday is not None else []
    if len(mentions) != 1 or not mentions[0].year_missing or len(mentions[0].choices) != 1:
        return None
    first = mentions[0].choices[0]
    fits = []
    for year in sorted({y + step for y in years for step in (-1, 0)}):
        try:
            candidate = first.replace(year=year)
        except ValueError:
            continue  # 29 February
        if candidate.weekday() == weekday:
            fits.append(candidate)
    return _DateMention(0, len(words), (fits[0],), settled_by="weekday") if len(fits) == 1 else None


def _unstamped(sentence: str) -> str:
    """The sentence with a chat message's stamp blanked out (its offsets kept)."""
    stamp = _CHAT_STAMP.match(sentence)
    if stamp is None:
        return sentence
    end = sentence.find("]", stamp.end())
    end = end + 1 if 0 <= end - stamp.end() <= 12 else stamp.end()
    return " " * end + sentence[end:]


def _stamp_day(sentence: str, order: str = "") -> date | None:
    """The day a WhatsApp message was sent: day first unless only the month can be, or as
    the chat's other stamps settle it (`order` "day" or "month")."""
    stamp = _CHAT_STAMP.match(sentence)
    if stamp is None:
        return None
    a, b, y = int(stamp["a"]), int(stamp["b"]), int(stamp["y"])
    year = y + 2000 if y < 100 else y
    if a <= 12 and b <= 12 and a != b and not order:
        return None  # "03/11/26": which comes first the chat does not say
    month_first = b > 12 or (order == "month" and a <= 12)
    try:
        return date(year, a, b) if month_first else date(year, b, a)
    except ValueError:
        return None


def _stamp_order(all_sentences: list[str]) -> str:
    """ "day" when a chat's stamps can only put the day first ("[24/11/2026, 09:41]"),
    "month" when only the month, else ""."""
    orders = set()
    for sentence in all_sentences:
        if stamp := _CHAT_STAMP.match(sentence):
            a, b = int(stamp["a"]), int(stamp["b"])
            if a > 12 >= b:
                orders.add("day")
            elif b > 12 >= a:
                orders.add("month")
    return orders.pop() if len(orders) == 1 else ""


def _chat_messages(all_sentences: list[str]) -> list[int]:
    """For each sentence, the number of the chat message it belongs to (the stamped line it
    is in or follows); all zero when the text is no chat of three or more stamped lines."""
    stamps = [i for i, s in enumerate(all_sentences) if _CHAT_STAMP.match(s)]
    if len(stamps) < 3:
        return [0] * len(all_sentences)
    out, current = [], 0
    for i in range(len(all_sentences)):
        current += i in stamps
        out.append(current)
    return out


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


def _chat_offer_date(all_sentences: list[str]) -> FoundDate | None:
    """A WhatsApp export's date: the day of its newest message that names an amount (the
    offer on the table), None when it is no chat or names none."""
    numbers = _chat_messages(all_sentences)
    offers = [n for s, n in zip(all_sentences, numbers, strict=True) if n and _MONEY.search(s)]
    if not offers:
        return None
    stamped = [s for s, n in zip(all_sentences, numbers, strict=True) if n == offers[-1]]
    day = _stamp_day(stamped[0], _stamp_order(all_sentences))
    if day is None:
        return None
    stamp = _CHAT_STAMP.match(stamped[0])
    return _found_date(stamp.group(0) if stamp else "", _DateMention(0, 10, (day,)), "date")


def _chat_date(all_sentences: list[str]) -> FoundDate | None:
    """An exported chat's date: the day its first message was sent. Slack's day line gives
    no year, which the day of the week settles (the year near the chat's other dates in
    which that day falls on it); WhatsApp's stamp is read day first unless only the month
    can come first."""
    years = {int(y) for s in all_sentences for y in re.findall(r"\b(20\d\d)\b", s)}
    for sentence in all_sentences[:12]:
        day = _CHAT_DAY.fullmatch(sentence.strip())
        if day is not None and (mention := _chat_day(day["d"], years)) is not None:
            return _found_date(sentence, mention, "date")
        stamp = _CHAT_STAMP.match(sentence)
        if stamp:
            a, b, y = int(stamp["a"]), int(stamp["b"]), int(stamp["y"])
            if a <= 12 and b <= 12 and a != b:
                return None  # "03/11/26": which comes first the chat does not say
            year = y + 2000 if y < 100 else y
            try:
                sent = date(year, b, a) if b <= 12 else date(year, a, b)
            except ValueError:
                return None
            mention = _DateMention(0, stamp.end(), (sent,))
            return _found_date(sentence, mention, "date")
    return None


_TOWN_DATE = re.compile(
    r"(?P<t>[A-ZÄÖÜÅ][\w.'’-]*(?: [A-ZÄÖÜÅ][\w.'’-]*){0,2}),\s*(?:(?:le|den|am|the)\s+)?(?P<d>.+)"
)


def _town_date_line(all_sentences: list[str]) -> FoundDate | None:
    """ "Copenhagen, 2 December 2026" on a line of its own below the letter's opening: a
    two-column page sets its date line where its column breaks. The letter's date when it
    is the only such line, its town a real one."""
    found: list[tuple[str, _DateMention]] = []
    for sentence in all_sentences:
        m = _TOWN_DATE.fullmatch(sentence.strip(" ."))
        if not m or not is_town(m["t"]):
            continue
        mentions = _dates(m["d"], None)
        if len(mentions) == 1 and mentions[0].end - mentions[0].start >= len(m["d"]) - 2:
            found.append((sentence, mentions[0]))
    if len({mention.choices for _, mention in found}) != 1:
        return None
    sentence, mention = found[0]
    return _found_date(sentence, mention, "date", confidence=SENTENCE_CONFIDENCE)


# "---------- Forwarded message ---------", "Begin forwarded message:": the offer below it
# was sent earlier, by the message whose headers follow.
_FORWARDED = re.compile(
    r"^[-\s>]*(?:Forwarded message|Begin forwarded message|Forwarded e-?mail|"
    r"Weitergeleitete Nachricht|Message transféré|Doorgestuurd bericht|"
    r"Wiadomość przekazana(?: dalej)?)\b[-\s:]*$",
    re.IGNORECASE,
)
_FORWARDED_HEADER = re.compile(
    r"(?:From|To|Subject|Date|Cc|Sent|Von|An|Betreff|Datum|Gesendet|De|À|Objet|Envoyé|"
    r"Van|Aan|Onderwerp|Verzonden|Od|Do|Temat|Data)\s?:\s",
    re.IGNORECASE,
)
_SENT_ON = re.compile(r"(?:Date|Sent|Datum|Gesendet|Envoyé|Verzonden|Data)\s?:", re.IGNORECASE)


# "Subject: FW: Offer …": a mail that forwards another, whatever marks where the forwarded
# one begins (Outlook writes "-----Original Message-----", as it does for a reply).
_FORWARD_SUBJECT = re.compile(
    r"(?:Subject|Betreff|Objet|Onderwerp|Temat)\s?:\s*(?:(?:RE|AW|Antw)\s?:\s*)*"
    r"(?:FW|FWD|WG|TR|Doorst|PD)\s?:",
    re.IGNORECASE,
)
_ORIGINAL_MESSAGE = re.compile(
    r"^[-\s>]*(?:Original Message|Ursprüngliche Nachricht|Message d'origine|"
    r"Oorspronkelijk bericht|Oryginalna wiadomość)[-\s]*$",
    re.IGNORECASE,
)


def _forwarded_date(all_sentences: list[str]) -> FoundDate | None:
    """A forwarded offer's date: its own date line, else its Date: header (the day the
    message that makes the offer was sent, not the day it was forwarded)."""
    forward = any(_FORWARD_SUBJECT.match(line) for line in all_sentences[:10])
    for index, line in enumerate(all_sentences[:60]):
        if not (_FORWARDED.match(line) or (forward and _ORIGINAL_MESSAGE.match(line))):
            continue
        rest = all_sentences[index + 1 :]
        heads = 0
        while heads < min(len(rest), 8) and _FORWARDED_HEADER.match(rest[heads]):
            heads += 1
        if _forwards_again(rest[:heads], rest[heads:60]):
            continue
        own = _letter_date(rest[heads:])
        if own is not None:
            return own
        for head in rest[:heads]:
            mentions = _dates(head, None) if _SENT_ON.match(head) else []
            if mentions and not mentions[0].year_missing:
                return _found_date(head, mentions[0], "date")
        return None
    return None


def _forwards_again(heads: list[str], below: list[str]) -> bool:
    """Whether a forwarded message ("Subject: Fwd: Your offer …") forwards another one
    below it: the offer is in the innermost, and its date is the day that one was sent."""
    return any(_FORWARD_SUBJECT.match(head) for head in heads) and any(
        _FORWARDED.match(line) or _ORIGINAL_MESSAGE.match(line) for line in below
    )


def _quoted_offer_date(body: list[str]) -> FoundDate | None:
    """A short reply that names no figure above the quoted offer ("Thanks, this all looks
    good" over "On Mon, Nov 30, 2026 at 3:18 PM Dana wrote:"): the offer's date is the day
    the quoted message was sent, not the reply's."""
    for index, line in enumerate(body[:40]):
        if not _QUOTED_BELOW.match(line) or _ORIGINAL_MESSAGE.match(line):
            continue
        if any(_MONEY.search(above) for above in body[:index]):
            return None  # the reply above changes the offer: it is the one on the table
        if not any(_MONEY.search(below) for below in body[index + 1 :]):
            return None
        mentions = [m for m in _dates(line, None) if not m.year_missing and len(m.choices) == 1]
        return _found_date(line, mentions[0], "date") if mentions else None
    return None


def _letter_date_of_pairs(table: list[Any]) -> FoundDate | None:
    for pair in table[:12]:
        if pair.term == "letter_date":
            mentions = _dates(pair.value, None)
            if len(mentions) == 1:
                return _found_date(pair.source, mentions[0], "date", confidence=PAIR_CONFIDENCE)
    return None


_OUR_TOWN_OFFICE = re.compile(
    r"(?:our|the)\s+(?P<t>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)\s+(?:office|studio|campus|hub|HQ|"
    r"headquarters)\b(?!\s*,\s*[A-Z])",
    re.IGNORECASE,
)
_TOWN_QUARTER = re.compile(r"(?P<t>[A-ZÉ][\w'’-]+)\s+[A-ZÉ][\w'’-]+(?=\s*(?:,|\(|$))")
_SITE_OF_TOWN = re.compile(
    r",\s*(?:site|campus|locatie|vestiging|établissement|antenne|Standort|sede)\s+"
    r"(?:de\s+|d['’]|du\s+|van\s+|in\s+)?(?P<t>[A-ZÉÄÖÜ][\w'’-]+(?:[ -][A-ZÉÄÖÜ][\w'’-]+)?)\s*$",
    re.IGNORECASE,
)
_PLACE_CUT = re.compile(r"\s*(?:\(|;|\s[–—-]\s|\bwith\b|\bhybrid\b)")
_WORK_MODE = re.compile(r"(?:hybrid|on[- ]?site|in[- ]office)\b[\s,:;–—-]*", re.IGNORECASE)
# Two places offered ("London or Manchester"): the user says which.
_EITHER = re.compile(r"\s(?:or|oder|ou|of|lub)\s|\s/\s", re.IGNORECASE)
_STREET = re.compile(r"\d|\b(?:street|road|avenue|straße|strasse|rue|laan|weg|ul\.)\b", re.I)


_COUNTRY_NAMES = {
    "US": "United States",
    "USA": "United States",
    "U.S.": "United States",
    "UK": "United Kingdom",
}


_COUNTRY = re.compile(rf"(?:{_COUNTRIES})")


def _country(place: str) -> bool:
    return _COUNTRY.fullmatch(place.strip(" .,")) is not None


# Where a remote role may be done, told in any words after "remote": "reside in the US",
# "open to residents of Canada", "innerhalb Deutschlands", "depuis la France".
_REMOTE_LAND = re.compile(
    rf"\b(?:in|within|from|of|across|throughout|innerhalb|aus(?: ganz)?|in ganz|überall in|binnen|"
    rf"vanuit|depuis|en|partout en)\s+(?:any(?:where in)?\s+)?(?:the\s+|la\s+|der\s+)?"
    rf"(?P<c>{_COUNTRIES}|Deutschlands?|Österreichs?|Schweiz|Nederland|België|Belgique|Suisse)"
    rf"(?!\w)"
)


def _land_as_written(country: str) -> str:
    """The country as the letter names it, in the nominative ("innerhalb Deutschlands")."""
    return re.sub(r"^(Deutschland|Österreich)s$", r"\1", country)


def _country_name(country: str) -> str:
    """A country named in passing ("anywhere in the US") in full, as a place is shown."""
    return _COUNTRY_NAMES.get(country, country)


# What may follow a town after its comma: a state or a province ("Austin, TX", "Toronto,
# Ontario"), a country or a nation ("Edinburgh, Scotland"); not a site or a district
# ("Rotterdam, World Port Center", "Hamburg, Altona"), which the town already says.
_REGION_NAMES = frozenset(
    {
        "Scotland", "England", "Wales", "Northern Ireland", "Ontario", "Quebec", "Québec",
        "British Columbia", "Alberta", "Manitoba", "Nova Scotia", "New South Wales",
        "Victoria", "Queensland", "Bavaria", "Bayern", "California", "Texas", "New York",
        "Washington", "Massachusetts", "Illinois", "Ohio", "Colorado", "Georgia", "Florida",
        "Karnataka", "Maharashtra", "Telangana", "Tamil Nadu", "Haryana",
        "Alabama", "Alaska", "Arizona", "Arkansas", "Connecticut", "Delaware", "Hawaii",
        "Idaho", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland",
        "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada",
        "New Hampshire", "New Jersey", "New Mexico", "North Carolina", "North Dakota",
        "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island", "South Carolina",
        "South Dakota", "Tennessee", "Utah", "Vermont", "Virginia", "West Virginia",
        "Wisconsin", "Wyoming", "Saskatchewan", "New Brunswick", "Tasmania",
        "Western Australia", "South Australia", "Baden-Württemberg", "Hessen", "Sachsen",
    }
)  # fmt: skip


def _town_and_region(place: str) -> str:
    """The town and its state or nation; "" when two towns are named ("Canary Wharf,
    London": a district and its city, which is which a list of towns cannot tell)."""
    town, _, rest = place.partition(",")
    rest = rest.strip(" .")
    if _country(rest):
        return town.strip()  # "Berlin, Germany": the town says it; a state is kept
    if not rest or re.fullmatch(r"[A-Z]{2,3}|[A-Z]\.[A-Z]\.", rest):
        return place
    if rest in _REGION_NAMES or rest in _INDIAN_STATES or rest in _LATIN_STATES:
        return place
    if _two_towns(place):
        # "London, Canary Wharf", "Sandton, Johannesburg": a city and a district of it (a
        # name too small to be counted beside a city of half a million or more).
        return city_of_pair(town, rest)
    return town.strip()


# India's states after a town are kept as the letter writes them ("Hosur, Tamil Nadu"), as a
# US state or a Canadian province is (the corpus's convention settled on 2 December 2026).
_INDIAN_STATES = frozenset(
    {"Karnataka", "Maharashtra", "Telangana", "Tamil Nadu", "Haryana", "Gujarat", "Kerala",
     "Odisha", "West Bengal", "Uttar Pradesh", "Rajasthan", "Andhra Pradesh", "Punjab",
     "Madhya Pradesh", "Bihar", "Assam", "Jharkhand", "Chhattisgarh", "Uttarakhand",
     "Himachal Pradesh", "Goa", "Tripura", "Meghalaya", "Manipur", "Nagaland", "Mizoram",
     "Sikkim", "Arunachal Pradesh", "Jammu and Kashmir", "Jammu & Kashmir", "Puducherry",
     "Chandigarh", "Ladakh"}
)  # fmt: skip
# So are the states of Mexico and Brazil and the departments of Colombia ("Guadalajara,
# Jalisco", "Monterrey, N.L."), by name and by the abbreviations letters write; not those
# named as their capital is (Puebla, Querétaro), which may be the town itself.
_LATIN_STATES = frozenset(
    {"Aguascalientes", "Baja California", "Baja California Sur", "Campeche", "Chiapas",
     "Chihuahua", "Coahuila", "Colima", "Durango", "Guanajuato", "Guerrero", "Hidalgo",
     "Jalisco", "Estado de México", "Michoacán", "Morelos", "Nayarit", "Nuevo León", "Oaxaca",
     "Quintana Roo", "Sinaloa", "Sonora", "Tabasco", "Tamaulipas", "Tlaxcala", "Yucatán",
     "N.L", "Jal", "Gto", "Qro", "Chih", "Edomex", "Edo. Méx", "B.C", "Coah", "Son",
     "Santa Catarina", "Minas Gerais", "Rio Grande do Sul", "Paraná", "Bahia", "Pernambuco",
     "Ceará", "Goiás", "Antioquia", "Cundinamarca", "Valle del Cauca", "Atlántico"}
)  # fmt: skip


def _two_towns(place: str) -> bool:
    town, _, rest = place.partition(",")
    rest = rest.strip(" .")
    return bool(rest) and rest not in _REGION_NAMES and is_town(town) and is_town(rest)


# A building or an institution's name before its town ("BeratungsCenter Uelzen", "Civic
# Centre, Paddock Wood", "Lakeridge University Hospital, Madison, WI"): a word for a site.
_SITE_WORD = re.compile(
    r"(?:cent(?:er|re)|zentrum|campus|hospital|klinik\w*|infirmary|clinic|rathaus|town hall|"
    r"city hall|university|universität|college|school|office|büro|building|house|tower|"
    r"plaza|park|hub|works|plant|depot|station|mairie|hôtel|hôpital|"
    # "Werk München-Riem", "Niederlassung Leipzig": a German works or branch, then its town.
    r"\bwerk\b|niederlassung|filiale|"
    # "Stadskantoor Zwolle", "Verwaltungsgebäude Kassel": a building's kind ending its name.
    r"kantoor|gebouw|stadhuis|gemeentehuis|gebäude|bâtiment|immeuble|biuro|budynek|"
    # "oficina de Madrid (Chamberí)", "stabilimento di Imola (BO)", "escritório do Porto"
    r"oficinas?|escritório|stabilimento|ufficio|sede operativa|kontoret|kontor|"
    # "unsere Werkstatt in Leipzig-Plagwitz", "notre atelier à Nantes"
    r"werkstatt|atelier|werkplaats|workshop|productiesite|"
    # "DC Tilburg": a distribution centre, by its initials.
    r"(?-i:DC|RDC|NDC|FC))",
    re.IGNORECASE,
)


_TOWN_OFFICE = re.compile(
    r"(?P<t>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)?) (?:office|offices|studio|hub)"
)


def _without_site(value: str) -> str:
    """The town of a place written as a site's name then its town: the site's name left
    out, when what is left starts with a town and the name itself is none."""
    parts = [p.strip() for p in value.split(",")]
    first = parts[0]
    if is_town(first) or _country(first) or not _SITE_WORD.search(first):
        return value
    # "our Brisbane office, Fortitude Valley": the office's town, then the suburb it is in.
    office = _TOWN_OFFICE.fullmatch(first)
    if office and len(parts) > 1 and is_town(office["t"]) and is_town(parts[1]):
        return office["t"]
    if len(parts) > 1 and is_town(parts[1]):
        return ", ".join(parts[1:])  # "Civic Centre, Paddock Wood"
    words = first.split()
    for count in range(1, min(3, len(words) - 1) + 1):
        town = " ".join(words[-count:])
        if is_town(town) and _SITE_WORD.search(" ".join(words[:-count])):
            district = _TOWN_DISTRICT.fullmatch(town)
            if district and is_town(district["t"]) and not is_town(district["d"]):
                town = district["t"]  # "unser Büro in Leipzig-Plagwitz": the office's city
            return ", ".join([town, *parts[1:]])  # "BeratungsCenter Uelzen"
    for count in range(len(words) - 1, 0, -1):
        town = " ".join(words[:count])
        # Not "Truganina DC": a suburb before a depot's initials may not be the town.
        if is_town(town) and _SITE_WORD.fullmatch(words[-1]) and not words[-1].isupper():
            return ", ".join([town, *parts[1:]])  # "Site: Harrogate Clinic": the town first
    return value


def _tidy_place(value: str) -> str:
    """A place of work as the letter names it, without street, notes or brackets; a remote
    role keeps its country ("Remote (United States)")."""
    value = _WORK_MODE.sub("", value.strip(" ."), count=1) if _WORK_MODE.match(value) else value
    site_led = _SITE_WORD_FIRST.match(value.strip()) is not None
    value = value.strip(" .")
    if bracketed := re.fullmatch(r"\(([^()]+)\)", value):
        value = bracketed.group(1)  # "Hybrid (Amsterdam)": the town in the brackets
    # "上海", "新竹(新竹科學園區 Fab 12B)", "กรุงเทพมหานคร": a town in a script without capitals.
    if (local := re.match(r"[\u0e00-\u0e7f\u3400-\u9fff]+", value)) and is_town(local.group(0)):
        return local.group(0)
    if remote_fr := _REMOTE_FR_VALUE.match(value):
        # "Lieu : télétravail complet, depuis la France": the French word, and its country.
        land = _REMOTE_FR_IN.search(value)
        if land or remote_fr.group(1):
            return f"Télétravail ({land['c']})" if land else "Télétravail"
    # "Our London office at 41 Leonard Street (hybrid …)": the office by its town.
    office = _OUR_TOWN_OFFICE.match(value)
    if office and is_town(office["t"]):
        return office["t"]
    # "our San Francisco, CA office", "site de Blagnac (…)": the site's kind before its town.
    if not is_town(re.split(r"\s*[,(]", value)[0]):  # not "The Hague"
        value = _SITE_FIRST.sub("", value, count=1)
    # "Site de Lyon Part-Dieu, en mode hybride": a site's town, then its quarter.
    quarter = _TOWN_QUARTER.match(value) if site_led else None
    if quarter and is_town(quarter["t"]) and not is_town(quarter.group(0)):
        return quarter["t"]
    # "Wien 3., Landstraßer Hauptstraße 71": the town, its district's number, its street.
    if (street_after := _TOWN_THEN_STREET.match(value)) and is_town(street_after["t"]):
        return street_after["t"]
    # "Paris 2e (17, rue du Sentier)", "Lyon 3ème": a French town and its arrondissement.
    if (ward := _ARRONDISSEMENT.match(value)) and is_town(ward["t"]):
        return ward["t"]
    # "UK (remote)", "Germany – remote": a remote role in that country.
    remote_in = re.fullmatch(
        rf"(?P<c>{_COUNTRIES})\s*(?:\(\s*remote\s*\)|[–—,-]\s*remote)", value, re.IGNORECASE
    )
    if remote_in:
        return f"Remote ({remote_in['c']})"
    if re.match(r"remot[eo]\b", value, re.IGNORECASE):
        m = re.match(r"(?i)remot[eo]\s*(\([^)]*\))?", value)
        if m and m.group(1):
            # "Remote (anywhere in New Zealand)": the country the words name.
            inside = m.group(1)[1:-1].strip()
            land = None if _country(inside) else _REMOTE_LAND.search(inside)
            if land:
                return f"{value[:6]} ({_land_as_written(land['c'])})"
            return m.group(0).strip()
        # "Remote within the EU": a region of many countries, kept as the letter says it.
        region = re.match(
            r"(?i)remote\s+(?:anywhere\s+)?(?:within|in|across)\s+(?:the\s+)?"
            r"(?:EU|European Union|Europe|EEA|EMEA)\b",
            value,
        )
        if region:
            return region.group(0)
        # "Remote – United Kingdom (…)", "Remote — anywhere in the US": its country.
        country = re.match(
            rf"remote\s*(?:[–—,:-]\s*|\s)(?:(?:anywhere|based)\s+)?(?:(?:in|within)\s+)?"
            rf"(?:the\s+)?(?P<c>{_COUNTRIES})\b",
            value,
            re.IGNORECASE,
        )
        # "Remote – candidates must reside in the US", "remote innerhalb Deutschlands": the
        # country in any words, as the letter writes it (a settled convention).
        country = country or _REMOTE_LAND.search(value)
        return f"Remote ({_land_as_written(country['c'])})" if country else "Remote"
    numbered = re.match(r"[^–—]*\d[^–—]*\s[–—-]\s(?P<rest>[A-Z].*)", value)
    if numbered:
        value = numbered["rest"]  # "Store #1142 – Phoenix, AZ": the site's number, then its town
    if site_led:
        # "Standort Süd (Klinik am Weidenhang), Bielefeld": a site's note in brackets before
        # the comma that comes before its town.
        value = re.sub(r"\s*\([^()]*\)(?=\s*,)", "", value)
    site_of = _SITE_OF_TOWN.search(value)
    if site_of and is_town(site_of["t"]):
        # "Hôpital Saint-Roch, site de Montclair", "Noorderpoort Ziekenhuis, locatie
        # Emmeloord": an institution, then which of its sites, by its town.
        return site_of["t"]
    # "Ardmore House, Mahon Point, Cork": a building's name first, then where it is.
    value = re.sub(
        r"^[^,]*\b(?:House|Building|Tower|Court|Plaza|Chambers|Hall|Quay|Wharf|Centre|Center)\s*,\s*"
        r"(?=[^,]+,)",
        "",
        value,
    )
    place = _without_site(_PLACE_CUT.split(value, maxsplit=1)[0])
    # "20 Harbour Quay, Canary Wharf, London E14 5QX": a UK postcode names the town before it.
    place = re.sub(r"\s+[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}(?=\s*(?:,|$))", "", place)
    parts = [p.strip() for p in place.split(",")]
    if (
        len(parts) >= 3
        and is_town(parts[-2])
        and _town_and_region(f"{parts[-2]}, {parts[-1]}") == f"{parts[-2]}, {parts[-1]}"
        and parts[-1] in (_REGION_NAMES | _INDIAN_STATES | _LATIN_STATES)
    ):
        # "Financial District, Nanakramguda, Hyderabad, Telangana": the district and the
        # quarter, then the town and its state.
        return f"{parts[-2]}, {parts[-1]}"
    if len(parts) > 1 and not is_town(parts[0]) and not _country(parts[0]):
        # "Customer site, Chantilly, VA", "unsere Werkstatt in der Hochdorfer Straße,
        # Freiburg": a site or a street named first, then the town it is in.
        # Not "WA" (a state's code, though Wa is a town in Ghana): "Puget Narrows, WA".
        later = [i for i, part in enumerate(parts) if i and is_town(part) and not _state(part)]
        if later:
            place = ", ".join(parts[later[-1] :])
    place = _SITE.sub("", place).strip(" ,.")
    if _EITHER.search(place):
        return ""
    parts = [p.strip() for p in place.split(",")]
    kept = [parts[0]]
    for part in parts[1:]:
        # "Edison, NJ. You may travel …": the place ends where its sentence does.
        part, ended = re.subn(r"\.\s.*$", "", part)
        # "…, Sparks, NV 89431": the state stays, its ZIP code does not.
        part = re.sub(r"^([A-Z]{2})\s+\d{5}(?:-\d{4})?$", r"\1", part)
        # "…, Noida, Uttar Pradesh 201309": an Indian state stays, its PIN code does not.
        pin = re.fullmatch(r"(?P<state>[^\d]+?)\s*[-–]?\s*\d{3}\s?\d{3}", part)
        if pin and pin["state"] in _INDIAN_STATES:
            part = pin["state"]
        if _STREET.search(part) or not part[:1].isupper() or len(part.split()) > 3:
            break
        kept.append(part)
        if ended:
            break
    place = _town_and_region(", ".join(kept))
    if _STREET.search(place) or not place[:1].isupper() or len(place.split()) > 5:
        return ""
    # Even under its label, a value that names no town ("Flexible", "Head Office", "To be
    # agreed") is no place of work: blank, not a word the user must spot.
    if not any(is_town(part) or _country(part) for part in [place, *kept]):
        return ""
    if len(kept) == 1 and _state(place):
        return ""  # a state alone is no place of work
    return place


def _state(part: str) -> bool:
    """Whether a part of a place is a US state's code ("WA", "NC 27601")."""
    return re.fullmatch(rf"(?:{_US_STATE_CODES})(?:\s+\d{{5}})?", part.strip()) is not None


# A remote post in French under a place's label, wholly ("télétravail complet") or from a
# country ("télétravail, depuis la France").
_REMOTE_FR_VALUE = re.compile(
    r"(?:(?:en|100 ?%)\s+)?télétravail(\s+(?:complet|total|intégral|à 100 ?%))?\b", re.I
)
# What a site is, before its town: "our …", "the …", "site de …", "notre établissement de …".
_SITE_FIRST = re.compile(
    r"^(?:(?:our|the|notre|nos|unser(?:e|em)?|ons|onze)\s+)?"
    # "Siège de Namur": the head office, then its town.
    r"(?:(?:site|établissement|agence|bureaux?|usine|entrepôt|studio|campus|locaux|siège)"
    r"\s+(?:de\s+|d['’]|du\s+)|"
    # "Standort Magdeburg-Rothensee", "vestiging Eindhoven": the site's word, then its town.
    r"(?:Standort|Betriebsstätte|Niederlassung|vestiging|locatie|Unternehmenszentrale|Zentrale|"
    r"Hauptsitz|Firmensitz|Hauptverwaltung)\s+(?=[A-ZÄÖÜ])|"
    r"(?=[A-ZÄÖÜÉ]))",
    re.IGNORECASE,
)
# A town and its district's number, then a street: "Wien 3., Landstraßer Hauptstraße 71",
# "Paris 9e, 12 rue Laffitte", "Lyon 7e – 5 avenue …".
_ARRONDISSEMENT = re.compile(
    r"(?P<t>[A-ZÉ][\w'’-]+)\s+\d{1,2}(?:e|er|ème)(?=\s*(?:\(|,|$|[–—-]\s))"  # "Paris 10e – hybrid"
)
_TOWN_THEN_STREET = re.compile(
    r"(?P<t>[A-ZÄÖÜÉ][\w'’-]+(?:\s[A-ZÄÖÜÉ][\w'’-]+)?)"
    # Not "Austin, TX 78701", "Dublin, Ireland (2 days a week)": a state's letters, a country.
    r"(?:\s+\d{1,2}(?:\.|e|er|ème|\. Bezirk)?)?\s*[,–—-](?!\s*[A-Z]{2,3}\b)"
    r"(?=\s*\d|[^,(]*(?:stra(?:ß|ss)e|gasse|platz|allee|weg|laan|straat|rue|avenue|"
    r"boulevard|street|road|lane)\b)"
)


# Words under a place's label that say no place: not worth naming as "not a town I know".
_NO_PLACE_WORDS = re.compile(
    r"(?:flexible|hybrid|remote|home|home ?office|télétravail|thuiswerken|mobile arbeit|"
    r"nationwide|worldwide|global|international|national|regional|multiple|several|field|"
    r"field[- ]based|mobile|travel\w*|on[- ]?site|client sites?|customer sites?|"
    r"\w+[- ]wide|bundesweit|deutschlandweit|landelijk|au siège|siège|"
    r"head office|office|offices|hq|tbc|tbd|n/a|to be "
    r"(?:agreed|confirmed)|various|any|anywhere|our \w+|the \w+|nach vereinbarung|"
    r"à convenir|in overleg)$",
    re.IGNORECASE,
)
_NAME_LIKE = re.compile(
    r"[A-ZÄÖÜÉ][\w'’.-]*(?:[ -](?:am|an der|im|sur|de|[A-ZÄÖÜÉ][\w'’.-]*)){0,3}"
    # A name in Hebrew letters, of up to three words ("חיפה", "תל אביב").
    r"|[\u05d0-\u05ea][\u05d0-\u05ea\"'׳״-]*(?: [\u05d0-\u05ea][\u05d0-\u05ea\"'׳״-]*){0,2}"
)


def _unknown_place(value: str) -> str:
    """The name under a place's label that the gazetteer does not know ("Kleinwalsertal",
    "Gachibowli"), or "" when the value names no place at all or names a known one."""
    value = _WORK_MODE.sub("", value.strip(" ."), count=1) if _WORK_MODE.match(value) else value
    if _SITE_WORD_FIRST.match(value.strip()):
        value = re.sub(r"\s*\([^()]*\)(?=\s*,)", "", value)  # "Standort Süd (Klinik …), Ort"
    parts = _PLACE_CUT.split(value.strip(" ."), maxsplit=1)[0].split(",")
    first = parts[0].strip(" .")
    if len(parts) > 1 and _SITE_WORD_FIRST.match(first) and _NAME_LIKE.fullmatch(parts[-1].strip()):
        first = parts[-1].strip(" .")  # "Standort Süd, Mönchsbach": the site, then its town
    if not _NAME_LIKE.fullmatch(first) or _NO_PLACE_WORDS.match(first) or _STREET.search(first):
        return ""
    if _SITE_NAMED.search(" " + first) or _SITE.search(" " + first):
        return ""  # "Riverside Administrative Center": a building, whose town is elsewhere
    return "" if is_town(first) or _country(first) else first


# A place's value that opens with a site's word ("Standort Süd", "Site de Lyon Part-Dieu",
# "North Campus", "notre établissement de …"): the town, if any, comes after it.
_SITE_WORD_FIRST = re.compile(
    r"(?:(?:our|the|notre|nos|unser\w*)\s+)?"
    r"(?:Standort|Campus|Site|Werk|Klinik|Klinikum|Hospital|Hôpital|Ziekenhuis|Betriebsstätte|"
    r"Unternehmenszentrale|Zentrale|Hauptsitz|Firmensitz|Hauptverwaltung|Niederlassung|"
    r"(?:Main|North|South|East|West) Campus|établissement|agence|vestiging|locatie|siège)\b",
    re.IGNORECASE,
)
_TWO_TOWNS = "two towns"
# Labels that can only name the place of work (not "Office", which may be an address).
_STRONG_LABEL = re.compile(
    r"(?:(?:primary |normal |usual )?(?:place of work|work(?:ing)? location|location|"
    r"work ?place|duty station)|Arbeitsort|Dienstort|Einsatzort|Standort|standplaats|"
    r"werkplek|werklocatie|lieu de travail|lieu d'affectation|miejsce pracy|"
    # Italian, Swedish, Danish, Estonian, Hebrew (a town the gazetteer may spell otherwise).
    r"sede di lavoro|arbetsort|arbejdssted|töökoht|מקום (?:ה)?עבודה|"
    r"centro de trabajo|lugar de trabajo|local de trabalho)",
    re.IGNORECASE,
)


def _doubtful_place(value: str, source: str) -> Found[str] | None:
    """A labelled place left blank that the user should hear of: a name the list of towns
    does not know, or two towns named together ("Canary Wharf, London")."""
    if unknown := _unknown_place(value):
        return Found(unknown, source, confidence=ASSUMED_CONFIDENCE)
    first = _PLACE_CUT.split(value.strip(" ."), maxsplit=1)[0].strip(" .")
    if "," in first and _two_towns(first):
        return Found(first, source, _TWO_TOWNS, ASSUMED_CONFIDENCE)
    return None


def _unknown_place_note(doubts: list[Found[str]]) -> str:
    two = [f.value for f in doubts if f.note == _TWO_TOWNS]
    if two:
        return f"Two places named together: {two[0]}. Type the town you will work in."
    listed = ", ".join(dict.fromkeys(f.value for f in doubts))
    return f"Not a town I know: {listed}. Type the place of work if it is one."


# "Subject: Offer Letter – Senior Accountant": an offer's subject line naming the role.
_OFFER_SUBJECT = re.compile(
    r"^(?:(?:your|job|employment|our)\s+)?(?:offer(?:\s+(?:of employment|letter|documents))?|"
    r"proposition(?: d'embauche| d’embauche| de poste)?|(?:Vertrags)?angebot|aanbod(?: functie)?|"
    r"oferta(?: pracy)?)\s*(?:[–—:-]\s*|(?<=functie)\s+)(?P<t>[^–—|]{3,60}?)"
    # "aanbod functie Senior Data Scientist – kenmerk DV/HR/26/0877": the reference after.
    r"(?:\s*[–—|]\s*(?:kenmerk|ref\.?|réf\.?|Referenz|Kennziffer|Zeichen|reference|our ref)\b.*)?$",
    re.IGNORECASE,
)
# A role's name ends or holds one of these; a company's or a place's does not.
_ROLE_WORD = re.compile(
    r"(?:Engineer|Developer|Manager|Analyst|Accountant|Designer|Scientist|Consultant|Lead|"
    r"Director|Specialist|Officer|Associate|Architect|Administrator|Coordinator|Controller|"
    r"Assistant|Technician|Nurse|Advisor|Adviser|Representative|Executive|Head|Partner|"
    r"Researcher|Writer|Editor|Owner|Planner|Buyer|Underwriter\w*|Ingénieu\w*|Développeu\w*|"
    r"Chef|Responsable|Chargé\w*|Analyste|Leiter\w*|Referent\w*|Berater\w*|Entwickler\w*|"
    r"Sachbearbeiter\w*|Ingenieur\w*|Medewerker|Adviseur|Teamleider|Specjalista|Kierownik|"
    r"Programista|Intern|Trainee|Apprentice|Operator|Supervisor|Counsel|Attorney|Pharmacist|"
    r"Chemist|Physician|Teacher|Agent|Werkstudent\w*|Praktikant\w*|"
    # German compounds: "Softwareentwickler", "Projektleiterin", "Datenanalyst".
    r"[A-ZÄÖÜ]\w+(?:entwickler|ingenieur|berater|leiter|analyst|architekt|administrator)(?:in)?)\b",
)


def _title_of_subject(table: list[Any], text: str = "") -> Found[str] | None:
    """The role named by an offer's subject line, when no sentence names it; only a name
    that reads as a role ("Senior Accountant", not the company's name), without the
    employer's name after a dash ("Offer - Site Manager - Brookfield Foods")."""
    for pair in table[:15]:
        # "Your offer: Account Executive, Mid-Market": the offer named by its role alone.
        role = pair.value.strip(" .")
        if (
            re.fullmatch(r"(?:your|the|our) offer", pair.label.strip(), re.IGNORECASE)
            and not re.search(r"\d", role)
            and _ROLE_WORD.search(role)
            and (title := _tidy_pair_title(role))
        ):
            return Found(title, pair.source, confidence=SENTENCE_CONFIDENCE)
        if not _SUBJECT_LABEL.fullmatch(pair.label.strip()):
            continue
        m = _OFFER_SUBJECT.match(pair.value.strip(" ."))
        if (
            m
            and _ROLE_WORD.search(m["t"])
            and not re.search(r"\b(?:Inc|Ltd|GmbH|LLC|plc|B\.V|S\.A)\b", m["t"])
        ):
            title = _tidy_pair_title(m["t"])
            whose = re.fullmatch(r"(?P<t>.+?)\s+[–—-]\s+(?P<name>[A-Z].*)", title)
            if whose and _employer_named(whose["name"], text):
                title = whose["t"]
            if title:
                return Found(title, pair.source, confidence=SENTENCE_CONFIDENCE)
    return None


_SUBJECT_LABEL = re.compile(
    r"re|subject|subj|sub|offer|offer of employment|objet|betreft|betreff|onderwerp|temat",
    re.IGNORECASE,
)


# "… Senior Product Manager at Falcon Crest Payments FZ-LLC": the employer by its name.
_EMPLOYER_FORMS = (
    r"(?:\s(?:Inc|Ltd|LLC|FZ-?LLC|FZE|GmbH|Corp\w*|Limited|plc|AG|SE|B\.?V|S\.?A|SAS|SRL|Pvt)\b)"
)


def _employer_named(rest: str, text: str) -> bool:
    """Whether the words after a title's comma ("Offer - Senior Product Manager, Falcon
    Crest Payments") are the employer's name: the letter writes them as a company's."""
    name = re.escape(rest)
    return bool(re.search(rf"\bat {name}\b|\b{name}{_EMPLOYER_FORMS}", text))


def _title_from_subject(
    title: Found[str] | None, table: list[Any], all_sentences: list[str], text: str = ""
) -> Found[str] | None:
    """A title read from a sentence, completed from the letter's subject line when that
    names it in full ("Principal Scientist, Assay Development": a sentence's comma ends the
    title too soon)."""
    if title is None:
        return None
    for pair in table[:15]:
        if not _SUBJECT_LABEL.fullmatch(pair.label.strip()):
            continue
        m = re.search(
            re.escape(title.value) + r",\s[A-Z][\w&'’-]*(?:\s(?:&|and|[A-Z][\w&'’-]*)){0,3}",
            pair.value,
        )
        rest = m.group(0)[len(title.value) :].lstrip(", ") if m else ""
        if m and pair.value[m.end() :].strip(" .") == "" and not _employer_named(rest, text):
            return Found(m.group(0), title.sentence, title.note, title.confidence)
    before = all_sentences.index(title.sentence) if title.sentence in all_sentences else 0
    for line in all_sentences[:before]:
        # A heading line above the sentence ("Offer of employment – Vice President,
        # Quantitative Risk") that ends with the title in full; not a signature below it.
        if len(line) > 90:
            continue
        m = re.search(
            r"(?:^|[\s:–—-])"
            + re.escape(title.value)
            + r",\s[A-Z][\w&'’-]*(?:\s(?:&|and|[A-Z][\w&'’-]*)){0,3}$",
            line.strip(" ."),
        )
        if m and not _employer_named(m.group(0).split(", ", 1)[1], text):
            full = m.group(0).lstrip(" :–—-")
            return Found(full, title.sentence, title.note, title.confidence)
    return title


_PAST_COMMA = (
    r",\s(?P<rest>[A-Z][\w&'’-]*(?:\s(?:&|and|of|[A-Z][\w&'’-]*)){0,3})"
    # A shift or a code in brackets after it: "Area Manager, Outbound (Nights)".
    r"(?P<bracket>\s\([^()]{2,40}\))?"
    r"(?=,|\.(?:\s|$)|$|\s+(?:reporting|based|working|starting|effective|located|in|at|with|"
    r"within|on|from|who|where|"
    # "Data Engineer, Risk Analytics bei der Zahlwerk GmbH": the employer said after it.
    r"bei|chez|bij|au sein|im|zum|zur)\b)"
)


# What a title's part after a comma is when it names a function ("Quantitative Risk",
# "Product Marketing", "Intensive Care Unit"), not a town.
_FUNCTION = re.compile(
    r"\b(?:[A-Z]\w+(?:ing|ics|ment|tion|sion|ance|ence|ity|ogy|ism|ure)s?|Sales|Marketing|"
    r"Lines|"  # "Commercial Lines": an insurer's kind of business
    r"Finance|Risk|Legal|Data|Products?|Design|Research|Strategy|People|HR|Talent|Quality|"
    r"Care|Unit|Services?|Platforms?|Systems?|Solutions|Operations|Affairs|Relations|"
    r"Partnerships|Growth|Payments|Markets|Banking|Credit|Tax|Audit|Treasury|Equities|"
    r"Sciences?|Health|Devices|Chemistry|Biology|Discovery|Communications|Procurement|"
    r"Logistics|Supply|Infrastructure|Security|Cloud|Mobile|Web|AI|ML|Software|Hardware|"
    r"Shift|Team|Programs?|Projects?|Trust|Safety|Privacy|Brand|Content|Policy|Technology|"
    # A region a role covers ("Marketing Manager, EMEA") is part of its title, not a town.
    r"EMEA|APAC|AMER|DACH|Benelux|Nordics|LATAM|Americas|International|Global|"
    r"North America|Latin America|Europe|Asia(?: Pacific)?|Middle East|Africa|"
    # The customers a sales role serves: "Account Executive, Mid-Market".
    r"Mid[- ]Market|Enterprise|SMB|Commercial|Public Sector|(?:Key|Strategic|Named) Accounts)\b"
)


def _title_past_comma(
    title: Found[str] | None, place: Found[str] | None, text: str = ""
) -> Found[str] | None:
    """A rank and its function written with a comma are one title ("the position of
    Director, Product Marketing, reporting to …"), and so is a rank and a part the letter
    writes with it more than once (a subject line, a requisition line); a comma before the
    town is not."""
    if title is None or "," in title.value:
        return title
    # "Data Engineer (m/w/d), Risk Analytics": the gender marker before the comma.
    m = re.search(re.escape(title.value) + _GENDER_MARKER + _PAST_COMMA, title.sentence)
    if m is None:
        return title
    rest = m["rest"]
    if place is not None and rest.split()[0].casefold() in place.value.casefold():
        return title
    if rest.split()[0] in _NOT_PLACES or re.match(r"(?:Inc|Ltd|LLC|GmbH|S\.?A|plc)\b", rest):
        return title
    bracket = m["bracket"] or ""
    if bracket and _without_contract_terms(bracket) != bracket:
        bracket = ""  # "(Job Code 40218, FLSA exempt)": the contract's terms, not the title
    if re.search(r"\s[–—-]\s", bracket) or _LEVEL.fullmatch(bracket):
        # "(Middle Market – Manufacturing)": the book of business it serves; "(Level M2)":
        # the level the post is graded at, not its name.
        bracket = ""
    full = f"{title.value}, {rest}{bracket}"
    if not (
        _FUNCTION.search(rest) or text.count(full) >= 2 or _team_of_rank(title.value, rest, text)
    ):
        return title  # "Lead Engineer, Berlin": a town, or nothing said what it is
    if title.sentence.rstrip(" .").endswith(full) and not bracket:
        # "… the role of Senior Product Manager, Merchant" over "Onboarding, reporting to …":
        # the part's last word wrapped onto the next line.
        wrapped = re.search(
            re.escape(full.split()[-1]) + r"[ \t]*\r?\n[ \t]*(" + _WRAPPED_LEAD.pattern + ")", text
        )
        if wrapped:
            full = f"{full} {wrapped.group(1)}"
    return Found(full, title.sentence, title.note, title.confidence)


_GENDER_MARKER = rf"(?i:{_GENDER_TAG.pattern})?"
_LEVEL = re.compile(r"\s\((?:Level|Grade|Band|Stufe|Niveau)\s[\w.-]{1,4}\)|\s\([LPEM]\d\)", re.I)
_COMPANY_AFTER = r"\s(?:Inc|Ltd|LLC|GmbH|Corp\w*|Limited|plc|AG|SE|B\.?V|S\.?A|Group|Holdings)\b"


def _team_of_rank(title: str, rest: str, text: str) -> bool:
    """ "Engineering Manager, Storage": a rank ending in a role's word and, after its
    comma, a word or two naming no town, country or company is the team the title names."""
    if not re.search(_ROLE_WORD.pattern + r"$", title) or len(rest.split()) > 2:
        return False
    # "Engineer, Acme Ltd": the company; not "Engineer, Search at Uetliberg Search AG", where
    # the word ends a longer company name.
    company = any(
        not re.search(r"[A-Z][\w&'’-]*\s+$", text[max(0, m.start() - 40) : m.start()])
        for m in re.finditer(r"\b" + re.escape(rest) + _COMPANY_AFTER, text)
    )
    return not (is_town(rest) or _country(rest) or company)


# "VP Engineering, Bericht an mich (CEO)", "Staff Engineer, reporting to the CTO": whom the
# role reports to, said after the title's comma.
_REPORTS_TAIL = re.compile(
    # Not "Director, Reporting & Analytics": the reporting line names whom, with "to".
    r"(?:,|\s[–—-])\s*(?:(?:reporting|reports|report) (?:in)?to|Bericht(?:erstattung)? an|"
    r"berichte\w* an|"
    r"rapportant (?:à|au|directement)|rattachée? (?:à|au)|rapporteert aan|rapporterend aan|"
    r"raportuj\w* do)\b.*$",
    re.IGNORECASE,
)


def _tidy_pair_title(value: str) -> str:
    if _CLAUSE_NUMBER.match(value):
        # "3. Position" over "3.1 You are employed as …": a numbered clause under its
        # heading, not a title under its label (the clause's sentence is read as one).
        return ""
    # "Vacancy: 308812 – Data Engineer": the vacancy's number, then its title.
    value = re.sub(r"^(?:No\.?\s*)?\d[\d/-]{3,}\s*[–—:-]\s*(?=[A-Z])", "", value)
    value = _REPORTS_TAIL.sub("", value)
    # "Position: Senior Backend-Entwickler (m/w/d), Team Payments": the title line's team
    # after its comma stays, as the letter writes the line (a settled convention).
    value = _CONTRACT_TAIL.sub("", value)
    value = re.sub(r",[^,]*#\s?\d.*$", "", value)  # "Store Manager, Store #214": its site
    value = re.split(r"\s+[–—-]\s+(?:Kennziffer|Ref|Req|Requisition|Job ID)\b", value)[0]
    value = re.split(r"\s*\((?:Kennziffer|Ref|Req|Requisition|Job|ID)\b", value)[0]
    value = _CLAUSE_REFERENCE.split(value)[0]
    # "Functie: Medior Software Engineer (Tribe" over "Betalen)": a bracket the line leaves
    # open holds a team or a note, never the title's own words.
    value = re.sub(r"\s*\([^()]*$", "", value)
    # A stop ends the title, not an abbreviation in it ("Sr. Data Engineer").
    value = re.split(r"\s*[;|]\s*|(?<!\bSr)(?<!\bJr)(?<!\bSt)(?<!\bDr)(?<!\bds)\.\s", value)[0]
    # "Teamlead Embedded Software (m/w/d) im Bereich Lidar-Steuerung": the area the post
    # sits in, told in words of its own after the title.
    value = _UNIT_AFTER.split(value)[0]
    value = _GENDER_TAG.sub("", value)  # "(H/F)", "(m/w/d)": said of every job ad
    value = _GRADE_OR_DEPARTMENT.sub("", value)
    # "Engineering Manager, Patient Apps – du übernimmst die beiden Teams …": a clause told
    # after a dash; "(IC track" left open once its ", level S2" is cut.
    value = re.split(r"\s+[–—-]\s+(?=[a-zäöüéè])|,\s+(?=[a-z]+ing\b)", value)[0]
    value = re.sub(r"\s*\([^()]*$", "", value)
    return _without_place(value.strip(" .,:"))


_UNIT_AFTER = re.compile(
    r"\s+(?:im Bereich|in der Abteilung|in unserem Team|in unserer Abteilung|binnen de afdeling|"
    r"binnen het team|au sein d(?:e|u|es))\s"
)


# After the title's comma, its grade ("Funktionsstufe Prokurist", "Band 7") or the
# department it sits in ("Emergency Department"): said of the post, not its name.
_GRADE_OR_DEPARTMENT = re.compile(
    r",\s*(?:(?:Funktionsstufe|Stufe|Entgeltgruppe|Tarifgruppe|Besoldungsgruppe|Grade|"
    r"Band|Level|Pay band|Salary band|Échelon|Echelon|Schaal|Salary scale|"
    # "Systems Engineer (Level 3), Labor Category SE-III": a contract's grade.
    r"Labou?r Category|Pay Grade|Job Level|Salary Grade|Classification)\b"
    r"|[^,]*\b(?:Department|Dept\.?|Directorate|Division|Abteilung|Ward)$).*$",
    re.IGNORECASE,
)


_REGION_CODE = re.compile(r"SEA|EMEA|APAC|APJ|AMER|DACH|LATAM|ANZ|MENA|CEE|NORAM|Benelux|Nordics")


# "(team Betalingen)", "(équipe Infrastructure)", "(Consumer App squad)": a team or unit named
# in brackets after the title is where the post sits, not its name (a settled convention);
# not "(Team Lead)", a rank.
_TEAM_WORD = (
    r"(?:team|squad|tribe|chapter|équipe|Abteilung|afdeling|Bereich|department|dept\.?|unit|"
    r"pôle|Fachbereich|Referat)"
)
_TEAM_BRACKET = re.compile(
    rf"\s*\((?:{_TEAM_WORD}\s(?!lead|leader|manager|leiter)[^()]{{2,40}}|[^()]{{2,40}}\s{_TEAM_WORD})\)$",
    re.IGNORECASE,
)


# "Embedded Software Engineer (kennismigrant)", "(Blue Card)": the residence permit the
# post is offered under, not part of its name.
_STATUS_BRACKET = re.compile(
    r"\s*\((?:kennismigrant\w*|highly skilled migrant|(?:EU )?Blue Card|Blaue Karte[^()]*|"
    r"H-1B|L-1[AB]?|O-1|E-3|TN|visa[^()]*|sponsored[^()]*)\)$",
    re.IGNORECASE,
)


def _without_place(title: str) -> str:
    """ "Senior Engineer, Platform (London)": the place in brackets is where, not what."""
    title = _TEAM_BRACKET.sub("", title)
    title = _STATUS_BRACKET.sub("", title)
    m = re.search(r"\s*\(([^()]{2,40})\)$", title)
    inside = m.group(1) if m else ""
    named = re.fullmatch(r"[A-ZÄÖÜ][a-zäöüéèàß'’.]+(?:[ -][A-ZÄÖÜ]?[a-zäöüéèàß'’.]+)*", inside)
    town = named and is_town(inside) and not _FUNCTION.search(inside)  # not "(Mobile)"
    region = _REGION_CODE.fullmatch(inside)  # "(SEA)", "(EMEA)": where the post covers
    if m and (town or region or _country(inside) or inside.startswith("Remote")):
        return title[: m.start()]
    return title


_FROM_START = re.compile(
    r"\s+(?:of|after|from|nach)\s+(?:your|the|Ihrem)\s+(?:start|first|joining|Eintritt)",
    re.IGNORECASE,
)


_FROM_RECEIPT = re.compile(
    r"\s+(?:of|after|from|following|upon|on|nach|ab|na|après|à compter de|dès|od|vanaf)\s+"
    # "valid for 10 days from its receipt": the letter's own receipt, however it is named.
    r"(?:(?:your|the|its|their|this|dem|der|seinem|ihrem|la|sa|son|het|de|zijn|haar)\s+)?"
    r"(?:receipt|receiving|Erhalt|Eingang|Zugang|ontvangst|réception|otrzymania)\b",
    re.IGNORECASE,
)


# Money paid back if the user leaves: "repay the sign-on bonus within 30 days of your last
# day" says when to repay, not when to answer.
_REPAYMENT = re.compile(
    r"\brepa(?:y|id|yable|yment)\w*|\brefund\w*|claw[- ]?back|\brecover\w*|"
    r"zurückzuzahlen|zurückzahl\w*|Rückzahlung\w*|rembours\w*|terug(?:betal\w*| te betalen)|"
    r"zwrot\w*|\bof your (?:last|final) (?:day|working day)|"
    r"\b(?:of|after|following) (?:your )?(?:leaving|termination|departure)\b",
    re.IGNORECASE,
)


# "Dieses Angebot ist zehn Tage gültig": the days before the word that says how long it holds.
_DAYS_VALID = re.compile(
    rf"(?P<n>{_WORD_NUMBER})\s+(?P<kind>Werk|Arbeits)?(?P<unit>Tage|Wochen)(?P<after>)"
    r"\s+(?:lang\s+)?gültig\b",
    re.IGNORECASE,
)
# "desde su recepción", "dalla data di ricevimento", "a contar do recebimento": counted from
# the day the letter arrives, in Spanish, Italian and Portuguese.
_FROM_RECEIPT_ROMANCE = re.compile(
    r"\s+(?:\w+\s+)?(?:desde|a partir de|dalla|dal|da|do|della|após|apos|tras|depois d[oa])\s+"
    r"(?:(?:su|la|el|o|a|data di|data do|data da)\s+)?"
    r"(?:recepción|recibo|ricevimento|ricezione|recebimento)\b",
    re.IGNORECASE,
)


_DAY_NAMES = {
    "mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4,
    "montag": 0, "dienstag": 1, "mittwoch": 2, "donnerstag": 3, "freitag": 4,
    "maandag": 0, "dinsdag": 1, "woensdag": 2, "donderdag": 3, "vrijdag": 4,
}  # fmt: skip
# "pls reply by Fri", "by EOD Wednesday", "let me know by next Monday", "bis nächsten
# Montag", "by end of the week (EOW)": a weekday with no date, counted from the letter's.
_BY_WEEKDAY = re.compile(
    r"\b(?:by|until|till|before|bis|voor|uiterlijk)\s+(?:(?:the\s+)?(?:EOD|COB|end of day)\s+"
    r"(?:on\s+)?)?(?P<next>(?:next|this|coming|nächsten|kommenden|diesen|volgende)\s+)?"
    r"(?P<wd>(?:mon|tue|wed|thu|fri)[a-z]*|(?:mon|diens|mittwo|donners|frei)tag|"
    r"(?:maan|dins|woens|donder|vrij)dag)\b\.?"
    r"(?!,?\s*(?:the\s+)?\d|,?\s*(?:[A-Z][a-z]{2,8}\.?\s+\d))"
    r"|\b(?P<eow>EOW|(?:by|until)\s+(?:the\s+)?end of (?:the|this) week)\b",
    re.IGNORECASE,
)
_WEEKDAY_WORDS = re.compile(r"(?i)(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri)(?:day)?|\w+tag|\w+dag")


def _weekday_deadline(sentence: str, letter: date | None) -> FoundDate | None:
    """A reply asked for by a day of the week: the first such day after the letter's date
    (a Friday asked for on a Friday is the next one); None for an undated letter."""
    m = _BY_WEEKDAY.search(_unstamped(sentence))
    if m is None or letter is None:
        return None
    if m["eow"]:
        wanted = 4
    else:
        name = m["wd"].casefold()
        wanted = _DAY_NAMES.get(name, _DAY_NAMES.get(name[:3], -1))
        if wanted < 0 or not _WEEKDAY_WORDS.fullmatch(m["wd"]):
            return None
    ahead = (wanted - letter.weekday() - 1) % 7 + 1
    due = letter + timedelta(days=ahead)
    note = f"{long_date(due)}: the {due:%A} after the letter's date ({long_date(letter)})."
    if m["next"]:
        note += " Check it: “next” may mean the week after."
    confidence = ASSUMED_CONFIDENCE if m["next"] else SENTENCE_CONFIDENCE
    return FoundDate(sentence.strip(), due, note=note, confidence=confidence)


_START_ROW = re.compile(
    r"\W*(?:(?:expected |proposed |tentative )?(?:date of joining|joining date|start(?:ing)? date|"
    r"start|date of start|Eintritt\w*|Arbeitsbeginn|date de début|startdatum|ingangsdatum))"
    r"\s*:\s*\S*\s*$",
    re.IGNORECASE,
)


# "请于本通知发出之日起 5 个工作日内回复", "请在收到本函后 3 个工作日内", "dalam tempoh 7 hari",
# "dalam waktu 5 (lima) hari kerja", "trong vòng 5 ngày làm việc", "ภายใน 7 วันทำการ": a reply
# period in Chinese, Malay, Indonesian, Vietnamese and Thai (working days by the word after
# the number; the letter's receipt, in Chinese, named before it).
_ASIAN_RELATIVE = re.compile(
    # The text's NFKC form writes Thai's "ำ" ("วันทำการ") as two marks.
    unicodedata.normalize(
        "NFKC",
        r"(?P<receipt>收到[^，。,]{0,8}?[后後]\s?)?"
        r"(?:(?<=[起内內于於在])|(?<=[起内內于於在] )|(?<=后 )|(?<=后)|(?<=後 )|(?<=後)|"
        r"\bdalam (?:tempoh |waktu |masa )?|\btrong (?:vòng |thời hạn )?|ภายใน\s?)"
        r"(?P<n>\d{1,2})(?:\s?\([^\d()]{2,20}\))?\s?(?:个|個)?\s?"
        r"(?:(?P<kind>工作)?(?P<unit>日|天)(?:内|內|之内|之內)|"
        r"(?P<unit2>hari|ngày|วัน)(?P<after>\s?(?:kerja|bekerja|làm việc|ทำการ))?)",
    ),
    re.IGNORECASE,
)


def _asian_relative(sentence: str) -> tuple[int, bool, bool] | None:
    """The days, whether they are working days and whether they count from the letter's
    receipt, of a reply period written in Chinese or a South-East Asian language."""
    m = _ASIAN_RELATIVE.search(sentence)
    if m is None or not 0 < int(m["n"]) <= 90:
        return None
    business = bool(m["kind"] or m["after"])
    receipt = bool(m["receipt"]) or bool(
        re.match(
            r"\s?(?:sejak|setelah|selepas|dari|kể từ)?\s?(?:menerima|diterima|nhận)",
            sentence[m.end() :],
            re.IGNORECASE,
        )
    )
    return int(m["n"]), business, receipt


_FRENCH_DAYS_WORD = re.compile(r"\bsous (huitaine|quinzaine)\b", re.IGNORECASE)


def _relative_deadline(sentence: str, letter: FoundDate | None) -> FoundDate | None:
    m = _RELATIVE.search(sentence) or _DAYS_VALID.search(sentence)
    if m is None and (asian := _asian_relative(sentence)) is not None:
        return _relative_found(sentence, letter, *asian)
    if m is None and (fortnight := _FRENCH_DAYS_WORD.search(sentence)):
        # "votre réponse sous huitaine à compter de la date de la présente": eight days.
        days = 8 if fortnight.group(1).lower() == "huitaine" else 15
        return _relative_found(sentence, letter, days, False, False)
    if m is None:
        return None
    start = max(sentence.rfind(",", 0, m.start()), sentence.rfind(";", 0, m.start())) + 1
    stops = [i for i in (sentence.find(",", m.end()), sentence.find(";", m.end())) if i >= 0]
    if _REPAYMENT.search(sentence[start : min(stops, default=len(sentence))]):
        return None  # "you agree to repay the full sign-on bonus within 30 days of your last day"
    if re.match(
        r"\s+(?:of|after|from|nach)\s+(?:your|the|Ihrem)\s+(?:start|first|joining|Eintritt)",
        sentence[m.end() :],
    ):
        return None  # "within 30 days of your start date": not a reply deadline
    if _START_ROW.match(sentence[: m.start()]):
        return None  # "Date of joining: within 30 days of acceptance": when the job starts
    n = _word_number(m.group("n"))
    if n is None or not 0 < n <= 90:
        return None
    business = bool(m.group("after")) or (
        bool(m.group("kind"))
        and m.group("kind").strip().lower() in ("business", "working", "werk", "arbeits")
    )
    weeks = re.match(
        r"(?i)w(?:eek|oche|eken)|semaine|tydz|tygodn|settiman|veck|uge", m.group("unit")
    )
    if re.match(r"(?i)hours|Stunden|heures|uur", m.group("unit")):
        # "Please reply within 48 hours": whole days only.
        if n % 24:
            return None
        n = n / 24
    days = int(n) * (7 if weeks else 1)
    receipt = bool(
        _FROM_RECEIPT.match(sentence, m.end()) or _FROM_RECEIPT_ROMANCE.match(sentence, m.end())
    )
    return _relative_found(sentence, letter, days, business, receipt)


def _relative_found(
    sentence: str, letter: FoundDate | None, days: int, business: bool, receipt: bool
) -> FoundDate:
    """A reply deadline `days` (business) days after the letter's date, or after its receipt
    (a day the letter cannot show), or after a letter that shows no date."""
    kind = "business days" if business else "days"
    if receipt:
        # "within 14 days of receipt": counted from a day the letter cannot show, even when
        # it is dated (a posted letter arrives days later).
        return FoundDate(
            sentence,
            None,
            relative_days=days,
            business_days=business,
            note=f"{days} {kind} after you received the letter. Check the date you count from.",
            confidence=SENTENCE_CONFIDENCE,
        )
    if letter is not None and letter.value is not None:
        return FoundDate(
            sentence,
            add_days(letter.value, days, business=business),
            relative_days=days,
            business_days=business,
            note=f"{days} {kind} after the letter's date ({long_date(letter.value)}).",
            confidence=SENTENCE_CONFIDENCE,
        )
    return FoundDate(
        sentence,
        None,
        relative_days=days,
        business_days=business,
        note=f"{days} {kind} after the letter, which shows no date: counted from the day "
        "you received it. Check it.",
        confidence=ASSUMED_CONFIDENCE,
    )


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
