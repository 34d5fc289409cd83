"""Patterns across debriefs, rejection reasons and feedback, and the improvements made
from them, with their effect: no Qt, one read of each source per call."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta

from jobdesk.domain.enums import Outcome, Stage
from jobdesk.domain.errors import UserError
from jobdesk.domain.improvements import (
    Effect,
    Improvement,
    ImprovementDetails,
    ImprovementState,
    check_can_activate,
    clean_improvement,
    effect,
    reached_on,
)
from jobdesk.domain.patterns import Pattern, Rejection, mentions, patterns
from jobdesk.domain.settings import PATTERN_MIN
from jobdesk.domain.topics import TopicList
from jobdesk.services.changes import IMPROVEMENTS, Change, History
from jobdesk.services.insights import Insights
from jobdesk.services.settings import Settings
from jobdesk.services.storage import saving
from jobdesk.store import feedback as feedback_store
from jobdesk.store import improvements as store
from jobdesk.store import interviews as interview_store
from jobdesk.store.tables import database


@dataclass(frozen=True)
class Measured:
    improvement: Improvement
    effect: Effect


_KINDS = frozenset({IMPROVEMENTS})


class Patterns:
    def __init__(
        self,
        insights: Insights,
        settings: Settings,
        today: Callable[[], date] = date.today,
        *,
        history: History | None = None,
    ) -> None:
        self._insights = insights
        self._settings = settings
        self._today = today
        # The one undo history; None only for the read-only commands, which change nothing.
        self._history = history

    def today(self) -> date:
        return self._today()

    def recurring_min(self) -> int:
        return self._settings.get(PATTERN_MIN)

    def topics(self) -> TopicList:
        return TopicList(feedback_store.topics())

    def patterns(self) -> list[Pattern]:
        tracks = self._insights.tracks()
        rejected_on = store.rejection_dates()
        rejections = []
        stage_of: dict[int, Stage] = {}
        for t in tracks:
            if t.outcome is not Outcome.REJECTED:
                continue
            stage = t.ended_at
            stage_of[t.id] = stage
            if t.reason is not None and t.id in rejected_on:
                rejections.append(Rejection(t.id, stage, rejected_on[t.id], t.reason))
        received = [
            (f, stage_of[app_id])
            for app_id, f in feedback_store.all_feedback().items()
            if app_id in stage_of
        ]
        found = mentions(interview_store.debriefs(), rejections, received, self.topics())
        return patterns(found, self._today(), self.recurring_min())

    # --- improvements ---------------------------------------------------------------------

    def improvements(self) -> list[Improvement]:
        return store.improvements()

    def active(self) -> list[Improvement]:
        return [i for i in self.improvements() if i.state is ImprovementState.ACTIVE]

    def start(self, details: ImprovementDetails) -> Change:
        """A new active improvement, or TooManyActive when two are active already."""
        details = clean_improvement(details)
        check_can_activate(self.improvements())
        with saving(database):  # a full disk is said in words, not a crash
            made = Improvement(store.insert(details), details, ImprovementState.ACTIVE)
        description = f"Start “{details.action}”"
        self._record(description, lambda: store.delete(made.id), lambda: store.put_back(made))
        return Change(_KINDS, description)

    def set_state(self, improvement_id: int, state: ImprovementState) -> Change:
        found = {i.id: i for i in self.improvements()}
        if improvement_id not in found:
            raise UserError("That improvement is no longer there.")
        if state is ImprovementState.ACTIVE:
            check_can_activate(found.values(), improvement_id)
        before = found[improvement_id].state
        with saving(database):
            store.set_state(improvement_id, state)
        verb = {"active": "Resume", "paused": "Pause", "finished": "Finish"}[state.value]
        description = f"{verb} “{found[improvement_id].details.action}”"
        self._record(
            description,
            lambda: store.set_state(improvement_id, before),
            lambda: store.set_state(improvement_id, state),
        )
        return Change(_KINDS, description)

    def _record(
        self, description: str, take_back: Callable[[], object], make_again: Callable[[], object]
    ) -> None:
        if self._history is None:
            raise RuntimeError("a read-only Patterns cannot change improvements")
        self._history.record(description, _KINDS, take_back, make_again)

    def load_sample(self) -> Change:
        """The demo's two improvements, on the sample search: one started midway through
        the technical rounds (data on both sides) and one started a week ago (too early)."""
        tracks = self._insights.tracks()
        counting = self._insights.counting()
        today = self._today()
        plan = ImprovementDetails(
            "Practise system design under a timer twice a week",
            "System design",
            Stage.TECHNICAL,
            today,
        )
        days = sorted({on for t in tracks if (on := reached_on(t, Stage.TECHNICAL)) is not None})

        def balance(day: date) -> int:
            e = effect(
                replace(plan, started_on=day),
                tracks,
                (),
                today,
                counting.no_response_days,
                counting.min_sample,
                counting.breaks,
            )
            return min(e.before.resolved, e.after.resolved)

        # The start day that leaves the most resolved on the smaller side.
        with saving(database):
            if days:
                store.insert(replace(plan, started_on=max(days, key=balance)))
            store.insert(
                ImprovementDetails(
                    "Rehearse a two-minute answer to “tell me about yourself”",
                    "Communication",
                    Stage.SCREEN,
                    today - timedelta(days=7),
                )
            )
        return Change(frozenset({IMPROVEMENTS}), "Load the sample improvements")

    def measured(self) -> list[Measured]:
        """Each improvement with its effect, counted by the funnel's rules."""
        counting = self._insights.counting()
        tracks = self._insights.tracks()
        debriefs = interview_store.debriefs()
        return [
            Measured(
                i,
                effect(
                    i.details,
                    tracks,
                    debriefs,
                    self._today(),
                    counting.no_response_days,
                    counting.min_sample,
                    counting.breaks,
                ),
            )
            for i in self.improvements()
        ]
