"""The maturity rule: rates from `applied` count only applications old enough to be known.

Worked out by hand on twelve applications. Today is Friday 20 Nov 2026 and the no-response
period is 30 days, so an application sent on or before 21 Oct 2026 is old enough to judge
(it has replied, or it has timed out); one sent from 22 Oct on is too early.
"""

from __future__ import annotations

from datetime import date

import pytest

from jobdesk.domain.activity import weekly_activity
from jobdesk.domain.application import Application, ApplicationDetails, EventKind, StageEvent
from jobdesk.domain.enums import Channel, Outcome, Stage
from jobdesk.domain.experiments import Dimension, Metric, breakdown, compare
from jobdesk.domain.funnel import (
    ENDS,
    DateRange,
    End,
    Tally,
    funnel,
    funnel_of,
    is_mature,
    leaking_stage,
    moved_on_words,
    no_response_cutoff,
    tracks_of,
)
from jobdesk.domain.improvements import ImprovementDetails, effect
from jobdesk.domain.stats import wilson_interval

TODAY = date(2026, 11, 20)
DAYS = 30
S = Stage
OC = Outcome
REF = Channel.REFERRAL


def d(text: str) -> date:
    return date.fromisoformat(f"2026-{text}")


def st(stage: Stage, on: str) -> StageEvent:
    return StageEvent(EventKind.STAGE, d(on), stage=stage)


def out(outcome: Outcome, on: str, at: Stage) -> StageEvent:
    return StageEvent(EventKind.OUTCOME, d(on), stage=at, outcome=outcome)


def app(
    app_id: int, applied: str, *events: StageEvent, channel: Channel = Channel.DIRECT
) -> Application:
    details = ApplicationDetails(f"Company {app_id}", "Engineer", d(applied), channel=channel)
    return Application(app_id, details, events)


SEARCH = [
    # Old enough (sent by 21 Oct):
    app(1, "10-13", st(S.RESPONDED, "10-15"), st(S.SCREEN, "10-20"), channel=REF),
    app(2, "10-14"),  # 37 days, no reply: timed out
    app(3, "10-15", st(S.RESPONDED, "10-20"), st(S.SCREEN, "10-27")),
    app(4, "10-20", st(S.RESPONDED, "10-22"), channel=REF),
    app(5, "10-21"),  # exactly 30 days: timed out
    # Too early (sent from 22 Oct):
    app(6, "10-22"),  # 29 days: still waiting
    app(7, "10-23", st(S.RESPONDED, "10-24"), channel=REF),
    app(8, "11-02", out(OC.REJECTED, "11-03", S.APPLIED)),  # a reply, by rejection
    app(9, "11-03"),
    app(10, "11-10", out(OC.GHOSTED, "11-15", S.APPLIED)),  # marked ghosted at 10 days
    app(11, "11-16", out(OC.WITHDRAWN, "11-17", S.APPLIED)),  # withdrawn: counted nowhere
    app(12, "11-17"),
]


def test_old_enough_is_the_no_response_rule_itself() -> None:
    assert no_response_cutoff(TODAY, DAYS) == d("10-21")
    assert is_mature(d("10-21"), TODAY, DAYS) and not is_mature(d("10-22"), TODAY, DAYS)
    mature = [t.id for t in tracks_of(SEARCH) if is_mature(t.applied_on, TODAY, DAYS)]
    assert mature == [1, 2, 3, 4, 5]


