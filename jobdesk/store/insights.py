"""The lean read behind the Insights: one row of facts per application, in one query.

Loading whole `Application` objects costs many seconds at 100,000 applications;
the funnel needs only a few facts per application (see `track_from_facts`), which
SQLite gathers while walking the event log's index. The counting rules stay in
the domain: this query only collects dates and the latest outcome.
"""

from __future__ import annotations

from datetime import date

from jobdesk.domain.enums import Channel, Outcome, RejectionReason, SizeBand, Stage
from jobdesk.domain.funnel import Track, track_from_facts
from jobdesk.store.tables import database

# Per application: its stage events (and any rejection logged at `applied`) as
# "<stage><date><backfilled>" items, and its latest outcome event in log order
# (date, then id; the index on (application_id, occurred_on, id) serves both).
_SQL = """
SELECT a.id, a.applied_on, a.channel, rv.name, c.size_band, c.industry, a.role_type,
       a.seniority,
       (SELECT group_concat(CASE WHEN e.kind = 'stage' THEN e.stage
                                 ELSE 'rejected' END || e.occurred_on || e.backfilled)
          FROM stage_event AS e
         WHERE e.application_id = a.id
           AND (e.kind = 'stage' OR (e.outcome = 'rejected' AND e.stage = 'applied'))),
       (SELECT o.outcome || '|' || COALESCE(o.stage, '') || '|' || COALESCE(o.reason, '')
          FROM stage_event AS o
         WHERE o.application_id = a.id AND o.kind = 'outcome'
         ORDER BY o.occurred_on DESC, o.id DESC
         LIMIT 1)
FROM application AS a
JOIN company AS c ON c.id = a.company_id
LEFT JOIN resume_variant AS rv ON rv.id = a.resume_variant_id
ORDER BY a.id
"""

_RANKS = {s.value: s.rank for s in Stage}
_STAGES = {s.value: s for s in Stage}
_OUTCOMES = {o.value: o for o in Outcome}
_REASONS = {r.value: r for r in RejectionReason}
_CHANNELS = {c.value: c for c in Channel}
_SIZES = {s.value: s for s in SizeBand}
_NO_STAGE_EVENTS: tuple[None, ...] = (None,) * len(Stage)


def load_tracks() -> list[Track]:
    """Every application's track, in id order, without loading its events one by one."""
    parse = date.fromisoformat
    tracks = []
    for row in database.execute_sql(_SQL):
        app_id, applied_on, channel, variant, size, industry, role_type, seniority = row[:8]
        staged, last = row[8], row[9]
        stage_events: list[tuple[date, bool] | None] | tuple[None, ...] = _NO_STAGE_EVENTS
        rejected_at_applied: tuple[date, bool] | None = None
        if staged:
            stage_events = list(_NO_STAGE_EVENTS)
            for item in staged.split(","):
                # "<name>YYYY-MM-DD<0|1>"; the name is a stage, or "rejected" at applied.
                on, backfilled = parse(item[-11:-1]), item[-1] == "1"
                name = item[:-11]
                if name == "rejected":
                    if rejected_at_applied is None or on < rejected_at_applied[0]:
                        rejected_at_applied = (on, backfilled)
                else:
                    rank = _RANKS[name]
                    known = stage_events[rank]
                    if known is None or on < known[0]:
                        stage_events[rank] = (on, backfilled)
        latest = None
        if last:
            outcome, stage, reason = last.split("|")
            latest = (_OUTCOMES[outcome], _STAGES.get(stage), _REASONS.get(reason))
        tracks.append(
            track_from_facts(
                app_id,
                parse(str(applied_on)[:10]),
                stage_events,
                rejected_at_applied,
                latest,
                _CHANNELS.get(channel, Channel.OTHER),
                variant or "",
                _SIZES.get(size, SizeBand.UNKNOWN),
                industry,
                role_type,
                seniority,
            )
        )
    return tracks


def change_marker() -> tuple[int, int]:
    """A value that changes whenever the data may have: lets the Insights reuse their tracks.

    SQLite's data_version moves when another connection commits; this
    connection's count of changed rows moves with every write of its own.
    """
    version = database.execute_sql("PRAGMA data_version").fetchone()[0]
    return int(version), int(database.connection().total_changes)
