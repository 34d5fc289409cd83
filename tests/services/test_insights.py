"""The Insights service: the lean database read gives the domain's tracks; settings count."""

from __future__ import annotations

import random
import sqlite3
from dataclasses import replace
from datetime import date, timedelta

import pytest
from peewee import SqliteDatabase

from jobdesk.domain.application import Application, ApplicationDetails, plan_advance, plan_outcome
from jobdesk.domain.enums import Channel, Outcome, RejectionReason, SizeBand, Stage
from jobdesk.domain.errors import UserError
from jobdesk.domain.experiments import METRICS, Dimension
from jobdesk.domain.funnel import DateRange, funnel, track
from jobdesk.domain.settings import MIN_SAMPLE, NO_RESPONSE_DAYS, REFERENCE_FINAL
from jobdesk.paths import Paths
from jobdesk.services.bundle import Services
from jobdesk.store import applications as store
from jobdesk.store.insights import load_tracks

TODAY = date(2026, 11, 20)


def random_search(rng: random.Random, count: int) -> list[Application]:
    """Applications whose logs are made by the app's own change rules, taken at random."""
    apps = []
    for i in range(count):
        applied = TODAY - timedelta(days=rng.randint(0, 120))
        details = ApplicationDetails(
            f"Company {i % 37}",
            "Engineer",
            applied,
            channel=rng.choice(list(Channel)),
            resume_variant=rng.choice(["", "A", "B"]),
            industry=rng.choice(["", "fintech", "health"]),
        )
        a = Application(i, details)
        on = applied
        for _ in range(rng.randint(0, 7)):
            on = min(TODAY, on + timedelta(days=rng.randint(0, 6)))
            try:
                if a.outcome.is_closed:
                    event = plan_outcome(a, Outcome.ACTIVE, on, TODAY)
                elif rng.random() < 0.6 and a.furthest_stage is not Stage.OFFER:
                    later = [s for s in Stage if s > a.furthest_stage]
                    event = plan_advance(a, rng.choice(later[:2]), on, TODAY)
                else:
                    outcome = rng.choice(
                        [
                            Outcome.REJECTED,
                            Outcome.GHOSTED,
                            Outcome.WITHDRAWN,
                            Outcome.ACCEPTED,
                            Outcome.DECLINED,
                        ]
                    )
                    stage = Stage.APPLIED if rng.random() < 0.3 else None
                    event = plan_outcome(
                        a, outcome, on, TODAY, stage=stage, reason=rng.choice(list(RejectionReason))
                    )
            except UserError:
                continue
            if rng.random() < 0.5:
                event = replace(event, backfilled=False)
            a = replace(a, events=(*a.events, event))
        apps.append(a)
    return apps


def test_the_lean_read_gives_the_same_tracks_as_whole_applications(
    db: SqliteDatabase, services: Services
) -> None:
    with db.atomic():
        for a in random_search(random.Random(3), 300):
            store.insert(a.details, a.events)
    services.pipeline.load_sample()
    whole = [track(a) for a in store.load_all()]
    assert load_tracks() == whole
    # The random logs cover every way an application can stand.
    assert {t.outcome for t in whole} == set(Outcome)
    assert {t.furthest for t in whole} == set(Stage)


def test_the_view_counts_what_the_domain_counts(services: Services) -> None:
    services.pipeline.load_sample()
    view = services.insights.view()
    apps = services.pipeline.applications()
    expected = funnel(apps, TODAY, 30, 5)
    assert [s.rate for s in view.funnel.steps] == [s.rate for s in expected.steps]
    assert view.applications == len(apps) == view.flow.total
    assert view.leak.leak is not None
    assert view.leak.leak.step.start is Stage.TECHNICAL
    assert view.overall is None


def test_tracks_are_reused_until_the_data_change(services: Services) -> None:
    services.pipeline.load_sample()
    insights = services.insights
    first = insights.tracks()
    assert insights.tracks() is first
    app_id = services.pipeline.applications()[0].id
    services.pipeline.withdraw(app_id, TODAY)
    again = insights.tracks()
    assert again is not first
    assert next(t for t in again if t.id == app_id).outcome is Outcome.WITHDRAWN
    services.pipeline.undo()
    assert next(t for t in insights.tracks() if t.id == app_id).outcome is not Outcome.WITHDRAWN


def test_only_the_changed_tracks_are_read_again(services: Services, db: SqliteDatabase) -> None:
    services.pipeline.load_sample()
    insights = services.insights
    insights.tracks()
    app_id = services.pipeline.summaries()[3].id
    statements: list[str] = []
    db.connection().set_trace_callback(statements.append)
    try:
        services.pipeline.withdraw(app_id, TODAY)
        statements.clear()
        tracks = insights.tracks()
    finally:
        db.connection().set_trace_callback(None)
    reads = [s for s in statements if "application_fact" in s]
    assert len(reads) == 1 and f"a.id IN ({app_id})" in reads[0]
    assert tracks == [track(a) for a in store.load_all()]


