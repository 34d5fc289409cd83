"""An application, its dated event log, and the rules for changing it.

The log is the truth: how far an application got and where it stands now are
derived from its events, never stored beside them, so a rejection after a final
round still shows the final round was reached.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from enum import Enum
from typing import NamedTuple

from jobdesk.domain.enums import Channel, ContactRole, Outcome, RejectionReason, SizeBand, Stage
from jobdesk.domain.errors import UserError
from jobdesk.domain.wording import short_date


class EventKind(Enum):
    STAGE = "stage"  # the application reached `stage`
    OUTCOME = "outcome"  # the outcome became `outcome`, while at `stage`


@dataclass(frozen=True)
class StageEvent:
    """One dated entry in an application's history."""

    kind: EventKind
    on: date
    stage: Stage | None = None
    outcome: Outcome | None = None
    reason: RejectionReason | None = None
    note: str = ""
    backfilled: bool = False
    id: int | None = None
    # When it was logged (this computer's clock, naive), or None for one not stored yet: the
    # store then stamps it with the real time. Kept through undo, so a rejection logged
    # yesterday is not logged anew by undoing something else. Not part of what it says.
    recorded_at: datetime | None = field(default=None, compare=False)

    @property
    def summary(self) -> str:
        """One line for the history list, in the user's words."""
        return self.headline()

    def headline(self, *, with_reason: bool = True) -> str:
        """`summary`, leaving out the reason when `with_reason` is False (kept out of
        sight for a while after a rejection)."""
        if self.kind is EventKind.STAGE:
            assert self.stage is not None
            return f"Reached {self.stage.label.lower()}"
        assert self.outcome is not None
        at = f" at {self.stage.label.lower()}" if self.stage else ""
        text = {
            Outcome.ACTIVE: "Reopened",
            Outcome.REJECTED: f"Rejected{at}",
            Outcome.WITHDRAWN: f"Withdrawn{at}",
            Outcome.GHOSTED: f"Marked ghosted{at}",
            Outcome.ACCEPTED: "Offer accepted",
            Outcome.DECLINED: "Offer declined",
        }[self.outcome]
        if self.reason is not None and with_reason:
            text += f": {self.reason.label.lower()} ({self.reason.group.label.lower()})"
        return text


@dataclass(frozen=True)
class Correction:
    """A wrong event taken out of the counting by an entry appended after it (the log itself
    is never rewritten): `event` as it was logged, voided on `on` with an optional `note`."""

    event: StageEvent
    on: date
    note: str = ""


@dataclass(frozen=True)
class Contact:
    name: str
    role: ContactRole = ContactRole.RECRUITER
    email: str = ""


@dataclass(frozen=True)
class ApplicationDetails:
    """Everything about an application the user types in; its history is kept apart."""

    company: str
    role_title: str
    applied_on: date
    size_band: SizeBand = SizeBand.UNKNOWN
    industry: str = ""
    role_type: str = ""
    seniority: str = ""
    location: str = ""
    channel: Channel = Channel.DIRECT
    resume_variant: str = ""
    job_url: str = ""
    salary_text: str = ""
    notes: str = ""
    next_step: str = ""
    next_step_on: date | None = None
    contacts: tuple[Contact, ...] = ()


@dataclass(frozen=True)
class Application:
    id: int
    details: ApplicationDetails
    # The events that count, in log order; voided ones are in `corrections` instead.
    events: tuple[StageEvent, ...] = field(default=())
    corrections: tuple[Correction, ...] = field(default=())

    @property
    def furthest_stage(self) -> Stage:
        return furthest_stage(self.events)

    @property
    def outcome(self) -> Outcome:
        return current_outcome(self.events)

    @property
    def last_activity(self) -> date:
        return max([self.details.applied_on, *(e.on for e in self.events)])

    def days_since_activity(self, today: date) -> int:
        return (today - self.last_activity).days

    # The same names as `ApplicationSummary`'s, so rules can take either.
    @property
    def company(self) -> str:
        return self.details.company

    @property
    def role_title(self) -> str:
        return self.details.role_title

    @property
    def applied_on(self) -> date:
        return self.details.applied_on

    @property
    def next_step_on(self) -> date | None:
        return self.details.next_step_on

    @property
    def was_rejected(self) -> bool:
        """Rejected at some point, even if reopened since: the rejection still happened."""
        return any(
            e.kind is EventKind.OUTCOME and e.outcome is Outcome.REJECTED for e in self.events
        )

    @property
    def name(self) -> str:
        return f"{self.details.company} — {self.details.role_title}"


