"""Feedback per application, the themes it carries, patterns across rejections, follow-ups due.

A single comment is one interviewer's view; a theme becomes a pattern only when
it comes back from several separate rejections. Two rejections from the same
company are often the same people's view, so a company counts once.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from enum import Enum

from jobdesk.domain.application import Application, ApplicationSummary, EventKind, clean_text
from jobdesk.domain.breaks import Break, waiting_days
from jobdesk.domain.enums import Outcome, RejectionReason, Stage
from jobdesk.domain.errors import UserError
from jobdesk.domain.silence import Silence
from jobdesk.domain.templates import Purpose, quiet_since
from jobdesk.domain.topics import canonical_name
from jobdesk.domain.wording import short_date

# An application as a list knows it, or whole: both give what these rules read.
Listed = ApplicationSummary | Application

# Schema 2's four built-in themes; from schema 6 they are topics of the one vocabulary
# (domain/topics.py), the first under its merged name.
DEFAULT_THEMES = (
    "Skills gap",
    "Communication",
    "Experience mismatch",
    "Culture fit",
)
THEME_MAX_LENGTH = 60

PATTERN_REMINDER = (
    "One comment is one person's view of one conversation: a data point, not a verdict. "
    "A theme that comes back from several separate rejections is worth acting on."
)


class Via(Enum):
    """How a message left jobdesk."""

    CLIPBOARD = "clipboard"
    MAIL_APP = "mail_app"
    DRAFT = "draft"
    BY_HAND = "by_hand"

    @property
    def label(self) -> str:
        return {
            Via.CLIPBOARD: "copied to the clipboard",
            Via.MAIL_APP: "opened in the mail app",
            Via.DRAFT: "saved as a draft",
            Via.BY_HAND: "recorded by hand",
        }[self]


@dataclass(frozen=True)
class MessageSent:
    """One message about an application: feedback asked for, a follow-up, a thank-you."""

    application_id: int
    purpose: Purpose
    on: date
    via: Via
    id: int | None = None

    @property
    def summary(self) -> str:
        """How the message reads in the application's history: "Feedback requested (copied)"."""
        what = {
            Purpose.FEEDBACK: "Feedback requested",
            Purpose.FOLLOW_UP: "Followed up",
            Purpose.THANK_YOU: "Thank-you sent",
            Purpose.OTHER: "Message sent",
        }[self.purpose]
        how = {
            Via.CLIPBOARD: "copied",
            Via.MAIL_APP: "mail app",
            Via.DRAFT: "mail draft",
            Via.BY_HAND: "noted by hand",
        }[self.via]
        return f"{what} ({how})"


@dataclass(frozen=True)
class ReceivedFeedback:
    """What a company said after a decision, and the themes the user sees in it."""

    application_id: int
    received_on: date
    said: str = ""
    themes: tuple[str, ...] = ()


def clean_theme(name: str) -> str:
    cleaned = clean_text(name, "theme")
    if not cleaned:
        raise UserError("Give the theme a name.")
    if len(cleaned) > THEME_MAX_LENGTH:
        raise UserError(f"Keep a theme's name under {THEME_MAX_LENGTH} characters.")
    if any(not ch.isprintable() for ch in cleaned):
        raise UserError("A theme's name cannot contain control characters.")
    return cleaned


def clean_feedback(
    feedback: ReceivedFeedback, app: Application, today: date, known_themes: list[str]
) -> ReceivedFeedback:
    """The feedback with its text trimmed and themes matched to known ones, or UserError."""
    if feedback.received_on > today:
        raise UserError(
            f"{short_date(feedback.received_on)} is in the future. Choose the day it arrived."
        )
    if feedback.received_on < app.details.applied_on:
        raise UserError(
            f"Feedback cannot arrive before you applied ({short_date(app.details.applied_on)})."
        )
    by_key = {t.casefold(): t for t in known_themes}
    themes: list[str] = []
    for theme in feedback.themes:
        name = canonical_name(clean_theme(theme))
        if name.casefold() not in by_key:
            raise UserError(f"“{name}” is not a theme yet; add it first.")
        known = by_key[name.casefold()]
        if known not in themes:
            themes.append(known)
    said = clean_text(feedback.said, "feedback", one_line=False)
    if not said and not themes:
        raise UserError("Write what they said, or tick at least one theme.")
    return replace(feedback, said=said, themes=tuple(themes))


def check_sent_date(app: Application, on: date, today: date) -> None:
    if on > today:
        raise UserError(f"{short_date(on)} is in the future. Choose today or an earlier day.")
    if on < app.details.applied_on:
        raise UserError(
            f"{short_date(on)} is before you applied ({short_date(app.details.applied_on)})."
        )


