"""Schema 4: each application's facts, kept by SQLite triggers in the same transaction as its log.

Lists and the Insights read one row per application from `application_fact`
instead of replaying every event. The facts are defined once, by the view
`application_fact_source` (a replay of the log in SQL); the triggers copy the
view's row for an application whenever its events or its row change, so no
write path (the services, an import, a restore, plain SQL) can leave them
behind. `store.facts.rebuild()` copies the whole view again, as a repair.

Frozen once released: later changes go in a new step.
"""

from __future__ import annotations

from peewee import SqliteDatabase


def upgrade(db: SqliteDatabase) -> None:
    """Runs inside the migration's transaction; the SQL is frozen as released."""
    for statement in _SQL:
        db.execute_sql(statement)


# A stage's rank; a rejection logged at `applied` is a reply, so it counts as `responded`.
_RANK = """CASE e.stage
        WHEN 'responded' THEN 1 WHEN 'screen' THEN 2 WHEN 'technical' THEN 3
        WHEN 'final' THEN 4 WHEN 'offer' THEN 5
        WHEN 'applied' THEN CASE WHEN e.kind = 'outcome' AND e.outcome = 'rejected'
                                 THEN 1 ELSE 0 END
        ELSE 0 END"""


def _first_stage(stage: str, column: str) -> str:
    """The first event (in log order) that reached `stage`: its `column`."""
    return f"""(SELECT e.{column} FROM stage_event AS e
          WHERE e.application_id = a.id AND e.kind = 'stage' AND e.stage = '{stage}'
          ORDER BY e.occurred_on, e.id LIMIT 1)"""


def _latest_outcome(column: str) -> str:
    return f"""(SELECT e.{column} FROM stage_event AS e
          WHERE e.application_id = a.id AND e.kind = 'outcome'
          ORDER BY e.occurred_on DESC, e.id DESC LIMIT 1)"""


def _first_rejection_at_applied(column: str) -> str:
    return f"""(SELECT e.{column} FROM stage_event AS e
          WHERE e.application_id = a.id AND e.kind = 'outcome' AND e.outcome = 'rejected'
            AND e.stage = 'applied'
          ORDER BY e.occurred_on, e.id LIMIT 1)"""


_STAGES = ("responded", "screen", "technical", "final", "offer")

_COLUMNS = (
    "application_id",
    "furthest",
    "outcome",
    "outcome_stage",
    "outcome_reason",
    "outcome_on",
    "last_event_on",
    "ever_rejected",
    *(f"{stage}_{part}" for stage in _STAGES for part in ("on", "backfilled")),
    "rejected_applied_on",
    "rejected_applied_backfilled",
)

_SOURCE = f"""\
CREATE VIEW application_fact_source ({", ".join(_COLUMNS)}) AS
SELECT a.id,
       COALESCE((SELECT MAX({_RANK}) FROM stage_event AS e WHERE e.application_id = a.id), 0),
       COALESCE({_latest_outcome("outcome")}, 'active'),
       {_latest_outcome("stage")},
       {_latest_outcome("reason")},
       {_latest_outcome("occurred_on")},
       (SELECT MAX(e.occurred_on) FROM stage_event AS e WHERE e.application_id = a.id),
       EXISTS (SELECT 1 FROM stage_event AS e
                WHERE e.application_id = a.id AND e.kind = 'outcome'
                  AND e.outcome = 'rejected'),
       {", ".join(_first_stage(s, c) for s in _STAGES for c in ("occurred_on", "backfilled"))},
       {_first_rejection_at_applied("occurred_on")},
       {_first_rejection_at_applied("backfilled")}
FROM application AS a
"""


def _copy(app_id: str) -> str:
    return (
        f"INSERT OR REPLACE INTO application_fact SELECT * FROM application_fact_source "
        f"WHERE application_id = {app_id};"
    )


_SQL = (
    f"""\
CREATE TABLE application_fact (
    application_id INTEGER PRIMARY KEY REFERENCES application (id) ON DELETE CASCADE,
    furthest INTEGER NOT NULL DEFAULT 0,
    outcome TEXT NOT NULL DEFAULT 'active',
    outcome_stage TEXT,
    outcome_reason TEXT,
    outcome_on DATE,
    last_event_on DATE,
    ever_rejected INTEGER NOT NULL DEFAULT 0,
    {", ".join(f"{s}_on DATE, {s}_backfilled INTEGER" for s in _STAGES)},
    rejected_applied_on DATE,
    rejected_applied_backfilled INTEGER
)
""",
    _SOURCE,
    # An application that is deleted takes its facts with it (the foreign key); when its
    # events go in that cascade, the view has no row for it any more and nothing is copied.
    f"""\
CREATE TRIGGER application_fact_new AFTER INSERT ON application
BEGIN
    {_copy("NEW.id")}
END;
""",
    f"""\
CREATE TRIGGER application_fact_event_added AFTER INSERT ON stage_event
BEGIN
    {_copy("NEW.application_id")}
END;
""",
    f"""\
CREATE TRIGGER application_fact_event_removed AFTER DELETE ON stage_event
BEGIN
    DELETE FROM application_fact WHERE application_id = OLD.application_id;
    {_copy("OLD.application_id")}
END;
""",
    # The lists sort and filter by these.
    "CREATE INDEX application_applied_on ON application (applied_on)",
    "CREATE INDEX application_fact_outcome ON application_fact (outcome, furthest)",
    "INSERT INTO application_fact SELECT * FROM application_fact_source",
)
