"""Settings as JSON values in the `setting` table."""

from __future__ import annotations

import json
from typing import Any

from jobdesk.store.tables import SettingRow

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


def write(key: str, value: Any) -> None:
    SettingRow.replace(key=key, value=json.dumps(value)).execute()


def remove(key: str) -> None:
    SettingRow.delete().where(SettingRow.key == key).execute()


MISSING = _MISSING