def was_rejected(app: Listed) -> bool:
    """Rejected at some point, even if reopened since: the rejection still happened."""
    return app.was_rejected


# --- patterns ------------------------------------------------------------------------------


@dataclass(frozen=True)
class ThemeCount:
    theme: str
    application_ids: tuple[int, ...]  # rejected applications whose feedback names the theme
    companies: int  # separate companies among them: the independent count

    def is_pattern(self, threshold: int) -> bool:
        return self.companies >= threshold


@dataclass(frozen=True)
class PatternReport:
    themes: tuple[ThemeCount, ...]
    threshold: int
    rejections: int  # rejected applications
    with_feedback: int  # ... of which feedback was received

    @property
    def patterns(self) -> tuple[ThemeCount, ...]:
        return tuple(t for t in self.themes if t.is_pattern(self.threshold))

    def summary(self) -> str:
        """One sentence on how much there is to go on."""
        if not self.rejections:
            return "No rejections recorded yet."
        noun = "rejection" if self.rejections == 1 else "rejections"
        if not self.with_feedback:
            return f"{self.rejections} {noun}, none with feedback recorded yet."
        count = len(self.patterns)
        found = (
            "no theme has come back often enough to be a pattern yet"
            if count == 0
            else f"{count} theme{'s' if count != 1 else ''} came back from "
            f"{self.threshold} or more companies"
        )
        return f"Feedback from {self.with_feedback} of {self.rejections} {noun}: {found}."


def patterns(
    apps: Sequence[Listed], feedback: dict[int, ReceivedFeedback], threshold: int
) -> PatternReport:
    """How often each theme appears across rejected applications, counting a company once."""
    rejected = [a for a in apps if a.was_rejected]  # `was_rejected`, inline: 100,000 rows
    by_theme: dict[str, list[Listed]] = defaultdict(list)
    with_feedback = 0
    for app in rejected:
        received = feedback.get(app.id)
        if received is None:
            continue
        with_feedback += 1
        for theme in received.themes:
            by_theme[theme].append(app)
    counts = [
        ThemeCount(
            theme,
            tuple(a.id for a in found),
            len({a.company.casefold() for a in found}),
        )
        for theme, found in by_theme.items()
    ]
    counts.sort(key=lambda t: (-t.companies, -len(t.application_ids), t.theme.casefold()))
    return PatternReport(tuple(counts), threshold, len(rejected), with_feedback)


# --- follow-ups ----------------------------------------------------------------------------


@dataclass(frozen=True)
class FollowUp:
    """An application that has gone quiet long enough for a polite nudge."""

    app: Listed
    quiet_since: date  # the last activity, or the last follow-up sent
    days: int  # counted: days inside recovery breaks left out
    followed_up_on: date | None
    break_days: int = 0  # the days since `quiet_since` that fell inside breaks

    @property
    def days_text(self) -> str:
        """ "26 days", or "26 days (not counting 14 days of breaks)"."""
        text = f"{self.days} days"
        if self.break_days:
            noun = "day" if self.break_days == 1 else "days"
            text += f" (not counting {self.break_days} {noun} of breaks)"
        return text


def follow_ups(
    apps: Sequence[Listed],
    sent: list[MessageSent],
    today: date,
    after_days: int,
    no_response_days: int,
    breaks: Sequence[Break] = (),
) -> list[FollowUp]:
    """Active applications quiet for `after_days` or more, longest wait first. Days inside
    recovery breaks are not counted (`waiting_days`): a follow-up falls due that many days
    later, and a break does not leave a pile of them for the day the user comes back.

    Left out: offers (the next move is the user's), anything with a next step
    still ahead, and applications never answered within the no-response period:
    by then they count as unanswered, and a nudge rarely changes that.
    """
    silence = Silence(today, no_response_days, tuple(breaks))
    moving = silence.split_open(apps)[1]
    return follow_ups_after(moving, last_follow_ups(sent), today, after_days, breaks)


def last_follow_ups(sent: Iterable[MessageSent]) -> dict[int, date]:
    """The day of each application's latest follow-up."""
    last: dict[int, date] = {}
    for message in sent:
        if message.purpose is Purpose.FOLLOW_UP:
            previous = last.get(message.application_id)
            last[message.application_id] = max(message.on, previous or message.on)
    return last


