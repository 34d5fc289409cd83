"""A form whose save is refused (a full disk, a read-only file) opens again with everything
typed in it: one loop for every form, so none of them throws away what was entered."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

Answer = TypeVar("Answer")


def ask_until_saved(
    ask: Callable[[Answer | None], Answer | None], save: Callable[[Answer], bool]
) -> Answer | None:
    """`ask(entered)` opens the form, filled with `entered` (None the first time); `save`
    stores its answer, True when it did (or nothing needed storing), False when it was
    refused and the refusal was shown. Then the form opens again with the answer, until it
    is saved (that answer returned) or the user cancels (None)."""
    entered: Answer | None = None
    while True:
        answer = ask(entered)
        if answer is None:
            return None
        if save(answer):
            return answer
        entered = answer
