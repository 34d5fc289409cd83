"""Interviews and debriefs on Today, worked out by hand on fixed moments and zones.

The week is Monday 16 to Sunday 22 November 2026. In November Berlin is UTC+1, London
UTC+0, New York UTC-5, Los Angeles UTC-8 and Tokyo UTC+9 (no clock change that week).
"""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from jobdesk.domain.enums import Stage
from jobdesk.domain.interviews import Interview, InterviewDetails, InterviewKind, debriefs_owed
from jobdesk.domain.today import (
    AgendaItem,
    ItemKind,
    debrief_items,
    interview_cap_note,
    interview_items,
    interview_reminders,
    merged,
    same_week_interviews,
)

LONDON = ZoneInfo("Europe/London")
TOKYO = ZoneInfo("Asia/Tokyo")
NAMES = {n: f"{c} — Engineer" for n, c in enumerate(["A", "B", "C", "D", "E"], start=1)}


def interview(
    interview_id: int, app_id: int, kind: InterviewKind, start: str, zone: str, minutes: int = 60
) -> Interview:
    details = InterviewDetails(kind, Stage.TECHNICAL, datetime.fromisoformat(start), zone, minutes)
    return Interview(interview_id, app_id, f"{interview_id}@test", details)


INTERVIEWS = [
    # Friday 14:00 in Berlin is 13:00 UTC, 13:00 in London.
    interview(1, 1, InterviewKind.TECHNICAL, "2026-11-20 14:00", "Europe/Berlin"),
    # Friday 19:30 in New York is Saturday 00:30 UTC.
    interview(2, 2, InterviewKind.RECRUITER_SCREEN, "2026-11-20 19:30", "America/New_York"),
    # Next Monday.
    interview(3, 3, InterviewKind.FINAL, "2026-11-23 10:00", "Europe/London"),
    # Sunday 23:30 in Los Angeles is Monday 07:30 UTC: next week on a London calendar.
    interview(4, 4, InterviewKind.SYSTEM_DESIGN, "2026-11-22 23:30", "America/Los_Angeles"),
    # Friday 08:30-09:30 in London: under way at 09:00.
    interview(5, 5, InterviewKind.BEHAVIOURAL, "2026-11-20 08:30", "Europe/London"),
    # Thursday, over.
    interview(6, 1, InterviewKind.TECHNICAL, "2026-11-19 10:00", "Europe/London"),
]


def texts(items: list[AgendaItem] | tuple[AgendaItem, ...]) -> list[tuple[int | None, str]]:
    return [(i.interview_id, i.text) for i in items]


def test_interviews_today_and_this_week_in_their_zone_and_the_users() -> None:
    now = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)  # Friday 09:00 in London
    items = merged(interview_items(INTERVIEWS, NAMES, now, LONDON))
    assert texts(items) == [
        (5, "Behavioural interview under way since 08:30 Europe/London."),
        (1, "Technical interview today at 14:00 Europe/Berlin (13:00 your time)."),
        (2, "Recruiter screen interview tomorrow at 19:30 America/New_York "
            "(00:30 on Saturday your time)."),
    ]  # fmt: skip
    assert {i.kind for i in items} == {ItemKind.INTERVIEW}
    assert [i.application_id for i in items] == [5, 1, 2]


def test_past_midnight_in_tokyo_it_is_already_saturday() -> None:
    # 16:00 UTC on Friday is 01:00 on Saturday in Tokyo: interview 1 ended at 14:00 UTC;
    # interview 2 is at 09:30 on Saturday there; Monday's are next week.
    now = datetime(2026, 11, 20, 16, 0, tzinfo=UTC)
    items = interview_items(INTERVIEWS, NAMES, now, TOKYO)
    assert texts(items) == [
        (2, "Recruiter screen interview today at 19:30 America/New_York "
            "(09:30 on Saturday your time)."),
    ]  # fmt: skip


def test_on_sunday_tomorrows_interviews_are_listed_too() -> None:
    now = datetime(2026, 11, 22, 20, 0, tzinfo=UTC)  # Sunday 20:00 in London
    items = merged(interview_items(INTERVIEWS, NAMES, now, LONDON))
    assert texts(items) == [
        (4, "System design interview tomorrow at 23:30 America/Los_Angeles "
            "(07:30 on Monday your time)."),
        (3, "Final / onsite interview tomorrow at 10:00 Europe/London."),
    ]  # fmt: skip


def test_a_debrief_is_owed_once_the_interview_is_over_and_comes_first_for_its_application() -> None:
    now = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
    owed = debriefs_owed(INTERVIEWS, [], now)
    assert [i.id for i in owed] == [6]
    items = merged(
        interview_items(INTERVIEWS, NAMES, now, LONDON), debrief_items(owed, NAMES, now, LONDON)
    )
    assert [(i.kind, i.interview_id) for i in items] == [
        (ItemKind.INTERVIEW, 5),
        (ItemKind.INTERVIEW, 1),
        (ItemKind.INTERVIEW, 2),
        (ItemKind.DEBRIEF, 6),
    ]
    assert items[-1].text == (
        "You had a technical interview yesterday: write down how it went while it is fresh."
    )
    # At 14:30 UTC the morning's behavioural round and interview 1 are over too.
    later = datetime(2026, 11, 20, 14, 30, tzinfo=UTC)
    owed = debriefs_owed(INTERVIEWS, [], later)
    assert texts(debrief_items(owed, NAMES, later, LONDON)) == [
        (6, "You had a technical interview yesterday: write down how it went while it is fresh."),
        (5, "You had a behavioural interview today: write down how it went while it is fresh."),
        (1, "You had a technical interview today: write down how it went while it is fresh."),
    ]


