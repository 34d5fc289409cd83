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


def _summaries(cursor: Any) -> Iterator[ApplicationSummary]:
    parse = date.fromisoformat
    stages, outcomes, channels = _STAGES, _OUTCOMES, _CHANNELS
    for row in cursor:
        applied_on = parse(row[7][:10])
        last_event = row[8]
        last = applied_on if last_event is None else max(applied_on, parse(last_event[:10]))
        next_on = row[10]
        yield ApplicationSummary(
            row[0],
            row[1],
            row[2],
            stages[row[3]],
            outcomes[row[4]],
            channels.get(row[5], Channel.OTHER),
            row[6],
            applied_on,
            last,
            row[9],
            parse(next_on[:10]) if next_on else None,
            row[11],
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
