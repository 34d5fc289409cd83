"""Every pipeline action, what it leaves in the database, and its undo and redo."""

from __future__ import annotations

import gc
import json
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from jobdesk.domain.application import ApplicationDetails, Contact
from jobdesk.domain.enums import Channel, Outcome, RejectionReason, SizeBand, Stage
from jobdesk.domain.errors import UserError
from jobdesk.services.bundle import Services
from jobdesk.services.changes import APPLICATIONS
from jobdesk.services.pipeline import Pipeline

TODAY = date(2026, 11, 20)


def details(company: str = "Acme", role: str = "Backend Engineer") -> ApplicationDetails:
    return ApplicationDetails(
        company=company,
        role_title=role,
        applied_on=date(2026, 11, 2),
        size_band=SizeBand.SMALL,
        industry="fintech",
        channel=Channel.REFERRAL,
        resume_variant="A — impact first",
        contacts=(Contact("Jo Park", email="jo@acme.example"),),
    )


def added(pipeline: Pipeline, company: str = "Acme") -> int:
    return pipeline.add(details(company)).application_ids[0]


def test_add_stores_the_application_and_reports_the_change(pipeline: Pipeline) -> None:
    assert pipeline.is_empty()
    change = pipeline.add(details())
    assert change.kinds == frozenset({APPLICATIONS})
    (app,) = pipeline.applications()
    assert app.id == change.application_ids[0]
    assert app.details == details()
    assert (app.furthest_stage, app.outcome) == (Stage.APPLIED, Outcome.ACTIVE)
    assert pipeline.resume_variants() == ["A — impact first"]
    assert pipeline.companies() == [("Acme", SizeBand.SMALL, "fintech")]


def test_companies_are_reused_whatever_the_letter_case(pipeline: Pipeline) -> None:
    added(pipeline, "Acme")
    added(pipeline, "ACME")
    assert [c[0] for c in pipeline.companies()] == ["Acme"]
    assert {a.details.company for a in pipeline.applications()} == {"Acme"}


def test_bad_input_writes_nothing(pipeline: Pipeline) -> None:
    with pytest.raises(UserError):
        pipeline.add(details(company=" "))
    with pytest.raises(UserError):
        pipeline.add(ApplicationDetails("Acme", "Eng", date(2026, 11, 21)))
    assert pipeline.is_empty()
    assert pipeline.undo_text() is None


def test_a_refused_stage_move_changes_nothing(pipeline: Pipeline) -> None:
    app_id = added(pipeline)
    pipeline.advance(app_id, Stage.SCREEN, date(2026, 11, 5))
    before = pipeline.application(app_id)
    with pytest.raises(UserError, match="use Add a missed step"):
        pipeline.advance(app_id, Stage.RESPONDED)
    assert pipeline.application(app_id) == before
    assert pipeline.undo_text() == "Move Acme — Backend Engineer to Screen"


Action = Callable[[Pipeline, int], object]

ACTIONS: dict[str, tuple[Action, Stage, Outcome]] = {
    "edit": (
        lambda p, i: p.edit(i, details(role="Staff Engineer")),
        Stage.APPLIED,
        Outcome.ACTIVE,
    ),
    "advance": (lambda p, i: p.advance(i, Stage.TECHNICAL), Stage.TECHNICAL, Outcome.ACTIVE),
    "reject": (
        lambda p, i: p.reject(i, reason=RejectionReason.CLOSER_FIT, note="went with internal"),
        Stage.SCREEN,
        Outcome.REJECTED,
    ),
    "withdraw": (lambda p, i: p.withdraw(i), Stage.SCREEN, Outcome.WITHDRAWN),
    "ghost": (lambda p, i: p.mark_ghosted(i), Stage.SCREEN, Outcome.GHOSTED),
    "delete": (lambda p, i: p.delete([i]), Stage.SCREEN, Outcome.ACTIVE),
}


