"""The pipeline's use cases: add, edit, move, close, reopen and delete applications, with undo.

Undo lives here rather than in the UI, so that every change, whatever asked for
it, can be taken back. Each step keeps a snapshot of the applications it touched
from before and after; undoing restores the before, redoing the after.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Any, Protocol

from peewee import SqliteDatabase

from jobdesk.collector import collector_paused
from jobdesk.domain.application import (
    Application,
    ApplicationDetails,
    ApplicationSummary,
    StageEvent,
    check_applied_date_fits,
    clean_details,
    clean_text,
    plan_advance,
    plan_correction,
    plan_missed_step,
    plan_outcome,
)
from jobdesk.domain.enums import Outcome, RejectionReason, SizeBand, Stage
from jobdesk.domain.errors import UserError
from jobdesk.domain.sample import sample_search
from jobdesk.heap import give_back_large_blocks
from jobdesk.services.changes import APPLICATIONS, Change, Update
from jobdesk.services.storage import saving
from jobdesk.store import applications as store
from jobdesk.store import facts
from jobdesk.store import imports as import_store
from jobdesk.store.tables import database

UNDO_LIMIT = 200
# A change to more applications than this is read back whole: one scan beats many lookups.
READ_ALL_ABOVE = 2000


Snapshots = dict[int, Application | None]


class Dependent(Protocol):
    """Another feature's rows that hang off an application (attachments, offers...).

    Registered with `Pipeline.add_dependent`, they are snapshotted with the
    application at every step and put back by undo and redo, so deleting an
    application and undoing it brings them back too.
    """

    kinds: frozenset[str]

    def snapshot(self, app_id: int) -> Any: ...

    def restore(self, app_id: int, snapshot: Any) -> None: ...


@dataclass(frozen=True)
class _Step:
    description: str
    before: Snapshots
    after: Snapshots
    # Per application, one snapshot per registered dependent, in registration order.
    extra_before: dict[int, tuple[Any, ...]] = field(default_factory=dict)
    extra_after: dict[int, tuple[Any, ...]] = field(default_factory=dict)
    kinds: frozenset[str] = frozenset()
    # A change to something other than applications (a recovery break): how to take it
    # back and how to make it again, each run in one transaction.
    take_back: Callable[[], object] | None = None
    make_again: Callable[[], object] | None = None
    # With the applications, something that does not hang off them (the sample's
    # improvements): run after their snapshots are put back, in the same transaction.
    also_back: Callable[[], object] | None = None
    also_again: Callable[[], object] | None = None


# What the sample's `rest` returns: the kinds it touched, and how to take back and make again
# what of it does not hang off an application.
SampleRest = tuple[frozenset[str], Callable[[], object], Callable[[], object]]


@dataclass(frozen=True)
class CompanyChange:
    """Saving an application would change its company's size or industry, which the
    company's `others` other applications share."""

    company: str
    others: tuple[int, ...]
    size_band: SizeBand  # as kept now
    industry: str
    new_size_band: SizeBand
    new_industry: str

    def question(self) -> str:
        """The question to ask, in the user's words."""
        changes = []
        if self.size_band is not self.new_size_band:
            changes.append(f"size from “{self.size_band.label}” to “{self.new_size_band.label}”")
        if self.industry != self.new_industry:
            changes.append(
                f"industry from “{self.industry or 'not recorded'}” to "
                f"“{self.new_industry or 'not recorded'}”"
            )
        n = len(self.others)
        other = "other application" if n == 1 else "other applications"
        return (
            f"{self.company} has {n} {other}. A company's size and industry are kept once "
            f"for all its applications: change its {' and its '.join(changes)} for all "
            f"{n + 1}, or keep them as they are (this application is saved with them too)?"
        )

    def change_text(self) -> str:
        return f"Change for all {len(self.others) + 1}"


KEEP_COMPANY = "Keep them as they are"


