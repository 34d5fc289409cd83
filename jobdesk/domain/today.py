"""Today: what needs doing now, how healthy the pipeline is, and the week's work so far.

Pure rules with the day passed in. The items come from rules that live elsewhere
(follow-ups in `feedback.py`, silence in `funnel.py`, offer deadlines in `offers.py`);
here they are merged so that each application is listed once, by its most pressing
need, and put in order. Interviews today and this week, and debriefs owed, join the
agenda at the top: they are the only items fixed to a time.
"""

from __future__ import annotations

import heapq
from bisect import bisect_left, insort
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from functools import cached_property, partial
from operator import attrgetter
from typing import TypeVar

from jobdesk.domain.application import ApplicationSummary
from jobdesk.domain.breaks import Break
from jobdesk.domain.enums import Outcome, ReasonGroup, RejectionReason, Stage, Vocabulary
from jobdesk.domain.feedback import FollowUp, MessageSent
from jobdesk.domain.interviews import Interview
from jobdesk.domain.silence import Silence
from jobdesk.domain.templates import Purpose
from jobdesk.domain.wording import date_text


class ItemKind(Vocabulary):
    """What an agenda item asks for, most pressing first."""

    INTERVIEW = "interview"
    DEBRIEF = "debrief"
    OFFER_REPLY = "offer_reply"
    NEXT_STEP_PAST = "next_step_past"
    FOLLOW_UP = "follow_up"
    SILENT = "silent"

    @property
    def label(self) -> str:
        return _KIND_LABELS[self]


_KIND_LABELS = {
    ItemKind.INTERVIEW: "Interview",
    ItemKind.DEBRIEF: "Debrief owed",
    ItemKind.OFFER_REPLY: "Offer reply due",
    ItemKind.NEXT_STEP_PAST: "Next step late",
    ItemKind.FOLLOW_UP: "Follow-up due",
    ItemKind.SILENT: "No reply",
}
_KIND_ORDER = {kind: rank for rank, kind in enumerate(ItemKind)}
_ORDER = attrgetter("order")


@dataclass(frozen=True)
class AgendaItem:
    """One thing to do about one application."""

    kind: ItemKind
    application_id: int
    name: str  # "Company — Role", as the user typed it
    text: str  # what to do, in plain words
    urgency: int  # within a kind, larger comes first (days overdue, days waited)
    interview_id: int | None = None  # the interview an INTERVIEW or DEBRIEF item is about

    @cached_property
    def order(self) -> tuple[int, int, str, int]:
        """Where it comes in the list (`merged`): by kind, the most urgent first, then by
        name. Worked out once per item: a long search lists thousands, most of them the
        items of the visit before (`MadeItems`)."""
        return (_KIND_ORDER[self.kind], -self.urgency, self.name.casefold(), self.application_id)


@dataclass(frozen=True)
class OfferDue:
    """An offer waiting for the user's answer, with its deadline near or passed."""

    application_id: int
    name: str
    days_left: int | None


@dataclass(frozen=True)
class Health:
    """Active opportunities against the minimum, and whether one of them carries the search."""

    active: int
    minimum: int  # 0: no minimum
    carrying: ApplicationSummary | None  # a final round or offer with few others moving
    resting: bool = False  # on a recovery break: the counts, without the nudges

    @property
    def below_minimum(self) -> bool:
        return not self.resting and self.minimum > 0 and self.active < self.minimum

    @property
    def message(self) -> str:
        noun = "application is" if self.active == 1 else "applications are"
        text = f"{self.active} {noun} still moving"
        if self.minimum:
            text += f" (your minimum is {self.minimum})."
        else:
            text += "."
        if self.below_minimum:
            text += " A few more would keep your search going whatever happens with these."
        return text

    @property
    def warning(self) -> str:
        """The note when one opportunity carries the search, or ""."""
        app = self.carrying
        if app is None or self.resting:
            return ""
        where = "an offer" if app.furthest_stage is Stage.OFFER else "a final round"
        others = self.active - 1
        if others == 0:
            moving = "no other application is"
        elif others == 1:
            moving = "only 1 other is"
        else:
            moving = f"only {others} others are"
        return (
            f"{app.company} is at {where}, and {moving} moving. However it goes, keep other "
            "applications moving so that no single outcome carries your whole search."
        )


