"""The lean read behind the Insights: one row of kept facts per application, in one query.

Loading whole `Application` objects costs many seconds at 100,000 applications;
the funnel needs only a few facts per application (see `track_from_facts`), which
the triggers of schema 4 keep beside each application. The counting rules stay in
the domain: the facts are only dates and the latest outcome.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from jobdesk.domain.enums import Channel, Outcome, RejectionReason, SizeBand, Stage
from jobdesk.domain.funnel import Track, track_from_facts
from jobdesk.store.facts import Shared
from jobdesk.store.tables import database

_STAGE_NAMES = ("responded", "screen", "technical", "final", "offer")
# Per application: its row, and the facts schema 4 keeps for it (see store/schema/v4_facts.py).
_SQL = f"""
SELECT a.id, a.applied_on, a.channel, rv.name, c.size_band, c.industry, a.role_type,
       a.seniority, f.outcome, f.outcome_stage, f.outcome_reason,
       f.rejected_applied_on, f.rejected_applied_backfilled,
       {", ".join(f"f.{s}_on, f.{s}_backfilled" for s in _STAGE_NAMES)}, f.furthest
FROM application AS a
JOIN application_fact AS f ON f.application_id = a.id
JOIN company AS c ON c.id = a.company_id
LEFT JOIN resume_variant AS rv ON rv.id = a.resume_variant_id
"""
_CHUNK = 900  # ids per query, well below SQLite's limit on parameters

_STAGES = {s.value: s for s in Stage}
_OUTCOMES = {o.value: o for o in Outcome}
_REASONS = {r.value: r for r in RejectionReason}
_CHANNELS = {c.value: c for c in Channel}
_SIZES = {s.value: s for s in SizeBand}


def load_tracks(app_ids: Iterable[int] | None = None) -> list[Track]:
    """The tracks of `app_ids` (those still stored), or of every application, in id order."""
    if app_ids is None:
        return _tracks(database.execute_sql(_SQL + " ORDER BY a.id"))
    ids = sorted(set(app_ids))
    tracks: list[Track] = []
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        marks = ", ".join("?" * len(chunk))
        tracks += _tracks(
            database.execute_sql(_SQL + f" WHERE a.id IN ({marks}) ORDER BY a.id", chunk)
        )
    return tracks


def _tracks(rows: Iterable[tuple[Any, ...]]) -> list[Track]:
    """Tracks from rows of kept facts, written for speed: 100,000 rows on a large search."""
    shared = Shared()
    day, text = shared.day, shared.text
    tuples: dict[tuple[Any, ...], tuple[Any, ...]] = {}
    tracks = []
    for row in rows:
        app_id, applied_on, channel, variant, size, industry, role_type, seniority = row[:8]
        outcome, outcome_stage, reason = row[8:11]
        stage_events: list[tuple[date, bool] | None] = [None]
        for column in range(13, 23, 2):
            on = row[column]
            stage_events.append(None if on is None else (day(on), bool(row[column + 1])))
        rejected_at_applied = None if row[11] is None else (day(row[11]), bool(row[12]))
        latest = None
        if outcome != "active" or outcome_stage is not None:
            latest = (_OUTCOMES[outcome], _STAGES.get(outcome_stage), _REASONS.get(reason))
        tracks.append(
            track_from_facts(
                app_id,
                day(str(applied_on)),
                stage_events,
                rejected_at_applied,
                latest,
                _CHANNELS.get(channel, Channel.OTHER),
                text(variant or ""),
                _SIZES.get(size, SizeBand.UNKNOWN),
                text(industry),
                text(role_type),
                text(seniority),
                tuples,
                at_least=row[23],
            )
        )
    return tracks


def change_marker() -> int:
    """A value that moves when another connection commits to the file (this one's own
    writes are reported by the pipeline instead)."""
    return int(database.execute_sql("PRAGMA data_version").fetchone()[0])


def application_count() -> int:
    return int(database.execute_sql("SELECT count(*) FROM application").fetchone()[0])


def close_thread_connection() -> None:
    """Close the calling thread's own connection (peewee keeps one per thread)."""
    database.close()
