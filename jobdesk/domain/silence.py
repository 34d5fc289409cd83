"""The no-response rule: an open application never answered within the no-response period
counts as "no response" everywhere (DESIGN.md, "One story"). Its own small module, so that
the lists, which ask it for every row, need not load the funnel's counting to show a row."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from typing import Protocol, TypeVar

from jobdesk.domain.application import Application, ApplicationSummary
from jobdesk.domain.breaks import Break, no_response_cutoff, waiting_days
from jobdesk.domain.enums import Outcome, Stage

_Listed = TypeVar("_Listed", bound=ApplicationSummary | Application)


def is_silent(
    furthest: Stage,
    outcome: Outcome,
    applied_on: date,
    today: date,
    no_response_days: int,
    breaks: Sequence[Break] = (),
) -> bool:
    """Whether an application counts as "no response" without being marked so: still open,
    never answered, and it has waited `no_response_days` since it was sent, not counting
    days inside recovery breaks (with no break: today − applied ≥ N).

    The one home of the rule: the funnel's timeouts, the pipeline's Active filter and its
    Outcome column, the status bar and Today all ask it (or `Silence`, or `end_codes`,
    which count the same days through `no_response_cutoff`), so they tell one story. What
    counts as "no response" in all (these, and those marked ghosted before any reply) is
    `Silence.no_response`.
    """
    return (
        outcome is Outcome.ACTIVE
        and furthest is Stage.APPLIED
        and waiting_days(applied_on, today, breaks) >= no_response_days
    )


# What every view calls an application that counts as having had no reply.
NO_RESPONSE = "No response"


class Standing(Protocol):
    """What the no-response rule reads: a summary or a whole application."""

    @property
    def furthest_stage(self) -> Stage: ...
    @property
    def outcome(self) -> Outcome: ...
    @property
    def applied_on(self) -> date: ...


@dataclass(frozen=True)
class Silence:
    """The no-response rule as of one day, for the lists: which summaries count as silent."""

    today: date
    no_response_days: int
    breaks: tuple[Break, ...] = field(default=())

    @cached_property
    def cutoff(self) -> date:
        """Sent on or before this day, an unanswered application has waited long enough
        (`is_silent`'s count, worked out once rather than for each of 100,000 rows)."""
        return no_response_cutoff(self.today, self.no_response_days, self.breaks)

    def covers(self, app: Standing) -> bool:
        return (
            app.outcome is Outcome.ACTIVE
            and app.furthest_stage is Stage.APPLIED
            and app.applied_on <= self.cutoff
        )

    def no_response(self, app: Standing) -> bool:
        """Whether `app` counts as "no response" (DESIGN.md's one story): never answered, and
        either marked ghosted or open past the no-response period (`covers`). The Flow's "No
        response" node (ghosted or timed out at applied), the status bar's count, the table's
        Outcome, the details, the board's cards and the composer all mean these."""
        if app.furthest_stage is not Stage.APPLIED:
            return False
        outcome = app.outcome
        return outcome is Outcome.GHOSTED or (
            outcome is Outcome.ACTIVE and app.applied_on <= self.cutoff
        )

    def no_response_ids(self, apps: Iterable[ApplicationSummary]) -> set[int]:
        """The ids of those of `apps` that `no_response` takes, in one pass written out (a
        call per row costs more than the rest at 100,000 rows)."""
        cutoff, applied = self.cutoff, Stage.APPLIED
        active, ghosted = Outcome.ACTIVE, Outcome.GHOSTED
        return {
            app.id
            for app in apps
            if app.furthest_stage is applied
            and (app.outcome is ghosted or (app.outcome is active and app.applied_on <= cutoff))
        }

    def outcome_label(self, app: Standing) -> str:
        """The outcome as the table, the details, the dialogs and the composer say it: "No
        response" for one that never had a reply (`no_response`), whatever its stored outcome."""
        return NO_RESPONSE if self.no_response(app) else app.outcome.label

    def split_open(self, apps: Iterable[_Listed]) -> tuple[list[_Listed], list[_Listed]]:
        """The open applications of `apps` in one pass: those `covers` takes (silent), and
        those still moving. Written out rather than calling `covers` per row: at 100,000
        rows the calls alone cost more than the rest of Today."""
        cutoff, active, applied = self.cutoff, Outcome.ACTIVE, Stage.APPLIED
        silent: list[_Listed] = []
        moving: list[_Listed] = []
        for app in apps:
            if app.outcome is active:
                if app.furthest_stage is applied and app.applied_on <= cutoff:
                    silent.append(app)
                else:
                    moving.append(app)
        return silent, moving

    def days(self, app: ApplicationSummary) -> int:
        """How long `app` has waited for a reply since it was sent."""
        return (self.today - app.applied_on).days

    def count(self, apps: Iterable[ApplicationSummary]) -> int:
        return sum(1 for app in apps if self.covers(app))
