"""The post's title: from its label, the subject line or the sentence that offers it,
without the team, grade, place or contract words written after it."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise
from typing import Any

from jobdesk.domain.letters.found import PAIR_CONFIDENCE, SENTENCE_CONFIDENCE, Found
from jobdesk.domain.letters.places import _NOT_PLACES, _country
from jobdesk.domain.letters.sentences import _GREETING, _HONORIFIC, _SALUTATION
from jobdesk.domain.towns import is_town

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
