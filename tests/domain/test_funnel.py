"""The funnel, the leaking stage, experiments, the flow chart and timings, worked out by hand.

The fixed search below has 14 applications, one for each case the counting rules
must get right. Today is 20 Nov 2026 and the no-response period is 30 days, so
anything applied for on or before 21 Oct 2026 without a reply has timed out.
"""

from __future__ import annotations

from datetime import date

import pytest

from jobdesk.domain.activity import rejections, time_in_stage, weekly_activity
from jobdesk.domain.application import (
    Application,
    ApplicationDetails,
    EventKind,
    StageEvent,
    summary_of,
)
from jobdesk.domain.enums import Channel, Outcome, ReasonGroup, RejectionReason, Stage
from jobdesk.domain.errors import UserError
from jobdesk.domain.experiments import METRICS, Dimension, Metric, breakdown, compare
from jobdesk.domain.flow import end_node_label, flow, sankeymatic, short_label
from jobdesk.domain.funnel import (
    ENDS,
    DateRange,
    End,
    Silence,
    Tally,
    code_of,
    end_codes,
    end_of,
    funnel,
    funnel_of,
    is_mature,
    leaking_stage,
    track,
    tracks_of,
)
from jobdesk.domain.sample import sample_search
from jobdesk.domain.stats import wilson_interval

TODAY = date(2026, 11, 20)
DAYS = 30
S = Stage
OC = Outcome


def d(text: str) -> date:
    return date.fromisoformat(f"2026-{text}")


def st(stage: Stage, on: str, backfilled: bool = False) -> StageEvent:
    return StageEvent(EventKind.STAGE, d(on), stage=stage, backfilled=backfilled)


def out(outcome: Outcome, on: str, at: Stage, reason: RejectionReason | None = None) -> StageEvent:
    return StageEvent(EventKind.OUTCOME, d(on), stage=at, outcome=outcome, reason=reason)


def app(
    app_id: int, applied: str, *events: StageEvent, channel: Channel = Channel.DIRECT
) -> Application:
    details = ApplicationDetails(f"Company {app_id}", "Engineer", d(applied), channel=channel)
    return Application(app_id, details, events)


R = RejectionReason
SEARCH = [
    # A: rejected after a final round: still counts as reaching the final round.
    app(1, "09-01", st(S.RESPONDED, "09-05"), st(S.SCREEN, "09-10"), st(S.TECHNICAL, "09-20"),
        st(S.FINAL, "10-01"), out(OC.REJECTED, "10-05", S.FINAL, R.BEHAVIOURAL)),
    # B: rejected straight after applying: a response, ended at responded.
    app(2, "09-01", out(OC.REJECTED, "09-08", S.APPLIED, R.NO_REASON)),
    # C: marked ghosted at applied.
    app(3, "10-01", out(OC.GHOSTED, "11-01", S.APPLIED)),
    # D: 41 days without a reply, not marked: timed out.
    app(4, "10-10"),
    # E: exactly 30 days: timed out (today - applied >= 30).
    app(5, "10-21"),
    # F: 29 days: still pending.
    app(6, "10-22"),
    # G: withdrawn at the screen: reached it, then leaves the screen's denominator.
    app(7, "09-15", st(S.RESPONDED, "09-18"), st(S.SCREEN, "09-25"),
        out(OC.WITHDRAWN, "10-01", S.SCREEN)),
    # H: withdrawn before a reply, long ago: withdrawing wins over the timeout.
    app(8, "09-01", out(OC.WITHDRAWN, "09-20", S.APPLIED)),
    # I: pending at technical.
    app(9, "10-01", st(S.RESPONDED, "10-03"), st(S.SCREEN, "10-08"), st(S.TECHNICAL, "10-15")),
    # J: pending at responded.
    app(10, "11-10", st(S.RESPONDED, "11-12")),
    # K: an offer, accepted.
    app(11, "09-01", st(S.RESPONDED, "09-03"), st(S.SCREEN, "09-06"), st(S.TECHNICAL, "09-12"),
        st(S.FINAL, "09-20"), st(S.OFFER, "09-28"), out(OC.ACCEPTED, "10-02", S.OFFER)),
    # L: rejected at applied, reopened, then a screen: counts by its latest state.
    app(12, "09-05", out(OC.REJECTED, "09-10", S.APPLIED, R.NO_REASON),
        out(OC.ACTIVE, "09-20", S.RESPONDED), st(S.SCREEN, "09-25")),
    # M: ghosted, reopened, still no reply after 80 days: timed out again.
    app(13, "09-01", out(OC.GHOSTED, "10-01", S.APPLIED), out(OC.ACTIVE, "10-05", S.APPLIED)),
    # N: dates entered after the fact count for rates, not for timings.
    app(14, "10-01", st(S.RESPONDED, "10-04", backfilled=True), st(S.SCREEN, "10-09"),
        out(OC.REJECTED, "10-12", S.SCREEN, R.COMMUNICATION)),
]  # fmt: skip


