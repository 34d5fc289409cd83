"""Reading and changing settings, typed by their declaration in `domain.settings`."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, TypeVar

from peewee import SqliteDatabase

from jobdesk.domain.errors import UserError
from jobdesk.domain.settings import Setting
from jobdesk.services.changes import SETTINGS, Change, History
from jobdesk.services.storage import saving
from jobdesk.store import settings as store

T = TypeVar("T", int, float, str, bool)
_KINDS = frozenset({SETTINGS})


class Settings:
    def __init__(self, db: SqliteDatabase, history: History | None = None) -> None:
        self._db = db
        # The one undo history; None for the read-only commands, which change nothing.
        self._history = history
        # Every stored value, read once: a view asks for a dozen settings on each change.
        # Read again when another connection has written (a restore, another program).
        self._values: dict[str, Any] | None = None
        self._marker: int | None = None

    def _stored(self) -> dict[str, Any]:
        marker = store.change_marker()
        if self._values is None or marker != self._marker:
            self._values, self._marker = store.read_all(), marker
        return self._values

    def get(self, setting: Setting[T]) -> T:
        value: Any = self._stored().get(setting.key, store.MISSING)
        if value is store.MISSING:
            return setting.default
        try:
            return setting.check(value)
        except ValueError:
            # A value edited by hand or left by an older version: fall back, do not crash.
            return setting.default

    def set(self, setting: Setting[T], value: T) -> Change:
        return self.set_many({setting: value}, f"Set {setting.label.lower()}")

    def set_many(
        self, values: Mapping[Setting[Any], Any], description: str | None = None
    ) -> Change:
        """Several settings in one step: all are checked first, so none is saved if one is wrong."""
        checked = {}
        for setting, value in values.items():
            try:
                checked[setting.key] = setting.check(value)
            except ValueError as error:
                raise UserError(str(error)) from None
        noun = "setting" if len(checked) == 1 else "settings"
        return self._write(checked, description or f"Changed {len(checked)} {noun}")

    def reset(self, setting: Setting[Any]) -> Change:
        return self.reset_many([setting], f"Reset {setting.label.lower()}")

    def reset_many(self, settings: Sequence[Setting[Any]], description: str) -> Change:
        """Settings back to their defaults, in one step."""
        return self._write({s.key: store.MISSING for s in settings}, description)

    def _write(self, values: dict[str, Any], description: str) -> Change:
        """Stores `values` (MISSING removes one) in one transaction, as one undo step."""
        stored = self._stored()
        before = {key: stored.get(key, store.MISSING) for key in values}
        self._put(values)
        if self._history is not None:
            self._history.record(
                description, _KINDS, lambda: self._put(before), lambda: self._put(values)
            )
        return Change(_KINDS, description)

    def _put(self, values: dict[str, Any]) -> None:
        with saving(self._db):
            for key, value in values.items():
                if value is store.MISSING:
                    store.remove(key)
                else:
                    store.write(key, value)
        self._values = None
