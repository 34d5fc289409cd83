"""Interviews and debriefs (schema 5) as domain objects.

`snapshot()` and `restore()` take and put back everything of one application's
here, ids included, so the pipeline's undo can bring it back whole.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, cast

from peewee import (
    AutoField,
    CompositeKey,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    TextField,
)

from jobdesk.domain.enums import Stage
from jobdesk.domain.interviews import (
    Debrief,
    DebriefDetails,
    Interview,
    InterviewDetails,
    InterviewKind,
)
from jobdesk.store.tables import ApplicationRow, BaseTable

_WALL_CLOCK = "%Y-%m-%d %H:%M"


class InterviewRow(BaseTable):
    id = AutoField()
    application = ForeignKeyField(ApplicationRow, on_delete="CASCADE")
    kind = TextField()
    stage = TextField()
    starts_at = TextField()  # wall-clock time in `time_zone`, "YYYY-MM-DD HH:MM"
    time_zone = TextField()
    duration_minutes = IntegerField()
    interviewers = TextField(default="")  # one name per line
    notes = TextField(default="")
    uid = TextField(unique=True)
    created_at = DateTimeField()

    class Meta:
        table_name = "interview"


class DebriefRow(BaseTable):
    id = AutoField()
    application = ForeignKeyField(ApplicationRow, on_delete="CASCADE")
    interview = ForeignKeyField(InterviewRow, null=True, unique=True, on_delete="SET NULL")
    stage = TextField()
    written_on = DateField()
    went_well = TextField(default="")
    stumbled = TextField(default="")
    preparation = TextField(default="")
    differently = TextField(default="")
    support = TextField(default="")
    rating = IntegerField(null=True)
    created_at = DateTimeField()

    class Meta:
        table_name = "debrief"


class DebriefTagRow(BaseTable):
    debrief = ForeignKeyField(DebriefRow, on_delete="CASCADE")
    position = IntegerField()
    name = TextField()

    class Meta:
        table_name = "debrief_tag"
        primary_key = CompositeKey("debrief", "name")


class DebriefQuestionRow(BaseTable):
    id = AutoField()
    debrief = ForeignKeyField(DebriefRow, on_delete="CASCADE")
    position = IntegerField()
    question = TextField()

    class Meta:
        table_name = "debrief_question"


# --- interviews ---------------------------------------------------------------------------


def _interview_values(details: InterviewDetails) -> dict[str, Any]:
    return {
        "kind": details.kind.value,
        "stage": details.stage.value,
        "starts_at": details.starts_at.strftime(_WALL_CLOCK),
        "time_zone": details.time_zone,
        "duration_minutes": details.duration_minutes,
        "interviewers": "\n".join(details.interviewers),
        "notes": details.notes,
    }


def insert_interview(app_id: int, details: InterviewDetails, uid: str) -> int:
    values = _interview_values(details)
    values.update(application=app_id, uid=uid, created_at=datetime.now())
    return int(InterviewRow.insert(**values).execute())


def update_interview(interview_id: int, details: InterviewDetails) -> None:
    InterviewRow.update(**_interview_values(details)).where(
        InterviewRow.id == interview_id
    ).execute()


def delete_interview(interview_id: int) -> None:
    InterviewRow.delete().where(InterviewRow.id == interview_id).execute()


def interview(interview_id: int) -> Interview | None:
    row = InterviewRow.select().where(InterviewRow.id == interview_id).dicts().first()
    return _interview(row) if row else None


def interviews(app_id: int | None = None) -> list[Interview]:
    """An application's interviews (or every one), earliest wall-clock time first."""
    query = InterviewRow.select().order_by(InterviewRow.starts_at, InterviewRow.id)
    if app_id is not None:
        query = query.where(InterviewRow.application == app_id)
    return [_interview(row) for row in _rows(query.dicts())]


def _interview(row: dict[str, Any]) -> Interview:
    names = tuple(n for n in str(row["interviewers"]).split("\n") if n)
    return Interview(
        id=row["id"],
        application_id=row["application"],
        uid=row["uid"],
        details=InterviewDetails(
            kind=InterviewKind(row["kind"]),
            stage=Stage(row["stage"]),
            starts_at=datetime.strptime(row["starts_at"], _WALL_CLOCK),
            time_zone=row["time_zone"],
            duration_minutes=row["duration_minutes"],
            interviewers=names,
            notes=row["notes"],
        ),
    )


# --- debriefs -----------------------------------------------------------------------------


def _debrief_values(details: DebriefDetails) -> dict[str, Any]:
    return {
        "interview": details.interview_id,
        "stage": details.stage.value,
        "written_on": details.written_on,
        "went_well": details.went_well,
        "stumbled": details.stumbled,
        "preparation": details.preparation,
        "differently": details.differently,
        "support": details.support,
        "rating": details.rating,
    }


def insert_debrief(app_id: int, details: DebriefDetails) -> int:
    values = _debrief_values(details)
    values.update(application=app_id, created_at=datetime.now())
    debrief_id = int(DebriefRow.insert(**values).execute())
    _write_lists(debrief_id, details)
    return debrief_id


def update_debrief(debrief_id: int, details: DebriefDetails) -> None:
    DebriefRow.update(**_debrief_values(details)).where(DebriefRow.id == debrief_id).execute()
    DebriefTagRow.delete().where(DebriefTagRow.debrief == debrief_id).execute()
    DebriefQuestionRow.delete().where(DebriefQuestionRow.debrief == debrief_id).execute()
    _write_lists(debrief_id, details)