def test_each_application_counts_as_worked_out_by_hand() -> None:
    expected = {
        1: (S.FINAL, End.REJECTED),
        2: (S.RESPONDED, End.REJECTED),
        3: (S.APPLIED, End.GHOSTED),
        4: (S.APPLIED, End.TIMED_OUT),
        5: (S.APPLIED, End.TIMED_OUT),
        6: (S.APPLIED, End.PENDING),
        7: (S.SCREEN, End.WITHDRAWN),
        8: (S.APPLIED, End.WITHDRAWN),
        9: (S.TECHNICAL, End.PENDING),
        10: (S.RESPONDED, End.PENDING),
        11: (S.OFFER, End.ACCEPTED),
        12: (S.SCREEN, End.PENDING),
        13: (S.APPLIED, End.TIMED_OUT),
        14: (S.SCREEN, End.REJECTED),
    }
    got = {a.id: (track(a).furthest, end_of(track(a), TODAY, DAYS)) for a in SEARCH}
    assert got == expected


def test_fast_counting_agrees_with_the_rules_one_by_one() -> None:
    tracks = tracks_of(SEARCH)
    codes = end_codes(tracks, TODAY, DAYS)
    assert [code_of(c) for c in codes] == [
        (t.furthest, end_of(t, TODAY, DAYS), not is_mature(t.applied_on, TODAY, DAYS))
        for t in tracks
    ]
    # F (sent 22 Oct, 29 days ago) and J (10 Nov) are too young to judge.
    assert [t.id for t, c in zip(tracks, codes, strict=True) if code_of(c)[2]] == [6, 10]


def test_the_funnel_worked_out_by_hand() -> None:
    f = funnel(SEARCH, TODAY, DAYS, min_sample=5)
    assert f.total == 14
    assert [f.reached(s) for s in Stage] == [14, 8, 6, 3, 2, 1]
    # (moved on, resolved, pending, withdrawn) per step.
    assert [
        (s.rate.successes, s.rate.resolved, s.rate.pending, s.rate.withdrawn) for s in f.steps
    ] == [
        # Old enough only: J's reply and F's wait are too early (sent under 30 days ago).
        (7, 11, 0, 1),  # C ghosted, D E M timed out; H withdrawn
        (6, 7, 1, 0),  # B (rejected at applied) ended here; J pending
        (3, 4, 1, 1),  # N rejected; L pending; G withdrawn
        (2, 2, 1, 0),  # I pending
        (1, 2, 0, 0),  # A rejected after the final round
    ]
    first = f.steps[0].rate
    assert first.value == pytest.approx(7 / 11)
    assert (first.low, first.high) == wilson_interval(7, 11)
    assert (first.too_early, first.too_early_moved_on) == (2, 1)
    assert f.steps[0].too_early_text() == "too early: 1 of 2 have replied so far"
    assert [s.rate.early for s in f.steps] == [False] * 5
    assert [s.rate.enough for s in f.steps] == [True, True, False, False, False]
    assert [s.rate.needed for s in f.steps] == [0, 0, 1, 3, 3]
    assert f.steps[2].rate.describe() == (
        "not enough data yet (1 more resolved application needed)"
    )
    assert f.steps[0].rate.describe() == "64% (7 of 11)"
    assert [s.label for s in f.steps] == [
        "Application → response",
        "Response → screen",
        "Screen → technical",
        "Technical → final round",
        "Final round → offer",
    ]


def test_a_longer_no_response_period_makes_more_of_them_too_early() -> None:
    f = funnel(SEARCH, TODAY, 60, min_sample=5)
    rate = f.steps[0].rate
    # Old enough at 60 days: sent by 21 Sep, A B G H K L M. Replied: A B G K L; M timed out
    # (80 days); H withdrawn. The other seven are too early, and I, J and N have replied.
    assert (rate.successes, rate.resolved, rate.pending, rate.withdrawn) == (5, 6, 0, 1)
    assert (rate.too_early, rate.too_early_moved_on) == (7, 3)


