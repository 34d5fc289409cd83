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
from collections.abc import Callable, Sequence
from datetime import datetime, time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from peewee import SqliteDatabase

from jobdesk.domain.errors import UserError
from jobdesk.domain.today import Agenda
from jobdesk.stats_command import EXIT_ERROR, EXIT_OK, _day, open_read_only

if TYPE_CHECKING:
    from jobdesk.services.bundle import Services


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
    if args.today:
        moment = datetime.combine(args.today, time(9, 0), zone)
        clock: Callable[[], datetime] = lambda: moment  # noqa: E731
    else:
        clock = lambda: datetime.now(zone)  # noqa: E731  (the demo is logged as it loads)
    try:
        if args.demo:
            from jobdesk.services.demo import open_demo

            with tempfile.TemporaryDirectory(prefix="jobdesk-today-demo-") as folder:
                # The window's demo (`jobdesk --demo`), dated up to the clock's day.
                db, services = open_demo(Path(folder), clock().date(), now=clock)
                try:
                    return _report(args, services, "the sample search")
                finally:
                    db.close()
        db, source = open_read_only(args.data_dir, "today")
        try:
            return _report(args, _services(db, Path(source), clock), source)
        finally:
            db.close()
    except UserError as error:
        print(f"jobdesk today: {error.message}", file=sys.stderr)
        return EXIT_ERROR


def _services(db: SqliteDatabase, data_dir: Path, clock: Callable[[], datetime]) -> Services:
    """The window's services over `db`, on `clock`; only read here. Built without
    `build_services`, whose sweep of unused kept files would write."""
    from jobdesk.paths import Paths
    from jobdesk.services.bundle import Services

    return Services(db, Paths(data_dir), lambda: clock().date(), clock, None, None)


def _report(args: argparse.Namespace, services: Services, source: str) -> int:
    """Today's agenda as the window's Today tab assembles it (`DailyAgenda.agenda`)."""
    agenda = services.agenda
    today = agenda.agenda(services.pipeline.summaries())
    now, hide_reason_days = agenda.now(), agenda.hide_reasons_for()
    if args.json:
        found = as_json(today, source, now, hide_reason_days=hide_reason_days)
        text = json.dumps(found, indent=2, ensure_ascii=False)
    else:
        text = as_text(today, source, now, hide_reason_days=hide_reason_days)
    print(text)  # a reader that stops early (`| head`) is app.py's (jobdesk.pipe)
    return EXIT_OK


def as_text(agenda: Agenda, source: str, now: datetime, *, hide_reason_days: int = 0) -> str:
    """The agenda as the Today tab shows it, at `now` (aware): the break, the card while a
    rejection lands (its reason left out for `hide_reason_days` after it was logged), then
    what needs doing."""
    day = agenda.today
    lines = [f"Today, {day:%A} {day.day} {day:%B %Y} ({source})", ""]
    if agenda.break_text:
        lines += [agenda.break_text, ""]
    for held in agenda.landing:
        lines += [held.message(now, hide_reason_days=hide_reason_days), ""]
    if agenda.is_clear:
        lines.append(agenda.clear_text(now))
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


def as_json(
    agenda: Agenda, source: str, now: datetime, *, hide_reason_days: int = 0
) -> dict[str, Any]:
    health, week = agenda.health, agenda.week
    return {
        "data": source,
        "today": agenda.today.isoformat(),
        "landing": [
            {
                "application_id": held.application_id,
                "application": held.name,
                "nudges_wait_until": held.until.isoformat(),
                "message": held.message(now, hide_reason_days=hide_reason_days),
            }
            for held in agenda.landing
        ],
        "clear_text": agenda.clear_text(now) if agenda.is_clear else None,
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
