"""`jobdesk stats`: the Insights' figures in the terminal, or as JSON, from the same functions.

It only reads: the database is opened read-only and no lock is taken, so it can
run while the app is open, and it never changes a byte of the user's data.
"""

from __future__ import annotations

import argparse
import json
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

from jobdesk.domain.activity import StageTime
from jobdesk.domain.breaks import no_response_cutoff
from jobdesk.domain.errors import UserError
from jobdesk.domain.experiments import METRICS, Breakdown, Comparison, Dimension, Metric, compare
from jobdesk.domain.funnel import (
    STAGES,
    STEP_STARTS,
    DateRange,
    End,
    Funnel,
    Rate,
    interval_text,
    percent,
    step_label,
)
from jobdesk.domain.wording import short_date
from jobdesk.services.insights import Experiment, Insights, View
from jobdesk.services.patterns import Patterns
from jobdesk.services.settings import Settings

# The version of the JSON's layout; raised whenever a field is renamed, removed or changes
# meaning (adding a field does not raise it). docs/stats-json.md describes each field.
SCHEMA = 2
ALL_DIMENSIONS = "all"

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
    parser.add_argument(
        "--json",
        action="store_true",
        help=f"print JSON instead of tables (schema {SCHEMA}, described in docs/stats-json.md)",
    )
    parser.add_argument(
        "--dimension",
        default="channel",
        metavar="NAME",
        help="split the experiment by: " + ", ".join(d.value for d in Dimension) + ", or "
        "all of them (all) (default: channel)",
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
        "--today",
        type=_day,
        metavar="DATE",
        help="count as if today were DATE (YYYY-MM-DD): the no-response period, what is too "
        "early and the last DAYS all run to it (default: the real today)",
    )
    parser.add_argument(
        "--no-response-days",
        type=_positive_days,
        metavar="DAYS",
        help="count with this no-response period for this run only, instead of the setting "
        "(which is left as it is)",
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
        dimensions = _dimensions(args)
        metric = Metric.parse(args.metric)
        date_range = _date_range(args, today)
    except (ValueError, UserError) as error:
        return _fail(str(error.message if isinstance(error, UserError) else error), EXIT_USAGE)
    try:
        if args.demo:
            with tempfile.TemporaryDirectory(prefix="jobdesk-stats-demo-") as folder:
                insights, patterns = _demo(Path(folder), today, args.no_response_days)
                source = "the sample search"
                return _report(args, insights, patterns, source, date_range, dimensions, metric)
        insights, source, db = _read_only(args.data_dir, today, args.no_response_days)
        try:
            patterns = Patterns(insights, Settings(db), today=lambda: today)
            return _report(args, insights, patterns, source, date_range, dimensions, metric)
        finally:
            db.close()
    except UserError as error:
        return _fail(error.message, EXIT_ERROR)


def _dimensions(args: argparse.Namespace) -> list[Dimension]:
    if args.dimension.strip().casefold() == ALL_DIMENSIONS:
        if args.compare:
            raise UserError("--compare needs one dimension: name it with --dimension.")
        return list(Dimension)
    return [Dimension.parse(args.dimension)]


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


def _demo(folder: Path, today: date, no_response_days: int | None) -> tuple[Insights, Patterns]:
    """The window's demo (`jobdesk --demo`), dated up to `today`, in `folder`; its figures
    counted as `--no-response-days` says."""
    from jobdesk.services.demo import open_demo

    _db, services = open_demo(folder, today)
    insights = Insights(
        services.settings,
        today=lambda: today,
        breaks=services.breaks.breaks,
        no_response_days=no_response_days,
    )
    return insights, Patterns(insights, services.settings, today=lambda: today)


def _read_only(
    data_dir: str | None, today: date, no_response_days: int | None
) -> tuple[Insights, str, SqliteDatabase]:
    from jobdesk.services.breaks import stored_breaks
    from jobdesk.services.settings import Settings

    db, source = open_read_only(data_dir, "stats")
    insights = Insights(
        Settings(db),
        today=lambda: today,
        breaks=stored_breaks,
        no_response_days=no_response_days,
    )
    return insights, source, db


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
    dimensions: list[Dimension],
    metric: Metric,
) -> int:
    if args.json:  # with the time in each stage, which needs every application's dates
        view = insights.view(date_range)
        experiments = [insights.experiment(d, metric, date_range) for d in dimensions]
    else:  # the funnel, the leaking stage and the breakdowns: SQLite counts them
        view = insights.counted_view(date_range)
        experiments = [insights.counted_experiment(d, metric, date_range) for d in dimensions]
    comparisons = [_comparison(e.breakdown, args.compare) for e in experiments]
    if args.json:
        found = as_json(view, list(zip(experiments, comparisons, strict=True)), source)
        found.update(patterns_json(patterns))
        found["counting"]["no_response_days_from"] = (
            "setting" if args.no_response_days is None else "command line"
        )
        text = json.dumps(found, indent=2, ensure_ascii=False)
    else:
        text = "\n\n".join(
            as_text(view, experiment, comparison, source, with_funnel=i == 0)
            for i, (experiment, comparison) in enumerate(zip(experiments, comparisons, strict=True))
        )
    print(text)  # a reader that stops early (`| head`) is app.py's (jobdesk.pipe)
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


