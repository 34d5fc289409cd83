"""Activity over time, the time spent in each stage, and rejections by stage and reason."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from jobdesk.domain.breaks import Break
from jobdesk.domain.enums import Outcome, ReasonGroup, RejectionReason, Stage
from jobdesk.domain.funnel import (
    ENDS,
    STAGES,
    End,
    Rate,
    Tally,
    Tracks,
    end_codes,
    step_label,
    tracks_of,
)
from jobdesk.domain.stats import kaplan_meier
from jobdesk.domain.wording import counted

_INTERVIEWS = (Stage.SCREEN, Stage.TECHNICAL, Stage.FINAL)


def week_of(day: date) -> date:
    """The Monday that starts `day`'s week."""
    return day - timedelta(days=day.weekday())


@dataclass(frozen=True)
class Week:
    """One calendar week (Monday first).

    `applications` were sent that week, `responses` are first replies that
    arrived that week and `interviews` the screens, technical and final rounds
    reached that week (from the applications in view). `response_rate` follows
    the applications sent that week that are old enough to judge (sent at least the
    no-response period ago): how many of them had a reply. `too_young` of the week's
    applications are younger than that; the rate's `too_early_moved_on` replied so far.
    """

    start: date
    applications: int
    responses: int
    interviews: int
    response_rate: Rate
    too_young: int = 0

    @property
    def too_early(self) -> bool:
        """Every application sent that week is too young to judge: no rate at all."""
        return self.applications > 0 and self.too_young == self.applications

    @property
    def partly_mature(self) -> bool:
        """Some of the week's applications are old enough and some not: the rate is of the
        old enough ones only, with their own n."""
        return 0 < self.too_young < self.applications


def weekly_activity(
    items: Tracks,
    today: date,
    no_response_days: int,
    min_sample: int,
    start: date | None = None,
    end: date | None = None,
    breaks: Sequence[Break] = (),
) -> list[Week]:
    """Every week from `start` (default: the first application) to `end` (default: today)."""
    tracks = tracks_of(items)
    if not tracks and start is None:
        return []
    first = week_of(start or min(t.applied_on for t in tracks))
    last = week_of(min(end or today, today))
    mondays: dict[date, date] = {}  # few distinct days among many applications: look them up

    def monday(day: date) -> date:
        found = mondays.get(day)
        if found is None:
            found = mondays[day] = week_of(day)
        return found

    codes: dict[date, list[int]] = {}
    responses: Counter[date] = Counter()
    interviews: Counter[date] = Counter()
    ranks = [stage.rank for stage in _INTERVIEWS]
    for t, code in zip(tracks, end_codes(tracks, today, no_response_days, breaks), strict=True):
        codes.setdefault(monday(t.applied_on), []).append(code)
        if t.response_on is not None:
            responses[monday(t.response_on)] += 1
            dates = t.stage_dates
            for rank in ranks:
                reached = dates[rank]
                if reached is not None:
                    interviews[monday(reached)] += 1
    weeks = []
    current = first
    while current <= last:
        cohort = codes.get(current, [])
        tally = Tally.of_codes(cohort)
        weeks.append(
            Week(
                current,
                len(cohort),
                responses[current],
                interviews[current],
                tally.rate(Stage.APPLIED, Stage.RESPONDED, min_sample),
                tally.too_early,
            )
        )
        current += timedelta(days=7)
    return weeks


@dataclass(frozen=True)
class StageTime:
    """Days from reaching `start` to reaching `end`, counting those still waiting (Kaplan–Meier).

    `moved_on` reached `end` with both dates exact; `still_waiting` are open at `start` with
    no answer yet (for the first reply: no reply at all, timed out or marked ghosted included)
    and count as censored at the days they have waited so far, never as if they had finished.
    `median_days` is None when it cannot be known yet: fewer than half have moved on, however
    the waiting ones turn out. `left_out` had a date entered after the fact.
    """

    start: Stage
    end: Stage
    median_days: float | None
    moved_on: int
    still_waiting: int
    left_out: int  # reached both, but a date was entered after the fact

    @property
    def label(self) -> str:
        return step_label(self.start, self.end)

    @property
    def timed(self) -> int:
        """Applications in the estimate: moved on, or still waiting."""
        return self.moved_on + self.still_waiting

    @property
    def share_waiting(self) -> float | None:
        return self.still_waiting / self.timed if self.timed else None

    def median_text(self) -> str:
        """The median in days, "not reached yet", or "—" when nothing is timed."""
        if self.median_days is not None:
            return f"{self.median_days:g}"
        return "not reached yet" if self.timed else "—"


