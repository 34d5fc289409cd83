"""When a debrief is owed, on fixed clocks and zones; interviews' times and the debrief form."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from jobdesk.domain.enums import Stage
from jobdesk.domain.errors import UserError
from jobdesk.domain.interviews import (
    Debrief,
    DebriefDetails,
    Interview,
    InterviewDetails,
    InterviewKind,
    clean_debrief,
    clean_interview,
    debriefs_owed,
    questions_from_text,
)

TODAY = date(2026, 11, 20)


def interview(
    number: int, starts: datetime, zone: str, minutes: int = 60, app_id: int = 1
) -> Interview:
    details = InterviewDetails(InterviewKind.TECHNICAL, Stage.TECHNICAL, starts, zone, minutes)
    return Interview(number, app_id, f"uid-{number}", details)


def debrief_for(interview_id: int | None) -> Debrief:
    return Debrief(7, 1, DebriefDetails(Stage.TECHNICAL, TODAY, interview_id, went_well="x"))


def test_a_debrief_is_owed_from_the_minute_the_interview_ends_in_its_own_zone() -> None:
    # 14:00–15:30 in Berlin (UTC+1 in November) ends at 14:30 UTC.
    berlin = interview(1, datetime(2026, 11, 19, 14, 0), "Europe/Berlin", 90)
    assert berlin.ends == datetime(2026, 11, 19, 14, 30, tzinfo=UTC)
    just_before = datetime(2026, 11, 19, 14, 29, 59, tzinfo=UTC)
    at_the_end = datetime(2026, 11, 19, 14, 30, tzinfo=UTC)
    assert debriefs_owed([berlin], [], just_before) == []
    assert debriefs_owed([berlin], [], at_the_end) == [berlin]
    # The same moment read on a clock in New York (09:30 there) says the same.
    new_york = at_the_end.astimezone(ZoneInfo("America/New_York"))
    assert new_york.hour == 9
    assert debriefs_owed([berlin], [], new_york) == [berlin]


def test_zones_behind_utc_and_a_written_debrief() -> None:
    # 16:00 in Los Angeles on 19 Nov is already 20 Nov in UTC (00:00); 45 minutes long.
    la = interview(2, datetime(2026, 11, 19, 16, 0), "America/Los_Angeles", 45)
    tokyo = interview(3, datetime(2026, 11, 20, 9, 0), "Asia/Tokyo", 60)  # 00:00–01:00 UTC
    now = datetime(2026, 11, 20, 0, 50, tzinfo=UTC)
    assert debriefs_owed([tokyo, la], [], now) == [la]  # Tokyo's ends at 01:00 UTC
    assert debriefs_owed([tokyo, la], [], now + timedelta(minutes=10)) == [la, tokyo]
    # Once written, a debrief is no longer owed; one for another interview changes nothing.
    later = now + timedelta(hours=1)
    assert debriefs_owed([tokyo, la], [debrief_for(2)], later) == [tokyo]
    assert debriefs_owed([tokyo, la], [debrief_for(None)], later) == [la, tokyo]


def test_an_interview_over_a_clock_change_lasts_its_minutes() -> None:
    # Europe/London goes back an hour at 02:00 BST on 25 Oct 2026 (01:00 UTC).
    night = interview(4, datetime(2026, 10, 25, 0, 30), "Europe/London", 120)
    assert night.starts.astimezone(UTC) == datetime(2026, 10, 24, 23, 30, tzinfo=UTC)
    assert night.ends.astimezone(UTC) == datetime(2026, 10, 25, 1, 30, tzinfo=UTC)
    assert night.ends.replace(tzinfo=None) == datetime(2026, 10, 25, 1, 30)  # GMT by then
    assert debriefs_owed([night], [], datetime(2026, 10, 25, 1, 29, tzinfo=UTC)) == []
    assert debriefs_owed([night], [], datetime(2026, 10, 25, 1, 30, tzinfo=UTC)) == [night]


def test_the_clock_must_carry_a_zone() -> None:
    with pytest.raises(ValueError):
        debriefs_owed([], [], datetime(2026, 11, 20, 12, 0))


def test_an_interview_is_cleaned_and_checked() -> None:
    raw = InterviewDetails(
        InterviewKind.SYSTEM_DESIGN,
        Stage.TECHNICAL,
        datetime(2026, 11, 24, 10, 30, 15),
        "Europe/Berlin",
        90,
        ("  Dana  Holt ", "", "dana holt", "Lee Park"),
        "  Bring a pen \n",
    )
    clean = clean_interview(raw)
    assert clean.starts_at == datetime(2026, 11, 24, 10, 30)
    assert clean.interviewers == ("Dana Holt", "Lee Park")
    assert clean.notes == "Bring a pen"
    with pytest.raises(UserError, match="not a time zone"):
        clean_interview(InterviewDetails(raw.kind, raw.stage, raw.starts_at, "Mars/Olympus"))
    with pytest.raises(UserError, match="between 1 minute and 24 hours"):
        clean_interview(InterviewDetails(raw.kind, raw.stage, raw.starts_at, "UTC", 0))


def test_a_debrief_is_cleaned_and_an_empty_one_refused() -> None:
    details = DebriefDetails(
        Stage.TECHNICAL,
        TODAY,
        went_well=" Explained trade-offs ",
        rating=4,
        tags=("System design", "system design", " Nerves "),
        questions=questions_from_text("Design a cache\n\n  How would you evict?  \n"),
    )
    clean = clean_debrief(details, TODAY)
    assert clean.went_well == "Explained trade-offs"
    assert clean.tags == ("System design", "Nerves")
    assert clean.questions == ("Design a cache", "How would you evict?")
    with pytest.raises(UserError, match="empty"):
        clean_debrief(DebriefDetails(Stage.SCREEN, TODAY), TODAY)
    with pytest.raises(UserError, match="1 to 5"):
        clean_debrief(DebriefDetails(Stage.SCREEN, TODAY, rating=6), TODAY)
    with pytest.raises(UserError, match="after today"):
        clean_debrief(DebriefDetails(Stage.SCREEN, date(2026, 11, 21), support="x"), TODAY)


def test_a_debrief_matches_text_in_answers_tags_and_questions() -> None:
    found = Debrief(
        1,
        1,
        DebriefDetails(
            Stage.TECHNICAL, TODAY, stumbled="Sharding", tags=("Nerves",), questions=("LRU?",)
        ),
    )
    assert found.matches("shard")
    assert found.matches("NERV")
    assert found.matches("lru")
    assert not found.matches("kubernetes")