@pytest.mark.parametrize("name", list(ACTIONS))
def test_every_action_can_be_undone_and_redone(pipeline: Pipeline, name: str) -> None:
    action, stage, outcome = ACTIONS[name]
    app_id = added(pipeline)
    if name != "edit":
        pipeline.advance(app_id, Stage.SCREEN, date(2026, 11, 10))
    before = pipeline.application(app_id)

    action(pipeline, app_id)
    after = pipeline.applications()
    if name == "delete":
        assert after == []
    else:
        (changed,) = after
        assert (changed.furthest_stage, changed.outcome) == (stage, outcome)
        assert changed != before

    undo = pipeline.undo()
    assert undo.kinds == frozenset({APPLICATIONS})
    assert pipeline.applications() == [before]  # ids, contacts and history exactly as they were

    pipeline.redo()
    assert pipeline.applications() == after


def test_reopen_and_its_undo(pipeline: Pipeline) -> None:
    app_id = added(pipeline)
    pipeline.reject(app_id, date(2026, 11, 5), stage=Stage.APPLIED)
    pipeline.reopen(app_id, note="they came back")
    app = pipeline.application(app_id)
    assert app.outcome is Outcome.ACTIVE
    assert app.furthest_stage is Stage.RESPONDED  # the rejection still counts as a response
    pipeline.undo()
    assert pipeline.application(app_id).outcome is Outcome.REJECTED


def test_offer_accept_and_decline(pipeline: Pipeline) -> None:
    first, second = added(pipeline, "Acme"), added(pipeline, "Globex")
    for app_id in (first, second):
        pipeline.advance(app_id, Stage.OFFER)
    pipeline.accept_offer(first, note="Starts in January")
    pipeline.decline_offer(second)
    assert pipeline.application(first).outcome is Outcome.ACCEPTED
    assert pipeline.application(first).events[-1].note == "Starts in January"
    assert pipeline.application(second).outcome is Outcome.DECLINED
    pipeline.undo()
    assert pipeline.application(second).outcome is Outcome.ACTIVE


def test_an_earlier_date_is_recorded_as_backfilled(pipeline: Pipeline) -> None:
    app_id = added(pipeline)
    pipeline.advance(app_id, Stage.RESPONDED, date(2026, 11, 6))
    pipeline.advance(app_id, Stage.SCREEN)
    responded, screen = pipeline.application(app_id).events
    assert responded.backfilled and not screen.backfilled
    assert screen.on == TODAY


def test_deleting_several_is_one_undo_step(pipeline: Pipeline) -> None:
    ids = [added(pipeline, name) for name in ("Acme", "Globex", "Initech")]
    everything = pipeline.applications()
    pipeline.delete(ids[:2])
    assert [a.id for a in pipeline.applications()] == ids[2:]
    assert pipeline.undo_text() == "Delete 2 applications"
    pipeline.undo()
    assert pipeline.applications() == everything


def test_a_new_change_clears_redo_and_undo_says_what_it_undoes(pipeline: Pipeline) -> None:
    app_id = added(pipeline)
    pipeline.withdraw(app_id)
    pipeline.undo()
    assert pipeline.redo_text() == "Withdraw Acme — Backend Engineer"
    pipeline.mark_ghosted(app_id)
    assert pipeline.redo_text() is None
    with pytest.raises(UserError, match="nothing to redo"):
        pipeline.redo()


def test_undoing_an_add_removes_it(pipeline: Pipeline) -> None:
    added(pipeline)
    pipeline.undo()
    assert pipeline.is_empty()
    with pytest.raises(UserError, match="nothing to undo"):
        pipeline.undo()


def test_sample_search_loads_as_one_undoable_step(pipeline: Pipeline) -> None:
    change = pipeline.load_sample()
    apps = pipeline.applications()
    assert 78 <= len(apps) <= 84
    assert len(change.application_ids) == len(apps)
    assert sum(a.furthest_stage is Stage.OFFER for a in apps) == 2
    pipeline.undo()
    assert pipeline.is_empty()


def test_edit_refuses_an_applied_date_after_the_history_began(pipeline: Pipeline) -> None:
    app_id = added(pipeline)
    pipeline.advance(app_id, Stage.RESPONDED, date(2026, 11, 4))
    later = ApplicationDetails("Acme", "Backend Engineer", date(2026, 11, 10))
    with pytest.raises(UserError, match="cannot be after the first event"):
        pipeline.edit(app_id, later)
    assert pipeline.application(app_id).details.applied_on == date(2026, 11, 2)


