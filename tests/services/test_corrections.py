"""A missed step added with its true date, a wrong event voided: the log stays append-only,
the figures follow, and undo and redo take each back."""

from __future__ import annotations

from datetime import date

import pytest

from jobdesk.domain.application import ApplicationDetails, EventKind
from jobdesk.domain.enums import Outcome, RejectionReason, Stage
from jobdesk.domain.errors import UserError
from jobdesk.services.bundle import Services
from jobdesk.services.pipeline import Pipeline
from jobdesk.store.tables import database

TODAY = date(2026, 11, 20)


def applied(pipeline: Pipeline) -> int:
    change = pipeline.add(ApplicationDetails("Acme", "Engineer", date(2026, 10, 1)))
    return change.application_ids[0]


def stored_events() -> int:
    return int(database.execute_sql("SELECT count(*) FROM stage_event").fetchone()[0])


def test_a_missed_screen_before_a_technical_round_is_added_backfilled(
    pipeline: Pipeline,
) -> None:
    app_id = applied(pipeline)
    pipeline.advance(app_id, Stage.RESPONDED, date(2026, 10, 3))
    pipeline.advance(app_id, Stage.TECHNICAL, date(2026, 10, 20))
    # Moving forward to the screen is refused: it is behind the technical round.
    with pytest.raises(UserError, match="use Add a missed step"):
        pipeline.advance(app_id, Stage.SCREEN, date(2026, 10, 10))
    change = pipeline.add_missed_step(app_id, Stage.SCREEN, date(2026, 10, 10))
    assert change.description == "Add Screen to Acme — Engineer"
    app = pipeline.application(app_id)
    # Each was entered after its day (backfilled); the screen always is, being missed.
    assert [(e.on.day, e.stage, e.backfilled) for e in app.events] == [
        (3, Stage.RESPONDED, True),
        (10, Stage.SCREEN, True),
        (20, Stage.TECHNICAL, True),
    ]
    pipeline.undo()
    assert [e.stage for e in pipeline.application(app_id).events] == [
        Stage.RESPONDED,
        Stage.TECHNICAL,
    ]
    pipeline.redo()
    assert len(pipeline.application(app_id).events) == 3


@pytest.mark.parametrize(
    ("stage", "on", "message"),
    [
        (Stage.SCREEN, date(2026, 10, 21), "would come after “Reached technical” on 20 Oct"),
        (Stage.SCREEN, date(2026, 10, 2), "would come before “Reached responded” on 3 Oct"),
        (Stage.SCREEN, date(2026, 9, 30), "before the application was sent"),
        (Stage.SCREEN, date(2026, 11, 21), "in the future"),
        (Stage.RESPONDED, date(2026, 10, 3), "already has responded in its history"),
        (Stage.TECHNICAL, date(2026, 10, 3), "already has technical"),
        (Stage.FINAL, date(2026, 10, 25), "has not gone past final round yet"),
        (Stage.APPLIED, date(2026, 10, 1), "change the applied date in Edit"),
    ],
)
def test_a_missed_step_that_contradicts_the_log_is_refused(
    pipeline: Pipeline, stage: Stage, on: date, message: str
) -> None:
    app_id = applied(pipeline)
    pipeline.advance(app_id, Stage.RESPONDED, date(2026, 10, 3))
    pipeline.advance(app_id, Stage.TECHNICAL, date(2026, 10, 20))
    before = stored_events()
    with pytest.raises(UserError, match=message):
        pipeline.add_missed_step(app_id, stage, on)
    assert stored_events() == before


def test_a_wrong_rejection_is_voided_and_the_figures_follow(services: Services) -> None:
    pipeline = services.pipeline
    app_id = applied(pipeline)
    pipeline.advance(app_id, Stage.RESPONDED, date(2026, 10, 3))
    pipeline.reject(app_id, date(2026, 10, 5), reason=RejectionReason.BUDGET)
    wrong = pipeline.application(app_id).events[-1]
    assert services.insights.view().rejections.total == 1

    change = pipeline.correct(app_id, wrong.id or 0, "That was another company's letter")
    assert change.description == (
        "Correct “Rejected at responded: budget or headcount (outside your control)” "
        "of Acme — Engineer"
    )
    app = pipeline.application(app_id)
    assert app.outcome is Outcome.ACTIVE
    assert [e.kind for e in app.events] == [EventKind.STAGE]
    (correction,) = app.corrections
    assert (correction.event, correction.on) == (wrong, TODAY)
    assert correction.note == "That was another company's letter"
    # The log is append-only: the rejection is still stored, beside its correction.
    assert stored_events() == 2
    (summary,) = pipeline.summaries([app_id])
    assert (summary.outcome, summary.was_rejected) == (Outcome.ACTIVE, False)
    services.insights.forget((app_id,))
    assert services.insights.view().rejections.total == 0
    with pytest.raises(UserError, match="already corrected"):
        pipeline.correct(app_id, wrong.id or 0)

    pipeline.undo()
    assert pipeline.application(app_id).outcome is Outcome.REJECTED
    assert pipeline.application(app_id).corrections == ()
    services.insights.forget((app_id,))
    assert services.insights.view().rejections.total == 1
    pipeline.redo()
    assert pipeline.application(app_id).corrections == (correction,)
    assert pipeline.summaries([app_id])[0].outcome is Outcome.ACTIVE


def test_an_application_with_a_correction_is_deleted_and_brought_back_whole(
    pipeline: Pipeline,
) -> None:
    app_id = applied(pipeline)
    pipeline.advance(app_id, Stage.SCREEN, date(2026, 10, 8))
    pipeline.correct(app_id, pipeline.application(app_id).events[0].id or 0)
    kept = pipeline.application(app_id)
    pipeline.delete([app_id])
    pipeline.undo()
    assert pipeline.application(app_id) == kept
    assert pipeline.summaries([app_id])[0].furthest_stage is Stage.APPLIED
