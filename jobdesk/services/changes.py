"""What a service call changed, so the views know what to refresh."""

from __future__ import annotations

from dataclasses import dataclass

APPLICATIONS = "applications"


@dataclass(frozen=True)
class Change:
    """Returned by every service call that changes data; the UI refreshes `kinds` from it."""

    kinds: frozenset[str]
    description: str
    application_ids: tuple[int, ...] = ()
