"""The funnel: stage-to-stage rates counted by the rules of DESIGN.md, and the leaking stage.

Every figure starts from one `Track` per application: how far it got (from its
event log), where it stands now and the dates that matter. A track is made from
an `Application` by `track()`, or straight from the facts the database keeps by the
store's lean query (`store.insights.load_tracks`), which follows the same rules in SQL;
both give the same track (a property test checks), and every function here takes
either applications or tracks.

The counting rules, exactly:

* Furthest stage comes from the log, never from the current status, so a
  rejection after a final round still counts as reaching the final round. A
  rejection straight after applying is a response: it counts as reaching
  `responded` and ends the application there.
* An open application still at `applied` that has waited at least
  `no_response_days` since its applied date counts as ended at `applied` with no
  response ("timed out"), just as one the user marked ghosted does. Days inside the
  user's recovery breaks are not counted (`breaks.waiting_days`); without breaks the
  rule is today − applied ≥ N. Withdrawing wins over the timeout. The clock runs from
  the applied date even after a reopen: a reopened application with no reply still has
  had none.
* A reopened application counts by its latest state; earlier events still count
  towards how far it got (a rejection before the reopen remains a response).
* Maturity: a rate that starts at `applied` (application → response, and the
  experiments' interview and offer rates) counts only applications old enough
  to be known, that is sent at least `no_response_days` ago (replied or not).
  Replies come within days but silence only counts after N days, so counting
  younger ones would count their replies and none of their silences. Younger
  ones are "too early": how many of them moved on so far, never a rate.
  Later steps have no time-out; their rate is "early" while more of those
  that reached the step are still open than resolved.
* Ratio k→k+1 = reached(k+1) / resolved(k), where resolved(k) = reached(k+1) plus
  those that ended at k (rejected, ghosted or timed out). Applications still open
  at k are "pending", shown beside the ratio and never counted as failures.
  Withdrawn ones leave the denominator of every step from where they stopped.
  Accepted and declined offers sit at `offer`.
* Every rate carries its sample size (resolved) and a 95% Wilson interval; below
  `min_sample` resolved it is "not enough data yet", with how many more it needs.
* Backfilled dates count for rates (which use no dates but the applied date);
  only the timings leave them out.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from operator import attrgetter
from typing import Any, NamedTuple, TypeVar

from jobdesk.domain.application import (
    Application,
    ApplicationSummary,
    EventKind,
    current_outcome,
    furthest_stage,
)
from jobdesk.domain.breaks import Break, no_response_cutoff
from jobdesk.domain.enums import Channel, Outcome, RejectionReason, SizeBand, Stage, Vocabulary
from jobdesk.domain.errors import UserError
from jobdesk.domain.silence import Silence, is_silent
from jobdesk.domain.stats import wilson_interval
from jobdesk.domain.wording import short_date

STAGES: tuple[Stage, ...] = tuple(Stage)

_Listed = TypeVar("_Listed", bound=ApplicationSummary | Application)
# The five steps of the funnel, by the stage they start from.
STEP_STARTS: tuple[Stage, ...] = STAGES[:-1]


class End(Vocabulary):
    """Where an application's journey stands, for counting (see the module docstring)."""

    PENDING = "pending"
    REJECTED = "rejected"
    GHOSTED = "ghosted"
    TIMED_OUT = "timed_out"
    WITHDRAWN = "withdrawn"
    ACCEPTED = "accepted"
    DECLINED = "declined"

    @property
    def is_failure(self) -> bool:
        """It ended at its furthest stage against the user's wishes: counts in the denominator."""
        return self in _FAILURES

    @property
    def label(self) -> str:
        return _END_LABELS[self]


_FAILURES = frozenset({End.REJECTED, End.GHOSTED, End.TIMED_OUT})
_END_LABELS = {
    End.PENDING: "Still open",
    End.REJECTED: "Rejected",
    End.GHOSTED: "Marked ghosted",
    End.TIMED_OUT: "No response (timed out)",
    End.WITHDRAWN: "Withdrawn",
    End.ACCEPTED: "Offer accepted",
    End.DECLINED: "Offer declined",
}
ENDS: tuple[End, ...] = tuple(End)
_END_INDEX = {end: i for i, end in enumerate(ENDS)}


