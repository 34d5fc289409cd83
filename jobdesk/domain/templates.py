"""Message templates: `$name` placeholders filled from plain strings, checked before saving.

Rendering is `string.Template` substitution over a dict of `str` values and
nothing else: a placeholder names a key, never an attribute, index or call, so
`${x.__class__}`, `{x.__class__}` or `$x.__class__` can only ever come out as
text. `str.format` is never used on template text.
"""

from __future__ import annotations

import difflib
import re
import string
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import Enum

from jobdesk.domain.application import Application, Contact, EventKind, clean_text
from jobdesk.domain.breaks import Break, day_waited
from jobdesk.domain.enums import ContactRole, Outcome, Stage
from jobdesk.domain.errors import UserError
from jobdesk.domain.silence import is_silent


class Purpose(Enum):
    """What a message is for; recorded with each request so follow-ups can be told apart."""

    FEEDBACK = "feedback"
    FOLLOW_UP = "follow_up"
    THANK_YOU = "thank_you"
    OTHER = "other"

    @property
    def label(self) -> str:
        return {
            Purpose.FEEDBACK: "Asking for feedback",
            Purpose.FOLLOW_UP: "Following up",
            Purpose.THANK_YOU: "Saying thank you",
            Purpose.OTHER: "Something else",
        }[self]


@dataclass(frozen=True)
class Placeholder:
    name: str
    description: str
    example: str

    @property
    def token(self) -> str:
        return f"${self.name}"


# The order is the order of the editor's list: who, where, when, then you.
PLACEHOLDERS: tuple[Placeholder, ...] = (
    Placeholder("contact_name", "Your contact's full name (“there” if none)", "Anna Keller"),
    Placeholder("contact_first_name", "Your contact's first name (“there” if none)", "Anna"),
    Placeholder("company", "The company's name", "Ledgerline"),
    Placeholder("role", "The role you applied for", "Senior Backend Engineer"),
    Placeholder("stage", "The furthest stage reached, in words", "technical interview"),
    Placeholder("applied_date", "The day you applied", "3 November"),
    Placeholder("interview_date", "The day of the latest interview", "12 November"),
    Placeholder("rejection_date", "The day you heard it was a no", "18 November"),
    Placeholder("days_since_applied", "Days since you applied", "17"),
    Placeholder("my_name", "Your name (Settings: Your name)", "Sam Taylor"),
    Placeholder("today", "Today's date", "20 November"),
)
PLACEHOLDER_NAMES = frozenset(p.name for p in PLACEHOLDERS)

# How the stages read inside a sentence ("after the ... ").
_STAGE_WORDS = {
    Stage.APPLIED: "application",
    Stage.RESPONDED: "first conversation",
    Stage.SCREEN: "screening call",
    Stage.TECHNICAL: "technical interview",
    Stage.FINAL: "final round",
    Stage.OFFER: "offer stage",
}
_INTERVIEW_STAGES = (Stage.SCREEN, Stage.TECHNICAL, Stage.FINAL)
_NO_CONTACT = "there"


class _Template(string.Template):
    # Any identifier is recognised, so a misspelt or unknown one can be pointed out;
    # only known names are ever given a value.
    idpattern = r"[A-Za-z_][A-Za-z0-9_]*"
    flags = re.ASCII


@dataclass(frozen=True)
class Problem:
    """A spot in a template's text that would not render as the user expects."""

    start: int
    end: int
    text: str
    message: str


@dataclass(frozen=True)
class Rendered:
    subject: str
    body: str
    missing: tuple[str, ...]  # known placeholders that had no value for this application


# A feedback request is a few paragraphs; 20,000 characters is about eight pages. The cap
# keeps every check on a keystroke bounded however much is pasted.
MAX_TEMPLATE_CHARS = 20_000
MAX_SUBJECT_CHARS = 300
MAX_NAME_CHARS = 100
_MAX_PROBLEMS = 20  # enough to see what is wrong; more would only fill the screen
_MAX_SHOWN = 30  # how much of a malformed ${... is quoted back


