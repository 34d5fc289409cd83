"""The lean read behind the Insights: one row of kept facts per application, in one query.

Loading whole `Application` objects costs many seconds at 100,000 applications;
the Insights need only a few facts per application (see `track_from_facts`), which
the triggers of schema 4 keep beside each application. The counting rules stay in
the domain: the facts are only dates and the latest outcome.

The read is written for speed (100,000 rows on a large search): SQLite works out what
`track_from_facts` would from each row (the first reply, the first sign of any reply,
which dates were entered after the fact), the rows are turned into tracks a column at a
time with `map` and `zip`, so no Python code runs per application, and the cycle
collector is paused meanwhile.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from datetime import date
from functools import partial
from itertools import repeat
from typing import Any

from jobdesk.collector import collector_paused
from jobdesk.domain.enums import Channel, Outcome, RejectionReason, SizeBand, Stage
from jobdesk.domain.experiments import Dimension
from jobdesk.domain.funnel import STAGES, DateRange, Track, cell_code
from jobdesk.store.tables import database


def _day_part(column: str) -> str:
    return f"substr({column}, 1, 10)"


# The first reply is a rejection straight after applying when that came before the logged
# reply (by day, as the domain compares dates): then its date and its backfilled flag count.
_REJECTION_FIRST = (
    f"(f.rejected_applied_on IS NOT NULL AND (f.responded_on IS NULL"
    f" OR {_day_part('f.rejected_applied_on')} < {_day_part('f.responded_on')}))"
)
_FIRST_REPLY = f"CASE WHEN {_REJECTION_FIRST} THEN f.rejected_applied_on ELSE f.responded_on END"
_LATER_STAGES = ("screen", "technical", "final", "offer")
# SQLite's min() of several values is NULL when any is: '~' sorts after every date.
_RESPONSE_ON = (
    "NULLIF(min("
    + ", ".join(
        f"COALESCE({_day_part(c)}, '~')"
        for c in (f"({_FIRST_REPLY})", *(f"f.{s}_on" for s in _LATER_STAGES))
    )
    + "), '~')"
)
# Bit k-1 set: stage k's date was entered after the fact (backfilled).
_BACKFILLED = " + ".join(
    [
        f"(CASE WHEN {_REJECTION_FIRST} THEN COALESCE(f.rejected_applied_backfilled, 0) <> 0"
        " ELSE f.responded_on IS NOT NULL AND COALESCE(f.responded_backfilled, 0) <> 0 END)",
        *(
            f"{1 << bit} * (f.{s}_on IS NOT NULL AND COALESCE(f.{s}_backfilled, 0) <> 0)"
            for bit, s in enumerate(_LATER_STAGES, start=1)
        ),
    ]
)
# Per application, the fields of its `Track` in order (see store/schema/v4_facts.py for the
# facts): the furthest stage is the kept one, which is the replay's (`furthest_stage`).
_SQL = f"""
SELECT a.id, a.applied_on, f.furthest, f.outcome, f.outcome_stage, f.outcome_reason,
       {_FIRST_REPLY}, {", ".join(f"f.{s}_on" for s in _LATER_STAGES)},
       {_BACKFILLED}, {_RESPONSE_ON}, a.channel, a.resume_variant_id, a.company_id,
       a.role_type, a.seniority
