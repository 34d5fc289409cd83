"""A grant's units, vesting years and cliff, and which grant is the new hire's."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from jobdesk.domain.letters.found import Found, Unsure, V, _Candidates
from jobdesk.domain.letters.money import _KINDS, _PAST_BONUS, _WORD_NUMBER, _figure

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


def _months(n: Decimal, unit: str) -> Decimal:
    return n if re.fullmatch(_MONTH_UNITS, unit, re.IGNORECASE) else n * 12


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