def test_date_ranges_select_by_the_day_applied() -> None:
    last_30 = DateRange.last_days(TODAY, 30)
    assert last_30.start == d("10-22")
    tracks = last_30.select(tracks_of(SEARCH))
    assert sorted(t.id for t in tracks) == [6, 10]
    custom = DateRange.between(d("09-01"), d("09-05"))
    assert sorted(t.id for t in custom.select(tracks_of(SEARCH))) == [1, 2, 8, 11, 12, 13]
    assert DateRange.between(None, None).is_everything
    assert DateRange.between(d("10-01"), None).label == "Since 1 Oct 2026"
    with pytest.raises(UserError, match="Swap the two dates"):
        DateRange.between(d("10-02"), d("10-01"))
    with pytest.raises(UserError):
        DateRange.last_days(TODAY, 0)


# --- the leaking stage --------------------------------------------------------------------

REFERENCES = {S.APPLIED: 0.2, S.RESPONDED: 0.9, S.SCREEN: 0.5, S.TECHNICAL: 0.6, S.FINAL: 0.33}


def test_the_leaking_stage_is_the_one_furthest_below_its_reference() -> None:
    f = funnel(SEARCH, TODAY, DAYS, min_sample=5)
    report = leaking_stage(f, REFERENCES)
    # Only the first two steps have 5 resolved; 8/12 beats 20%, 6/7 (86%) is under 90%.
    assert report.leak is not None
    assert report.leak.step.start is S.RESPONDED
    assert not report.leak.confident  # the interval (49-97%) reaches 90%
    assert report.message.startswith(
        "Response → screen is where your search leaks most: 86% moved on (6 of 7) against a "
        "reference of 90%."
    )
    assert "before any interview" in report.message  # the upstream reading
    assert "Too little data yet to judge: Screen → technical" in report.message


def test_shortfall_is_measured_against_the_reference_not_in_points() -> None:
    tally = Tally()
    applied, responded, screen = (s.rank for s in (S.APPLIED, S.RESPONDED, S.SCREEN))
    rejected = ENDS.index(End.REJECTED)
    timed_out = ENDS.index(End.TIMED_OUT)
    # Application → response: 40 of 400 (10%, reference 20%: half of it).
    tally.counts[applied][timed_out] = 360
    # Response → screen: 16 of 40 (40%, reference 60%: two thirds of it, a bigger gap in points).
    tally.counts[responded][rejected] = 24
    # Screen → technical and on: everyone who got a screen went all the way.
    tally.counts[S.OFFER.rank][ENDS.index(End.ACCEPTED)] = 16
    del screen
    f = funnel_of(tally, min_sample=5)
    report = leaking_stage(f, {S.APPLIED: 0.2, S.RESPONDED: 0.6})
    assert report.leak is not None and report.leak.step.start is S.APPLIED
    assert report.leak.confident  # 10% (7-13%) is clearly under 20%
    assert "unlikely to be bad luck" in report.message
    assert "CV" in report.leak.reading


def test_the_downstream_reading_for_a_late_leak() -> None:
    f = funnel(SEARCH, TODAY, DAYS, min_sample=2)
    report = leaking_stage(f, {S.FINAL: 0.9})
    assert report.leak is not None and report.leak.step.start is S.FINAL
    assert "interviews themselves" in report.message
    assert "negotiation" in report.message


def test_no_leak_is_named_when_the_data_are_too_few() -> None:
    f = funnel(SEARCH, TODAY, DAYS, min_sample=50)
    report = leaking_stage(f, REFERENCES)
    assert report.leak is None
    assert report.message == (
        "Not enough data yet to name a leaking stage: each step needs at least 50 resolved "
        "applications. The closest, Application → response, needs 39 more."
    )


def test_no_leak_is_named_when_every_judged_step_meets_its_reference() -> None:
    f = funnel(SEARCH, TODAY, DAYS, min_sample=5)
    report = leaking_stage(f, {stage: 0.1 for stage in REFERENCES})
    assert report.leak is None
    assert report.message.startswith("No step is below its reference rate.")


def test_the_sample_search_leaks_at_the_technical_round() -> None:
    sample = [Application(i, s.details, s.events) for i, s in enumerate(sample_search(TODAY))]
    f = funnel(sample, TODAY, DAYS, min_sample=5)
    defaults = {S.APPLIED: 0.2, S.RESPONDED: 0.5, S.SCREEN: 0.5, S.TECHNICAL: 0.6, S.FINAL: 0.33}
    report = leaking_stage(f, defaults)
    assert report.leak is not None and report.leak.step.start is S.TECHNICAL


