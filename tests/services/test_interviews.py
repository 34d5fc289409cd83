"""Interviews and debriefs through the service: each change undoable, kept with their
application through delete and undo, and exported to a calendar that parses back exactly."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar
from peewee import SqliteDatabase

from jobdesk.domain.application import ApplicationDetails
from jobdesk.domain.enums import Stage
from jobdesk.domain.errors import UserError
from jobdesk.domain.interviews import DebriefDetails, InterviewDetails, InterviewKind
from jobdesk.paths import Paths
from jobdesk.services.bundle import Services, build_services
from jobdesk.services.changes import APPLICATIONS, EVERYTHING, INTERVIEWS

TODAY = date(2026, 11, 20)
NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)


@pytest.fixture
def services(db: SqliteDatabase, paths: Paths) -> Services:
    return build_services(db, paths, today=lambda: TODAY, now=lambda: NOW)


def add_app(services: Services, company: str = "Acme") -> int:
    change = services.pipeline.add(ApplicationDetails(company, "Engineer", date(2026, 11, 2)))
    return change.application_ids[0]


def design(
    at: datetime = datetime(2026, 11, 24, 10, 30), zone: str = "Europe/Berlin"
) -> InterviewDetails:
    return InterviewDetails(
        InterviewKind.SYSTEM_DESIGN, Stage.TECHNICAL, at, zone, 90, ("Dana Holt",), "Whiteboard"
    )


def test_schedule_edit_and_delete_are_each_one_undo_step(services: Services) -> None:
    app_id = add_app(services)
    interviews = services.interviews
    change = interviews.schedule(app_id, design())
    assert change.kinds == frozenset({APPLICATIONS, INTERVIEWS})
    assert change.application_ids == (app_id,)
    assert change.description == "Schedule a system design interview with Acme"
    (first,) = interviews.interviews(app_id)
    assert first.when_text() == "Tue 24 Nov 2026, 10:30 (Europe/Berlin)"

    moved = design(datetime(2026, 11, 25, 9, 0), "America/New_York")
    interviews.edit(first.id, moved)
    assert interviews.interview(first.id).details == moved
    assert interviews.interview(first.id).uid == first.uid  # the calendar's identity stays
    with pytest.raises(UserError, match="Nothing was changed"):
        interviews.edit(first.id, moved)

    interviews.delete(first.id)
    assert interviews.interviews(app_id) == []
    undone = services.pipeline.undo()
    assert INTERVIEWS in undone.kinds
    assert interviews.interviews(app_id) == [interviews.interview(first.id)]
    assert interviews.interview(first.id).details == moved
    services.pipeline.undo()
    assert interviews.interview(first.id).details == first.details
    services.pipeline.undo()
    assert interviews.interviews(app_id) == []
    services.pipeline.redo()
    assert interviews.interviews(app_id) == [first]


def test_deleting_an_application_and_undoing_brings_back_its_interviews_and_debriefs(
    services: Services,
) -> None:
    app_id = add_app(services)
    other = add_app(services, "Globex")
    services.interviews.schedule(app_id, design())
    (held,) = services.interviews.interviews(app_id)
    details = DebriefDetails(
        Stage.TECHNICAL,
        TODAY,
        held.id,
        stumbled="Sharding",
        rating=2,
        tags=("System design",),
        questions=("Design a URL shortener", "How would you shard it?"),
    )
    services.interviews.write_debrief(app_id, details)
    services.interviews.write_debrief(other, DebriefDetails(Stage.APPLIED, TODAY, support="x"))
    before = services.interviews.debriefs()
    assert len(before) == 2

    services.pipeline.delete([app_id])
    assert services.interviews.interviews() == []
    assert [d.application_id for d in services.interviews.debriefs()] == [other]
    undone = services.pipeline.undo()
    assert INTERVIEWS in undone.kinds
    assert services.interviews.interviews(app_id) == [held]
    assert services.interviews.debriefs() == before


def test_one_debrief_per_interview_and_deleting_the_interview_keeps_the_debrief(
    services: Services,
) -> None:
    app_id = add_app(services)
    services.interviews.schedule(app_id, design())
    (held,) = services.interviews.interviews(app_id)
    services.interviews.write_debrief(
        app_id, DebriefDetails(Stage.TECHNICAL, TODAY, held.id, went_well="Trade-offs")
    )
    with pytest.raises(UserError, match="already has a debrief"):
        services.interviews.write_debrief(
            app_id, DebriefDetails(Stage.TECHNICAL, TODAY, held.id, went_well="Again")
        )
    services.interviews.delete(held.id)
    (kept,) = services.interviews.debriefs(app_id)
    assert kept.details.went_well == "Trade-offs"
    assert kept.details.interview_id is None
    services.pipeline.undo()
    assert services.interviews.debriefs(app_id)[0].details.interview_id == held.id


def test_owed_follows_the_clock_passed_in(db: SqliteDatabase, paths: Paths) -> None:
    clock = [datetime(2026, 11, 24, 10, 59, tzinfo=UTC)]
    services = build_services(db, paths, today=lambda: TODAY, now=lambda: clock[0])
    app_id = add_app(services)
    services.interviews.schedule(app_id, design())  # Berlin 10:30–12:00 = 09:30–11:00 UTC
    assert services.interviews.owed(app_id) == []
    clock[0] = datetime(2026, 11, 24, 11, 0, tzinfo=UTC)
    (owed,) = services.interviews.owed(app_id)
    services.interviews.write_debrief(
        app_id, DebriefDetails(Stage.TECHNICAL, TODAY, owed.id, differently="Ask about scale")
    )
    assert services.interviews.owed(app_id) == []


def test_tags_offered_are_the_reasons_then_the_feedback_themes(services: Services) -> None:
    names = services.interviews.tag_names()
    assert names[:3] == ["Filled internally", "Budget or headcount", "A closer fit elsewhere"]
    assert len(names) == len(set(n.casefold() for n in names))
    services.feedback.add_theme("Kubernetes")
    assert services.interviews.tag_names()[-1] == "Kubernetes"
    # The user's own topics from a debrief are offered the next time, once each.
    app_id = add_app(services)
    own = ("Whiteboard nerves", "kubernetes", "skills GAP")
    services.interviews.write_debrief(app_id, DebriefDetails(Stage.APPLIED, TODAY, tags=own))
    assert services.interviews.tag_names() == [*names, "Kubernetes", "Whiteboard nerves"]


def test_everything_includes_interviews() -> None:
    assert INTERVIEWS in EVERYTHING


def test_the_calendar_parses_back_with_exact_times_zones_and_stable_uids(
    services: Services, tmp_path: Path
) -> None:
    acme = add_app(services)
    globex = add_app(services, "Globex")
    services.interviews.schedule(acme, design())
    services.interviews.schedule(
        globex,
        InterviewDetails(
            InterviewKind.RECRUITER_SCREEN,
            Stage.SCREEN,
            datetime(2026, 11, 23, 16, 0),
            "America/Los_Angeles",
            30,
        ),
    )
    path = tmp_path / "interviews.ics"
    assert services.interviews.export_calendar(path) == 2
    cal = Calendar.from_ical(path.read_bytes())
    events = cal.walk("VEVENT")
    assert len(events) == 2
    by_uid = {str(e["UID"]): e for e in events}
    uids = {i.uid for i in services.interviews.interviews()}
    assert set(by_uid) == uids
    screen, berlin = services.interviews.interviews()  # earliest wall-clock first
    start = by_uid[berlin.uid].decoded("DTSTART")
    assert start == datetime(2026, 11, 24, 10, 30, tzinfo=ZoneInfo("Europe/Berlin"))
    assert str(start.tzinfo) == "Europe/Berlin"
    assert start.astimezone(UTC) == datetime(2026, 11, 24, 9, 30, tzinfo=UTC)
    assert by_uid[berlin.uid].decoded("DTEND").astimezone(UTC) == datetime(
        2026, 11, 24, 11, 0, tzinfo=UTC
    )
    assert by_uid[berlin.uid]["DTSTART"].params["TZID"] == "Europe/Berlin"
    assert str(by_uid[berlin.uid]["SUMMARY"]) == "System design interview: Acme"
    assert "With Dana Holt" in str(by_uid[berlin.uid]["DESCRIPTION"])
    la = by_uid[screen.uid].decoded("DTSTART")
    assert la.astimezone(UTC) == datetime(2026, 11, 24, 0, 0, tzinfo=UTC)
    assert str(la.tzinfo) == "America/Los_Angeles"
    # Each zone used is described in the file itself, for calendars that need it.
    zones = {str(tz["TZID"]) for tz in cal.walk("VTIMEZONE")}
    assert zones == {"Europe/Berlin", "America/Los_Angeles"}

    # A second export (one interview, or all again) keeps the same UIDs: calendars update.
    again = tmp_path / "again.ics"
    services.interviews.export_one(again, berlin.id)
    (one,) = Calendar.from_ical(again.read_bytes()).walk("VEVENT")
    assert str(one["UID"]) == berlin.uid


def test_exporting_nothing_or_to_a_missing_folder_says_what_to_do(
    services: Services, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(UserError, match="no interviews to export"):
        services.interviews.export_calendar(out / "none.ics")
    services.interviews.schedule(add_app(services), design())
    with pytest.raises(UserError, match="Choose another folder"):
        services.interviews.export_calendar(out / "missing" / "x.ics")
    assert list(out.iterdir()) == []


def test_the_demo_holds_interviews_debriefs_one_owed_and_upcoming(services: Services) -> None:
    services.pipeline.load_sample()
    services.interviews.load_sample()
    held = services.interviews.interviews()
    debriefs = services.interviews.debriefs()
    # Fixed by the sample's seed and the fixed today and clock above.
    assert (len(held), len(debriefs)) == (37, 26)
    assert sum(len(services.interviews.owed(a)) for a in {i.application_id for i in held}) == 9
    owed = services.interviews.owed_anywhere()
    assert len(owed) == 9
    assert owed == sorted(owed, key=lambda i: i.starts)
    assert sum(1 for i in held if i.starts > NOW) == 2
    every_stage = {i.details.stage for i in held}
    assert every_stage == {Stage.SCREEN, Stage.TECHNICAL, Stage.FINAL}
    assert all(d.details.tags and d.details.questions for d in debriefs)
