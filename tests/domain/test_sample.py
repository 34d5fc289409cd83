"""The sample search looks like a real one and keeps every rule a real one must keep."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from datetime import date, timedelta

import pytest

from jobdesk.domain.application import (
    Application,
    EventKind,
    StageEvent,
    clean_details,
    current_outcome,
    furthest_stage,
    plan_advance,
    plan_outcome,
)
from jobdesk.domain.enums import Channel, Outcome, ReasonGroup, Stage
from jobdesk.domain.sample import SampleApplication, sample_search

TODAY = date(2026, 3, 16)

# The story must hold for any seed and any day, not just the one the demo ships with.
CASES = [(TODAY, 2026), (TODAY, 1), (date(2025, 1, 1), 99), (date(2024, 2, 29), 7)]


@pytest.fixture(params=CASES, ids=lambda c: f"{c[0]}-seed{c[1]}")
def case(request: pytest.FixtureRequest) -> tuple[date, list[SampleApplication]]:
    today, seed = request.param
    return today, sample_search(today, seed)


def _rejections(search: list[SampleApplication]) -> list[StageEvent]:
    return [e for s in search for e in s.events if e.outcome is Outcome.REJECTED]


def _age(s: SampleApplication, today: date) -> int:
    return (today - s.details.applied_on).days


def test_about_eighty_applications(case: tuple[date, list[SampleApplication]]) -> None:
    _, search = case
    assert 78 <= len(search) <= 84


def test_same_arguments_give_the_same_search() -> None:
    assert sample_search(TODAY) == sample_search(TODAY)
    assert sample_search(TODAY, 2026) == sample_search(TODAY)


def test_another_seed_gives_another_search() -> None:
    assert sample_search(TODAY, 1) != sample_search(TODAY, 2)


def test_all_dates_fall_in_the_twelve_weeks_up_to_today(
    case: tuple[date, list[SampleApplication]],
) -> None:
    today, search = case
    for s in search:
        assert today - timedelta(days=84) <= s.details.applied_on <= today
        for event in s.events:
            assert s.details.applied_on <= event.on <= today


def test_applications_spread_over_the_whole_window(
    case: tuple[date, list[SampleApplication]],
) -> None:
    today, search = case
    weeks = Counter(_age(s, today) // 7 for s in search)
    assert set(weeks) == set(range(12))


def test_every_stage_short_of_an_offer_has_a_rejection_with_a_reason(
    case: tuple[date, list[SampleApplication]],
) -> None:
    _, search = case
    rejections = _rejections(search)
    assert all(e.reason is not None for e in rejections)
    stages = {e.stage for e in rejections}
    assert stages >= {Stage.APPLIED, Stage.RESPONDED, Stage.SCREEN, Stage.TECHNICAL, Stage.FINAL}
    assert any(e.note for e in rejections)


def test_every_reason_group_appears(case: tuple[date, list[SampleApplication]]) -> None:
    _, search = case
    groups = {e.reason.group for e in _rejections(search) if e.reason is not None}
    assert groups == {ReasonGroup.OUTSIDE_CONTROL, ReasonGroup.TO_WORK_ON, ReasonGroup.NOT_TOLD}


def test_exactly_two_open_offers(case: tuple[date, list[SampleApplication]]) -> None:
    _, search = case
    offers = [s for s in search if furthest_stage(s.events) is Stage.OFFER]
    assert len(offers) == 2
    assert all(current_outcome(s.events) is Outcome.ACTIVE for s in offers)
    assert all(s.details.next_step and s.details.next_step_on for s in offers)


def test_ends_are_mixed(case: tuple[date, list[SampleApplication]]) -> None:
    _, search = case
    outcomes = Counter(current_outcome(s.events) for s in search)
    assert outcomes[Outcome.GHOSTED] >= 6
    assert outcomes[Outcome.WITHDRAWN] == 2
    assert outcomes[Outcome.ACCEPTED] == outcomes[Outcome.DECLINED] == 0


def test_work_is_pending_at_every_middle_stage(
    case: tuple[date, list[SampleApplication]],
) -> None:
    _, search = case
    pending = Counter(
        furthest_stage(s.events) for s in search if current_outcome(s.events) is Outcome.ACTIVE
    )
    for stage in (Stage.RESPONDED, Stage.SCREEN, Stage.TECHNICAL, Stage.FINAL):
        assert pending[stage] >= 2, stage


def test_old_silent_applications_are_left_for_the_timeout(
    case: tuple[date, list[SampleApplication]],
) -> None:
    today, search = case
    unmarked = [s for s in search if _age(s, today) > 30 and not s.events]
    assert len(unmarked) >= 5


def test_recent_applications_are_mostly_still_waiting(
    case: tuple[date, list[SampleApplication]],
) -> None:
    today, search = case
    recent = [s for s in search if _age(s, today) <= 10]
    waiting = [s for s in recent if not s.events]
    assert len(recent) >= 5
    assert len(waiting) > len(recent) / 2


def test_every_channel_is_used_mostly_direct_and_job_boards(
    case: tuple[date, list[SampleApplication]],
) -> None:
    _, search = case
    channels = Counter(s.details.channel for s in search)
    assert set(channels) == set(Channel)
    cold = channels[Channel.DIRECT] + channels[Channel.JOB_BOARD]
    assert cold > len(search) / 2
    assert channels[Channel.REFERRAL] < channels[Channel.DIRECT]
    assert channels[Channel.RECRUITER] < channels[Channel.JOB_BOARD]


def _response_rate(search: list[SampleApplication], channel: Channel) -> float:
    apps = [s for s in search if s.details.channel is channel]
    return sum(furthest_stage(s.events) >= Stage.RESPONDED for s in apps) / len(apps)


def test_referrals_get_answers_far_more_often_than_cold_applications(
    case: tuple[date, list[SampleApplication]],
) -> None:
    _, search = case
    referral = _response_rate(search, Channel.REFERRAL)
    assert 0.45 <= referral <= 0.6
    for cold in (Channel.DIRECT, Channel.JOB_BOARD):
        assert 0.1 <= _response_rate(search, cold) <= 0.2
        assert referral - _response_rate(search, cold) >= 0.3


def _conversion(search: list[SampleApplication], stage: Stage) -> float:
    """reached(k+1) / (reached(k+1) + ended at k), as the funnel counts it."""
    after = stage.next()
    assert after is not None
    reached = sum(furthest_stage(s.events) >= after for s in search)
    ended = sum(
        furthest_stage(s.events) is stage
        and current_outcome(s.events) in (Outcome.REJECTED, Outcome.GHOSTED)
        for s in search
    )
    return reached / (reached + ended)


def test_the_technical_round_is_where_the_funnel_leaks(
    case: tuple[date, list[SampleApplication]],
) -> None:
    _, search = case
    leak = _conversion(search, Stage.TECHNICAL)
    for stage in (Stage.RESPONDED, Stage.SCREEN, Stage.FINAL):
        assert _conversion(search, stage) > leak + 0.1, stage


def test_every_history_replays_through_the_domain_rules(
    case: tuple[date, list[SampleApplication]],
) -> None:
    today, search = case
    for i, s in enumerate(search):
        app = Application(id=i, details=s.details)
        for event in s.events:
            if event.kind is EventKind.STAGE:
                assert event.stage is not None
                planned = plan_advance(app, event.stage, event.on, today)
            else:
                assert event.outcome is not None
                planned = plan_outcome(
                    app,
                    event.outcome,
                    event.on,
                    today,
                    stage=event.stage,
                    reason=event.reason,
                    note=event.note,
                )
            assert replace(planned, backfilled=False) == event
            app = replace(app, events=(*app.events, event))


def test_no_event_is_backfilled(case: tuple[date, list[SampleApplication]]) -> None:
    _, search = case
    assert not any(e.backfilled for s in search for e in s.events)


def test_details_are_already_clean(case: tuple[date, list[SampleApplication]]) -> None:
    today, search = case
    for s in search:
        assert clean_details(s.details, today) == s.details


def test_companies_look_like_a_real_search(case: tuple[date, list[SampleApplication]]) -> None:
    _, search = case
    per_company = Counter(s.details.company for s in search)
    assert 55 <= len(per_company) <= 70
    assert max(per_company.values()) == 2
    for company in (c for c, n in per_company.items() if n == 2):
        titles = {s.details.role_title for s in search if s.details.company == company}
        assert len(titles) == 2, company
    assert any(len(c) > 40 for c in per_company)
    assert len({s.details.industry for s in search}) >= 8
    assert len({s.details.size_band for s in search}) >= 4


def test_applications_that_got_an_answer_name_someone_to_write_to(
    case: tuple[date, list[SampleApplication]],
) -> None:
    _, search = case
    for s in search:
        if furthest_stage(s.events) >= Stage.RESPONDED:
            assert s.details.contacts
            assert all(c.email.endswith(".example") for c in s.details.contacts)


def test_only_open_applications_have_next_steps(
    case: tuple[date, list[SampleApplication]],
) -> None:
    _, search = case
    with_step = [s for s in search if s.details.next_step]
    assert len(with_step) >= 10
    for s in with_step:
        assert current_outcome(s.events) is Outcome.ACTIVE
        assert s.details.next_step_on is not None