def find_problems(text: str, part: str = "message") -> list[Problem]:
    """Unknown placeholders and malformed `${...}` in `text`, in reading order, at most
    twenty; text past the size cap of `part` ("message" or "subject") is one problem of
    its own and not looked into.

    Time and memory are linear in the part looked into: each problem quotes at most a
    few dozen characters, whatever follows it.
    """
    limit = MAX_SUBJECT_CHARS if part == "subject" else MAX_TEMPLATE_CHARS
    problems: list[Problem] = []
    head = text[:limit]
    for match in _Template.pattern.finditer(head):
        if len(problems) == _MAX_PROBLEMS:
            break
        name = match.group("named") or match.group("braced")
        start, end = match.span()
        if name is not None:
            if name not in PLACEHOLDER_NAMES:
                hint = _suggestion(name)
                problems.append(
                    Problem(start, end, match.group(0), f"${name} is not a known placeholder{hint}")
                )
        elif match.group("invalid") is not None and head[end : end + 1] == "{":
            window = head[end : end + _MAX_SHOWN]
            close, line_end = window.find("}"), window.find("\n")
            if close != -1 and (line_end == -1 or close < line_end):
                stop, shown = end + close + 1, head[start : end + close + 1]
            else:
                stop = end + (line_end if line_end != -1 else len(window))
                shown = head[start:stop] + ("…" if line_end == -1 and stop < len(head) else "")
            problems.append(
                Problem(
                    start,
                    stop,
                    shown,
                    f"{shown} is not a placeholder: use $name with a name from the "
                    "list (write $$ for a dollar sign)",
                )
            )
    if len(text) > limit:
        problems.append(
            Problem(
                limit,
                len(text),
                "",
                f"the {part} is {len(text):,} characters long; it can hold at most {limit:,}",
            )
        )
    return problems


def placeholder_spans(text: str) -> list[tuple[int, int, bool]]:
    """Where each `$name` / `${name}` sits in `text`, and whether it is a known one."""
    spans = []
    for match in _Template.pattern.finditer(text):
        name = match.group("named") or match.group("braced")
        if name is not None:
            spans.append((match.start(), match.end(), name in PLACEHOLDER_NAMES))
    return spans


def check_template(name: str, subject: str, body: str) -> tuple[str, str, str]:
    """The cleaned name, subject and body, or UserError naming every problem found."""
    name = clean_text(name, "template's name")
    subject = clean_text(subject, "subject", one_line=False)
    body = clean_text(body, "message", one_line=False)
    if not name:
        raise UserError("Give the template a name.")
    if len(name) > MAX_NAME_CHARS:
        raise UserError(f"Keep the template's name under {MAX_NAME_CHARS} characters.")
    if any(ch in subject for ch in "\r\n"):
        raise UserError("The subject must fit on one line.")
    subject = subject.strip()
    if not subject:
        raise UserError("Write a subject line; many people never open a message without one.")
    if not body.strip():
        raise UserError("The message is empty.")
    problems = [*find_problems(subject, "subject"), *find_problems(body)]
    if problems:
        listed = "; ".join(dict.fromkeys(p.message for p in problems))
        raise UserError(f"Fix these before saving: {listed}.")
    return name, subject, body.rstrip() + "\n"


def render(subject: str, body: str, values: dict[str, str]) -> Rendered:
    """Fill the known placeholders from `values` (plain strings); everything else stays text."""
    mapping = {key: str(values.get(key, "")) for key in PLACEHOLDER_NAMES}
    used = {n for n, known in _names(subject + "\n" + body) if known}
    missing = tuple(sorted(n for n in used if not mapping[n]))
    return Rendered(
        subject=_Template(subject).safe_substitute(mapping),
        body=_Template(body).safe_substitute(mapping),
        missing=missing,
    )