# --- JSON (schema 2: every field is described in docs/stats-json.md) ------------------------
# Figures are printed at full precision (a p-value of 6.4e-36 stays 6.4e-36); None is null.


def rate_status(rate: Rate) -> str:
    """How the app shows a rate: as a rate, pale as early, or not at all (and why)."""
    if rate.judged:
        return "rate"
    if rate.enough:
        return "early"
    if not rate.resolved and rate.too_early:
        return "too_early"
    return "not_enough_data"


def rate_json(rate: Rate) -> dict[str, Any]:
    return {
        "moved_on": rate.successes,
        "resolved": rate.resolved,
        "pending": rate.pending,
        "withdrawn": rate.withdrawn,
        "too_early": rate.too_early,
        "too_early_moved_on": rate.too_early_moved_on,
        "rate": rate.value,
        "interval": [rate.low, rate.high],
        "enough_data": rate.enough,
        "more_needed": rate.needed,
        "early": rate.early,
        "status": rate_status(rate),
    }


def funnel_json(f: Funnel, references: dict[Any, float]) -> list[dict[str, Any]]:
    steps = []
    for step in f.steps:
        ended = f.tally.ended(step.start, step.end)
        steps.append(
            {
                "from": step.start.value,
                "to": step.end.value,
                "label": step.label,
                "reached": f.reached(step.start),
                **rate_json(step.rate),
                "ended": {
                    "rejected": ended[End.REJECTED],
                    "ghosted": ended[End.GHOSTED],
                    "timed_out": ended[End.TIMED_OUT],
                },
                "reference": references.get(step.start),
            }
        )
    return steps


def times_json(times: list[StageTime]) -> list[dict[str, Any]]:
    return [
        {
            "from": t.start.value,
            "to": t.end.value,
            "label": t.label,
            "median_days": t.median_days,
            "median_known": t.median_days is not None,
            "moved_on": t.moved_on,
            "still_waiting": t.still_waiting,
            "share_still_waiting": t.share_waiting,
            "left_out": t.left_out,
        }
        for t in times
    ]


def experiment_json(experiment: Experiment, comparison: Comparison | None) -> dict[str, Any]:
    split = experiment.breakdown
    overall = {g.key: g for g in experiment.overall.groups} if experiment.overall else None
    values = []
    for g in split.groups:
        value: dict[str, Any] = {"value": g.key, "label": g.label, "applications": g.applications}
        value |= rate_json(g.rate)
        if overall is not None:
            whole = overall.get(g.key)
            value["all_dates"] = None if whole is None else rate_json(whole.rate)
        values.append(value)
    return {
        "dimension": split.dimension.value,
        "dimension_label": split.dimension.label,
        "metric": split.metric.key,
        "metric_label": split.metric.label,
        "values": values,
        "comparison": None
        if comparison is None
        else {
            "first": comparison.first.key,
            "second": comparison.second.key,
            "p_value": comparison.p_value,
            "more_each": comparison.more_each,
            "verdict": comparison.verdict,
        },
    }


def _leak_json(view: View) -> dict[str, Any] | None:
    leak = view.leak.leak
    if leak is None:
        return None
    return {
        "from": leak.step.start.value,
        "to": leak.step.end.value,
        "label": leak.step.label,
        "rate": leak.step.rate.value,
        "reference": leak.reference,
        "confident": leak.confident,
        "likely_causes": list(leak.causes),
        "reading": leak.reading,
    }


