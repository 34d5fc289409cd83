"""Patterns counted on a fixed set of debriefs, rejection reasons and feedback, by hand."""

from __future__ import annotations

from datetime import date

from jobdesk.domain.enums import ReasonGroup, RejectionReason, Stage
from jobdesk.domain.feedback import ReceivedFeedback
from jobdesk.domain.interviews import Debrief, DebriefDetails
from jobdesk.domain.patterns import (
    SINGLE_NOTE,
    Rejection,
    Source,
    Trend,
    mentions,
    patterns,
    trend_of,
)
from jobdesk.domain.topics import Topic, TopicList

TODAY = date(2026, 11, 30)  # recent: 1–30 Nov; earlier: 2–31 Oct (30 days each)
S = Stage


def debrief(i: int, app: int, stage: Stage, on: date, *tags: str) -> Debrief:
    return Debrief(i, app, DebriefDetails(stage, on, tags=tags))


DEBRIEFS = [
    debrief(1, 1, S.TECHNICAL, date(2026, 11, 20), "System design", "nerves"),
    debrief(2, 2, S.TECHNICAL, date(2026, 11, 10), "system design"),
    debrief(3, 3, S.SCREEN, date(2026, 10, 15), "Story or communication"),
    debrief(4, 1, S.FINAL, date(2026, 11, 25), "System design"),  # app 1 again
]
REJECTIONS = [
    Rejection(3, S.SCREEN, date(2026, 10, 20), RejectionReason.COMMUNICATION),
    Rejection(4, S.TECHNICAL, date(2026, 10, 5), RejectionReason.SKILLS_GAP),
    Rejection(5, S.APPLIED, date(2026, 9, 1), RejectionReason.NO_REASON),
]
FEEDBACK = [
    (ReceivedFeedback(4, date(2026, 10, 10), themes=("Technical skills gap",)), S.TECHNICAL),
    (ReceivedFeedback(3, date(2026, 10, 25), themes=("Communication", "Kubernetes")), S.SCREEN),
]
TOPICS = TopicList([Topic("Kubernetes", ReasonGroup.TO_WORK_ON)])


def test_each_topic_counted_across_the_three_sources() -> None:
    found = patterns(mentions(DEBRIEFS, REJECTIONS, FEEDBACK, TOPICS), TODAY, recurring_min=2)
    table = [
        (
            p.topic.label,
            p.mentions,
            p.applications,
            p.by_stage,
            p.recent,
            p.earlier,
            p.trend,
            p.recurring,
        )
        for p in found
    ]
    assert table == [
        # Debriefs 1, 2, 4: apps 1 and 2, all in November.
        # 3 against 0 is too few mentions to tell a trend from chance.
        ("System design", 3, 2, ((S.TECHNICAL, 2), (S.FINAL, 1)), 3, 0, Trend.TOO_FEW, True),
        # Debrief 3, app 3's reason and its feedback: three mentions, one application.
        ("Communication", 3, 1, ((S.SCREEN, 3),), 0, 3, Trend.TOO_FEW, False),
        # "Technical skills gap" is "Skills gap": app 4's reason and feedback.
        ("Skills gap", 2, 1, ((S.TECHNICAL, 2),), 0, 2, Trend.TOO_FEW, False),
        ("Kubernetes", 1, 1, ((S.SCREEN, 1),), 0, 1, Trend.TOO_FEW, False),
        ("Nerves", 1, 1, ((S.TECHNICAL, 1),), 1, 0, Trend.TOO_FEW, False),
        # 1 Sep is in neither window.
        ("Not told", 1, 1, ((S.APPLIED, 1),), 0, 0, Trend.QUIET, False),
    ]
    by_label = {p.topic.label: p for p in found}
    assert by_label["Communication"].by_source == (
        (Source.DEBRIEF, 1),
        (Source.REJECTION, 1),
        (Source.FEEDBACK, 1),
    )
    assert by_label["Not told"].topic.group is ReasonGroup.NOT_TOLD
    assert by_label["Kubernetes"].topic.key is None
    assert by_label["System design"].note == ""
    assert by_label["Nerves"].note == SINGLE_NOTE
    assert by_label["System design"].stages_text() == "Technical 2, Final round 1"


def test_the_recurring_threshold_is_a_setting() -> None:
    found = patterns(mentions(DEBRIEFS, REJECTIONS, FEEDBACK, TOPICS), TODAY, recurring_min=3)
    assert [p.topic.label for p in found if p.recurring] == []
    found = patterns(mentions(DEBRIEFS, REJECTIONS, FEEDBACK, TOPICS), TODAY, recurring_min=1)
    assert len([p for p in found if p.recurring]) == 6


def test_a_trend_is_claimed_only_when_chance_would_rarely_make_it() -> None:
    # Two windows of 30 days; with n mentions in both, chance alone splits them like n coin
    # tosses (the sign test). Below 5 in all, too few to tell; "Rising" or "Falling" only
    # when a split as lopsided comes by chance less than 5% of the time: 6 against 0 does
    # (2 × 1/64 = 3.1%), 5 against 0 does not (2 × 1/32 = 6.3%), nor does 7 against 2 (18%).
    assert trend_of(0, 0) is Trend.QUIET
    assert trend_of(0, 2) is Trend.TOO_FEW
    assert trend_of(3, 1) is Trend.TOO_FEW
    assert trend_of(5, 0) is Trend.UNCLEAR
    assert trend_of(7, 2) is Trend.UNCLEAR
    assert trend_of(3, 3) is Trend.STEADY
    assert trend_of(6, 0) is Trend.RISING
    assert trend_of(1, 10) is Trend.FALLING  # 2 × 12/2048 = 1.2%
    assert [t.label for t in (Trend.TOO_FEW, Trend.UNCLEAR, Trend.STEADY, Trend.QUIET)] == [
        "Too few",
        "Unclear",
        "Steady",
        "Not lately",
    ]


def test_the_trend_says_why_in_words() -> None:
    found = patterns(mentions(DEBRIEFS, REJECTIONS, FEEDBACK, TOPICS), TODAY, recurring_min=2)
    by_label = {p.topic.label: p for p in found}
    assert by_label["Skills gap"].trend_text() == (
        "0 in the last 30 days, 2 in the 30 days before: too few to tell a trend (it takes 5 "
        "or more in the two together)."
    )
    assert by_label["Not told"].trend_text() == "Not in the last 60 days."
