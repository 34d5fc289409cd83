"""Settings as JSON values in the `setting` table."""

from __future__ import annotations

import json
from typing import Any

from jobdesk.store.tables import SettingRow, database

_MISSING = object()


def read(key: str) -> Any:
    """The stored value, or `store.settings.MISSING` when none is stored or it is unreadable."""
    row = SettingRow.get_or_none(SettingRow.key == key)
    if row is None:
        return MISSING
    try:
        return json.loads(row.value)
    except ValueError:
        return MISSING


def read_all() -> dict[str, Any]:
    """Every stored value by key, in one plain query (unreadable ones left out)."""
    values: dict[str, Any] = {}
    for key, text in database.execute_sql("SELECT key, value FROM setting"):
        try:
            values[key] = json.loads(text)
        except ValueError:
            continue
    return values


def change_marker() -> int:
    """Moves when another connection commits (a restore, another program)."""
    return int(database.execute_sql("PRAGMA data_version").fetchone()[0])


def write(key: str, value: Any) -> None:
    SettingRow.replace(key=key, value=json.dumps(value)).execute()


def remove(key: str) -> None:
    SettingRow.delete().where(SettingRow.key == key).execute()


MISSING = _MISSING
