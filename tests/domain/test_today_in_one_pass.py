"""Today's quick passes over every application give what the rules give one by one."""

from __future__ import annotations

from datetime import date, timedelta
from operator import attrgetter

from hypothesis import given
from hypothesis import strategies as st

from jobdesk.domain.application import ApplicationSummary
from jobdesk.domain.enums import Channel, Outcome, Stage
from jobdesk.domain.feedback import (
    KeptFollowUps,
    MessageSent,
    Via,
    follow_ups,
    follow_ups_after,
    last_follow_ups,
)
from jobdesk.domain.silence import Silence, is_silent
from jobdesk.domain.templates import Purpose
from jobdesk.domain.today import (
    SILENT_LISTED,
    MadeItems,
    OpenApplications,
    follow_up_items,
    health,
    health_of_moving,
    next_step_items,
    pacing,
    recent,
    silent_items,
    silent_items_for,
    silent_items_of,
    week_summary,
)

TODAY = date(2026, 11, 20)
START = TODAY - timedelta(days=120)


def summary_lists(most_id: int) -> st.SearchStrategy[list[ApplicationSummary]]:
    return st.lists(
        st.builds(
            ApplicationSummary,
            id=st.integers(1, most_id),
            company=st.sampled_from(["Acme", "Globex", "Initech"]),
            role_title=st.just("Engineer"),
            furthest_stage=st.sampled_from(Stage),
            outcome=st.sampled_from(Outcome),
            channel=st.just(Channel.DIRECT),
            resume_variant=st.just(""),
            applied_on=st.dates(START, TODAY),
            last_activity=st.dates(START, TODAY),
            next_step=st.just(""),
            next_step_on=st.none() | st.dates(START, TODAY + timedelta(days=10)),
            notes=st.just(""),
            was_rejected=st.booleans(),
        ),
        max_size=80,
        unique_by=lambda a: a.id,
    )


summaries = summary_lists(10_000)
# Few ids, so that changes and removals hit applications already there.
few = summary_lists(30)


def test_the_silent_cut_off_is_the_no_response_rule_on_every_day() -> None:
    """`Silence.covers` compares with a cut-off worked out once; `is_silent` counts days."""
    for days in (1, 10, 30, 365):
        silence = Silence(TODAY, days)
        for back in range(0, 400):
            applied = TODAY - timedelta(days=back)
            for stage in Stage:
                for outcome in Outcome:
                    app = ApplicationSummary(
                        1, "Acme", "Engineer", stage, outcome, Channel.DIRECT, "", applied,
                        applied, "", None, "", False,
                    )  # fmt: skip
                    assert silence.covers(app) == is_silent(stage, outcome, applied, TODAY, days)


@given(summaries, st.integers(1, 60))
def test_the_one_pass_split_is_covers_one_by_one(apps: list[ApplicationSummary], days: int) -> None:
    silence = Silence(TODAY, days)
    silent, moving = silence.split_open(apps)
    assert silent == [a for a in apps if silence.covers(a)]
    assert moving == [a for a in apps if a.outcome is Outcome.ACTIVE and not silence.covers(a)]


@given(summaries, st.integers(1, 60))
def test_the_agenda_from_the_split_is_the_agenda_from_every_application(
    apps: list[ApplicationSummary], days: int
) -> None:
    silence = Silence(TODAY, days)
    silent, moving = silence.split_open(apps)
    for limit in (None, 3, SILENT_LISTED):
        items, total = silent_items_of(silent, silence, limit)
        assert items == silent_items(apps, silence, limit)
        assert total == sum(1 for a in apps if silence.covers(a))
    assert next_step_items(moving, silence) == next_step_items(apps, silence)
    assert health(moving, silence, 3) == health(apps, silence, 3)
    assert health_of_moving(moving, 3) == health(apps, silence, 3)


@given(summaries, st.integers(0, 12))
def test_pacing_and_the_week_need_only_the_recent_applications(
    apps: list[ApplicationSummary], many: int
) -> None:
    listed = recent(apps, TODAY)
    assert pacing(listed, TODAY, many) == pacing(apps, TODAY, many)
    assert week_summary(listed, [], TODAY) == week_summary(apps, [], TODAY)


@given(summaries, st.lists(st.tuples(st.integers(1, 10_000), st.dates(START, TODAY))))
def test_follow_ups_from_the_latest_day_are_follow_ups_from_every_message(
    apps: list[ApplicationSummary], sent_on: list[tuple[int, date]]
) -> None:
    sent = [MessageSent(app_id, Purpose.FOLLOW_UP, on, Via.CLIPBOARD) for app_id, on in sent_on]
    silence = Silence(TODAY, 30)
    expected = follow_ups(apps, sent, TODAY, after_days=10, no_response_days=30)
    moving = silence.split_open(apps)[1]
    assert follow_ups_after(moving, last_follow_ups(sent), TODAY, 10) == expected


@given(few, few, st.lists(st.integers(1, 30)))
def test_the_kept_split_equals_a_fresh_split_after_changes(
    before: list[ApplicationSummary], changed: list[ApplicationSummary], removed: list[int]
) -> None:
    """Changed applications (new ones among them) and removed ones taken in one by one
    leave the kept lists holding what a split of the applications as they are now gives."""
    silence = Silence(TODAY, 30)
    kept = OpenApplications(before, silence)
    now = {a.id: a for a in before}
    for app in changed:
        kept.apply([app])
        now[app.id] = app
    kept.apply([], removed)
    for app_id in removed:
        now.pop(app_id, None)
    silent, moving = silence.split_open(list(now.values()))
    ids = lambda apps: sorted(a.id for a in apps)  # noqa: E731
    assert ids(kept.silent()) == ids(silent)
    assert ids(kept.moving()) == ids(moving)
    assert ids(kept.recent()) == ids(recent(list(now.values()), TODAY))
    assert sorted(kept.silent()) == sorted(silent)  # the applications as they are now


