"""What the columns of another tracker's export mean, and what its status words say.

A preset names the columns of one export (Huntr, Teal, LinkedIn, JobSync, a German
spreadsheet, a per-resume-version log); the generic one knows the usual header words.
The preset is guessed from the header and the user can change it and any column.
Status words ("Interviewing", "rejected after onsite", "offer!!") become the stage an
application reached and its outcome, by a shown, editable table.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from jobdesk.domain.enums import Channel, Outcome, Stage, Vocabulary


class Field(Vocabulary):
    """Where a column's cells go (hashed by identity: it keys a dict per cell)."""

    IGNORE = "ignore"
    COMPANY = "company"
    ROLE = "role"
    APPLIED_ON = "applied_on"
    ADDED_ON = "added_on"
    STATUS = "status"
    OUTCOME = "outcome"
    STATUS_ON = "status_on"
    APPLIED_FLAG = "applied_flag"
    LOCATION = "location"
    SALARY = "salary"
    SOURCE = "source"
    URL = "url"
    NOTES = "notes"
    RESUME = "resume"
    ROLE_TYPE = "role_type"
    CONTACT_NAME = "contact_name"
    CONTACT_EMAIL = "contact_email"
    NEXT_STEP = "next_step"
    FOLLOW_UP_ON = "follow_up_on"
    TO_NOTES = "to_notes"

    @property
    def label(self) -> str:
        return _FIELD_LABELS[self]


_FIELD_LABELS = {
    Field.IGNORE: "Leave out",
    Field.COMPANY: "Company",
    Field.ROLE: "Role",
    Field.APPLIED_ON: "Applied on",
    Field.ADDED_ON: "Date added (when no applied date)",
    Field.STATUS: "Status",
    Field.OUTCOME: "Outcome (read with the status)",
    Field.STATUS_ON: "Date of the status",
    Field.APPLIED_FLAG: "Applied? (yes/no)",
    Field.LOCATION: "Location",
    Field.SALARY: "Salary",
    Field.SOURCE: "Source (channel)",
    Field.URL: "Job link",
    Field.NOTES: "Notes",
    Field.RESUME: "Resume version",
    Field.ROLE_TYPE: "Role type",
    Field.CONTACT_NAME: "Contact's name",
    Field.CONTACT_EMAIL: "Contact's e-mail",
    Field.NEXT_STEP: "Next step",
    Field.FOLLOW_UP_ON: "Next step's date",
    Field.TO_NOTES: "Add to notes",
}

