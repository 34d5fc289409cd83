"""What a service call changed, so the views know what to refresh."""

from __future__ import annotations

from dataclasses import dataclass

# The kinds of data a change can touch; views refresh on the kinds they show.
APPLICATIONS = "applications"
SETTINGS = "settings"
TEMPLATES = "templates"
FEEDBACK = "feedback"
OFFERS = "offers"
ATTACHMENTS = "attachments"


@dataclass(frozen=True)
class Change:
    """Returned by every service call that changes data; the UI refreshes `kinds` from it."""

    kinds: frozenset[str]
    description: str
    application_ids: tuple[int, ...] = ()
