"""All services of a running jobdesk, built in one place and handed to the UI."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from peewee import SqliteDatabase

from jobdesk.paths import Paths
from jobdesk.services.pipeline import Pipeline
from jobdesk.services.settings import Settings


@dataclass
class Services:
    paths: Paths
    pipeline: Pipeline
    settings: Settings

    def today(self) -> date:
        return self.pipeline.today()


def build_services(
    db: SqliteDatabase, paths: Paths, today: Callable[[], date] = date.today
) -> Services:
    return Services(paths=paths, pipeline=Pipeline(db, today=today), settings=Settings(db))