# The header words of the generic spreadsheet; every preset falls back on them.
GENERIC_ALIASES: dict[Field, tuple[str, ...]] = {
    Field.COMPANY: (
        "company",
        "company name",
        "companyname",
        "employer",
        "employer name",
        "organization",
        "organisation",
        "org",
        "firm",
        "business",
        "hiring company",
        "firma",
        "unternehmen",
        "arbeitgeber",
        "firmenname",
    ),
    Field.ROLE: (
        "role",
        "title",
        "job title",
        "jobtitle",
        "position",
        "position title",
        "job",
        "job name",
        "job role",
        "role title",
        "job position",
        "position applied for",
        "position applied",
        "stelle",
        "stellenbezeichnung",
        "titel",
        "jobtitel",
        "rolle",
    ),
    Field.APPLIED_ON: (
        "applied",
        "date applied",
        "applied on",
        "applied date",
        "application date",
        "date",
        "applied at",
        "applieddate",
        "date of application",
        "submitted",
        "submitted on",
        "submission date",
        "date submitted",
        "when applied",
        "beworben am",
        "bewerbungsdatum",
        "datum",
        "beworben",
        "bewerbung am",
    ),
    Field.ADDED_ON: (
        "date added",
        "added",
        "added on",
        "created",
        "created at",
        "createdat",
        "date created",
        "created time",
        "created on",
        "date saved",
        "saved on",
        "erstellt",
        "erstellt am",
    ),
    Field.STATUS: (
        "status",
        "stage",
        "state",
        "list",
        "response status",
        "result",
        "outcome",
        "application status",
        "current status",
        "current stage",
        "progress",
        "pipeline stage",
        "stand",
        "stadium",
    ),
    Field.STATUS_ON: (
        "last updated",
        "updated",
        "status date",
        "response date",
        "date of last status",
        "updated at",
        "updatedat",
        "last update",
        "last contact",
        "last activity",
        "date of response",
        "letzte änderung",
        "antwort am",
        "rückmeldung am",
    ),
    Field.LOCATION: (
        "location",
        "city",
        "place",
        "where",
        "job location",
        "office",
        "ort",
        "standort",
        "arbeitsort",
        "stadt",
    ),
    Field.SALARY: (
        "salary",
        "compensation",
        "pay",
        "salary range",
        "base salary",
        "comp",
        "salary expectation",
        "expected salary",
        "gehalt",
        "gehaltsvorstellung",
        "vergütung",
    ),
    Field.SOURCE: (
        "source",
        "channel",
        "how applied",
        "application method",
        "method",
        "jobsource",
        "job source",
        "found via",
        "found on",
        "platform",
        "via",
        "applied via",
        "quelle",
        "kanal",
        "portal",
    ),
    Field.URL: (
        "url",
        "link",
        "job url",
        "job link",
        "posting",
        "job posting",
        "post url",
        "posting url",
        "job post url",
        "application link",
        "listing",
        "stellenanzeige",
        "anzeige",
    ),
    Field.NOTES: (
        "notes",
        "note",
        "comments",
        "comment",
        "remarks",
        "notizen",
        "bemerkung",
        "bemerkungen",
        "kommentar",
        "anmerkungen",
    ),
    Field.RESUME: (
        "resume",
        "resume version",
        "cv",
        "cv version",
        "resume name",
        "resume used",
        "cv used",
        "resume variant",
        "lebenslauf",
    ),
    Field.ROLE_TYPE: (
        "job type",
        "jobtype",
        "type",
        "employment type",
        "contract type",
        "anstellungsart",
    ),
    Field.CONTACT_EMAIL: (
        "contact email",
        "contact e mail",
        "recruiter email",
        "recruiter e mail",
        "hr email",
    ),
    Field.CONTACT_NAME: (
        "contact",
        "contact name",
        "contact person",
        "recruiter",
        "recruiter name",
        "hiring manager",
        "ansprechpartner",
        "kontakt",
    ),
    Field.NEXT_STEP: (
        "next step",
        "next action",
        "next steps",
        "to do",
        "todo",
        "nächster schritt",
    ),
    Field.FOLLOW_UP_ON: (
        "follow up date",
        "follow up",
        "follow up on",
        "next step date",
        "next action date",
        "reminder",
        "nachfassen am",
        "wiedervorlage",
    ),
    Field.IGNORE: ("#", "no", "nr", "id", "index", "row", "number"),
}


@dataclass(frozen=True)
class Preset:
    key: str
    name: str
    signature: tuple[str, ...]  # header words (normalised) that identify the export
    columns: tuple[tuple[str, Field], ...] = ()  # its own header words, before the generic ones
    ignored: tuple[str, ...] = ()  # its bookkeeping columns (ids), left out of the notes
    day_first: bool | None = None  # its dates' order when it is known


