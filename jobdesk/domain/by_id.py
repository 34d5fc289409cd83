"""Rows kept in id order in a plain list and found by binary search: at 100,000 applications
a dictionary by id beside them would cost about 5 MB each time."""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import Protocol


class HasId(Protocol):
    @property
    def id(self) -> int: ...


def _id(row: HasId) -> int:
    return row.id


def place_of(rows: Sequence[HasId], app_id: int) -> int | None:
    """Where the row of `app_id` stands in `rows` (kept in id order), or None."""
    at = bisect.bisect_left(rows, app_id, key=_id)
    return at if at < len(rows) and rows[at].id == app_id else None


def place_for(rows: Sequence[HasId], app_id: int) -> int:
    """Where the row of `app_id` stands in `rows`, or where it would go to keep id order."""
    return bisect.bisect_left(rows, app_id, key=_id)
