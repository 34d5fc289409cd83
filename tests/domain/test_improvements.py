"""Improvements: the two-at-a-time limit and the before/after effect on fixed data, by hand."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from jobdesk.domain.enums import Channel, Outcome, SizeBand, Stage
from jobdesk.domain.errors import UserError
from jobdesk.domain.funnel import Track
from jobdesk.domain.improvements import (
    TOO_MANY,
    Improvement,
    ImprovementDetails,
    ImprovementState,
    TooManyActive,
    check_can_activate,
    clean_improvement,
    effect,
)
from jobdesk.domain.interviews import Debrief, DebriefDetails

S = Stage
TODAY = date(2026, 11, 30)
START = date(2026, 10, 1)
PLAN = ImprovementDetails(
    "Practise system design under a timer", "System design", S.TECHNICAL, START
)


def track(
    i: int,
    technical_on: date | None,
    furthest: Stage,
    outcome: Outcome,
    final_on: date | None = None,
) -> Track:
    applied = date(2026, 8, 1)
    dates = [applied, date(2026, 8, 5), date(2026, 8, 10), technical_on, None, None]
    if furthest >= S.FINAL:
        dates[S.FINAL.rank] = final_on or date(2026, 11, 1)
    dates = dates[: furthest.rank + 1] + [None] * (5 - furthest.rank)
    return Track(
        i,
        applied,
        furthest,
        outcome,
        furthest if outcome is not Outcome.ACTIVE else None,
        None,
        tuple(dates),
        (True,) * 6,
        date(2026, 8, 5),
        Channel.DIRECT,
        "",
        SizeBand.UNKNOWN,
        "",
        "",
        "",
    )


A, R, G, W = Outcome.ACTIVE, Outcome.REJECTED, Outcome.GHOSTED, Outcome.WITHDRAWN
SEPT, OCT = date(2026, 9, 15), date(2026, 10, 15)
TRACKS = [
    # Before the start: 2 went on to the final round, 6 rejected there, 1 withdrew (left out).
    *(track(i, SEPT, S.FINAL, A, date(2026, 9, 25)) for i in (1, 2)),
    *(track(i, SEPT, S.TECHNICAL, R) for i in range(3, 9)),
    track(9, SEPT, S.TECHNICAL, W),
    # On or after it: 4 to the final round, and one that skipped a dated technical round
    # (it counts by its final round's day, 20 Oct); 1 rejected, 1 ghosted; 2 still waiting.
    *(track(i, OCT, S.FINAL, A) for i in (10, 11, 12, 13)),
    track(14, None, S.FINAL, A, date(2026, 10, 20)),
    track(15, OCT, S.TECHNICAL, R),
    track(16, OCT, S.TECHNICAL, G),
    track(17, OCT, S.TECHNICAL, A),
    track(18, START, S.TECHNICAL, A),  # on the start day: after
    # Never reached the technical round: not counted.
    track(19, None, S.SCREEN, R),
]


def debrief(i: int, stage: Stage, on: date, *tags: str) -> Debrief:
    return Debrief(i, i, DebriefDetails(stage, on, tags=tags))


DEBRIEFS = [
    debrief(1, S.TECHNICAL, SEPT, "System design"),
    debrief(2, S.TECHNICAL, SEPT, "System design", "Nerves"),
    debrief(3, S.TECHNICAL, SEPT, "Algorithms"),
    debrief(4, S.TECHNICAL, OCT, "system design"),
    debrief(5, S.TECHNICAL, OCT, "Nerves"),
    debrief(6, S.TECHNICAL, OCT),
    debrief(7, S.TECHNICAL, START, "Communication"),
    debrief(8, S.SCREEN, OCT, "System design"),  # another stage: not counted
]


def test_the_effect_before_and_after_the_start_date() -> None:
    e = effect(PLAN, TRACKS, DEBRIEFS, TODAY, no_response_days=30, min_sample=5)
    b, a = e.before, e.after
    assert (b.successes, b.resolved, b.pending, b.withdrawn) == (2, 8, 0, 1)
    assert (a.successes, a.resolved, a.pending, a.withdrawn) == (5, 7, 2, 0)
    # Wilson, z = 1.96: 2/8 -> 7.1%–59.1%; 5/7 -> 35.9%–91.8%.
    assert (b.low, b.high) == pytest.approx((0.071479, 0.590725), abs=1e-6)
    assert (a.low, a.high) == pytest.approx((0.358934, 0.917781), abs=1e-6)
    # Fisher's exact, two-sided, on [[2, 6], [5, 2]] (7 successes of 15, 8 before): the
    # tables with x successes before weigh C(8, x) C(7, 7 - x) of C(15, 7) = 6435; those no
    # likelier than x = 2 (588) are x = 0, 1, 2, 6, 7: 1 + 56 + 588 + 196 + 8 = 849.
    # 849 / 6435 = 0.131935.
    assert e.p_value == pytest.approx(0.131935, abs=1e-6)
    assert not e.too_early
    assert e.summary() == (
        "Before: 25% of 8; since: 71% of 7. p = 0.132: no evidence of a difference yet."
    )
    # System design named in 2 of 3 technical debriefs before, 1 of 4 since.
    assert (e.topic_before.named, e.topic_before.of) == (2, 3)
    assert (e.topic_after.named, e.topic_after.of) == (1, 4)
    assert e.topic_after.text() == "1 of 4 debriefs"


def test_an_ended_improvement_counts_only_up_to_its_end() -> None:
    ended = replace(PLAN, ends_on=date(2026, 10, 14))
    e = effect(ended, TRACKS, DEBRIEFS, TODAY, no_response_days=30, min_sample=5)
    assert (e.before.successes, e.before.resolved) == (2, 8)  # before is unchanged
    # Since: only the one that reached the technical round on the start day (still waiting);
    # those of 15 and 20 October came after the end.
    a = e.after
    assert (a.successes, a.resolved, a.pending, a.withdrawn) == (0, 0, 1, 0)
    assert (e.topic_after.named, e.topic_after.of) == (0, 1)  # 1 October's debrief only


def test_too_early_to_tell_below_the_minimum_sample() -> None:
    e = effect(PLAN, TRACKS, DEBRIEFS, TODAY, no_response_days=30, min_sample=8)
    assert e.too_early and e.p_value is None
    assert e.needed == 1  # before has 8; since has 7 of 8
    assert e.summary() == "Too early to tell: 1 more resolved at this stage would settle it."


def test_at_most_two_active_at_once() -> None:
    one = Improvement(1, PLAN)
    two = Improvement(2, PLAN)
    paused = Improvement(3, PLAN, ImprovementState.PAUSED)
    check_can_activate([one, paused])
    with pytest.raises(TooManyActive) as raised:
        check_can_activate([one, two, paused])
    assert str(raised.value) == TOO_MANY
    assert "one or two" in TOO_MANY and "Finish or pause" in TOO_MANY
    check_can_activate([one, two], improvement_id=2)  # an active one edited stays allowed


def test_an_improvement_needs_an_action_and_a_stage_before_the_offer() -> None:
    with pytest.raises(UserError, match="what you will do"):
        clean_improvement(ImprovementDetails("  ", "System design", S.TECHNICAL, START))
    with pytest.raises(UserError, match="before the offer"):
        clean_improvement(ImprovementDetails("Practise", "System design", S.OFFER, START))
    with pytest.raises(UserError, match="end date"):
        clean_improvement(ImprovementDetails("Practise", "x", S.TECHNICAL, START, date(2026, 9, 1)))
