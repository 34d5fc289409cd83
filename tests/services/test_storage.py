"""A refused write names its real cause in the user's words: a full disk, a read-only disk."""

from __future__ import annotations

from datetime import date

import pytest

from jobdesk.domain.application import ApplicationDetails
from jobdesk.paths import Paths
from jobdesk.services.bundle import Services, build_services
from jobdesk.services.storage import StorageError
from jobdesk.store.database import open_database
from tests.conftest import TODAY
from tests.disks import read_only_file

ACME = ApplicationDetails("Acme", "Backend Engineer", date(2026, 11, 2))


def test_a_full_disk_says_so_and_not_the_rollback_that_followed(services: Services) -> None:
    services.pipeline.add(ACME)
    db = services.pipeline._db
    pages = db.execute_sql("PRAGMA page_count").fetchone()[0]
    db.execute_sql(f"PRAGMA max_page_count = {pages}")  # SQLite's own "disk is full"
    with pytest.raises(StorageError) as caught:
        services.pipeline.load_sample()
    assert caught.value.message == (
        "jobdesk could not save this change: the disk is full. Free some space on it (or "
        "move the data folder to a disk with room), then try again. Nothing was changed."
    )
    assert [a.details.company for a in services.pipeline.applications()] == ["Acme"]


def test_a_read_only_data_file_says_so(paths: Paths) -> None:
    db = open_database(paths.database, paths.backups)
    build_services(db, paths, today=lambda: TODAY).pipeline.add(ACME)
    db.close()
    with read_only_file(paths.database):
        db = open_database(paths.database, paths.backups)
        try:
            services = build_services(db, paths, today=lambda: TODAY)
            with pytest.raises(StorageError) as caught:
                services.pipeline.add(ApplicationDetails("Globex", "Engineer", date(2026, 11, 3)))
            companies = [a.details.company for a in services.pipeline.applications()]
        finally:
            db.close()
    assert caught.value.message == (
        "jobdesk could not save this change: the data file cannot be written to: the disk "
        "or the data folder is read-only. Make it writable again (or copy the data folder "
        "somewhere you can write), then try again. Nothing was changed."
    )
    assert companies == ["Acme"]