def test_the_kept_tracks_follow_few_and_many_changes_in_id_order(
    db: SqliteDatabase, services: Services
) -> None:
    """The kept list of tracks (no dictionary beside it) after a few changes, after many at
    once (taken in one pass) and after a deletion equals a fresh read, each a new list."""
    with db.atomic():
        for a in random_search(random.Random(5), 300):
            store.insert(a.details, a.events)
    insights, pipeline = services.insights, services.pipeline
    before = insights.tracks()
    assert before == load_tracks() and len(before) == 300
    ids = [s.id for s in pipeline.summaries()]
    pipeline.edit(ids[7], replace(pipeline.application(ids[7]).details, resume_variant="C"))
    pipeline.edit(ids[250], replace(pipeline.application(ids[250]).details, resume_variant="C"))
    few = insights.tracks()
    assert few is not before and few == load_tracks()
    assert {t.id for t in few if t.resume_variant == "C"} == {ids[7], ids[250]}
    pipeline.delete(ids[100:180])  # 80 at once: one pass, not 80 binary searches
    many = insights.tracks()
    assert many is not few and many == load_tracks()
    assert len(many) == 220 and ids[100] not in {t.id for t in many}
    pipeline.undo()
    back = insights.tracks()
    assert back == load_tracks() and [t.id for t in back] == ids
    assert insights.tracks() is back


def test_a_company_edit_reaches_the_tracks_of_its_other_applications(
    services: Services,
) -> None:
    pipeline = services.pipeline
    first = pipeline.add(ApplicationDetails("Acme", "Engineer", TODAY)).application_ids[0]
    second = pipeline.add(ApplicationDetails("Acme", "Manager", TODAY)).application_ids[0]
    assert {t.size_band for t in services.insights.tracks()} == {SizeBand.UNKNOWN}
    details = replace(pipeline.application(first).details, size_band=SizeBand.LARGE)
    pipeline.edit(first, details, company_wide=True)  # as answered when asked
    sizes = {t.id: t.size_band for t in services.insights.tracks()}
    assert sizes == {first: SizeBand.LARGE, second: SizeBand.LARGE}


def test_a_write_by_another_program_is_seen(services: Services, paths: Paths) -> None:
    services.pipeline.load_sample()
    before = services.insights.tracks()
    other = sqlite3.connect(paths.database)
    with other:
        other.execute(
            "INSERT INTO stage_event (application_id, kind, occurred_on, stage, outcome, "
            "recorded_at) VALUES (?, 'outcome', ?, 'applied', 'withdrawn', ?)",
            (before[0].id, TODAY.isoformat(), TODAY.isoformat()),
        )
    other.close()
    assert services.insights.tracks()[0].outcome is Outcome.WITHDRAWN


def test_settings_change_the_counting(services: Services) -> None:
    services.pipeline.load_sample()
    insights = services.insights
    assert insights.view().funnel.steps[0].rate.enough
    services.settings.set(MIN_SAMPLE, 100)
    assert not insights.view().funnel.steps[0].rate.enough
    services.settings.set(MIN_SAMPLE, 5)
    before = insights.view().funnel.steps[0].rate
    services.settings.set(NO_RESPONSE_DAYS, 90)
    after = insights.view().funnel.steps[0].rate
    # Of the 82 sample applications, 26 are under 30 days old (8 have replied); at 90 days
    # only one is old enough (and it withdrew), so nothing is left to make a rate of.
    assert (before.successes, before.resolved, before.too_early, before.too_early_moved_on) == (
        14,
        55,
        26,
        8,
    )
    assert (after.successes, after.resolved, after.too_early, after.too_early_moved_on) == (
        0,
        0,
        81,
        22,
    )
    services.settings.set(NO_RESPONSE_DAYS, 30)
    services.settings.set(REFERENCE_FINAL, 40)  # the technical round now meets its reference
    leak = insights.view().leak.leak
    assert leak is None or leak.step.start is not Stage.TECHNICAL


def test_a_range_comes_with_the_figures_for_all_dates(services: Services) -> None:
    services.pipeline.load_sample()
    view = services.insights.view(DateRange.last_days(TODAY, 30))
    assert view.overall is not None
    assert view.applications < view.overall.applications == 82
    experiment = services.insights.experiment(
        Dimension.CHANNEL, METRICS[0], DateRange.last_days(TODAY, 30)
    )
    assert experiment.overall is not None
    assert sum(g.applications for g in experiment.breakdown.groups) == view.applications
    assert sum(g.applications for g in experiment.overall.groups) == 82


def test_an_empty_search(services: Services) -> None:
    view = services.insights.view()
    assert view.is_empty and view.activity == [] and view.flow.nodes == ()
    assert view.leak.leak is None
    assert "Not enough data yet" in view.leak.message


@pytest.mark.parametrize("count", [0, 1])
def test_tiny_searches_have_no_comparison(services: Services, count: int) -> None:
    for a in random_search(random.Random(1), count):
        services.pipeline.add(a.details)
    split = services.insights.experiment(Dimension.CHANNEL, METRICS[0]).breakdown
    assert split.default_pair() is None
