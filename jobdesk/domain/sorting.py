"""How names sort in every table: letter case ignored, numbers by their value ("Vertex 22"
before "Vertex 98" and "Vertex 100")."""

from __future__ import annotations

import re

_DIGITS = re.compile(r"(\d+)")  # captured: split keeps the numbers
# Keys worked out before: sorting 100,000 rows by another column and back then costs a
# lookup per row. Emptied when it grows past this, so it cannot grow without bound.
_KNOWN: dict[str, str] = {}
_KNOWN_MOST = 250_000


def natural_key(text: str) -> str:
    """The sort key of `text`: case-folded, with each number ordered by its value.

    A run of digits becomes one character saying how many digits it has, then the digits
    (leading zeros dropped), so comparing keys as text orders numbers by value; one key
    type, a string, serves plain sorts and Qt's proxy models alike."""
    known = _KNOWN.get(text)
    if known is not None:
        return known
    folded = text.casefold()
    parts = _DIGITS.split(folded)
    if len(parts) > 1:
        for i in range(1, len(parts), 2):
            digits = parts[i].lstrip("0") or "0"
            # "0" + length stays below the letters for any number under 48 digits.
            parts[i] = chr(0x30 + min(len(digits), 47)) + digits
        folded = "".join(parts)
    if len(_KNOWN) >= _KNOWN_MOST:
        _KNOWN.clear()
    _KNOWN[text] = folded
    return folded