class Track(NamedTuple):
    """What the insights need to know about one application (a tuple: 100,000 are cheap).

    `stage_dates[k]` is when stage k was reached as its own event (the applied
    date for `applied`; for `responded` the first reply, a rejection at applied
    included), None if the log has no dated event for it (a skipped stage).
    `stage_exact[k]` is False when that date was entered after the fact.
    """

    id: int
    applied_on: date
    furthest: Stage
    outcome: Outcome
    closed_at: Stage | None  # the stage named by the latest outcome event
    reason: RejectionReason | None  # the latest outcome's reason (rejections only)
    stage_dates: tuple[date | None, ...]
    stage_exact: tuple[bool, ...]
    response_on: date | None  # the first sign of any reply, whatever stage it was
    channel: Channel
    resume_variant: str
    size_band: SizeBand
    industry: str
    role_type: str
    seniority: str

    @property
    def ended_at(self) -> Stage:
        """The stage a closed application ended at, for every list that names it: a
        rejection straight after applying is a reply, so it ended at responded."""
        if self.closed_at is Stage.APPLIED and self.outcome is Outcome.REJECTED:
            return Stage.RESPONDED
        return self.closed_at or self.furthest


Tracks = Sequence[Track] | Sequence[Application]

_RANK = {stage: rank for rank, stage in enumerate(STAGES)}
_ALL_EXACT = (True,) * len(STAGES)
_NO_DATES = (None,) * (len(STAGES) - 1)


def track(app: Application) -> Track:
    """The track of one application, from its whole event log by the canonical rules."""
    stage_events: list[tuple[date, bool] | None] = [None] * len(STAGES)
    rejected_at_applied: tuple[date, bool] | None = None
    latest: tuple[Outcome, Stage | None, RejectionReason | None] | None = None
    for event in app.events:
        if event.kind is EventKind.STAGE and event.stage is not None:
            rank = _RANK[event.stage]
            if stage_events[rank] is None:
                stage_events[rank] = (event.on, event.backfilled)
        elif event.kind is EventKind.OUTCOME and event.outcome is not None:
            latest = (event.outcome, event.stage, event.reason)
            if (
                event.outcome is Outcome.REJECTED
                and event.stage is Stage.APPLIED
                and rejected_at_applied is None
            ):
                rejected_at_applied = (event.on, event.backfilled)
    d = app.details
    made = track_from_facts(
        app.id,
        d.applied_on,
        stage_events,
        rejected_at_applied,
        latest,
        d.channel,
        d.resume_variant,
        d.size_band,
        d.industry,
        d.role_type,
        d.seniority,
    )
    # The canonical rules have the last word; the store's facts must agree (tests check).
    return made._replace(furthest=furthest_stage(app.events), outcome=current_outcome(app.events))


def track_from_facts(
    app_id: int,
    applied_on: date,
    stage_events: Sequence[tuple[date, bool] | None],
    rejected_at_applied: tuple[date, bool] | None,
    latest_outcome: tuple[Outcome, Stage | None, RejectionReason | None] | None,
    channel: Channel,
    resume_variant: str,
    size_band: SizeBand,
    industry: str,
    role_type: str,
    seniority: str,
) -> Track:
    """A track from the facts a log gives about it, which schema 4 also keeps per application.

    `stage_events[k]` is the (date, backfilled) of the first stage event for stage k
    (index 0, applied, is ignored); `rejected_at_applied` the first rejection
    logged at `applied`; `latest_outcome` the last outcome event in log order
    (outcome, the stage it names, its reason). Under the change rules (stages
    only move forward; an outcome is logged at the furthest stage, or at
    `applied` for a rejection right after a reply) these are all the log has to
    say about the furthest stage and the outcome. The store's read
    (`store.insights.load_tracks`) works the same out in SQL from the kept facts, with the
    furthest stage and the outcome as the replay gives them (as `track()` does).
    """
    furthest = 0
    dates: list[date | None] = [applied_on, *_NO_DATES]
    exact = list(_ALL_EXACT)
    for rank in range(1, len(STAGES)):
        fact = stage_events[rank]
        if fact is not None:
            dates[rank] = fact[0]
            exact[rank] = not fact[1]
            furthest = max(furthest, rank)
    if rejected_at_applied is not None:
        # A rejection at applied is a reply: the first reply may be this one.
        furthest = max(furthest, 1)
        on, responded_on = rejected_at_applied[0], dates[1]
        if responded_on is None or on < responded_on:
            dates[1] = on
            exact[1] = not rejected_at_applied[1]
    if latest_outcome is None:
        outcome, closed_at, reason = Outcome.ACTIVE, None, None
    else:
        outcome, closed_at, reason = latest_outcome
        if closed_at is not None:
            named = _RANK[closed_at]
            if named == 0 and outcome is Outcome.REJECTED:
                named = 1
            furthest = max(furthest, named)
        if outcome is Outcome.ACCEPTED or outcome is Outcome.DECLINED:
            # An offer accepted or declined was an offer, logged as one or not.
            furthest = len(STAGES) - 1
    response_on = None
    for day in dates[1:]:
        if day is not None and (response_on is None or day < response_on):
            response_on = day
    return Track(
        app_id,
        applied_on,
        STAGES[furthest],
        outcome,
        closed_at,
        reason,
        tuple(dates),
        tuple(exact),
        response_on,
        channel,
        resume_variant,
        size_band,
        industry,
        role_type,
        seniority,
    )


