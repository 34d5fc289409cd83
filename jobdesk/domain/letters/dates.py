"""Dates in a letter: each written date read, and which is the start, the reply deadline
(absolute or counted from the letter's date) or the letter's own date."""

from __future__ import annotations

import contextlib
import re
import unicodedata
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any

from jobdesk.domain.letters.found import (
    ASSUMED_CONFIDENCE,
    PAIR_CONFIDENCE,
    SENTENCE_CONFIDENCE,
    FoundDate,
    add_days,
    long_date,
)
from jobdesk.domain.letters.money import _MONEY, _WORD_NUMBER, _word_number
from jobdesk.domain.letters.months import (
    _DAY,
    _MONTH,
    _MONTHS,
    _THAI_MONTH,
    _THAI_MONTH_NUMBERS,
    _WEEKDAY,
    _YEAR,
)
from jobdesk.domain.letters.sentences import (
    _CHAT_STAMP,
    _GREETING,
    _ORIGINAL_MESSAGE,
    _QUOTED_BELOW,
)
from jobdesk.domain.towns import is_town

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
