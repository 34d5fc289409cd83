"""The sample search as `--demo` opens it, loaded in one place: the window's "Load a sample
search", `--demo` and the terminal's `jobdesk today --demo`, `stats --demo` and
`export --demo` all show the same one."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from peewee import SqliteDatabase

from jobdesk.domain.settings import MY_NAME
from jobdesk.paths import Paths, prepare
from jobdesk.services.bundle import Services, build_services, utc_now
from jobdesk.services.changes import Change
from jobdesk.services.pipeline import SampleRest
from jobdesk.store import applications as application_store
from jobdesk.store import improvements as improvement_store
from jobdesk.store.database import open_database


def load_sample(services: Services) -> Change:
    """The sample search and everything that hangs off it (feedback, offers, interviews
    and debriefs, improvements), as ONE undoable step. Its dates run up to the services'
    today: one application was rejected yesterday, so Today opens with the card that lets a
    rejection land (logged now on the services' clock, it lasts until the next morning)."""
    # Naive, on this computer's clock: how the event log records when a change was made.
    logged = services.now().astimezone().replace(tzinfo=None)
    lists = application_store.list_ids()  # before the sample's companies are added
    return services.pipeline.load_sample(logged, rest=lambda: _the_rest(services, lists))


def _the_rest(services: Services, lists: tuple[set[int], set[int]]) -> SampleRest:
    """The sample's feedback, offers, interviews and improvements. Undo takes back with the
    applications all that hangs off them; the improvements, the name feedback is signed
    with and the companies and resume variants the sample added (offered when adding an
    application) do not, so they are taken back here. Made again, the applications bring
    their companies and variants back themselves."""
    settings = services.settings
    name = settings.get(MY_NAME)
    had = {i.id for i in services.patterns.improvements()}
    kinds: frozenset[str] = frozenset()
    for load in (
        services.feedback.load_sample,
        services.offers.load_sample,
        services.interviews.load_sample,
        services.patterns.load_sample,
    ):
        kinds |= load().kinds
    added = [i for i in services.patterns.improvements() if i.id not in had]
    sample_name = settings.get(MY_NAME)
    ids = [i.id for i in added]

    def take_back() -> None:
        for improvement_id in ids:
            improvement_store.delete(improvement_id)
        ids.clear()
        application_store.delete_unused_since(lists)
        if sample_name != name:
            settings.set(MY_NAME, name)

    def make_again() -> None:
        ids.extend(improvement_store.insert(i.details) for i in added)
        if sample_name != name:
            settings.set(MY_NAME, sample_name)

    return kinds, take_back, make_again


def load_demo(services: Services) -> None:
    """What `--demo` loads before its window shows: the sample, with nothing to undo."""
    load_sample(services)
    services.pipeline.forget_history()


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
