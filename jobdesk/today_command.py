"""`jobdesk today`: Today's agenda in the terminal, or as JSON, from the same functions as
the Today tab.

It only reads: the database is opened read-only and no lock is taken, so it can run while
the app is open, and it never changes a byte of the user's data.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections.abc import Sequence
from datetime import UTC, datetime, time
from pathlib import Path
from typing import Any

from peewee import SqliteDatabase

from jobdesk.domain.errors import UserError
from jobdesk.domain.today import Agenda
from jobdesk.stats_command import EXIT_ERROR, EXIT_OK, _day, open_read_only


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="jobdesk today",
        description="Print what needs doing today: interviews this week, debriefs owed, "
        "follow-ups, offer deadlines, late next steps, applications with no reply, pipeline "
        "health and the week's work. Read-only: safe to run while jobdesk is open.",
    )
    source = parser.add_mutually_exclusive_group()
    source.add_argument(
        "--data-dir",
        metavar="DIR",
        help="the data folder to read (default: $JOBDESK_HOME, else the app's usual folder)",
    )
    source.add_argument("--demo", action="store_true", help="use the sample search instead")
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")
    parser.add_argument(
        "--today",
        type=_day,
        metavar="DATE",
        help="count as if it were 09:00 on DATE (YYYY-MM-DD), on this computer's clock",
    )
    return parser.parse_args(argv)


def main(argv: list[str]) -> int:
    from jobdesk.services.agenda import local_zone

    args = parse_args(argv)
    zone = local_zone()
    # A given day counts from 09:00 on it, so that the same command prints the same agenda.
    now = datetime.combine(args.today, time(9, 0), zone) if args.today else datetime.now(zone)
    try:
        if args.demo:
            with tempfile.TemporaryDirectory(prefix="jobdesk-today-demo-") as folder:
                db = _demo(Path(folder), now)
                try:
                    return _report(args, _agenda(db, Path(folder), now), "the sample search")
                finally:
                    db.close()
        db, source = open_read_only(args.data_dir, "today")
        try:
            return _report(args, _agenda(db, Path(source), now), source)
        finally:
            db.close()
    except UserError as error:
        print(f"jobdesk today: {error.message}", file=sys.stderr)
        return EXIT_ERROR


def _demo(folder: Path, now: datetime) -> SqliteDatabase:
    """The window's demo (`jobdesk --demo`), dated up to `now`'s day, in `folder`."""
    from jobdesk.services.demo import open_demo

    db, _services = open_demo(folder, now.date(), now=lambda: now)
    return db


def _agenda(db: SqliteDatabase, data_dir: Path, now: datetime) -> Agenda:
    """The agenda through the same services as the window, none of which writes here."""
    from jobdesk.paths import Paths
    from jobdesk.services.agenda import DailyAgenda
    from jobdesk.services.attachments import Attachments
    from jobdesk.services.breaks import Breaks
    from jobdesk.services.feedback import Feedback
    from jobdesk.services.insights import Insights
    from jobdesk.services.interviews import Interviews
    from jobdesk.services.offers import Offers
    from jobdesk.services.pipeline import Pipeline
    from jobdesk.services.settings import Settings

    today = now.date()
    clock = lambda: today  # noqa: E731
    pipeline = Pipeline(db, today=clock)
    settings = Settings(db)
    offers = Offers(pipeline, Attachments(pipeline, Paths(data_dir).attachments), today=clock)
    breaks = Breaks(db, pipeline, settings, today=clock)  # only read here
    feedback = Feedback(db, pipeline, settings, today=clock, breaks=breaks.breaks)
    agenda = DailyAgenda(
        settings,
        feedback,
        offers,
        Insights(settings, today=clock, breaks=breaks.breaks),
        clock,
        interviews=Interviews(pipeline, now=lambda: now),
        now=lambda: now,
        zone=lambda: now.tzinfo or UTC,
        breaks=breaks,
    )
    return agenda.agenda(pipeline.summaries())


def _report(args: argparse.Namespace, agenda: Agenda, source: str) -> int:
    if args.json:
        text = json.dumps(as_json(agenda, source), indent=2, ensure_ascii=False)
    else:
        text = as_text(agenda, source)
    print(text)  # a reader that stops early (`| head`) is app.py's (jobdesk.pipe)
    return EXIT_OK


def as_text(agenda: Agenda, source: str) -> str:
    day = agenda.today
    lines = [f"Today, {day:%A} {day.day} {day:%B %Y} ({source})", ""]
    if agenda.break_text:
        lines += [agenda.break_text, ""]
    if agenda.is_clear:
        lines.append("Nothing needs doing today.")
    else:
        lines.append(f"What needs doing ({len(agenda.items)}):")
        for item in agenda.items:
            lines.append(f"  {item.kind.label}: {item.name}")
            lines.append(f"    {item.text}")
        if agenda.more_silent:
            lines.append(f"  {agenda.more_silent_text}")
    lines += ["", "Pipeline health:", f"  {agenda.health.message}"]
    if agenda.health.warning:
        lines.append(f"  {agenda.health.warning}")
    if agenda.pacing:
        lines.append(f"  {agenda.pacing.message}")
    if agenda.leak:
        lines.append(f"  {agenda.leak}")
    lines += ["", f"  {agenda.week.message}"]
    return "\n".join(lines)


def as_json(agenda: Agenda, source: str) -> dict[str, Any]:
    health, week = agenda.health, agenda.week
    return {
        "data": source,
        "today": agenda.today.isoformat(),
        "items": [
            {
                "kind": item.kind.value,
                "application_id": item.application_id,
                "application": item.name,
                "interview_id": item.interview_id,
                "text": item.text,
            }
            for item in agenda.items
        ],
        "more_silent": agenda.more_silent,
        "on_break_until": agenda.break_until.isoformat() if agenda.break_until else None,
        "health": {
            "active": health.active,
            "minimum": health.minimum,
            "below_minimum": health.below_minimum,
            "carrying_application_id": health.carrying.id if health.carrying else None,
            "message": health.message,
            "warning": health.warning or None,
        },
        "pacing": None
        if agenda.pacing is None
        else {
            "sent": agenda.pacing.sent,
            "heard_back": agenda.pacing.heard_back,
            "message": agenda.pacing.message,
        },
        "leaking_stage": agenda.leak or None,
        "week": {
            "from": week.start.isoformat(),
            "applications": week.applications,
            "follow_ups": week.follow_ups,
            "feedback_requests": week.feedback_asked,
            "message": week.message,
        },
    }
