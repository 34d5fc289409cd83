"""Today's agenda: the window's Today tab and `jobdesk today` both assemble it here."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, timedelta, tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from jobdesk.domain import today as rules
from jobdesk.domain.application import ApplicationSummary, StageEvent
from jobdesk.domain.breaks import Break, current_break, on_break_until
from jobdesk.domain.by_id import place_of
from jobdesk.domain.enums import Outcome
from jobdesk.domain.feedback import KeptFollowUps
from jobdesk.domain.funnel import KeptTally, LeakReport, Tally, funnel_of, leaking_stage
from jobdesk.domain.interviews import Interview, InterviewDetails, is_time_zone
from jobdesk.domain.settings import (
    DAILY_LIMIT,
    HIDE_REJECTION_DAYS,
    HIDE_REJECTION_DETAILS,
    INTERVIEW_CAP,
    MIN_ACTIVE,
    NO_RESPONSE_DAYS,
    PACING_APPLICATIONS,
    REJECTION_HOURS,
    REJECTION_LANDING,
    REMIND_FOLLOW_UPS,
    REMIND_INTERVIEWS,
    REMIND_OFFERS,
)
from jobdesk.domain.silence import Silence
from jobdesk.services.breaks import Breaks
from jobdesk.services.feedback import Feedback
from jobdesk.services.insights import Insights
from jobdesk.services.interviews import Interviews, utc_now
from jobdesk.services.offers import Offers
from jobdesk.services.settings import Settings
from jobdesk.store import applications as application_store
from jobdesk.store import facts

# Reading every track takes about a second per 20,000 applications on a slow machine.
LEAK_ON_THE_SPOT = 5000


def local_zone() -> tzinfo:
    """This computer's time zone: by its IANA name where one can be found (so that days
    after a clock change come out right), else the current offset."""
    candidates = [os.environ.get("TZ", "").lstrip(":")]
    with contextlib.suppress(OSError):
        candidates.append(Path("/etc/timezone").read_text(encoding="utf-8").strip())
    with contextlib.suppress(OSError):
        target = str(Path("/etc/localtime").resolve())
        if "zoneinfo/" in target:
            candidates.append(target.split("zoneinfo/", 1)[1])
    for name in candidates:
        if name and not name.startswith("/"):
            try:
                return ZoneInfo(name)
            except (ZoneInfoNotFoundError, ValueError):
                continue
    return datetime.now().astimezone().tzinfo or UTC


class DailyAgenda:
    """Read-only: what needs doing today, from the application summaries the caller holds."""

    def __init__(
        self,
        settings: Settings,
        feedback: Feedback,
        offers: Offers,
        insights: Insights,
        today: Callable[[], date] = date.today,
        *,
        interviews: Interviews | None = None,
        now: Callable[[], datetime] = utc_now,
        zone: Callable[[], tzinfo] = local_zone,
        breaks: Breaks | None = None,
    ) -> None:
        self._settings = settings
        self._feedback = feedback
        self._offers = offers
        self._insights = insights
        self._today = today
        self._interviews = interviews
        self._now = now
        self._zone = zone
        self._breaks = breaks
        # The late next steps and follow-ups listed last time: those unchanged are taken
        # again rather than written anew (thousands in a long search).
        self._made_next_steps = rules.MadeItems()
        self._made_follow_ups = rules.MadeItems()

    def now(self) -> datetime:
        """The moment on the user's clock (aware)."""
        return self._now().astimezone(self._zone())

    def silence(self) -> Silence:
        return Silence(self._today(), self._settings.get(NO_RESPONSE_DAYS), self._break_list())

    def _break_list(self) -> tuple[Break, ...]:
        return () if self._breaks is None else self._breaks.breaks()

    def on_break(self) -> bool:
        """Whether today falls in a recovery break: nudges, the daily limit and the
        after-rejection card stay quiet meanwhile."""
        return current_break(self._break_list(), self._today()) is not None

    def agenda(
        self,
        apps: Sequence[ApplicationSummary],
        *,
        with_leak: bool = True,
        kept: rules.OpenApplications | None = None,
        follow_ups: KeptFollowUps | Callable[[], KeptFollowUps] | None = None,
        tally: KeptTally | None = None,
    ) -> rules.Agenda:
        """The agenda for `apps` (every application's summary); the leaking stage, which reads
        every application's track, only when `with_leak`. `kept` (of `apps`, kept current
        by the caller) spares a pass over every application when its silence is today's;
        `follow_ups` (of its moving ones, from `Feedback.kept_follow_ups`, kept current too,
        or a call that makes them, asked only when they are listed) spares working out the
        follow-ups due again; `tally` (of `apps`, kept current too)
        gives the leaking stage without a count of every application, or a read of its
        track, whenever it counts the whole search as of today."""
        silence = self.silence()
        today = silence.today
        on_break = current_break(silence.breaks, today)
        # Only this week's messages count, and most rules look at open applications alone:
        # at 100,000 applications each pass over all of them is felt.
        sent = self._feedback.messages_sent(since=rules.week_start(today))
        if kept is None or kept.silence != silence:
            kept = None
            silent_apps, moving = silence.split_open(apps)
            recent = rules.recent(apps, today)
        else:
            moving, recent = kept.moving(), kept.recent()
        due_offers = self._offers_due()
        landing = () if on_break else self.landing(apps)
        # While a rejection lands or a break is on nothing nudges (`paused`, `resting`): the
        # follow-ups, late next steps and silent applications are not worked out at all.
        nudges: list[list[rules.AgendaItem]] = [[], [], []]
        more_silent = 0
        if not landing and on_break is None:
            if kept is not None:
                if callable(follow_ups):
                    follow_ups = follow_ups()
                due = (follow_ups or self._feedback.kept_follow_ups(moving)).due()
                listed = kept.longest_waiting(rules.SILENT_LISTED)
                silent, silent_total = rules.silent_items_for(listed, silence), kept.silent_count()
            else:
                due = self._feedback.follow_ups(moving)
                silent, silent_total = rules.silent_items_of(
                    silent_apps, silence, rules.SILENT_LISTED
                )
            nudges = [
                rules.next_step_items(moving, silence, self._made_next_steps),
                rules.follow_up_items(due, self._made_follow_ups),
                silent,
            ]
            more_silent = silent_total - len(silent)
        items = rules.merged(*self._interview_items(apps), rules.offer_items(due_offers), *nudges)
        items = tuple(rules.paused(items, landing))
        if on_break is not None:
            items = tuple(rules.resting(items))
        leak = ""
        if tally is not None and self._counts_everything(tally, silence):
            leak = _leak_text(self.leak_of(tally.tally()))
        elif with_leak:
            leak = _leak_text(self._insights.view().leak)
        return rules.Agenda(
            silence.today,
            items,
            rules.health_of_moving(
                moving, self._settings.get(MIN_ACTIVE), resting=on_break is not None
            ),
            rules.week_summary(recent, sent, silence.today),
            leak,
            None
            if landing or on_break
            else rules.pacing(recent, silence.today, self._settings.get(PACING_APPLICATIONS)),
            landing,
            more_silent,
            on_break,
            on_break_until(silence.breaks, today) if on_break else None,
        )

    def landing(
        self, apps: Sequence[ApplicationSummary], *, only_these: bool = False
    ) -> tuple[rules.Landing, ...]:
        """The rejections logged a short while ago that are still landing (none when the
        setting is off). Read from the event log: when each rejection was recorded; with
        `only_these`, of `apps` alone (a quick read by their ids, for one change)."""
        get = self._settings.get
        if not get(REJECTION_LANDING) or self.on_break():
            return ()
        hours = get(REJECTION_HOURS)
        now = self._now()
        # "The next morning" is at most 28 hours away (logged at 04:00): look back 30.
        since = now - timedelta(hours=hours or 30)
        found = application_store.rejections_recorded_since(
            _naive_local(since), [a.id for a in apps] if only_these else None
        )
        if not found:
            return ()
        by_id = _by_ids(apps, {app_id for app_id, *_rest in found})
        rows = [
            (by_id[app_id], reason, on, logged.astimezone())  # on this computer's clock
            for app_id, reason, on, logged in found
            if app_id in by_id
        ]
        return rules.landing(rows, now, self._zone(), hours)

    def hide_reasons_for(self) -> int:
        """For how many days after a rejection its reason is kept out of sight (0: shown)."""
        get = self._settings.get
        return get(HIDE_REJECTION_DAYS) if get(HIDE_REJECTION_DETAILS) else 0

    def rejection_hidden_until(self, event: StageEvent) -> datetime | None:
        """Until when a rejection's reason and note are out of sight, if they are now (the
        setting is on, it is younger than the days set and it has a reason or note)."""
        if event.outcome is not Outcome.REJECTED or event.recorded_at is None:
            return None
        if event.reason is None and not event.note:
            return None  # nothing to hide
        logged = event.recorded_at.astimezone()  # stored on this computer's clock
        until = rules.details_hidden_until(logged, self.hide_reasons_for())
        return until if until is not None and self._now() < until else None

    def hidden_text(self, until: datetime) -> str:
        return rules.hidden_text(until, self._zone())

    def rejection_hidden_text(self, event: StageEvent) -> str | None:
        """ "Rejection details hidden until …" when `event`'s details are out of sight now."""
        until = self.rejection_hidden_until(event)
        return None if until is None else self.hidden_text(until)

    def _interview_items(
        self, apps: Sequence[ApplicationSummary]
    ) -> tuple[list[rules.AgendaItem], list[rules.AgendaItem]]:
        """Interviews today and this week, and debriefs owed (none without interviews)."""
        if self._interviews is None:
            return [], []
        interviews = self._interviews.interviews()
        if not interviews:
            return [], []
        now, zone = self._now(), self._zone()
        owed = self._interviews.owed_anywhere()
        names = _names(apps, interviews)
        return (
            rules.interview_items(interviews, names, now, zone),
            rules.debrief_items(owed, names, now, zone),
        )

    def _offers_due(self) -> list[rules.OfferDue]:
        return [
            rules.OfferDue(s.offer.application_id, f"{s.company} — {s.role_title}", s.days_left)
            for s in self._offers.replies_due()
        ]

    def reminders(self, apps: Sequence[ApplicationSummary]) -> list[rules.Reminder]:
        """Today's desktop notes (each kind can be turned off in the preferences)."""
        get = self._settings.get
        offers_on, follow_ups_on = get(REMIND_OFFERS), get(REMIND_FOLLOW_UPS)
        notes = []
        if get(REMIND_INTERVIEWS) and self._interviews is not None:
            interviews = self._interviews.interviews()
            if interviews:
                notes += rules.interview_reminders(
                    interviews, _names(apps, interviews), self._now(), self._zone()
                )
        follow_ups = 0
        # No nudges while a rejection lands (`landing` is empty on a break: checked too).
        if follow_ups_on and not self.on_break() and not self.landing(apps):
            # As on Today: an application listed for an interview is not nudged to follow up.
            busy = {i.application_id for group in self._interview_items(apps) for i in group}
            follow_ups = sum(1 for f in self._feedback.follow_ups(apps) if f.app.id not in busy)
        return notes + rules.reminders(
            self._offers_due() if offers_on else [],
            follow_ups,
            self._today(),
            offers_on=offers_on,
            follow_ups_on=follow_ups_on,
        )

    def items_ahead(self, kept: rules.OpenApplications, follow_ups: KeptFollowUps) -> None:
        """Write the items of the late next steps and the follow-ups due among `kept` now,
        ahead of the first agenda that lists them (which takes them as they are unchanged)."""
        rules.next_step_items(kept.moving(), kept.silence, self._made_next_steps)
        rules.follow_up_items(follow_ups.due(), self._made_follow_ups)

    def kept_follow_ups(self, moving: Sequence[ApplicationSummary]) -> KeptFollowUps:
        """The follow-ups due among `moving` (open, not silent), for `agenda` to be given
        while the caller keeps them current."""
        return self._feedback.kept_follow_ups(moving)

    def leak_of(self, tally: Tally) -> LeakReport:
        """The leaking stage of the applications `tally` counts, as the Insights work it out
        (their minimum sample and reference rates)."""
        counting = self._insights.counting()
        return leaking_stage(funnel_of(tally, counting.min_sample), counting.references)

    def _counts_everything(self, tally: KeptTally, silence: Silence) -> bool:
        """Whether `tally` counts what the Insights count: every application (not only the
        first screenful a large search opens with), with their no-response rule of today."""
        counting = self._insights.counting()
        return (
            tally.silence == silence
            and counting.no_response_days == silence.no_response_days
            and counting.breaks == silence.breaks
            and len(tally) == facts.count()  # one indexed count, under a millisecond
        )

    def leak_is_cheap(self, applications: int) -> bool:
        """Whether the leaking stage can be worked out on the spot: the Insights' tracks are
        read already, or there are few applications. Otherwise the Insights tab reads them
        on a worker thread, and Today points there instead of holding up the window.

        `applications` is what the caller holds; while a large search opens that is only its
        first screenful, so the whole search is counted too (one indexed count)."""
        if not self._insights.needs_full_read():
            return True
        return max(applications, facts.count()) <= LEAK_ON_THE_SPOT

    def daily_limit_note(self, apps: Sequence[ApplicationSummary], on: date) -> str | None:
        """The gentle note when one more application sent on `on` goes past the daily limit."""
        limit = self._settings.get(DAILY_LIMIT)
        if self.on_break():
            return None  # no counting of applications on a break: logging one is enough
        sent = rules.over_daily_limit(apps, on, limit)
        return None if sent is None else rules.daily_limit_note(sent, limit)

    def interview_cap_note(
        self,
        apps: Sequence[ApplicationSummary],
        details: InterviewDetails,
        editing: int | None = None,
    ) -> str | None:
        """The gentle note when scheduling `details` (or moving interview `editing` to it)
        goes past the weekly interview cap."""
        cap = self._settings.get(INTERVIEW_CAP)
        if cap <= 0 or self._interviews is None or not is_time_zone(details.time_zone):
            return None  # a zone it does not know is refused when scheduling, with why
        starts = Interview(0, 0, "", details).starts
        zone = self._zone()
        week = rules.same_week_interviews(self._interviews.interviews(), starts, zone, editing)
        return rules.interview_cap_note(week, _names(apps, week), cap, starts, zone)


def _leak_text(report: LeakReport) -> str:
    """The leaking stage in the one line Today shows."""
    return report.leak.headline if report.leak else report.message


def _by_ids(apps: Sequence[ApplicationSummary], wanted: set[int]) -> dict[int, ApplicationSummary]:
    """The applications of `apps` whose ids are `wanted`: found by binary search, as the
    window's rows come in id order (a pass over 100,000 for a few rejections is felt); any
    not found so (rows in another order, or not held) are looked for one by one."""
    found = {}
    for app_id in wanted:
        at = place_of(apps, app_id)
        if at is not None:
            found[app_id] = apps[at]
    missing = wanted - found.keys()
    if missing:
        found.update((a.id, a) for a in apps if a.id in missing)
    return found


def _names(apps: Sequence[ApplicationSummary], interviews: Sequence[Interview]) -> dict[int, str]:
    """ "Company — Role" for the applications that have interviews (only those: one pass)."""
    wanted = {i.application_id for i in interviews}
    return {a.id: a.name for a in apps if a.id in wanted}


def _naive_local(moment: datetime) -> datetime:
    """`moment` on this computer's clock without its zone: how the event log records times."""
    return moment.astimezone().replace(tzinfo=None)
