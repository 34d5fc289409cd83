"""Improvements: one concrete change at a time, and whether the stage it targets moved.

At most two are active at once: with more, no change in a ratio could be put down to
any one of them. The effect compares the targeted stage's ratio (stage → next stage)
for applications that reached the stage before the start date with those that reached
it on or after it, counted by the funnel's own rules (`Tally`), each with its 95%
Wilson interval, and Fisher's exact test between the two; below the minimum sample on
either side it is too early to tell. For the application → response ratio only applications
old enough to be known count (the funnel's maturity rule), so the side since the start says
how many are still too young and how many of those have replied so far; a ratio with more
still open than resolved is early, and says so. The topic's share of debriefs before and after is
shown beside it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date

from jobdesk.domain.application import clean_text
from jobdesk.domain.breaks import Break
from jobdesk.domain.enums import Stage, Vocabulary
from jobdesk.domain.errors import UserError
from jobdesk.domain.funnel import Rate, Tally, Track, moved_on_words
from jobdesk.domain.interviews import Debrief
from jobdesk.domain.stats import fisher_exact

MAX_ACTIVE = 2
ACTION_MAX_LENGTH = 300

TOO_MANY = (
    "Two improvements are already active. Trying one or two changes at a time, rather than "
    "many, is what lets you see which one made the difference. Finish or pause one of them "
    "first."
)


class ImprovementState(Vocabulary):
    ACTIVE = "active"
    PAUSED = "paused"
    FINISHED = "finished"

    @property
    def label(self) -> str:
        return self.value.capitalize()


@dataclass(frozen=True)
class ImprovementDetails:
    action: str  # "practise system design under a timer twice a week"
    topic: str
    stage: Stage  # the stage whose ratio (stage → next) it aims to move
    started_on: date
    ends_on: date | None = None


@dataclass(frozen=True)
class Improvement:
    id: int
    details: ImprovementDetails
    state: ImprovementState = ImprovementState.ACTIVE


class TooManyActive(UserError):
    """A third active improvement was asked for."""


def clean_improvement(details: ImprovementDetails) -> ImprovementDetails:
    action = clean_text(details.action, "action")
    if not action:
        raise UserError("Say what you will do, concretely: what, and how often.")
    if len(action) > ACTION_MAX_LENGTH:
        raise UserError(f"Keep the action under {ACTION_MAX_LENGTH} characters.")
    topic = clean_text(details.topic, "topic")
    if not topic:
        raise UserError("Choose the topic this improvement works on.")
    if details.stage.next() is None:
        raise UserError("Choose a stage before the offer: the improvement aims at its ratio.")
    if details.ends_on is not None and details.ends_on < details.started_on:
        raise UserError("The end date cannot come before the start date.")
    return replace(details, action=action, topic=topic)


def check_can_activate(existing: Iterable[Improvement], improvement_id: int | None = None) -> None:
    """Raises TooManyActive when making one more active would make three."""
    active = [i for i in existing if i.state is ImprovementState.ACTIVE and i.id != improvement_id]
    if len(active) >= MAX_ACTIVE:
        raise TooManyActive(TOO_MANY)


# --- the effect ---------------------------------------------------------------------------


def reached_on(t: Track, stage: Stage) -> date | None:
    """The day `t` reached `stage`: its own date, or the first later stage's if it skipped."""
    if t.furthest < stage:
        return None
    for d in t.stage_dates[stage.rank :]:
        if d is not None:
            return d
    return None


@dataclass(frozen=True)
class Share:
    """Debriefs at the stage that name the topic, of all debriefs at the stage."""

    named: int
    of: int

    @property
    def value(self) -> float | None:
        return self.named / self.of if self.of else None

    def text(self) -> str:
        if not self.of:
            return "no debriefs"
        return f"{self.named} of {self.of} debriefs"


@dataclass(frozen=True)
class Effect:
    stage: Stage
    before: Rate
    after: Rate
    p_value: float | None  # Fisher's exact test, two-sided; None while too early
    topic_before: Share
    topic_after: Share

    @property
    def too_early(self) -> bool:
        return not (self.before.enough and self.after.enough)

    @property
    def needed(self) -> int:
        """More resolved applications at the stage, either side, before a comparison."""
        return self.before.needed + self.after.needed

    def summary(self) -> str:
        return self._verdict() + self._still_to_come()

    def _verdict(self) -> str:
        if self.too_early:
            return f"Too early to tell: {self.needed} more resolved at this stage would settle it."
        assert self.p_value is not None
        before = f"{_pct(self.before)} of {self.before.resolved}"
        after = f"{_pct(self.after)} of {self.after.resolved}"
        if self.p_value < 0.05:
            verdict = "a difference this large is unlikely to be chance"
        else:
            verdict = "no evidence of a difference yet"
        return f"Before: {before}; since: {after}. p = {self.p_value:.3f}: {verdict}."

    def _still_to_come(self) -> str:
        """What the figures since the start do not count yet."""
        after = self.after
        parts = []
        if after.too_early:
            were = "was" if after.too_early == 1 else "were"
            moved_on = moved_on_words(self.stage.next() or self.stage)
            parts.append(
                f" {after.too_early} sent since {were} too recent to count: "
                f"{after.too_early_moved_on} of them {moved_on} so far."
            )
        if after.early and after.resolved:
            parts.append(
                f" Early: {after.pending} since the start are still open against "
                f"{after.resolved} resolved."
            )
        return "".join(parts)


def _pct(rate: Rate) -> str:
    return "—" if rate.value is None else f"{rate.value * 100:.0f}%"


def effect(
    improvement: ImprovementDetails,
    tracks: Iterable[Track],
    debriefs: Iterable[Debrief],
    today: date,
    no_response_days: int,
    min_sample: int,
    breaks: Sequence[Break] = (),
) -> Effect:
    stage = improvement.stage
    end = stage.next()
    if end is None:
        raise ValueError("an improvement targets a stage before the offer")
    start, stop = improvement.started_on, improvement.ends_on
    before: list[Track] = []
    after: list[Track] = []
    for t in tracks:
        on = reached_on(t, stage)
        if on is None or (stop is not None and on > stop):
            continue  # not at the stage, or reached it once the improvement had ended
        (before if on < start else after).append(t)
    rate_before = Tally.of(before, today, no_response_days, breaks).rate(stage, end, min_sample)
    rate_after = Tally.of(after, today, no_response_days, breaks).rate(stage, end, min_sample)
    p = None
    if rate_before.enough and rate_after.enough:
        p = fisher_exact(
            rate_before.successes, rate_before.failures, rate_after.successes, rate_after.failures
        )
    topic = improvement.topic.casefold()
    counts = {True: [0, 0], False: [0, 0]}
    for d in debriefs:
        written = d.details.written_on
        if d.details.stage is not stage or (stop is not None and written > stop):
            continue
        side = counts[written < start]
        side[1] += 1
        side[0] += any(tag.casefold() == topic for tag in d.details.tags)
    return Effect(
        stage,
        rate_before,
        rate_after,
        p,
        Share(*counts[True]),
        Share(*counts[False]),
    )
