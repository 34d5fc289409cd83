"""The Insights counted by SQLite over the kept facts (what `jobdesk stats` prints, no track
read) are those counted from the tracks: the same funnel, leaking stage and breakdowns."""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

import pytest
from peewee import SqliteDatabase

from jobdesk.domain.application import ApplicationDetails, EventKind, StageEvent
from jobdesk.domain.breaks import Break
from jobdesk.domain.enums import Channel, Outcome, Stage
from jobdesk.domain.experiments import METRICS, Dimension
from jobdesk.domain.funnel import ENDS, DateRange, End, Funnel
from jobdesk.services.bundle import Services
from jobdesk.services.insights import Insights
from jobdesk.stats_command import as_text
from jobdesk.store import applications as store
from jobdesk.store import insights as store_insights
from tests.services.test_insights import TODAY, random_search

RANGES = [
    DateRange.everything(),
    DateRange.between(TODAY - timedelta(days=70), TODAY - timedelta(days=20)),
    DateRange.between(None, TODAY - timedelta(days=45)),
    DateRange.between(TODAY - timedelta(days=5), None),
]


def _days_ago(days: int) -> date:
    return TODAY - timedelta(days=days)


def _same(counted: Funnel, tracked: Funnel) -> bool:
    return (counted.tally.counts, counted.tally.young, counted.steps) == (
        tracked.tally.counts,
        tracked.tally.young,
        tracked.steps,
    )


@pytest.fixture
def search(db: SqliteDatabase, services: Services) -> Services:
    """A random search made by the app's own rules, the sample, and values the enums do not
    know (an import can store them): they count as the tracks count them."""
    with db.atomic():
        for a in random_search(random.Random(11), 400):
            store.insert(a.details, a.events)
    services.pipeline.load_sample()
    db.execute_sql("UPDATE application SET channel = 'fax' WHERE id % 17 = 0")
    db.execute_sql("UPDATE company SET size_band = 'huge' WHERE id % 5 = 0")
    db.execute_sql("UPDATE application SET role_type = 'Backend' WHERE id % 3 = 0")
    return services


def _insights(services: Services, breaks: tuple[Break, ...]) -> Insights:
    return Insights(services.settings, today=lambda: TODAY, breaks=lambda: breaks)


@pytest.mark.parametrize("sent", RANGES, ids=lambda r: r.label)
@pytest.mark.parametrize("on_break", [False, True], ids=["no break", "a break"])
def test_the_counted_figures_are_the_tracks_figures(
    search: Services, sent: DateRange, on_break: bool
) -> None:
    # A break moves the no-response cut-off: fewer are old enough, fewer time out.
    breaks = (Break(_days_ago(40), _days_ago(26)),) if on_break else ()
    cold, read = _insights(search, breaks), _insights(search, breaks)
    counted, viewed = cold.counted_view(sent), read.view(sent)
    assert viewed.applications > 0
    assert _same(counted.funnel, viewed.funnel)
    assert counted.leak == viewed.leak
    assert counted.flow == viewed.flow
    assert (counted.overall is None) is (viewed.overall is None) is sent.is_everything
    if counted.overall is not None and viewed.overall is not None:
        assert _same(counted.overall.funnel, viewed.overall.funnel)
    for dimension in Dimension:
        for metric in METRICS:
            assert cold.counted_experiment(dimension, metric, sent) == read.experiment(
                dimension, metric, sent
            ), (dimension, metric)
    assert cold.needs_full_read()  # no track was read for any of it


def test_jobdesk_stats_prints_the_same_report_counted(search: Services) -> None:
    sent = RANGES[1]
    cold, read = _insights(search, ()), _insights(search, ())
    for dimension in Dimension:
        counted = as_text(
            cold.counted_view(sent),
            cold.counted_experiment(dimension, METRICS[1], sent),
            None,
            "the test",
        )
        tracked = as_text(
            read.view(sent), read.experiment(dimension, METRICS[1], sent), None, "the test"
        )
        assert counted == tracked


def test_the_counts_follow_the_rules(db: SqliteDatabase, services: Services) -> None:
    """Exact figures on four applications: a silence past the period is no response, a young
    one is too early, a rejection at applied is a reply, an offer accepted and then reopened
    at an earlier stage still reached the offer."""

    def add(days_ago: int, *log: tuple[int, Stage, Outcome | None]) -> None:
        events = [
            StageEvent(
                EventKind.STAGE if outcome is None else EventKind.OUTCOME,
                _days_ago(days_ago - after),
                stage,
                outcome,
            )
            for after, stage, outcome in log
        ]
        store.insert(ApplicationDetails("Acme", "Engineer", _days_ago(days_ago)), events)

    add(60)  # silent for 60 days
    add(10)  # sent 10 days ago
    add(50, (2, Stage.APPLIED, Outcome.REJECTED))
    add(
        60,
        (5, Stage.SCREEN, None),
        (9, Stage.SCREEN, Outcome.ACCEPTED),
        (12, Stage.SCREEN, Outcome.ACTIVE),
    )
    insights = _insights(services, ())
    f = insights.counted_view().funnel
    assert f.total == 4
    response = f.step(Stage.APPLIED).rate
    assert (response.successes, response.resolved, response.too_early) == (2, 3, 1)
    assert f.tally.at(Stage.APPLIED, End.TIMED_OUT) == 1
    assert f.tally.at(Stage.RESPONDED, End.REJECTED) == 1
    assert f.tally.at(Stage.OFFER, End.PENDING) == 1
    assert f.reached(Stage.OFFER) == 1
    split = insights.counted_experiment(Dimension.CHANNEL, METRICS[0]).breakdown
    assert [(g.key, g.applications) for g in split.groups] == [(Channel.DIRECT.value, 4)]
    assert _same(f, insights.view().funnel)


def test_the_counts_are_kept_until_the_data_change(
    db: SqliteDatabase, search: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    counted: list[Dimension] = []
    count = store_insights.end_counts

    def counting(cutoff: date, dimension: Dimension, sent: DateRange | None = None) -> Any:
        counted.append(dimension)
        return count(cutoff, dimension, sent)

    monkeypatch.setattr(store_insights, "end_counts", counting)
    insights = search.insights
    before = insights.counted_view().funnel
    # The funnel and the default breakdown (by channel), as `jobdesk stats` prints them: one
    # pass over the facts.
    insights.counted_experiment(Dimension.CHANNEL, METRICS[0])
    assert counted == [Dimension.CHANNEL]
    active = "SELECT application_id FROM application_fact WHERE outcome = 'active'"
    app_id = next(i for (i,) in db.execute_sql(active) if i % 17)  # a channel the app knows
    search.pipeline.withdraw(app_id, TODAY)
    after = insights.counted_view().funnel
    assert counted == [Dimension.CHANNEL, Dimension.CHANNEL]
    assert after.total == before.total
    withdrawn = sum(row[ENDS.index(End.WITHDRAWN)] for row in after.tally.counts)
    assert withdrawn == sum(row[ENDS.index(End.WITHDRAWN)] for row in before.tally.counts) + 1
    assert _same(after, _insights(search, ()).view().funnel)