PRESETS: tuple[Preset, ...] = (
    Preset(
        "huntr",
        "Huntr",
        ("company", "title", "list"),
        (
            ("list", Field.STATUS),
            ("title", Field.ROLE),
            ("date added", Field.ADDED_ON),
            ("created at", Field.ADDED_ON),
            ("description", Field.IGNORE),
        ),
        ("id", "board", "job id", "color"),
    ),
    Preset(
        "teal",
        "Teal",
        ("company name", "job title", "status", "date applied"),
        (
            ("date saved", Field.ADDED_ON),
            ("excitement", Field.TO_NOTES),
            ("follow up date", Field.TO_NOTES),
        ),
    ),
    Preset(
        "linkedin",
        "LinkedIn applied jobs",
        ("application date", "company name", "job title", "job url"),
        (
            # The applicant's own address and number, as sent with the application.
            ("contact email", Field.IGNORE),
            ("contact phone number", Field.IGNORE),
            ("question and answers", Field.TO_NOTES),
            ("resume name", Field.RESUME),
        ),
        (),
        day_first=False,
    ),
    Preset(
        "jobsync",
        "JobSync",
        ("index", "createdat", "applied", "applieddate", "company", "jobtitle", "status"),
        (
            ("applied", Field.APPLIED_FLAG),
            ("applieddate", Field.APPLIED_ON),
            ("createdat", Field.ADDED_ON),
            ("workplacetype", Field.TO_NOTES),
            ("jobtype", Field.ROLE_TYPE),
            ("jobsource", Field.SOURCE),
        ),
        ("index", "id"),
    ),
    Preset(
        "german",
        "German spreadsheet (Firma;Stelle;…)",
        ("firma", "stelle", "beworben am"),
        (),
        (),
        day_first=True,
    ),
    Preset(
        "resume_log",
        "Per-resume-version log",
        ("resume version", "company", "role", "date applied", "response status"),
    ),
    # jobdesk's own CSV export (services/exports.CSV_COLUMNS): the stage reached and the
    # outcome are two columns, read together as one status ("Final round Rejected").
    Preset(
        "jobdesk",
        "jobdesk's own CSV export",
        ("company", "role", "stage reached", "outcome", "applied", "last activity"),
        (
            ("stage reached", Field.STATUS),
            ("outcome", Field.OUTCOME),
            ("applied", Field.APPLIED_ON),
            ("last activity", Field.STATUS_ON),
            ("next step on", Field.FOLLOW_UP_ON),
        ),
        day_first=None,
    ),
    Preset("generic", "Spreadsheet (usual column names)", ()),
)
GENERIC = PRESETS[-1]


def preset_named(key: str) -> Preset:
    for preset in PRESETS:
        if key.casefold() in (preset.key, preset.name.casefold()):
            return preset
    known = ", ".join(p.key for p in PRESETS)
    raise ValueError(f"There is no preset called “{key}”; the presets are: {known}")


def normalise_header(text: str) -> str:
    """`Date_Applied`, `date-applied` and ` Date applied: ` are one header."""
    text = text.replace("\ufeff", "").casefold().replace("_", " ").replace("-", " ")
    text = re.sub(r"[^\w\s#&]", " ", text)
    return " ".join(text.split())


def guess_preset(header: tuple[str, ...]) -> Preset:
    """The preset whose signature columns are all in `header` (the most specific one),
    else the generic spreadsheet."""
    names = {normalise_header(h) for h in header}
    fitting = [p for p in PRESETS if p.signature and set(p.signature) <= names]
    if not fitting:
        return GENERIC
    return max(fitting, key=lambda p: len(p.signature))


def map_columns(header: tuple[str, ...], preset: Preset) -> tuple[Field, ...]:
    """Each column's field under `preset`: its own words first, then the generic ones;
    each field taken once (the first column wins); other non-empty columns go into notes."""
    own = dict(preset.columns)
    taken: set[Field] = set()
    fields: list[Field] = []
    for text in header:
        name = normalise_header(text)
        field = own.get(name)
        if field is None:
            field = next((f for f, words in GENERIC_ALIASES.items() if name in words), None)
        if field is None:
            field = Field.IGNORE if not name or name in preset.ignored else Field.TO_NOTES
        if field not in (Field.TO_NOTES, Field.IGNORE) and field in taken:
            field = Field.TO_NOTES
        taken.add(field)
        fields.append(field)
    # A "Name" column (Notion's title) is the role beside a company column, else the company.
    for index, text in enumerate(header):
        if fields[index] is Field.TO_NOTES and normalise_header(text) in ("name", "opportunity"):
            for wanted in (Field.ROLE, Field.COMPANY):
                if wanted not in fields:
                    fields[index] = wanted
                    break
    return tuple(fields)


# --- status words -------------------------------------------------------------------------