@dataclass(frozen=True)
class WeekSummary:
    """The work done this week (Monday to today): the process, not the outcome."""

    start: date
    applications: int
    follow_ups: int
    feedback_asked: int

    @property
    def message(self) -> str:
        # Only what was done: a row of zeros reads as a reproach.
        parts = [
            _count(n, one, many)
            for n, one, many in (
                (self.applications, "application sent", "applications sent"),
                (self.follow_ups, "follow-up", "follow-ups"),
                (self.feedback_asked, "feedback request", "feedback requests"),
            )
            if n
        ]
        if not parts:
            return (
                "Nothing logged yet this week. One application or one follow-up is a good "
                "start; steady work is what moves a search."
            )
        return f"This week: {', '.join(parts)}. Steady work like this is what moves a search."


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


@dataclass(frozen=True)
class Agenda:
    today: date
    items: tuple[AgendaItem, ...]
    health: Health
    week: WeekSummary
    leak: str  # the leaking stage in one line, or "" when it was not asked for
    pacing: Pacing | None = None
    landing: tuple[Landing, ...] = ()  # rejections still landing: nudges wait meanwhile
    more_silent: int = 0  # silent applications beyond those listed
    on_break: Break | None = None  # the recovery break today falls in: nudges pause
    break_until: date | None = None  # its last day, with any break that runs on from it

    @property
    def break_text(self) -> str:
        """What Today says while a break is on, or ""."""
        until = self.break_until
        if until is None:
            return ""
        return (
            f"You are on a break until {until:%A} {until.day} {until:%B}. Nudges are paused: "
            "no follow-ups, silent applications, late next steps or debriefs are listed, and "
            "the days of the break do not count towards the no-response period or "
            "follow-ups. Interviews and offer deadlines still show, as they are fixed with "
            "other people."
        )

    @property
    def more_silent_text(self) -> str:
        if not self.more_silent:
            return ""
        noun = "application" if self.more_silent == 1 else "applications"
        return (
            f"{self.more_silent:,} more {noun} with no reply are not listed here; the "
            "Pipeline tab shows them all (Closed)."
        )

    @property
    def is_clear(self) -> bool:
        return not self.items

    def clear_text(self, now: datetime) -> str:
        """What Today says when nothing is listed, at `now` (aware): on a break, rest; while
        a rejection lands, the rest only waits (until when), and "well done" would read
        oddly under the card; else well done."""
        if self.on_break is not None:
            return "Nothing needs doing: rest well."
        if self.landing:
            when = self.landing[0].until_text(now)
            return f"Nothing needs doing now: the rest waits until {when}."
        return "Nothing needs doing today. Well done."


# --- the items ----------------------------------------------------------------------------


# Silent applications listed one by one, the longest-waiting first; a large search can have
# tens of thousands, which no one reads down: the rest are counted (`Agenda.more_silent`).
SILENT_LISTED = 50
_WAITED = attrgetter("applied_on", "id")  # the longest wait first: the earliest sent


def silent_items(
    apps: Iterable[ApplicationSummary], silence: Silence, limit: int | None = None
) -> list[AgendaItem]:
    """Each application that counts as "no response" without being closed: once, with the
    choice of a follow-up or closing it (the `limit` that have waited longest, if given)."""
    return silent_listed(apps, silence, limit)[0]


def silent_listed(
    apps: Iterable[ApplicationSummary], silence: Silence, limit: int | None
) -> tuple[list[AgendaItem], int]:
    """`silent_items`, and how many there are in all (one pass over the applications)."""
    return silent_items_of(silence.split_open(apps)[0], silence, limit)


def silent_items_of(
    silent: Sequence[ApplicationSummary], silence: Silence, limit: int | None
) -> tuple[list[AgendaItem], int]:
    """`silent_listed` for applications already known to be silent (`Silence.split_open`)."""
    total = len(silent)
    if limit is not None and total > limit:
        # The longest wait first is the earliest sent; the days are counted for these alone.
        silent = heapq.nsmallest(limit, silent, key=_WAITED)
    return silent_items_for(silent, silence), total


def silent_items_for(silent: Iterable[ApplicationSummary], silence: Silence) -> list[AgendaItem]:
    """The item of each of `silent` (applications known to be silent), in their order."""
    items = []
    for app in silent:
        days = silence.days(app)
        items.append(
            AgendaItem(
                ItemKind.SILENT,
                app.id,
                app.name,
                f"No reply for {days} days: follow up, or close it as no response.",
                days,
            )
        )
    return items


