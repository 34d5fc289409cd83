"""Schema 6: one vocabulary of topics, and improvements.

The feedback themes table becomes the one list of topics: each row gains its group
(outside your control, something to work on, not told) and, for a built-in topic, its
key. Built-in topics are added; a theme or debrief tag that is another word for one
("Technical skills gap" for "Skills gap") is merged into it, links and tags moved, never
dropped. Every other debrief tag becomes a topic of the user's own, so debriefs,
feedback and reasons draw on one list. Rejection reasons in the event log are left as
written: the log is append-only, and each reason's stored value is its topic's key, so
the domain maps a reason to its topic when it reads it (domain/topics.py).

An improvement is one concrete change the user is trying, aimed at a topic and a stage,
from a start date to an optional end; it is active, paused or finished.

Frozen once released: later changes go in a new step. The topic list below is copied
here (not imported) for that reason.
"""

from __future__ import annotations

from peewee import SqliteDatabase

# (key, label, group, other names it is merged from), as released with this step.
_TOPICS: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    ("filled_internally", "Filled internally", "outside_control", ()),
    ("budget", "Budget or headcount", "outside_control", ("Budget", "Headcount")),
    ("closer_fit", "A closer fit elsewhere", "outside_control", ("Closer fit",)),
    ("level_mismatch", "Level mismatch", "outside_control", ()),
    ("no_reason", "Not told", "not_told", ("No reason given",)),
    ("technical_round", "Technical round", "to_work_on", ()),
    ("algorithms", "Algorithms", "to_work_on", ("Coding", "Data structures")),
    ("system_design", "System design", "to_work_on", ()),
    ("behavioural", "Behavioural answer", "to_work_on", ("Behavioural", "Behavioral")),
    ("communication", "Communication", "to_work_on", ("Story or communication",)),
    ("skills_gap", "Skills gap", "to_work_on", ("Technical skills gap",)),
    ("specific_technology", "A specific technology", "to_work_on", ("Technology",)),
    ("nerves", "Nerves", "to_work_on", ()),
    ("experience_mismatch", "Experience mismatch", "to_work_on", ("Experience level",)),
    ("culture_fit", "Culture fit", "to_work_on", ()),
)

_SQL = (
    """\
ALTER TABLE feedback_theme ADD COLUMN topic_group TEXT NOT NULL DEFAULT 'to_work_on'
    CHECK (topic_group IN ('outside_control', 'to_work_on', 'not_told'))
""",
    """\
ALTER TABLE feedback_theme ADD COLUMN topic_key TEXT
""",
    """\
CREATE UNIQUE INDEX feedback_theme_topic_key ON feedback_theme (topic_key)
""",
    """\
CREATE TABLE improvement (
    id INTEGER PRIMARY KEY,
    action TEXT NOT NULL CHECK (length(action) > 0),
    topic TEXT NOT NULL COLLATE NOCASE,
    stage TEXT NOT NULL CHECK (stage IN ('applied', 'responded', 'screen', 'technical',
        'final', 'offer')),
    started_on DATE NOT NULL,
    ends_on DATE CHECK (ends_on IS NULL OR ends_on >= started_on),
    state TEXT NOT NULL DEFAULT 'active' CHECK (state IN ('active', 'paused', 'finished')),
    created_at DATETIME NOT NULL
)
""",
)


def upgrade(db: SqliteDatabase) -> None:
    """Runs inside the migration's transaction; the SQL and the list are frozen as released."""
    for statement in _SQL:
        db.execute_sql(statement)
    for key, label, group, synonyms in _TOPICS:
        names = tuple(n.casefold() for n in (label, *synonyms))
        marks = ", ".join("?" for _ in names)
        found = [
            int(row[0])
            for row in db.execute_sql(
                f"SELECT id FROM feedback_theme WHERE lower(name) IN ({marks}) "
                "ORDER BY builtin DESC, id",
                names,
            ).fetchall()
        ]
        if not found:
            db.execute_sql(
                "INSERT INTO feedback_theme (name, builtin, topic_group, topic_key) "
                "VALUES (?, 1, ?, ?)",
                (label, group, key),
            )
        else:
            keep, others = found[0], found[1:]
            for other in others:
                db.execute_sql(
                    "INSERT OR IGNORE INTO feedback_theme_link (application_id, theme_id) "
                    "SELECT application_id, ? FROM feedback_theme_link WHERE theme_id = ?",
                    (keep, other),
                )
                db.execute_sql("DELETE FROM feedback_theme_link WHERE theme_id = ?", (other,))
                db.execute_sql("DELETE FROM feedback_theme WHERE id = ?", (other,))
            db.execute_sql(
                "UPDATE feedback_theme SET name = ?, builtin = 1, topic_group = ?, topic_key = ? "
                "WHERE id = ?",
                (label, group, key, keep),
            )
        # A debrief holding two names of one topic keeps it once.
        db.execute_sql(
            f"UPDATE OR IGNORE debrief_tag SET name = ? WHERE lower(name) IN ({marks})",
            (label, *names),
        )
        db.execute_sql(
            f"DELETE FROM debrief_tag WHERE lower(name) IN ({marks}) AND name != ?",
            (*names, label),
        )
    db.execute_sql(
        "INSERT OR IGNORE INTO feedback_theme (name, builtin) "
        "SELECT name, 0 FROM debrief_tag GROUP BY name ORDER BY min(debrief_id), min(position)"
    )
