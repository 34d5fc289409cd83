"""Reading and writing applications as domain objects.

A whole `Application` (details, contacts and events, with their ids) doubles as
a snapshot: `restore()` puts one back exactly, which is how undo works.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import replace
from datetime import date, datetime
from typing import Any, cast

from peewee import JOIN

from jobdesk.domain.application import (
    Application,
    ApplicationDetails,
    Contact,
    Correction,
    EventKind,
    StageEvent,
)
from jobdesk.domain.enums import Channel, ContactRole, Outcome, RejectionReason, SizeBand, Stage
from jobdesk.store.tables import (
    ApplicationRow,
    CompanyRow,
    ContactRow,
    CorrectionRow,
    EventRow,
    ResumeVariantRow,
    database,
)


def load_all() -> list[Application]:
    """Every application, with contacts, events and corrections, in four queries."""
    events: dict[int, list[StageEvent]] = defaultdict(list)
    corrections: dict[int, list[Correction]] = defaultdict(list)
    for row in _all(_EVENTS + " ORDER BY e.occurred_on, e.id"):
        _sort_event(row, events[row["application_id"]], corrections[row["application_id"]])
    contacts: dict[int, list[Contact]] = defaultdict(list)
    for row in _rows(ContactRow.select().order_by(ContactRow.position, ContactRow.id).dicts()):
        contacts[row["application"]].append(_contact(row))
    return [
        _application(row, contacts[row["id"]], events[row["id"]], corrections[row["id"]])
        for row in _rows(_application_query().order_by(ApplicationRow.id).dicts())
    ]


# Events with their correction, if any (schema 8): a voided event stays in the log.
_EVENTS = """
SELECT e.id, e.application_id, e.kind, e.occurred_on, e.stage, e.outcome, e.reason, e.note,
       e.backfilled, e.recorded_at, v.voided_on, v.note AS void_note
FROM stage_event AS e LEFT JOIN event_void AS v ON v.event_id = e.id
"""


def _sort_event(
    row: dict[str, Any], events: list[StageEvent], corrections: list[Correction]
) -> None:
    event = _event(row)
    if row["voided_on"] is None:
        events.append(event)
    else:
        corrections.append(Correction(event, _as_date(row["voided_on"]), row["void_note"]))


_ONE_APPLICATION = """
SELECT a.id, a.role_title, a.role_type, a.seniority, a.location, a.channel, a.job_url,
       a.salary_text, a.applied_on, a.notes, a.next_step, a.next_step_on,
       c.name AS company_name, c.size_band AS company_size, c.industry AS company_industry,
       rv.name AS variant_name
