"""The narrow reads behind Today and Feedback give what the whole reads give, on a real search."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest

from benchmarks.make_data import build
from jobdesk.domain.feedback import last_follow_ups
from jobdesk.domain.offers import OfferStatus
from jobdesk.domain.today import week_start
from jobdesk.paths import Paths
from jobdesk.services.bundle import Services, build_services
from jobdesk.store import feedback as feedback_store
from jobdesk.store.database import open_database
from tests.conftest import TODAY

N = 2000


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("lean") / "data"
    build(folder, N, seed=5, today=TODAY)
    return folder


@pytest.fixture
def services(folder: Path) -> Iterator[Services]:
    paths = Paths(folder)
    db = open_database(paths.database, paths.backups)
    yield build_services(db, paths, today=lambda: TODAY)
    db.close()


def test_the_latest_follow_up_of_each_application_is_read_by_sqlite(services: Services) -> None:
    every = services.feedback.messages_sent()
    expected = last_follow_ups(every)
    assert len(expected) > 50  # the search has follow-ups to go by
    assert feedback_store.last_follow_ups() == expected


def test_this_weeks_messages_are_read_alone(services: Services) -> None:
    monday = week_start(TODAY) - timedelta(days=21)  # a few weeks, so that there are some
    every = services.feedback.messages_sent()
    since = services.feedback.messages_sent(since=monday)
    assert since == [m for m in every if m.on >= monday]
    assert 0 < len(since) < len(every)


def test_offers_due_read_alone_are_the_offers_due_among_all(services: Services) -> None:
    # Give every offer a deadline near today, some passed, and reopen some of the decided
    # ones, so that the status and the application's outcome decide which are due.
    for n, summary in enumerate(services.offers.summaries()):
        if n % 3 == 0 and summary.outcome.is_closed:
            services.pipeline.reopen(summary.offer.application_id, TODAY, "")
            summary = services.offers.summaries()[n]
        deadline = TODAY + timedelta(days=n % 9 - 4)
        terms = replace(
            summary.offer.terms, deadline_on=deadline, start_on=deadline + timedelta(days=30)
        )
        services.offers.edit(summary.offer.id, terms)
        if n % 5 == 0 and summary.status is OfferStatus.OPEN:
            services.offers.set_status(summary.offer.id, OfferStatus.NEGOTIATING)
    every = services.offers.summaries()
    expected = sorted(
        (s for s in every if s.needs_reply_soon),
        key=lambda s: s.days_left if s.days_left is not None else 0,
    )
    assert 0 < len(expected) < len(every)
    assert {s.status for s in expected} == {OfferStatus.OPEN, OfferStatus.NEGOTIATING}
    assert services.offers.replies_due() == expected


def test_feedback_is_read_with_its_themes_in_order(services: Services) -> None:
    everything = services.feedback.all_feedback()
    assert len(everything) > 10
    for app_id, received in list(everything.items())[:20]:
        assert services.feedback.feedback(app_id) == received
    assert any(len(r.themes) > 1 for r in everything.values())
