"""Taking the search out: a CSV of the pipeline for spreadsheets, a JSON of everything that
jobdesk reads back exactly, and a calendar of interviews and offer reply deadlines.

The JSON is the stored tables themselves, row for row (see docs/export-json.md): every table
the user's work lives in, so that a table added by a later schema step is exported without
anyone remembering to add it. Only kept facts that are worked out from the log
(`application_fact`) are left out; an import works them out again.

Every file is written whole or not at all: to a temporary file beside it, then renamed.
"""

from __future__ import annotations

import base64
import csv
import io
import json
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import peewee

from jobdesk.domain.application import ApplicationSummary
from jobdesk.domain.errors import UserError
from jobdesk.services.changes import Change, reload_all
from jobdesk.services.interviews import Interviews
from jobdesk.services.pipeline import Pipeline
from jobdesk.services.storage import saving, write_whole
from jobdesk.store.migrations import LATEST_VERSION
from jobdesk.store.tables import database

Db = peewee.SqliteDatabase | peewee.DatabaseProxy

EXPORT_FORMAT = "jobdesk-export"
EXPORT_VERSION = 1

# Worked out from other tables, never the user's own words: rebuilt by the triggers on import.
DERIVED_TABLES = frozenset({"application_fact"})

# A spreadsheet runs a cell starting with one of these as a formula (OWASP "CSV injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

CSV_COLUMNS = (
    "Company",
    "Role",
    "Stage reached",
    "Outcome",
    "Applied",
    "Last activity",
    "Next step",
    "Next step on",
    "Channel",
    "Resume",
    "Location",
    "Salary",
    "Job URL",
    "Notes",
)


# --- CSV ----------------------------------------------------------------------------------


def neutralise(cell: str) -> str:
    """A cell a spreadsheet shows as the text it is: a leading quote keeps a formula inert."""
    return "'" + cell if cell.startswith(FORMULA_STARTS) else cell