class Pipeline:
    """Every change to applications, each reported as a `Change` and undoable."""

    def __init__(self, db: SqliteDatabase, today: Callable[[], date] = date.today) -> None:
        self._db = db
        self._today = today
        self._undo: list[_Step] = []
        self._quiet = 0  # inside `_one_step`: nothing is pushed
        self._redo: list[_Step] = []
        self._dependents: list[Dependent] = []
        self._watchers: list[Callable[[tuple[int, ...]], None]] = []

    def add_dependent(self, dependent: Dependent) -> None:
        self._dependents.append(dependent)

    def watch(self, touched: Callable[[tuple[int, ...]], None]) -> None:
        """Call `touched` with the ids of the applications each saved change touched."""
        self._watchers.append(touched)

    def written_elsewhere(self, app_ids: Iterable[int]) -> None:
        """Applications another service wrote without a pipeline step (a whole-search
        import): the watchers (the Insights' kept tracks) read them again."""
        self._touched(app_ids)

    def _touched(self, app_ids: Iterable[int]) -> None:
        ids = tuple(app_ids)
        for watcher in self._watchers:
            watcher(ids)

    # --- reading --------------------------------------------------------------------------

    def today(self) -> date:
        return self._today()

    def applications(self) -> list[Application]:
        """Every application with its whole log (slow on a large search: lists use summaries)."""
        return store.load_all()

    def find(self, app_id: int) -> Application | None:
        """The application with its whole log, or None when it is gone."""
        return store.load(app_id)

    def summaries(self, app_ids: Iterable[int] | None = None) -> list[ApplicationSummary]:
        """What the lists show of `app_ids` (those still stored), or of every application."""
        return facts.summaries(app_ids)

    def count(self) -> int:
        return facts.count()

    def newest(self, limit: int) -> list[ApplicationSummary]:
        """The summaries of the `limit` applications sent last (newest first)."""
        return facts.newest(limit)

    @staticmethod
    def read_all_on_worker() -> list[ApplicationSummary]:
        """Every summary, for a worker thread: read on that thread's own connection, closed
        after, so a large search opens without holding up the window."""
        give_back_large_blocks()  # before the first of a large search's many big lists
        try:
            with collector_paused():
                return facts.summaries()
        finally:
            database.close()

    def update_for(self, change: Change) -> Update:
        """`change` with the applications it touched read back once, for every view to share."""
        if change.everything or len(change.application_ids) > READ_ALL_ABOVE:
            return Update(replace(change, everything=True), tuple(self.summaries()))
        if APPLICATIONS not in change.kinds or not change.application_ids:
            return Update(change)
        rows = self.summaries(change.application_ids)
        found = {row.id for row in rows}
        removed = tuple(i for i in change.application_ids if i not in found)
        return Update(change, tuple(rows), removed)

    def application(self, app_id: int) -> Application:
        app = store.load(app_id)
        if app is None:
            raise UserError("That application no longer exists; it may have been deleted.")
        return app

    def companies(self) -> list[tuple[str, SizeBand, str]]:
        return store.company_names()

    def resume_variants(self) -> list[str]:
        return store.resume_variants()

    def company_change(
        self, details: ApplicationDetails, app_id: int | None = None
    ) -> CompanyChange | None:
        """What saving `details` (for `app_id`, or as a new application) would change for the
        company's other applications; None when it changes nothing they share."""
        kept = store.company_facts(details.company.strip())
        if kept is None:
            return None
        name, size_band, industry = kept
        new_industry = clean_text(details.industry, "industry")
        if (size_band, industry) == (details.size_band, new_industry):
            return None
        others = tuple(i for i in store.ids_of_company(details.company.strip()) if i != app_id)
        if not others:
            return None
        return CompanyChange(name, others, size_band, industry, details.size_band, new_industry)

    def _company_kept(
        self, details: ApplicationDetails, app_id: int | None, company_wide: bool
    ) -> tuple[ApplicationDetails, tuple[int, ...]]:
        """`details` as they may be saved, and the other applications they change: the
        company's size and industry change for the others only when asked to."""
        change = self.company_change(details, app_id)
        if change is None:
            return details, ()
        if company_wide:
            return details, change.others
        return replace(details, size_band=change.size_band, industry=change.industry), ()

    def is_empty(self) -> bool:
        return not store.has_any()

    # --- changes --------------------------------------------------------------------------

    def add(self, details: ApplicationDetails, *, company_wide: bool = False) -> Change:
        """Add an application. A size or industry that differs from its company's changes
        the company's other applications only with `company_wide` (see `company_change`);
        otherwise the company's are kept, and this one is saved with them."""
        details = clean_details(details, self._today())
        details, others = self._company_kept(details, None, company_wide)
        description = f"Add {_name(details)}"
        with saving(self._db):
            # The others are snapshotted too, so that undo puts the company's facts back.
            before: Snapshots = {i: store.load(i) for i in others}
            app_id = store.insert(details)
            after: Snapshots = {app_id: store.load(app_id), **{i: store.load(i) for i in others}}
        before = {app_id: None, **before}
        self._touched((app_id, *others))
        self._push(_Step(description, before, after))
        return Change(frozenset({APPLICATIONS}), description, (app_id, *others))

    def edit(
        self, app_id: int, details: ApplicationDetails, *, company_wide: bool = False
    ) -> Change:
        """Edit an application; its company's size and industry as in `add`."""
        details = clean_details(details, self._today())
        details, others = self._company_kept(details, app_id, company_wide)

        def change(app: Application) -> None:
            if app.id == app_id:
                check_applied_date_fits(app, details.applied_on)
                store.update_details(app_id, details)

        # The other applications of the company are in the step when their facts change;
        # first, so that their snapshots are taken before the company's facts change.
        edited = self._change([*others, app_id], f"Edit {_name(details)}", change)
        return replace(edited, application_ids=(app_id, *others))

    def advance(self, app_id: int, stage: Stage, on: date | None = None) -> Change:
        def change(app: Application) -> None:
            store.append_event(app_id, plan_advance(app, stage, on or self._today(), self._today()))

        app = self.application(app_id)
        return self._change([app_id], f"Move {_name(app.details)} to {stage.label}", change)

    def add_missed_step(self, app_id: int, stage: Stage, on: date) -> Change:
        """Log a stage the application went through but the log skipped, on its true date
        (kept as backfilled), even though a later stage is already reached."""

        def change(app: Application) -> None:
            store.append_event(app_id, plan_missed_step(app, stage, on, self._today()))

        app = self.application(app_id)
        return self._change([app_id], f"Add {stage.label} to {_name(app.details)}", change)

    def correct(self, app_id: int, event_id: int, note: str = "") -> Change:
        """Void a wrong event by a correction appended after it: the log keeps the event,
        nothing counts it any more, and undo takes the correction back."""

        def change(app: Application) -> None:
            store.append_correction(app_id, plan_correction(app, event_id, self._today(), note))

        app = self.application(app_id)
        event = next((e for e in app.events if e.id == event_id), None)
        what = f"“{event.summary}”" if event is not None else "an entry"
        return self._change([app_id], f"Correct {what} of {_name(app.details)}", change)

    def reject(
        self,
        app_id: int,
        on: date | None = None,
        *,
        stage: Stage | None = None,
        reason: RejectionReason | None = None,
        note: str = "",
    ) -> Change:
        return self._close(app_id, Outcome.REJECTED, on, stage=stage, reason=reason, note=note)

    def withdraw(self, app_id: int, on: date | None = None, note: str = "") -> Change:
        return self._close(app_id, Outcome.WITHDRAWN, on, note=note)

    def mark_ghosted(self, app_id: int, on: date | None = None) -> Change:
        return self._close(app_id, Outcome.GHOSTED, on)

    def accept_offer(self, app_id: int, on: date | None = None, note: str = "") -> Change:
        return self._close(app_id, Outcome.ACCEPTED, on, note=note)

    def decline_offer(self, app_id: int, on: date | None = None, note: str = "") -> Change:
        return self._close(app_id, Outcome.DECLINED, on, note=note)

    def reopen(self, app_id: int, on: date | None = None, note: str = "") -> Change:
        return self._close(app_id, Outcome.ACTIVE, on, note=note)

    def delete(self, app_ids: Iterable[int]) -> Change:
        ids = list(dict.fromkeys(app_ids))
        if not ids:
            raise UserError("Select the applications to delete first.")
        if len(ids) == 1:
            description = f"Delete {_name(self.application(ids[0]).details)}"
        else:
            description = f"Delete {len(ids)} applications"

        def change(_app: Application) -> None:
            store.delete(_app.id)

        return self._change(ids, description, change)

    def load_sample(
        self, recorded_at: datetime | None = None, *, rest: Callable[[], SampleRest] | None = None
    ) -> Change:
        """Fill the pipeline with the sample search (one undoable step), its events logged
        at `recorded_at` (naive, on this computer's clock; default: now). The demo gives its
        own clock's moment, so that a rejection it holds lands on that clock too.

        `rest` loads what goes with it in the same transaction and the same step: what hangs
        off the applications comes back and goes with them; for what does not, it returns
        the kinds it touched and how to take them back and make them again."""
        before: Snapshots = {}
        after: Snapshots = {}
        extra_after: dict[int, tuple[Any, ...]] = {}
        kinds: frozenset[str] = frozenset()
        take_back = make_again = None
        with saving(self._db):
            for item in sample_search(self._today()):
                events = item.events
                if recorded_at is not None:
                    events = tuple(replace(e, recorded_at=recorded_at) for e in events)
                app_id = store.insert(item.details, events)
                before[app_id] = None
            if rest is not None:
                self._touched(before)  # the rest reads them (the insights' tracks)
                with self._one_step():  # the rest's own steps are part of this one
                    kinds, take_back, make_again = rest()
            for app_id in before:
                after[app_id] = store.load(app_id)
                if rest is not None:
                    extra_after[app_id] = self._snapshot_dependents(app_id)
        self._touched(after)
        description = "Load the sample search"
        self._push(
            _Step(
                description,
                before,
                after,
                extra_after=extra_after,
                kinds=kinds,
                also_back=take_back,
                also_again=make_again,
            )
        )
        return Change(frozenset({APPLICATIONS}) | kinds, description, tuple(after))

    def add_many(
        self,
        new: Sequence[tuple[ApplicationDetails, tuple[StageEvent, ...]]],
        merges: Sequence[tuple[int, ApplicationDetails, tuple[StageEvent, ...]]],
        description: str,
        progress: Callable[[int], None] | None = None,
    ) -> Change:
        """Add `new` applications and extend others (`merges`: their details as they become,
        and their log with the added events, those without an id) as ONE undoable step, all
        or nothing: an import. `progress(done)` is told as rows are written; an exception it
        raises (the user cancelled) rolls every row back."""
        before: Snapshots = {}
        after: Snapshots = {}
        done = 0
        with saving(self._db):
            for app_id, details, events in merges:
                before[app_id] = self.application(app_id)
                store.update_details(app_id, details)
                for event in events:
                    if event.id is None:
                        store.append_event(app_id, event)
                after[app_id] = store.load(app_id)
                done += 1
                if progress is not None and done % 50 == 0:
                    progress(done)
            for details, events in new:
                app = import_store.insert_new(details, events)
                before[app.id] = None
                after[app.id] = app
                done += 1
                if progress is not None and done % 50 == 0:
                    progress(done)
        self._touched(after)
        self._push(_Step(description, before, after))
        return Change(frozenset({APPLICATIONS}), description, tuple(after), everything=True)

    # --- undo -----------------------------------------------------------------------------

    def forget_history(self) -> None:
        """Start a fresh undo history (after the demo's sample is loaded)."""
        self._undo.clear()
        self._redo.clear()

    def undo_text(self) -> str | None:
        return self._undo[-1].description if self._undo else None

    def redo_text(self) -> str | None:
        return self._redo[-1].description if self._redo else None

    def undo(self) -> Change:
        if not self._undo:
            raise UserError("There is nothing to undo.")
        step = self._undo[-1]
        if step.take_back is not None:
            with saving(self._db), self._one_step():
                step.take_back()
            self._redo.append(self._undo.pop())
            return Change(step.kinds, f"Undo {step.description}")
        with self._one_step():
            self._apply(step.before, step.extra_before, step.also_back)
        self._redo.append(self._undo.pop())
        kinds = frozenset({APPLICATIONS}) | step.kinds
        return Change(kinds, f"Undo {step.description}", tuple(step.before))

    def redo(self) -> Change:
        if not self._redo:
            raise UserError("There is nothing to redo.")
        step = self._redo[-1]
        if step.make_again is not None:
            with saving(self._db), self._one_step():
                step.make_again()
            self._undo.append(self._redo.pop())
            return Change(step.kinds, f"Redo {step.description}")
        with self._one_step():
            self._apply(step.after, step.extra_after, step.also_again)
        self._undo.append(self._redo.pop())
        kinds = frozenset({APPLICATIONS}) | step.kinds
        return Change(kinds, f"Redo {step.description}", tuple(step.after))

    def record(
        self,
        description: str,
        kinds: frozenset[str],
        take_back: Callable[[], object],
        make_again: Callable[[], object],
    ) -> None:
        """Another service's change that touches no application (it is already saved), as
        one step of the shared undo history: Ctrl+Z runs `take_back`, Ctrl+Shift+Z
        `make_again`, and the change they report names `kinds`."""
        self._push(
            _Step(description, {}, {}, kinds=kinds, take_back=take_back, make_again=make_again)
        )

    # --- internals ------------------------------------------------------------------------

    def _close(
        self,
        app_id: int,
        outcome: Outcome,
        on: date | None,
        *,
        stage: Stage | None = None,
        reason: RejectionReason | None = None,
        note: str = "",
    ) -> Change:
        def change(app: Application) -> None:
            event: StageEvent = plan_outcome(
                app,
                outcome,
                on or self._today(),
                self._today(),
                stage=stage,
                reason=reason,
                note=note,
            )
            store.append_event(app_id, event)

        app = self.application(app_id)
        verb = {
            Outcome.ACTIVE: "Reopen",
            Outcome.REJECTED: "Log rejection for",
            Outcome.WITHDRAWN: "Withdraw",
            Outcome.GHOSTED: "Mark ghosted:",
            Outcome.ACCEPTED: "Accept offer from",
            Outcome.DECLINED: "Decline offer from",
        }[outcome]
        return self._change([app_id], f"{verb} {_name(app.details)}", change)

    def step(
        self,
        app_ids: list[int],
        description: str,
        change: Callable[[Application], None],
        kinds: frozenset[str] = frozenset(),
    ) -> Change:
        """Another service's change to applications and their dependents' rows, as one step
        of the shared undo history; `kinds` says what else it touched, for refreshing."""
        return self._change(app_ids, description, change, kinds)

    def _change(
        self,
        app_ids: list[int],
        description: str,
        change: Callable[[Application], None],
        kinds: frozenset[str] = frozenset(),
    ) -> Change:
        """Run `change` on each application in one transaction and record it for undo."""
        before: Snapshots = {}
        after: Snapshots = {}
        extra_before: dict[int, tuple[Any, ...]] = {}
        extra_after: dict[int, tuple[Any, ...]] = {}
        with saving(self._db):
            for app_id in app_ids:
                app = self.application(app_id)
                before[app_id] = app
                extra_before[app_id] = self._snapshot_dependents(app_id)
                change(app)
            touched = set(kinds)
            for app_id in app_ids:
                after[app_id] = store.load(app_id)
                now = self._snapshot_dependents(app_id)
                if after[app_id] is not None:
                    extra_after[app_id] = now
                for dependent, old, new in zip(
                    self._dependents, extra_before[app_id], now, strict=True
                ):
                    if old != new:
                        touched |= dependent.kinds
        self._touched(app_ids)
        self._push(_Step(description, before, after, extra_before, extra_after, frozenset(touched)))
        return Change(frozenset({APPLICATIONS}) | kinds, description, tuple(app_ids))

    def _snapshot_dependents(self, app_id: int) -> tuple[Any, ...]:
        return tuple(d.snapshot(app_id) for d in self._dependents)

    @contextmanager
    def _one_step(self) -> Iterator[None]:
        """While a step is being taken back, made again or loaded with the sample, the
        services it calls record nothing of their own: it is one step of the history, and
        a step pushed meanwhile would be the one popped."""
        self._quiet += 1
        try:
            yield
        finally:
            self._quiet -= 1

    def _push(self, step: _Step) -> None:
        if self._quiet:
            return
        self._undo.append(step)
        del self._undo[:-UNDO_LIMIT]
        self._redo.clear()

    def _apply(
        self,
        snapshots: Snapshots,
        extras: dict[int, tuple[Any, ...]] | None = None,
        also: Callable[[], object] | None = None,
    ) -> None:
        with saving(self._db):
            for app_id, snapshot in snapshots.items():
                if snapshot is None:
                    store.delete(app_id)
                else:
                    store.restore(snapshot)
                    saved = (extras or {}).get(app_id, ())
                    for dependent, dependent_snapshot in zip(self._dependents, saved, strict=False):
                        dependent.restore(app_id, dependent_snapshot)
            if also is not None:
                also()
        self._touched(snapshots)


def _name(details: ApplicationDetails) -> str:
    return f"{details.company} — {details.role_title}"