def as_json(
    view: View,
    experiments: list[tuple[Experiment, Comparison | None]],
    source: str,
) -> dict[str, Any]:
    refs = view.counting.references
    result: dict[str, Any] = {
        "schema": SCHEMA,
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
            "too_early_after": no_response_cutoff(
                view.today, view.counting.no_response_days, view.counting.breaks
            ).isoformat(),
            "min_sample": view.counting.min_sample,
            "references": {
                step_label(stage, STAGES[stage.rank + 1]): refs[stage] for stage in STEP_STARTS
            },
        },
        "funnel": funnel_json(view.funnel, refs),
        "leaking_stage": _leak_json(view),
        "leak_message": view.leak.message,
        "time_in_stage": times_json(view.times),
        "experiments": [experiment_json(e, c) for e, c in experiments],
        "overall": None,
    }
    if view.overall is not None:
        result["overall"] = {
            "applications": view.overall.applications,
            "funnel": funnel_json(view.overall.funnel, refs),
            "leaking_stage": _leak_json(view.overall),
            "leak_message": view.overall.leak.message,
            "time_in_stage": times_json(view.overall.times),
        }
    return result


def as_text(
    view: View,
    experiment: Experiment,
    comparison: Comparison | None,
    source: str,
    with_funnel: bool = True,
) -> str:
    """The report as tables; with `with_funnel` False only the experiment (the next ones of
    `--dimension all`)."""
    if not with_funnel:
        return "\n".join(_experiment_text(experiment, comparison))
    overall = view.overall
    noun = "application" if view.applications == 1 else "applications"
    lines = [
        f"jobdesk stats: {view.applications} {noun} ({view.date_range.label}) "
        f"from {source} (today {short_date(view.today)})",
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
    header = [
        "Funnel",
        "Rate",
        "Moved on",
        "Resolved",
        "Pending",
        "95% interval",
        "Too early",
        "Reference",
    ]
    rows = []
    for step in view.funnel.steps:
        reference = percent(view.counting.references[step.start])
        rows.append([step.label, *_rate_cells(step.rate), _too_early(step.rate), reference])
    if overall:
        header.append("All dates")
        for row, step in zip(rows, overall.funnel.steps, strict=True):
            row.append(_short(step.rate))
    lines += _table(header, rows)
    first = view.funnel.steps[0]
    if first.rate.too_early:
        lines += [
            "",
            *_wrapped(
                f"{first.label}: {first.too_early_text()}. Applications sent less than "
                f"{view.counting.no_response_days} days ago are too early to judge: their "
                "replies come first and their silences later, so they are not in the rate."
            ),
        ]
    lines += ["", "Leaking stage", *_wrapped(view.leak.message)]
    lines += ["", *_experiment_text(experiment, comparison)]
    return "\n".join(lines)


def _experiment_text(experiment: Experiment, comparison: Comparison | None) -> list[str]:
    split = experiment.breakdown
    lines = [f"{split.metric.label} by {split.dimension.label.lower()}"]
    header = [split.dimension.label, "Applications", "Rate", "Moved on", "Resolved", "Pending"]
    header += ["95% interval", "Too early"]
    rows = [
        [g.label, str(g.applications), *_rate_cells(g.rate), _too_early(g.rate)]
        for g in split.groups
    ]
    if experiment.overall is not None:
        header.append("All dates")
        for row, g in zip(rows, split.groups, strict=True):
            known = [o for o in experiment.overall.groups if o.key == g.key]
            row.append(_short(known[0].rate) if known else "—")
    lines += _table(header, rows)
    if comparison is not None:
        lines += ["", *_wrapped(comparison.verdict)]
    return lines


def _rate_cells(rate: Rate) -> list[str]:
    status = rate_status(rate)
    shown = {
        "rate": percent(rate.value),
        "early": f"{percent(rate.value)} early",
        "too_early": "too early",
    }.get(status, "—")
    interval = interval_text(rate) if rate.enough else f"needs {rate.needed} more"
    if status == "too_early":
        interval = "—"
    return [shown, str(rate.successes), str(rate.resolved), str(rate.pending), interval]


def _too_early(rate: Rate) -> str:
    return f"{rate.too_early_moved_on} of {rate.too_early}" if rate.too_early else "—"


def _short(rate: Rate) -> str:
    if not rate.enough:
        return "—"
    return f"{percent(rate.value)} of {rate.resolved}" + (" early" if rate.early else "")


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
                "before": rate_json(m.effect.before),
                "after": rate_json(m.effect.after),
                "p_value": m.effect.p_value,
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
