"""Interviews (a kind, a wall-clock time in a named zone) and debriefs, and when one is owed.

"Run your own debrief" soon after the interview, while it is fresh: once an
interview's end has passed and it has no debrief, the debrief is owed. The clock is
always passed in, so the rule is the same in the app and in a test on fixed times.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from jobdesk.domain.application import clean_text
from jobdesk.domain.enums import Stage, Vocabulary
from jobdesk.domain.errors import UserError
from jobdesk.domain.topics import canonical_name
from jobdesk.domain.wording import short_date

MAX_DURATION_MINUTES = 24 * 60
NOTES_MAX_LENGTH = 20_000
NAME_MAX_LENGTH = 200
TAG_MAX_LENGTH = 60
QUESTION_MAX_LENGTH = 1_000


class InterviewKind(Vocabulary):
    RECRUITER_SCREEN = "recruiter_screen"
    TECHNICAL = "technical"
    SYSTEM_DESIGN = "system_design"
    BEHAVIOURAL = "behavioural"
    TAKE_HOME = "take_home"
    FINAL = "final"
    OTHER = "other"

    @property
    def label(self) -> str:
        return _KIND_LABELS[self]

    @property
    def usual_stage(self) -> Stage:
        """The stage an interview of this kind usually belongs to (the dialog's first guess)."""
        return _KIND_STAGES[self]


_KIND_LABELS = {
    InterviewKind.RECRUITER_SCREEN: "Recruiter screen",
    InterviewKind.TECHNICAL: "Technical",
    InterviewKind.SYSTEM_DESIGN: "System design",
    InterviewKind.BEHAVIOURAL: "Behavioural",
    InterviewKind.TAKE_HOME: "Take-home",
    InterviewKind.FINAL: "Final / onsite",
    InterviewKind.OTHER: "Other",
}
_KIND_STAGES = {
    InterviewKind.RECRUITER_SCREEN: Stage.SCREEN,
    InterviewKind.TECHNICAL: Stage.TECHNICAL,
    InterviewKind.SYSTEM_DESIGN: Stage.TECHNICAL,
    InterviewKind.BEHAVIOURAL: Stage.TECHNICAL,
    InterviewKind.TAKE_HOME: Stage.TECHNICAL,
    InterviewKind.FINAL: Stage.FINAL,
    InterviewKind.OTHER: Stage.SCREEN,
}


# --- interviews ---------------------------------------------------------------------------


@dataclass(frozen=True)
class InterviewDetails:
    """What the user enters: `starts_at` is the wall-clock time in `time_zone` (naive)."""

    kind: InterviewKind
    stage: Stage
    starts_at: datetime
    time_zone: str
    duration_minutes: int = 60
    interviewers: tuple[str, ...] = ()
    notes: str = ""


@dataclass(frozen=True)
class Interview:
    id: int
    application_id: int
    uid: str  # the calendar's identity for it: the same in every export
    details: InterviewDetails

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.details.time_zone)

    @property
    def starts(self) -> datetime:
        """The start as an aware moment in its own zone."""
        return self.details.starts_at.replace(tzinfo=self.zone)

    @property
    def ends(self) -> datetime:
        # Added in UTC: Python adds to an aware time by its wall clock, so over a clock
        # change a 120-minute interview would otherwise last 60 or 180 minutes.
        end = self.starts.astimezone(UTC) + timedelta(minutes=self.details.duration_minutes)
        return end.astimezone(self.zone)

    def when_text(self) -> str:
        """ "Tue 24 Nov 2026, 14:00 (Europe/Berlin)": the time as it was agreed."""
        start = self.details.starts_at
        return f"{start:%a} {short_date(start)}, {start:%H:%M} ({self.details.time_zone})"


def is_time_zone(name: str) -> bool:
    if not name or name != name.strip():
        return False
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


def time_zone_names() -> list[str]:
    """Every IANA zone this machine knows, sorted, for the dialog's list."""
    return sorted(available_timezones())


USUAL_START = time(10, 0)  # a new interview's suggested start


def default_start(now: datetime) -> datetime:
    """A new interview's suggested start, on the wall clock of `now`: today at 10:00 while
    that is still ahead, else the next working day (Monday to Friday) at 10:00. At 23:45
    the form had suggested 10:00 that same day, 13 hours gone."""
    local = now.replace(tzinfo=None)
    start = datetime.combine(local.date(), USUAL_START)
    if start > local:
        return start
    day = local.date() + timedelta(days=1)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return datetime.combine(day, USUAL_START)