# --- experiments --------------------------------------------------------------------------


def many(start: int, count: int, channel: Channel, responded: bool) -> list[Application]:
    events = (st(S.RESPONDED, "09-10"),) if responded else ()
    return [app(start + i, "09-01", *events, channel=channel) for i in range(count)]


def test_referrals_against_direct_applications() -> None:
    apps = [
        *many(100, 7, Channel.REFERRAL, True),
        *many(200, 3, Channel.REFERRAL, False),
        *many(300, 3, Channel.DIRECT, True),
        *many(400, 30, Channel.DIRECT, False),
    ]
    split = breakdown(apps, Dimension.CHANNEL, METRICS[0], TODAY, DAYS, min_sample=5)
    assert [(g.key, g.rate.successes, g.rate.resolved) for g in split.groups] == [
        ("direct", 3, 33),
        ("referral", 7, 10),
    ]
    result = compare(split.group("referral"), split.group("direct"), split.metric)
    assert result.p_value is not None and result.p_value < 0.001
    assert result.verdict == (
        "Referrals got a response 70% of the time (7 of 10) against 9% for direct applications "
        "(3 of 33); that difference is unlikely to be chance, p < 0.001."
    )
    assert split.default_pair() == (split.group("referral"), split.group("direct"))


def test_no_evidence_yet_says_roughly_how_many_more_would_tell() -> None:
    apps = [
        *many(100, 3, Channel.REFERRAL, True),
        *many(200, 3, Channel.REFERRAL, False),
        *many(300, 2, Channel.DIRECT, True),
        *many(400, 4, Channel.DIRECT, False),
    ]
    split = breakdown(apps, Dimension.CHANNEL, METRICS[0], TODAY, DAYS, min_sample=5)
    result = compare(split.group("referral"), split.group("direct"), split.metric)
    # 50% against 33%: about 137 each are needed to tell, 6 each are there.
    assert result.more_each == 131
    assert result.verdict.endswith(
        "No evidence of a difference yet (p = 1.00); roughly 140 more resolved applications "
        "each would tell."
    )


def test_too_little_data_to_compare() -> None:
    apps = [*many(100, 2, Channel.REFERRAL, True), *many(300, 9, Channel.DIRECT, False)]
    split = breakdown(apps, Dimension.CHANNEL, METRICS[0], TODAY, DAYS, min_sample=5)
    result = compare(split.group("referral"), split.group("direct"), split.metric)
    assert result.p_value is None
    assert result.verdict == ("Not enough data yet to compare: referrals (3 more resolved needed).")


def test_a_stage_ratio_as_the_metric_and_dimensions_by_name() -> None:
    metric = Metric.parse("screen-technical")
    assert (metric.start, metric.end) == (S.SCREEN, S.TECHNICAL)
    split = breakdown(SEARCH, Dimension.parse("Channel"), metric, TODAY, DAYS, min_sample=1)
    (direct,) = split.groups
    assert (direct.rate.successes, direct.rate.resolved, direct.rate.pending) == (3, 4, 1)
    assert Dimension.parse("role type") is Dimension.ROLE_TYPE
    with pytest.raises(ValueError, match="no dimension called “colour”"):
        Dimension.parse("colour")
    with pytest.raises(ValueError, match="no metric"):
        Metric.parse("happiness")


def test_unrecorded_values_get_a_name() -> None:
    split = breakdown(SEARCH, Dimension.INDUSTRY, METRICS[0], TODAY, DAYS, min_sample=5)
    assert [g.label for g in split.groups] == ["Not recorded"]
    assert split.groups[0].subject == "applications with no industry recorded"


# --- the flow chart -----------------------------------------------------------------------


def assert_conserved(f: object) -> None:
    from jobdesk.domain.flow import Flow

    assert isinstance(f, Flow)
    for node in f.nodes:
        if node.stage is Stage.APPLIED:
            assert f.outflow(node.label) == node.count == f.total
        elif node.stage is not None:
            assert f.inflow(node.label) == node.count == f.outflow(node.label), node.label
        else:
            assert f.inflow(node.label) == node.count and f.outflow(node.label) == 0
    assert sum(n.count for n in f.nodes if n.end is not None) == f.total