def pipeline_csv(rows: Iterable[Sequence[str]]) -> str:
    """RFC 4180 text (CRLF line ends, quotes doubled) with a header, every cell neutralised."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(CSV_COLUMNS)
    for row in rows:
        writer.writerow([neutralise(cell) for cell in row])
    return out.getvalue()


def pipeline_rows(db: Db, summaries: Iterable[ApplicationSummary]) -> list[tuple[str, ...]]:
    """One CSV row per application, in the order given (the pipeline's own order)."""
    extra = {
        int(r[0]): (str(r[1]), str(r[2]), str(r[3]))
        for r in db.execute_sql("SELECT id, location, salary_text, job_url FROM application")
    }
    rows: list[tuple[str, ...]] = []
    for s in summaries:
        location, salary, url = extra.get(s.id, ("", "", ""))
        rows.append(
            (
                s.company,
                s.role_title,
                s.furthest_stage.label,
                s.outcome.label,
                s.applied_on.isoformat(),
                s.last_activity.isoformat(),
                s.next_step,
                s.next_step_on.isoformat() if s.next_step_on else "",
                s.channel.label,
                s.resume_variant,
                location,
                salary,
                url,
                s.notes,
            )
        )
    return rows


# --- JSON of everything -------------------------------------------------------------------


def _tables(db: Db) -> list[str]:
    names = db.execute_sql(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        " ORDER BY name"
    ).fetchall()
    return [str(n[0]) for n in names if str(n[0]) not in DERIVED_TABLES]


def _columns(db: Db, table: str) -> list[str]:
    return [str(r[1]) for r in db.execute_sql(f'PRAGMA table_info("{table}")').fetchall()]


def _cell(value: Any) -> Any:
    # No column stores bytes today; should one, its bytes survive the trip as base64.
    if isinstance(value, bytes):
        return {"base64": base64.b64encode(value).decode("ascii")}
    return value


def _uncell(value: Any) -> Any:
    if isinstance(value, dict) and set(value) == {"base64"}:
        return base64.b64decode(value["base64"])
    return value


def everything(db: Db, now: datetime | None = None) -> dict[str, Any]:
    """Every table the user's work lives in, row for row, in one read transaction."""
    stamp = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    tables: dict[str, list[dict[str, Any]]] = {}
    with db.atomic():
        version = int(db.execute_sql("PRAGMA user_version").fetchone()[0])
        for table in _tables(db):
            columns = _columns(db, table)
            quoted = ", ".join(f'"{c}"' for c in columns)
            order = ", ".join(f'"{c}"' for c in columns)  # stable: every column, in order
            cursor = db.execute_sql(f'SELECT {quoted} FROM "{table}" ORDER BY {order}')
            tables[table] = [
                {c: _cell(v) for c, v in zip(columns, row, strict=True)} for row in cursor
            ]
    return {
        "format": EXPORT_FORMAT,
        "version": EXPORT_VERSION,
        "schema": version,
        "exported_at": stamp.isoformat(),
        "note": "Attachment files themselves are not in this file; a backup holds them.",
        "tables": tables,
    }


def everything_json(db: Db, now: datetime | None = None) -> str:
    return json.dumps(everything(db, now), indent=1, ensure_ascii=False, sort_keys=False) + "\n"


def read_export(text: str) -> dict[str, Any]:
    """The export in `text`, checked for shape; UserError in the user's words otherwise."""
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise UserError(
            f"This file is not a jobdesk export: it is not valid JSON ({exc}). Nothing was "
            "imported."
        ) from exc
    if not isinstance(data, dict) or data.get("format") != EXPORT_FORMAT:
        raise UserError(
            "This JSON file is not a jobdesk export (made with File ▸ Export… or "
            "`jobdesk export --format json`). Nothing was imported."
        )
    version = data.get("version")
    if not isinstance(version, int) or version > EXPORT_VERSION:
        raise UserError(
            "This export was made by a newer jobdesk. Update jobdesk, then import it again. "
            "Nothing was imported."
        )
    schema = data.get("schema")
    if schema != LATEST_VERSION:
        raise UserError(
            f"This export holds data of schema {schema}, and this jobdesk reads schema "
            f"{LATEST_VERSION}. Import it with the jobdesk version that made it, then export "
            "again from there (or restore a backup, which any newer jobdesk updates). "
            "Nothing was imported."
        )
    tables = data.get("tables")
    if not isinstance(tables, dict) or not all(
        isinstance(rows, list) and all(isinstance(r, dict) for r in rows)
        for rows in tables.values()
    ):
        raise UserError("This export is damaged: its tables are missing. Nothing was imported.")
    return data


def is_empty_search(db: Db) -> bool:
    return bool(db.execute_sql("SELECT count(*) FROM application").fetchone()[0] == 0)


def import_everything(db: Db, data: dict[str, Any]) -> Change:
    """Put an export's rows in place of an empty search, all or nothing.

    Only into a search with no applications: merging two searches row by row would give
    two applications the same number. Settings and templates that a new search starts with
    are replaced by the export's, so that the result is the search that was exported.
    """
    if not is_empty_search(db):
        raise UserError(
            "A full export can only be imported into an empty search, so that nothing is "
            "doubled or overwritten. Start jobdesk with a new data folder (--data-dir), or "
            "delete the applications here first. Nothing was imported."
        )
    tables: dict[str, list[dict[str, Any]]] = data["tables"]
    known = set(_tables(db))
    unknown = sorted(set(tables) - known)
    if unknown:
        raise UserError(
            f"This export holds tables this jobdesk does not know ({', '.join(unknown)}). "
            "Nothing was imported."
        )
    with saving(db):
        # Rows refer to each other (events to applications, offers to attachments):
        # checked once, at the end of the transaction, not row by row in file order.
        db.execute_sql("PRAGMA defer_foreign_keys = ON")
        for table, rows in tables.items():
            columns = set(_columns(db, table))
            db.execute_sql(f'DELETE FROM "{table}"')
            for number, row in enumerate(rows, 1):
                extra = set(row) - columns
                if extra:
                    raise UserError(
                        f"Row {number} of {table} in this export has fields this jobdesk "
                        f"does not know ({', '.join(sorted(extra))}). Nothing was imported."
                    )
                # Table and column names were checked against the schema above.
                names = list(row)
                quoted = ", ".join(f'"{n}"' for n in names)
                marks = ", ".join("?" for _ in names)
                try:
                    db.execute_sql(
                        f'INSERT INTO "{table}" ({quoted}) VALUES ({marks})',
                        [_uncell(row[n]) for n in names],
                    )
                except (peewee.IntegrityError, sqlite3.IntegrityError) as exc:
                    raise UserError(
                        f"This export is damaged: row {number} of {table} cannot be stored "
                        f"({exc}). Nothing was imported."
                    ) from exc
        db.execute_sql("DELETE FROM application_fact")
        db.execute_sql("INSERT INTO application_fact SELECT * FROM application_fact_source")
        broken = db.execute_sql("PRAGMA foreign_key_check").fetchall()
        if broken:
            raise UserError(
                f"This export is damaged: {len(broken)} rows refer to rows that are not in "
                f"it (first in table {broken[0][0]}). Nothing was imported."
            )
    applications = len(tables.get("application", []))
    return reload_all(f"Import {applications} application{'s' if applications != 1 else ''}")


# --- the calendar -------------------------------------------------------------------------


def deadline_events(offers: Iterable[tuple[int, str, date]], stamp: datetime) -> list[Any]:
    """All-day calendar events for offer reply deadlines: (offer id, company, date)."""
    from datetime import timedelta

    from icalendar import Event  # loaded only when exporting

    events = []
    for offer_id, company, day in offers:
        event = Event()
        event.add("uid", f"offer-{offer_id}-deadline@jobdesk")
        event.add("dtstamp", stamp)
        event.add("dtstart", day)
        event.add("dtend", day + timedelta(days=1))
        event.add("summary", f"Reply to the offer: {company}")
        event.add("description", "The day the offer's reply is due, as recorded in jobdesk.")
        events.append(event)
    return events


def open_deadlines(db: Db) -> list[tuple[int, str, date]]:
    """Offers still open with a reply deadline, oldest deadline first."""
    rows = db.execute_sql(
        "SELECT offer.id, company.name, offer.deadline_on FROM offer"
        " JOIN application ON application.id = offer.application_id"
        " JOIN company ON company.id = application.company_id"
        " WHERE offer.deadline_on IS NOT NULL AND offer.status = 'open'"
        " ORDER BY offer.deadline_on, offer.id"
    ).fetchall()
    return [(int(r[0]), str(r[1]), date.fromisoformat(str(r[2])[:10])) for r in rows]


# --- one entry point for the window and the terminal ----------------------------------------

FORMATS = ("csv", "json", "ics")


def format_of(path: Path) -> str | None:
    """The export format a file name asks for, from its suffix; None when it names none."""
    suffix = path.suffix.lower().lstrip(".")
    return suffix if suffix in FORMATS else None


class Exports:
    """Writes the three exports; each returns what it wrote, in the user's words."""

    def __init__(
        self,
        db: Db | None,
        pipeline: Pipeline,
        interviews: Interviews,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self._db: Db = database if db is None else db  # the store's own, as the services use
        self._pipeline = pipeline
        self._interviews = interviews
        self._now = now

    def write(
        self, kind: str, path: Path, order: Sequence[ApplicationSummary] | None = None
    ) -> str:
        if kind == "csv":
            summaries = self._pipeline.summaries() if order is None else list(order)
            if order is None:  # the pipeline's default order: newest application first
                summaries.sort(key=lambda s: (s.applied_on, s.id), reverse=True)
            text = pipeline_csv(pipeline_rows(self._db, summaries))
            write_whole(path, text.encode("utf-8"), "spreadsheet")
            return f"Saved {_count(len(summaries), 'application')} to {path}."
        if kind == "json":
            data = everything(self._db, self._now())
            text = json.dumps(data, indent=1, ensure_ascii=False) + "\n"
            write_whole(path, text.encode("utf-8"), "export")
            count = len(data["tables"].get("application", []))
            return (
                f"Saved everything ({_count(count, 'application')}, with their history) to "
                f"{path}. The attached files are not in it; a backup holds them."
            )
        if kind == "ics":
            from jobdesk.store import interviews as interview_store

            found = interview_store.interviews()
            deadlines = open_deadlines(self._db)
            if not found and not deadlines:
                raise UserError(
                    "There are no interviews or offer reply deadlines to put in a calendar "
                    "yet. Nothing was written."
                )
            stamp = self._now().astimezone(UTC)
            data_bytes = self._interviews.calendar(found, deadline_events(deadlines, stamp))
            write_whole(path, data_bytes, "calendar file")
            return (
                f"Saved {_count(len(found), 'interview')} and "
                f"{_count(len(deadlines), 'offer reply deadline')} to {path}. Open it with "
                "your calendar app to add them."
            )
        raise UserError(f"jobdesk cannot export to {kind!r}; choose csv, json or ics.")

    def write_on_worker(self, kind: str, path: Path) -> str:
        """`write`, for a worker thread: on that thread's own connection, closed after."""
        try:
            return self.write(kind, path)
        finally:
            self._db.close()

    def import_everything(self, data: dict[str, Any]) -> Change:
        change = import_everything(self._db, data)
        self._pipeline.forget_history()  # the steps before it were of another search
        ids = [int(row["id"]) for row in data["tables"].get("application", [])]
        self._pipeline.written_elsewhere(ids)
        return change


def _count(n: int, noun: str) -> str:
    return f"{n:,} {noun}{'' if n == 1 else 's'}"