class ApplicationSummary(NamedTuple):
    """One application as the lists show it: its details and what its log adds up to.

    A tuple read straight from the kept facts (see `store/facts.py`), so 100,000 are cheap;
    the whole `Application`, with its log and contacts, is read only for the one in view.
    """

    id: int
    company: str
    role_title: str
    furthest_stage: Stage
    outcome: Outcome
    channel: Channel
    resume_variant: str
    applied_on: date
    last_activity: date
    next_step: str
    next_step_on: date | None
    notes: str
    was_rejected: bool  # rejected at some point, even if reopened since

    def days_since_activity(self, today: date) -> int:
        return (today - self.last_activity).days

    @property
    def name(self) -> str:
        return f"{self.company} — {self.role_title}"


def summary_of(app: Application) -> ApplicationSummary:
    """The summary the kept facts must give for `app`, by the log's own rules (tests compare)."""
    d = app.details
    return ApplicationSummary(
        app.id,
        d.company,
        d.role_title,
        app.furthest_stage,
        app.outcome,
        d.channel,
        d.resume_variant,
        d.applied_on,
        app.last_activity,
        d.next_step,
        d.next_step_on,
        d.notes,
        app.was_rejected,
    )


def furthest_stage(events: tuple[StageEvent, ...] | list[StageEvent]) -> Stage:
    """The furthest stage the log shows was reached.

    A rejection at a stage means that stage was reached; a rejection straight
    after applying is a response, so it counts as reaching `responded`. An accepted or
    declined offer means the offer was reached, even when the log has no offer event (an
    import can write one so).
    """
    best = Stage.APPLIED
    for event in events:
        if event.kind is EventKind.OUTCOME and event.outcome in _OFFER_OUTCOMES:
            return Stage.OFFER
        if event.stage is None:
            continue
        reached = event.stage
        if (
            event.kind is EventKind.OUTCOME
            and event.outcome is Outcome.REJECTED
            and reached is Stage.APPLIED
        ):
            reached = Stage.RESPONDED
        best = max(best, reached)
    return best


_OFFER_OUTCOMES = frozenset({Outcome.ACCEPTED, Outcome.DECLINED})


def current_outcome(events: tuple[StageEvent, ...] | list[StageEvent]) -> Outcome:
    """The latest outcome in the log; an application with none is active."""
    outcome = Outcome.ACTIVE
    for event in events:
        if event.kind is EventKind.OUTCOME and event.outcome is not None:
            outcome = event.outcome
    return outcome


# --- rules for changes: each returns the cleaned value or raises UserError -----------------


# Invisible characters that change how the text around them is shown: bidi embeddings,
# overrides and isolates (U+202E turns "cod.exe" into "exe.doc"), marks, and zero-width
# spaces, joiners and the BOM. They are taken out of names; ZWJ and ZWNJ stay between two
# visible characters, where emoji sequences and scripts such as Persian need them.
_BIDI_AND_ZERO_WIDTH = re.compile(
    "[\u061c\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u180e\u00ad]"
)
_LOOSE_JOINERS = re.compile("(?:(?<=\\s)|^)[\u200c\u200d]+|[\u200c\u200d]+(?=\\s|$)")
_SURROGATE = re.compile("[\ud800-\udfff]")


def clean_text(value: str, label: str, *, one_line: bool = True) -> str:
    """`value` as jobdesk keeps it: trimmed, and for a one-line field with runs of white
    space as one space and no invisible direction or zero-width characters.

    UserError for a lone surrogate (half of an emoji, from a bad paste or import): it is
    not text and cannot be saved.
    """
    if _SURROGATE.search(value):
        raise UserError(
            f"The {label} contains a broken character (half of an emoji or symbol). "
            "Retype it, or paste it again from where it came."
        )
    if not one_line:
        return value.strip()
    value = _BIDI_AND_ZERO_WIDTH.sub("", value)
    value = " ".join(value.split())
    return _LOOSE_JOINERS.sub("", value)