def has_passed(starts_at: datetime, time_zone: str, now: datetime) -> bool:
    """Whether a start (wall clock in `time_zone`, naive) is already behind `now` (aware).
    An unknown zone is not judged here: saving refuses it with its own message."""
    if not is_time_zone(time_zone):
        return False
    return starts_at.replace(tzinfo=ZoneInfo(time_zone)) <= now


def clean_interview(details: InterviewDetails) -> InterviewDetails:
    """The details trimmed and checked, or UserError saying what to fix."""
    if not is_time_zone(details.time_zone):
        raise UserError(
            f"“{details.time_zone}” is not a time zone jobdesk knows. Pick one from the "
            "list, such as Europe/London or America/New_York."
        )
    if not 1 <= details.duration_minutes <= MAX_DURATION_MINUTES:
        raise UserError("An interview lasts between 1 minute and 24 hours.")
    names: list[str] = []
    for name in details.interviewers:
        cleaned = clean_text(name, "interviewer's name")
        if len(cleaned) > NAME_MAX_LENGTH:
            raise UserError(f"Keep each interviewer's name under {NAME_MAX_LENGTH} characters.")
        if cleaned and cleaned.casefold() not in {n.casefold() for n in names}:
            names.append(cleaned)
    notes = clean_text(details.notes, "notes", one_line=False)
    if len(notes) > NOTES_MAX_LENGTH:
        raise UserError(f"Keep the notes under {NOTES_MAX_LENGTH:,} characters.")
    return replace(
        details,
        starts_at=details.starts_at.replace(second=0, microsecond=0, tzinfo=None),
        interviewers=tuple(names),
        notes=notes,
    )


# --- debriefs -----------------------------------------------------------------------------


@dataclass(frozen=True)
class DebriefDetails:
    """One short form that asks nothing twice."""

    stage: Stage
    written_on: date
    interview_id: int | None = None
    went_well: str = ""  # what went well, and why
    stumbled: str = ""  # where you stumbled or were caught off guard
    preparation: str = ""  # preparation that did not hold up under pressure
    differently: str = ""  # the one thing you would do differently
    support: str = ""  # support you need
    rating: int | None = None  # 1 (badly) to 5 (very well)
    tags: tuple[str, ...] = ()
    questions: tuple[str, ...] = ()  # the questions you were asked, one each


@dataclass(frozen=True)
class Debrief:
    id: int
    application_id: int
    details: DebriefDetails

    def matches(self, text: str) -> bool:
        """Whether `text` (any letter case) is in any of its answers, tags or questions."""
        needle = text.casefold().strip()
        if not needle:
            return True
        d = self.details
        fields = (d.went_well, d.stumbled, d.preparation, d.differently, d.support)
        return any(needle in f.casefold() for f in (*fields, *d.tags, *d.questions))


def questions_from_text(text: str) -> tuple[str, ...]:
    """The question log's entries from a box with one question per line (blank lines skipped)."""
    return tuple(line.strip() for line in text.splitlines() if line.strip())


def clean_debrief(details: DebriefDetails, today: date) -> DebriefDetails:
    """The debrief trimmed and checked, or UserError saying what to fix."""
    if details.written_on > today:
        raise UserError("A debrief cannot be dated after today.")
    if details.rating is not None and not 1 <= details.rating <= 5:
        raise UserError("Rate how it went from 1 to 5, or leave the rating out.")

    def text(value: str) -> str:
        return clean_text(value, "debrief", one_line=False)

    texts = (
        text(details.went_well),
        text(details.stumbled),
        text(details.preparation),
        text(details.differently),
        text(details.support),
    )
    for value in texts:
        if len(value) > NOTES_MAX_LENGTH:
            raise UserError(f"Keep each answer under {NOTES_MAX_LENGTH:,} characters.")
    tags: list[str] = []
    for tag in details.tags:
        # Another word for a built-in topic is stored as that topic (one vocabulary).
        name = canonical_name(clean_text(tag, "tag"))
        if len(name) > TAG_MAX_LENGTH:
            raise UserError(f"Keep a tag under {TAG_MAX_LENGTH} characters.")
        if name and name.casefold() not in {t.casefold() for t in tags}:
            tags.append(name)
    questions: list[str] = []
    for question in details.questions:
        q = clean_text(question, "question")
        if len(q) > QUESTION_MAX_LENGTH:
            raise UserError(f"Keep each question under {QUESTION_MAX_LENGTH:,} characters.")
        if q:
            questions.append(q)
    if not any(texts) and not tags and not questions and details.rating is None:
        raise UserError("The debrief is empty. Answer at least one question, or add a tag.")
    return replace(
        details,
        went_well=texts[0],
        stumbled=texts[1],
        preparation=texts[2],
        differently=texts[3],
        support=texts[4],
        tags=tuple(tags),
        questions=tuple(questions),
    )