def time_in_stage(
    items: Tracks, today: date, no_response_days: int, breaks: Sequence[Break] = ()
) -> list[StageTime]:
    """Median days between consecutive stages, by Kaplan–Meier; backfilled dates left out.

    Only applications with their own exact date for the stage they start from count: one
    that skipped a stage has no time in it. An application that moved on is timed to the
    day it reached the next stage; one still open at the stage is still waiting (censored at
    today). One that ended there (rejected, withdrawn; for the first reply, withdrawn) has no
    time to the next stage and is left out. For the first reply a rejection is a reply, and
    no reply yet (timed out or marked ghosted as well) is still waiting.
    """
    tracks = tracks_of(items)
    steps = range(len(STAGES) - 1)
    seen: list[list[tuple[float, bool]]] = [[] for _ in steps]
    left_out = [0] * len(seen)
    width = len(ENDS)
    pending = ENDS.index(End.PENDING)
    # For the first reply, no reply yet is waiting however it is counted (open, timed out or
    # marked ghosted); withdrawn before a reply has no time to it.
    waiting_first = {ENDS.index(e) for e in (End.PENDING, End.TIMED_OUT, End.GHOSTED)}
    first_waits = seen[0]
    waits: dict[date, tuple[float, bool]] = {}  # few distinct days among many applications
    for t, code in zip(tracks, end_codes(tracks, today, no_response_days, breaks), strict=True):
        end = code % width  # the YOUNG offset is a multiple of the width
        if t.response_on is None:
            # Never answered (the most common case by far): only the wait for a first reply.
            if end in waiting_first:
                wait = waits.get(t.applied_on)
                if wait is None:
                    wait = waits[t.applied_on] = (max(0, (today - t.applied_on).days), False)
                first_waits.append(wait)
            continue
        dates, exact = t.stage_dates, t.stage_exact
        furthest = t.furthest.rank
        for k in steps:
            a, b = dates[k], dates[k + 1]
            if a is None:
                continue
            if b is not None:
                if exact[k] and exact[k + 1]:
                    seen[k].append(((b - a).days, True))
                else:
                    left_out[k] += 1
            elif furthest == k and exact[k] and end == pending:
                seen[k].append((max(0, (today - a).days), False))
    result = []
    for k in steps:
        km = kaplan_meier(seen[k])
        result.append(
            StageTime(STAGES[k], STAGES[k + 1], km.median, km.events, km.censored, left_out[k])
        )
    return result


@dataclass(frozen=True)
class Rejections:
    """Applications whose latest outcome is a rejection, by stage, reason and reason group.

    `by_stage` uses `Track.ended_at`, as Patterns does: a rejection straight after
    applying is a reply, so it shows at `responded`. A reason of None means none was
    recorded.
    """

    total: int
    by_stage: tuple[tuple[Stage, int], ...]
    by_reason: tuple[tuple[RejectionReason | None, int], ...]
    outside_control: int
    to_work_on: int
    unrecorded: int
    not_told: int = 0  # rejections recorded as "no reason given": their own group

    def summary(self) -> str:
        """What the rejections say, with the unknown reasons apart: not told is no verdict."""
        if not self.total:
            return "No rejections in view."
        unknown = self.not_told + self.unrecorded
        text = f"{counted(self.total, 'rejection')}."
        if unknown:
            recorded_part = (
                f" ({self.not_told} not told, {self.unrecorded} with no reason recorded)"
                if self.not_told and self.unrecorded
                else ""
            )
            text += (
                f" {unknown} came without a reason{recorded_part}. Most rejections in a job "
                "search come without one; that is no verdict on you, so they are counted "
                "apart, in no group."
            )
        recorded = self.outside_control + self.to_work_on
        if not recorded:
            return text + (
                " None came with a reason yet; when you are told one, recording it helps tell "
                "bad luck from something to work on."
            )
        were = "was" if self.outside_control == 1 else "were"
        point = "points" if self.to_work_on == 1 else "point"
        return text + (
            f" Of the {recorded} with a reason, {self.outside_control} {were} outside your "
            f"control and {self.to_work_on} {point} at something to work on."
        )


def rejections(items: Tracks) -> Rejections:
    stages: Counter[Stage] = Counter()
    reasons: Counter[RejectionReason | None] = Counter()
    for t in tracks_of(items):
        if t.outcome is not Outcome.REJECTED:
            continue
        stages[t.ended_at] += 1
        reasons[t.reason] += 1
    groups: Counter[ReasonGroup] = Counter()
    for reason, count in reasons.items():
        if reason is not None:
            groups[reason.group] += count
    order = {reason: i for i, reason in enumerate(RejectionReason)}
    return Rejections(
        total=sum(stages.values()),
        by_stage=tuple((s, stages[s]) for s in STAGES if stages[s]),
        # Reasons told first, most common first; then, apart, the ones not told.
        by_reason=tuple(
            sorted(
                reasons.items(),
                key=lambda item: (
                    item[0] is None or item[0].group is ReasonGroup.NOT_TOLD,
                    item[0] is None,
                    -item[1],
                    len(order) if item[0] is None else order[item[0]],
                ),
            )
        ),
        outside_control=groups[ReasonGroup.OUTSIDE_CONTROL],
        to_work_on=groups[ReasonGroup.TO_WORK_ON],
        unrecorded=reasons[None],
        not_told=groups[ReasonGroup.NOT_TOLD],
    )