def silent_count(apps: Iterable[ApplicationSummary], silence: Silence) -> int:
    return silent_listed(apps, silence, 0)[1]


def next_step_items(
    apps: Iterable[ApplicationSummary], silence: Silence, made: MadeItems | None = None
) -> list[AgendaItem]:
    """Open applications whose planned next step is dated before today (the items of those
    unchanged since `made` last made them taken again)."""
    today = silence.today
    late = [
        app
        for app in apps
        if app.outcome is Outcome.ACTIVE
        and app.next_step_on is not None
        and app.next_step_on < today
        and not silence.covers(app)
    ]
    return (made or MadeItems()).items(late, today, _ID, partial(_next_step_item, today=today))


def _next_step_item(app: ApplicationSummary, today: date) -> AgendaItem:
    assert app.next_step_on is not None
    late = (today - app.next_step_on).days
    step = app.next_step or "The next step"
    when = "yesterday" if late == 1 else f"{late} days ago"
    return AgendaItem(
        ItemKind.NEXT_STEP_PAST,
        app.id,
        app.name,
        f"{step} was planned for {date_text(app.next_step_on)} ({when}): record what "
        "happened, or give it a new date.",
        late,
    )


def follow_up_items(due: Iterable[FollowUp], made: MadeItems | None = None) -> list[AgendaItem]:
    """An item for each follow-up due (those of the very follow-ups `made` last made them
    for taken again)."""
    return (made or MadeItems()).items(due, None, _FOLLOW_UP_APP_ID, _follow_up_item)


def _follow_up_item(f: FollowUp) -> AgendaItem:
    if f.followed_up_on:
        text = f"{f.days_text} since your last follow-up: one more short, polite note is due."
    else:
        text = f"No news for {f.days_text}: a short, polite follow-up is due."
    return AgendaItem(ItemKind.FOLLOW_UP, f.app.id, f.app.name, text, f.days)


_ID = attrgetter("id")
_FOLLOW_UP_APP_ID = attrgetter("app.id")
_Source = TypeVar("_Source")


class MadeItems:
    """The items of one kind made at the last visit, each with what it was made from (an
    application's summary, a follow-up due: kept values, replaced when they change) and
    the day: an item whose source is the very same object on the same day is taken again
    rather than written anew. A long search lists thousands of follow-ups, and after a
    change all but a few are the ones listed before."""

    def __init__(self) -> None:
        self._made: dict[int, tuple[object, AgendaItem]] = {}
        self._day: date | None = None

    def items(
        self,
        sources: Iterable[_Source],
        day: date | None,
        application_id: Callable[[_Source], int],
        make: Callable[[_Source], AgendaItem],
    ) -> list[AgendaItem]:
        """The item of each of `sources`, in their order; `make` makes a new one."""
        held = self._made if day == self._day else {}
        made: dict[int, tuple[object, AgendaItem]] = {}
        items = []
        for source in sources:
            app_id = application_id(source)
            found = held.get(app_id)
            item = found[1] if found is not None and found[0] is source else make(source)
            made[app_id] = (source, item)
            items.append(item)
        self._made, self._day = made, day
        return items


def offer_items(due: Iterable[OfferDue]) -> list[AgendaItem]:
    items = []
    for offer in due:
        left = offer.days_left
        if left is None:
            when = "soon"
        elif left < 0:
            when = "passed " + ("yesterday" if left == -1 else f"{-left} days ago")
        elif left == 0:
            when = "is today"
        elif left == 1:
            when = "is tomorrow"
        else:
            when = f"is in {left} days"
        items.append(
            AgendaItem(
                ItemKind.OFFER_REPLY,
                offer.application_id,
                offer.name,
                f"The deadline to answer the offer {when}: reply, or ask for more time.",
                -(left or 0),
            )
        )
    return items


def merged(*groups: Iterable[AgendaItem]) -> tuple[AgendaItem, ...]:
    """Every item in order, each application once, under its most pressing kind; except that
    each interview (coming, or owed its debrief) is an item of its own, and an application
    with one is listed for nothing else."""
    best: dict[int, AgendaItem] = {}
    timed: list[AgendaItem] = []
    for item in (i for group in groups for i in group):
        if item.kind in _TIMED:
            timed.append(item)
            continue
        held = best.get(item.application_id)
        if held is None or _KIND_ORDER[item.kind] < _KIND_ORDER[held.kind]:
            best[item.application_id] = item
    with_interview = {i.application_id for i in timed}
    kept = [i for i in best.values() if i.application_id not in with_interview]
    return tuple(sorted([*timed, *kept], key=_ORDER))


