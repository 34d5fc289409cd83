"""Patterns: which topics keep coming up across debriefs, rejection reasons and feedback.

A topic mentioned by one application is one view of one process, a single data point;
it recurs once it comes up in `recurring_min` separate applications (a setting). Whether
it is rising or falling compares two windows of equal length: the last `recent_days`
up to today against the `recent_days` before them, so the counts are like for like. A
trend is named only when chance would rarely split the mentions so unevenly (the sign
test, p < 0.05), never from a handful (fewer than `TREND_MIN` in the two windows).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from jobdesk.domain.enums import ReasonGroup, RejectionReason, Stage, Vocabulary
from jobdesk.domain.feedback import ReceivedFeedback
from jobdesk.domain.interviews import Debrief
from jobdesk.domain.stats import sign_test
from jobdesk.domain.topics import Topic, TopicList, reason_topic

RECENT_DAYS = 30
# Fewer mentions than this in the two windows together say nothing of a trend (as the
# funnel's minimum sample); and below 6 not even the most lopsided split could be told from
# chance at 5%.
TREND_MIN = 5
TREND_ALPHA = 0.05

SINGLE_NOTE = "Came up once so far: one person's view of one process is a single data point."
NOT_TOLD_NOTE = "No reason given: not a verdict, and nothing to fix."
OUTSIDE_NOTE = "Outside your control: not yours to fix."


class Source(Vocabulary):
    DEBRIEF = "debrief"
    REJECTION = "rejection"
    FEEDBACK = "feedback"


class Trend(Vocabulary):
    RISING = "rising"
    FALLING = "falling"
    STEADY = "steady"  # as many in both windows
    UNCLEAR = "unclear"  # more in one, but no more than chance would often make
    QUIET = "quiet"  # nothing in either window
    TOO_FEW = "too_few"  # fewer than TREND_MIN mentions in the two windows

    @property
    def label(self) -> str:
        return {
            Trend.RISING: "Rising",
            Trend.FALLING: "Falling",
            Trend.STEADY: "Steady",
            Trend.UNCLEAR: "Unclear",
            Trend.QUIET: "Not lately",
            Trend.TOO_FEW: "Too few",
        }[self]


@dataclass(frozen=True)
class Mention:
    """One time a topic came up: in a debrief, as a rejection's reason, or in feedback."""

    topic: Topic
    application_id: int
    stage: Stage
    on: date
    source: Source


@dataclass(frozen=True)
class Rejection:
    """A rejection as patterns read it: the stage it came at, its date and reason."""

    application_id: int
    stage: Stage
    on: date
    reason: RejectionReason


def mentions(
    debriefs: Iterable[Debrief],
    rejections: Iterable[Rejection],
    feedback: Iterable[tuple[ReceivedFeedback, Stage]],
    topics: TopicList,
) -> list[Mention]:
    """Every mention, each debrief tag, reason and feedback theme looked up in one list.

    Feedback is paired with the stage its application was rejected at.
    """
    found: list[Mention] = []
    for d in debriefs:
        for tag in d.details.tags:
            found.append(
                Mention(
                    topics.topic(tag),
                    d.application_id,
                    d.details.stage,
                    d.details.written_on,
                    Source.DEBRIEF,
                )
            )
    for r in rejections:
        found.append(
            Mention(reason_topic(r.reason), r.application_id, r.stage, r.on, Source.REJECTION)
        )
    for received, stage in feedback:
        for theme in received.themes:
            found.append(
                Mention(
                    topics.topic(theme),
                    received.application_id,
                    stage,
                    received.received_on,
                    Source.FEEDBACK,
                )
            )
    return found


