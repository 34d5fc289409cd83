"""Build `v1.sqlite` … `vN.sqlite`: a database at each schema version, holding data of every
kind that version knows, written with that version's frozen SQL steps.

Run from the repository root after adding a schema step, then add the new version's rows
to `DATA` below and its expected rows to `expected.py`:

    python tests/data/schemas/make.py [FOLDER]

(into FOLDER instead, to compare). It writes the same bytes on every run with the same SQLite
release, so `git status` shows a file changed only when its schema or rows did
(tests/store/test_schema_files.py checks it). The files are committed; tests only read
copies of them.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

from peewee import SqliteDatabase  # noqa: E402

from jobdesk.store.migrations import MIGRATIONS, migrate  # noqa: E402

# The rows each step's tables get, as that step's own SQL would hold them. A file at
# version n gets the rows of steps 1..n. Dates and times are fixed so the files never change.
DATA: dict[int, tuple[str, ...]] = {
    1: (
        "INSERT INTO company (id, name, size_band, industry) VALUES "
        "(1, 'Acme Robotics', '51-200', 'Robotics'), (2, 'Globex', '10000+', ''), "
        "(3, 'Initech', '', 'Software')",
        "INSERT INTO resume_variant (id, name) VALUES (1, 'Backend v2'), (2, 'Generalist')",
        "INSERT INTO application (id, company_id, role_title, role_type, seniority, location, "
        "channel, resume_variant_id, job_url, salary_text, applied_on, notes, next_step, "
        "next_step_on, created_at) VALUES "
        "(1, 1, 'Senior Backend Engineer', 'backend', 'senior', 'Austin, TX', 'referral', 1, "
        "'https://acme.example/jobs/42', '$180k–$200k', '2026-09-01', 'Met Dana at a meetup.', "
        "'Send thank-you note', '2026-09-20', '2026-09-01 09:15:00'), "
        "(2, 2, 'Platform Engineer', 'platform', 'mid', 'Remote', 'job_board', 2, '', '', "
        "'2026-09-03', '', '', NULL, '2026-09-03 18:40:00'), "
        "(3, 3, 'Staff Engineer', '', 'staff', '', 'direct', NULL, '', '', '2026-09-10', "
        "'Backfilled from my spreadsheet', '', NULL, '2026-09-12 08:00:00')",
        "INSERT INTO contact (id, application_id, position, name, role, email) VALUES "
        "(1, 1, 0, 'Dana Holt', 'hiring_manager', 'dana@acme.example'), "
        "(2, 1, 1, 'Sam Recruiter', 'recruiter', 'sam@acme.example')",
        "INSERT INTO stage_event (id, application_id, kind, occurred_on, stage, outcome, reason, "
        "note, backfilled, recorded_at) VALUES "
        "(1, 1, 'stage', '2026-09-05', 'responded', NULL, NULL, '', 0, '2026-09-05 10:00:00'), "
        "(2, 1, 'stage', '2026-09-09', 'screen', NULL, NULL, 'Call with Sam', 0, "
        "'2026-09-09 16:00:00'), "
        "(3, 1, 'stage', '2026-09-16', 'technical', NULL, NULL, '', 0, '2026-09-16 12:00:00'), "
        "(4, 2, 'outcome', '2026-09-08', NULL, 'rejected', 'filled_internally', 'Form email', 0, "
        "'2026-09-08 09:00:00'), "
        "(5, 3, 'stage', '2026-09-11', 'screen', NULL, NULL, '', 1, '2026-09-12 08:00:00')",
        "INSERT INTO setting (key, value) VALUES ('no_response_days', '30'), "
        "('minimum_sample', '5')",
    ),
    2: (
        "INSERT INTO message_template (id, builtin_key, name, purpose, subject, body, "
        "modified_at) VALUES (1, 'feedback', 'Asking for feedback', 'feedback', "
        "'Thank you, $company', 'Hi $first_name,\nCould you share one thing to improve?', "
        "'2026-09-09 20:00:00'), (2, NULL, 'Short follow-up', 'follow_up', 'Checking in', "
        "'Hi $first_name, any news?', '2026-09-10 08:30:00')",
        "INSERT INTO message_sent (id, application_id, purpose, sent_on, via, recorded_at) "
        "VALUES (1, 2, 'feedback', '2026-09-09', 'clipboard', '2026-09-09 20:05:00')",
        "INSERT INTO feedback (application_id, received_on, said, recorded_at) VALUES "
        "(2, '2026-09-12', 'More Kubernetes experience wanted.', '2026-09-12 11:00:00')",
        # No fixed id: from schema 6 on, the built-in topics come first.
        "INSERT INTO feedback_theme (name, builtin) VALUES ('Kubernetes', 0)",
        "INSERT INTO feedback_theme_link (application_id, theme_id) VALUES (2, 1), "
        "(2, (SELECT id FROM feedback_theme WHERE name = 'Kubernetes'))",
    ),
    3: (
        "INSERT INTO attachment (id, application_id, parent_id, sha256, display_name, size, "
        "media_type, kind, readable, note, added_at) VALUES "
        "(1, 1, NULL, '" + "a" * 64 + "', 'Offer – Acme.eml', 2048, 'email', 'offer_letter', 1, "
        "'', '2026-09-25 09:00:00'), "
        "(2, 1, 1, '" + "b" * 64 + "', 'offer.pdf', 40960, 'pdf', 'offer_letter', 1, "
        "'Found inside Offer – Acme.eml.', '2026-09-25 09:00:00'), "
        "(3, 3, NULL, '" + "c" * 64 + "', 'cv.docx', 10240, 'docx', 'cv', 0, '', "
        "'2026-09-12 08:05:00')",
        "INSERT INTO offer (id, application_id, source_attachment_id, received_on, status, "
        "title, currency, base_amount, base_period, sign_on, bonus_percent, bonus_amount, "
        "equity_units, equity_value, vesting_years, cliff_months, start_on, deadline_on, "
        "location, notes, exchange_rate, rate_currency, created_at) VALUES "
        "(1, 1, 2, '2026-09-25', 'negotiating', 'Senior Backend Engineer', 'USD', '185000.00', "
        "'year', '15000', '10', NULL, '4000', NULL, '4', 12, '2026-11-01', '2026-10-02', "
        "'Austin, TX', 'Asked for 195k', NULL, '', '2026-09-25 09:01:00')",
    ),
    5: (
        "INSERT INTO interview (id, application_id, kind, stage, starts_at, time_zone, "
        "duration_minutes, interviewers, notes, uid, created_at) VALUES "
        "(1, 1, 'recruiter_screen', 'screen', '2026-09-09 15:00', 'America/Chicago', 30, "
        "'Sam Recruiter', 'Salary range confirmed', 'v5-screen@jobdesk', "
        "'2026-09-06 10:00:00'), "
        "(2, 1, 'system_design', 'technical', '2026-09-16 10:30', 'Europe/Berlin', 90, "
        "'Dana Holt\nLee Park', '', 'v5-design@jobdesk', '2026-09-10 12:00:00')",
        "INSERT INTO debrief (id, application_id, interview_id, stage, written_on, went_well, "
        "stumbled, preparation, differently, support, rating, created_at) VALUES "
        "(1, 1, 2, 'technical', '2026-09-16', 'Clear trade-offs on caching', "
        "'Sharding questions caught me off guard', 'My capacity estimates', "
        "'Ask about scale first', 'A mock design round', 3, '2026-09-16 18:00:00'), "
        "(2, 2, NULL, 'responded', '2026-09-09', '', '', '', 'Apply earlier', '', NULL, "
        "'2026-09-09 09:30:00')",
        "INSERT INTO debrief_tag (debrief_id, position, name) VALUES "
        "(1, 0, 'System design'), (1, 1, 'Nerves'), (2, 0, 'Filled internally')",
        "INSERT INTO debrief_question (id, debrief_id, position, question) VALUES "
        "(1, 1, 0, 'Design a URL shortener'), (2, 1, 1, 'How would you shard it?')",
    ),
    6: (
        "INSERT INTO improvement (id, action, topic, stage, started_on, ends_on, state, "
        "created_at) VALUES (1, 'Practise system design under a timer twice a week', "
        "'System design', 'technical', '2026-09-20', NULL, 'active', '2026-09-20 08:00:00')",
    ),
    7: (
        "INSERT INTO recovery_break (id, starts_on, ends_on, note, created_at) VALUES "
        "(1, '2026-09-21', '2026-09-27', 'A week off after the Globex news', "
        "'2026-09-20 21:00:00')",
    ),
    8: (
        # An offer logged on the wrong application, then corrected: it stays in the log.
        "INSERT INTO stage_event (id, application_id, kind, occurred_on, stage, outcome, reason, "
        "note, backfilled, recorded_at) VALUES "
        "(6, 3, 'stage', '2026-09-20', 'offer', NULL, NULL, '', 0, '2026-09-20 10:00:00')",
        "INSERT INTO event_void (id, event_id, application_id, voided_on, note, recorded_at) "
        "VALUES (1, 6, 3, '2026-09-21', 'Meant for Acme', '2026-09-21 09:00:00')",
    ),
}


def build(version: int, path: Path) -> None:
    """Write the file for `version` at `path`, the same bytes on every run: a fixed page
    size, a rollback journal (no WAL beside it), the fixed rows in a fixed order, no clock.
    The steps run in a scratch file, which `VACUUM INTO` then copies whole, so the header
    keeps no count of the transactions it took (its change counter is 1)."""
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch) / path.name
        db = SqliteDatabase(
            str(work),
            pragmas=(("page_size", 4096), ("journal_mode", "delete"), ("foreign_keys", 1)),
        )
        db.connect()
        migrate(db, None, MIGRATIONS[:version])
        with db.atomic():
            for step in range(1, version + 1):
                for statement in DATA.get(step, ()):  # a derived-only step adds no rows
                    db.execute_sql(statement)
        written = Path(scratch) / "copy.sqlite"
        db.execute_sql("VACUUM INTO ?", (str(written),))
        db.close()
        # Replaced whole: a run that fails half-way leaves the committed file as it was.
        os.replace(written, path)


def main(argv: list[str]) -> None:
    folder = Path(argv[0]) if argv else HERE
    for version in range(1, len(MIGRATIONS) + 1):
        build(version, folder / f"v{version}.sqlite")
        print(f"wrote {folder / f'v{version}.sqlite'}")


if __name__ == "__main__":
    main(sys.argv[1:])
