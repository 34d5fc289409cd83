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
from operator import attrgetter

from jobdesk.domain.application import ApplicationSummary
from jobdesk.domain.by_id import place_for, place_of
from jobdesk.domain.enums import Outcome, Stage
from jobdesk.domain.silence import NO_RESPONSE, Silence
from jobdesk.domain.wording import counted

CLOSED_TITLE = "Closed"
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


# The most recently active first; on the same day the newer application. Chosen by the day
# alone from a column's cards newest first (`heapq.nlargest` keeps the first of equal ones,
# as a stable sort does): a date compares faster than a (day, id) pair made for each card,
# and choosing the first 100 of 95,000 takes half as long.
_LAST_ACTIVITY = attrgetter("last_activity")
_ID = attrgetter("id")

ColumnKey = Stage | None  # None: the closed applications


class Board:
    """Every application's card by column, kept current change by change, so a move reads
    two columns again, not 100,000 applications."""

    def __init__(
        self,
        apps: Iterable[ApplicationSummary],
        silence: Silence,
        limit: int,
        *,
        in_id_order: bool = False,
    ) -> None:
        """`in_id_order`: `apps` come in id order (as the window's rows do), so the columns
        need no sorting by id (at 100,000 applications a pass over all of them)."""
        self.silence = silence
        self.limit = limit
        # Each column's cards in id order, found by binary search: lists rather than
        # dictionaries by id, which held 5 MB more at 100,000 applications.
        self._buckets: dict[ColumnKey, list[ApplicationSummary]] = {s: [] for s in Stage}
        self._buckets[None] = []
        # Each column's first cards, kept until a change touches the column: showing the
        # closed ones again, or redrawing the columns a move left alone, does not pick them
        # again (the closed column's first 100 of 95,000 took about 7 ms at 100,000).
        self._firsts: dict[ColumnKey, tuple[ApplicationSummary, ...]] = {}
        buckets = self._buckets
        # `column_of` written out, `Silence.covers` too: a call per row costs more than the
        # rest of the loop at 100,000 applications.
        active, applied, cutoff = Outcome.ACTIVE, Stage.APPLIED, silence.cutoff
        closed = buckets[None]
        for app in apps:
            key: ColumnKey = app.furthest_stage
            if app.outcome is not active or (key is applied and app.applied_on <= cutoff):
                closed.append(app)
            else:
                buckets[key].append(app)
        if not in_id_order:
            for bucket in buckets.values():
                bucket.sort(key=_ID)

    def apply(
        self, rows: Iterable[ApplicationSummary], removed: Iterable[int] = ()
    ) -> set[ColumnKey]:
        """Take changed and removed applications in; the columns whose cards changed."""
        touched: set[ColumnKey] = set()
        for app_id in removed:
            held = self._holding(app_id)
            if held is not None:
                del self._buckets[held[0]][held[1]]
                touched.add(held[0])
        for app in rows:
            held = self._holding(app.id)
            if held is not None:
                del self._buckets[held[0]][held[1]]
                touched.add(held[0])
            new = column_of(app, self.silence)
            bucket = self._buckets[new]
            bucket.insert(place_for(bucket, app.id), app)
            touched.add(new)
        for key in touched:
            self._firsts.pop(key, None)
        return touched

    def _holding(self, app_id: int) -> tuple[ColumnKey, int] | None:
        """The column `app_id`'s card is in and its place there (None: none). Looked up in
        each column rather than kept in a map of its own: the board is kept while the window
        is open, and a map of 100,000 entries would cost memory for a few lookups per change."""
        for key, bucket in self._buckets.items():
            at = place_of(bucket, app_id)
            if at is not None:
                return key, at
        return None

    @property
    def total(self) -> int:
        """How many applications the board holds, in every column."""
        return sum(map(len, self._buckets.values()))

    def column(self, key: ColumnKey) -> BoardColumn:
        bucket = self._buckets[key]
        firsts = self._firsts.get(key)
        if firsts is None:
            firsts = tuple(heapq.nlargest(self.limit, reversed(bucket), key=_LAST_ACTIVITY))
            self._firsts[key] = firsts
        return BoardColumn(key, firsts, len(bucket))

    def columns(self, *, closed: bool = True) -> tuple[BoardColumn, ...]:
        """The columns in stage order, the closed one last (if `closed`)."""
        keys: list[ColumnKey] = [*Stage, None] if closed else list(Stage)
        return tuple(self.column(key) for key in keys)


def board_columns(
    apps: Iterable[ApplicationSummary], silence: Silence, limit: int, *, closed: bool = True
) -> tuple[BoardColumn, ...]:
    """The columns in stage order (the closed one last, if `closed`), each with its `limit`
    most recently active cards (ties: the newer application first)."""
    return Board(apps, silence, limit).columns(closed=closed)


def column_of(app: ApplicationSummary, silence: Silence) -> Stage | None:
    """The column `app`'s card sits in: its furthest stage while open, else None (closed)."""
    if app.outcome.is_closed or silence.covers(app):
        return None
    return app.furthest_stage


def card_status(app: ApplicationSummary, silence: Silence) -> str:
    """The card's last line: how long an open one has been idle, or how a closed one ended."""
    if silence.no_response(app):  # silent, or marked ghosted before any reply
        return NO_RESPONSE
    if app.outcome.is_closed:
        if app.outcome in (Outcome.ACCEPTED, Outcome.DECLINED):
            return f"Offer {app.outcome.label.lower()}"
        return f"{app.outcome.label} {_HOW_FAR[app.furthest_stage]}"
    idle = app.days_since_activity(silence.today)
    return "Active today" if idle <= 0 else f"{counted(idle, 'day')} idle"
