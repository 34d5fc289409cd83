"""The kept funnel counts (Today's of the summaries, the Insights' of the tracks): after any
changes, what a fresh count gives, and the same leaking stage on both tabs."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, timedelta
from functools import partial
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from peewee import SqliteDatabase

from jobdesk.domain.application import ApplicationDetails
from jobdesk.domain.enums import Outcome, Stage
from jobdesk.domain.errors import UserError
from jobdesk.domain.funnel import (
    _CODES,
    _NO_CODE,
    YOUNG,
    KeptTally,
    Tally,
    Track,
    end_codes,
)
from jobdesk.domain.settings import MIN_SAMPLE, NO_RESPONSE_DAYS
from jobdesk.domain.silence import Silence
from jobdesk.paths import Paths, prepare
from jobdesk.services.bundle import Services, build_services
from jobdesk.services.changes import Change, Rows
from jobdesk.store.database import open_database

TODAY = date(2026, 11, 20)


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[SqliteDatabase, Paths]]:
    """One file for every example (emptied between them): hypothesis runs many."""
    paths = prepare(Paths(Path(tmp_path_factory.mktemp("kept-tally")) / "data"))
    db = open_database(paths.database, paths.backups)
    yield db, paths
    db.close()


_TRACK_REST = (None, "", None, "", "", "")  # channel, variant, size, industry, role, seniority


def test_the_table_of_codes_is_the_rule_for_every_stage_outcome_and_age() -> None:
    """Summaries are counted through a table; tracks through `end_codes`: the same codes."""
    for stage in Stage:
        for outcome in Outcome:
            for applied in (TODAY - timedelta(days=31), TODAY - timedelta(days=29)):
                t = Track(1, applied, stage, outcome, None, None, (), (), None, *_TRACK_REST)
                [code] = end_codes([t], TODAY, 30)
                mature = applied <= Silence(TODAY, 30).cutoff
                assert _CODES[stage, outcome, mature] == code
                assert (code >= YOUNG) is not mature
    assert max(_CODES.values()) < _NO_CODE  # a code fits the byte kept per application


steps = st.lists(
    st.tuples(
        st.sampled_from(
            [
                "add",
                "advance",
                "reject",
                "withdraw",
                "ghost",
                "reopen",
                "accept",
                "decline",
                "missed",
                "delete",
                "undo",
                "redo",
                "no_response_days",
                "min_sample",
            ]
        ),
        st.sampled_from(Stage),
        st.integers(0, 70),  # days: before today, after the last activity, a setting
        st.booleans(),  # a rejection right after applying
    ),
    max_size=25,
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(steps=steps, start=st.lists(st.integers(0, 70), min_size=1, max_size=6))
def test_the_kept_counts_equal_a_fresh_count_and_name_the_insights_leak(
    shared: tuple[SqliteDatabase, Paths],
    steps: list[tuple[str, Stage, int, bool]],
    start: list[int],
) -> None:
    """Random changes (new applications, stage moves, every outcome, reopening, missed steps,
    removals, undo and redo, a new no-response period or minimum sample) taken in one by one
    as the window does: Today's kept counts always equal a fresh count of the applications
    and a fresh count of the Insights' tracks, the Insights' own kept counts equal that count
    too, and the leaking stage Today names is the one the Insights name."""
    db, paths = shared
    db.execute_sql("DELETE FROM application")
    db.execute_sql("DELETE FROM company")
    db.execute_sql("DELETE FROM setting")
    services = build_services(db, paths, today=lambda: TODAY)
    pipeline = services.pipeline
    rows = Rows()  # the window's copy of every summary
    for number, days in enumerate(start):
        add = ApplicationDetails(f"C{number}", "Engineer", TODAY - timedelta(days=days))
        rows.apply(pipeline.update_for(pipeline.add(add)))
    silence = services.agenda.silence()
    kept = KeptTally(rows.all(), silence)
    for number, (action, stage, days, at_applied) in enumerate(steps):
        listed = rows.all()
        app = pipeline.find(listed[number % len(listed)].id) if listed else None
        change = _do(services, action, app, stage, days, at_applied, number)
        if change is None:
            continue
        update = pipeline.update_for(change)
        rows.apply(update)
        if update.everything:
            kept = KeptTally(rows.all(), services.agenda.silence())
        else:
            kept.apply(update.rows, update.removed)
        if kept.silence != services.agenda.silence():  # a new no-response period: count again
            kept = KeptTally(rows.all(), services.agenda.silence())
        _assert_counts_agree(services, kept, rows)


def _do(
    services: Services,
    action: str,
    app: object,
    stage: Stage,
    days: int,
    at_applied: bool,
    number: int,
) -> Change | None:
    pipeline = services.pipeline
    if action == "add":
        details = ApplicationDetails(f"N{number}", "Engineer", TODAY - timedelta(days=days))
        return pipeline.add(details)
    if action == "no_response_days":
        return services.settings.set(NO_RESPONSE_DAYS, 1 + days % 45)
    if action == "min_sample":
        return services.settings.set(MIN_SAMPLE, 1 + days % 6)
    if action == "undo":
        return _tried(pipeline.undo)
    if action == "redo":
        return _tried(pipeline.redo)
    if app is None:
        return None
    app_id, last = app.id, app.last_activity  # type: ignore[attr-defined]
    on = min(TODAY, last + timedelta(days=days % 10))
    calls: dict[str, Callable[[], Change]] = {
        "advance": partial(pipeline.advance, app_id, stage, on),
        "reject": partial(pipeline.reject, app_id, on, stage=Stage.APPLIED if at_applied else None),
        "withdraw": partial(pipeline.withdraw, app_id, on),
        "ghost": partial(pipeline.mark_ghosted, app_id, on),
        "reopen": partial(pipeline.reopen, app_id, on),
        "accept": partial(pipeline.accept_offer, app_id, on),
        "decline": partial(pipeline.decline_offer, app_id, on),
        "missed": partial(pipeline.add_missed_step, app_id, stage, last - timedelta(days=days)),
        "delete": partial(pipeline.delete, [app_id]),
    }
    return _tried(calls[action])


def _tried(call: Callable[[], Change]) -> Change | None:
    try:
        return call()
    except UserError:  # a change the rules refuse (advancing a closed one, say)
        return None


def _assert_counts_agree(services: Services, kept: KeptTally, rows: Rows) -> None:
    insights = services.insights
    counting = insights.counting()
    fresh = KeptTally(rows.all(), services.agenda.silence()).tally()
    tracked = Tally.of(insights.tracks(), TODAY, counting.no_response_days, counting.breaks)
    got = kept.tally()
    assert (got.counts, got.young) == (fresh.counts, fresh.young)
    assert (got.counts, got.young) == (tracked.counts, tracked.young)
    view = insights.view()  # from the Insights' own kept counts of their tracks
    assert (view.funnel.tally.counts, view.funnel.tally.young) == (tracked.counts, tracked.young)
    report = view.leak
    named = report.leak.headline if report.leak else report.message
    assert services.agenda.agenda(rows.all(), with_leak=False, tally=kept).leak == named


def test_today_names_no_leak_from_the_first_screenful_of_a_large_search(
    services: Services,
) -> None:
    """While a large search opens, the window holds its newest applications only: counts of
    those are not the search's, so Today names no leak from them."""
    pipeline = services.pipeline
    for n in range(6):
        details = ApplicationDetails(f"Company {n}", "Engineer", TODAY - timedelta(days=40 + n))
        pipeline.add(details)  # none of them answered: no response, every one
    silence = services.agenda.silence()
    first = pipeline.newest(2)
    agenda = services.agenda.agenda(first, with_leak=False, tally=KeptTally(first, silence))
    assert agenda.leak == ""
    whole = pipeline.summaries()
    agenda = services.agenda.agenda(whole, with_leak=False, tally=KeptTally(whole, silence))
    assert agenda.leak.startswith(
        "Application → response is where your search leaks most: 0% moved on (0 of 6)"
    )