FROM application AS a
JOIN company AS c ON c.id = a.company_id
LEFT JOIN resume_variant AS rv ON rv.id = a.resume_variant_id
WHERE a.id = ?
"""
_ITS_EVENTS = _EVENTS + " WHERE e.application_id = ? ORDER BY e.occurred_on, e.id"
_ITS_CONTACTS = """
SELECT name, role, email FROM contact WHERE application_id = ? ORDER BY position, id
"""


def load(app_id: int) -> Application | None:
    """One application, whole, in three plain queries (it runs on every click)."""
    row = _all(_ONE_APPLICATION, app_id)
    if not row:
        return None
    events: list[StageEvent] = []
    corrections: list[Correction] = []
    for event_row in _all(_ITS_EVENTS, app_id):
        _sort_event(event_row, events, corrections)
    contacts = [_contact(r) for r in _all(_ITS_CONTACTS, app_id)]
    return _application(row[0], contacts, events, corrections)


def _all(sql: str, *params: Any) -> list[dict[str, Any]]:
    cursor = database.execute_sql(sql, params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, values, strict=True)) for values in cursor.fetchall()]


def insert(
    details: ApplicationDetails,
    events: Iterable[StageEvent] = (),
    app_id: int | None = None,
    corrections: Iterable[Correction] = (),
) -> int:
    """Store a new application; `app_id` and event ids are kept when given (restoring).

    `corrections` void events of their own (logged here with them, ids kept)."""
    values = _detail_values(details)
    values["created_at"] = datetime.now()
    if app_id is not None:
        values["id"] = app_id
    new_id = int(ApplicationRow.insert(**values).execute())
    _write_contacts(new_id, details.contacts)
    for event in events:
        append_event(new_id, event)
    _write_corrections(new_id, corrections)
    return new_id


def update_details(app_id: int, details: ApplicationDetails) -> None:
    ApplicationRow.update(**_detail_values(details)).where(ApplicationRow.id == app_id).execute()
    ContactRow.delete().where(ContactRow.application == app_id).execute()
    _write_contacts(app_id, details.contacts)


def append_event(app_id: int, event: StageEvent) -> int:
    values: dict[str, Any] = {
        "application": app_id,
        "kind": event.kind.value,
        "occurred_on": event.on,
        "stage": event.stage.value if event.stage else None,
        "outcome": event.outcome.value if event.outcome else None,
        "reason": event.reason.value if event.reason else None,
        "note": event.note,
        "backfilled": event.backfilled,
        # The real time it is logged; an event put back by undo keeps its own.
        "recorded_at": event.recorded_at or datetime.now(),
    }
    if event.id is not None:
        values["id"] = event.id
    return int(EventRow.insert(**values).execute())


def delete(app_id: int) -> None:
    ApplicationRow.delete().where(ApplicationRow.id == app_id).execute()


def restore(snapshot: Application) -> None:
    """Make the stored application exactly `snapshot` again (ids included).

    One still stored is updated in place, not deleted and re-inserted: rows of
    other features that hang off it (feedback, messages sent) would otherwise be
    cascaded away by an undo.
    """
    with database.atomic():
        if ApplicationRow.get_or_none(ApplicationRow.id == snapshot.id) is None:
            insert(snapshot.details, snapshot.events, snapshot.id, snapshot.corrections)
            return
        update_details(snapshot.id, snapshot.details)
        EventRow.delete().where(EventRow.application == snapshot.id).execute()
        for event in snapshot.events:
            append_event(snapshot.id, event)
        _write_corrections(snapshot.id, snapshot.corrections)


def append_correction(app_id: int, correction: Correction) -> None:
    """Void `correction.event` (already in the log, with its id) from now on."""
    assert correction.event.id is not None
    CorrectionRow.insert(
        event=correction.event.id,
        application=app_id,
        voided_on=correction.on,
        note=correction.note,
        recorded_at=datetime.now(),
    ).execute()


def _write_corrections(app_id: int, corrections: Iterable[Correction]) -> None:
    """The voided events logged again as they were, then voided again."""
    for correction in corrections:
        event_id = append_event(app_id, correction.event)
        append_correction(app_id, replace(correction, event=replace(correction.event, id=event_id)))


def company_names() -> list[tuple[str, SizeBand, str]]:
    """Known companies with their size band and industry, for reuse when adding."""
    return [
        (row.name, _size_band(row.size_band), row.industry)
        for row in CompanyRow.select().order_by(CompanyRow.name)
    ]


def company_facts(name: str) -> tuple[str, SizeBand, str] | None:
    """The company of this name (any letter case): its name as kept, size band, industry."""
    row = CompanyRow.get_or_none(CompanyRow.name == name)
    return None if row is None else (row.name, _size_band(row.size_band), row.industry)


def ids_of_company(name: str) -> list[int]:
    """The applications to the company of this name (any letter case)."""
    rows = database.execute_sql(
        "SELECT a.id FROM application AS a JOIN company AS c ON c.id = a.company_id "
        "WHERE c.name = ? ORDER BY a.id",
        (name,),
    )
    return [int(row[0]) for row in rows]


def list_ids() -> tuple[set[int], set[int]]:
    """The ids of every company and resume variant kept (the lists offered when adding)."""
    return (
        {int(row.id) for row in CompanyRow.select(CompanyRow.id)},
        {int(row.id) for row in ResumeVariantRow.select(ResumeVariantRow.id)},
    )


def delete_unused_since(kept: tuple[set[int], set[int]]) -> None:
    """Delete the companies and resume variants not in `kept` (from `list_ids`) that no
    application refers to: what a step that is taken back had added to those lists."""
    companies, variants = kept
    for table, column, ids in (
        ("company", "company_id", companies),
        ("resume_variant", "resume_variant_id", variants),
    ):
        unused = database.execute_sql(
            f"SELECT id FROM {table} WHERE id NOT IN "
            f"(SELECT {column} FROM application WHERE {column} IS NOT NULL)"
        )
        gone = [int(row[0]) for row in unused if int(row[0]) not in ids]
        for start in range(0, len(gone), 500):
            chunk = gone[start : start + 500]
            marks = ", ".join("?" * len(chunk))
            database.execute_sql(f"DELETE FROM {table} WHERE id IN ({marks})", chunk)


def resume_variants() -> list[str]:
    return [row.name for row in ResumeVariantRow.select().order_by(ResumeVariantRow.name)]


# --- rows <-> domain ----------------------------------------------------------------------


def _rows(query: Any) -> Iterable[dict[str, Any]]:
    return cast(Iterable[dict[str, Any]], query)


def _application_query() -> Any:
    return (
        ApplicationRow.select(
            ApplicationRow,
            CompanyRow.name.alias("company_name"),
            CompanyRow.size_band.alias("company_size"),
            CompanyRow.industry.alias("company_industry"),
            ResumeVariantRow.name.alias("variant_name"),
        )
        .join_from(ApplicationRow, CompanyRow)
        .switch(ApplicationRow)
        .join(ResumeVariantRow, join_type=JOIN.LEFT_OUTER)
    )


def _application(
    row: dict[str, Any],
    contacts: list[Contact],
    events: list[StageEvent],
    corrections: list[Correction],
) -> Application:
    details = ApplicationDetails(
        company=row["company_name"],
        role_title=row["role_title"],
        applied_on=_as_date(row["applied_on"]),
        size_band=_size_band(row["company_size"]),
        industry=row["company_industry"],
        role_type=row["role_type"],
        seniority=row["seniority"],
        location=row["location"],
        channel=_channel(row["channel"]),
        resume_variant=row["variant_name"] or "",
        job_url=row["job_url"],
        salary_text=row["salary_text"],
        notes=row["notes"],
        next_step=row["next_step"],
        next_step_on=_as_date(row["next_step_on"]) if row["next_step_on"] else None,
        contacts=tuple(contacts),
    )
    return Application(
        id=row["id"], details=details, events=tuple(events), corrections=tuple(corrections)
    )


def _event(row: dict[str, Any]) -> StageEvent:
    return StageEvent(
        kind=EventKind(row["kind"]),
        on=_as_date(row["occurred_on"]),
        stage=Stage(row["stage"]) if row["stage"] else None,
        outcome=Outcome(row["outcome"]) if row["outcome"] else None,
        reason=RejectionReason(row["reason"]) if row["reason"] else None,
        note=row["note"],
        backfilled=bool(row["backfilled"]),
        id=row["id"],
        recorded_at=_as_datetime(row["recorded_at"]),
    )


def _contact(row: dict[str, Any]) -> Contact:
    return Contact(name=row["name"], role=ContactRole(row["role"]), email=row["email"])


def _as_datetime(value: Any) -> datetime:
    return value if isinstance(value, datetime) else datetime.fromisoformat(str(value))


def _as_date(value: Any) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def _channel(value: str) -> Channel:
    """A channel this jobdesk does not know (a file edited by hand) is "other", as the
    summaries and the Insights read it."""
    try:
        return Channel(value)
    except ValueError:
        return Channel.OTHER


def _size_band(value: str) -> SizeBand:
    try:
        return SizeBand(value)
    except ValueError:
        return SizeBand.UNKNOWN


def _detail_values(details: ApplicationDetails) -> dict[str, Any]:
    return {
        "company": _company_id(details),
        "role_title": details.role_title,
        "role_type": details.role_type,
        "seniority": details.seniority,
        "location": details.location,
        "channel": details.channel.value,
        "resume_variant": _variant_id(details.resume_variant),
        "job_url": details.job_url,
        "salary_text": details.salary_text,
        "applied_on": details.applied_on,
        "notes": details.notes,
        "next_step": details.next_step,
        "next_step_on": details.next_step_on,
    }


def _company_id(details: ApplicationDetails) -> int:
    """The company row for this name (any letter case), its facts updated to these details."""
    row = CompanyRow.get_or_none(CompanyRow.name == details.company)
    if row is None:
        return int(
            CompanyRow.insert(
                name=details.company,
                size_band=details.size_band.value,
                industry=details.industry,
            ).execute()
        )
    if (row.size_band, row.industry) != (details.size_band.value, details.industry):
        CompanyRow.update(size_band=details.size_band.value, industry=details.industry).where(
            CompanyRow.id == row.id
        ).execute()
    return int(row.id)


def _variant_id(name: str) -> int | None:
    if not name:
        return None
    row = ResumeVariantRow.get_or_none(ResumeVariantRow.name == name)
    if row is not None:
        return int(row.id)
    return int(ResumeVariantRow.insert(name=name).execute())


def _write_contacts(app_id: int, contacts: Iterable[Contact]) -> None:
    for position, contact in enumerate(contacts):
        ContactRow.insert(
            application=app_id,
            position=position,
            name=contact.name,
            role=contact.role.value,
            email=contact.email,
        ).execute()


def has_any() -> bool:
    return bool(ApplicationRow.select(ApplicationRow.id).limit(1).exists())


def rejections_recorded_since(
    since: datetime, app_ids: Iterable[int] | None = None
) -> list[tuple[int, RejectionReason | None, date, datetime]]:
    """(application id, reason, its date, when it was logged: naive local time) for each
    rejection logged at or after `since` (naive local time), oldest first; of the
    applications `app_ids` only (read by their index), or of all."""
    where = ""
    params: list[Any] = [since.isoformat(" ")]  # as peewee writes it: the text compares
    if app_ids is not None:
        ids = list(app_ids)
        if not ids:
            return []
        where = f" AND application_id IN ({','.join('?' * len(ids))})"
        params += ids
    rows = _all(
        "SELECT application_id, reason, occurred_on, recorded_at FROM live_event "
        "WHERE kind = 'outcome' AND outcome = 'rejected' AND recorded_at >= ?"
        f"{where} ORDER BY recorded_at, id",
        *params,
    )
    found = []
    for row in rows:
        logged = row["recorded_at"]
        if not isinstance(logged, datetime):
            logged = datetime.fromisoformat(str(logged))
        reason = RejectionReason(row["reason"]) if row["reason"] else None
        found.append((int(row["application_id"]), reason, _as_date(row["occurred_on"]), logged))
    return found