def clean_details(details: ApplicationDetails, today: date) -> ApplicationDetails:
    """Trim the text fields and check what must hold before anything is saved."""
    contacts = tuple(
        Contact(clean_text(c.name, "contact's name"), c.role, clean_text(c.email, "address"))
        for c in details.contacts
        if c.name.strip() or c.email.strip()
    )
    cleaned = replace(
        details,
        company=clean_text(details.company, "company's name"),
        role_title=clean_text(details.role_title, "role"),
        industry=clean_text(details.industry, "industry"),
        role_type=clean_text(details.role_type, "role type"),
        seniority=clean_text(details.seniority, "seniority"),
        location=clean_text(details.location, "location"),
        resume_variant=clean_text(details.resume_variant, "resume variant"),
        job_url=clean_text(details.job_url, "job link"),
        salary_text=clean_text(details.salary_text, "salary"),
        notes=clean_text(details.notes, "notes", one_line=False),
        next_step=clean_text(details.next_step, "next step"),
        contacts=contacts,
    )
    if not cleaned.company:
        raise UserError("Enter the company's name.")
    if not cleaned.role_title:
        raise UserError("Enter the role you applied for.")
    if cleaned.applied_on > today:
        raise UserError(
            f"The applied date ({short_date(cleaned.applied_on)}) is in the future. "
            "Enter the day you sent the application."
        )
    for contact in contacts:
        if not contact.name:
            raise UserError(f"The contact with the address {contact.email} needs a name.")
        if contact.email and not _looks_like_email(contact.email):
            raise UserError(f"“{contact.email}” does not look like an email address.")
    for text in (cleaned.company, cleaned.role_title):
        if any(unicodedata.category(ch) == "Cc" for ch in text):
            raise UserError("Names cannot contain control characters.")
    return cleaned


def check_applied_date_fits(app: Application, applied_on: date) -> None:
    """An edited applied date may not come after anything that happened since."""
    if app.events:
        first = min(e.on for e in app.events)
        if applied_on > first:
            raise UserError(
                f"The applied date cannot be after the first event in its history "
                f"({short_date(first)})."
            )


def _looks_like_email(text: str) -> bool:
    local, at, domain = text.rpartition("@")
    return bool(at and local and "." in domain and " " not in text)


def _check_date(app: Application, on: date, today: date) -> None:
    if on > today:
        raise UserError(f"{short_date(on)} is in the future. Choose today or an earlier day.")
    if on < app.last_activity:
        raise UserError(
            f"{short_date(on)} is before the last thing that happened to this application "
            f"({short_date(app.last_activity)}). Choose that day or a later one."
        )


def plan_advance(app: Application, stage: Stage, on: date, today: date) -> StageEvent:
    """The event that moves `app` forward to `stage` on `on`."""
    name = f"{app.details.company} — {app.details.role_title}"
    if app.outcome.is_closed:
        raise UserError(
            f"{name} is {app.outcome.label.lower()}. Reopen it before moving it forward."
        )
    if stage <= app.furthest_stage:
        raise UserError(
            f"{name} has already reached {app.furthest_stage.label.lower()}. "
            "To log a step it went through before that, use Add a missed step."
        )
    _check_date(app, on, today)
    return StageEvent(EventKind.STAGE, on, stage=stage, backfilled=on < today)


def plan_outcome(
    app: Application,
    outcome: Outcome,
    on: date,
    today: date,
    *,
    stage: Stage | None = None,
    reason: RejectionReason | None = None,
    note: str = "",
) -> StageEvent:
    """The event that sets `app`'s outcome; `outcome=ACTIVE` reopens a closed application."""
    note = clean_text(note, "note", one_line=False)
    name = f"{app.details.company} — {app.details.role_title}"
    if outcome is Outcome.ACTIVE:
        if not app.outcome.is_closed:
            raise UserError(f"{name} is already active.")
    elif app.outcome.is_closed:
        raise UserError(
            f"{name} is already {app.outcome.label.lower()}. Reopen it first if that changed."
        )
    if outcome in (Outcome.ACCEPTED, Outcome.DECLINED) and app.furthest_stage is not Stage.OFFER:
        raise UserError(f"{name} has no offer to accept or decline yet.")
    at = stage or app.furthest_stage
    if outcome is Outcome.REJECTED:
        if at < app.furthest_stage and not (
            at is Stage.APPLIED and app.furthest_stage is Stage.RESPONDED
        ):
            raise UserError(
                f"{name} already reached {app.furthest_stage.label.lower()}, so the rejection "
                f"cannot have come at {at.label.lower()}."
            )
    else:
        at = app.furthest_stage
        reason = None
    _check_date(app, on, today)
    return StageEvent(
        EventKind.OUTCOME,
        on,
        stage=at,
        outcome=outcome,
        reason=reason,
        note=note.strip(),
        backfilled=on < today,
    )


