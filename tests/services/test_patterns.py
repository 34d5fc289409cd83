"""The patterns and improvements services on a real database."""

from __future__ import annotations

from datetime import timedelta

import pytest

from jobdesk.domain.application import ApplicationDetails
from jobdesk.domain.enums import RejectionReason, Stage
from jobdesk.domain.feedback import ReceivedFeedback
from jobdesk.domain.improvements import ImprovementDetails, ImprovementState, TooManyActive
from jobdesk.domain.interviews import DebriefDetails
from jobdesk.services.bundle import Services
from tests.conftest import TODAY


def add(services: Services, company: str) -> int:
    details = ApplicationDetails(company, "Backend Engineer", TODAY - timedelta(days=40))
    return services.pipeline.add(details).application_ids[0]


def test_patterns_read_debriefs_reasons_and_feedback(services: Services) -> None:
    a, b = add(services, "Acme"), add(services, "Globex")
    for app in (a, b):
        services.pipeline.advance(app, Stage.TECHNICAL, TODAY - timedelta(days=20))
    services.interviews.write_debrief(
        a, DebriefDetails(Stage.TECHNICAL, TODAY - timedelta(days=19), tags=("system design",))
    )
    services.pipeline.reject(b, TODAY - timedelta(days=10), reason=RejectionReason.SKILLS_GAP)
    services.feedback.record_feedback(
        ReceivedFeedback(b, TODAY - timedelta(days=5), "", ("Technical skills gap",))
    )
    services.insights.forget((a, b))
    found = {p.topic.label: p for p in services.patterns.patterns()}
    assert set(found) == {"System design", "Skills gap"}
    # The reason and the feedback are one topic, in one application: not recurring.
    gap = found["Skills gap"]
    assert (gap.mentions, gap.applications, gap.recurring) == (2, 1, False)
    assert gap.by_stage == ((Stage.TECHNICAL, 2),)
    assert found["System design"].by_stage == ((Stage.TECHNICAL, 1),)


def test_a_third_active_improvement_is_refused_until_one_is_paused(services: Services) -> None:
    plan = ImprovementDetails("Mock design rounds weekly", "System design", Stage.TECHNICAL, TODAY)
    patterns = services.patterns
    patterns.start(plan)
    patterns.start(plan)
    with pytest.raises(TooManyActive, match="one or two changes at a time"):
        patterns.start(plan)
    first = patterns.improvements()[0]
    patterns.set_state(first.id, ImprovementState.PAUSED)
    patterns.start(plan)
    assert [i.state for i in patterns.improvements()] == [
        ImprovementState.PAUSED,
        ImprovementState.ACTIVE,
        ImprovementState.ACTIVE,
    ]
    with pytest.raises(TooManyActive):
        patterns.set_state(first.id, ImprovementState.ACTIVE)


def test_starting_pausing_finishing_and_resuming_are_each_undone_and_redone(
    services: Services,
) -> None:
    plan = ImprovementDetails("Mock design rounds weekly", "System design", Stage.TECHNICAL, TODAY)
    patterns, pipeline = services.patterns, services.pipeline

    def states() -> list[str]:
        return [i.state.value for i in patterns.improvements()]

    patterns.start(plan)
    assert pipeline.undo_text() == "Start “Mock design rounds weekly”"
    first = patterns.improvements()[0].id
    for state, verb in (
        (ImprovementState.PAUSED, "Pause"),
        (ImprovementState.ACTIVE, "Resume"),
        (ImprovementState.FINISHED, "Finish"),
    ):
        before = states()
        patterns.set_state(first, state)
        assert pipeline.undo_text() == f"{verb} “Mock design rounds weekly”"
        assert pipeline.undo().kinds == frozenset({"improvements"})
        assert states() == before
        pipeline.redo()
        assert states() == [state.value]
    for _ in range(4):
        pipeline.undo()
    assert states() == []
    assert pipeline.undo_text() is None
    for _ in range(4):
        pipeline.redo()
    assert [(i.id, i.state.value) for i in patterns.improvements()] == [(first, "finished")]


def test_a_rejection_straight_after_applying_is_at_responded_whatever_its_reason(
    services: Services,
) -> None:
    for company, reason in (
        ("Hooli", RejectionReason.NO_REASON),
        ("Vandelay", RejectionReason.FILLED_INTERNALLY),
    ):
        services.pipeline.reject(add(services, company), TODAY - timedelta(days=5), reason=reason)
    found = {p.topic.label: p.by_stage for p in services.patterns.patterns()}
    assert found == {
        "Not told": ((Stage.RESPONDED, 1),),
        "Filled internally": ((Stage.RESPONDED, 1),),
    }