def test_application_to_response_counts_only_the_old_enough() -> None:
    f = funnel(SEARCH, TODAY, DAYS, min_sample=5)
    rate = f.steps[0].rate
    # Old enough: 1 3 4 replied, 2 5 timed out: 3 of 5. Nothing old enough is pending; 11
    # withdrew (young or old, withdrawn ones leave the count).
    assert (rate.successes, rate.resolved, rate.pending, rate.withdrawn) == (3, 5, 0, 1)
    assert f.tally.ended(S.APPLIED, S.RESPONDED) == {
        End.REJECTED: 0,
        End.GHOSTED: 0,  # 10 was marked ghosted, but it is too young to count
        End.TIMED_OUT: 2,
    }
    # Every application is somewhere: 3 + 2 + 0 + 1 + 6 = 12.
    assert rate.resolved + rate.pending + rate.withdrawn + rate.too_early == f.total == 12
    assert rate.value == 3 / 5
    assert (rate.low, rate.high) == wilson_interval(3, 5)
    # Too early: 6 7 8 9 10 12 (11 withdrew); 7 and 8 have replied so far.
    assert (rate.too_early, rate.too_early_moved_on) == (6, 2)
    assert f.steps[0].too_early_text() == "too early: 2 of 6 have replied so far"
    assert rate.describe() == "60% (3 of 5)"
    # The later steps count everyone who reached them: 1 3 4 7 8 replied; 8 was rejected
    # there, 1 and 3 reached a screen, 4 and 7 are open: 2 of 3, 2 pending (not early: 2 ≤ 3).
    later = f.steps[1].rate
    assert (later.successes, later.resolved, later.pending, later.too_early) == (2, 3, 2, 0)
    assert not later.early
    # Screen → technical: 1 and 3 are both still open at the screen, nothing resolved: early.
    assert f.steps[2].rate.early and f.steps[2].rate.resolved == 0


def test_a_period_where_nothing_is_old_enough_has_no_rate() -> None:
    last_30 = DateRange.last_days(TODAY, 30)  # sent 22 Oct – 20 Nov: 6 to 12, all too young
    f = funnel(last_30.select(tracks_of(SEARCH)), TODAY, DAYS, min_sample=5)
    rate = f.steps[0].rate
    assert f.total == 7
    # Before the rule this said 2 of 3 (67%): 7 and 8 replied, 10 was marked ghosted.
    assert (rate.successes, rate.resolved, rate.pending) == (0, 0, 0)
    assert rate.value is None and not rate.enough
    assert rate.describe() == "too early: 2 of 6 have replied so far"
    report = leaking_stage(f, {stage: 0.5 for stage in STAGES_WITH_STEPS})
    assert report.leak is None
    # Response → screen: 8 ended there (a rejection), 7 is open: 1 resolved, 4 more needed.
    assert report.message == (
        "Not enough data yet to name a leaking stage: each step needs at least 5 resolved "
        "applications. The closest, Response → screen, needs 4 more. Too recent to judge: "
        "Application → response (none of them is old enough yet)."
    )


def test_a_new_search_is_told_to_wait_not_to_send_more() -> None:
    """Five applications sent today (the reviewer's day one): none is old enough for
    application → response and none has reached a later step, so no step is "closest":
    more applications would not make any of them judgeable, only time will."""
    day_one = [app(i, "11-20") for i in range(1, 6)]
    f = funnel(day_one, TODAY, DAYS, min_sample=5)
    first = f.steps[0].rate
    assert (first.resolved, first.too_early, first.too_early_moved_on) == (0, 5, 0)
    assert [s.rate.resolved for s in f.steps[1:]] == [0, 0, 0, 0]
    report = leaking_stage(f, {stage: 0.5 for stage in STAGES_WITH_STEPS})
    assert report.message == (
        "Not enough data yet to name a leaking stage: each step needs at least 5 resolved "
        "applications. Too recent to judge: Application → response (none of them is old "
        "enough yet)."
    )


def test_the_closest_step_skips_one_too_recent_to_judge() -> None:
    """Day one again, but 2 of the 5 replied at once (3 is rejected there, 4 reached a
    screen): application → response is still too recent (its count takes old ones only),
    so the closest is response → screen with 2 resolved, 3 more needed."""
    day_one = [
        app(1, "11-20"),
        app(2, "11-20"),
        app(3, "11-20", out(OC.REJECTED, "11-20", S.APPLIED)),
        app(4, "11-20", st(S.RESPONDED, "11-20"), st(S.SCREEN, "11-20")),
        app(5, "11-20"),
    ]
    f = funnel(day_one, TODAY, DAYS, min_sample=5)
    assert (f.steps[0].rate.resolved, f.steps[0].rate.too_early) == (0, 5)
    assert (f.steps[1].rate.successes, f.steps[1].rate.resolved) == (1, 2)
    report = leaking_stage(f, {stage: 0.5 for stage in STAGES_WITH_STEPS})
    assert report.message == (
        "Not enough data yet to name a leaking stage: each step needs at least 5 resolved "
        "applications. The closest, Response → screen, needs 3 more. Too recent to judge: "
        "Application → response (none of them is old enough yet)."
    )


