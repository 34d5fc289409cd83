"""Feedback rules: what is accepted, how themes add up to patterns, who is due a follow-up."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from jobdesk.domain.application import Application, ApplicationDetails, EventKind, StageEvent
from jobdesk.domain.enums import Outcome, Stage
from jobdesk.domain.errors import UserError
from jobdesk.domain.feedback import (
    DEFAULT_THEMES,
    MessageSent,
    ReceivedFeedback,
    Via,
    clean_feedback,
    clean_theme,
    follow_ups,
    patterns,
    sample_feedback,
)
from jobdesk.domain.sample import sample_search
from jobdesk.domain.templates import Purpose

TODAY = date(2026, 11, 20)


def app(
    app_id: int,
    company: str,
    applied: date,
    *events: StageEvent,
    next_step_on: date | None = None,
) -> Application:
    details = ApplicationDetails(company, "Engineer", applied, next_step_on=next_step_on)
    return Application(app_id, details, tuple(events))


def stage(on: date, s: Stage) -> StageEvent:
    return StageEvent(EventKind.STAGE, on, stage=s)


def outcome(on: date, o: Outcome, at: Stage = Stage.SCREEN) -> StageEvent:
    return StageEvent(EventKind.OUTCOME, on, stage=at, outcome=o)


def rejected(app_id: int, company: str) -> Application:
    return app(
        app_id,
        company,
        date(2026, 10, 1),
        stage(date(2026, 10, 3), Stage.SCREEN),
        outcome(date(2026, 10, 9), Outcome.REJECTED),
    )


def said(app_id: int, *themes: str) -> ReceivedFeedback:
    return ReceivedFeedback(app_id, date(2026, 10, 12), "text", themes)


def test_patterns_count_a_company_once_and_only_rejections() -> None:
    apps = [
        rejected(1, "Acme"),
        rejected(2, "ACME"),  # a second role at the same company: not independent
        rejected(3, "Globex"),
        rejected(4, "Initech"),
        app(5, "Umbrella", date(2026, 10, 1), stage(date(2026, 10, 5), Stage.SCREEN)),  # active
        rejected(6, "Hooli"),  # rejected, no feedback
    ]
    feedback = {
        1: said(1, "Communication", "Technical skills gap"),
        2: said(2, "Communication"),
        3: said(3, "Communication"),
        4: said(4, "Technical skills gap", "Culture fit"),
        5: said(5, "Culture fit"),  # not a rejection: left out of the patterns
    }
    report = patterns(apps, feedback, threshold=2)
    rows = [(t.theme, t.application_ids, t.companies) for t in report.themes]
    assert rows == [
        ("Communication", (1, 2, 3), 2),
        ("Technical skills gap", (1, 4), 2),
        ("Culture fit", (4,), 1),
    ]
    assert [t.theme for t in report.patterns] == ["Communication", "Technical skills gap"]
    assert (report.rejections, report.with_feedback) == (5, 4)
    assert report.summary() == (
        "Feedback from 4 of 5 rejections: 2 themes came back from 2 or more companies."
    )
    assert [t.theme for t in patterns(apps, feedback, threshold=3).patterns] == []


def test_a_rejection_before_a_reopen_still_counts() -> None:
    reopened = app(
        1,
        "Acme",
        date(2026, 10, 1),
        outcome(date(2026, 10, 5), Outcome.REJECTED, Stage.APPLIED),
        outcome(date(2026, 10, 9), Outcome.ACTIVE, Stage.RESPONDED),
    )
    report = patterns([reopened], {1: said(1, "Communication")}, threshold=2)
    assert report.rejections == 1 and report.themes[0].application_ids == (1,)


def test_summaries_when_there_is_little_to_go_on() -> None:
    assert patterns([], {}, 2).summary() == "No rejections recorded yet."
    one = [rejected(1, "Acme")]
    assert patterns(one, {}, 2).summary() == "1 rejection, none with feedback recorded yet."
    assert patterns(one, {1: said(1, "Communication")}, 2).summary() == (
        "Feedback from 1 of 1 rejection: no theme has come back often enough to be a pattern yet."
    )


def test_clean_feedback_matches_themes_and_refuses_what_cannot_be() -> None:
    application = rejected(1, "Acme")
    known = list(DEFAULT_THEMES)
    cleaned = clean_feedback(
        ReceivedFeedback(
            1, date(2026, 10, 12), "  Good call.  ", ("communication", "Communication")
        ),
        application,
        TODAY,
        known,
    )
    assert cleaned.said == "Good call." and cleaned.themes == ("Communication",)
    with pytest.raises(UserError, match="future"):
        clean_feedback(
            ReceivedFeedback(1, TODAY + timedelta(days=1), "x"), application, TODAY, known
        )
    with pytest.raises(UserError, match="before you applied"):
        clean_feedback(ReceivedFeedback(1, date(2026, 9, 1), "x"), application, TODAY, known)
    with pytest.raises(UserError, match="not a theme yet"):
        clean_feedback(ReceivedFeedback(1, TODAY, "", ("Vibes",)), application, TODAY, known)
    with pytest.raises(UserError, match="Write what they said"):
        clean_feedback(ReceivedFeedback(1, TODAY, "   "), application, TODAY, known)


def test_theme_names() -> None:
    assert clean_theme("  System   design ") == "System design"
    for bad in ["", "   ", "x" * 61, "nul\x00here"]:
        with pytest.raises(UserError):
            clean_theme(bad)


def test_follow_ups_due_after_quiet_days_and_not_after_giving_up() -> None:
    apps = [
        app(1, "Quiet ten", TODAY - timedelta(days=10)),  # due: exactly 10 days
        app(2, "Quiet nine", TODAY - timedelta(days=9)),  # not yet
        app(3, "Quiet thirty", TODAY - timedelta(days=30)),  # past no-response: left out
        app(  # screened 15 days ago, silent since: due
            4,
            "Screened",
            TODAY - timedelta(days=40),
            stage(TODAY - timedelta(days=15), Stage.SCREEN),
        ),
        app(  # interview booked ahead: not silent
            5,
            "Booked",
            TODAY - timedelta(days=20),
            stage(TODAY - timedelta(days=12), Stage.SCREEN),
            next_step_on=TODAY + timedelta(days=2),
        ),
        app(
            6,
            "Rejected",
            TODAY - timedelta(days=20),
            outcome(TODAY - timedelta(days=15), Outcome.REJECTED),
        ),
        app(7, "Followed up", TODAY - timedelta(days=20)),
        app(8, "Followed up long ago", TODAY - timedelta(days=25)),
        app(
            9,
            "Offer",
            TODAY - timedelta(days=40),
            stage(TODAY - timedelta(days=20), Stage.OFFER),
        ),
    ]
    sent = [
        MessageSent(7, Purpose.FOLLOW_UP, TODAY - timedelta(days=4), Via.CLIPBOARD),
        MessageSent(8, Purpose.FOLLOW_UP, TODAY - timedelta(days=12), Via.DRAFT),
        MessageSent(1, Purpose.THANK_YOU, TODAY - timedelta(days=2), Via.DRAFT),  # not a follow-up
    ]
    due = follow_ups(apps, sent, TODAY, after_days=10, no_response_days=30)
    assert [(f.app.id, f.days, f.followed_up_on) for f in due] == [
        (4, 15, None),
        (8, 12, TODAY - timedelta(days=12)),
        (1, 10, None),
    ]


def test_sample_feedback_is_deterministic_and_finds_patterns() -> None:
    apps = [
        Application(i, s.details, s.events) for i, s in enumerate(sample_search(TODAY), start=1)
    ]
    first = sample_feedback(apps, TODAY)
    assert first == sample_feedback(apps, TODAY)
    rejected_after_call = [
        a
        for a in apps
        if a.outcome is Outcome.REJECTED
        and a.events[-1].stage is not None
        and a.events[-1].stage >= Stage.SCREEN
    ]
    assert len(first) == len(rejected_after_call) == 8
    for request, answer in first:
        assert request.purpose is Purpose.FEEDBACK and request.on <= TODAY
        if answer is not None:
            assert request.on <= answer.received_on <= TODAY
    answers = {a.application_id: a for _, a in first if a is not None}
    report = patterns(apps, answers, threshold=2)
    assert report.patterns, "the demo shows at least one pattern"