def debriefs_owed(
    interviews: Iterable[Interview], debriefs: Iterable[Debrief], now: datetime
) -> list[Interview]:
    """The interviews whose end has passed and that have no debrief yet, oldest first.

    `now` must be aware (any zone): each interview's end is compared as a moment.
    """
    if now.tzinfo is None:
        raise ValueError("now must carry its time zone")
    written = {d.details.interview_id for d in debriefs if d.details.interview_id is not None}
    owed = [i for i in interviews if i.id not in written and i.ends <= now]
    return sorted(owed, key=lambda i: (i.starts, i.id))


# --- the demo -----------------------------------------------------------------------------

_SAMPLE_ZONES = ("Europe/Berlin", "America/New_York", "Europe/London", "America/Los_Angeles")
_SAMPLE_KINDS = {
    Stage.SCREEN: (InterviewKind.RECRUITER_SCREEN,),
    Stage.TECHNICAL: (InterviewKind.TECHNICAL, InterviewKind.SYSTEM_DESIGN),
    Stage.FINAL: (InterviewKind.FINAL,),
}
_SAMPLE_DEBRIEFS = (
    (
        ("System design", "Nerves"),
        "Clear about trade-offs once I had the requirements",
        "Capacity estimates under time pressure",
        "Ask about scale before drawing anything",
        ("Design a rate limiter", "How would it behave across regions?"),
        2,
    ),
    (
        ("Technical round",),
        "Talked through my approach before coding",
        "Off-by-one in the sliding window",
        "Test the edge cases out loud",
        ("Longest substring without repeats",),
        3,
    ),
    (
        ("Communication",),
        "The migration story landed",
        "Rambled on the conflict question",
        "Keep each story to two minutes",
        ("Tell me about a disagreement with your manager",),
        4,
    ),
)


@dataclass(frozen=True)
class SampleInterview:
    application_id: int
    details: InterviewDetails
    debrief: DebriefDetails | None


def sample_interviews(
    apps: Iterable[tuple[int, Stage, tuple[tuple[Stage, date], ...], bool]], today: date
) -> list[SampleInterview]:
    """Interviews for the sample search (for the demo): one on each day a screen, technical
    or final round was reached, most of them debriefed, the latest one left owed; and an
    upcoming round for applications still open. `apps` are (id, furthest stage, the
    (stage, date) reached, still active)."""
    found: list[SampleInterview] = []
    number = 0
    for app_id, furthest, reached, active in apps:
        for stage, on in reached:
            kinds = _SAMPLE_KINDS.get(stage)
            if not kinds:
                continue
            kind = kinds[number % len(kinds)]
            zone = _SAMPLE_ZONES[number % len(_SAMPLE_ZONES)]
            details = InterviewDetails(
                kind,
                stage,
                datetime.combine(on, datetime.min.time()).replace(hour=10),
                zone,
                45 if kind is InterviewKind.RECRUITER_SCREEN else 60,
            )
            tags, well, stumbled, differently, questions, rating = _SAMPLE_DEBRIEFS[
                number % len(_SAMPLE_DEBRIEFS)
            ]
            debrief = DebriefDetails(
                stage,
                on,
                went_well=well,
                stumbled=stumbled,
                differently=differently,
                rating=rating,
                tags=tags,
                questions=questions,
            )
            found.append(SampleInterview(app_id, details, debrief if number % 4 else None))
            number += 1
        if active and furthest in (Stage.SCREEN, Stage.TECHNICAL) and number % 3 == 0:
            stage = Stage.TECHNICAL if furthest is Stage.SCREEN else Stage.FINAL
            on = today + timedelta(days=2 + number % 5)
            details = InterviewDetails(
                _SAMPLE_KINDS[stage][0],
                stage,
                datetime.combine(on, datetime.min.time()).replace(hour=14, minute=30),
                _SAMPLE_ZONES[number % len(_SAMPLE_ZONES)],
                60,
            )
            found.append(SampleInterview(app_id, details, None))
            number += 1
    return found