def follow_ups_after(
    apps: Iterable[Listed],
    last_follow_up: Mapping[int, date],
    today: date,
    after_days: int,
    breaks: Sequence[Break] = (),
) -> list[FollowUp]:
    """`follow_ups`, given each application's latest follow-up (`last_follow_ups`), for
    applications that are open and not silent (`Silence.split_open`): silent ones are
    listed once, as silent (Today), not also as a follow-up. Quiet days are counted
    without the days inside breaks (`waiting_days`)."""
    due = []
    for app in apps:
        if app.outcome is not Outcome.ACTIVE or app.furthest_stage is Stage.OFFER:
            continue
        if app.next_step_on is not None and app.next_step_on >= today:
            continue
        followed = last_follow_up.get(app.id)
        since = quiet_since(app.applied_on, app.last_activity, followed)[0]
        days = waiting_days(since, today, breaks)
        if days >= after_days:
            paused = (today - since).days - days
            due.append(FollowUp(app, since, days, followed, paused))
    due.sort(key=lambda f: (-f.days, f.app.company.casefold(), f.app.id))
    return due


class KeptFollowUps:
    """The follow-ups due among the still-moving open applications (`follow_ups_after`),
    kept change by change: Today then works out the few applications a change touched,
    not the thousands still moving in a long search, nor reads every message sent again.

    Good for one day, follow-up period, breaks and set of messages sent: a change to any of
    those needs a new one."""

    def __init__(
        self,
        moving: Iterable[Listed],
        last_follow_up: Mapping[int, date],
        today: date,
        after_days: int,
        breaks: Sequence[Break] = (),
    ) -> None:
        self._last = last_follow_up
        self._rules = (today, after_days, tuple(breaks))
        self._due = {f.app.id: f for f in follow_ups_after(moving, last_follow_up, *self._rules)}

    def apply(self, moving: Iterable[Listed], gone: Iterable[int] = ()) -> None:
        """Take changed applications in: `moving` as they are stored now (still moving),
        `gone` no longer moving (closed, silent or deleted)."""
        for app_id in gone:
            self._due.pop(app_id, None)
        for app in moving:
            self._due.pop(app.id, None)
            for follow_up in follow_ups_after((app,), self._last, *self._rules):
                self._due[app.id] = follow_up

    def due(self) -> list[FollowUp]:
        """As `follow_ups_after` lists them: the longest quiet first."""
        return sorted(
            self._due.values(), key=lambda f: (-f.days, f.app.company.casefold(), f.app.id)
        )


# --- the sample search's feedback ----------------------------------------------------------

_SAMPLE_THEMES: dict[RejectionReason, tuple[str, str]] = {
    RejectionReason.TECHNICAL_ROUND: (
        "Skills gap",
        "The panel wanted more depth on data partitioning and failure modes.",
    ),
    RejectionReason.SKILLS_GAP: (
        "Skills gap",
        "Strong overall, but the team needs someone productive in Go from day one.",
    ),
    RejectionReason.COMMUNICATION: (
        "Communication",
        "Answers ran long; it was hard to tell what you personally had done.",
    ),
    RejectionReason.BEHAVIOURAL: (
        "Communication",
        "Your examples lacked a clear result at the end.",
    ),
    RejectionReason.CULTURE_FIT: (
        "Culture fit",
        "They are looking for someone who wants to be in the office every day.",
    ),
    RejectionReason.CLOSER_FIT: (
        "Experience mismatch",
        "Another candidate had run payments systems in production.",
    ),
    RejectionReason.LEVEL_MISMATCH: (
        "Experience mismatch",
        "They are hiring one level below what you are looking for.",
    ),
}


def sample_feedback(
    apps: list[Application], today: date
) -> list[tuple[MessageSent, ReceivedFeedback | None]]:
    """Feedback requests (and some answers) for the sample search's rejections after a call.

    Deterministic: each rejection after a screen or later gets a request the day
    after; an answer comes when the rejection's reason has a theme to it and
    there were days enough for one to arrive.
    """
    result: list[tuple[MessageSent, ReceivedFeedback | None]] = []
    for app in sorted(apps, key=lambda a: a.id):
        rejection = next(
            (
                e
                for e in reversed(app.events)
                if e.kind is EventKind.OUTCOME and e.outcome is Outcome.REJECTED
            ),
            None,
        )
        if rejection is None or rejection.stage is None or rejection.stage < Stage.SCREEN:
            continue
        asked_on = min(rejection.on + timedelta(days=1), today)
        via = Via.CLIPBOARD if app.id % 2 else Via.MAIL_APP
        request = MessageSent(app.id, Purpose.FEEDBACK, asked_on, via)
        answer = None
        theme = _SAMPLE_THEMES.get(rejection.reason) if rejection.reason else None
        received_on = asked_on + timedelta(days=2 + app.id % 4)
        if theme is not None and received_on <= today:
            answer = ReceivedFeedback(app.id, received_on, theme[1], (theme[0],))
        result.append((request, answer))
    return result
