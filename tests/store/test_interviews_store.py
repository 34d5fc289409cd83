"""The schema 5 test file read through the store: interviews with their zones, debriefs."""

from __future__ import annotations

import shutil
from datetime import date, datetime
from pathlib import Path

from jobdesk.domain.enums import Stage
from jobdesk.domain.interviews import InterviewKind
from jobdesk.paths import Paths
from jobdesk.services.bundle import build_services
from jobdesk.store.database import open_database

SCHEMAS = Path(__file__).parents[1] / "data" / "schemas"


def test_the_v5_file_reads_back_as_interviews_and_debriefs(tmp_path: Path) -> None:
    paths = Paths(tmp_path / "data")
    paths.data_dir.mkdir()
    shutil.copyfile(SCHEMAS / "v5.sqlite", paths.database)
    db = open_database(paths.database, paths.backups)
    try:
        services = build_services(db, paths, today=lambda: date(2026, 11, 20))
        screen, design = services.interviews.interviews(1)
        assert screen.details.kind is InterviewKind.RECRUITER_SCREEN
        assert screen.when_text() == "Wed 9 Sep 2026, 15:00 (America/Chicago)"
        assert design.details.interviewers == ("Dana Holt", "Lee Park")
        assert design.details.starts_at == datetime(2026, 9, 16, 10, 30)
        assert design.uid == "v5-design@jobdesk"
        newest, older = services.interviews.debriefs()
        assert (newest.id, older.id) == (1, 2)
        assert newest.details.interview_id == 2
        assert newest.details.tags == ("System design", "Nerves")
        assert newest.details.questions == ("Design a URL shortener", "How would you shard it?")
        assert older.details.stage is Stage.RESPONDED
        assert older.details.rating is None
    finally:
        db.close()
