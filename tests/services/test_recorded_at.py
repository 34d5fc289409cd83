"""When each event was recorded: the real clock at the moment it was logged (not the event's
own date, not a fixed value), and kept as it was through undo, redo and restores."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path

from jobdesk.domain.application import ApplicationDetails, EventKind, StageEvent
from jobdesk.domain.enums import Outcome, RejectionReason, Stage
from jobdesk.services.bundle import Services
from jobdesk.store import applications as store

TODAY = date(2026, 11, 20)  # the services' fixed day; the clock of recorded_at is real


def recorded(path: Path) -> list[tuple[str, str, datetime]]:
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute(
            "SELECT kind, occurred_on, recorded_at FROM stage_event ORDER BY id"
        ).fetchall()
    finally:
        conn.close()
    return [(kind, on, datetime.fromisoformat(at)) for kind, on, at in rows]


def test_each_event_is_recorded_at_the_real_time_it_was_logged(services: Services) -> None:
    pipeline = services.pipeline
    path = services.paths.database
    before = datetime.now()
    (app_id,) = pipeline.add(
        ApplicationDetails("Acme", "Engineer", date(2026, 11, 2))
    ).application_ids
    pipeline.advance(app_id, Stage.SCREEN, date(2026, 11, 10))
    pipeline.reject(app_id, date(2026, 11, 12), reason=RejectionReason.BUDGET)
    after = datetime.now()
    rows = recorded(path)
    assert [(kind, on) for kind, on, _at in rows] == [
        ("stage", "2026-11-10"),
        ("outcome", "2026-11-12"),
    ]
    # Not the event's date (10 and 12 November), not the services' fixed day: now.
    for _kind, _on, at in rows:
        assert before - timedelta(seconds=1) <= at <= after + timedelta(seconds=1)
    assert rows[0][2] <= rows[1][2]


def test_undo_and_redo_keep_when_each_event_was_recorded(services: Services) -> None:
    pipeline = services.pipeline
    path = services.paths.database
    (app_id,) = pipeline.add(
        ApplicationDetails("Acme", "Engineer", date(2026, 11, 2))
    ).application_ids
    # A rejection logged yesterday evening (the store takes a time it is given, as undo
    # gives it one).
    logged = datetime(2026, 11, 19, 21, 30)
    rejection = StageEvent(
        EventKind.OUTCOME, TODAY, Stage.APPLIED, Outcome.REJECTED, recorded_at=logged
    )
    store.append_event(app_id, rejection)
    pipeline.forget_history()
    # An unrelated change to the application, undone and redone, rewrites its events from
    # the snapshot: the rejection must stay recorded when it was, or its after-rejection
    # card would come back and hidden reasons would be hidden again.
    pipeline.edit(app_id, ApplicationDetails("Acme", "Engineer", date(2026, 11, 2), notes="x"))
    pipeline.undo()
    assert [at for _k, _on, at in recorded(path)] == [logged]
    pipeline.redo()
    assert [at for _k, _on, at in recorded(path)] == [logged]
    (event,) = pipeline.application(app_id).events
    assert event.recorded_at == logged