FROM application AS a
JOIN application_fact AS f ON f.application_id = a.id
"""
_COMPANIES = "SELECT id, size_band, industry FROM company"
_VARIANTS = "SELECT id, name FROM resume_variant"
_CHUNK = 900  # ids per query, well below SQLite's limit on parameters
_BATCH = 10_000  # rows turned into tracks at a time: their text is held only that long

_STAGES = {s.value: s for s in Stage}
_OUTCOMES = {o.value: o for o in Outcome}
_REASONS = {r.value: r for r in RejectionReason}
_CHANNELS = {c.value: c for c in Channel}
_SIZES = {s.value: s for s in SizeBand}
# `stage_exact` for each bit mask of `_BACKFILLED`: one shared tuple each.
_EXACT = tuple(
    (True, *(not mask & (1 << bit) for bit in range(len(STAGES) - 1)))
    for mask in range(1 << (len(STAGES) - 1))
)
_TRACK = partial(tuple.__new__, Track)  # a track from its fields, with no Python call


def load_tracks(app_ids: Iterable[int] | None = None) -> list[Track]:
    """The tracks of `app_ids` (those still stored), or of every application, in id order."""
    # One snapshot: every company the rows name is among those read.
    with collector_paused(), database.atomic():
        read = _Read()
        if app_ids is None:
            return read.tracks(database.execute_sql(_SQL + " ORDER BY a.id"))
        ids = sorted(set(app_ids))
        tracks: list[Track] = []
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start : start + _CHUNK]
            marks = ", ".join("?" * len(chunk))
            sql = _SQL + f" WHERE a.id IN ({marks}) ORDER BY a.id"
            tracks += read.tracks(database.execute_sql(sql, chunk))
        return tracks


class _Days(dict[Any, date | None]):
    """Stored dates (text) to dates, each parsed once and kept as one object (a date with a
    time of day after it shares the date's); no date stays None."""

    def __init__(self) -> None:
        super().__init__({None: None})

    def __missing__(self, text: Any) -> date:
        key = str(text)[:10]
        found = self.get(key) or date.fromisoformat(key)
        self[key] = self[text] = found
        return found


class _Read:
    """One read's lookups: the companies and resume variants (a search has far fewer of them
    than applications, so SQLite need not look them up 100,000 times), and one object per
    distinct date, name and tuple of dates, which keeps a large search's tracks small."""

    def __init__(self) -> None:
        self._days = _Days()
        self._texts: dict[str, str] = {}
        self._dates: dict[tuple[date | None, ...], tuple[date | None, ...]] = {}
        text = self._text
        self._variants = {i: text(name) for i, name in database.execute_sql(_VARIANTS)}
        self._sizes: dict[int, SizeBand] = {}
        self._industries: dict[int, str] = {}
        for company_id, size, industry in database.execute_sql(_COMPANIES):
            self._sizes[company_id] = _SIZES.get(size, SizeBand.UNKNOWN)
            self._industries[company_id] = text(industry)

    def _text(self, value: str) -> str:
        return self._texts.setdefault(value, value)

    def tracks(self, cursor: Any) -> list[Track]:
        tracks: list[Track] = []
        for rows in iter(partial(cursor.fetchmany, _BATCH), []):
            tracks += self._batch(rows)
        return tracks

    def _batch(self, rows: list[tuple[Any, ...]]) -> Iterator[Track]:
        (
            ids,
            applied,
            furthest,
            outcomes,
            closed_at,
            reasons,
            *later,  # the dates of the five stages after applied
            backfilled,
            response_on,
            channels,
            variants,
            companies,
            role_types,
            seniorities,
        ) = zip(*rows, strict=True)
        day, texts = self._days.__getitem__, self._texts.setdefault
        applied_on = list(map(day, applied))
        stage_dates = list(zip(applied_on, *(map(day, column) for column in later), strict=True))
        # Most applications share these (no reply yet): keep one of each.
        stage_dates = list(map(self._dates.setdefault, stage_dates, stage_dates))
        return map(
            _TRACK,
            zip(
                ids,
                applied_on,
                map(STAGES.__getitem__, furthest),
                map(_OUTCOMES.__getitem__, outcomes),
                map(_STAGES.get, closed_at),
                map(_REASONS.get, reasons),
                stage_dates,
                map(_EXACT.__getitem__, backfilled),
                map(day, response_on),
                map(_CHANNELS.get, channels, repeat(Channel.OTHER)),
                map(self._variants.get, variants, repeat("")),
                map(self._sizes.get, companies, repeat(SizeBand.UNKNOWN)),
                map(self._industries.get, companies, repeat("")),
                map(texts, role_types, role_types),
                map(texts, seniorities, seniorities),
                strict=True,
            ),
        )


# What the funnel's cells are counted by: an application's end code depends only on its
# furthest stage, its outcome and whether it was sent by the no-response cut-off
# (`funnel.cell_code`); a breakdown's counts on the dimension's stored value too. The rows
# are counted by `Counter` (SQLite's GROUP BY sorts them first: slower), and the CROSS JOIN
# keeps the applications as the outer loop, so that both tables are read in rowid order
# (the planner's choice, the facts' outcome index, looked the applications up at random).
_CELLS = """
SELECT {value}, f.furthest, f.outcome, substr(a.applied_on, 1, 10) <= ?
FROM application AS a
CROSS JOIN application_fact AS f ON f.application_id = a.id
{joins}{where}
"""
_COMPANY = "LEFT JOIN company AS c ON c.id = a.company_id\n"
_VARIANT = "LEFT JOIN resume_variant AS rv ON rv.id = a.resume_variant_id\n"
# Each dimension's stored value, as a track's is read (see `_Read`), and the join it needs.
_DIMENSIONS: dict[Dimension, tuple[str, str]] = {
    Dimension.RESUME: ("COALESCE(rv.name, '')", _VARIANT),
    Dimension.CHANNEL: ("a.channel", ""),
    Dimension.SIZE: ("c.size_band", _COMPANY),
    Dimension.INDUSTRY: ("COALESCE(c.industry, '')", _COMPANY),
    Dimension.ROLE_TYPE: ("a.role_type", ""),
    Dimension.SENIORITY: ("a.seniority", ""),
}


def end_counts(
    cutoff: date, dimension: Dimension, sent: DateRange | None = None
) -> dict[str, dict[int, int]]:
    """How many applications have each end code (`funnel.end_codes`, with this no-response
    `cutoff`), by their value of `dimension`, among those `sent` in the range: a breakdown's
    counts (and, summed, the funnel's) with no track read."""
    value, joins = _DIMENSIONS[dimension]
    conditions, params = [], [cutoff.isoformat()]
    if sent is not None and sent.start is not None:
        conditions.append("substr(a.applied_on, 1, 10) >= ?")
        params.append(sent.start.isoformat())
    if sent is not None and sent.end is not None:
        conditions.append("substr(a.applied_on, 1, 10) <= ?")
        params.append(sent.end.isoformat())
    where = f"WHERE {' AND '.join(conditions)}" if conditions else ""
    cursor = database.execute_sql(_CELLS.format(value=value, joins=joins, where=where), params)
    counts: dict[str, dict[int, int]] = {}
    for (stored, furthest, outcome, mature), count in Counter(cursor).items():
        if dimension is Dimension.CHANNEL:
            stored = _CHANNELS.get(stored, Channel.OTHER).value
        elif dimension is Dimension.SIZE:
            stored = _SIZES.get(stored, SizeBand.UNKNOWN).value
        code = cell_code(STAGES[furthest], _OUTCOMES[outcome], bool(mature))
        cells = counts.setdefault(stored, {})
        cells[code] = cells.get(code, 0) + count  # unknown channels all count as other
    return counts


def change_marker() -> int:
    """A value that moves when another connection commits to the file (this one's own
    writes are reported by the pipeline instead)."""
    return int(database.execute_sql("PRAGMA data_version").fetchone()[0])


def application_count() -> int:
    return int(database.execute_sql("SELECT count(*) FROM application").fetchone()[0])


def close_thread_connection() -> None:
    """Close the calling thread's own connection (peewee keeps one per thread)."""
    database.close()
