"""How names sort in every table: letter case ignored, numbers by their value ("Vertex 22"
before "Vertex 98" and "Vertex 100")."""

from __future__ import annotations

import re

_DIGITS = re.compile(r"\d+")


def _number(match: re.Match[str]) -> str:
    # A run of digits becomes its length, then the digits: compared as text that orders by
    # value, so one key type (a string) serves both plain sorts and Qt's proxy models.
    digits = match.group().lstrip("0") or "0"
    return f"{min(len(digits), 99):02d}{digits}"


def natural_key(text: str) -> str:
    """The sort key of `text`: case-folded, with each number ordered by its value."""
    folded = text.casefold()
    if not any(ch.isdigit() for ch in folded):
        return folded  # the common case, kept cheap for 100,000 rows
    return _DIGITS.sub(_number, folded)