def test_an_interview_hides_the_other_items_of_its_application() -> None:
    now = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
    follow_up = AgendaItem(ItemKind.FOLLOW_UP, 1, NAMES[1], "A follow-up is due.", 10)
    other = AgendaItem(ItemKind.SILENT, 9, "Z — Engineer", "No reply for 40 days.", 40)
    items = merged([follow_up, other], interview_items(INTERVIEWS[:1], NAMES, now, LONDON))
    assert [(i.kind, i.application_id) for i in items] == [
        (ItemKind.INTERVIEW, 1),
        (ItemKind.SILENT, 9),
    ]


def test_the_reminder_the_day_before_on_the_users_calendar() -> None:
    now = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)  # Friday in London: Saturday is tomorrow
    notes = interview_reminders(INTERVIEWS, NAMES, now, LONDON)
    assert [(n.key, n.title, n.text) for n in notes] == [
        (
            "interview:2:2026-11-20",
            "Interview tomorrow",
            "Recruiter screen interview for B — Engineer tomorrow at 19:30 America/New_York "
            "(00:30 on Saturday your time).",
        )
    ]
    # In Tokyo it is already Saturday at 16:00 UTC: Monday's are not tomorrow yet, and
    # interview 2 is today, so there is no note.
    assert (
        interview_reminders(INTERVIEWS, NAMES, datetime(2026, 11, 20, 16, tzinfo=UTC), TOKYO) == []
    )
    # Sunday evening in London: both of Monday's.
    sunday = datetime(2026, 11, 22, 20, 0, tzinfo=UTC)
    assert [n.key for n in interview_reminders(INTERVIEWS, NAMES, sunday, LONDON)] == [
        "interview:4:2026-11-22",
        "interview:3:2026-11-22",
    ]


# --- the weekly interview cap -------------------------------------------------------------

NEXT_WEEK = [
    INTERVIEWS[2],  # Monday 23rd, 10:00 London
    INTERVIEWS[3],  # Sunday 22nd 23:30 in Los Angeles: Monday 23rd 07:30 in London
    interview(7, 5, InterviewKind.TECHNICAL, "2026-11-29 23:00", "Europe/London"),  # Sunday
    # Monday the 30th 00:30 in Berlin is 23:30 UTC: still Sunday the 29th in London.
    interview(8, 1, InterviewKind.TECHNICAL, "2026-11-30 00:30", "Europe/Berlin"),
]


def test_the_weeks_interviews_on_the_users_calendar() -> None:
    new = interview(0, 2, InterviewKind.FINAL, "2026-11-27 10:00", "Europe/London").starts
    week = same_week_interviews([*INTERVIEWS, *NEXT_WEEK[2:]], new, LONDON)
    assert [i.id for i in week] == [4, 3, 7, 8]
    # In Tokyo (UTC+9) the Los Angeles round is Monday the 23rd at 16:30, and both Sunday
    # night rounds fall on Monday the 30th: next week there.
    assert [i.id for i in same_week_interviews(NEXT_WEEK, new, TOKYO)] == [4, 3]
    assert [i.id for i in same_week_interviews(NEXT_WEEK, new, LONDON, excluding=3)] == [4, 7, 8]


def test_past_the_cap_a_note_lists_the_week_and_at_the_cap_it_does_not() -> None:
    new = interview(0, 2, InterviewKind.FINAL, "2026-11-27 10:00", "Europe/London").starts
    week = same_week_interviews(NEXT_WEEK[:3], new, LONDON)
    assert interview_cap_note(week[:2], NAMES, 3, new, LONDON) is None  # a third fits
    assert interview_cap_note(week, NAMES, 0, new, LONDON) is None  # the cap is off
    assert interview_cap_note(week, NAMES, 3, new, LONDON) == (
        "The week of Monday 23 November to Sunday 29 November already holds 3 interviews, "
        "and your weekly limit is 3:\n"
        "\n"
        "• Sun 22 Nov 2026, 23:30 (America/Los_Angeles): System design, D — Engineer\n"
        "• Mon 23 Nov 2026, 10:00 (Europe/London): Final / onsite, C — Engineer\n"
        "• Sun 29 Nov 2026, 23:00 (Europe/London): Technical, E — Engineer\n"
        "\n"
        "Interviews go better when you are rested and prepared. Schedule this one anyway if "
        "it fits, or pick another day: the limit is only a reminder (Preferences ▸ Today and "
        "pacing)."
    )
