"""The board: which column each application's card sits in, and the first cards of each column.

One column per stage holds the open applications that reached it; an end column holds
the closed ones, silent ones included (no reply within the no-response period counts as
closed everywhere, by `Silence`). Each column lists its most recently active cards first
and only the first `limit` of them, so 100,000 applications make a few hundred cards.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from jobdesk.domain.application import ApplicationSummary
from jobdesk.domain.enums import Outcome, Stage
from jobdesk.domain.funnel import Silence
from jobdesk.domain.wording import counted

CLOSED_TITLE = "Closed"
NO_RESPONSE = "No response"
# "Rejected before the screen": how far a closed application had got, in words.
_HOW_FAR = {
    Stage.APPLIED: "after applying",
    Stage.RESPONDED: "before the screen",
    Stage.SCREEN: "after the screen",
    Stage.TECHNICAL: "after the technical round",
    Stage.FINAL: "after the final round",
    Stage.OFFER: "at the offer",
}


@dataclass(frozen=True)
class BoardColumn:
    """One column: its stage (None for the closed ones), its first cards, how many in all."""

    stage: Stage | None
    cards: tuple[ApplicationSummary, ...]
    total: int

    @property
    def title(self) -> str:
        return CLOSED_TITLE if self.stage is None else self.stage.label

    @property
    def more(self) -> int:
        """How many cards the column holds beyond those it shows."""
        return self.total - len(self.cards)


def _recency(app: ApplicationSummary) -> tuple[date, int]:
    return app.last_activity, app.id


def board_columns(
    apps: Iterable[ApplicationSummary], silence: Silence, limit: int, *, closed: bool = True
) -> tuple[BoardColumn, ...]:
    """The columns in stage order (the closed one last, if `closed`), each with its `limit`
    most recently active cards (ties: the newer application first)."""
    buckets: dict[Stage | None, list[ApplicationSummary]] = {stage: [] for stage in Stage}
    buckets[None] = []
    active, applied = Outcome.ACTIVE, Stage.APPLIED
    for app in apps:
        if app.outcome is not active or (app.furthest_stage is applied and silence.covers(app)):
            buckets[None].append(app)
        else:
            buckets[app.furthest_stage].append(app)
    keys: list[Stage | None] = [*Stage, None] if closed else list(Stage)
    return tuple(
        BoardColumn(
            key, tuple(heapq.nlargest(limit, buckets[key], key=_recency)), len(buckets[key])
        )
        for key in keys
    )


def column_of(app: ApplicationSummary, silence: Silence) -> Stage | None:
    """The column `app`'s card sits in: its furthest stage while open, else None (closed)."""
    if app.outcome.is_closed or silence.covers(app):
        return None
    return app.furthest_stage


def card_status(app: ApplicationSummary, silence: Silence) -> str:
    """The card's last line: how long an open one has been idle, or how a closed one ended."""
    if silence.covers(app):
        return NO_RESPONSE
    if app.outcome.is_closed:
        if app.outcome in (Outcome.ACCEPTED, Outcome.DECLINED):
            return f"Offer {app.outcome.label.lower()}"
        return f"{app.outcome.label} {_HOW_FAR[app.furthest_stage]}"
    return f"{counted(app.days_since_activity(silence.today), 'day')} idle"
