"""Schema 6 on a schema-5 file holding synonyms of one topic: merged, nothing lost, the
event log untouched."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from jobdesk.store.database import open_database

SCHEMAS = Path(__file__).parents[1] / "data" / "schemas"


def test_synonyms_in_themes_and_tags_become_one_topic(tmp_path: Path) -> None:
    path = tmp_path / "v5.sqlite"
    shutil.copyfile(SCHEMAS / "v5.sqlite", path)
    conn = sqlite3.connect(path)
    with conn:
        # The user had made "Skills gap" beside the built-in "Technical skills gap" and used
        # both on one feedback; a debrief holds two words for communication and a tag of its own.
        conn.execute("INSERT INTO feedback_theme (id, name, builtin) VALUES (6, 'skills gap', 0)")
        conn.execute("INSERT INTO feedback_theme_link (application_id, theme_id) VALUES (2, 6)")
        conn.execute(
            "INSERT INTO debrief_tag (debrief_id, position, name) VALUES "
            "(2, 1, 'Story or communication'), (2, 2, 'communication'), (2, 3, 'Take-home nerves')"
        )
    events_before = conn.execute("SELECT * FROM stage_event ORDER BY id").fetchall()
    conn.close()

    open_database(path, tmp_path / "backups").close()

    conn = sqlite3.connect(path)
    try:
        themes = conn.execute(
            "SELECT id, name, builtin, topic_group, topic_key FROM feedback_theme ORDER BY id"
        ).fetchall()
        links = conn.execute("SELECT * FROM feedback_theme_link ORDER BY 1, 2").fetchall()
        tags = conn.execute(
            "SELECT position, name FROM debrief_tag WHERE debrief_id = 2 ORDER BY position"
        ).fetchall()
        events_after = conn.execute("SELECT * FROM stage_event ORDER BY id").fetchall()
    finally:
        conn.close()
    assert themes[0] == (1, "Skills gap", 1, "to_work_on", "skills_gap")
    assert [t for t in themes if t[1].casefold() == "skills gap"] == [themes[0]]
    assert not [t for t in themes if t[1] == "Technical skills gap" or t[0] == 6]
    # App 2's feedback named the theme twice over; it now names the one topic once.
    assert links == [(2, 1), (2, 5)]
    assert tags == [(0, "Filled internally"), (2, "Communication"), (3, "Take-home nerves")]
    own = [t[1:] for t in themes if not t[2]]
    assert own == [
        ("Kubernetes", 0, "to_work_on", None),
        ("Take-home nerves", 0, "to_work_on", None),
    ]
    assert events_after == events_before
