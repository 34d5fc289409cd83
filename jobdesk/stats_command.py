"""`jobdesk stats`: the Insights' figures in the terminal, or as JSON, from the same functions.

It only reads: the database is opened read-only and no lock is taken, so it can
run while the app is open, and it never changes a byte of the user's data.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import sys
import tempfile
import textwrap
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

import peewee
from peewee import SqliteDatabase

from jobdesk.domain.errors import UserError
from jobdesk.domain.experiments import METRICS, Breakdown, Comparison, Dimension, Metric, compare
from jobdesk.domain.funnel import DateRange, Funnel, Rate, interval_text, percent
from jobdesk.services.insights import Experiment, Insights, View
from jobdesk.services.patterns import Patterns
from jobdesk.services.settings import Settings

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="jobdesk stats",
        description="Print your search's funnel, its leaking stage and an experiment breakdown. "
        "Read-only: safe to run while jobdesk is open.",
    )
    source = parser.add_mutually_exclusive_group()
    source.add_argument(
        "--data-dir",
        metavar="DIR",
        help="the data folder to read (default: $JOBDESK_HOME, else the app's usual folder)",
    )
    source.add_argument("--demo", action="store_true", help="use the sample search instead")
    parser.add_argument("--json", action="store_true", help="print JSON instead of tables")
    parser.add_argument(
        "--dimension",
        default="channel",
        metavar="NAME",
        help="split the experiment by: " + ", ".join(d.value for d in Dimension) + " "
        "(default: channel)",
    )
    parser.add_argument(
        "--metric",
        default="response",
        metavar="NAME",
        help="the experiment's rate: " + ", ".join(m.key for m in METRICS) + " (default: response)",
    )
    parser.add_argument(
        "--compare",
        nargs=2,
        metavar=("VALUE", "VALUE"),
        help="the two values of the dimension to compare (default: the best against the "
        "most common)",
    )
    when = parser.add_mutually_exclusive_group()
    when.add_argument(
        "--last",
        type=_positive_days,
        metavar="DAYS",
        help="only applications sent in the last DAYS days, next to the figures for all dates",
    )
    when.add_argument("--from", dest="start", type=_day, metavar="DATE", help="from this date")
    parser.add_argument("--to", dest="end", type=_day, metavar="DATE", help="up to this date")
    parser.add_argument(
        "--today", type=_day, metavar="DATE", help="count as if today were DATE (YYYY-MM-DD)"
    )
    return parser.parse_args(argv)


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"“{text}” is not a date; write it as YYYY-MM-DD, e.g. 2026-11-20"
        ) from None


def _positive_days(text: str) -> int:
    try:
        days = int(text)
    except ValueError:
        days = 0
    if days < 1:
        raise argparse.ArgumentTypeError(f"“{text}” is not a number of days (1 or more)")
    return days


def main(argv: list[str]) -> int:
    args = parse_args(argv)
    today = args.today or date.today()
    try:
        dimension = Dimension.parse(args.dimension)
        metric = Metric.parse(args.metric)
        date_range = _date_range(args, today)
    except (ValueError, UserError) as error:
        return _fail(str(error.message if isinstance(error, UserError) else error), EXIT_USAGE)
    try:
        if args.demo:
            with tempfile.TemporaryDirectory(prefix="jobdesk-stats-demo-") as folder:
                insights, patterns = _demo(Path(folder), today)
                source = "the sample search"
                return _report(args, insights, patterns, source, date_range, dimension, metric)
        insights, source, db = _read_only(args.data_dir, today)
        try:
            patterns = Patterns(insights, Settings(db), today=lambda: today)
            return _report(args, insights, patterns, source, date_range, dimension, metric)
        finally:
            db.close()
    except UserError as error:
        return _fail(error.message, EXIT_ERROR)


def _date_range(args: argparse.Namespace, today: date) -> DateRange:
    if args.last:
        if args.end:
            raise UserError("Use --last on its own, or --from with --to.")
        return DateRange.last_days(today, args.last)
    if args.start or args.end:
        return DateRange.between(args.start, args.end)
    return DateRange.everything()


def _fail(message: str, code: int) -> int:
    print(f"jobdesk stats: {message}", file=sys.stderr)
    return code


# --- where the data comes from ------------------------------------------------------------


def _demo(folder: Path, today: date) -> tuple[Insights, Patterns]:
    from jobdesk.services.feedback import Feedback
    from jobdesk.services.interviews import Interviews
    from jobdesk.services.pipeline import Pipeline
    from jobdesk.store.database import open_database

    db = open_database(folder / "demo.sqlite")
    pipeline = Pipeline(db, today=lambda: today)
    pipeline.load_sample()
    settings = Settings(db)
    Feedback(db, pipeline, settings, today=lambda: today).load_sample()
    Interviews(pipeline).load_sample()
    insights = Insights(settings, today=lambda: today)
    patterns = Patterns(insights, settings, today=lambda: today)
    patterns.load_sample()
    return insights, patterns


def _read_only(data_dir: str | None, today: date) -> tuple[Insights, str, SqliteDatabase]:
    from jobdesk.services.breaks import stored_breaks
    from jobdesk.services.settings import Settings

    db, source = open_read_only(data_dir, "stats")
    return Insights(Settings(db), today=lambda: today, breaks=stored_breaks), source, db


def open_read_only(data_dir: str | None, command: str) -> tuple[SqliteDatabase, str]:
    """The data folder's database opened read-only for `jobdesk <command>` (no lock taken,
    not a byte changed), with the folder's name; UserError when it cannot be read."""
    from jobdesk import paths as jobdesk_paths
    from jobdesk.store.migrations import LATEST_VERSION, too_new_message
    from jobdesk.store.tables import database

    paths = jobdesk_paths.resolve(data_dir)
    path = paths.database
    no_data = (
        f"There is no data yet in {paths.data_dir}. Start jobdesk and add your applications "
        f"(or point --data-dir at another folder); `jobdesk {command} --demo` shows the sample "
        "search."
    )
    if not path.is_file():
        raise UserError(no_data)
    db = SqliteDatabase(f"{path.absolute().as_uri()}?mode=ro", uri=True)
    try:
        db.connect()
        version = int(db.execute_sql("PRAGMA user_version").fetchone()[0])
        tables = db.execute_sql("SELECT count(*) FROM sqlite_master WHERE type = 'table'")
        has_tables = bool(tables.fetchone()[0])
    except (sqlite3.Error, peewee.DatabaseError) as exc:
        db.close()
        raise UserError(
            f"{path} could not be read as a jobdesk database ({exc}). It was not changed."
        ) from exc
    if version == 0 and not has_tables:
        db.close()
        raise UserError(no_data)
    if version > LATEST_VERSION:
        db.close()
        raise UserError(too_new_message(version, LATEST_VERSION))
    if version < LATEST_VERSION:
        db.close()
        raise UserError(
            f"The data in {paths.data_dir} was saved by an older jobdesk (schema {version}; "
            f"this version uses {LATEST_VERSION}). Start the jobdesk app once so it can update "
            f"the data, then run `jobdesk {command}` again."
        )
    database.initialize(db)
    return db, str(paths.data_dir)


