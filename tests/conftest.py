"""Shared fixtures: a fresh database file per test, a fixed 'today', Qt offscreen."""

from __future__ import annotations

import os

# Before anything imports Qt.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from peewee import SqliteDatabase

from jobdesk.paths import Paths, prepare
from jobdesk.services.bundle import Services, build_services
from jobdesk.services.pipeline import Pipeline
from jobdesk.store.database import open_database

TODAY = date(2026, 11, 20)


@pytest.fixture
def paths(tmp_path: Path) -> Paths:
    return prepare(Paths(tmp_path / "data"))


@pytest.fixture
def db(paths: Paths) -> Iterator[SqliteDatabase]:
    database = open_database(paths.database, paths.backups)
    yield database
    database.close()


@pytest.fixture
def services(db: SqliteDatabase, paths: Paths) -> Services:
    return build_services(db, paths, today=lambda: TODAY)


@pytest.fixture
def pipeline(services: Services) -> Pipeline:
    return services.pipeline
