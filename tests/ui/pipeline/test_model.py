"""The pipeline table model: its sorting, filtering and one-row updates."""

from __future__ import annotations

import random
from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, QPersistentModelIndex, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from jobdesk.domain.application import (
    Application,
    ApplicationDetails,
    ApplicationSummary,
    EventKind,
    StageEvent,
    summary_of,
)
from jobdesk.domain.enums import Channel, Outcome, Stage
from jobdesk.domain.silence import NO_RESPONSE
from jobdesk.domain.sorting import natural_key
from jobdesk.services.pipeline import Pipeline
from jobdesk.ui.pipeline import model as pipeline_model
from jobdesk.ui.pipeline.model import (
    APP_ID_ROLE,
    COL_APPLIED,
    COL_COMPANY,
    COL_IDLE_DAYS,
    COL_NEXT_STEP,
    COL_OUTCOME,
    COL_ROLE,
    COL_STAGE,
    COL_VARIANT,
    HEADERS,
    PipelineModel,
    QuickFilter,
    RowFilter,
)

TODAY = date(2026, 11, 20)


def application(
    app_id: int, company: str, stage: Stage, outcome: Outcome, applied: int
) -> ApplicationSummary:
    events: list[StageEvent] = []
    if stage is not Stage.APPLIED:
        events.append(StageEvent(EventKind.STAGE, date(2026, 11, applied + 1), stage=stage))
    if outcome is not Outcome.ACTIVE:
        events.append(
            StageEvent(EventKind.OUTCOME, date(2026, 11, applied + 2), stage=stage, outcome=outcome)
        )
    details = ApplicationDetails(company, "Engineer", date(2026, 11, applied), notes="")
    return summary_of(Application(app_id, details, tuple(events)))


ROWS = [
    application(1, "Acme", Stage.TECHNICAL, Outcome.ACTIVE, 1),
    application(2, "Globex", Stage.SCREEN, Outcome.REJECTED, 3),
    application(3, "Initech", Stage.OFFER, Outcome.ACTIVE, 2),
    application(4, "Umbrella", Stage.RESPONDED, Outcome.ACTIVE, 10),
    application(5, "Hooli", Stage.APPLIED, Outcome.GHOSTED, 12),
]


def model_of(rows: list[ApplicationSummary] = ROWS) -> PipelineModel:
    model = PipelineModel()
    model.set_rows(rows, TODAY)
    return model


def shown(model: PipelineModel) -> list[str]:
    return [model.index(r, COL_COMPANY).data() for r in range(model.rowCount())]


def test_the_default_order_is_the_newest_application_first() -> None:
    assert shown(model_of()) == ["Hooli", "Umbrella", "Globex", "Initech", "Acme"]


def test_model_passes_qt_model_tester_with_the_sample_search(
    qtmodeltester: ModelTester, pipeline: Pipeline
) -> None:
    pipeline.load_sample()
    model = PipelineModel()
    model.set_rows(pipeline.summaries(), TODAY)
    qtmodeltester.check(model)
    model.set_filter(RowFilter("engineer"))
    qtmodeltester.check(model)
    model.sort(COL_COMPANY, Qt.SortOrder.AscendingOrder)
    qtmodeltester.check(model)


def test_model_passes_qt_model_tester_while_rows_change_one_by_one(
    qtmodeltester: ModelTester,
) -> None:
    """Rows inserted, changed (moving or not) and removed, under a filter, in both orders."""
    model = model_of()
    qtmodeltester.check(model, force_py=True)
    rng = random.Random(3)
    rows = {r.id: r for r in ROWS}
    for step in range(120):
        if step == 40:
            model.sort(COL_STAGE, Qt.SortOrder.AscendingOrder)
        if step == 80:
            model.set_filter(RowFilter("", QuickFilter.ACTIVE))
        choice = rng.random()
        if choice < 0.3 or not rows:
            new_id = max(rows, default=0) + 1
            rows[new_id] = application(
                new_id,
                f"Company {new_id}",
                rng.choice(list(Stage)),
                rng.choice([Outcome.ACTIVE, Outcome.REJECTED]),
                rng.randint(1, 15),
            )
            model.update_rows([rows[new_id]], [], TODAY)
        elif choice < 0.45:
            gone = rng.choice(list(rows))
            del rows[gone]
            model.update_rows([], [gone], TODAY)
        else:
            app_id = rng.choice(list(rows))
            rows[app_id] = rows[app_id]._replace(
                furthest_stage=rng.choice(list(Stage)),
                outcome=rng.choice([Outcome.ACTIVE, Outcome.WITHDRAWN]),
                applied_on=date(2026, 11, rng.randint(1, 15)),
            )
            model.update_rows([rows[app_id]], [], TODAY)
        expected = sorted(
            (r for r in rows.values() if model.row_filter.quick.admits(r, model.silence)),
            key=lambda r: (r.furthest_stage.rank, r.id) if step >= 40 else (r.applied_on, r.id),
            reverse=step < 40,
        )
        assert [model.index(i, 0).data(APP_ID_ROLE) for i in range(model.rowCount())] == [
            r.id for r in expected
        ], f"step {step}"


