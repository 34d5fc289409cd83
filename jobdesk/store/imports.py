"""What an import needs of the store: the keys of stored applications (to find duplicates)
and a lean insert for thousands of new applications in the caller's transaction.

The insert is plain SQL: building each statement with peewee cost about a millisecond,
most of an import's time at 5,000 rows. It writes what `applications.insert` writes,
except that an existing company's size and industry are left as they are (a file that
does not know them must not blank them).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from jobdesk.domain.application import Application, ApplicationDetails, StageEvent
from jobdesk.domain.enums import SizeBand
from jobdesk.store.tables import database


def application_keys() -> list[tuple[int, str, str, date]]:
    """(id, company, role, applied date) of every application, oldest first."""
    rows = database.execute_sql(
        "SELECT a.id, c.name, a.role_title, a.applied_on FROM application AS a "
        "JOIN company AS c ON c.id = a.company_id ORDER BY a.id"
    )
    return [
        (int(i), str(company), str(role), date.fromisoformat(str(on)[:10]))
        for i, company, role, on in rows
    ]


_APPLICATION = (
    "INSERT INTO application (company_id, role_title, role_type, seniority, location, channel, "
    "resume_variant_id, job_url, salary_text, applied_on, notes, next_step, next_step_on, "
    "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_EVENT = (
    "INSERT INTO stage_event (application_id, kind, occurred_on, stage, outcome, reason, note, "
    "backfilled, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_CONTACT = (
    "INSERT INTO contact (application_id, position, name, role, email) VALUES (?, ?, ?, ?, ?)"
)


def insert_new(details: ApplicationDetails, events: tuple[StageEvent, ...]) -> Application:
    """Store a new application with its log; returns it as stored (ids and the company's
    stored size and industry included), ready to be an undo snapshot."""
    now = str(datetime.now())
    found = database.execute_sql(
        "SELECT id, size_band, industry FROM company WHERE name = ?", (details.company,)
    ).fetchone()
    if found is None:
        company_id = database.execute_sql(
            "INSERT INTO company (name, size_band, industry) VALUES (?, ?, ?)",
            (details.company, details.size_band.value, details.industry),
        ).lastrowid
    else:
        company_id, size, industry = found
        try:
            band = SizeBand(size)
        except ValueError:
            band = SizeBand.UNKNOWN
        details = replace(details, size_band=band, industry=industry)
    variant_id = None
    if details.resume_variant:
        row = database.execute_sql(
            "SELECT id FROM resume_variant WHERE name = ?", (details.resume_variant,)
        ).fetchone()
        variant_id = (
            row[0]
            if row
            else database.execute_sql(
                "INSERT INTO resume_variant (name) VALUES (?)", (details.resume_variant,)
            ).lastrowid
        )
    app_id = int(
        database.execute_sql(
            _APPLICATION,
            (
                company_id,
                details.role_title,
                details.role_type,
                details.seniority,
                details.location,
                details.channel.value,
                variant_id,
                details.job_url,
                details.salary_text,
                details.applied_on.isoformat(),
                details.notes,
                details.next_step,
                details.next_step_on.isoformat() if details.next_step_on else None,
                now,
            ),
        ).lastrowid
    )
    for position, contact in enumerate(details.contacts):
        database.execute_sql(
            _CONTACT, (app_id, position, contact.name, contact.role.value, contact.email)
        )
    stored = []
    for event in events:
        event_id = database.execute_sql(
            _EVENT,
            (
                app_id,
                event.kind.value,
                event.on.isoformat(),
                event.stage.value if event.stage else None,
                event.outcome.value if event.outcome else None,
                event.reason.value if event.reason else None,
                event.note,
                int(event.backfilled),
                now,
            ),
        ).lastrowid
        stored.append(replace(event, id=int(event_id)))
    # The log in the order the store reads it back.
    stored.sort(key=lambda e: (e.on, e.id or 0))
    return Application(app_id, details, tuple(stored))
