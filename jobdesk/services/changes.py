"""What a service call changed, so the views know what to refresh."""

from __future__ import annotations

from dataclasses import dataclass

from jobdesk.domain.application import ApplicationSummary

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


def reload_all(description: str = "Reload") -> Change:
    return Change(EVERYTHING, description, everything=True)


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
    read, so a view that needs every application (patterns, follow-ups) reads no database."""

    def __init__(self) -> None:
        self._by_id: dict[int, ApplicationSummary] = {}

    def apply(self, update: Update) -> None:
        if update.everything:
            self._by_id = {row.id: row for row in update.rows}
            return
        for app_id in update.removed:
            self._by_id.pop(app_id, None)
        for row in update.rows:
            self._by_id[row.id] = row

    def all(self) -> list[ApplicationSummary]:
        return list(self._by_id.values())

    def __len__(self) -> int:
        return len(self._by_id)