def tracks_of(items: Tracks) -> list[Track]:
    """Tracks for applications (or the tracks themselves, as they are)."""
    return [item if isinstance(item, Track) else track(item) for item in items]


# --- classifying --------------------------------------------------------------------------


def is_mature(
    applied_on: date, today: date, no_response_days: int, breaks: Sequence[Break] = ()
) -> bool:
    """Whether an application sent on `applied_on` is old enough for its reply (or its
    silence) to be known: the no-response period has passed (breaks not counted)."""
    return is_silent(Stage.APPLIED, Outcome.ACTIVE, applied_on, today, no_response_days, breaks)


def end_of(t: Track, today: date, no_response_days: int, breaks: Sequence[Break] = ()) -> End:
    """How `t` counts today (the rules in the module docstring)."""
    outcome = t.outcome
    if outcome is Outcome.WITHDRAWN:
        return End.WITHDRAWN
    if outcome is Outcome.REJECTED:
        return End.REJECTED
    if outcome is Outcome.ACCEPTED:
        return End.ACCEPTED
    if outcome is Outcome.DECLINED:
        return End.DECLINED
    if outcome is Outcome.GHOSTED:
        return End.GHOSTED
    if is_silent(t.furthest, outcome, t.applied_on, today, no_response_days, breaks):
        # Unmarked, N days of silence after applying still counts as no response.
        return End.TIMED_OUT
    return End.PENDING


