"""Recovery breaks (schema 7) as domain objects."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from peewee import AutoField, DateField, DateTimeField, TextField

from jobdesk.domain.breaks import Break
from jobdesk.store.tables import BaseTable


class BreakRow(BaseTable):
    id = AutoField()
    starts_on = DateField()
    ends_on = DateField()
    note = TextField(default="")
    created_at = DateTimeField()

    class Meta:
        table_name = "recovery_break"


def breaks() -> list[Break]:
    """Every break, earliest first."""
    query = BreakRow.select().order_by(BreakRow.starts_on, BreakRow.ends_on, BreakRow.id)
    return [_break(row) for row in query]


def find(break_id: int) -> Break | None:
    row = BreakRow.get_or_none(BreakRow.id == break_id)
    return None if row is None else _break(row)


def insert(found: Break) -> int:
    """Store `found` (under its own id when it has one: redo and undo put a break back)."""
    values: dict[str, Any] = {
        "starts_on": found.starts_on,
        "ends_on": found.ends_on,
        "note": found.note,
        "created_at": datetime.now(),
    }
    if found.id:
        values["id"] = found.id
    return int(BreakRow.insert(**values).execute())


def update(found: Break) -> None:
    BreakRow.update(starts_on=found.starts_on, ends_on=found.ends_on, note=found.note).where(
        BreakRow.id == found.id
    ).execute()


def delete(break_id: int) -> None:
    BreakRow.delete().where(BreakRow.id == break_id).execute()


def _as_date(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def _break(row: Any) -> Break:
    return Break(_as_date(row.starts_on), _as_date(row.ends_on), row.note, int(row.id))
