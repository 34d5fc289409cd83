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


def test_an_upgrade_counts_an_offer_accepted_with_no_offer_event(tmp_path: Path) -> None:
    # Written at schema 6 by an import: Acme reached technical, then accepted.
    copy = tmp_path / "v6.sqlite"
    shutil.copyfile(SCHEMAS / "v6.sqlite", copy)
    raw = sqlite3.connect(copy)
    raw.execute("PRAGMA foreign_keys = 1")
    raw.execute(
        "INSERT INTO stage_event (application_id, kind, occurred_on, stage, outcome, note, "
        "backfilled, recorded_at) VALUES (1, 'outcome', '2026-10-01', 'technical', "
        "'accepted', '', 0, '2026-10-01 09:00:00')"
    )
    raw.commit()
    assert raw.execute(
        "SELECT furthest FROM application_fact WHERE application_id = 1"
    ).fetchone() == (3,)
    raw.close()
    db = open_database(copy, tmp_path / "backups")
    try:
        (acme,) = facts.summaries([1])
        assert acme.furthest_stage is Stage.OFFER
        assert facts.differences() == []
    finally:
        db.close()


def test_a_correction_can_be_written_before_its_event_with_keys_deferred(tmp_path: Path) -> None:
    # As a whole-search import writes tables in name order: event_void before stage_event.
    copy = tmp_path / "v8.sqlite"
    shutil.copyfile(SCHEMAS / "v8.sqlite", copy)
    raw = sqlite3.connect(copy, isolation_level=None)
    raw.execute("PRAGMA foreign_keys = 1")
    voids = raw.execute("SELECT * FROM event_void").fetchall()
    events = raw.execute("SELECT * FROM stage_event").fetchall()
    raw.execute("BEGIN")
    raw.execute("PRAGMA defer_foreign_keys = ON")
    raw.execute("DELETE FROM event_void")
    raw.execute("DELETE FROM stage_event")
    raw.executemany("INSERT INTO event_void VALUES (?, ?, ?, ?, ?, ?)", voids)
    raw.executemany("INSERT INTO stage_event VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", events)
    raw.execute("COMMIT")
    assert raw.execute("SELECT * FROM event_void").fetchall() == voids
    raw.close()
