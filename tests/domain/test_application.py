"""How far an application got and where it stands, derived from its event log; change rules."""

from __future__ import annotations

from datetime import date

import pytest

from jobdesk.domain.application import (
    Application,
    ApplicationDetails,
    Contact,
    EventKind,
    StageEvent,
    clean_details,
    furthest_stage,
    plan_advance,
    plan_outcome,
)
from jobdesk.domain.enums import Outcome, RejectionReason, Stage
from jobdesk.domain.errors import UserError

TODAY = date(2026, 11, 20)


def stage(s: Stage, day: int) -> StageEvent:
    return StageEvent(EventKind.STAGE, date(2026, 11, day), stage=s)


def outcome(o: Outcome, day: int, at: Stage | None = None) -> StageEvent:
    return StageEvent(EventKind.OUTCOME, date(2026, 11, day), stage=at, outcome=o)


def app(*events: StageEvent) -> Application:
    return Application(1, ApplicationDetails("Acme", "Engineer", date(2026, 11, 1)), events)


def test_a_new_application_has_reached_applied_and_is_active() -> None:
    a = app()
    assert a.furthest_stage is Stage.APPLIED
    assert a.outcome is Outcome.ACTIVE
    assert a.last_activity == date(2026, 11, 1)


def test_rejection_after_a_final_round_still_counts_as_reaching_final() -> None:
    a = app(
        stage(Stage.RESPONDED, 2),
        stage(Stage.SCREEN, 4),
        stage(Stage.TECHNICAL, 8),
        stage(Stage.FINAL, 12),
        outcome(Outcome.REJECTED, 15, Stage.FINAL),
    )
    assert a.furthest_stage is Stage.FINAL
    assert a.outcome is Outcome.REJECTED
    assert a.last_activity == date(2026, 11, 15)


def test_rejection_straight_after_applying_is_a_response() -> None:
    a = app(outcome(Outcome.REJECTED, 3, Stage.APPLIED))
    assert a.furthest_stage is Stage.RESPONDED


def test_ghosting_is_not_a_response() -> None:
    a = app(outcome(Outcome.GHOSTED, 20, Stage.APPLIED))
    assert a.furthest_stage is Stage.APPLIED
    assert a.outcome is Outcome.GHOSTED


def test_a_rejection_at_a_stage_not_logged_means_that_stage_was_reached() -> None:
    assert furthest_stage([outcome(Outcome.REJECTED, 5, Stage.TECHNICAL)]) is Stage.TECHNICAL


def test_reopen_counts_by_latest_state_and_keeps_the_earlier_response() -> None:
    a = app(
        outcome(Outcome.REJECTED, 3, Stage.APPLIED),
        outcome(Outcome.ACTIVE, 10, Stage.RESPONDED),
        stage(Stage.SCREEN, 12),
    )
    assert a.outcome is Outcome.ACTIVE
    assert a.furthest_stage is Stage.SCREEN
    # Without the later screen, the reopened one still counts its response.
    assert app(*a.events[:2]).furthest_stage is Stage.RESPONDED


def test_advance_marks_an_earlier_date_as_backfilled() -> None:
    event = plan_advance(app(), Stage.SCREEN, date(2026, 11, 10), TODAY)
    assert event.stage is Stage.SCREEN and event.backfilled
    assert not plan_advance(app(), Stage.SCREEN, TODAY, TODAY).backfilled


@pytest.mark.parametrize(
    ("events", "target", "on", "message"),
    [
        ((stage(Stage.SCREEN, 5),), Stage.RESPONDED, TODAY, "use Add a missed step"),
        ((stage(Stage.SCREEN, 5),), Stage.SCREEN, TODAY, "already reached screen"),
        ((outcome(Outcome.REJECTED, 5),), Stage.SCREEN, TODAY, "Reopen it"),
        ((), Stage.SCREEN, date(2026, 11, 21), "in the future"),
        ((stage(Stage.SCREEN, 5),), Stage.TECHNICAL, date(2026, 11, 4), "before the last thing"),
        ((), Stage.SCREEN, date(2026, 10, 30), "before the last thing"),
    ],
)
def test_advance_refuses_with_a_reason(
    events: tuple[StageEvent, ...], target: Stage, on: date, message: str
) -> None:
    with pytest.raises(UserError, match=message):
        plan_advance(app(*events), target, on, TODAY)


def test_rejection_records_its_stage_reason_and_note() -> None:
    a = app(stage(Stage.SCREEN, 4))
    event = plan_outcome(
        a, Outcome.REJECTED, TODAY, TODAY, reason=RejectionReason.SKILLS_GAP, note=" Go "
    )
    assert (event.stage, event.reason, event.note) == (
        Stage.SCREEN,
        RejectionReason.SKILLS_GAP,
        "Go",
    )
    assert "skills gap (something to work on)" in event.summary


def test_rejection_cannot_come_at_a_stage_before_one_already_reached() -> None:
    with pytest.raises(UserError, match="cannot have come at applied"):
        plan_outcome(
            app(stage(Stage.SCREEN, 4)), Outcome.REJECTED, TODAY, TODAY, stage=Stage.APPLIED
        )


def test_closing_twice_and_reopening_an_active_one_are_refused() -> None:
    with pytest.raises(UserError, match="already rejected"):
        plan_outcome(app(outcome(Outcome.REJECTED, 4)), Outcome.WITHDRAWN, TODAY, TODAY)
    with pytest.raises(UserError, match="already active"):
        plan_outcome(app(), Outcome.ACTIVE, TODAY, TODAY)


def test_accepting_needs_an_offer() -> None:
    with pytest.raises(UserError, match="no offer"):
        plan_outcome(app(stage(Stage.FINAL, 4)), Outcome.ACCEPTED, TODAY, TODAY)
    accepted = plan_outcome(app(stage(Stage.OFFER, 4)), Outcome.ACCEPTED, TODAY, TODAY)
    assert accepted.outcome is Outcome.ACCEPTED


def details(**changes: object) -> ApplicationDetails:
    base = {"company": "  Acme   Corp ", "role_title": " Engineer ", "applied_on": TODAY}
    base.update(changes)
    return ApplicationDetails(**base)  # type: ignore[arg-type]


def test_clean_details_trims_and_drops_blank_contacts() -> None:
    cleaned = clean_details(
        details(contacts=(Contact(" Jo ", email=" jo@acme.example "), Contact("  "))), TODAY
    )
    assert cleaned.company == "Acme Corp"
    assert cleaned.role_title == "Engineer"
    assert cleaned.contacts == (Contact("Jo", email="jo@acme.example"),)


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"company": "   "}, "Enter the company's name"),
        ({"role_title": ""}, "Enter the role"),
        ({"applied_on": date(2026, 11, 21)}, "in the future"),
        ({"contacts": (Contact("Jo", email="not-an-address"),)}, "does not look like an email"),
        ({"contacts": (Contact("", email="jo@acme.example"),)}, "needs a name"),
    ],
)
def test_clean_details_refuses_bad_input(changes: dict[str, object], message: str) -> None:
    with pytest.raises(UserError, match=message):
        clean_details(details(**changes), TODAY)
