"""The names of months and weekdays in the languages the reader knows, as the parts of
the date patterns."""

from __future__ import annotations

import re

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
_MONTH_AND_YEAR = re.compile(rf"{_MONTH}\s+{_YEAR}\b", re.IGNORECASE)
