"""The rows each old schema file (`make.py`) must hold once upgraded to the latest schema,
table by table, in primary-key order: `make.py`'s DATA, dumped once and read through, and
checked row for row by tests/store/test_schema_upgrades.py.

A schema step that changes existing rows changes these entries on purpose; a new schema
version adds its own entry. Tables a later step adds are compared by schema, not here."""

from __future__ import annotations

from typing import Any

Rows = dict[str, list[tuple[Any, ...]]]

V1: Rows = {
    "application": [
        (
            1,
            1,
            "Senior Backend Engineer",
            "backend",
            "senior",
            "Austin, TX",
            "referral",
            1,
            "https://acme.example/jobs/42",
            "$180k–$200k",
            "2026-09-01",
            "Met Dana at a meetup.",
            "Send thank-you note",
            "2026-09-20",
            "2026-09-01 09:15:00",
        ),
        (
            2,
            2,
            "Platform Engineer",
            "platform",
            "mid",
            "Remote",
            "job_board",
            2,
            "",
            "",
            "2026-09-03",
            "",
            "",
            None,
            "2026-09-03 18:40:00",
        ),
        (
            3,
            3,
            "Staff Engineer",
            "",
            "staff",
            "",
            "direct",
            None,
            "",
            "",
            "2026-09-10",
            "Backfilled from my spreadsheet",
            "",
            None,
            "2026-09-12 08:00:00",
        ),
    ],
    "company": [
        (1, "Acme Robotics", "51-200", "Robotics"),
        (2, "Globex", "10000+", ""),
        (3, "Initech", "", "Software"),
    ],
    "contact": [
        (1, 1, 0, "Dana Holt", "hiring_manager", "dana@acme.example"),
        (2, 1, 1, "Sam Recruiter", "recruiter", "sam@acme.example"),
    ],
    "resume_variant": [(1, "Backend v2"), (2, "Generalist")],
    "setting": [("minimum_sample", "5"), ("no_response_days", "30")],
    "stage_event": [
        (1, 1, "stage", "2026-09-05", "responded", None, None, "", 0, "2026-09-05 10:00:00"),
        (
            2,
            1,
            "stage",
            "2026-09-09",
            "screen",
            None,
            None,
            "Call with Sam",
            0,
            "2026-09-09 16:00:00",
        ),
        (3, 1, "stage", "2026-09-16", "technical", None, None, "", 0, "2026-09-16 12:00:00"),
        (
            4,
            2,
            "outcome",
            "2026-09-08",
            None,
            "rejected",
            "filled_internally",
            "Form email",
            0,
            "2026-09-08 09:00:00",
        ),
        (5, 3, "stage", "2026-09-11", "screen", None, None, "", 1, "2026-09-12 08:00:00"),
    ],
}

V2: Rows = {
    **V1,
    "feedback": [(2, "2026-09-12", "More Kubernetes experience wanted.", "2026-09-12 11:00:00")],
    "feedback_theme": [
        (1, "Technical skills gap", 1),
        (2, "Communication", 1),
        (3, "Experience mismatch", 1),
        (4, "Culture fit", 1),
        (5, "Kubernetes", 0),
    ],
    "feedback_theme_link": [(2, 1), (2, 5)],
    "message_sent": [(1, 2, "feedback", "2026-09-09", "clipboard", "2026-09-09 20:05:00")],
    "message_template": [
        (
            1,
            "feedback",
            "Asking for feedback",
            "feedback",
            "Thank you, $company",
            "Hi $first_name,\nCould you share one thing to improve?",
            "2026-09-09 20:00:00",
        ),
        (
            2,
            None,
            "Short follow-up",
            "follow_up",
            "Checking in",
            "Hi $first_name, any news?",
            "2026-09-10 08:30:00",
        ),
    ],
}

V3: Rows = {
    **V2,
    "attachment": [
        (
            1,
            1,
            None,
            "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            "Offer – Acme.eml",
            2048,
            "email",
            "offer_letter",
            1,
            "",
            "2026-09-25 09:00:00",
        ),
        (
            2,
            1,
            1,
            "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb",
            "offer.pdf",
            40960,
            "pdf",
            "offer_letter",
            1,
            "Found inside Offer – Acme.eml.",
            "2026-09-25 09:00:00",
        ),
        (
            3,
            3,
            None,
            "cccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc",
            "cv.docx",
            10240,
            "docx",
            "cv",
            0,
            "",
            "2026-09-12 08:05:00",
        ),
    ],
    "offer": [
        (
            1,
            1,
            2,
            "2026-09-25",
            "negotiating",
            "Senior Backend Engineer",
            "USD",
            "185000.00",
            "year",
            "15000",
            "10",
            None,
            "4000",
            None,
            "4",
            12,
            "2026-11-01",
            "2026-10-02",
            "Austin, TX",
            "Asked for 195k",
            None,
            "",
            "2026-09-25 09:01:00",
        )
    ],
}