def test_a_changed_row_signals_only_itself(qtbot: QtBot) -> None:
    model = model_of()
    changed: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda a, b: changed.append((a.row(), b.row())))
    with qtbot.assertNotEmitted(model.modelReset), qtbot.assertNotEmitted(model.layoutChanged):
        model.update_rows([ROWS[0]._replace(outcome=Outcome.WITHDRAWN)], [], TODAY)
    assert changed == [(4, 4)]  # Acme, the oldest, is the last row
    assert model.index(4, COL_COMPANY).data(Qt.ItemDataRole.ForegroundRole) is not None


def test_a_row_whose_sort_value_changed_moves(qtbot: QtBot) -> None:
    model = model_of()
    with qtbot.waitSignal(model.rowsMoved):
        model.update_rows([ROWS[0]._replace(applied_on=date(2026, 11, 19))], [], TODAY)
    assert shown(model) == ["Acme", "Hooli", "Umbrella", "Globex", "Initech"]


def test_a_row_that_leaves_the_filter_is_removed(qtbot: QtBot) -> None:
    model = model_of()
    model.set_filter(RowFilter("", QuickFilter.ACTIVE))
    assert sorted(shown(model)) == ["Acme", "Initech", "Umbrella"]
    removed: list[int] = []
    model.rowsRemoved.connect(lambda _p, first, _last: removed.append(first))
    model.update_rows([ROWS[3]._replace(outcome=Outcome.REJECTED)], [], TODAY)
    assert removed == [0] and shown(model) == ["Initech", "Acme"]
    assert model.total() == 5


def test_sort_by_stage_uses_the_stage_order() -> None:
    model = model_of()
    model.sort(COL_STAGE, Qt.SortOrder.AscendingOrder)
    assert shown(model) == ["Hooli", "Umbrella", "Globex", "Acme", "Initech"]
    model.sort(COL_STAGE, Qt.SortOrder.DescendingOrder)
    assert shown(model) == ["Initech", "Acme", "Globex", "Umbrella", "Hooli"]


def test_sort_by_idle_days_is_numeric() -> None:
    model = model_of()
    model.sort(COL_IDLE_DAYS, Qt.SortOrder.AscendingOrder)
    idle = [int(model.index(r, COL_IDLE_DAYS).data()) for r in range(model.rowCount())]
    assert idle == sorted(idle)
    assert idle == [6, 9, 15, 17, 18]  # Hooli, Umbrella, Globex, Initech, Acme


def test_quick_filters_and_stage_filter_and_search() -> None:
    model = model_of()
    model.set_filter(RowFilter("", QuickFilter.ACTIVE))
    assert sorted(shown(model)) == ["Acme", "Initech", "Umbrella"]
    model.set_filter(RowFilter("", QuickFilter.OFFERS))
    assert shown(model) == ["Initech"]
    model.set_filter(RowFilter("", QuickFilter.CLOSED))
    assert sorted(shown(model)) == ["Globex", "Hooli"]
    model.set_filter(RowFilter("", QuickFilter.ALL, Stage.SCREEN))
    assert shown(model) == ["Globex"]
    model.set_filter(RowFilter("  GLOB "))
    assert shown(model) == ["Globex"]
    model.set_filter(RowFilter("glob engineer"))
    assert shown(model) == ["Globex"]
    model.set_filter(RowFilter("gl"))  # a shorter search widens again
    assert shown(model) == ["Globex"]
    model.set_filter(RowFilter(""))
    assert len(shown(model)) == 5