def values_for(
    app: Application, *, my_name: str, today: date, contact: Contact | None = None
) -> dict[str, str]:
    """The placeholder values for `app`, as plain strings; empty where the app has none."""
    d = app.details
    person = contact or preferred_contact(app)
    full = person.name if person else ""
    interviews = [
        e.on for e in app.events if e.kind is EventKind.STAGE and e.stage in _INTERVIEW_STAGES
    ]
    rejections = [
        e.on for e in app.events if e.kind is EventKind.OUTCOME and e.outcome is Outcome.REJECTED
    ]
    return {
        "contact_name": full or _NO_CONTACT,
        "contact_first_name": full.split()[0] if full else _NO_CONTACT,
        "company": d.company,
        "role": d.role_title,
        "stage": _STAGE_WORDS[app.furthest_stage],
        "applied_date": day_text(d.applied_on, today),
        "interview_date": day_text(max(interviews), today) if interviews else "",
        "rejection_date": day_text(max(rejections), today) if rejections else "",
        "days_since_applied": str((today - d.applied_on).days),
        "my_name": my_name.strip(),
        "today": day_text(today, today),
    }


def example_values(my_name: str = "") -> dict[str, str]:
    """Values for previewing a template when no application is chosen."""
    values = {p.name: p.example for p in PLACEHOLDERS}
    if my_name.strip():
        values["my_name"] = my_name.strip()
    return values


def preferred_contact(app: Application) -> Contact | None:
    """Who a message about `app` goes to: a recruiter, then the hiring manager, then anyone."""
    order = (
        ContactRole.RECRUITER,
        ContactRole.HIRING_MANAGER,
        ContactRole.INTERVIEWER,
        ContactRole.OTHER,
        ContactRole.REFERRER,
    )
    contacts = sorted(app.details.contacts, key=lambda c: (not c.email, order.index(c.role)))
    return contacts[0] if contacts else None


def day_text(day: date, today: date) -> str:
    """A date as people write it in a letter; the year only when it is not this one."""
    text = f"{day.day} {day:%B}"
    return text if day.year == today.year else f"{text} {day.year}"


def _names(text: str) -> list[tuple[str, bool]]:
    names = []
    for match in _Template.pattern.finditer(text):
        name = match.group("named") or match.group("braced")
        if name is not None:
            names.append((name, name in PLACEHOLDER_NAMES))
    return names


def _suggestion(name: str) -> str:
    lowered = name.lower()
    if lowered in PLACEHOLDER_NAMES:
        return f" (did you mean ${lowered}?)"
    for known in sorted(PLACEHOLDER_NAMES):
        if lowered.startswith(known) or known.startswith(lowered):
            return f" (did you mean ${known}?)"
    close = difflib.get_close_matches(lowered, sorted(PLACEHOLDER_NAMES), n=1, cutoff=0.75)
    return f" (did you mean ${close[0]}?)" if close else ""


# --- the built-in templates, in our own words ----------------------------------------------


@dataclass(frozen=True)
class DefaultTemplate:
    key: str
    name: str
    purpose: Purpose
    subject: str
    body: str


# Three feedback requests, one per situation: thanking a company for "the first
# conversation" after an automated no to an application reads as if nobody read the reply.
FEEDBACK_NO_CONTACT = "feedback_no_contact"
FEEDBACK_AFTER_SCREEN = "feedback_after_screen"
FEEDBACK_AFTER_INTERVIEWS = "feedback_request"  # the key the first built-in one had
# A check-in on an application with no reply yet makes sense once the follow-up wait has
# passed (the setting Today and Feedback suggest follow-ups by): sooner, it has most likely
# not been read, and a nudge reads as impatience.
CHECK_IN = "checking_in"