@dataclass(frozen=True)
class Meaning:
    """What a status word says: the stage reached and where the application stands; or
    (`applied` False) that it was never sent, so it is left out."""

    stage: Stage = Stage.APPLIED
    outcome: Outcome = Outcome.ACTIVE
    applied: bool = True

    @property
    def label(self) -> str:
        if not self.applied:
            return "Not applied yet: leave out"
        if self.outcome is Outcome.ACTIVE:
            return f"{self.stage.label}, still open"
        if self.stage is Stage.APPLIED and self.outcome is Outcome.REJECTED:
            return "Rejected (no interview)"
        if self.stage is Stage.APPLIED and self.outcome is Outcome.WITHDRAWN:
            return "Withdrawn (no interview)"
        if self.stage is Stage.APPLIED and self.outcome is Outcome.GHOSTED:
            return "No response"
        at = self.stage.label.lower()
        return {
            Outcome.REJECTED: f"Rejected at {at}",
            Outcome.WITHDRAWN: f"Withdrawn at {at}",
            Outcome.GHOSTED: f"No response at {at}",
            Outcome.ACCEPTED: "Offer accepted",
            Outcome.DECLINED: "Offer declined",
        }[self.outcome]


NOT_APPLIED = Meaning(applied=False)
APPLIED = Meaning()


def every_meaning() -> list[Meaning]:
    """The choices the mapping offers for a status word, in a sensible order."""
    found = [NOT_APPLIED]
    found += [Meaning(stage) for stage in Stage]
    found += [Meaning(stage, Outcome.REJECTED) for stage in Stage]
    found += [Meaning(stage, Outcome.WITHDRAWN) for stage in Stage]
    found += [Meaning(Stage.APPLIED, Outcome.GHOSTED)]
    found += [Meaning(Stage.OFFER, Outcome.ACCEPTED), Meaning(Stage.OFFER, Outcome.DECLINED)]
    return found


def normalise_status(text: str) -> str:
    """`  Offer!! ` and `offer` are one word; so are `Phone-Screen` and `phone screen`."""
    text = text.casefold().replace("_", " ").replace("-", " ")
    text = re.sub(r"[^\w\s]", " ", text)
    return " ".join(text.split())


_NOT_APPLIED_WORDS = (
    "not started",
    "not yet applied",
    "wishlist",
    "wish list",
    "bookmarked",
    "saved",
    "draft",
    "applying",
    "to apply",
    "interested",
    "planned",
    "not applied",
    "idea",
    "prospect",
    "merkliste",
    "vorgemerkt",
)
_GHOSTED_WORDS = (
    "expired",
    "never heard",
    "no news",
    "no response",
    "no reply",
    "ghosted",
    "no answer",
    "keine antwort",
    "keine rückmeldung",
    "silent",
    "never heard back",
)
_WITHDRAWN_WORDS = ("withdrew", "withdrawn", "withdraw", "zurückgezogen", "pulled out")
_REJECTED_WORDS = (
    "not a fit",
    "no fit",
    "not a match",
    "position filled",
    "position closed",
    "job closed",
    "filled",
    "reject",
    "not selected",
    "unsuccessful",
    "declined by",
    "turned down",
    "absage",
    "abgelehnt",
    "not moving forward",
    "no offer",
    "denied",
    "failed",
)
# An offer word and a word for saying no, in either order ("turned down offer", "Angebot
# abgelehnt", "declined the offer"): the candidate said no to an offer. Not when the
# employer did ("declined by"), nor when there was none ("no offer").
_OFFER_WORDS = ("offer", "angebot", "stellenangebot", "vertragsangebot", "job offer")
_SAYING_NO_WORDS = (
    "declin",
    "turned down",
    "turn down",
    "abgelehnt",
    "ausgeschlagen",
    "refused",
    "passed on",
    "said no",
)
_NOT_SAYING_NO = ("declined by", "no offer", "kein angebot", "rescinded", "zurückgezogen")


def _offer_declined(text: str) -> bool:
    return _has(text, _OFFER_WORDS) and _has(text, _SAYING_NO_WORDS)