def test_filtering_and_sorting_keep_persistent_indexes_on_their_application() -> None:
    model = model_of()
    model.sort(COL_APPLIED, Qt.SortOrder.AscendingOrder)
    kept = model.index(3, 0)  # Umbrella
    persistent = QPersistentModelIndex(kept)
    model.set_filter(RowFilter("", QuickFilter.ACTIVE))
    assert persistent.data() == "Umbrella"
    model.sort(COL_COMPANY, Qt.SortOrder.DescendingOrder)
    assert persistent.data() == "Umbrella" and persistent.row() == 0
    model.set_filter(RowFilter("acme"))
    assert not persistent.isValid()
    assert model.index(0, 0).data() == "Acme"
    assert model.rowCount(model.index(0, 0)) == 0  # a table: rows have no children


def test_closed_rows_are_muted() -> None:
    model = model_of()
    globex = model.row_of(2)
    acme = model.row_of(1)
    assert globex is not None and acme is not None
    assert model.index(globex, COL_COMPANY).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert model.index(acme, COL_COMPANY).data(Qt.ItemDataRole.ForegroundRole) is None


def test_names_with_numbers_sort_by_value_and_case_is_ignored() -> None:
    names = ["Vertex 98", "vertex 100", "Vertex 22", "acme", "Bolt"]
    rows = [application(i, n, Stage.APPLIED, Outcome.ACTIVE, i) for i, n in enumerate(names, 1)]
    model = model_of(rows)
    model.sort(COL_COMPANY, Qt.SortOrder.AscendingOrder)
    assert shown(model) == ["acme", "Bolt", "Vertex 22", "Vertex 98", "vertex 100"]
    model.sort(COL_COMPANY, Qt.SortOrder.DescendingOrder)
    assert shown(model) == ["vertex 100", "Vertex 98", "Vertex 22", "Bolt", "acme"]


def varied_row(rng: random.Random, app_id: int) -> ApplicationSummary:
    """An application with every sorted field drawn at random: names with numbers and
    letter case, silent ones, rows without a next-step date."""
    outcome = rng.choice([Outcome.ACTIVE, Outcome.ACTIVE, Outcome.REJECTED, Outcome.GHOSTED])
    row = application(app_id, "", rng.choice(list(Stage)), outcome, rng.randint(1, 15))
    return row._replace(
        company=rng.choice(["Vertex 98", "vertex 100", "Vertex 22", "acme", "Bolt", "Öl 7"]),
        role_title=rng.choice(["Role 2", "role 10", "Role 1", "ROLE 03", "Engineer"]),
        channel=rng.choice(list(Channel)),
        resume_variant=rng.choice(["", "A", "b", "v2", "V10"]),
        # Some applied long before today, so that they count as no response.
        applied_on=rng.choice([row.applied_on, date(2026, 9, rng.randint(1, 30))]),
        last_activity=date(2026, rng.randint(9, 11), rng.randint(1, 19)),
        next_step=rng.choice(["", "Call 3", "call 12", "Prepare"]),
        next_step_on=rng.choice([None, date(2026, 11, rng.randint(1, 30))]),
    )


def ids(model: PipelineModel) -> list[int]:
    return [model.index(r, 0).data(APP_ID_ROLE) for r in range(model.rowCount())]


def test_every_column_places_changed_rows_where_sorting_again_would() -> None:
    """A row changed after a sort lands where a fresh sort puts it, by every column in
    both orders (a whole column's keys and one row's key agree)."""
    rng = random.Random(5)
    rows = {i: varied_row(rng, i) for i in range(1, 41)}
    for column in range(len(HEADERS)):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            # Given in no particular order: ties must still fall by id.
            model = model_of(rng.sample(list(rows.values()), len(rows)))
            model.sort(column, order)
            for _ in range(15):
                app_id = rng.choice(list(rows))
                rows[app_id] = varied_row(rng, app_id)
                model.update_rows([rows[app_id]], [], TODAY)
            fresh = model_of(rng.sample(list(rows.values()), len(rows)))
            fresh.sort(column, order)
            assert ids(model) == ids(fresh), (HEADERS[column], order)


