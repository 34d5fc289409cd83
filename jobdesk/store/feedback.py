"""Templates, messages sent, feedback received and its themes (schema 2), as domain objects."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, cast

from peewee import (
    AutoField,
    BooleanField,
    CompositeKey,
    DateField,
    DateTimeField,
    ForeignKeyField,
    TextField,
)

from jobdesk.domain.enums import ReasonGroup
from jobdesk.domain.feedback import MessageSent, ReceivedFeedback, Via
from jobdesk.domain.templates import Purpose
from jobdesk.domain.topics import BUILTIN_TOPICS, Topic
from jobdesk.store.facts import Shared
from jobdesk.store.tables import ApplicationRow, BaseTable, database


class TemplateRow(BaseTable):
    id = AutoField()
    builtin_key = TextField(null=True, unique=True)
    name = TextField()
    purpose = TextField(default="feedback")
    subject = TextField(default="")
    body = TextField(default="")
    modified_at = DateTimeField()

    class Meta:
        table_name = "message_template"


class MessageSentRow(BaseTable):
    id = AutoField()
    application = ForeignKeyField(ApplicationRow, on_delete="CASCADE")
    purpose = TextField()
    sent_on = DateField()
    via = TextField()
    recorded_at = DateTimeField()

    class Meta:
        table_name = "message_sent"


class FeedbackRow(BaseTable):
    application = ForeignKeyField(ApplicationRow, primary_key=True, on_delete="CASCADE")
    received_on = DateField()
    said = TextField(default="")
    recorded_at = DateTimeField()

    class Meta:
        table_name = "feedback"


class ThemeRow(BaseTable):
    """One topic of the one vocabulary (schema 6): feedback themes, debrief tags and the
    topics rejection reasons map to all live here."""

    id = AutoField()
    name = TextField(unique=True, collation="NOCASE")
    builtin = BooleanField(default=False)
    topic_group = TextField(default="to_work_on")
    topic_key = TextField(null=True)

    class Meta:
        table_name = "feedback_theme"


class ThemeLinkRow(BaseTable):
    application = ForeignKeyField(FeedbackRow, column_name="application_id", on_delete="CASCADE")
    theme = ForeignKeyField(ThemeRow, on_delete="CASCADE")

    class Meta:
        table_name = "feedback_theme_link"
        primary_key = CompositeKey("application", "theme")


@dataclass(frozen=True)
class StoredTemplate:
    id: int
    builtin_key: str | None
    name: str
    purpose: Purpose
    subject: str
    body: str
    modified_at: datetime


# --- templates -----------------------------------------------------------------------------


def templates() -> list[StoredTemplate]:
    return [_template(row) for row in TemplateRow.select().order_by(TemplateRow.id)]


def template(template_id: int) -> StoredTemplate | None:
    row = TemplateRow.get_or_none(TemplateRow.id == template_id)
    return _template(row) if row else None


def template_for_builtin(key: str) -> StoredTemplate | None:
    row = TemplateRow.get_or_none(TemplateRow.builtin_key == key)
    return _template(row) if row else None


def insert_template(
    name: str, purpose: Purpose, subject: str, body: str, builtin_key: str | None = None
) -> int:
    return int(
        TemplateRow.insert(
            builtin_key=builtin_key,
            name=name,
            purpose=purpose.value,
            subject=subject,
            body=body,
            modified_at=datetime.now(),
        ).execute()
    )


def update_template(template_id: int, name: str, purpose: Purpose, subject: str, body: str) -> None:
    TemplateRow.update(
        name=name,
        purpose=purpose.value,
        subject=subject,
        body=body,
        modified_at=datetime.now(),
    ).where(TemplateRow.id == template_id).execute()


def delete_template(template_id: int) -> None:
    TemplateRow.delete().where(TemplateRow.id == template_id).execute()


def put_templates(saved: list[StoredTemplate]) -> None:
    """The template table exactly as `templates()` read it, ids included (undo and redo)."""
    TemplateRow.delete().execute()
    for t in saved:
        TemplateRow.insert(
            id=t.id,
            builtin_key=t.builtin_key,
            name=t.name,
            purpose=t.purpose.value,
            subject=t.subject,
            body=t.body,
            modified_at=t.modified_at,
        ).execute()


def _template(row: Any) -> StoredTemplate:
    return StoredTemplate(
        id=int(row.id),
        builtin_key=row.builtin_key,
        name=row.name,
        purpose=_purpose(row.purpose),
        subject=row.subject,
        body=row.body,
        modified_at=row.modified_at,
    )


def _purpose(value: str) -> Purpose:
    try:
        return Purpose(value)
    except ValueError:
        return Purpose.OTHER


# --- messages sent -------------------------------------------------------------------------


def messages_sent(app_id: int | None = None, *, since: date | None = None) -> list[MessageSent]:
    """Every message sent (or one application's, or those sent on `since` or later), oldest
    first, in one plain query."""
    sql = "SELECT application_id, purpose, sent_on, via, id FROM message_sent"
    where: list[str] = []
    params: list[object] = []
    if app_id is not None:
        where.append("application_id = ?")
        params.append(app_id)
    if since is not None:
        where.append("sent_on >= ?")
        params.append(since.isoformat())
    if where:
        sql += " WHERE " + " AND ".join(where)
    rows = database.execute_sql(sql + " ORDER BY sent_on, id", tuple(params))
    day = Shared().day
    purposes = {p.value: p for p in Purpose}
    vias = {v.value: v for v in Via}
    return [
        MessageSent(
            application_id=application,
            purpose=purposes.get(purpose, Purpose.OTHER),
            on=day(str(sent_on)),
            via=vias[via],
            id=message_id,
        )
        for application, purpose, sent_on, via, message_id in rows
    ]


def last_follow_ups() -> dict[int, date]:
    """The day of each application's latest follow-up, worked out by SQLite: the follow-ups
    due need no more than that of the thousands of messages a long search sends."""
    # The plain rows and the latest picked here: three times faster than SQLite's GROUP BY,
    # which walks the application index and looks each row up.
    rows = database.execute_sql(
        "SELECT application_id, sent_on FROM message_sent WHERE purpose = ?",
        (Purpose.FOLLOW_UP.value,),
    )
    latest: dict[int, str] = {}
    for application, sent_on in rows:
        text = str(sent_on)
        if text > latest.get(application, ""):
            latest[application] = text
    day = Shared().day
    return {application: day(text) for application, text in latest.items()}


def insert_message_sent(message: MessageSent) -> int:
    return int(
        MessageSentRow.insert(
            application=message.application_id,
            purpose=message.purpose.value,
            sent_on=message.on,
            via=message.via.value,
            recorded_at=datetime.now(),
        ).execute()
    )


def application_of_message(message_id: int) -> int | None:
    found = (
        MessageSentRow.select(MessageSentRow.application)
        .where(MessageSentRow.id == message_id)
        .tuples()
        .first()
    )
    return int(found[0]) if found is not None else None


def delete_message_sent(message_id: int) -> None:
    MessageSentRow.delete().where(MessageSentRow.id == message_id).execute()


# --- feedback and themes -------------------------------------------------------------------


def topics() -> list[Topic]:
    """Every topic: built-in ones in the vocabulary's order, then the user's own,
    alphabetically."""
    order: dict[str | None, int] = {t.key: i for i, t in enumerate(BUILTIN_TOPICS)}
    rows = ThemeRow.select().order_by(ThemeRow.id)
    found = [Topic(r.name, ReasonGroup(r.topic_group), r.topic_key) for r in rows]
    return sorted(found, key=lambda t: (order.get(t.key, len(order)), t.label.casefold()))


def theme_names() -> list[str]:
    return [t.label for t in topics()]


def insert_theme(name: str, group: ReasonGroup = ReasonGroup.TO_WORK_ON) -> None:
    ThemeRow.insert(name=name, builtin=False, topic_group=group.value).execute()


def delete_theme(name: str) -> None:
    ThemeRow.delete().where(ThemeRow.name == name, ThemeRow.builtin == False).execute()  # noqa: E712


def insert_missing_topics(names: Iterable[str]) -> None:
    """Adds each name not yet on the list as a topic of the user's own."""
    known = {r.name.casefold() for r in ThemeRow.select(ThemeRow.name)}
    for name in names:
        if name.casefold() not in known:
            insert_theme(name)
            known.add(name.casefold())


def all_feedback(app_id: int | None = None) -> dict[int, ReceivedFeedback]:
    """Feedback by application: every application's, or only `app_id`'s. Plain queries: the
    patterns read every application's on each refresh."""
    where, params = ("", ()) if app_id is None else (" WHERE application_id = ?", (app_id,))
    themes: dict[int, list[str]] = defaultdict(list)
    links = database.execute_sql(
        "SELECT l.application_id, t.name FROM feedback_theme_link AS l "
        "JOIN feedback_theme AS t ON t.id = l.theme_id"
        + where.replace("application_id", "l.application_id")
        + " ORDER BY t.builtin DESC, t.id",
        params,
    )
    for linked_id, name in links:
        themes[int(linked_id)].append(name)
    rows = database.execute_sql(
        "SELECT application_id, received_on, said FROM feedback" + where + " ORDER BY 1", params
    )
    day = Shared().day
    return {
        int(linked_id): ReceivedFeedback(
            application_id=int(linked_id),
            received_on=day(str(received_on)),
            said=said,
            themes=tuple(themes[int(linked_id)]),
        )
        for linked_id, received_on, said in rows
    }


def feedback(app_id: int) -> ReceivedFeedback | None:
    return all_feedback(app_id).get(app_id)


def save_feedback(received: ReceivedFeedback) -> None:
    """Replace the application's feedback and its themes with `received`."""
    FeedbackRow.replace(
        application=received.application_id,
        received_on=received.received_on,
        said=received.said,
        recorded_at=datetime.now(),
    ).execute()
    ThemeLinkRow.delete().where(ThemeLinkRow.application == received.application_id).execute()
    ids = {r.name.casefold(): r.id for r in ThemeRow.select()}
    for theme in received.themes:
        ThemeLinkRow.insert(
            application=received.application_id, theme=ids[theme.casefold()]
        ).execute()


def delete_feedback(app_id: int) -> None:
    FeedbackRow.delete().where(FeedbackRow.application == app_id).execute()


def _dicts(query: Any) -> Iterable[dict[str, Any]]:
    return cast(Iterable[dict[str, Any]], query.dicts())


def _as_date(value: Any) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


# --- snapshots for the pipeline's undo ------------------------------------------------------

# The application's feedback row, its theme names, and the messages sent, as stored.
Snapshot = tuple[dict[str, Any] | None, tuple[str, ...], tuple[dict[str, Any], ...]]


def snapshot(app_id: int) -> Snapshot:
    received = FeedbackRow.select().where(FeedbackRow.application == app_id).dicts().first()
    links = (
        ThemeLinkRow.select(ThemeRow.name)
        .join(ThemeRow)
        .where(ThemeLinkRow.application == app_id)
        .order_by(ThemeRow.id)
        .tuples()
    )
    themes = tuple(str(name) for (name,) in cast(Iterable[tuple[Any]], links))
    messages = tuple(
        _dicts(
            MessageSentRow.select()
            .where(MessageSentRow.application == app_id)
            .order_by(MessageSentRow.id)
        )
    )
    return received, themes, messages


def restore(app_id: int, saved: Snapshot) -> None:
    """Put back exactly what `snapshot` saw (ids included); runs inside the caller's transaction."""
    received, themes, messages = saved
    FeedbackRow.delete().where(FeedbackRow.application == app_id).execute()
    MessageSentRow.delete().where(MessageSentRow.application == app_id).execute()
    if received is not None:
        FeedbackRow.insert(**received).execute()
        known = {r.name.casefold(): r.id for r in ThemeRow.select()}
        for name in themes:
            theme_id = known.get(name.casefold())
            if theme_id is None:  # the theme was removed since: bring it back too
                theme_id = ThemeRow.insert(name=name, builtin=False).execute()
            ThemeLinkRow.insert(application=app_id, theme=theme_id).execute()
    for message in messages:
        MessageSentRow.insert(**message).execute()