def _write_lists(debrief_id: int, details: DebriefDetails) -> None:
    for position, name in enumerate(details.tags):
        DebriefTagRow.insert(debrief=debrief_id, position=position, name=name).execute()
    for position, question in enumerate(details.questions):
        DebriefQuestionRow.insert(
            debrief=debrief_id, position=position, question=question
        ).execute()


def delete_debrief(debrief_id: int) -> None:
    DebriefRow.delete().where(DebriefRow.id == debrief_id).execute()


def debrief(debrief_id: int) -> Debrief | None:
    found = debriefs(ids=[debrief_id])
    return found[0] if found else None


def debriefs(app_id: int | None = None, ids: Iterable[int] | None = None) -> list[Debrief]:
    """Debriefs (an application's, some by id, or all), newest first, each with its lists,
    read in three queries whatever their number."""
    query = DebriefRow.select().order_by(DebriefRow.written_on.desc(), DebriefRow.id.desc())
    if app_id is not None:
        query = query.where(DebriefRow.application == app_id)
    if ids is not None:
        query = query.where(DebriefRow.id.in_(list(ids)))
    rows = list(_rows(query.dicts()))
    wanted = [row["id"] for row in rows]
    tags: dict[int, list[str]] = defaultdict(list)
    questions: dict[int, list[str]] = defaultdict(list)
    if wanted:
        tag_query = DebriefTagRow.select(DebriefTagRow.debrief, DebriefTagRow.name).order_by(
            DebriefTagRow.debrief, DebriefTagRow.position
        )
        question_query = DebriefQuestionRow.select(
            DebriefQuestionRow.debrief, DebriefQuestionRow.question
        ).order_by(DebriefQuestionRow.debrief, DebriefQuestionRow.position)
        if app_id is not None or ids is not None:
            tag_query = tag_query.where(DebriefTagRow.debrief.in_(wanted))
            question_query = question_query.where(DebriefQuestionRow.debrief.in_(wanted))
        for debrief_id, name in cast(Iterable[tuple[int, str]], tag_query.tuples()):
            tags[int(debrief_id)].append(name)
        for debrief_id, question in cast(Iterable[tuple[int, str]], question_query.tuples()):
            questions[int(debrief_id)].append(question)
    return [_debrief(row, tags[row["id"]], questions[row["id"]]) for row in rows]


def tag_names_used() -> list[str]:
    """Every topic used in a debrief, once each (in any letter case), alphabetically."""
    query = DebriefTagRow.select(DebriefTagRow.name).distinct().order_by(DebriefTagRow.name)
    return [str(name) for (name,) in cast(Iterable[tuple[str]], query.tuples())]


def _debrief(row: dict[str, Any], tags: list[str], questions: list[str]) -> Debrief:
    return Debrief(
        id=row["id"],
        application_id=row["application"],
        details=DebriefDetails(
            stage=Stage(row["stage"]),
            written_on=_as_date(row["written_on"]),
            interview_id=row["interview"],
            went_well=row["went_well"],
            stumbled=row["stumbled"],
            preparation=row["preparation"],
            differently=row["differently"],
            support=row["support"],
            rating=row["rating"],
            tags=tuple(tags),
            questions=tuple(questions),
        ),
    )


# --- snapshots for undo -------------------------------------------------------------------


@dataclass(frozen=True)
class Snapshot:
    """One application's interviews and debriefs as stored rows, ids included."""

    interviews: tuple[dict[str, Any], ...]
    debriefs: tuple[dict[str, Any], ...]
    tags: tuple[dict[str, Any], ...]
    questions: tuple[dict[str, Any], ...]


def snapshot(app_id: int) -> Snapshot:
    interview_rows = tuple(
        _rows(
            InterviewRow.select()
            .where(InterviewRow.application == app_id)
            .order_by(InterviewRow.id)
            .dicts()
        )
    )
    debrief_rows = tuple(
        _rows(
            DebriefRow.select()
            .where(DebriefRow.application == app_id)
            .order_by(DebriefRow.id)
            .dicts()
        )
    )
    ids = [row["id"] for row in debrief_rows]
    tag_rows: tuple[dict[str, Any], ...] = ()
    question_rows: tuple[dict[str, Any], ...] = ()
    if ids:
        tag_rows = tuple(
            _rows(
                DebriefTagRow.select()
                .where(DebriefTagRow.debrief.in_(ids))
                .order_by(DebriefTagRow.debrief, DebriefTagRow.position)
                .dicts()
            )
        )
        question_rows = tuple(
            _rows(
                DebriefQuestionRow.select()
                .where(DebriefQuestionRow.debrief.in_(ids))
                .order_by(DebriefQuestionRow.id)
                .dicts()
            )
        )
    return Snapshot(interview_rows, debrief_rows, tag_rows, question_rows)


def restore(app_id: int, snap: Snapshot) -> None:
    """Make the application's interviews and debriefs exactly `snap` (inside a transaction)."""
    DebriefRow.delete().where(DebriefRow.application == app_id).execute()
    InterviewRow.delete().where(InterviewRow.application == app_id).execute()
    for row in snap.interviews:
        InterviewRow.insert(**row).execute()
    for row in snap.debriefs:
        DebriefRow.insert(**row).execute()
    for row in snap.tags:
        DebriefTagRow.insert(**row).execute()
    for row in snap.questions:
        DebriefQuestionRow.insert(**row).execute()


# --- conversions --------------------------------------------------------------------------


def _rows(query: Any) -> Iterable[dict[str, Any]]:
    return cast(Iterable[dict[str, Any]], query)


def _as_date(value: Any) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])