def test_text_columns_sort_naturally_and_silent_ones_say_no_response_last() -> None:
    rng = random.Random(8)
    model = model_of([varied_row(rng, i) for i in range(1, 61)])
    for column in (COL_COMPANY, COL_ROLE, COL_VARIANT, COL_NEXT_STEP):
        model.sort(column, Qt.SortOrder.AscendingOrder)
        texts = [model.index(r, column).data() for r in range(model.rowCount())]
        assert [natural_key(t) for t in texts] == sorted(natural_key(t) for t in texts)
    model.sort(COL_ROLE, Qt.SortOrder.AscendingOrder)
    roles = [model.index(r, COL_ROLE).data() for r in range(model.rowCount())]
    assert list(dict.fromkeys(roles)) == ["Engineer", "Role 1", "Role 2", "ROLE 03", "role 10"]
    model.sort(COL_OUTCOME, Qt.SortOrder.AscendingOrder)
    outcomes = [model.index(r, COL_OUTCOME).data() for r in range(model.rowCount())]
    assert list(dict.fromkeys(outcomes)) == ["Active", "Rejected", "Ghosted", NO_RESPONSE]


def test_a_search_that_every_row_matches_changes_no_layout(qtbot: QtBot) -> None:
    """Every row's role holds "engineer": typing it keeps the same rows, and the view is not
    told to lay itself out again (at 100,000 rows that redraw and look-up is felt); the
    first letter that drops a row is."""
    model = model_of()
    layouts: list[str] = []
    model.layoutChanged.connect(lambda *_: layouts.append(model.row_filter.text))
    ModelTester(qtbot).check(model, force_py=True)
    for text in ("e", "en", "engineer", "engineer glob"):
        model.set_filter(RowFilter(text))
    assert layouts == ["engineer glob"]
    assert shown(model) == ["Globex"]
    model.set_filter(RowFilter("engineer"))  # a backspace that brings the rows back
    assert layouts == ["engineer glob", "engineer"]
    assert len(shown(model)) == 5


def test_sorting_again_by_a_column_after_changes_matches_a_fresh_sort() -> None:
    """Each column's order is kept for sorting by it again; any change to the rows (a changed
    row, a removed one, a new no-response period) must leave no kept order behind."""
    rng = random.Random(11)
    rows = {i: varied_row(rng, i) for i in range(1, 51)}
    model = model_of(list(rows.values()))
    days: int | None = None
    for step in range(120):
        column = rng.randrange(len(HEADERS))
        order = rng.choice([Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder])
        model.sort(column, order)
        what = step % 4
        if what == 1:
            app_id = rng.choice(list(rows))
            rows[app_id] = varied_row(rng, app_id)
            model.update_rows([rows[app_id]], [], TODAY, days)
        elif what == 2 and len(rows) > 10:
            gone = rng.choice(list(rows))
            del rows[gone]
            model.update_rows([], [gone], TODAY, days)
        elif what == 3 and step % 12 == 3:
            days = rng.choice([20, 30, 60])
            model.set_silence(TODAY, days)
        fresh = model_of(list(rows.values()))
        fresh.set_silence(TODAY, days)
        fresh.sort(column, order)
        assert ids(model) == ids(fresh), (step, HEADERS[column], order)
        # and back by another column, which may come from what is kept
        other = (column + 1 + rng.randrange(len(HEADERS) - 1)) % len(HEADERS)
        model.sort(other, order)
        fresh.sort(other, order)
        assert ids(model) == ids(fresh), (step, HEADERS[other], order)


def test_sorting_again_by_outcome_after_a_new_no_response_period_matches_a_fresh_sort() -> None:
    rng = random.Random(12)
    rows = [varied_row(rng, i) for i in range(1, 41)]
    model = model_of(rows)
    model.sort(COL_OUTCOME, Qt.SortOrder.AscendingOrder)
    model.sort(COL_COMPANY, Qt.SortOrder.AscendingOrder)
    model.set_silence(TODAY, 200)  # none is silent now: only those marked ghosted stay last
    model.sort(COL_OUTCOME, Qt.SortOrder.AscendingOrder)
    fresh = model_of(rows)
    fresh.set_silence(TODAY, 200)
    fresh.sort(COL_OUTCOME, Qt.SortOrder.AscendingOrder)
    assert ids(model) == ids(fresh)
    outcomes = [model.index(r, COL_OUTCOME).data() for r in range(model.rowCount())]
    ghosted = [
        r for r in rows if r.outcome is Outcome.GHOSTED and r.furthest_stage is Stage.APPLIED
    ]
    assert outcomes.count(NO_RESPONSE) == len(ghosted) == 1
    assert outcomes[-1] == NO_RESPONSE


