"""A letter's text cut into sentences, with what tells its language, its greeting and
where a reply's quoted message begins."""

from __future__ import annotations

import re
import unicodedata

from jobdesk.domain.letters.found import MAX_TEXT
from jobdesk.domain.letters.months import _MONTH_AND_YEAR

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


# Where a reply's quoted earlier message begins: "-----Original Message-----", "On 27 Nov
# 2026, Eleanor Pryce wrote:".
_QUOTED_BELOW = re.compile(
    r"^[\s>]*(?:-{2,}\s*(?:Original Message|Ursprüngliche Nachricht|Message d'origine|"
    r"Oorspronkelijk bericht|Oryginalna wiadomość)\s*-{2,}|"
    r"On .{5,120} wrote:|Am .{5,120} schrieb .{1,80}:|Le .{5,120} a écrit ?:|"
    r"Op .{5,120} schreef .{1,80}:)\s*$",
    re.IGNORECASE | re.MULTILINE,
)
_CHAT_STAMP = re.compile(
    r"\[?(?P<a>[0-3]?\d)[/.](?P<b>[01]?\d)[/.](?P<y>\d\d(?:\d\d)?),?\s+\d{1,2}:\d\d"
)
_ORIGINAL_MESSAGE = re.compile(
    r"^[-\s>]*(?:Original Message|Ursprüngliche Nachricht|Message d'origine|"
    r"Oorspronkelijk bericht|Oryginalna wiadomość)[-\s]*$",
    re.IGNORECASE,
)