# Schema 4 adds no rows of its own: its kept facts are what the triggers worked out from
# the history above (checked against a replay by tests/store/test_facts.py).
V4: Rows = {
    **V3,
    "application_fact": [
        # application, furthest, outcome, its stage, reason, date, last event, ever rejected
        # and, for responded, screen, technical, final, offer and a rejection at applied,
        # the first date and whether it was backfilled.
        (
            1,
            3,
            "active",
            None,
            None,
            None,
            "2026-09-16",
            0,
            "2026-09-05",
            0,
            "2026-09-09",
            0,
            "2026-09-16",
            0,
            None,
            None,
            None,
            None,
            None,
            None,
        ),
        (
            2,
            0,
            "rejected",
            None,
            "filled_internally",
            "2026-09-08",
            "2026-09-08",
            1,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
        ),
        (
            3,
            2,
            "active",
            None,
            None,
            None,
            "2026-09-11",
            0,
            None,
            None,
            "2026-09-11",
            1,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
        ),
    ],
}


# Schema 5 adds interviews and debriefs, with a debrief's tags and questions asked.
V5: Rows = {
    **V4,
    "interview": [
        (
            1,
            1,
            "recruiter_screen",
            "screen",
            "2026-09-09 15:00",
            "America/Chicago",
            30,
            "Sam Recruiter",
            "Salary range confirmed",
            "v5-screen@jobdesk",
            "2026-09-06 10:00:00",
        ),
        (
            2,
            1,
            "system_design",
            "technical",
            "2026-09-16 10:30",
            "Europe/Berlin",
            90,
            "Dana Holt\nLee Park",
            "",
            "v5-design@jobdesk",
            "2026-09-10 12:00:00",
        ),
    ],
    "debrief": [
        (
            1,
            1,
            2,
            "technical",
            "2026-09-16",
            "Clear trade-offs on caching",
            "Sharding questions caught me off guard",
            "My capacity estimates",
            "Ask about scale first",
            "A mock design round",
            3,
            "2026-09-16 18:00:00",
        ),
        (
            2,
            2,
            None,
            "responded",
            "2026-09-09",
            "",
            "",
            "",
            "Apply earlier",
            "",
            None,
            "2026-09-09 09:30:00",
        ),
    ],
    "debrief_tag": [(1, 0, "System design"), (1, 1, "Nerves"), (2, 0, "Filled internally")],
    "debrief_question": [(1, 1, 0, "Design a URL shortener"), (2, 1, 1, "How would you shard it?")],
}


# Schema 6 makes the feedback themes the one list of topics (each with its group and, if
# built in, its key; "Technical skills gap" merged into "Skills gap", keeping its links) and
# adds improvements. Every file from schema 2 on is upgraded to this list; the v5 file's
# tags ("System design", "Nerves", "Filled internally") are all built-in topics.
TOPICS_6 = [
    (1, "Skills gap", 1, "to_work_on", "skills_gap"),
    (2, "Communication", 1, "to_work_on", "communication"),
    (3, "Experience mismatch", 1, "to_work_on", "experience_mismatch"),
    (4, "Culture fit", 1, "to_work_on", "culture_fit"),
    (5, "Kubernetes", 0, "to_work_on", None),
    (6, "Filled internally", 1, "outside_control", "filled_internally"),
    (7, "Budget or headcount", 1, "outside_control", "budget"),
    (8, "A closer fit elsewhere", 1, "outside_control", "closer_fit"),
    (9, "Level mismatch", 1, "outside_control", "level_mismatch"),
    (10, "Not told", 1, "not_told", "no_reason"),
    (11, "Technical round", 1, "to_work_on", "technical_round"),
    (12, "Algorithms", 1, "to_work_on", "algorithms"),
    (13, "System design", 1, "to_work_on", "system_design"),
    (14, "Behavioural answer", 1, "to_work_on", "behavioural"),
    (15, "A specific technology", 1, "to_work_on", "specific_technology"),
    (16, "Nerves", 1, "to_work_on", "nerves"),
]
# A file made at schema 6 has the built-in topics before the user's own.
V6: Rows = {
    **V5,
    "feedback_theme": [
        *TOPICS_6[:4],
        *((i - 1, *rest) for i, *rest in TOPICS_6[5:]),
        (16, "Kubernetes", 0, "to_work_on", None),
    ],
    "feedback_theme_link": [(2, 1), (2, 16)],
    "improvement": [
        (
            1,
            "Practise system design under a timer twice a week",
            "System design",
            "technical",
            "2026-09-20",
            None,
            "active",
            "2026-09-20 08:00:00",
        ),
    ],
}

V7: Rows = {
    **V6,
    "recovery_break": [
        (1, "2026-09-21", "2026-09-27", "A week off after the Globex news", "2026-09-20 21:00:00")
    ],
}

# Schema 8: a voided event stays in the log beside its correction; the facts ignore it.
V8: Rows = {
    **V7,
    "stage_event": [
        *V1["stage_event"],
        (6, 3, "stage", "2026-09-20", "offer", None, None, "", 0, "2026-09-20 10:00:00"),
    ],
    "event_void": [(1, 6, 3, "2026-09-21", "Meant for Acme", "2026-09-21 09:00:00")],
}

# Schema 9 adds an index only: the rows are schema 8's.
V9: Rows = V8

# Schema 10 makes the offer table again (a day rate allowed): every row kept as it was.
V10: Rows = V9

EXPECTED: dict[int, Rows] = {
    1: V1,
    **{v: {**rows, "feedback_theme": TOPICS_6} for v, rows in ((2, V2), (3, V3), (4, V4), (5, V5))},
    6: V6,
    7: V7,
    8: V8,
    9: V9,
    10: V10,
}