# --- interviews and debriefs -------------------------------------------------------------

_TIMED = frozenset({ItemKind.INTERVIEW, ItemKind.DEBRIEF})
FRESH_DAYS = 7  # a debrief written within a week still has the detail


def _day_word(day: date, today: date) -> str:
    if day == today:
        return "today"
    if day == today + timedelta(days=1):
        return "tomorrow"
    return f"on {day:%A} {day.day} {day:%B}"


def _clock_text(interview: Interview, zone: tzinfo) -> str:
    """ "14:00 Europe/Berlin (13:00 your time)": the time as agreed, and on the user's clock
    when that differs (with the weekday when even the day differs)."""
    own = interview.starts
    mine = own.astimezone(zone)
    text = f"{own:%H:%M} {interview.details.time_zone}"
    if (mine.hour, mine.minute, mine.date()) == (own.hour, own.minute, own.date()):
        return text
    day = "" if mine.date() == own.date() else f" on {mine:%A}"
    return f"{text} ({mine:%H:%M}{day} your time)"


def interview_items(
    interviews: Iterable[Interview], names: Mapping[int, str], now: datetime, zone: tzinfo
) -> list[AgendaItem]:
    """The interviews not over yet that start today or later this week (to Sunday; on a
    Sunday, Monday's too), on the user's calendar (`zone`); one under way is listed too.
    `now` must be aware."""
    today = now.astimezone(zone).date()
    last = max(week_start(today) + timedelta(days=6), today + timedelta(days=1))
    items = []
    for interview in interviews:
        name = names.get(interview.application_id)
        if name is None or interview.ends <= now:
            continue
        start = interview.starts.astimezone(zone)
        if start.date() > last:
            continue
        kind = interview.details.kind.label
        clock = _clock_text(interview, zone)
        if interview.starts <= now:
            text = f"{kind} interview under way since {clock}."
        else:
            text = f"{kind} interview {_day_word(start.date(), today)} at {clock}."
        items.append(
            AgendaItem(
                ItemKind.INTERVIEW,
                interview.application_id,
                name,
                text,
                -int(interview.starts.timestamp() // 60),  # the soonest first
                interview.id,
            )
        )
    return items


def debrief_items(
    owed: Iterable[Interview], names: Mapping[int, str], now: datetime, zone: tzinfo
) -> list[AgendaItem]:
    """A debrief to write for each interview that is over without one (`debriefs_owed`)."""
    today = now.astimezone(zone).date()
    items = []
    for interview in owed:
        name = names.get(interview.application_id)
        if name is None:
            continue
        day = interview.starts.astimezone(zone).date()
        days = (today - day).days
        if days <= 0:
            when = "today"
        elif days == 1:
            when = "yesterday"
        else:
            when = f"on {day:%a} {day.day} {day:%b}"
        if days <= FRESH_DAYS:
            todo = "write down how it went while it is fresh."
        else:
            todo = "a few lines on how it went still help you spot patterns."
        kind = interview.details.kind.label.lower()
        items.append(
            AgendaItem(
                ItemKind.DEBRIEF,
                interview.application_id,
                name,
                f"You had a {kind} interview {when}: {todo}",
                -days,  # the freshest first: that debrief is worth the most
                interview.id,
            )
        )
    return items


def interview_reminders(
    interviews: Iterable[Interview], names: Mapping[int, str], now: datetime, zone: tzinfo
) -> list[Reminder]:
    """A desktop note the day before each interview (days on the user's calendar)."""
    today = now.astimezone(zone).date()
    tomorrow = today + timedelta(days=1)
    notes = []
    for interview in sorted(interviews, key=lambda i: (i.starts, i.id)):
        name = names.get(interview.application_id)
        if name is None or interview.starts.astimezone(zone).date() != tomorrow:
            continue
        notes.append(
            Reminder(
                f"interview:{interview.id}:{today.isoformat()}",
                "Interview tomorrow",
                f"{interview.details.kind.label} interview for {name} tomorrow at "
                f"{_clock_text(interview, zone)}.",
            )
        )
    return notes


# --- pipeline health and the week ---------------------------------------------------------

_LATE = (Stage.OFFER, Stage.FINAL)


def health(
    apps: Sequence[ApplicationSummary], silence: Silence, minimum: int, *, resting: bool = False
) -> Health:
    """Active opportunities (open, and not silent: the pipeline's Active filter), and the
    one carrying the search: the furthest final round or offer, when fewer than `minimum`
    others are moving (with no minimum: when none are). While `resting` (a recovery
    break), the counts without the suggestions."""
    active = [a for a in apps if a.outcome is Outcome.ACTIVE and not silence.covers(a)]
    return health_of_moving(active, minimum, resting=resting)


def health_of_moving(
    moving: Sequence[ApplicationSummary], minimum: int, *, resting: bool = False
) -> Health:
    """`health` of the applications still moving alone (`Silence.split_open`)."""
    late = [a for a in moving if a.furthest_stage in _LATE]
    carrying = None
    if late:
        late.sort(key=lambda a: (-a.furthest_stage.rank, a.applied_on, a.id))
        others = len(moving) - 1
        if others < max(minimum, 1):
            carrying = late[0]
    return Health(len(moving), minimum, carrying, resting)


def week_start(today: date) -> date:
    """The Monday of `today`'s week."""
    return today - timedelta(days=today.weekday())


def week_summary(
    apps: Iterable[ApplicationSummary], sent: Iterable[MessageSent], today: date
) -> WeekSummary:
    start = week_start(today)
    applications = sum(1 for a in apps if start <= a.applied_on <= today)
    follow_ups = feedback = 0
    for message in sent:
        if not start <= message.on <= today:
            continue
        if message.purpose is Purpose.FOLLOW_UP:
            follow_ups += 1
        elif message.purpose is Purpose.FEEDBACK:
            feedback += 1
    return WeekSummary(start, applications, follow_ups, feedback)


# --- pacing -------------------------------------------------------------------------------

PACING_DAYS = 14
_NO_REPLY_OUTCOMES = frozenset({Outcome.GHOSTED, Outcome.WITHDRAWN})


@dataclass(frozen=True)
class Pacing:
    """Many applications lately and almost no replies: look upstream before sending more."""

    sent: int  # applications sent in the last `PACING_DAYS` days
    heard_back: int  # applications with news from the company in those days

    @property
    def message(self) -> str:
        heard = "none" if self.heard_back == 0 else f"{self.heard_back}"
        return (
            f"You sent {self.sent} applications in the last {PACING_DAYS} days and heard back "
            f"from {heard}. More of the same rarely changes that: look upstream first (your CV, "
            "the roles you target, how you present yourself) before the next batch, and pace "
            "yourself."
        )


def recent(apps: Iterable[ApplicationSummary], today: date) -> list[ApplicationSummary]:
    """The applications sent or active in the last `PACING_DAYS` days: all that `pacing` and
    `week_summary` look at (a week is shorter), picked out in one pass."""
    start = today - timedelta(days=PACING_DAYS - 1)
    return [a for a in apps if a.last_activity >= start or a.applied_on >= start]


class OpenApplications:
    """The open applications split as `Silence.split_open` splits them (silent, still
    moving), and the `recent` ones, kept current change by change: after a change Today
    then reads the few applications it touched, not every one of 100,000 again. The silent
    ones that have waited longest are kept in order too (`longest_waiting`): a change
    places only the applications it touched among them.

    Good for one `silence` (a day, a no-response period, the breaks): a new one needs a new
    split. The lists come in no particular order; what Today does with them sorts."""

    def __init__(self, apps: Iterable[ApplicationSummary], silence: Silence) -> None:
        self.silence = silence
        self._cutoff = cutoff = silence.cutoff
        self._start = start = silence.today - timedelta(days=PACING_DAYS - 1)
        # `split_open` and `recent` in one pass, written out: at 100,000 applications a
        # third quicker than the two passes and the lists made from them.
        silent: dict[int, ApplicationSummary] = {}
        moving: dict[int, ApplicationSummary] = {}
        lately: dict[int, ApplicationSummary] = {}
        active, applied = Outcome.ACTIVE, Stage.APPLIED
        for app in apps:
            if app.outcome is active:
                if app.furthest_stage is applied and app.applied_on <= cutoff:
                    silent[app.id] = app
                else:
                    moving[app.id] = app
            if app.last_activity >= start or app.applied_on >= start:
                lately[app.id] = app
        self._silent, self._moving, self._recent = silent, moving, lately
        # The silent applications that waited longest, in that order: every silent one
        # that waited at least as long as `_bound` (all of them when it is None). Made
        # when first asked for.
        self._longest: list[ApplicationSummary] | None = None
        self._bound: tuple[date, int] | None = None

    def apply(self, rows: Iterable[ApplicationSummary], removed: Iterable[int] = ()) -> None:
        """Take changed applications (as they are stored now) and removed ones in."""
        lists = (self._silent, self._moving, self._recent)
        for app_id in removed:
            self._unlist(app_id)
            for kept in lists:
                kept.pop(app_id, None)
        for app in rows:
            self._unlist(app.id)
            for kept in lists:
                kept.pop(app.id, None)
            if app.outcome is Outcome.ACTIVE:
                waiting = app.furthest_stage is Stage.APPLIED and app.applied_on <= self._cutoff
                (self._silent if waiting else self._moving)[app.id] = app
                if waiting:
                    self._list(app)
            if app.last_activity >= self._start or app.applied_on >= self._start:
                self._recent[app.id] = app

    def _unlist(self, app_id: int) -> None:
        longest = self._longest
        if longest is not None and app_id in self._silent:
            held = self._silent[app_id]
            at = bisect_left(longest, _WAITED(held), key=_WAITED)
            if at < len(longest) and longest[at].id == app_id:
                del longest[at]

    def _list(self, app: ApplicationSummary) -> None:
        longest = self._longest
        if longest is not None and (self._bound is None or _WAITED(app) <= self._bound):
            insort(longest, app, key=_WAITED)

    def longest_waiting(self, limit: int) -> list[ApplicationSummary]:
        """The `limit` silent applications that have waited longest (the earliest sent
        first; by id among those sent the same day), as `silent_items_of` picks them."""
        longest = self._longest
        if longest is None or (self._bound is not None and len(longest) < limit):
            # Twice as many as asked for: a change seldom takes the list below `limit`.
            silent = self._silent.values()
            longest = heapq.nsmallest(2 * limit, silent, key=_WAITED)
            self._longest = longest
            self._bound = _WAITED(longest[-1]) if len(silent) > len(longest) else None
        return longest[:limit]

    def silent_count(self) -> int:
        return len(self._silent)

    def silent(self) -> list[ApplicationSummary]:
        return list(self._silent.values())

    def is_moving(self, app_id: int) -> bool:
        return app_id in self._moving

    def moving(self) -> list[ApplicationSummary]:
        return list(self._moving.values())

    def recent(self) -> list[ApplicationSummary]:
        return list(self._recent.values())


def pacing(apps: Iterable[ApplicationSummary], today: date, many: int) -> Pacing | None:
    """The suggestion when `many` or more applications went out in the last 14 days and at
    most one application had news in them (0: never).

    "News" is read from the summaries: the last thing that happened to an application fell
    in those days and it is a reply (a rejection, or a stage past applied, unless the
    application was since marked ghosted or withdrawn). Close enough for a nudge, and cheap.
    """
    if many <= 0:
        return None
    start = today - timedelta(days=PACING_DAYS - 1)
    sent = heard = 0
    for a in apps:
        if start <= a.applied_on <= today:
            sent += 1
        if start <= a.last_activity <= today and (
            a.outcome is Outcome.REJECTED
            or (a.furthest_stage is not Stage.APPLIED and a.outcome not in _NO_REPLY_OUTCOMES)
        ):
            heard += 1
    return Pacing(sent, heard) if sent >= many and heard <= 1 else None


# --- reminders outside the window ---------------------------------------------------------

REMIND_OFFER_DAYS = 2  # an offer's deadline this close (or passed) is worth a desktop note


@dataclass(frozen=True)
class Reminder:
    """A desktop note; `key` says which note it is, so each is shown once a day."""

    key: str
    title: str
    text: str


def reminders(
    offers: Iterable[OfferDue],
    follow_ups_due: int,
    today: date,
    *,
    offers_on: bool = True,
    follow_ups_on: bool = True,
) -> list[Reminder]:
    """The notes worth a desktop notification today: each offer deadline two days away or
    nearer, and one note for all the follow-ups due (one per application would nag)."""
    notes = []
    if offers_on:
        for offer in offers:
            left = offer.days_left
            if left is None or left > REMIND_OFFER_DAYS:
                continue
            if left < 0:
                when = "has passed"
            elif left == 0:
                when = "is today"
            elif left == 1:
                when = "is tomorrow"
            else:
                when = f"is in {left} days"
            notes.append(
                Reminder(
                    f"offer:{offer.application_id}:{today.isoformat()}",
                    "Offer deadline",
                    f"The deadline to answer {offer.name} {when}.",
                )
            )
    if follow_ups_on and follow_ups_due:
        noun = "follow-up is" if follow_ups_due == 1 else "follow-ups are"
        notes.append(
            Reminder(
                f"follow_ups:{today.isoformat()}",
                "Follow-ups due",
                f"{follow_ups_due} {noun} due today. They are listed on the Today tab.",
            )
        )
    return notes


# --- the daily limit ----------------------------------------------------------------------


def over_daily_limit(apps: Iterable[ApplicationSummary], on: date, limit: int) -> int | None:
    """How many applications are already logged as sent on `on`, when one more would go past
    `limit` (0: no limit); None when there is room."""
    if limit <= 0:
        return None
    sent = sum(1 for a in apps if a.applied_on == on)
    return sent if sent >= limit else None


def daily_limit_note(sent: int, limit: int) -> str:
    return (
        f"You have already logged {sent} applications sent today, and your daily limit is "
        f"{limit}. A pause now keeps tomorrow's applications as good as today's first ones.\n\n"
        "Log this one anyway if you like: the limit is only a reminder (Preferences ▸ Today "
        "and pacing)."
    )


# --- the weekly interview cap -------------------------------------------------------------


def same_week_interviews(
    interviews: Iterable[Interview], starts: datetime, zone: tzinfo, excluding: int | None = None
) -> list[Interview]:
    """The interviews in the week (Monday to Sunday on the user's calendar) of a moment
    `starts` (aware), soonest first, leaving out the one being edited."""
    monday = week_start(starts.astimezone(zone).date())
    sunday = monday + timedelta(days=6)
    found = [
        i
        for i in interviews
        if i.id != excluding and monday <= i.starts.astimezone(zone).date() <= sunday
    ]
    return sorted(found, key=lambda i: (i.starts, i.id))


def interview_cap_note(
    same_week: Sequence[Interview],
    names: Mapping[int, str],
    cap: int,
    starts: datetime,
    zone: tzinfo,
) -> str | None:
    """The gentle note when one more interview in that week goes past the weekly cap (0: no
    cap), listing the week's interviews; None when there is room."""
    if cap <= 0 or len(same_week) < cap:
        return None
    monday = week_start(starts.astimezone(zone).date())
    sunday = monday + timedelta(days=6)
    noun = "interview" if len(same_week) == 1 else "interviews"
    lines = [
        f"The week of {monday:%A} {monday.day} {monday:%B} to {sunday:%A} {sunday.day} "
        f"{sunday:%B} already holds {len(same_week)} {noun}, and your weekly limit is {cap}:",
        "",
    ]
    for interview in same_week:
        name = names.get(interview.application_id, "an application")
        lines.append(f"• {interview.when_text()}: {interview.details.kind.label}, {name}")
    lines += [
        "",
        "Interviews go better when you are rested and prepared. Schedule this one anyway if "
        "it fits, or pick another day: the limit is only a reminder (Preferences ▸ Today and "
        "pacing).",
    ]
    return "\n".join(lines)


# --- after a rejection --------------------------------------------------------------------

MORNING = time(8, 0)  # "until the next morning"
DAY_STARTS = time(4, 0)  # logged before this, "tonight" is still the night before


def landing_until(logged_at: datetime, zone: tzinfo, hours: int) -> datetime:
    """When the time to let a rejection land ends: `hours` after it was logged, or (0) the
    next morning at 08:00 on the user's clock; logged in the small hours, that same
    morning. `logged_at` must be aware."""
    if hours > 0:
        # In UTC, so that a clock change does not stretch or shrink it.
        return (logged_at.astimezone(UTC) + timedelta(hours=hours)).astimezone(zone)
    local = logged_at.astimezone(zone)
    day = local.date() if local.time() < DAY_STARTS else local.date() + timedelta(days=1)
    return datetime.combine(day, MORNING, zone)


@dataclass(frozen=True)
class Landing:
    """A rejection logged a short while ago, and when its time to land ends."""

    application_id: int
    name: str
    company: str
    reason: RejectionReason | None
    until: datetime  # aware, in the user's zone
    logged_at: datetime  # aware

    @property
    def outside_control(self) -> bool:
        return self.reason is not None and self.reason.group is ReasonGroup.OUTSIDE_CONTROL

    def until_text(self, now: datetime) -> str:
        """ "08:00", "08:00 tomorrow" or "Sunday 08:00", on the clock of `now`."""
        until = self.until.astimezone(now.tzinfo or UTC)
        days = (until.date() - now.date()).days
        if days <= 0:
            return f"{until:%H:%M}"
        return f"{until:%H:%M} tomorrow" if days == 1 else f"{until:%A %H:%M}"

    def hidden_until(self, hide_reason_days: int) -> datetime | None:
        """When its reason comes back into sight (`details_hidden_until`)."""
        return details_hidden_until(self.logged_at, hide_reason_days)

    def message(self, now: datetime, *, hide_reason_days: int = 0) -> str:
        """The card's text; the reason is left out for `hide_reason_days` days after the
        rejection was logged."""
        until = self.hidden_until(hide_reason_days)
        hide_reason = until is not None and now < until
        when = self.until_text(now)
        text = (
            f"{self.company} said no. It is fine to be disappointed: let it land, take the "
            f"evening, and talk it over with someone if that helps. Nothing here nudges you "
            f"until {when}: follow-ups, applications with no reply and debriefs can all wait "
            "until then (interviews and offer deadlines stay listed)."
        )
        reason = self.reason
        if reason is not None and self.outside_control and not hide_reason:
            others = ", ".join(
                r.label.lower() for r in RejectionReason if r.group is ReasonGroup.OUTSIDE_CONTROL
            )
            text += (
                f" “{reason.label}” is one of the reasons that have nothing to do with "
                f"you ({others}): one company's decision is not a measurement of you."
            )
        return text


def details_hidden_until(logged_at: datetime, days: int) -> datetime | None:
    """When a rejection's details (its reason and note) come back into sight, with the
    setting that keeps them out of sight for `days` days after it was logged (0: off); None
    when nothing is hidden. `logged_at` must be aware. No figure depends on this: only what
    the card and the details pane show."""
    if days <= 0:
        return None
    return logged_at + timedelta(days=days)


def hidden_text(until: datetime, zone: tzinfo) -> str:
    """ "Rejection details hidden until Tuesday 8 December, 21:30", on the user's clock."""
    local = until.astimezone(zone)
    return f"Rejection details hidden until {local:%A} {local.day} {local:%B}, {local:%H:%M}"


def landing(
    rejections: Iterable[tuple[ApplicationSummary, RejectionReason | None, date, datetime]],
    now: datetime,
    zone: tzinfo,
    hours: int,
) -> tuple[Landing, ...]:
    """The rejections still landing at `now`: (the application, still rejected; the logged
    reason; the rejection's date; when it was logged, aware), latest first, each application
    once. Only news counts: a rejection dated more than a day before it was logged is
    catching up (an import, the sample search) and has landed long since."""
    found: dict[int, Landing] = {}
    for app, reason, on, logged in rejections:
        if on < logged.astimezone(zone).date() - timedelta(days=1):
            continue
        until = landing_until(logged, zone, hours)
        if app.outcome is Outcome.REJECTED and logged <= now < until:
            found[app.id] = Landing(app.id, app.name, app.company, reason, until, logged)
    return tuple(sorted(found.values(), key=lambda w: (w.until, w.application_id), reverse=True))


# On a break only what is fixed with other people stays: the rest is a nudge.
_KEPT_ON_BREAK = frozenset({ItemKind.INTERVIEW, ItemKind.OFFER_REPLY})


def resting(items: Iterable[AgendaItem]) -> list[AgendaItem]:
    """The items still listed during a recovery break: interviews and offer deadlines."""
    return [i for i in items if i.kind in _KEPT_ON_BREAK]


def paused(items: Iterable[AgendaItem], landing: Sequence[Landing]) -> list[AgendaItem]:
    """While a rejection lands nothing nudges (the card says so): only interviews and offer
    deadlines stay, as on a break. The guide's window is short and bounded (an evening);
    follow-ups, applications with no reply, late next steps and debriefs are all there
    again after."""
    return resting(items) if landing else list(items)
