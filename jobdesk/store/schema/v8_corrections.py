"""Schema 8: corrections of the history, appended beside the log, and the facts that follow.

A wrong event is never changed or deleted: a row in `event_void` names it, and from then on
nothing counts it. `live_event` is the log without the voided events; every reading of the
log (the kept facts of schema 4, the lists, the Insights) goes through it. The facts' view
is made again over `live_event`, with one more rule: an accepted or declined offer means
the offer was reached, even when the log has no offer event (an import can write one so).
New triggers copy an application's facts again when one of its events is voided or a
correction is undone. The facts of applications with an accepted or declined offer are
replayed once at the end; no other application's can differ under the new view.

Frozen once released: later changes go in a new step. The view is written out here in
full (not built from v4's helpers) for that reason.
"""

from __future__ import annotations

from peewee import SqliteDatabase


def upgrade(db: SqliteDatabase) -> None:
    """Runs inside the migration's transaction; the SQL is frozen as released."""
    for statement in _SQL:
        db.execute_sql(statement)


# A stage's rank; a rejection logged at `applied` is a reply, so it counts as `responded`;
# an accepted or declined offer was an offer.
_RANK = """CASE
        WHEN e.kind = 'outcome' AND e.outcome IN ('accepted', 'declined') THEN 5
        WHEN e.stage = 'responded' THEN 1 WHEN e.stage = 'screen' THEN 2
        WHEN e.stage = 'technical' THEN 3 WHEN e.stage = 'final' THEN 4
        WHEN e.stage = 'offer' THEN 5
        WHEN e.stage = 'applied' AND e.kind = 'outcome' AND e.outcome = 'rejected' THEN 1
        ELSE 0 END"""


def _first_stage(stage: str, column: str) -> str:
    return f"""(SELECT e.{column} FROM live_event AS e
          WHERE e.application_id = a.id AND e.kind = 'stage' AND e.stage = '{stage}'
          ORDER BY e.occurred_on, e.id LIMIT 1)"""


def _latest_outcome(column: str) -> str:
    return f"""(SELECT e.{column} FROM live_event AS e
          WHERE e.application_id = a.id AND e.kind = 'outcome'
          ORDER BY e.occurred_on DESC, e.id DESC LIMIT 1)"""


def _first_rejection_at_applied(column: str) -> str:
    return f"""(SELECT e.{column} FROM live_event AS e
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
       COALESCE((SELECT MAX({_RANK}) FROM live_event AS e WHERE e.application_id = a.id), 0),
       COALESCE({_latest_outcome("outcome")}, 'active'),
       {_latest_outcome("stage")},
       {_latest_outcome("reason")},
       {_latest_outcome("occurred_on")},
       (SELECT MAX(e.occurred_on) FROM live_event AS e WHERE e.application_id = a.id),
       EXISTS (SELECT 1 FROM live_event AS e
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
    """\
CREATE TABLE event_void (
    id INTEGER PRIMARY KEY,
    event_id INTEGER NOT NULL UNIQUE REFERENCES stage_event (id) ON DELETE CASCADE,
    application_id INTEGER NOT NULL REFERENCES application (id) ON DELETE CASCADE,
    voided_on DATE NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    recorded_at DATETIME NOT NULL
)
""",
    "CREATE INDEX event_void_application_id ON event_void (application_id)",
    """\
CREATE TRIGGER event_void_append_only BEFORE UPDATE ON event_void
BEGIN
    SELECT RAISE(ABORT, 'corrections are append-only');
END;
""",
    # The application named must be the event's own: the triggers copy its facts by it.
    # (A whole-search import may write corrections before their events, with foreign keys
    # deferred: then the key checks that the event exists, at the end.)
    """\
CREATE TRIGGER event_void_same_application BEFORE INSERT ON event_void
WHEN EXISTS (SELECT 1 FROM stage_event
             WHERE id = NEW.event_id AND application_id IS NOT NEW.application_id)
BEGIN
    SELECT RAISE(ABORT, 'a correction must name its event''s application');
END;
""",
    """\
CREATE VIEW live_event AS
SELECT e.* FROM stage_event AS e
WHERE NOT EXISTS (SELECT 1 FROM event_void AS v WHERE v.event_id = e.id)
""",
    "DROP VIEW application_fact_source",
    _SOURCE,
    f"""\
CREATE TRIGGER application_fact_event_voided AFTER INSERT ON event_void
BEGIN
    {_copy("NEW.application_id")}
END;
""",
    # An undo takes a correction away (or its event's cascade does): the facts follow.
    f"""\
CREATE TRIGGER application_fact_void_removed AFTER DELETE ON event_void
BEGIN
    DELETE FROM application_fact WHERE application_id = OLD.application_id;
    {_copy("OLD.application_id")}
END;
""",
    # No event is voided yet, so only an accepted or declined offer can change what the
    # facts say (the furthest stage): those applications are replayed, not all 100,000.
    """\
INSERT OR REPLACE INTO application_fact SELECT * FROM application_fact_source
WHERE application_id IN (SELECT application_id FROM stage_event
                         WHERE kind = 'outcome' AND outcome IN ('accepted', 'declined'))
""",
)
