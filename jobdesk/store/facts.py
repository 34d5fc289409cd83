"""Lean reads of the kept per-application facts (schema 4), and their repair.

The lists read plain tuples with one query over `application_fact` and the
application's own row, never peewee model instances: at 100,000 applications a
model instance per row costs seconds, a tuple per row a fraction of one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from datetime import date
from typing import Any

from jobdesk.domain.application import ApplicationSummary
from jobdesk.domain.enums import Channel, Outcome, Stage
from jobdesk.store.tables import database

_STAGES = list(Stage)
_OUTCOMES = {o.value: o for o in Outcome}
_CHANNELS = {c.value: c for c in Channel}

_COLUMNS = """a.id, {company}, a.role_title, f.furthest, f.outcome, a.channel, {variant},
       a.applied_on, f.last_event_on, a.next_step, a.next_step_on, a.notes, f.ever_rejected
FROM application AS a
JOIN application_fact AS f ON f.application_id = a.id
"""
_SUMMARY_SQL = (
    "SELECT "
    + _COLUMNS.format(company="c.name", variant="COALESCE(rv.name, '')")
    + """JOIN company AS c ON c.id = a.company_id
LEFT JOIN resume_variant AS rv ON rv.id = a.resume_variant_id
"""
)
# Every application names its company and resume variant by id, read apart once each: a
# search has far fewer of them than applications, and SQLite's 100,000 lookups of them
# took about 80 ms of a 700 ms read.
_EVERY_SQL = (
    "SELECT "
    + _COLUMNS.format(company="a.company_id", variant="a.resume_variant_id")
    + "ORDER BY a.id"
)

# SQLite allows 32,766 host parameters; stay well below.
_CHUNK = 900


def summaries(app_ids: Iterable[int] | None = None) -> list[ApplicationSummary]:
    """The summaries of `app_ids` (those still stored), or of every application, by id."""
    if app_ids is None:
        with database.atomic():  # one snapshot: every company the rows name is among these
            companies = dict(database.execute_sql("SELECT id, name FROM company"))
            variants = dict(database.execute_sql("SELECT id, name FROM resume_variant"))
            variants[None] = ""
            cursor = database.execute_sql(_EVERY_SQL)
            return list(_summaries(cursor, companies.__getitem__, variants.__getitem__))
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
        found = self._days.get(text)
        if found is None:  # a time of day after the date shares the date's object
            key = text[:10]
            found = self._days.get(key) or date.fromisoformat(key)
            self._days[key] = self._days[text] = found
        return found

    def text(self, value: str) -> str:
        return self._texts.setdefault(value, value)


def newest(limit: int) -> list[ApplicationSummary]:
    """The `limit` applications sent last: the first screenful of a large search."""
    sql = _SUMMARY_SQL + " ORDER BY a.applied_on DESC, a.id DESC LIMIT ?"
    return list(_summaries(database.execute_sql(sql, (limit,))))


def count() -> int:
    return int(database.execute_sql("SELECT count(*) FROM application").fetchone()[0])


def _summaries(
    cursor: Any,
    company_of: Callable[[Any], str] | None = None,
    variant_of: Callable[[Any], str] | None = None,
) -> Iterator[ApplicationSummary]:
    """The summary of each row of `cursor`; its company and variant are names, or ids that
    `company_of` and `variant_of` name. Lean per row: at 100,000 rows each step counts."""
    shared = Shared()
    day, text = shared.day, shared.text
    company_of = company_of or text
    variant_of = variant_of or text
    stages, outcomes, channel_of, other = _STAGES, _OUTCOMES, _CHANNELS.get, Channel.OTHER
    new, summary = tuple.__new__, ApplicationSummary  # not through its Python `__new__`
    for (
        app_id,
        company,
        role,
        furthest,
        outcome,
        channel,
        variant,
        applied,
        last_event,
        next_step,
        next_on,
        notes,
        rejected,
    ) in cursor:
        applied_on = day(applied)
        yield new(
            summary,
            (
                app_id,
                company_of(company),
                text(role),
                stages[furthest],
                outcomes[outcome],
                channel_of(channel, other),
                variant_of(variant),
                applied_on,
                applied_on if last_event is None else max(applied_on, day(last_event)),
                text(next_step),
                day(next_on) if next_on else None,
                text(notes),
                bool(rejected),
            ),
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
