"""Schema 5: interviews (with their time zone) and debriefs, with their tags and questions.

An interview keeps its wall-clock start and the IANA zone it was agreed in, so a
calendar export and the "debrief owed" rule see the same moment wherever the
computer travels. A debrief belongs to an application and, optionally, to one of
its interviews; deleting the interview keeps the debrief. Tags are plain names for
now and the questions asked are one row each, so both can be searched.

Frozen once released: later changes go in a new step.
"""

from __future__ import annotations

from peewee import SqliteDatabase

_SQL = (
    """\
CREATE TABLE interview (
    id INTEGER PRIMARY KEY,
    application_id INTEGER NOT NULL REFERENCES application (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('recruiter_screen', 'technical', 'system_design',
        'behavioural', 'take_home', 'final', 'other')),
    stage TEXT NOT NULL CHECK (stage IN ('applied', 'responded', 'screen', 'technical',
        'final', 'offer')),
    starts_at TEXT NOT NULL CHECK (starts_at GLOB
        '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9] [0-9][0-9]:[0-9][0-9]'),
    time_zone TEXT NOT NULL CHECK (length(time_zone) > 0),
    duration_minutes INTEGER NOT NULL CHECK (duration_minutes BETWEEN 1 AND 1440),
    interviewers TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    uid TEXT NOT NULL UNIQUE,
    created_at DATETIME NOT NULL
)
""",
    """\
CREATE INDEX interview_application_id ON interview (application_id, starts_at)
""",
    """\
CREATE TABLE debrief (
    id INTEGER PRIMARY KEY,
    application_id INTEGER NOT NULL REFERENCES application (id) ON DELETE CASCADE,
    interview_id INTEGER UNIQUE REFERENCES interview (id) ON DELETE SET NULL,
    stage TEXT NOT NULL CHECK (stage IN ('applied', 'responded', 'screen', 'technical',
        'final', 'offer')),
    written_on DATE NOT NULL,
    went_well TEXT NOT NULL DEFAULT '',
    stumbled TEXT NOT NULL DEFAULT '',
    preparation TEXT NOT NULL DEFAULT '',
    differently TEXT NOT NULL DEFAULT '',
    support TEXT NOT NULL DEFAULT '',
    rating INTEGER CHECK (rating BETWEEN 1 AND 5),
    created_at DATETIME NOT NULL
)
""",
    """\
CREATE INDEX debrief_application_id ON debrief (application_id)
""",
    """\
CREATE TABLE debrief_tag (
    debrief_id INTEGER NOT NULL REFERENCES debrief (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name TEXT NOT NULL COLLATE NOCASE,
    PRIMARY KEY (debrief_id, name)
)
""",
    """\
CREATE INDEX debrief_tag_name ON debrief_tag (name)
""",
    """\
CREATE TABLE debrief_question (
    id INTEGER PRIMARY KEY,
    debrief_id INTEGER NOT NULL REFERENCES debrief (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    question TEXT NOT NULL
)
""",
    """\
CREATE INDEX debrief_question_debrief_id ON debrief_question (debrief_id, position)
""",
)


def upgrade(db: SqliteDatabase) -> None:
    """Runs inside the migration's transaction; the SQL is frozen as released."""
    for statement in _SQL:
        db.execute_sql(statement)