def test_the_flow_counts_each_application_once() -> None:
    f = flow(SEARCH, TODAY, DAYS)
    assert_conserved(f)
    ends = {n.label: n.count for n in f.nodes if n.end is not None}
    assert ends == {
        "No response": 4,  # C marked ghosted, D E M timed out
        "Awaiting a reply": 1,
        "Withdrawn before a reply": 1,
        "Rejected after a reply": 1,
        "Open after a reply": 1,
        "Withdrawn after the screen": 1,
        "Rejected after the screen": 1,
        "Open after the screen": 1,
        "Open after the technical round": 1,
        "Rejected after the final round": 1,
        "Offer accepted": 1,
    }
    # On the chart each end is named by the stage it ended at, and sits with it.
    shorts = {n.short: (n.column, n.count) for n in f.nodes if n.end is not None}
    assert shorts == {
        "No response": (1, 4),
        "Awaiting a reply": (1, 1),
        "Withdrawn before a reply": (1, 1),
        "Rejected after a reply": (2, 1),
        "Open after a reply": (2, 1),
        "Withdrawn after screen": (3, 1),
        "Rejected after screen": (3, 1),
        "Open after screen": (3, 1),
        "Open after technical": (4, 1),
        "Rejected after final round": (5, 1),
        "Offer accepted": (6, 1),
    }
    text = sankeymatic(f, "Test search")
    assert text.splitlines()[0] == "// Test search: 14 applications, from jobdesk"
    assert "Applied [8] Responded #5b7fa6" in text
    assert "Final round [1] Offer #5b7fa6" in text
    assert "[0]" not in text  # SankeyMATIC wants amounts above zero


def test_no_response_is_the_flows_no_response_node_application_for_application() -> None:
    # DESIGN.md's one story: C (marked ghosted at applied), D and E (timed out) and M
    # (ghosted, reopened, silent again) have had no response; F (29 days) not yet; a ghosting
    # after a screen (O) is a reply first, then silence: the Flow's "No response after the
    # screen", not "No response".
    ghosted_late = app(15, "09-01", st(S.RESPONDED, "09-05"), st(S.SCREEN, "09-10"),
                       out(OC.GHOSTED, "10-20", S.SCREEN))  # fmt: skip
    search = [*SEARCH, ghosted_late]
    silence = Silence(TODAY, DAYS)
    summaries = [summary_of(a) for a in search]
    assert {a.id for a in summaries if silence.no_response(a)} == {3, 4, 5, 13}
    assert silence.no_response_ids(summaries) == {3, 4, 5, 13}
    assert flow(search, TODAY, DAYS).node("No response").count == 4
    assert flow(search, TODAY, DAYS).node("No response after the screen").count == 1
    labels = {a.id: silence.outcome_label(a) for a in summaries}
    assert [labels[i] for i in (3, 4, 5, 6, 13, 15)] == [
        "No response",
        "No response",
        "No response",
        "Active",
        "No response",
        "Ghosted",
    ]
    # Only the open ones are still waiting to be closed (Today's "No reply" items).
    assert {a.id for a in summaries if silence.covers(a)} == {4, 5, 13}


def test_silence_has_one_name_in_the_flow_at_every_stage() -> None:
    names = {
        (stage, end): (end_node_label(stage, end), short_label(stage, end))
        for stage in Stage
        for end in (End.GHOSTED, End.TIMED_OUT)
    }
    assert names[(S.APPLIED, End.GHOSTED)] == ("No response", "No response")
    assert names[(S.TECHNICAL, End.GHOSTED)] == (
        "No response after the technical round",
        "No response after technical",
    )
    assert all(full.startswith("No response") for full, _ in names.values())
    assert all(short.startswith("No response") for _, short in names.values())


def test_the_sample_search_flow_is_conserved_at_every_node() -> None:
    sample = [Application(i, s.details, s.events) for i, s in enumerate(sample_search(TODAY))]
    assert_conserved(flow(sample, TODAY, DAYS))


# --- timings, activity, rejections --------------------------------------------------------