# A German interview named by its round, as one word or two ("Zweitgespräch", "zweiten
# Gespräch", "erste Runde", "ersten Telefoninterview"). German hiring has few rounds, so
# the second is the last before an offer: final round; the first is a screen.
_GERMAN_ROUNDS = {
    "erst": Stage.SCREEN,
    "zweit": Stage.FINAL,
    "dritt": Stage.FINAL,
    "viert": Stage.FINAL,
    "letzt": Stage.FINAL,
    "end": Stage.FINAL,
    "abschluss": Stage.FINAL,
}
_ROUND_RE = re.compile(
    r"(?<!\w)(" + "|".join(_GERMAN_ROUNDS) + r")(?:e|en|er|es|em)?\s?\w*?"
    r"(gespräch|gespraech|interview|runde|termin)(?!\w)"
)
# Any other word ending in one ("Videointerview", "Bewerbungsgespräch"): an interview.
_COMPOUND_INTERVIEW_RE = re.compile(r"\w+(gespräch|gespraech|interview)(?!\w)")


def _round_stage(text: str) -> Stage:
    stages = [_GERMAN_ROUNDS[m.group(1)] for m in _ROUND_RE.finditer(text)]
    if not stages and _COMPOUND_INTERVIEW_RE.search(text):
        stages.append(Stage.SCREEN)
    return max(stages, key=lambda s: s.rank, default=Stage.APPLIED)


_ACCEPTED_WORDS = ("accepted", "offer accepted", "signed", "hired", "angenommen")
_DECLINED_WORDS = ("declined offer", "offer declined", "i declined", "turned offer down")
# The furthest each word shows was reached, most advanced first: only what the word
# certainly says ("Interviewing" is at least a screen, not a technical round).
_STAGE_WORDS: tuple[tuple[Stage, tuple[str, ...]], ...] = (
    (
        Stage.OFFER,
        ("offer", "negotiating", "negotiation", "angebot", "zusage", "accepted", "hired", "signed"),
    ),
    (
        Stage.FINAL,
        (
            "onsite",
            "on site",
            "final",
            "third round",
            "3rd round",
            "3rd interview",
            "third interview",
            "panel",
            "superday",
            "loop",
            "letzte runde",
            "zweites gespräch",
        ),
    ),
    (
        Stage.TECHNICAL,
        (
            "technical",
            "tech",
            "coding",
            "take home",
            "takehome",
            "assessment",
            "case study",
            "system design",
            "2nd interview",
            "second interview",
            "second round",
            "2nd round",
            "code challenge",
            "challenge",
            "fachgespräch",
        ),
    ),
    (
        Stage.SCREEN,
        (
            "screen",
            "phone",
            "interview",
            "call",
            "recruiter call",
            "hr call",
            "first round",
            "1st round",
            "vorstellungsgespräch",
            "telefoninterview",
            "einladung",
            "eingeladen",
            "gespräch",
        ),
    ),
    (
        Stage.RESPONDED,
        (
            "responded",
            "response",
            "replied",
            "in contact",
            "in touch",
            "contacted",
            "rückmeldung",
            # A reply, whatever it said next: "heard back, scheduling", "got a reply".
            "heard back",
            "heard from",
            "got back",
            "got a reply",
            "reply",
            "answered",
            "antwort",
            "scheduling",
            "to schedule",
        ),
    ),
)


def _has(text: str, words: tuple[str, ...]) -> bool:
    padded = f" {text} "
    return any(f" {w}" in padded for w in words)


# Phrases that say nothing has happened yet: "waiting for a response" is not a response.
_WAITING_WORDS = (
    "waiting for a response",
    "waiting for response",
    "awaiting response",
    "awaiting reply",
    "waiting for reply",
    "waiting to hear back",
    "no interview",
    "warte auf antwort",
    # Not heard back yet is no reply ("haven't heard back" normalises to "haven t heard").
    "not heard",
    "haven t heard",
    "havent heard",
    "have not heard",
    "heard nothing",
    "nothing heard",
    "not yet heard",
)
_APPLIED_WORDS = (
    "applied",
    "application sent",
    "submitted",
    "sent",
    "beworben",
    "gesendet",
    "open",
    "active",
    "pending",
    "waiting",
    "awaiting",
    "archived",
    "offen",
    "on hold",
    "in review",
    "under review",
    "warte",
    "in progress",
    # An automatic "we received your application" is no reply from a person.
    "eingangsbestätigung",
    "eingang bestätigt",
    "application received",
    "received",
    "acknowledg",
)


