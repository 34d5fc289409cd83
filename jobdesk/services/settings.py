"""Reading and changing settings, typed by their declaration in `domain.settings`."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from peewee import SqliteDatabase

from jobdesk.domain.errors import UserError
from jobdesk.domain.settings import Setting
from jobdesk.services.changes import SETTINGS, Change
from jobdesk.services.storage import saving
from jobdesk.store import settings as store

T = TypeVar("T", int, float, str, bool)


class Settings:
    def __init__(self, db: SqliteDatabase) -> None:
        self._db = db
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
        try:
            checked = setting.check(value)
        except ValueError as error:
            raise UserError(str(error)) from None
        with saving(self._db):
            store.write(setting.key, checked)
        self._values = None
        return Change(frozenset({SETTINGS}), f"Set {setting.label.lower()}")

    def set_many(self, values: Mapping[Setting[Any], Any]) -> Change:
        """Several settings in one step: all are checked first, so none is saved if one is wrong."""
        checked = {}
        for setting, value in values.items():
            try:
                checked[setting.key] = setting.check(value)
            except ValueError as error:
                raise UserError(str(error)) from None
        with saving(self._db):
            for key, value in checked.items():
                store.write(key, value)
        self._values = None
        noun = "setting" if len(checked) == 1 else "settings"
        return Change(frozenset({SETTINGS}), f"Changed {len(checked)} {noun}")

    def reset(self, setting: Setting[Any]) -> Change:
        with saving(self._db):
            store.remove(setting.key)
        self._values = None
        return Change(frozenset({SETTINGS}), f"Reset {setting.label.lower()}")
