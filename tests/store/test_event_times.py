"""Schema 9 on a real file: the recent rejections (Today's after-rejection card) are read
by the index of when events were recorded, not by a pass over the whole event log."""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

from jobdesk.domain.enums import RejectionReason
from jobdesk.store import applications as store
from jobdesk.store.database import open_database

SCHEMAS = Path(__file__).parents[1] / "data" / "schemas"


def test_the_recent_rejections_are_read_by_the_recorded_at_index(tmp_path: Path) -> None:
    copy = tmp_path / "v8.sqlite"
    shutil.copyfile(SCHEMAS / "v8.sqlite", copy)
    db = open_database(copy, tmp_path / "backups")  # upgraded to schema 9 on the way
    try:
        seen: list[str] = []
        db.connection().set_trace_callback(seen.append)
        found = store.rejections_recorded_since(datetime(2026, 9, 8))
        db.connection().set_trace_callback(None)
        # Globex's rejection, logged on 8 September at 09:00: the only one since then.
        assert found == [
            (
                2,
                RejectionReason.FILLED_INTERNALLY,
                datetime(2026, 9, 8).date(),
                datetime(2026, 9, 8, 9),
            )
        ]
        (query,) = [sql for sql in seen if "recorded_at >=" in sql]
        plan = " | ".join(row[3] for row in db.execute_sql(f"EXPLAIN QUERY PLAN {query}"))
        assert "SEARCH e USING INDEX stage_event_recorded_at (recorded_at>?)" in plan
        assert "TEMP B-TREE" not in plan  # in the index's order already: no sort
    finally:
        db.close()