@given(few, st.lists(st.tuples(few, st.lists(st.integers(1, 30)))), st.integers(1, 8))
def test_the_kept_longest_waiting_are_those_a_fresh_split_picks_after_each_change(
    before: list[ApplicationSummary],
    changes: list[tuple[list[ApplicationSummary], list[int]]],
    limit: int,
) -> None:
    """The silent applications that waited longest, kept in order while changes come in
    (asked for before the first change and after each), are the ones `silent_items_of`
    picks from the applications as they are now, in the order of their wait."""
    silence = Silence(TODAY, 30)
    kept = OpenApplications(before, silence)
    now = {a.id: a for a in before}

    def fresh() -> list[ApplicationSummary]:
        silent = silence.split_open(list(now.values()))[0]
        return sorted(silent, key=lambda a: (a.applied_on, a.id))[:limit]

    assert kept.longest_waiting(limit) == fresh()
    for changed, gone in changes:
        removed = [i for i in gone if i not in {a.id for a in changed}]  # as an Update has it
        kept.apply(changed, removed)
        for app in changed:
            now[app.id] = app
        for app_id in removed:
            now.pop(app_id, None)
        assert kept.longest_waiting(limit) == fresh()
        items, total = silent_items_of(kept.silent(), silence, limit)
        assert kept.silent_count() == total == len(silence.split_open(list(now.values()))[0])
        assert sorted(items, key=lambda i: i.application_id) == sorted(
            silent_items_for(kept.longest_waiting(limit), silence),
            key=lambda i: i.application_id,
        )


@given(
    few,
    few,
    st.lists(st.integers(1, 30)),
    st.lists(st.tuples(st.integers(1, 30), st.dates(START, TODAY))),
)
def test_the_kept_follow_ups_equal_fresh_follow_ups_after_changes(
    before: list[ApplicationSummary],
    changed: list[ApplicationSummary],
    removed: list[int],
    sent_on: list[tuple[int, date]],
) -> None:
    """Today's kept follow-ups, given the changed applications one by one as its kept split
    sorts them (still moving, or gone), list what working them out again lists."""
    silence = Silence(TODAY, 30)
    last = last_follow_ups(
        [MessageSent(app_id, Purpose.FOLLOW_UP, on, Via.CLIPBOARD) for app_id, on in sent_on]
    )
    split = OpenApplications(before, silence)
    kept = KeptFollowUps(split.moving(), last, TODAY, 10)
    # The items made at each visit, some taken again from the visit before (`MadeItems`).
    made_follow_ups, made_steps = MadeItems(), MadeItems()
    now = {a.id: a for a in before}

    def visit() -> None:
        """The items made again where unchanged are the items made afresh."""
        moving = silence.split_open(list(now.values()))[1]
        fresh = follow_ups_after(moving, last, TODAY, 10)
        assert follow_up_items(kept.due(), made_follow_ups) == follow_up_items(fresh)
        steps = next_step_items(split.moving(), silence, made_steps)
        assert sorted(steps, key=attrgetter("application_id")) == sorted(
            next_step_items(moving, silence), key=attrgetter("application_id")
        )

    visit()
    for app in changed:
        split.apply([app])
        moving = split.is_moving(app.id)
        kept.apply([app] if moving else [], [] if moving else [app.id])
        now[app.id] = app
        visit()
    split.apply([], removed)
    kept.apply([], removed)
    for app_id in removed:
        now.pop(app_id, None)
    fresh = follow_ups_after(silence.split_open(list(now.values()))[1], last, TODAY, 10)
    assert kept.due() == fresh
    visit()


def test_an_item_made_again_on_a_new_day_counts_the_days_from_it() -> None:
    """The same application on the next day: its late step is a day later, not taken again."""
    app = ApplicationSummary(
        1, "Acme", "Engineer", Stage.SCREEN, Outcome.ACTIVE, Channel.DIRECT, "",
        TODAY - timedelta(days=20), TODAY - timedelta(days=5), "Call back",
        TODAY - timedelta(days=1), "", False,
    )  # fmt: skip
    made = MadeItems()
    texts = [
        [i.text for i in next_step_items([app], Silence(day, 30), made)]
        for day in (TODAY, TODAY, TODAY + timedelta(days=1))
    ]
    assert texts == [
        ["Call back was planned for 19 Nov 2026 (yesterday): record what happened, or give it "
         "a new date."],
    ] * 2 + [
        ["Call back was planned for 19 Nov 2026 (2 days ago): record what happened, or give it "
         "a new date."],
    ]  # fmt: skip


def test_a_follow_up_changed_since_the_last_visit_is_written_anew() -> None:
    """The application got news (a new last activity): its follow-up counts from then."""
    app = ApplicationSummary(
        1, "Acme", "Engineer", Stage.SCREEN, Outcome.ACTIVE, Channel.DIRECT, "",
        TODAY - timedelta(days=40), TODAY - timedelta(days=20), "", None, "", False,
    )  # fmt: skip
    kept = KeptFollowUps([app], {}, TODAY, 10)
    made = MadeItems()
    first = follow_up_items(kept.due(), made)
    kept.apply([app._replace(last_activity=TODAY - timedelta(days=12))])
    assert [i.text for i in first + follow_up_items(kept.due(), made)] == [
        "No news for 20 days: a short, polite follow-up is due.",
        "No news for 12 days: a short, polite follow-up is due.",
    ]
