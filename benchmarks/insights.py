"""Insights speed: funnel, leaking stage and one experiment on 100,000 applications.

Builds a database of 100,000 applications and about 600,000 events in a temporary
file (the app's own schema), then prints, for the funnel, the leaking stage and
the response rate by channel, the time jobdesk takes against a plain SQL GROUP BY
of the same counts on the same file, and their ratio: from the file as `jobdesk stats`
counts them (SQLite counts the kept facts, no track is read), from the tracks read
as the window reads them, and from tracks in memory. It also checks that all give the
same counts. Aim: all three from the file under 0.3 s, within 3× of plain SQL.
Run: .venv/bin/python benchmarks/insights.py [--applications N] [--runs N]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from jobdesk.domain.enums import Channel, SizeBand, Stage  # noqa: E402
from jobdesk.domain.experiments import METRICS, Dimension, breakdown  # noqa: E402
from jobdesk.domain.funnel import ENDS, Tally, funnel_of, leaking_stage  # noqa: E402
from jobdesk.store.database import open_database  # noqa: E402
from jobdesk.store.insights import load_tracks  # noqa: E402

TODAY = date(2026, 11, 20)
NO_RESPONSE_DAYS = 30
MIN_SAMPLE = 5
REFERENCES = {
    Stage.APPLIED: 0.20,
    Stage.RESPONDED: 0.50,
    Stage.SCREEN: 0.50,
    Stage.TECHNICAL: 0.60,
    Stage.FINAL: 0.33,
}
RESPONSE = METRICS[0]


def build(path: Path, applications: int, seed: int = 7) -> int:
    """Fill a fresh jobdesk database with a random search; returns the number of events."""
    db = open_database(path)
    rng = random.Random(seed)
    stages = list(Stage)
    channels = [c.value for c in Channel]
    sizes = [s.value for s in SizeBand]
    with db.atomic():
        db.execute_sql("INSERT INTO resume_variant (name) VALUES ('A'), ('B'), ('C')")
        db.connection().executemany(
            "INSERT INTO company (id, name, size_band, industry) VALUES (?, ?, ?, ?)",
            [(i, f"Company {i}", rng.choice(sizes), f"industry {i % 17}") for i in range(1, 5001)],
        )
        apps, events = [], []
        event_id = 0
        for app_id in range(1, applications + 1):
            applied = TODAY - timedelta(days=rng.randint(0, 720))
            apps.append(
                (
                    app_id,
                    rng.randint(1, 5000),
                    "Engineer",
                    rng.choice(channels),
                    rng.choice((1, 2, 3, None)),
                    applied.isoformat(),
                    "2026-01-01 00:00:00",
                )
            )
            on = applied
            # Heavy on progress and on ghost/reopen cycles, to reach about six events each.
            furthest = rng.choices(range(6), weights=(20, 10, 15, 20, 20, 15))[0]
            log: list[tuple[str, str, str | None, str | None]] = []
            for rank in range(1, furthest + 1):
                on += timedelta(days=rng.randint(1, 9))
                log.append(("stage", on.isoformat(), stages[rank].value, None))
            for _ in range(rng.choice((0, 1, 2, 3))):
                on += timedelta(days=rng.randint(1, 9))
                log.append(("outcome", on.isoformat(), stages[furthest].value, "ghosted"))
                on += timedelta(days=rng.randint(1, 9))
                log.append(("outcome", on.isoformat(), stages[furthest].value, "active"))
            final = rng.choice(("active", "rejected", "withdrawn", "ghosted"))
            if furthest == 5 and final == "rejected":
                final = rng.choice(("accepted", "declined"))
            if final != "active":
                on += timedelta(days=rng.randint(1, 9))
                at = stages[furthest].value
                if final == "rejected" and furthest == 1 and rng.random() < 0.5:
                    at = "applied"  # a rejection right after a reply
                log.append(("outcome", on.isoformat(), at, final))
            for kind, day, stage, outcome in log:
                event_id += 1
                backfilled = int(rng.random() < 0.1)
                events.append((event_id, app_id, kind, day, stage, outcome, backfilled))
        db.connection().executemany(
            "INSERT INTO application (id, company_id, role_title, channel, resume_variant_id, "
            "applied_on, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            apps,
        )
        db.connection().executemany(
            "INSERT INTO stage_event (id, application_id, kind, occurred_on, stage, outcome, "
            "backfilled, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, '2026-01-01 00:00:00')",
            events,
        )
    db.execute_sql("ANALYZE")
    db.close()
    return len(events)


# The same counts in plain SQL: furthest stage (a rejection at applied is a reply)
# and how each application ends, with the no-response timeout for unmarked ones.
_PER_APP = """
WITH per_app AS (
    SELECT a.id AS id, a.applied_on AS applied_on, a.channel AS channel,
           MAX(CASE WHEN e.kind = 'stage' THEN CASE e.stage
                    WHEN 'responded' THEN 1 WHEN 'screen' THEN 2 WHEN 'technical' THEN 3
                    WHEN 'final' THEN 4 WHEN 'offer' THEN 5 ELSE 0 END
                WHEN e.outcome = 'rejected' AND e.stage = 'applied' THEN 1
                ELSE 0 END) AS furthest,
           (SELECT o.outcome FROM stage_event AS o
             WHERE o.application_id = a.id AND o.kind = 'outcome'
             ORDER BY o.occurred_on DESC, o.id DESC LIMIT 1) AS outcome
    FROM application AS a LEFT JOIN stage_event AS e ON e.application_id = a.id
    GROUP BY a.id
), ended AS (
    SELECT furthest, channel,
           CASE WHEN COALESCE(outcome, 'active') = 'active' THEN
                CASE WHEN furthest = 0 AND julianday(:today) - julianday(applied_on) >= :days
                     THEN 'timed_out' ELSE 'pending' END
           ELSE outcome END AS end_kind,
           -- too early to judge: sent less than the no-response period ago
           julianday(:today) - julianday(applied_on) < :days AS young
    FROM per_app
)
"""
SQL_FUNNEL = _PER_APP + "SELECT furthest, end_kind, young, COUNT(*) FROM ended GROUP BY 1, 2, 3"
SQL_CHANNEL = (
    _PER_APP + "SELECT channel, furthest, end_kind, young, COUNT(*) FROM ended GROUP BY 1, 2, 3, 4"
)


def timed(call: Callable[[], Any], runs: int) -> tuple[float, Any]:
    times, result = [], None
    for _ in range(runs):
        began = time.perf_counter()
        result = call()
        times.append(time.perf_counter() - began)
    return statistics.median(times), result


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--applications", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5, help="median of this many runs")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.sqlite"
        began = time.perf_counter()
        events = build(path, args.applications)
        print(
            f"built {args.applications:,} applications and {events:,} events "
            f"in {time.perf_counter() - began:.1f} s ({path.stat().st_size / 1e6:.0f} MB)"
        )
        db = open_database(path)
        params = {"today": TODAY.isoformat(), "days": NO_RESPONSE_DAYS}

        def sql(query: str) -> list[tuple[Any, ...]]:
            return db.execute_sql(query, params).fetchall()

        t_load, tracks = timed(load_tracks, args.runs)
        t_tally, tally = timed(lambda: Tally.of(tracks, TODAY, NO_RESPONSE_DAYS), args.runs)
        t_funnel, f = timed(lambda: funnel_of(tally, MIN_SAMPLE), args.runs)
        t_leak, _ = timed(lambda: leaking_stage(f, REFERENCES), args.runs)
        t_experiment, split = timed(
            lambda: breakdown(
                tracks, Dimension.CHANNEL, RESPONSE, TODAY, NO_RESPONSE_DAYS, MIN_SAMPLE
            ),
            args.runs,
        )
        t_sql_funnel, funnel_rows = timed(lambda: sql(SQL_FUNNEL), args.runs)
        t_sql_channel, channel_rows = timed(lambda: sql(SQL_CHANNEL), args.runs)
        t_cold, (counted, counted_split) = timed(lambda: _cold_insights(db), args.runs)
        insights = _warm_insights(db)
        t_views, _ = timed(insights.view, args.runs)
        _check(tally, funnel_rows)
        _check(counted, funnel_rows)
        _check_channels(split, channel_rows)
        _check_channels(counted_split, channel_rows)
        db.close()

    warm = t_tally + t_funnel + t_leak + t_experiment
    read = t_load + warm
    cold = t_cold
    # The leak needs no counts beyond the funnel's, so plain SQL answers it with the same query.
    plain = t_sql_funnel + t_sql_funnel + t_sql_channel
    print(f"median of {args.runs} runs; seconds")
    print(f"  read one track per application  {t_load:7.3f}")
    print(
        f"  funnel                          {t_tally + t_funnel:7.3f}   "
        f"plain SQL {t_sql_funnel:7.3f}"
    )
    print(
        f"  leaking stage                   {t_leak:7.3f}   plain SQL {t_sql_funnel:7.3f}"
        "  (the funnel's counts again)"
    )
    print(f"  response rate by channel        {t_experiment:7.3f}   plain SQL {t_sql_channel:7.3f}")
    print(
        f"  all three, from the file        {cold:7.3f}   plain SQL {plain:7.3f}   "
        f"ratio {cold / plain:.2f}x  (counted by SQLite, as jobdesk stats)"
    )
    print(
        f"  all three, from the tracks read {read:7.3f}   plain SQL {plain:7.3f}   "
        f"ratio {read / plain:.2f}x  (as the window reads them)"
    )
    print(
        f"  all three, tracks in memory     {warm:7.3f}   plain SQL {plain:7.3f}   "
        f"ratio {warm / plain:.2f}x"
    )
    print(
        f"  every Insights view, in memory  {t_views:7.3f}   (funnel, leak, flow, activity, "
        "rejections, timings)"
    )
    print(
        f"  aim: under 0.3 s and within 3x of plain SQL: from the file "
        f"{_verdict(cold, plain)}; in memory {_verdict(warm, plain)}"
    )
    return 0


def _verdict(ours: float, plain: float) -> str:
    fast = "under 0.3 s" if ours < 0.3 else "OVER 0.3 s"
    near = "within 3x" if ours <= 3 * plain else "MORE than 3x"
    return f"{fast}, {near}"


def _cold_insights(db: Any) -> tuple[Tally, Any]:
    """The funnel, the leaking stage and the response rate by channel as `jobdesk stats`
    prints them from a file no one has read yet: the funnel's tally and the breakdown."""
    from jobdesk.services.insights import Insights
    from jobdesk.services.settings import Settings

    insights = Insights(Settings(db), today=lambda: TODAY)
    view = insights.counted_view()
    _ = view.leak
    split = insights.counted_experiment(Dimension.CHANNEL, RESPONSE).breakdown
    return view.funnel.tally, split


