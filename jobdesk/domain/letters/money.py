"""Amounts, currencies and percentages in a sentence, and what each figure is (base, bonus,
sign-on, grant, CTC), told by the words around it."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal

from jobdesk.domain.letters.found import Found
from jobdesk.domain.letters.sentences import _order_of_language
from jobdesk.domain.offers import COMMON_CURRENCIES, Period, number_value

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


def _word_number(text: str) -> Decimal | None:
    text = text.lower()
    if text in _WORD_NUMBERS:
        return Decimal(_WORD_NUMBERS[text])
    return number_value(text)


_CTC = re.compile(r"\bCTC\b|cost[- ]to[- ]company", re.IGNORECASE)
# The same words right after a figure: "R 960 000 cost to company per annum", "… CTC (CTC)".
_COST_TO_COMPANY = re.compile(
    rf"\s?(?:total\s+)?(?:{_CTC.pattern})(?:\s*\(CTC\))?(?=\W|$)", re.IGNORECASE
)
_PAST_BONUS = re.compile(
    r"averag\w*|last year|historic\w*|previous(?:ly)?|in the past|prior years?|"
    r"im Vorjahr|letztes Jahr|in den Vorjahren|durchschnittlich|l'an dernier|"
    r"l'année dernière|en moyenne|vorig jaar|gemiddeld|w ubiegłym roku|średnio",
    re.IGNORECASE,
)