DEFAULT_TEMPLATES: tuple[DefaultTemplate, ...] = (
    DefaultTemplate(
        key=FEEDBACK_NO_CONTACT,
        name="Feedback, no interview yet",
        purpose=Purpose.FEEDBACK,
        subject="A short question about my application — $role",
        body=(
            "Hi $contact_first_name,\n"
            "\n"
            "Thank you for letting me know about the $role role, and for considering my "
            "application.\n"
            "\n"
            "If it is possible, I would value one line on what kept my application from "
            "going further: the experience you were looking for, or something in how I "
            "presented it. I understand if you cannot share that.\n"
            "\n"
            "Best wishes to the team at $company,\n"
            "$my_name\n"
        ),
    ),
    DefaultTemplate(
        key=FEEDBACK_AFTER_SCREEN,
        name="Feedback after a screen",
        purpose=Purpose.FEEDBACK,
        subject="Thank you for the call — $role",
        body=(
            "Hi $contact_first_name,\n"
            "\n"
            "Thank you for letting me know, and for taking the time to speak with me about "
            "the $role role.\n"
            "\n"
            "If you can spare a minute, I would be grateful to hear what would have made "
            "me a stronger fit at this stage. I understand if that is not something you "
            "are able to share.\n"
            "\n"
            "All the best to the team at $company,\n"
            "$my_name\n"
        ),
    ),
    DefaultTemplate(
        key=FEEDBACK_AFTER_INTERVIEWS,
        name="Feedback after interviews",
        purpose=Purpose.FEEDBACK,
        subject="Thank you, and a small request — $role",
        body=(
            "Hi $contact_first_name,\n"
            "\n"
            "Thanks for letting me know, and for the time you and the team put into the "
            "$stage for the $role role.\n"
            "\n"
            "If you can spare a minute, I would be grateful for a line or two on what would "
            "have made me a stronger candidate. I understand if that is not something you "
            "are able to share.\n"
            "\n"
            "All the best to the team at $company,\n"
            "$my_name\n"
        ),
    ),
    DefaultTemplate(
        key=CHECK_IN,
        name="Checking in",
        purpose=Purpose.FOLLOW_UP,
        subject="Checking in — $role application",
        body=(
            "Hi $contact_first_name,\n"
            "\n"
            "I sent my application for the $role role at $company on $applied_date, and "
            "I wanted to say that I am still very interested. If it would help, I am glad "
            "to send more detail or examples of my work.\n"
            "\n"
            "Thank you for your time,\n"
            "$my_name\n"
        ),
    ),
    DefaultTemplate(
        key="follow_up",
        name="Follow-up after silence",
        purpose=Purpose.FOLLOW_UP,
        subject="Checking in on my application — $role",
        body=(
            "Hi $contact_first_name,\n"
            "\n"
            "I applied for the $role role at $company on $applied_date and wanted to check "
            "whether it is still open. I am still keen, and happy to send anything that "
            "would help.\n"
            "\n"
            "Thanks for your time,\n"
            "$my_name\n"
        ),
    ),
    DefaultTemplate(
        key="thank_you",
        name="Thank-you after an interview",
        purpose=Purpose.THANK_YOU,
        subject="Thank you for the conversation — $role",
        body=(
            "Hi $contact_first_name,\n"
            "\n"
            "Thank you for the conversation on $interview_date. I enjoyed hearing how the "
            "team works, and it made me more interested in the $role role.\n"
            "\n"
            "If anything I said would benefit from more detail, I am glad to follow up.\n"
            "\n"
            "Best regards,\n"
            "$my_name\n"
        ),
    ),
)
DEFAULTS_BY_KEY = {t.key: t for t in DEFAULT_TEMPLATES}


def default_template_key(furthest_stage: Stage, outcome: Outcome) -> str:
    """The built-in template a message about an application starts from, by what happened:
    after a rejection, the feedback request that fits how far it got (no one spoken to yet,
    a screen, interviews); while it is open after an interview, a thank-you; otherwise a
    follow-up. The user can still pick another."""
    if outcome is Outcome.REJECTED:
        if furthest_stage in (Stage.APPLIED, Stage.RESPONDED):
            return FEEDBACK_NO_CONTACT
        if furthest_stage is Stage.SCREEN:
            return FEEDBACK_AFTER_SCREEN
        return FEEDBACK_AFTER_INTERVIEWS
    if outcome is Outcome.ACTIVE and furthest_stage.rank >= Stage.SCREEN.rank:
        return "thank_you"
    return "follow_up"


# The two waits a user sets, as the texts name them (Preferences shows the same words).
FOLLOW_UP_WAIT = "the follow-up wait"
NO_RESPONSE_PERIOD = "the no-response period"


class CountsFrom(Enum):
    """What happened on the day a wait counts from."""

    APPLICATION = "application"  # the day it was sent
    STEP = "step"  # a later step in its history (say, reopened)
    FOLLOW_UP = "follow-up"  # the user's own last follow-up