def _own_words() -> dict[str, Meaning]:
    """jobdesk's own words for a stage and an outcome ("final round rejected"), as its CSV
    export writes them: read exactly, never guessed."""
    own: dict[str, Meaning] = {}
    for stage in Stage:
        own[normalise_status(stage.label)] = Meaning(stage)
        for outcome in Outcome:
            own[normalise_status(f"{stage.label} {outcome.label}")] = Meaning(stage, outcome)
    return own


_OWN_WORDS = _own_words()


def meaning_of(word: str) -> Meaning | None:
    """The built-in reading of a status word; None when jobdesk does not know it."""
    text = normalise_status(word)
    if not text:
        return APPLIED
    if text in _OWN_WORDS:
        return _OWN_WORDS[text]
    if text in _NOT_APPLIED_WORDS:
        return NOT_APPLIED
    # The stage is read from what the outcome words leave: "no response" is no response.
    rest = f" {text} "
    for phrase in (*_WAITING_WORDS, *_GHOSTED_WORDS, *_WITHDRAWN_WORDS, *_REJECTED_WORDS):
        rest = rest.replace(f" {phrase}", " ")
    stage = next((s for s, words in _STAGE_WORDS if _has(rest.strip(), words)), Stage.APPLIED)
    stage = max(stage, _round_stage(rest), key=lambda s: s.rank)
    if (_has(text, _DECLINED_WORDS) or _offer_declined(text)) and not _has(text, _NOT_SAYING_NO):
        return Meaning(Stage.OFFER, Outcome.DECLINED)
    if _has(text, _ACCEPTED_WORDS) and not _has(text, _REJECTED_WORDS):
        return Meaning(Stage.OFFER, Outcome.ACCEPTED)
    if _has(text, _WITHDRAWN_WORDS):
        return Meaning(stage, Outcome.WITHDRAWN)
    if _has(text, _GHOSTED_WORDS):
        return Meaning(stage, Outcome.GHOSTED)
    if _has(text, _REJECTED_WORDS) or text in ("declined", "no"):
        return Meaning(stage, Outcome.REJECTED)
    if stage is not Stage.APPLIED:
        return Meaning(stage)
    if _has(text, _APPLIED_WORDS) or _has(text, _WAITING_WORDS):
        return APPLIED
    return None


# --- channels -----------------------------------------------------------------------------

_CHANNEL_WORDS: tuple[tuple[Channel, tuple[str, ...]], ...] = (
    (Channel.REFERRAL, ("referral", "referred", "refer", "empfehlung", "friend", "network")),
    (
        Channel.RECRUITER,
        (
            "recruiter",
            "agency",
            "headhunter",
            "personalvermittlung",
            "recruiting agency",
            "inbound",
        ),
    ),
    (
        Channel.JOB_BOARD,
        (
            "linkedin",
            "indeed",
            "glassdoor",
            "job board",
            "jobboard",
            "board",
            "stepstone",
            "xing",
            "monster",
            "wellfound",
            "angellist",
            "easy apply",
            "ziprecruiter",
            "dice",
            "hacker news",
            "otta",
            "jobbörse",
            "hired",
        ),
    ),
    (
        Channel.DIRECT,
        (
            "company site",
            "company website",
            "website",
            "careers",
            "career page",
            "direct",
            "karriereseite",
            "homepage",
            "email",
            "e mail",
            "cold",
        ),
    ),
)


def channel_of(text: str) -> Channel | None:
    """The channel a source cell names; None when the cell is empty or names none."""
    words = normalise_status(text)
    if not words:
        return None
    for channel, names in _CHANNEL_WORDS:
        if _has(words, names):
            return channel
    return None


def applied_flag(text: str) -> bool | None:
    """A yes/no cell: True, False, or None when it is neither."""
    value = text.strip().casefold()
    if value in ("true", "yes", "y", "1", "ja", "x", "✓"):
        return True
    if value in ("false", "no", "n", "0", "nein", ""):
        return False
    return None