@dataclass(frozen=True)
class Pattern:
    topic: Topic
    mentions: int
    applications: int  # separate applications it came up in
    by_stage: tuple[tuple[Stage, int], ...]  # mentions at each stage, in pipeline order
    by_source: tuple[tuple[Source, int], ...]
    recent: int  # mentions in the last `recent_days`
    earlier: int  # ... and in the `recent_days` before them
    trend: Trend
    recurring: bool
    last_on: date

    @property
    def to_work_on(self) -> bool:
        """Only something to work on can become an improvement: "not told" is no verdict
        and a cause outside your control is not yours to fix (the guides)."""
        return self.topic.group is ReasonGroup.TO_WORK_ON

    @property
    def note(self) -> str:
        """What the view says beside it: why it is no improvement to make, a single data
        point, or nothing."""
        if self.topic.group is ReasonGroup.NOT_TOLD:
            return NOT_TOLD_NOTE
        if self.topic.group is ReasonGroup.OUTSIDE_CONTROL:
            return OUTSIDE_NOTE
        return "" if self.recurring else SINGLE_NOTE

    def stages_text(self) -> str:
        return ", ".join(f"{stage.label} {count}" for stage, count in self.by_stage)

    def trend_text(self, recent_days: int = RECENT_DAYS) -> str:
        """The trend in a sentence, with the counts it comes from (the cell's tooltip)."""
        if self.trend is Trend.QUIET:
            return f"Not in the last {2 * recent_days} days."
        counts = (
            f"{self.recent} in the last {recent_days} days, {self.earlier} in the "
            f"{recent_days} days before"
        )
        if self.trend is Trend.TOO_FEW:
            return (
                f"{counts}: too few to tell a trend (it takes {TREND_MIN} or more in the two "
                "together)."
            )
        if self.trend is Trend.STEADY:
            return f"{counts}: as many in both."
        p = sign_test(self.recent, self.earlier)
        if self.trend is Trend.UNCLEAR:
            return (
                f"{counts}: no clear trend, chance alone makes a difference as large "
                f"{p:.0%} of the time."
            )
        return f"{counts}: chance alone makes a difference as large only {p:.1%} of the time."


def trend_of(recent: int, earlier: int) -> Trend:
    """Rising or falling only when the mentions are enough and split unevenly enough that
    chance would rarely do it (module docstring)."""
    total = recent + earlier
    if total == 0:
        return Trend.QUIET
    if total < TREND_MIN:
        return Trend.TOO_FEW
    if recent == earlier:
        return Trend.STEADY
    if sign_test(recent, earlier) >= TREND_ALPHA:
        return Trend.UNCLEAR
    return Trend.RISING if recent > earlier else Trend.FALLING


def patterns(
    found: Iterable[Mention],
    today: date,
    recurring_min: int,
    recent_days: int = RECENT_DAYS,
) -> list[Pattern]:
    """One pattern per topic: recurring ones first, then by separate applications, mentions."""
    recent_from = today - timedelta(days=recent_days - 1)
    earlier_from = recent_from - timedelta(days=recent_days)
    by_topic: dict[str, list[Mention]] = defaultdict(list)
    topic_of: dict[str, Topic] = {}
    for m in found:
        key = m.topic.label.casefold()
        by_topic[key].append(m)
        topic_of.setdefault(key, m.topic)
    result = []
    for key, items in by_topic.items():
        stages = Counter(m.stage for m in items)
        sources = Counter(m.source for m in items)
        recent = sum(1 for m in items if recent_from <= m.on <= today)
        earlier = sum(1 for m in items if earlier_from <= m.on < recent_from)
        applications = len({m.application_id for m in items})
        result.append(
            Pattern(
                topic=topic_of[key],
                mentions=len(items),
                applications=applications,
                by_stage=tuple((s, stages[s]) for s in Stage if stages[s]),
                by_source=tuple((s, sources[s]) for s in Source if sources[s]),
                recent=recent,
                earlier=earlier,
                trend=trend_of(recent, earlier),
                recurring=applications >= recurring_min,
                last_on=max(m.on for m in items),
            )
        )
    result.sort(
        key=lambda p: (not p.recurring, -p.applications, -p.mentions, p.topic.label.casefold())
    )
    return result