def quiet_since(
    applied_on: date, last_activity: date, last_follow_up: date | None
) -> tuple[date, CountsFrom]:
    """The day an application went quiet, from which the follow-up wait counts, and what
    happened then: its last news (the day it was sent, or a later step), or the user's own
    last follow-up if that came later. The one rule for both Today's follow-ups and the
    composer's "too early": a follow-up sent three days ago is not due again, whenever the
    application went out."""
    if last_follow_up is not None and last_follow_up > last_activity:
        return last_follow_up, CountsFrom.FOLLOW_UP
    if last_activity > applied_on:
        return last_activity, CountsFrom.STEP
    return last_activity, CountsFrom.APPLICATION


@dataclass(frozen=True)
class CheckIn:
    """When a check-in on an application with no reply makes sense: `on`, once `days`
    (breaks left out) of `setting` have passed since `since`, the day of `counts_from`."""

    on: date
    days: int
    setting: str
    since: date
    counts_from: CountsFrom


def check_in(
    applied_on: date,
    last_activity: date,
    last_follow_up: date | None,
    no_response_days: int,
    follow_up_days: int,
    breaks: Sequence[Break] = (),
) -> CheckIn:
    """The first day a check-in makes sense: once the follow-up wait has passed since the
    application went quiet (`quiet_since`), as Today suggests it; or, if that comes first,
    once the no-response period has passed since it was sent (it then counts as unanswered,
    and the follow-up after silence is the message). Both leave out the days of breaks."""
    since, counts_from = quiet_since(applied_on, last_activity, last_follow_up)
    follow_up = CheckIn(
        day_waited(since, follow_up_days, breaks),
        follow_up_days,
        FOLLOW_UP_WAIT,
        since,
        counts_from,
    )
    silent_on = day_waited(applied_on, no_response_days, breaks)
    if silent_on < follow_up.on:
        return CheckIn(
            silent_on, no_response_days, NO_RESPONSE_PERIOD, applied_on, CountsFrom.APPLICATION
        )
    return follow_up


@dataclass(frozen=True)
class Opening:
    """The built-in template a message about an application starts from; `too_early` is
    set when there is no reason to write yet: from when there is, and why."""

    key: str
    too_early: CheckIn | None = None

    @property
    def too_early_until(self) -> date | None:
        return self.too_early.on if self.too_early else None


def opening_template(
    furthest_stage: Stage,
    outcome: Outcome,
    applied_on: date,
    today: date,
    no_response_days: int,
    follow_up_days: int,
    breaks: Sequence[Break] = (),
    last_activity: date | None = None,
    last_follow_up: date | None = None,
) -> Opening:
    """`default_template_key`, with a reason to write for an application with no reply yet:
    past the no-response period, the follow-up after silence; younger, a check-in once the
    follow-up wait has passed since it went quiet (`check_in`, as Today suggests it), and
    before that nothing yet (a request needs a reason: there is no answer to ask about, and
    the company has most likely not read it, or not yet answered the last follow-up)."""
    waiting = outcome is Outcome.ACTIVE and furthest_stage is Stage.APPLIED
    if not waiting or is_silent(
        furthest_stage, outcome, applied_on, today, no_response_days, breaks
    ):
        return Opening(default_template_key(furthest_stage, outcome))
    when = check_in(
        applied_on,
        last_activity or applied_on,
        last_follow_up,
        no_response_days,
        follow_up_days,
        breaks,
    )
    return Opening(CHECK_IN, when if today < when.on else None)


@dataclass(frozen=True)
class QuestionLine:
    label: str
    text: str


# Specific questions get more useful answers than "any feedback?"; each is optional.
QUESTION_LINES: tuple[QuestionLine, ...] = (
    QuestionLine(
        "Skills not shown",
        "Was there a skill you hoped to see that I did not get across?",
    ),
    QuestionLine(
        "Who you chose",
        "What did the person you chose bring that I was missing?",
    ),
    QuestionLine(
        "What would help",
        "What one thing would have made my application stronger?",
    ),
    QuestionLine(
        "Future roles",
        "If I work on those gaps, would you be open to hearing from me for a future role?",
    ),
)
