"""The kept per-application facts always equal a replay of the log, whatever was written."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, timedelta
from functools import partial
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from peewee import SqliteDatabase

from jobdesk.domain.application import (
    ApplicationDetails,
    Correction,
    EventKind,
    StageEvent,
    summary_of,
)
from jobdesk.domain.enums import Channel, Outcome, RejectionReason, Stage
from jobdesk.domain.errors import UserError
from jobdesk.domain.funnel import track
from jobdesk.services.pipeline import Pipeline
from jobdesk.store import applications as store
from jobdesk.store import facts
from jobdesk.store.database import open_database
from jobdesk.store.insights import load_tracks

TODAY = date(2026, 11, 20)
START = date(2026, 6, 1)


@pytest.fixture(scope="module")
def shared_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SqliteDatabase]:
    """One file for every example (emptied between them): hypothesis runs hundreds."""
    db = open_database(Path(tmp_path_factory.mktemp("facts")) / "jobdesk.sqlite")
    yield db
    db.close()


def _empty(db: SqliteDatabase) -> None:
    db.execute_sql("DELETE FROM application")
    db.execute_sql("DELETE FROM company")


def _assert_facts_match_the_log() -> None:
    apps = store.load_all()
    assert facts.summaries() == [summary_of(a) for a in apps]
    assert facts.differences() == []
    # The Insights' tracks too: how far each got, where it stands, its dates and their flags.
    assert load_tracks() == [track(a) for a in apps]


# Any log at all, even one the change rules would refuse (written by an import, say):
# the summary's and the track's stage and outcome follow the canonical replay.
events = st.lists(
    st.builds(
        StageEvent,
        kind=st.sampled_from(EventKind),
        on=st.dates(START, TODAY),
        stage=st.none() | st.sampled_from(Stage),
        outcome=st.none() | st.sampled_from(Outcome),
        reason=st.none() | st.sampled_from(RejectionReason),
        backfilled=st.booleans(),
    ),
    max_size=8,
)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    logs=st.lists(events, min_size=1, max_size=4),
    drop=st.integers(0, 3),
    voids=st.lists(st.integers(0, 40), max_size=6),
)
def test_any_log_gives_the_summary_its_replay_gives(
    shared_db: SqliteDatabase, logs: list[list[StageEvent]], drop: int, voids: list[int]
) -> None:
    _empty(shared_db)
    ids = []
    for number, log in enumerate(logs):
        # Outcome events need an outcome, stage events a stage, as the table's rows always have.
        cleaned = [
            e
            for e in log
            if (e.kind is EventKind.STAGE and e.stage is not None)
            or (e.kind is EventKind.OUTCOME and e.outcome is not None)
        ]
        details = ApplicationDetails(f"Company {number}", "Engineer", START)
        ids.append(store.insert(details, cleaned))
    _assert_facts_match_the_log()
    # Corrections void any events at all: the facts replay only the events left.
    logged = [(a.id, e) for a in store.load_all() for e in a.events]
    for pick in dict.fromkeys(voids):
        if logged:
            app_id, voided = logged[pick % len(logged)]
            if not any(c.event.id == voided.id for c in store.load(app_id).corrections):
                store.append_correction(app_id, Correction(voided, TODAY))
    _assert_facts_match_the_log()
    # Undo puts a snapshot back by deleting and re-adding events: the facts follow.
    victim = ids[drop % len(ids)]
    snapshot = store.load(victim)
    assert snapshot is not None
    store.restore(snapshot.__class__(snapshot.id, snapshot.details, snapshot.events[:-1]))
    _assert_facts_match_the_log()
    store.delete(victim)
    _assert_facts_match_the_log()


# Logs made the way the user makes them, through the service and its rules (reopen,
# backfilled dates, rejections right after a reply, undo and redo): the Insights' tracks
# read from the kept facts equal the tracks replayed from the whole log.
actions = st.lists(
    st.tuples(
        st.sampled_from(
            [
                "advance",
                "reject",
                "withdraw",
                "ghost",
                "reopen",
                "accept",
                "missed",
                "correct",
                "undo",
                "redo",
            ]
        ),
        st.sampled_from(Stage),
        st.integers(0, 20),  # days after the last activity
        st.booleans(),  # reject at applied
    ),
    max_size=14,
)


@settings(
    max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(steps=actions, applications=st.integers(1, 3))
def test_tracks_from_the_kept_facts_equal_a_replay(
    shared_db: SqliteDatabase, steps: list[tuple[str, Stage, int, bool]], applications: int
) -> None:
    _empty(shared_db)
    pipeline = Pipeline(shared_db, today=lambda: TODAY)
    ids = [
        pipeline.add(ApplicationDetails(f"C{i}", "Engineer", START)).application_ids[0]
        for i in range(applications)
    ]
    for number, (action, stage, days, at_applied) in enumerate(steps):
        app = pipeline.find(ids[number % len(ids)])
        if app is None:  # undone before it was added
            continue
        on = min(TODAY, app.last_activity + timedelta(days=days))
        calls: dict[str, Callable[[], object]] = {
            "advance": partial(pipeline.advance, app.id, stage, on),
            "reject": partial(
                pipeline.reject, app.id, on, stage=Stage.APPLIED if at_applied else None
            ),
            "withdraw": partial(pipeline.withdraw, app.id, on),
            "ghost": partial(pipeline.mark_ghosted, app.id, on),
            "reopen": partial(pipeline.reopen, app.id, on),
            "accept": partial(pipeline.accept_offer, app.id, on),
            # A missed step on a day before the last activity; a correction of one event.
            "missed": partial(
                pipeline.add_missed_step, app.id, stage, app.last_activity - timedelta(days=days)
            ),
            "correct": partial(
                pipeline.correct,
                app.id,
                app.events[days % len(app.events)].id if app.events else -1,
            ),
            "undo": pipeline.undo,
            "redo": pipeline.redo,
        }
        try:
            calls[action]()
        except UserError:
            continue
    _assert_facts_match_the_log()
    assert load_tracks() == [track(a) for a in store.load_all()]


def test_rebuild_repairs_facts_changed_behind_the_triggers(db: SqliteDatabase) -> None:
    pipeline = Pipeline(db, today=lambda: TODAY)
    pipeline.load_sample()
    db.execute_sql(
        "UPDATE application_fact SET furthest = 5, outcome = 'accepted' WHERE rowid <= 3"
    )
    assert len(facts.differences()) == 3
    assert facts.rebuild() == 3
    assert facts.differences() == []
    _assert_facts_match_the_log()


def test_every_application_read_at_once_equals_each_read_by_itself(db: SqliteDatabase) -> None:
    """The read of every application (companies and resume variants looked up apart) gives
    what the read of a few gives, and what a replay gives: names, variants, dates."""
    made = [
        ApplicationDetails("Acme 2", "Engineer", START, resume_variant="A — impact first"),
        ApplicationDetails("Bolt", "Lead", START + timedelta(days=3), next_step="Call"),
        ApplicationDetails("Acme 2", "Manager", START, resume_variant="B — skills first"),
        ApplicationDetails(
            "Cog", "Engineer", START, next_step="Send", next_step_on=START + timedelta(days=9)
        ),
    ]
    ids = [store.insert(details) for details in made]
    store.append_event(ids[1], StageEvent(EventKind.STAGE, START + timedelta(days=5), Stage.SCREEN))
    every = facts.summaries()
    assert every == facts.summaries(ids) == [summary_of(a) for a in store.load_all()]
    assert [(s.company, s.resume_variant) for s in every] == [
        ("Acme 2", "A — impact first"),
        ("Bolt", ""),
        ("Acme 2", "B — skills first"),
        ("Cog", ""),
    ]
    assert every[1].last_activity == START + timedelta(days=5)
    assert every[3].next_step_on == START + timedelta(days=9)
    assert every[0].company is every[2].company  # one name object per company


def test_a_channel_this_jobdesk_does_not_know_reads_as_other_everywhere(
    db: SqliteDatabase,
) -> None:
    app_id = store.insert(ApplicationDetails("Acme", "Engineer", START))
    db.execute_sql("UPDATE application SET channel = 'fax' WHERE id = ?", (app_id,))  # by hand
    assert store.load(app_id).details.channel is Channel.OTHER  # was a ValueError
    assert [a.details.channel for a in store.load_all()] == [Channel.OTHER]
    assert facts.summaries()[0].channel is Channel.OTHER