# --- the report ---------------------------------------------------------------------------


def _report(
    args: argparse.Namespace,
    insights: Insights,
    patterns: Patterns,
    source: str,
    date_range: DateRange,
    dimension: Dimension,
    metric: Metric,
) -> int:
    view = insights.view(date_range)
    experiment = insights.experiment(dimension, metric, date_range)
    comparison = _comparison(experiment.breakdown, args.compare)
    if args.json:
        found = as_json(view, experiment, comparison, source)
        found.update(patterns_json(patterns))
        text = json.dumps(found, indent=2, ensure_ascii=False)
    else:
        text = as_text(view, experiment, comparison, source)
    try:
        print(text)
        sys.stdout.flush()
    except BrokenPipeError:
        # Piped into `head` and the like: stop quietly, as command-line tools do.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return EXIT_OK


def _comparison(split: Breakdown, wanted: list[str] | None) -> Comparison | None:
    if wanted is None:
        pair = split.default_pair()
        return compare(*pair, split.metric) if pair else None
    chosen = []
    for name in wanted:
        match = [
            g for g in split.groups if name.casefold() in (g.key.casefold(), g.label.casefold())
        ]
        if not match:
            known = ", ".join(g.key or "(none)" for g in split.groups) or "none"
            raise UserError(
                f"No {split.dimension.label.lower()} called “{name}” among these applications. "
                f"Known values: {known}."
            )
        chosen.append(match[0])
    if chosen[0] is chosen[1]:
        raise UserError("Choose two different values to compare.")
    return compare(chosen[0], chosen[1], split.metric)


