"""Recovery breaks: marking, changing and removing them (each undoable), and the no-response
rule as of today with the breaks in it, for every list that asks who is silent."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from peewee import SqliteDatabase

from jobdesk.domain.breaks import Break, clean_break, current_break, on_break_until
from jobdesk.domain.errors import UserError
from jobdesk.domain.settings import NO_RESPONSE_DAYS
from jobdesk.domain.silence import Silence
from jobdesk.services.changes import BREAKS, Change
from jobdesk.services.pipeline import Pipeline
from jobdesk.services.settings import Settings
from jobdesk.services.storage import saving
from jobdesk.store import breaks as store

_KINDS = frozenset({BREAKS})


def stored_breaks() -> tuple[Break, ...]:
    """Every break, earliest first: for the read-only commands, which build no `Breaks`."""
    return tuple(store.breaks())


class Breaks:
    def __init__(
        self,
        db: SqliteDatabase,
        pipeline: Pipeline,
        settings: Settings,
        today: Callable[[], date] = date.today,
    ) -> None:
        self._db = db
        self._pipeline = pipeline  # keeps the one undo history
        self._settings = settings
        self._today = today

    # --- reading --------------------------------------------------------------------------

    def breaks(self) -> tuple[Break, ...]:
        """Every break, earliest first (a small table: read each time, never stale)."""
        return stored_breaks()

    def current(self) -> Break | None:
        """The break today falls in, if any."""
        return current_break(self.breaks(), self._today())

    def on_break_until(self) -> date | None:
        """The last day of the break today falls in (breaks that run on joined), or None."""
        return on_break_until(self.breaks(), self._today())

    def silence(self) -> Silence:
        """Who counts as "no response" today: the setting's period, breaks not counted."""
        return Silence(self._today(), self._settings.get(NO_RESPONSE_DAYS), self.breaks())

    # --- changes --------------------------------------------------------------------------

    def add(self, found: Break) -> Change:
        found = clean_break(found)
        with saving(self._db):
            found = Break(found.starts_on, found.ends_on, found.note, store.insert(found))
        description = f"Add the break {found.text()}"
        self._record(description, lambda: store.delete(found.id), lambda: store.insert(found))
        return Change(_KINDS, description)

    def edit(self, found: Break) -> Change:
        before = self._stored(found.id)
        after = clean_break(found)
        with saving(self._db):
            store.update(after)
        description = f"Change the break {before.text()}"
        self._record(description, lambda: store.update(before), lambda: store.update(after))
        return Change(_KINDS, description)

    def remove(self, break_id: int) -> Change:
        before = self._stored(break_id)
        with saving(self._db):
            store.delete(break_id)
        description = f"Remove the break {before.text()}"
        self._record(description, lambda: store.insert(before), lambda: store.delete(break_id))
        return Change(_KINDS, description)

    def _stored(self, break_id: int) -> Break:
        found = store.find(break_id)
        if found is None:
            raise UserError("That break is no longer there; it may have been removed.")
        return found

    def _record(
        self, description: str, take_back: Callable[[], object], make_again: Callable[[], object]
    ) -> None:
        self._pipeline.record(description, _KINDS, take_back, make_again)
