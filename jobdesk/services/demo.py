"""The sample search as `--demo` opens it, loaded in one place: the window and the terminal's
`jobdesk today --demo`, `stats --demo` and `export --demo` all show the same one."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from peewee import SqliteDatabase

from jobdesk.paths import Paths, prepare
from jobdesk.services.bundle import Services, build_services, utc_now
from jobdesk.store.database import open_database


def load_demo(services: Services) -> None:
    """The sample search and everything that hangs off it. Its dates run up to the services'
    today: one application was rejected yesterday, so Today opens with the card that lets a
    rejection land (logged as the demo starts on the services' clock, it lasts until the
    next morning)."""
    # Naive, on this computer's clock: how the event log records when a change was made.
    services.pipeline.load_sample(services.now().astimezone().replace(tzinfo=None))
    services.pipeline.forget_history()
    services.feedback.load_sample()
    services.offers.load_sample()
    services.interviews.load_sample()
    services.patterns.load_sample()


def open_demo(
    folder: Path, today: date, now: Callable[[], datetime] = utc_now
) -> tuple[SqliteDatabase, Services]:
    """A throw-away data folder in `folder` holding the demo dated up to `today`, and the
    services over it (the caller closes the database)."""
    paths = prepare(Paths(folder))
    db = open_database(paths.database, paths.backups)
    services = build_services(db, paths, today=lambda: today, now=now)
    load_demo(services)
    return db, services