def test_an_empty_search_is_told_to_start_with_the_first_step() -> None:
    report = leaking_stage(funnel([], TODAY, DAYS, min_sample=5), {S.APPLIED: 0.5})
    assert report.message == (
        "Not enough data yet to name a leaking stage: each step needs at least 5 resolved "
        "applications. The closest, Application → response, needs 5 more."
    )


STAGES_WITH_STEPS = (S.APPLIED, S.RESPONDED, S.SCREEN, S.TECHNICAL, S.FINAL)


def test_weeks_younger_than_the_period_are_too_early() -> None:
    weeks = weekly_activity(SEARCH, TODAY, DAYS, min_sample=1)
    assert [w.start for w in weeks] == [d("10-12"), d("10-19"), d("10-26"), *WEEKS_OF_NOVEMBER]
    got = [
        (
            w.applications,
            w.too_young,
            w.response_rate.successes,
            w.response_rate.resolved,
            w.response_rate.too_early,
            w.response_rate.too_early_moved_on,
            w.too_early,
            w.partly_mature,
        )
        for w in weeks
    ]
    assert got == [
        (3, 0, 2, 3, 0, 0, False, False),  # 1 2 3, all old enough: 2 of 3
        (4, 2, 1, 2, 2, 1, False, True),  # 4 5 old enough (1 of 2); 6 7 too young, 7 replied
        (0, 0, 0, 0, 0, 0, False, False),  # nothing sent
        (2, 2, 0, 0, 2, 1, True, False),  # 8 9: 8 replied so far
        (1, 1, 0, 0, 1, 0, True, False),  # 10, marked ghosted: still too early
        (2, 2, 0, 0, 1, 0, True, False),  # 11 withdrew, 12 waits
    ]


WEEKS_OF_NOVEMBER = (d("11-02"), d("11-09"), d("11-16"))


def test_experiments_count_only_the_old_enough() -> None:
    split = breakdown(SEARCH, Dimension.CHANNEL, Metric.parse("response"), TODAY, DAYS, 1)
    got = {
        g.key: (g.rate.successes, g.rate.resolved, g.rate.too_early, g.rate.too_early_moved_on)
        for g in split.groups
    }
    # Referrals 1 4 replied (7 too young, replied); direct 3 replied, 2 5 timed out.
    assert got == {"referral": (2, 2, 1, 1), "direct": (1, 3, 5, 1)}
    result = compare(split.group("referral"), split.group("direct"), split.metric)
    # Fisher on [[2, 0], [1, 2]], margins fixed, x = referral replies: C(2,x) C(3,3-x) / C(5,3)
    # = 1/10, 6/10, 3/10 for x = 0, 1, 2; no likelier than x = 2 (3/10): x = 0 and 2, p = 4/10.
    assert result.p_value == pytest.approx(0.4)
    interview = breakdown(SEARCH, Dimension.CHANNEL, Metric.parse("interview"), TODAY, DAYS, 1)
    referral = interview.group("referral").rate
    # Application → screen is a rate from applied too: 1 reached a screen, 4 is open at
    # responded; 7 is too young and has not reached a screen.
    assert (referral.successes, referral.resolved, referral.pending) == (1, 1, 1)
    assert (referral.too_early, referral.too_early_moved_on) == (1, 0)


def test_before_and_after_an_improvement_count_only_the_old_enough() -> None:
    plan = ImprovementDetails("Rewrite the CV summary", "CV", S.APPLIED, d("10-20"))
    e = effect(plan, tracks_of(SEARCH), [], TODAY, DAYS, min_sample=5)
    # Before 20 Oct: 1 2 3, 2 of 3. Since: 4 5 old enough (1 of 2), 6 7 8 9 10 12 too young.
    assert (e.before.successes, e.before.resolved) == (2, 3)
    assert (e.after.successes, e.after.resolved, e.after.too_early) == (1, 2, 6)
    assert e.summary() == (
        "Too early to tell: 5 more resolved at this stage would settle it. 6 sent since were "
        "too recent to count: 2 of them have replied so far."
    )
    judged = effect(plan, tracks_of(SEARCH), [], TODAY, DAYS, min_sample=1)
    # Fisher on [[2, 1], [1, 1]]: C(3,x) C(2,3-x) / C(5,3) = 3/10, 6/10, 1/10 for x = 1, 2, 3;
    # no likelier than x = 2 (6/10): all three, p = 1.
    assert judged.p_value == pytest.approx(1.0)
    assert judged.summary().startswith("Before: 67% of 3; since: 50% of 2. p = 1.000")


