"""The peewee tables. Bound to the database through a proxy so tests can inject a file."""

from __future__ import annotations

from peewee import (
    AutoField,
    BooleanField,
    DatabaseProxy,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)

database = DatabaseProxy()


class BaseTable(Model):
    class Meta:
        database = database
        legacy_table_names = False


class CompanyRow(BaseTable):
    id = AutoField()
    name = TextField(unique=True, collation="NOCASE")
    size_band = TextField(default="")
    industry = TextField(default="")

    class Meta:
        table_name = "company"


class ResumeVariantRow(BaseTable):
    id = AutoField()
    name = TextField(unique=True, collation="NOCASE")

    class Meta:
        table_name = "resume_variant"


class ApplicationRow(BaseTable):
    id = AutoField()
    company = ForeignKeyField(CompanyRow, on_delete="RESTRICT", backref="applications")
    role_title = TextField()
    role_type = TextField(default="")
    seniority = TextField(default="")
    location = TextField(default="")
    channel = TextField(default="direct")
    resume_variant = ForeignKeyField(ResumeVariantRow, null=True, on_delete="SET NULL")
    job_url = TextField(default="")
    salary_text = TextField(default="")
    applied_on = DateField()
    notes = TextField(default="")
    next_step = TextField(default="")
    next_step_on = DateField(null=True)
    created_at = DateTimeField()

    class Meta:
        table_name = "application"


class ContactRow(BaseTable):
    id = AutoField()
    application = ForeignKeyField(ApplicationRow, on_delete="CASCADE", backref="contacts")
    position = IntegerField(default=0)
    name = TextField()
    role = TextField(default="recruiter")
    email = TextField(default="")

    class Meta:
        table_name = "contact"


class EventRow(BaseTable):
    """One entry of the append-only history (a trigger refuses updates)."""

    id = AutoField()

    application = ForeignKeyField(ApplicationRow, on_delete="CASCADE", backref="events")
    kind = TextField()
    occurred_on = DateField()
    stage = TextField(null=True)
    outcome = TextField(null=True)
    reason = TextField(null=True)
    note = TextField(default="")
    backfilled = BooleanField(default=False)
    recorded_at = DateTimeField()

    class Meta:
        table_name = "stage_event"


class CorrectionRow(BaseTable):
    """An event taken out of the counting (schema 8); append-only like the log itself."""

    id = AutoField()
    event = ForeignKeyField(EventRow, on_delete="CASCADE", column_name="event_id", unique=True)
    application = ForeignKeyField(ApplicationRow, on_delete="CASCADE")
    voided_on = DateField()
    note = TextField(default="")
    recorded_at = DateTimeField()

    class Meta:
        table_name = "event_void"


class SettingRow(BaseTable):
    key = TextField(primary_key=True)
    value = TextField()

    class Meta:
        table_name = "setting"


ALL_TABLES: list[type[BaseTable]] = [
    CompanyRow,
    ResumeVariantRow,
    ApplicationRow,
    ContactRow,
    EventRow,
    CorrectionRow,
    SettingRow,
]