def rate_json(rate: Rate) -> dict[str, Any]:
    return {
        "moved_on": rate.successes,
        "resolved": rate.resolved,
        "pending": rate.pending,
        "withdrawn": rate.withdrawn,
        "rate": None if rate.value is None else round(rate.value, 4),
        "interval": [round(rate.low, 4), round(rate.high, 4)],
        "enough_data": rate.enough,
        "more_needed": rate.needed,
    }


def funnel_json(f: Funnel, references: dict[Any, float]) -> list[dict[str, Any]]:
    return [
        {
            "from": step.start.value,
            "to": step.end.value,
            "label": step.label,
            **rate_json(step.rate),
            "reference": references.get(step.start),
        }
        for step in f.steps
    ]


def as_json(
    view: View, experiment: Experiment, comparison: Comparison | None, source: str
) -> dict[str, Any]:
    refs = view.counting.references
    leak = view.leak.leak
    split = experiment.breakdown
    result: dict[str, Any] = {
        "data": source,
        "today": view.today.isoformat(),
        "range": {
            "label": view.date_range.label,
            "from": view.date_range.start.isoformat() if view.date_range.start else None,
            "to": view.date_range.end.isoformat() if view.date_range.end else None,
        },
        "applications": view.applications,
        "counting": {
            "no_response_days": view.counting.no_response_days,
            "min_sample": view.counting.min_sample,
        },
        "funnel": funnel_json(view.funnel, refs),
        "leaking_stage": None
        if leak is None
        else {
            "from": leak.step.start.value,
            "to": leak.step.end.value,
            "label": leak.step.label,
            "rate": round(leak.step.rate.value or 0.0, 4),
            "reference": leak.reference,
            "confident": leak.confident,
            "likely_causes": list(leak.causes),
            "reading": leak.reading,
        },
        "leak_message": view.leak.message,
        "experiment": {
            "dimension": split.dimension.value,
            "metric": split.metric.key,
            "values": [
                {"value": g.key, "label": g.label, "applications": g.applications}
                | rate_json(g.rate)
                for g in split.groups
            ],
            "comparison": None
            if comparison is None
            else {
                "first": comparison.first.key,
                "second": comparison.second.key,
                "p_value": None if comparison.p_value is None else round(comparison.p_value, 4),
                "more_each": comparison.more_each,
                "verdict": comparison.verdict,
            },
        },
    }
    if view.overall is not None:
        result["overall"] = {
            "applications": view.overall.applications,
            "funnel": funnel_json(view.overall.funnel, refs),
            "leak_message": view.overall.leak.message,
        }
    return result


