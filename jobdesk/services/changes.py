"""What a service call changed, so the views know what to refresh."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from operator import attrgetter
from typing import Protocol

from jobdesk.domain.application import ApplicationSummary
from jobdesk.domain.by_id import place_for, place_of

_ID = attrgetter("id")

# The kinds of data a change can touch; views refresh on the kinds they show.
APPLICATIONS = "applications"
SETTINGS = "settings"
TEMPLATES = "templates"
FEEDBACK = "feedback"
OFFERS = "offers"
ATTACHMENTS = "attachments"
INTERVIEWS = "interviews"  # interviews and their debriefs
IMPROVEMENTS = "improvements"
BREAKS = "breaks"  # recovery breaks: they move the no-response and follow-up clocks


@dataclass(frozen=True)
class Change:
    """Returned by every service call that changes data; the UI refreshes `kinds` from it."""

    kinds: frozenset[str]
    description: str
    application_ids: tuple[int, ...] = ()
    # Read everything again (a restore, an import): the views reload all their rows.
    everything: bool = False
    # With `everything`: only the applications' rows are new (the rest of a large search,
    # opened with its newest first); whatever else a view read for the first is unchanged.
    rows_only: bool = False


EVERYTHING = frozenset(
    {
        APPLICATIONS,
        SETTINGS,
        TEMPLATES,
        FEEDBACK,
        OFFERS,
        ATTACHMENTS,
        INTERVIEWS,
        IMPROVEMENTS,
        BREAKS,
    }
)


class History(Protocol):
    """The one undo history (the pipeline's), as the services that change other rows see it."""

    def record(
        self,
        description: str,
        kinds: frozenset[str],
        take_back: Callable[[], object],
        make_again: Callable[[], object],
    ) -> None: ...


def reload_all(description: str = "Reload", *, rows_only: bool = False) -> Change:
    return Change(EVERYTHING, description, everything=True, rows_only=rows_only)


@dataclass(frozen=True)
class Update:
    """A change as every view receives it, with the changed applications read once for all.

    `rows` are the changed applications as they are stored now and `removed` the
    changed ones no longer stored; when `everything` is set, `rows` holds every
    application and replaces what a view had.
    """

    change: Change
    rows: tuple[ApplicationSummary, ...] = ()
    removed: tuple[int, ...] = ()

    @property
    def kinds(self) -> frozenset[str]:
        return self.change.kinds

    @property
    def everything(self) -> bool:
        return self.change.everything

    @property
    def application_ids(self) -> tuple[int, ...]:
        return self.change.application_ids


class Rows:
    """Every application's summary, kept current from each `Update`: the one copy all views
    read, so a view that needs every application (patterns, follow-ups) reads no database.

    Kept in id order in a list and found by binary search: a dictionary by id would hold
    5 MB more at 100,000 applications."""

    def __init__(self) -> None:
        self._rows: list[ApplicationSummary] = []

    def apply(self, update: Update) -> None:
        if update.everything:
            self._rows = sorted(update.rows, key=_ID)  # one pass: they are read in id order
            return
        rows = self._rows
        for app_id in update.removed:
            at = place_of(rows, app_id)
            if at is not None:
                del rows[at]
        for row in update.rows:
            at = place_for(rows, row.id)
            if at < len(rows) and rows[at].id == row.id:
                rows[at] = row
            else:
                rows.insert(at, row)

    def all(self) -> list[ApplicationSummary]:
        """Every summary, in id order (a new list)."""
        return list(self._rows)

    def __len__(self) -> int:
        return len(self._rows)