def test_a_large_search_makes_its_text_sort_keys_while_idle(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """From WARM_KEYS_FROM rows, the natural keys of every text column are made in slices
    after the rows arrive, so the first click on Company only sorts."""
    monkeypatch.setattr(pipeline_model, "WARM_KEYS_FROM", 30)
    monkeypatch.setattr(pipeline_model, "WARM_SLICE", 4)
    rng = random.Random(13)
    rows = [varied_row(rng, i)._replace(company=f"Company {i}") for i in range(1, 41)]
    model = model_of(rows)
    texts = {t for r in rows for t in (r.company, r.role_title, r.resume_variant, r.next_step)}
    known = model._naturals._known  # what the idle slices fill
    assert not texts <= known.keys()  # nothing made yet: the window shows first
    qtbot.waitUntil(lambda: texts <= known.keys(), timeout=2000)
    model.sort(COL_COMPANY, Qt.SortOrder.AscendingOrder)
    assert shown(model)[:3] == ["Company 1", "Company 2", "Company 3"]
    small = model_of(rows[:20])  # below the mark: nothing is made ahead
    qtbot.wait(50)
    assert small._naturals._known == {}


def test_text_sorts_after_the_idle_steps_and_changes_meanwhile_match_a_fresh_sort(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The idle steps make each text column's places (besides their keys); rows changed
    while they run, and rows bringing a text the places do not hold afterwards, still sort
    as a fresh model sorts them, by every text column."""
    monkeypatch.setattr(pipeline_model, "WARM_KEYS_FROM", 30)
    monkeypatch.setattr(pipeline_model, "WARM_SLICE", 4)
    rng = random.Random(14)
    rows = {i: varied_row(rng, i) for i in range(1, 61)}
    model = model_of(list(rows.values()))
    steps = len(model._warming)
    assert steps > len(pipeline_model._TEXT_FIELDS)  # the keys' slices, then a step a column
    # A change while the steps run (the first has not yet): a new company among them.
    rows[7] = rows[7]._replace(company="Zeta 5")
    model.update_rows([rows[7]], [], TODAY)
    qtbot.waitUntil(lambda: not model._warming, timeout=2000)
    assert set(model._places) == set(pipeline_model._TEXT_FIELDS)
    assert "Zeta 5" in model._places[COL_COMPANY]
    # After the steps: a text no place holds yet, and a row gone.
    rows[9] = rows[9]._replace(company="Aardvark 1", next_step="Write back")
    model.update_rows([rows[9]], [12], TODAY)
    del rows[12]
    for column in (COL_COMPANY, COL_ROLE, COL_VARIANT, COL_NEXT_STEP):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            model.sort(column, order)
            fresh = PipelineModel()
            fresh.set_rows(list(rows.values()), TODAY)  # below the mark: no steps, no places
            fresh.sort(column, order)
            assert ids(model) == ids(fresh), (HEADERS[column], order)
    model.sort(COL_COMPANY, Qt.SortOrder.AscendingOrder)
    assert shown(model)[0] == "Aardvark 1"


def test_the_widest_texts_are_the_longest_distinct_ones_of_the_column() -> None:
    """What the column is measured by: its longest texts, each once, so a long name that
    many rows share does not crowd out the others."""
    names = ["Initech Global Holdings"] * 25 + ["Acme", "Umbrella Corporation", ""]
    rows = [ROWS[0]._replace(id=i, company=name) for i, name in enumerate(names, start=1)]
    model = model_of(rows)
    assert model.widest_texts(COL_COMPANY, 2) == ["Initech Global Holdings", "Umbrella Corporation"]
    assert model.widest_texts(COL_COMPANY) == [
        "Initech Global Holdings",
        "Umbrella Corporation",
        "Acme",
    ]
    assert model.widest_texts(pipeline_model.COL_CHANNEL) == ["Direct"]
    assert model.widest_texts(COL_VARIANT) == []


def test_every_columns_keys_are_made_while_idle_and_kept_through_changes(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A large search makes every column's sort keys while idle, so that no first click
    makes any; each change (a row changed, added or removed, a new no-response period) keeps
    them current, and sorting by each column still matches a fresh model, while a first sort
    after the steps makes no key."""
    monkeypatch.setattr(pipeline_model, "WARM_KEYS_FROM", 30)
    monkeypatch.setattr(pipeline_model, "WARM_SLICE", 4)
    rng = random.Random(15)
    rows = {i: varied_row(rng, i) for i in range(1, 61)}
    model = model_of(list(rows.values()))
    qtbot.waitUntil(lambda: not model._warming, timeout=2000)
    assert set(model._sort_keys) == set(range(len(HEADERS)))
    made: list[int] = []
    column_keys = model._column_keys
    monkeypatch.setattr(model, "_column_keys", lambda c, r: made.append(c) or column_keys(c, r))
    for column in range(len(HEADERS)):
        model.sort(column, Qt.SortOrder.AscendingOrder)
    assert made == []  # every key was there
    days: int | None = None
    next_id = 100
    for step in range(80):
        what = step % 5
        if what == 0:  # a changed row, its texts among those seen
            app_id = rng.choice(list(rows))
            rows[app_id] = varied_row(rng, app_id)
            model.update_rows([rows[app_id]], [], TODAY, days)
        elif what == 1:  # a new application, between the others by id
            next_id += 1
            app_id = rng.choice([next_id, rng.randint(1, 99)])
            rows[app_id] = varied_row(rng, app_id)
            model.update_rows([rows[app_id]], [], TODAY, days)
        elif what == 2 and len(rows) > 20:
            gone = rng.choice(list(rows))
            del rows[gone]
            model.update_rows([], [gone], TODAY, days)
        elif what == 3:  # a company name no row had
            app_id = rng.choice(list(rows))
            rows[app_id] = rows[app_id]._replace(company=f"New {step}")
            model.update_rows([rows[app_id]], [], TODAY, days)
        elif step % 15 == 4:
            days = rng.choice([20, 30, 60])
            model.set_silence(TODAY, days)
        column = rng.randrange(len(HEADERS))
        order = rng.choice([Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder])
        model.sort(column, order)
        fresh = PipelineModel()
        fresh.set_rows(list(rows.values()), TODAY, days)
        fresh.sort(column, order)
        assert ids(model) == ids(fresh), (step, HEADERS[column], order)
    # What is kept is what a fresh model makes, row for row.
    for column, keys in model._sort_keys.items():
        assert list(keys) == model._column_keys(column, model._rows), HEADERS[column]


def test_sorting_and_changes_while_the_idle_steps_run_match_a_fresh_sort(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A click on a column before the idle steps have made its keys sorts at once (making
    them), and rows changed, added and removed between the steps leave every column's kept
    keys as a fresh model makes them."""
    monkeypatch.setattr(pipeline_model, "WARM_KEYS_FROM", 30)
    monkeypatch.setattr(pipeline_model, "WARM_SLICE", 4)
    rng = random.Random(16)
    rows = {i: varied_row(rng, i) for i in range(1, 61)}
    model = model_of(list(rows.values()))
    step = 0
    while model._warming:
        column = rng.randrange(len(HEADERS))
        model.sort(column, Qt.SortOrder.AscendingOrder)
        fresh = PipelineModel()
        fresh.set_rows(list(rows.values()), TODAY)
        fresh.sort(column, Qt.SortOrder.AscendingOrder)
        assert ids(model) == ids(fresh), (step, HEADERS[column])
        app_id = rng.choice([rng.choice(list(rows)), 100 + step])  # changed, or new
        rows[app_id] = varied_row(rng, app_id)
        gone = rng.choice([i for i in rows if i != app_id])
        del rows[gone]
        model.update_rows([rows[app_id]], [gone], TODAY)
        QCoreApplication.processEvents()  # the event loop runs the next idle step
        step += 1
    assert step > len(HEADERS)
    for column, keys in model._sort_keys.items():
        assert list(keys) == model._column_keys(column, model._rows), HEADERS[column]