def missed_stages(app: Application) -> list[Stage]:
    """The stages `app` went through without its log saying so: before its furthest stage,
    after applying, with no event of their own. They are the ones a missed step can add."""
    logged = {e.stage for e in app.events if e.kind is EventKind.STAGE}
    return [s for s in Stage if Stage.APPLIED < s < app.furthest_stage and s not in logged]


def plan_missed_step(app: Application, stage: Stage, on: date, today: date) -> StageEvent:
    """The event for a stage `app` went through but was never logged, on its true date.

    Allowed below a stage already reached (that is what makes it missed), and always kept
    as backfilled: it was entered after the fact, so it counts for the rates and not for the
    timings. Refused where it would contradict the log: before the application was sent,
    before a step that comes earlier, or after one that comes later.
    """
    name = f"{app.details.company} — {app.details.role_title}"
    if stage is Stage.APPLIED:
        raise UserError("Applying is not a step to add: change the applied date in Edit instead.")
    logged = next((e for e in app.events if e.kind is EventKind.STAGE and e.stage is stage), None)
    if logged is not None:
        raise UserError(
            f"{name} already has {stage.label.lower()} in its history "
            f"({short_date(logged.on)}). To change its date, correct that entry, then add it again."
        )
    if stage >= app.furthest_stage:
        raise UserError(
            f"{name} has not gone past {stage.label.lower()} yet. "
            "Use Move forward to record the next stage."
        )
    if on > today:
        raise UserError(f"{short_date(on)} is in the future. Choose today or an earlier day.")
    if on < app.details.applied_on:
        raise UserError(
            f"{short_date(on)} is before the application was sent "
            f"({short_date(app.details.applied_on)}). Choose that day or a later one."
        )
    for event in app.events:
        reached = _stage_shown_by(event)
        if reached is None:
            continue
        if reached > stage and event.on < on:
            raise UserError(
                f"{stage.label} on {short_date(on)} would come after “{event.summary}” on "
                f"{short_date(event.on)}. Choose {short_date(event.on)} or an earlier day."
            )
        if Stage.APPLIED < reached < stage and event.on > on:
            raise UserError(
                f"{stage.label} on {short_date(on)} would come before “{event.summary}” on "
                f"{short_date(event.on)}. Choose {short_date(event.on)} or a later day."
            )
    return StageEvent(EventKind.STAGE, on, stage=stage, backfilled=True)


def latest_day_for(app: Application, stage: Stage) -> date | None:
    """The last day a missed `stage` can have happened: that of the first event showing a
    later stage; None when nothing later is dated."""
    later = [
        e.on for e in app.events if (shown := _stage_shown_by(e)) is not None and shown > stage
    ]
    return min(later, default=None)


def _stage_shown_by(event: StageEvent) -> Stage | None:
    """The stage an event shows was reached (a rejection straight after applying shows a
    reply); None for events that say nothing about how far it got (a reopen)."""
    if event.kind is EventKind.STAGE:
        return event.stage
    if event.outcome is Outcome.ACTIVE or event.stage is None:
        return None
    if event.outcome in _OFFER_OUTCOMES:
        return Stage.OFFER
    if event.outcome is Outcome.REJECTED and event.stage is Stage.APPLIED:
        return Stage.RESPONDED
    return event.stage


def plan_correction(app: Application, event_id: int, today: date, note: str = "") -> Correction:
    """The correction that voids the event `event_id` of `app` as of `today`.

    The event stays in the log; from then on nothing counts it.
    """
    note = clean_text(note, "note", one_line=False)
    event = next((e for e in app.events if e.id == event_id), None)
    if event is None:
        if any(c.event.id == event_id for c in app.corrections):
            raise UserError("That entry was already corrected: it no longer counts.")
        raise UserError("That entry is no longer in the history; it may have been undone.")
    return Correction(event, today, note)
