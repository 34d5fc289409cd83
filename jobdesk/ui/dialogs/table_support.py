"""Small pieces every table model uses: the index type Qt passes, and how dates are shown."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, QPersistentModelIndex

AnyIndex = QModelIndex | QPersistentModelIndex


def date_text(value: date | None) -> str:
    """A date as every table shows it (22 Nov 2026), or nothing."""
    return f"{value:%d %b %Y}" if value else ""