def _warm_insights(db: Any) -> Any:
    """The Insights service as the window holds it, after its first read of the tracks."""
    from jobdesk.services.insights import Insights
    from jobdesk.services.settings import Settings

    insights = Insights(Settings(db), today=lambda: TODAY)
    insights.tracks()
    return insights


def _check(tally: Tally, rows: list[tuple[Any, ...]]) -> None:
    expected = {
        (stage, end, y): 0 for stage in range(6) for end in range(len(ENDS)) for y in (0, 1)
    }
    for furthest, end_kind, young, count in rows:
        expected[(furthest, _end_index(end_kind), 1)] += count if young else 0
        expected[(furthest, _end_index(end_kind), 0)] += count
    got = {
        (s, e, y): (tally.young if y else tally.counts)[s][e]
        for s in range(6)
        for e in range(len(ENDS))
        for y in (0, 1)
    }
    if got != expected:
        raise SystemExit(f"the counts differ from plain SQL:\n{got}\n{expected}")


def _check_channels(split: Any, rows: list[tuple[Any, ...]]) -> None:
    for group in split.groups:
        mine = [r for r in rows if r[0] == group.key]
        tally = Tally()
        for _, furthest, end_kind, young, count in mine:
            tally.counts[furthest][_end_index(end_kind)] += count
            if young:
                tally.young[furthest][_end_index(end_kind)] += count
        if tally.rate(RESPONSE.start, RESPONSE.end, MIN_SAMPLE) != group.rate:
            raise SystemExit(f"the {group.label} counts differ from plain SQL")


def _end_index(end_kind: str) -> int:
    names = [e.value for e in ENDS]
    return names.index(end_kind if end_kind != "active" else "pending")


if __name__ == "__main__":
    sys.exit(main())
