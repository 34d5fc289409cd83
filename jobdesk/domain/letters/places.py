"""The place of work: the town from a label, an address or a sentence, without its site,
district or postcode; and a remote post with the country it is worked from."""

from __future__ import annotations

import re
from itertools import pairwise

from jobdesk.domain.letters.found import (
    ASSUMED_CONFIDENCE,
    PAIR_CONFIDENCE,
    SENTENCE_CONFIDENCE,
    Found,
)
from jobdesk.domain.letters.money import _US_STATE_CODES
from jobdesk.domain.towns import city_of_pair, is_town

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