def as_text(view: View, experiment: Experiment, comparison: Comparison | None, source: str) -> str:
    overall = view.overall
    noun = "application" if view.applications == 1 else "applications"
    lines = [
        f"jobdesk stats: {view.applications} {noun} ({view.date_range.label}) "
        f"from {source} (today {view.today:%d %b %Y})",
        f"No reply within {view.counting.no_response_days} days counts as no response; a rate "
        f"needs {view.counting.min_sample} resolved applications.",
        "",
    ]
    if view.is_empty:
        lines.append(
            "No applications in this range."
            if overall
            else "No applications yet: add some in jobdesk, or try `jobdesk stats --demo`."
        )
        return "\n".join(lines)
    header = ["Funnel", "Rate", "Moved on", "Resolved", "Pending", "95% interval", "Reference"]
    rows = []
    for step in view.funnel.steps:
        reference = percent(view.counting.references[step.start])
        rows.append([step.label, *_rate_cells(step.rate), reference])
    if overall:
        header.append("All dates")
        for row, step in zip(rows, overall.funnel.steps, strict=True):
            row.append(_short(step.rate))
    lines += _table(header, rows)
    lines += ["", "Leaking stage", *_wrapped(view.leak.message)]
    split = experiment.breakdown
    lines += ["", f"{split.metric.label} by {split.dimension.label.lower()}"]
    header = [split.dimension.label, "Applications", "Rate", "Moved on", "Resolved", "Pending"]
    header.append("95% interval")
    rows = [[g.label, str(g.applications), *_rate_cells(g.rate)] for g in split.groups]
    if experiment.overall is not None:
        header.append("All dates")
        for row, g in zip(rows, split.groups, strict=True):
            known = [o for o in experiment.overall.groups if o.key == g.key]
            row.append(_short(known[0].rate) if known else "—")
    lines += _table(header, rows)
    if comparison is not None:
        lines += ["", *_wrapped(comparison.verdict)]
    return "\n".join(lines)


def _rate_cells(rate: Rate) -> list[str]:
    shown = percent(rate.value) if rate.enough else "—"
    interval = interval_text(rate) if rate.enough else f"needs {rate.needed} more"
    return [shown, str(rate.successes), str(rate.resolved), str(rate.pending), interval]


def _short(rate: Rate) -> str:
    return f"{percent(rate.value)} of {rate.resolved}" if rate.enough else "—"


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]

    def line(cells: list[str]) -> str:
        first = cells[0].ljust(widths[0])
        rest = [c.rjust(w) for c, w in zip(cells[1:], widths[1:], strict=True)]
        return "  ".join([first, *rest]).rstrip()

    return [line(header), *(line(r) for r in rows)]


def _wrapped(text: str) -> list[str]:
    return textwrap.wrap(text, width=96, initial_indent="  ", subsequent_indent="  ")


def patterns_json(patterns: Patterns) -> dict[str, Any]:
    """The patterns across debriefs, reasons and feedback, and each improvement's effect."""

    def rate(r: Rate) -> dict[str, Any]:
        return {
            "successes": r.successes,
            "resolved": r.resolved,
            "pending": r.pending,
            "rate": None if r.value is None else round(r.value, 4),
            "interval": [round(r.low, 4), round(r.high, 4)],
        }

    return {
        "patterns": [
            {
                "topic": p.topic.label,
                "group": p.topic.group.value,
                "mentions": p.mentions,
                "applications": p.applications,
                "stages": {stage.value: count for stage, count in p.by_stage},
                "recent": p.recent,
                "earlier": p.earlier,
                "trend": p.trend.value,
                "recurring": p.recurring,
            }
            for p in patterns.patterns()
        ],
        "improvements": [
            {
                "action": m.improvement.details.action,
                "topic": m.improvement.details.topic,
                "stage": m.improvement.details.stage.value,
                "started_on": m.improvement.details.started_on.isoformat(),
                "ends_on": None
                if m.improvement.details.ends_on is None
                else m.improvement.details.ends_on.isoformat(),
                "state": m.improvement.state.value,
                "before": rate(m.effect.before),
                "after": rate(m.effect.after),
                "p_value": None if m.effect.p_value is None else round(m.effect.p_value, 4),
                "too_early": m.effect.too_early,
                "more_needed": m.effect.needed,
                "summary": m.effect.summary(),
                "topic_in_debriefs": {
                    "before": [m.effect.topic_before.named, m.effect.topic_before.of],
                    "after": [m.effect.topic_after.named, m.effect.topic_after.of],
                },
            }
            for m in patterns.measured()
        ],
    }