class Tally:
    """How many applications stopped at each stage with each end: the counts behind every rate.

    `young` holds the same counts for the applications too early to judge (sent less than the
    no-response period ago); they are counted in `counts` as well.
    """

    def __init__(self) -> None:
        self.counts: list[list[int]] = [[0] * len(ENDS) for _ in STAGES]
        self.young: list[list[int]] = [[0] * len(ENDS) for _ in STAGES]

    @classmethod
    def of(
        cls,
        tracks: Iterable[Track],
        today: date,
        no_response_days: int,
        breaks: Sequence[Break] = (),
    ) -> Tally:
        return cls.of_codes(end_codes(tracks, today, no_response_days, breaks))

    @classmethod
    def of_codes(cls, codes: Iterable[int]) -> Tally:
        """The tally of codes made by `end_codes`."""
        return cls.of_counts(Counter(codes))

    @classmethod
    def of_counts(cls, counts: Mapping[int, int]) -> Tally:
        """The tally of how many applications have each code made by `end_codes`."""
        tally = cls()
        width = len(ENDS)
        for code, count in counts.items():
            if code >= YOUNG:
                code -= YOUNG
                tally.young[code // width][code % width] += count
            tally.counts[code // width][code % width] += count
        return tally

    def at(self, stage: Stage, end: End) -> int:
        return self.counts[stage.rank][_END_INDEX[end]]

    def stopped_at(self, stage: Stage) -> int:
        return sum(self.counts[stage.rank])

    def reached(self, stage: Stage) -> int:
        return sum(sum(row) for row in self.counts[stage.rank :])

    @property
    def total(self) -> int:
        return self.reached(Stage.APPLIED)

    @property
    def too_early(self) -> int:
        """Applications too young to judge, whatever has happened to them."""
        return sum(sum(row) for row in self.young)

    def rate(self, start: Stage, end: Stage, min_sample: int) -> Rate:
        """Of those that reached `start`: how many went on to reach `end` (see `Rate`).

        A rate from `applied` counts the old enough only; the younger ones are its
        `too_early` (those that have not withdrawn) and `too_early_moved_on`. Withdrawn ones,
        young or old, leave the count, so reached(start) = resolved + pending + withdrawn +
        too_early.
        """
        if not start < end:
            raise ValueError(f"{start} must come before {end}")
        moved_on, resolved, pending, withdrawn = _split(self.counts, start, end)
        if start is not Stage.APPLIED:
            return Rate.of(moved_on, resolved, pending, withdrawn, min_sample)
        y_moved_on, y_resolved, y_pending, _y_withdrawn = _split(self.young, start, end)
        return Rate.of(
            moved_on - y_moved_on,
            resolved - y_resolved,
            pending - y_pending,
            withdrawn,
            min_sample,
            too_early=y_resolved + y_pending,
            too_early_moved_on=y_moved_on,
        )

    def ended(self, start: Stage, end: Stage) -> dict[End, int]:
        """How many ended on the way from `start` to `end` (rejected, ghosted, timed out): the
        failures of `rate(start, end)`, so the too young aside for a step from `applied`."""
        ended = {e: 0 for e in ENDS if e.is_failure}
        young = start is Stage.APPLIED
        for rank in range(start.rank, end.rank):
            for e in ended:
                i = _END_INDEX[e]
                ended[e] += self.counts[rank][i] - (self.young[rank][i] if young else 0)
        return ended


def _split(counts: list[list[int]], start: Stage, end: Stage) -> tuple[int, int, int, int]:
    """(moved on, resolved, pending, withdrawn) for the step from `start` to `end`."""
    successes = sum(sum(row) for row in counts[end.rank :])
    failures = pending = withdrawn = 0
    for rank in range(start.rank, end.rank):
        row = counts[rank]
        failures += sum(row[_END_INDEX[e]] for e in _FAILURES)
        pending += row[_END_INDEX[End.PENDING]]
        withdrawn += row[_END_INDEX[End.WITHDRAWN]]
    return successes, successes + failures, pending, withdrawn


def end_codes(
    tracks: Iterable[Track], today: date, no_response_days: int, breaks: Sequence[Break] = ()
) -> list[int]:
    """For each track, its furthest stage and `End` packed in one small int (for fast counting),
    plus `YOUNG` when it is too early to judge (sent after `no_response_cutoff`).

    The same rules as `end_of` and `is_mature`, in the one loop that sees every application.
    """
    cutoff = no_response_cutoff(today, no_response_days, breaks)
    width = len(ENDS)
    pending, timed_out = _END_INDEX[End.PENDING], _END_INDEX[End.TIMED_OUT]
    applied, active = Stage.APPLIED, Outcome.ACTIVE
    by_outcome, rank = _OUTCOME_END_INDEX, _RANK
    return [
        (
            rank[t.furthest] * width
            + (
                timed_out
                if t.furthest is applied and t.outcome is active
                else by_outcome.get(t.outcome, pending)
            )
            if t.applied_on <= cutoff
            else YOUNG + rank[t.furthest] * width + by_outcome.get(t.outcome, pending)
        )
        for t in tracks
    ]


def codes_of(
    furthest: Iterable[Stage], outcomes: Iterable[Outcome], applied: Iterable[date], cutoff: date
) -> list[int]:
    """`end_codes` of applications given as their furthest stages, outcomes and applied dates
    (in step), with the no-response cut-off worked out: a look-up each in a table made by the
    rules once (`_code`), so that summaries are counted as tracks are."""
    mature = map(cutoff.__ge__, applied)  # applied on or before the cut-off
    return list(map(_CODES.__getitem__, zip(furthest, outcomes, mature, strict=True)))


def _code(stage: Stage, outcome: Outcome, mature: bool) -> int:
    """One application's end code by the rules (see `end_of`): what `_CODES` holds."""
    width = len(ENDS)
    ended = _OUTCOME_END_INDEX.get(outcome, _END_INDEX[End.PENDING])
    if not mature:
        return YOUNG + _RANK[stage] * width + ended
    if stage is Stage.APPLIED and outcome is Outcome.ACTIVE:
        return _RANK[stage] * width + _END_INDEX[End.TIMED_OUT]
    return _RANK[stage] * width + ended


def cell_code(furthest: Stage, outcome: Outcome, mature: bool) -> int:
    """The end code (`end_codes`) of an application that got to `furthest` and stands at
    `outcome`, sent on or before the no-response cut-off (`mature`) or after it: all that an
    end code depends on, so that a database can count the funnel's cells."""
    return _CODES[furthest, outcome, mature]


def code_of(code: int) -> tuple[Stage, End, bool]:
    """What an end code says: the furthest stage, the end, and whether it is too early."""
    young = code >= YOUNG
    code -= YOUNG if young else 0
    return STAGES[code // len(ENDS)], ENDS[code % len(ENDS)], young


# Added to the end code of an application too young to judge (above every plain code).
YOUNG = len(STAGES) * len(ENDS)
_OUTCOME_END_INDEX = {
    Outcome.WITHDRAWN: _END_INDEX[End.WITHDRAWN],
    Outcome.REJECTED: _END_INDEX[End.REJECTED],
    Outcome.ACCEPTED: _END_INDEX[End.ACCEPTED],
    Outcome.DECLINED: _END_INDEX[End.DECLINED],
    Outcome.GHOSTED: _END_INDEX[End.GHOSTED],
}
_CODES = {
    (stage, outcome, mature): _code(stage, outcome, mature)
    for stage in STAGES
    for outcome in Outcome
    for mature in (True, False)
}
_OUTCOME = attrgetter("outcome")
_APPLIED = attrgetter("applied_on")
_STAGE_REACHED = attrgetter("furthest_stage")  # a summary's
_FURTHEST = attrgetter("furthest")  # a track's
_ID = attrgetter("id")


class KeptTally:
    """The funnel's counts over application summaries (`Tally`), kept current change by
    change: each application's end code is kept, so a changed one moves one count from its
    old code to its new one instead of every application being counted again.

    Good for one `silence` (a day, a no-response period, the breaks): a new one needs a new
    count. The counts are those the Insights make from the tracks, so the leaking stage
    worked out from them is the one the Insights name. The codes are kept a byte each, at
    the application's id (100,000 applications: 100 kB, against 5 MB as a dictionary)."""

    def __init__(
        self,
        apps: Iterable[ApplicationSummary] | Iterable[Track],
        silence: Silence,
        *,
        tracks: bool = False,
    ) -> None:
        """Counts summaries, or with `tracks` the Insights' tracks (the same figures)."""
        self.silence = silence
        self._cutoff = silence.cutoff
        self._stage = _FURTHEST if tracks else _STAGE_REACHED
        listed: Sequence[Any] = apps if isinstance(apps, Sequence) else list(apps)
        codes = codes_of(
            map(self._stage, listed), map(_OUTCOME, listed), map(_APPLIED, listed), self._cutoff
        )
        self._codes = bytearray([_NO_CODE]) * (max(map(_ID, listed), default=0) + 1)
        for app_id, code in zip(map(_ID, listed), codes, strict=True):
            self._codes[app_id] = code
        self._counts = Counter(codes)
        self._kept = len(listed)

    def apply(
        self, rows: Iterable[ApplicationSummary] | Iterable[Track], removed: Iterable[int] = ()
    ) -> None:
        """Take changed applications (as they are stored now) and removed ones in."""
        counts, codes = self._counts, self._codes
        for app_id in removed:
            if app_id < len(codes) and codes[app_id] != _NO_CODE:
                counts[codes[app_id]] -= 1
                codes[app_id] = _NO_CODE
                self._kept -= 1
        for app in rows:
            if app.id >= len(codes):  # a new application: its id is the highest yet
                codes.extend(bytes([_NO_CODE]) * (app.id + 1 - len(codes)))
            before = codes[app.id]
            if before == _NO_CODE:
                self._kept += 1
            else:
                counts[before] -= 1
            code = _CODES[self._stage(app), app.outcome, app.applied_on <= self._cutoff]
            codes[app.id] = code
            counts[code] += 1

    def tally(self) -> Tally:
        return Tally.of_counts(self._counts)

    def __len__(self) -> int:
        """How many applications it counts."""
        return self._kept


_NO_CODE = 255  # no application with this id: every code is below (YOUNG * 2 = 84)


# --- rates --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Rate:
    """`successes` of `resolved` moved on; `pending` are still open and counted nowhere else.

    `withdrawn` left of the user's own accord and are not in `resolved` either.
    The interval is the 95% Wilson interval; `enough` says whether `resolved`
    reaches the minimum sample, and `needed` how many more resolved it takes.
    A rate from `applied` leaves out the applications too young to judge: there are
    `too_early` of them (withdrawn ones aside), `too_early_moved_on` of which moved on so
    far. A rate is `early` while more are still open than resolved.
    """

    successes: int
    resolved: int
    pending: int
    withdrawn: int
    low: float
    high: float
    min_sample: int
    too_early: int = 0
    too_early_moved_on: int = 0

    @classmethod
    def of(
        cls,
        successes: int,
        resolved: int,
        pending: int,
        withdrawn: int,
        min_sample: int,
        too_early: int = 0,
        too_early_moved_on: int = 0,
    ) -> Rate:
        low, high = wilson_interval(successes, resolved)
        return cls(
            successes,
            resolved,
            pending,
            withdrawn,
            low,
            high,
            min_sample,
            too_early,
            too_early_moved_on,
        )

    @property
    def value(self) -> float | None:
        return self.successes / self.resolved if self.resolved else None

    @property
    def failures(self) -> int:
        return self.resolved - self.successes

    @property
    def enough(self) -> bool:
        return self.resolved >= self.min_sample

    @property
    def needed(self) -> int:
        return max(0, self.min_sample - self.resolved)

    @property
    def early(self) -> bool:
        """More of the applications at the step are still open than resolved: whatever the
        rate says now, most of its answer is still to come."""
        return self.pending > self.resolved

    @property
    def judged(self) -> bool:
        """Enough resolved and not early: a rate to draw a conclusion from."""
        return self.enough and not self.early

    def describe(self) -> str:
        """The rate as the app says it: a percentage, or why there is none yet."""
        if not self.resolved and self.too_early:
            return too_early_text(self)
        if not self.enough:
            return not_enough_text(self.needed)
        return f"{percent(self.value)} ({self.successes} of {self.resolved})"


def too_early_text(rate: Rate, moved_on: str = "have replied") -> str:
    """The applications too young to judge, as the app says it: "too early: 8 of 26 have
    replied so far"."""
    return f"too early: {rate.too_early_moved_on} of {rate.too_early} {moved_on} so far"


def early_text(rate: Rate) -> str:
    """Why an early rate is shown pale."""
    return (
        f"early: {rate.pending} still open against {rate.resolved} resolved, so most of the "
        "answer is still to come"
    )


def not_enough_text(needed: int) -> str:
    noun = "application" if needed == 1 else "applications"
    return f"not enough data yet ({needed} more resolved {noun} needed)"


def percent(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.0f}%"


def interval_text(rate: Rate) -> str:
    return f"{rate.low * 100:.0f}–{rate.high * 100:.0f}%"


@dataclass(frozen=True)
class Step:
    """One of the five stage-to-stage ratios."""

    start: Stage
    end: Stage
    rate: Rate

    @property
    def label(self) -> str:
        return step_label(self.start, self.end)

    def too_early_text(self) -> str:
        return too_early_text(self.rate, moved_on_words(self.end))


def moved_on_words(end: Stage) -> str:
    """What moving on to `end` is, after "8 of 26": "have replied", "reached the screen"."""
    return _MOVED_ON.get(end, f"reached the {end.label.lower()}")


_MOVED_ON = {
    Stage.RESPONDED: "have replied",
    Stage.TECHNICAL: "reached the technical round",
    Stage.OFFER: "got an offer",
}


def step_label(start: Stage, end: Stage) -> str:
    names = {Stage.APPLIED: "Application", Stage.RESPONDED: "Response"}
    first = names.get(start, start.label)
    second = {Stage.RESPONDED: "response"}.get(end, end.label.lower())
    return f"{first} → {second}"


@dataclass(frozen=True)
class Funnel:
    """The five ratios and the counts behind them, for one set of applications."""

    tally: Tally
    steps: tuple[Step, ...]

    @property
    def total(self) -> int:
        return self.tally.total

    def step(self, start: Stage) -> Step:
        return self.steps[start.rank]

    def reached(self, stage: Stage) -> int:
        return self.tally.reached(stage)


def funnel(
    items: Tracks,
    today: date,
    no_response_days: int,
    min_sample: int,
    breaks: Sequence[Break] = (),
) -> Funnel:
    """The funnel of `items` (applications or tracks) as counted today."""
    tally = Tally.of(tracks_of(items), today, no_response_days, breaks)
    return funnel_of(tally, min_sample)


def funnel_of(tally: Tally, min_sample: int) -> Funnel:
    steps = tuple(
        Step(start, STAGES[start.rank + 1], tally.rate(start, STAGES[start.rank + 1], min_sample))
        for start in STEP_STARTS
    )
    return Funnel(tally, steps)


# --- the leaking stage --------------------------------------------------------------------

# What usually lies behind a weak step, in our words, after the "identify
# bottlenecks" list of the debugging guide (seed 001).
LIKELY_CAUSES: dict[Stage, tuple[str, ...]] = {
    Stage.APPLIED: (
        "the CV or portfolio does not show, at a glance, what the posting asks for",
        "the roles are a poor fit for your experience, or not the roles you are best at",
        "the way you present yourself: the headline, the level you pitch at",
    ),
    Stage.RESPONDED: (
        "replies that are polite rejections: a mismatch the company can see on paper "
        "(level, must-have skills, location)",
        "aiming at roles that are a stretch for the CV you send",
    ),
    Stage.SCREEN: (
        "how clearly you tell your story and why you want this role",
        "interest that does not come across on the call",
        "a basic mismatch in qualifications that the first call brings out",
    ),
    Stage.TECHNICAL: (
        "a gap in the skills these rounds test",
        "too little practice in the format (live coding, system design, take-home)",
        "thinking silently: not explaining your approach as you work",
    ),
    Stage.FINAL: (
        "fit with the team and how it works",
        "the close: the last conversations and negotiation",
        "a stronger candidate in the same round, often outside your control",
    ),
}

# Where to look, after the upstream/downstream reading of the rejection guide (seed 000).
UPSTREAM_READING = (
    "This is before any interview: look at your CV, the roles you target and how you "
    "position yourself. Interview practice will not fix it."
)
DOWNSTREAM_READING = (
    "You are getting interviews, so the CV is doing its job; the problem is more likely in "
    "the interviews themselves. Your debriefs are the place to look."
)


def reading_for(start: Stage) -> str:
    return UPSTREAM_READING if start < Stage.SCREEN else DOWNSTREAM_READING


@dataclass(frozen=True)
class Leak:
    """The step furthest below its reference rate, and what to make of it."""

    step: Step
    reference: float
    confident: bool  # the whole 95% interval lies below the reference

    @property
    def causes(self) -> tuple[str, ...]:
        return LIKELY_CAUSES[self.step.start]

    @property
    def reading(self) -> str:
        return reading_for(self.step.start)

    @property
    def headline(self) -> str:
        rate = self.step.rate
        return (
            f"{self.step.label} is where your search leaks most: {percent(rate.value)} moved on "
            f"({rate.successes} of {rate.resolved}) against a reference of "
            f"{percent(self.reference)}."
        )

    @property
    def certainty(self) -> str:
        rate = self.step.rate
        if self.confident:
            return (
                f"Even the top of its 95% interval ({interval_text(rate)}) is below the "
                "reference, so this is unlikely to be bad luck."
            )
        return (
            f"Its 95% interval ({interval_text(rate)}) still reaches the reference, so take "
            "it as the first place to look rather than a verdict."
        )


@dataclass(frozen=True)
class LeakReport:
    """The leaking stage, or why none is named."""

    leak: Leak | None
    message: str  # the whole statement, in plain words


def leaking_stage(f: Funnel, references: Mapping[Stage, float]) -> LeakReport:
    """The step furthest below its reference, among steps with enough data that are not early.

    "Furthest below" is measured relative to the reference (rate / reference),
    so a 10-point shortfall on a 20% step weighs more than on a 60% one. Only
    steps whose rate is under their reference can leak; none is named when no
    step has enough data, or when every step that has is at or above its reference. An
    early step (more open than resolved) is never named: its rate may still change a lot.
    The first step counts only applications old enough to be known (see `Tally.rate`).
    `references` maps each step's starting stage to a rate between 0 and 1.
    """
    judged = [s for s in f.steps if s.rate.judged and s.start in references]
    recent = [s.label for s in f.steps if not s.rate.resolved and s.rate.too_early]
    unjudged = [s.label for s in f.steps if not s.rate.enough and s.label not in recent]
    early = [s.label for s in f.steps if s.rate.enough and s.rate.early]
    tail = f" Too little data yet to judge: {', '.join(unjudged)}." if unjudged else ""
    if early:
        tail += f" Too early to judge: {', '.join(early)} (more of them still open than resolved)."
    if recent:
        tail += f" Too recent to judge: {', '.join(recent)} (none of them is old enough yet)."
    if not judged:
        if early:
            return LeakReport(
                None,
                "Too early to name a leaking stage: the steps with enough data still have more "
                "applications open than resolved, so their rates may yet change a lot." + tail,
            )
        closest = _closest(f, recent)
        return LeakReport(
            None,
            "Not enough data yet to name a leaking stage: each step needs at least "
            f"{f.steps[0].rate.min_sample} resolved applications."
            + (
                f" The closest, {closest.label}, needs {closest.rate.needed} more."
                if closest
                else ""
            )
            + (
                f" Too recent to judge: {', '.join(recent)} (none of them is old enough yet)."
                if recent
                else ""
            ),
        )
    below = [s for s in judged if (s.rate.value or 0.0) < references[s.start]]
    if not below:
        return LeakReport(None, "No step is below its reference rate." + tail)
    worst = min(below, key=lambda s: (s.rate.value or 0.0) / references[s.start])
    reference = references[worst.start]
    leak = Leak(worst, reference, confident=worst.rate.high < reference)
    causes = "; ".join(leak.causes)
    message = f"{leak.headline} {leak.certainty} Likely causes: {causes}. {leak.reading}{tail}"
    return LeakReport(leak, message)


def _closest(f: Funnel, recent: Sequence[str]) -> Step | None:
    """The step nearest its minimum sample, where more applications are what it takes: among
    those with some resolved; with none anywhere, the first step of a search that has nothing
    too recent (more applications are the way to start). A step only too recent to judge
    waits for time, not for more applications, so it is never the closest; and with only
    such steps, none is named."""
    started = [s for s in f.steps if s.rate.resolved and s.label not in recent]
    if started:
        return min(started, key=lambda s: s.rate.needed)
    return None if recent else f.steps[0]


# --- date ranges --------------------------------------------------------------------------


@dataclass(frozen=True)
class DateRange:
    """Applications sent between `start` and `end` (inclusive; None is open-ended)."""

    start: date | None = None
    end: date | None = None
    label: str = "All dates"

    @classmethod
    def everything(cls) -> DateRange:
        return cls()

    @classmethod
    def last_days(cls, today: date, days: int) -> DateRange:
        """The last `days` days including today."""
        if days < 1:
            raise UserError("Choose at least one day.")
        return cls(today - timedelta(days=days - 1), today, f"Last {days} days")

    @classmethod
    def between(cls, start: date | None, end: date | None) -> DateRange:
        """A custom range; either end may be open."""
        if start and end and start > end:
            raise UserError(
                f"The range starts ({short_date(start)}) after it ends ({short_date(end)}). "
                "Swap the two dates."
            )
        if start and end:
            label = f"{short_date(start)} – {short_date(end)}"
        elif start:
            label = f"Since {short_date(start)}"
        elif end:
            label = f"Up to {short_date(end)}"
        else:
            return cls.everything()
        return cls(start, end, label)

    @property
    def is_everything(self) -> bool:
        return self.start is None and self.end is None

    def contains(self, day: date) -> bool:
        return (self.start is None or day >= self.start) and (self.end is None or day <= self.end)

    def select(self, tracks: Iterable[Track]) -> list[Track]:
        if self.is_everything:
            return list(tracks)
        return [t for t in tracks if self.contains(t.applied_on)]
