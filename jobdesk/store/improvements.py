"""Improvements (schema 6) as domain objects, and the day each rejection was recorded."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from peewee import AutoField, DateField, DateTimeField, TextField

from jobdesk.domain.enums import Stage
from jobdesk.domain.improvements import Improvement, ImprovementDetails, ImprovementState
from jobdesk.store.tables import BaseTable, database


class ImprovementRow(BaseTable):
    id = AutoField()
    action = TextField()
    topic = TextField(collation="NOCASE")
    stage = TextField()
    started_on = DateField()
    ends_on = DateField(null=True)
    state = TextField(default="active")
    created_at = DateTimeField()

    class Meta:
        table_name = "improvement"


def improvements() -> list[Improvement]:
    return [_improvement(r) for r in ImprovementRow.select().order_by(ImprovementRow.id)]


def insert(details: ImprovementDetails, *, row_id: int | None = None) -> int:
    values: dict[str, Any] = {} if row_id is None else {"id": row_id}
    return int(
        ImprovementRow.insert(
            **values,
            action=details.action,
            topic=details.topic,
            stage=details.stage.value,
            started_on=details.started_on,
            ends_on=details.ends_on,
            state=ImprovementState.ACTIVE.value,
            created_at=datetime.now(),
        ).execute()
    )


def put_back(improvement: Improvement) -> None:
    """An improvement as it was, id and state included (redo of a start)."""
    insert(improvement.details, row_id=improvement.id)
    set_state(improvement.id, improvement.state)


def set_state(improvement_id: int, state: ImprovementState) -> None:
    ImprovementRow.update(state=state.value).where(ImprovementRow.id == improvement_id).execute()


def delete(improvement_id: int) -> None:
    ImprovementRow.delete().where(ImprovementRow.id == improvement_id).execute()


def rejection_dates() -> dict[int, date]:
    """Each application's latest rejection day, one lean read over the event log."""
    rows = database.execute_sql(
        "SELECT application_id, max(occurred_on) FROM live_event "
        "WHERE kind = 'outcome' AND outcome = 'rejected' GROUP BY application_id"
    )
    return {int(app_id): _as_date(on) for app_id, on in rows.fetchall()}


def _as_date(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def _improvement(row: Any) -> Improvement:
    return Improvement(
        int(row.id),
        ImprovementDetails(
            row.action,
            row.topic,
            Stage(row.stage),
            _as_date(row.started_on),
            _as_date(row.ends_on) if row.ends_on is not None else None,
        ),
        ImprovementState(row.state),
    )