def fill_the_disk(pipeline: Pipeline) -> None:
    """Cap the database at its current size: SQLite then answers 'database or disk is full'."""
    db = pipeline._db
    pages = db.execute_sql("PRAGMA page_count").fetchone()[0]
    db.execute_sql(f"PRAGMA max_page_count = {pages}")


def test_a_full_disk_is_explained_and_nothing_is_half_written(pipeline: Pipeline) -> None:
    app_id = added(pipeline)
    before = pipeline.applications()
    fill_the_disk(pipeline)
    with pytest.raises(UserError, match=r"could not save this change.*Nothing was changed"):
        pipeline.load_sample()
    assert pipeline.applications() == before
    assert pipeline.undo_text() == "Add Acme — Backend Engineer"  # the failed step is not recorded
    # An undo that cannot be written keeps its place, so it can be tried again later.
    pipeline.delete([app_id])
    pipeline._db.execute_sql("PRAGMA query_only = 1")  # as if the file turned read-only
    with pytest.raises(UserError, match="could not save"):
        pipeline.undo()
    assert pipeline.undo_text() == "Delete Acme — Backend Engineer"
    assert pipeline.applications() == []
    pipeline._db.execute_sql("PRAGMA query_only = 0")
    pipeline.undo()
    assert pipeline.applications() == before


# --- hostile names -------------------------------------------------------------------------

NAMES = json.loads((Path(__file__).parents[1] / "data/hostile/names.json").read_text())


@pytest.mark.parametrize("case", NAMES["invisible"], ids=[c["why"] for c in NAMES["invisible"]])
def test_invisible_direction_and_zero_width_characters_are_taken_out_of_names(
    services: Services, case: dict[str, str]
) -> None:
    details = ApplicationDetails(case["value"], case["value"], date(2026, 11, 2))
    app_id = services.pipeline.add(details).application_ids[0]
    saved = services.pipeline.application(app_id).details
    assert (saved.company, saved.role_title) == (case["shown"], case["shown"])


@pytest.mark.parametrize("broken", NAMES["broken"])
def test_a_lone_surrogate_anywhere_is_a_message_not_a_crash(
    services: Services, broken: str
) -> None:
    pipeline = services.pipeline
    with pytest.raises(UserError, match="broken character"):
        pipeline.add(ApplicationDetails(broken, "Engineer", date(2026, 11, 2)))
    with pytest.raises(UserError, match="broken character"):
        pipeline.add(ApplicationDetails("Acme", "Engineer", date(2026, 11, 2), notes=broken))
    app_id = pipeline.add(
        ApplicationDetails("Acme", "Engineer", date(2026, 11, 2))
    ).application_ids[0]
    with pytest.raises(UserError, match="broken character"):
        pipeline.reject(app_id, date(2026, 11, 10), note=broken)
    with pytest.raises(UserError, match="broken character"):
        services.feedback.add_theme(broken)
    with pytest.raises(UserError, match="broken character"):
        services.feedback.add_template(broken, "Subject", "Body")
    with pytest.raises(UserError, match="broken character"):
        services.feedback.add_template("Mine", "Subject", broken)
    assert [a.details.company for a in pipeline.applications()] == ["Acme"]


def test_the_read_of_every_application_leaves_the_cycle_collector_as_it_found_it(
    pipeline: Pipeline,
) -> None:
    """The worker's read pauses the collector for itself only: on after, or still off when
    something else had turned it off."""
    pipeline.add(ApplicationDetails("Acme", "Engineer", date(2026, 11, 2)))
    assert gc.isenabled()
    assert [a.company for a in pipeline.read_all_on_worker()] == ["Acme"]
    assert gc.isenabled()
    gc.disable()
    try:
        assert len(pipeline.read_all_on_worker()) == 1
        assert not gc.isenabled()
    finally:
        gc.enable()
