"""Schema 8 on a real file: a voided event stays in the log, nothing counts it, and the
corrections table is append-only and tied to the event's own application."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from jobdesk.domain.enums import Stage
from jobdesk.store import applications as store
from jobdesk.store import facts
from jobdesk.store.database import open_database

SCHEMAS = Path(__file__).parents[1] / "data" / "schemas"


def test_the_v8_file_s_corrected_offer_counts_nowhere(tmp_path: Path) -> None:
    copy = tmp_path / "v8.sqlite"
    shutil.copyfile(SCHEMAS / "v8.sqlite", copy)
    db = open_database(copy, tmp_path / "backups")
    try:
        initech = store.load(3)
        assert initech is not None
        # Its log holds an offer, voided: it reached the screen, no further.
        assert initech.furthest_stage is Stage.SCREEN
        (correction,) = initech.corrections
        assert (correction.event.stage, correction.note) == (Stage.OFFER, "Meant for Acme")
        assert facts.summaries([3])[0].furthest_stage is Stage.SCREEN
        assert facts.differences() == []
    finally:
        db.close()
    raw = sqlite3.connect(copy)
    try:
        with pytest.raises(sqlite3.IntegrityError, match="corrections are append-only"):
            raw.execute("UPDATE event_void SET note = 'x'")
        with pytest.raises(sqlite3.IntegrityError, match="must name its event's application"):
            raw.execute(
                "INSERT INTO event_void (event_id, application_id, voided_on, note, recorded_at) "
                "VALUES (1, 2, '2026-11-20', '', '2026-11-20 10:00:00')"
            )
    finally:
        raw.close()