def test_an_early_step_is_never_named_as_the_leak() -> None:
    tally = Tally()
    timed_out, pending, rejected = (
        ENDS.index(e) for e in (End.TIMED_OUT, End.PENDING, End.REJECTED)
    )
    accepted = ENDS.index(End.ACCEPTED)
    tally.counts[S.APPLIED.rank][timed_out] = 60  # 40 of 100 replied: 40%, above 20%
    tally.counts[S.RESPONDED.rank][rejected] = 6  # response → screen 34 of 40 (85%)
    tally.counts[S.SCREEN.rank][rejected] = 4  # screen → technical: 2 of 6 resolved (33%)...
    tally.counts[S.SCREEN.rank][pending] = 28  # ...with 28 still open at the screen: early
    tally.counts[S.OFFER.rank][accepted] = 2
    f = funnel_of(tally, min_sample=5)
    step = f.steps[2].rate
    assert (step.successes, step.resolved, step.pending, step.early) == (2, 6, 28, True)
    report = leaking_stage(f, {S.APPLIED: 0.2, S.RESPONDED: 0.5, S.SCREEN: 0.5})
    # 33% is under the 50% reference, but with 28 open against 6 resolved it is no finding.
    assert report.leak is None
    assert report.message == (
        "No step is below its reference rate. Too little data yet to judge: Technical → final "
        "round, Final round → offer. Too early to judge: Screen → technical (more of them still "
        "open than resolved)."
    )


def test_an_improvement_on_a_later_step_says_when_the_side_since_is_early() -> None:
    plan = ImprovementDetails("Open with the team's problem", "Story", S.RESPONDED, d("10-21"))
    e = effect(plan, tracks_of(SEARCH), [], TODAY, DAYS, min_sample=1)
    # Replied before 21 Oct: 1 and 3, both reached a screen: 2 of 2. Since: 4 and 7 are open
    # at responded, 8 was rejected there (its reply on 3 Nov): 0 of 1, with 2 still open.
    assert (e.before.successes, e.before.resolved) == (2, 2)
    assert (e.after.successes, e.after.resolved, e.after.pending) == (0, 1, 2)
    assert e.after.early and e.after.too_early == 0  # no time-out after a reply
    # Fisher on [[2, 0], [0, 1]]: C(2,x) C(1,2-x) / C(3,2) = 2/3, 1/3 for x = 1, 2: p = 1/3.
    assert e.p_value == pytest.approx(1 / 3)
    assert e.summary() == (
        "Before: 100% of 2; since: 0% of 1. p = 0.333: no evidence of a difference yet. Early: "
        "2 since the start are still open against 1 resolved."
    )


def test_no_leak_is_named_while_every_step_with_enough_data_is_early() -> None:
    tally = Tally()
    pending = ENDS.index(End.PENDING)
    # Everything was sent in the last weeks: 3 still waiting for a reply, 20 open after one,
    # 9 open at a screen.
    for stage, count in ((S.APPLIED, 3), (S.RESPONDED, 20), (S.SCREEN, 9)):
        tally.counts[stage.rank][pending] = tally.young[stage.rank][pending] = count
    f = funnel_of(tally, min_sample=5)
    # Response → screen: 9 of 9 moved on, but 20 are still open: early.
    assert [s.rate.early for s in f.steps] == [False, True, True, False, False]
    assert [s.rate.enough for s in f.steps] == [False, True, False, False, False]
    report = leaking_stage(f, {S.APPLIED: 0.2, S.RESPONDED: 0.99})
    assert report.leak is None
    assert report.message == (
        "Too early to name a leaking stage: the steps with enough data still have more "
        "applications open than resolved, so their rates may yet change a lot. Too little data "
        "yet to judge: Screen → technical, Technical → final round, Final round → offer. Too "
        "early to judge: Response → screen (more of them still open than resolved). Too recent "
        "to judge: Application → response (none of them is old enough yet)."
    )
    assert moved_on_words(S.TECHNICAL) == "reached the technical round"
    assert moved_on_words(S.SCREEN) == "reached the screen"
