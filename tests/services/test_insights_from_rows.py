"""The Insights' first figures come from the window's rows (the funnel's counts), not from
every application's track: they must be the figures the tracks give, before and after
changes, and never stand in for a search the rows do not hold whole."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from peewee import SqliteDatabase

from benchmarks.make_data import build
from jobdesk.domain.application import ApplicationDetails
from jobdesk.domain.enums import Stage
from jobdesk.paths import Paths
from jobdesk.services.bundle import Services, build_services
from jobdesk.services.insights import View
from jobdesk.store.database import open_database
from tests.conftest import TODAY

N = 1500


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("from-rows") / "data"
    build(folder, N, seed=9, today=TODAY)
    return folder


@pytest.fixture
def made(folder: Path, tmp_path: Path) -> Iterator[Services]:
    import shutil

    copy = tmp_path / "data"
    shutil.copytree(folder, copy)
    paths = Paths(copy)
    db = open_database(paths.database, paths.backups)
    yield build_services(db, paths, today=lambda: TODAY)
    db.close()


def figures(view: View) -> tuple[object, ...]:
    """What the funnel and flow pages show: every step's rate, the leak, the flow."""
    funnel = tuple((s.label, s.rate) for s in view.funnel.steps)
    return funnel, view.leak, view.flow, view.applications


def test_the_counts_from_the_rows_are_those_of_the_tracks(made: Services) -> None:
    quick = made.insights.tally_view(made.pipeline.summaries())
    assert quick is not None and not quick.has_tracks
    assert made.insights.needs_full_read()  # no track was read for it
    full = made.insights.view()
    assert full.has_tracks
    assert figures(quick) == figures(full)
    assert quick.applications == N
    assert quick.leak.leak is not None  # a real finding, not an empty one


def test_they_follow_each_change_as_the_tracks_do(made: Services) -> None:
    insights, pipeline = made.insights, made.pipeline
    assert insights.tally_view(pipeline.summaries()) is not None
    rows = pipeline.summaries()
    open_ones = [r for r in rows if not r.outcome.is_closed and r.furthest_stage < Stage.OFFER]
    moved, rejected, removed = open_ones[0], open_ones[1], open_ones[2]
    following = moved.furthest_stage.next()
    assert following is not None
    pipeline.advance(moved.id, following, TODAY)
    pipeline.reject(rejected.id, TODAY)
    pipeline.delete([removed.id])
    pipeline.add(ApplicationDetails("Newco", "Engineer", TODAY))
    quick = insights.tally_view(pipeline.summaries())
    assert quick is not None
    assert figures(quick) == figures(insights.view())
    assert quick.applications == N  # one removed, one added


def test_rows_that_do_not_hold_every_application_are_not_counted(made: Services) -> None:
    rows = made.pipeline.summaries()
    assert made.insights.tally_view(rows[: len(rows) // 2]) is None


def test_the_sample_search_counts_the_same_either_way(
    services: Services, db: SqliteDatabase
) -> None:
    services.pipeline.load_sample()
    rows = services.pipeline.summaries()  # the window holds them already
    statements: list[str] = []
    db.connection().set_trace_callback(statements.append)
    try:
        quick = services.insights.tally_view(rows)
    finally:
        db.connection().set_trace_callback(None)
    # One count of the applications (and the settings); no track read, no kept fact.
    assert "SELECT count(*) FROM application" in statements
    assert [s for s in statements if "application_fact" in s or "JOIN" in s] == []
    assert quick is not None
    assert figures(quick) == figures(services.insights.view())
    assert quick.applications == 82
