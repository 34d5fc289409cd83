"""Activity over time, the time spent in each stage, and rejections by stage and reason."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta

from jobdesk.domain.enums import Outcome, ReasonGroup, RejectionReason, Stage
from jobdesk.domain.funnel import (
    STAGES,
    Rate,
    Tally,
    Tracks,
    end_codes,
    step_label,
    tracks_of,
)
from jobdesk.domain.stats import median
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
    the applications sent that week: how many of them have had a reply so far.
    """

    start: date
    applications: int
    responses: int
    interviews: int
    response_rate: Rate


def weekly_activity(
    items: Tracks,
    today: date,
    no_response_days: int,
    min_sample: int,
    start: date | None = None,
    end: date | None = None,
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
    for t, code in zip(tracks, end_codes(tracks, today, no_response_days), strict=True):
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
        weeks.append(
            Week(
                current,
                len(cohort),
                responses[current],
                interviews[current],
                Tally.of_codes(cohort).rate(Stage.APPLIED, Stage.RESPONDED, min_sample),
            )
        )
        current += timedelta(days=7)
    return weeks


@dataclass(frozen=True)
class StageTime:
    """Days from reaching `start` to reaching `end`, over applications dated exactly for both."""

    start: Stage
    end: Stage
    median_days: float | None
    timed: int  # applications in the median
    left_out: int  # reached both, but a date was entered after the fact

    @property
    def label(self) -> str:
        return step_label(self.start, self.end)


def time_in_stage(items: Tracks) -> list[StageTime]:
    """Median days between consecutive stages; backfilled dates are left out.

    Only applications with their own dated event for both stages count: one that
    skipped a stage has no time in it. The applied date is the one typed in.
    """
    steps = range(len(STAGES) - 1)
    gaps: list[list[int]] = [[] for _ in steps]
    left_out = [0] * len(gaps)
    for t in tracks_of(items):
        if t.response_on is None:
            continue  # never got past applying: no step to time
        dates, exact = t.stage_dates, t.stage_exact
        for k in steps:
            a, b = dates[k], dates[k + 1]
            if a is None or b is None:
                continue
            if exact[k] and exact[k + 1]:
                gaps[k].append((b - a).days)
            else:
                left_out[k] += 1
    return [
        StageTime(STAGES[k], STAGES[k + 1], median(gaps[k]), len(gaps[k]), left_out[k])
        for k in range(len(gaps))
    ]


@dataclass(frozen=True)
class Rejections:
    """Applications whose latest outcome is a rejection, by stage, reason and reason group.

    `by_stage` uses the stage the rejection was logged at, so a rejection
    straight after applying shows as `applied` here (the funnel counts it as a
    reply). A reason of None means none was recorded.
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
        stages[t.closed_at or t.furthest] += 1
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
