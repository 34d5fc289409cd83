"""The pipeline keeps its rows in id order in lists (no dictionaries by id): on a real data
folder the window shows every application, in each column's order, before and after changes."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from benchmarks.make_data import build
from jobdesk.domain.application import ApplicationSummary
from jobdesk.domain.enums import Outcome, Stage
from jobdesk.domain.sorting import natural_key
from jobdesk.paths import Paths
from jobdesk.services.bundle import Services, build_services
from jobdesk.store.database import open_database
from jobdesk.ui.pipeline.model import APP_ID_ROLE, HEADERS, PipelineModel, RowFilter
from jobdesk.ui.shell.main_window import MainWindow
from tests.conftest import TODAY

N = 400


@pytest.fixture
def services(tmp_path: Path) -> Iterator[Services]:
    folder = tmp_path / "data"
    build(folder, N, seed=7, today=TODAY)
    paths = Paths(folder)
    db = open_database(paths.database, paths.backups)
    yield build_services(db, paths, today=lambda: TODAY)
    db.close()


def column_key(column: int, silent: Callable[[ApplicationSummary], bool]) -> Callable[..., Any]:
    """Each column's order as the README describes it, written out apart from the model."""
    outcomes = list(Outcome)
    keys: list[Callable[[ApplicationSummary], Any]] = [
        lambda a: natural_key(a.company),
        lambda a: natural_key(a.role_title),
        lambda a: a.furthest_stage.rank,
        lambda a: len(outcomes) if silent(a) else outcomes.index(a.outcome),
        lambda a: natural_key(a.channel.label),
        lambda a: natural_key(a.resume_variant),
        lambda a: a.applied_on,
        lambda a: a.last_activity,
        lambda a: -a.last_activity.toordinal(),
        lambda a: natural_key(a.next_step),
        lambda a: a.next_step_on or date.max,
    ]
    return lambda a: (keys[column](a), a.id)


def shown_ids(model: PipelineModel) -> list[int]:
    return [model.index(r, 0).data(APP_ID_ROLE) for r in range(model.rowCount())]


def expected_ids(services: Services, model: PipelineModel, column: int) -> list[int]:
    rows = services.pipeline.summaries()
    return [a.id for a in sorted(rows, key=column_key(column, model.silence.no_response))]


def check_every_order(services: Services, window: MainWindow) -> None:
    model = window.pipeline_tab.model
    table = window.pipeline_tab.table
    assert model.total() == len(services.pipeline.summaries())
    for column in range(len(HEADERS)):
        table.sortByColumn(column, Qt.SortOrder.AscendingOrder)
        expected = expected_ids(services, model, column)
        assert shown_ids(model) == expected, HEADERS[column]
        table.sortByColumn(column, Qt.SortOrder.DescendingOrder)
        assert shown_ids(model) == expected[::-1], HEADERS[column]
        for app_id in expected[:: len(expected) // 7]:
            assert model.summary(model.row_of(app_id) or 0).id == app_id


def test_every_application_shows_in_each_columns_order_before_and_after_changes(
    qtbot: QtBot, services: Services
) -> None:
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.select_tab("Pipeline")
    check_every_order(services, window)

    pipeline = services.pipeline
    rows = pipeline.summaries()
    moving = next(a for a in rows if a.outcome is Outcome.ACTIVE and a.furthest_stage < Stage.OFFER)
    following = moving.furthest_stage.next()
    assert following is not None
    window.perform(lambda: pipeline.advance(moving.id, following))
    rejected = next(a for a in rows if a.outcome is Outcome.ACTIVE and a.id != moving.id)
    window.perform(lambda: pipeline.reject(rejected.id))
    window.perform(lambda: pipeline.delete([rows[0].id, rows[200].id, rows[-1].id]))
    assert window.pipeline_tab.model.find(rows[200].id) is None
    check_every_order(services, window)
    window.perform(pipeline.undo)  # the three deleted come back, in their places
    assert window.pipeline_tab.model.find(rows[200].id) == rows[200]
    check_every_order(services, window)

    # A search looks through the kept texts of the changed rows too.
    model = window.pipeline_tab.model
    word = moving.company.split()[0].casefold()
    model.set_filter(RowFilter(text=word))
    found = {a.id for a in pipeline.summaries() if word in haystack_of(a)}
    assert set(shown_ids(model)) == found and moving.id in found


def haystack_of(a: ApplicationSummary) -> str:
    return f"{a.company}\n{a.role_title}\n{a.notes}".casefold()
