"""Lean reads of the kept per-application facts (schema 4), and their repair.

The lists read plain tuples with one query over `application_fact` and the
application's own row, never peewee model instances: at 100,000 applications a
model instance per row costs seconds, a tuple per row a fraction of one.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from typing import Any

from jobdesk.domain.application import ApplicationSummary
from jobdesk.domain.enums import Channel, Outcome, Stage
from jobdesk.store.tables import database

_STAGES = list(Stage)
_OUTCOMES = {o.value: o for o in Outcome}
_CHANNELS = {c.value: c for c in Channel}

_SUMMARY_SQL = """
SELECT a.id, c.name, a.role_title, f.furthest, f.outcome, a.channel, COALESCE(rv.name, ''),
       a.applied_on, f.last_event_on, a.next_step, a.next_step_on, a.notes, f.ever_rejected
FROM application AS a
JOIN application_fact AS f ON f.application_id = a.id
JOIN company AS c ON c.id = a.company_id
LEFT JOIN resume_variant AS rv ON rv.id = a.resume_variant_id
"""

# SQLite allows 32,766 host parameters; stay well below.
_CHUNK = 900


def summaries(app_ids: Iterable[int] | None = None) -> list[ApplicationSummary]:
    """The summaries of `app_ids` (those still stored), or of every application, by id."""
    if app_ids is None:
        return list(_summaries(database.execute_sql(_SUMMARY_SQL + " ORDER BY a.id")))
    ids = list(dict.fromkeys(app_ids))
    found: list[ApplicationSummary] = []
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        marks = ", ".join("?" * len(chunk))
        cursor = database.execute_sql(_SUMMARY_SQL + f" WHERE a.id IN ({marks})", chunk)
        found.extend(_summaries(cursor))
    found.sort(key=lambda s: s.id)
    return found


class Shared:
    """One object per distinct value while many rows are read: a date or a company name that
    comes back 100,000 times is kept (and a date parsed) once, which saves a third of the
    memory of a large search."""

    def __init__(self) -> None:
        self._days: dict[str, date] = {}
        self._texts: dict[str, str] = {}

    def day(self, text: str) -> date:
        key = text[:10]
        found = self._days.get(key)
        if found is None:
            found = self._days[key] = date.fromisoformat(key)
        return found

    def text(self, value: str) -> str:
        return self._texts.setdefault(value, value)


def newest(limit: int) -> list[ApplicationSummary]:
    """The `limit` applications sent last: the first screenful of a large search."""
    sql = _SUMMARY_SQL + " ORDER BY a.applied_on DESC, a.id DESC LIMIT ?"
    return list(_summaries(database.execute_sql(sql, (limit,))))


def count() -> int:
    return int(database.execute_sql("SELECT count(*) FROM application").fetchone()[0])


def _summaries(cursor: Any) -> Iterator[ApplicationSummary]:
    shared = Shared()
    day, text = shared.day, shared.text
    stages, outcomes, channels = _STAGES, _OUTCOMES, _CHANNELS
    for row in cursor:
        applied_on = day(row[7])
        last_event = row[8]
        last = applied_on if last_event is None else max(applied_on, day(last_event))
        next_on = row[10]
        yield ApplicationSummary(
            row[0],
            text(row[1]),
            text(row[2]),
            stages[row[3]],
            outcomes[row[4]],
            channels.get(row[5], Channel.OTHER),
            text(row[6]),
            applied_on,
            last,
            text(row[9]),
            day(next_on) if next_on else None,
            text(row[11]),
            bool(row[12]),
        )


def differences() -> list[int]:
    """Applications whose kept facts differ from a replay of their log (empty when sound)."""
    rows = database.execute_sql(
        "SELECT application_id FROM"
        " (SELECT * FROM application_fact_source EXCEPT SELECT * FROM application_fact)"
        " UNION ALL SELECT application_id FROM"
        " (SELECT * FROM application_fact EXCEPT SELECT * FROM application_fact_source)"
    ).fetchall()
    return sorted({int(r[0]) for r in rows})


def rebuild() -> int:
    """Replace every kept fact with a fresh replay of the log; returns how many were wrong."""
    with database.atomic():
        wrong = len(differences())
        database.execute_sql("DELETE FROM application_fact")
        database.execute_sql("INSERT INTO application_fact SELECT * FROM application_fact_source")
    return wrong