def test_time_in_stage_counts_the_still_waiting_and_leaves_out_dates_entered_later() -> None:
    times = time_in_stage(SEARCH, TODAY, DAYS)
    # (median days, moved on, still waiting, left out), by Kaplan–Meier, worked by hand:
    assert [(t.median_days, t.moved_on, t.still_waiting, t.left_out) for t in times] == [
        # Replies after 2 2 2 3 4 5 7 days (A B G I J K L; B and L replied by rejecting);
        # still waiting: F 29 (pending), E 30, D 41, C 50 (ghosted), M 80; H withdrew; N is
        # backfilled. S: 2 → 9/12, 3 → 8/12, 4 → 7/12, 5 → 6/12 = a half, 7 → 5/12, so the
        # median is halfway between 5 and 7 (the plain median of the seven replies was 3).
        (6, 7, 5, 1),
        # Screens after 3 5 5 7 15 days (K A I G L); J has waited 8; B was rejected there.
        # S: 3 → 5/6, 5 → 3/6 = a half (the 8 is still at risk at 7), 7 → 2/6: (5 + 7) / 2.
        (6, 5, 1, 1),
        # Technical after 6 7 10 (K I A); L has waited 56 since 25 Sep; N rejected, G withdrew.
        # S: 6 → 3/4, 7 → 2/4 = a half, 10 → 1/4: (7 + 10) / 2.
        (8.5, 3, 1, 0),
        # Final after 8 and 11 (K A); I has waited 36 since 15 Oct. S: 8 → 2/3, 11 → 1/3.
        (11, 2, 1, 0),
        (8, 1, 0, 0),  # K's offer after 8 days; A was rejected at the final round
    ]
    assert times[0].share_waiting == 5 / 12
    assert times[0].median_text() == "6"


def test_time_in_stage_when_fewer_than_half_have_moved_on() -> None:
    # Applied 1 Oct: one reply after 4 days, three still silent (50 days), none marked.
    apps = [app(1, "10-01", st(S.RESPONDED, "10-05")), *(app(i, "10-01") for i in (2, 3, 4))]
    first = time_in_stage(apps, TODAY, DAYS)[0]
    assert (first.moved_on, first.still_waiting, first.median_days) == (1, 3, None)
    assert first.median_text() == "not reached yet"
    assert time_in_stage([], TODAY, DAYS)[0].median_text() == "—"


def test_rejections_by_stage_and_reason() -> None:
    r = rejections(SEARCH)
    # L's rejection was reopened, so only A, B and N stand rejected.
    assert r.total == 3
    # A's rejection straight after applying ended it at responded (DESIGN.md), as in Patterns.
    assert r.by_stage == ((S.RESPONDED, 1), (S.SCREEN, 1), (S.FINAL, 1))
    # "No reason given" is its own group, not told, rather than outside your control.
    assert (r.outside_control, r.to_work_on, r.not_told, r.unrecorded) == (0, 2, 1, 0)
    assert r.summary() == (
        "3 rejections. 1 came without a reason. Most rejections in a job search come without "
        "one; that is no verdict on you, so they are counted apart, in no group. Of the 2 "
        "with a reason, 0 were outside your control and 2 point at something to work on."
    )
    # The one not told is listed apart, after the reasons told.
    assert [reason.group for reason, _ in r.by_reason][-1] is ReasonGroup.NOT_TOLD


def test_weekly_activity() -> None:
    weeks = weekly_activity(SEARCH, TODAY, DAYS, min_sample=5)
    assert weeks[0].start == date(2026, 8, 31)  # the Monday before the first application
    assert weeks[-1].start == date(2026, 11, 16)
    assert sum(w.applications for w in weeks) == 14
    first = weeks[0]  # A B H K M on 1 Sep, L on 5 Sep
    assert first.applications == 6
    # Replies that week: K (3 Sep) and A (5 Sep). Interviews: K's screen (6 Sep).
    assert (first.responses, first.interviews) == (2, 1)
    assert (first.response_rate.successes, first.response_rate.resolved) == (4, 5)
    assert sum(w.responses for w in weeks) == 8
    assert weekly_activity([], TODAY, DAYS, 5) == []


def test_silence_starts_on_the_day_the_period_is_over() -> None:
    from jobdesk.domain.silence import is_silent

    sent = date(2026, 10, 21)  # 30 days before 20 November
    assert is_silent(Stage.APPLIED, Outcome.ACTIVE, sent, date(2026, 11, 20), 30)
    assert not is_silent(Stage.APPLIED, Outcome.ACTIVE, sent, date(2026, 11, 19), 30)
    # An answer, or an outcome the user recorded, is no silence.
    assert not is_silent(Stage.RESPONDED, Outcome.ACTIVE, sent, date(2026, 11, 20), 30)
    assert not is_silent(Stage.APPLIED, Outcome.GHOSTED, sent, date(2026, 11, 20), 30)
    assert not is_silent(Stage.APPLIED, Outcome.WITHDRAWN, sent, date(2026, 11, 20), 30)
