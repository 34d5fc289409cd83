"""Errors whose message is written for the user, ready to show as it is."""

from __future__ import annotations


class UserError(Exception):
    """Something the user asked for cannot be done; the message says why, in their words."""

    @property
    def message(self) -> str:
        return str(self.args[0]) if self.args else "That could not be done."
