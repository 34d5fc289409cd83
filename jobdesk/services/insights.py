"""The Insights: loads the applications' tracks and the settings, and asks the domain.

The window's Insights tab and the `jobdesk stats` command both go through here,
so they always show the same figures.
"""

from __future__ import annotations

import heapq
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cached_property, partial
from operator import attrgetter

from jobdesk.domain.activity import (
    Rejections,
    StageTime,
    Week,
    rejections,
    time_in_stage,
    weekly_activity,
)
from jobdesk.domain.application import ApplicationSummary
from jobdesk.domain.breaks import Break, no_response_cutoff
from jobdesk.domain.by_id import place_for, place_of
from jobdesk.domain.enums import Stage
from jobdesk.domain.experiments import (
    Breakdown,
    Dimension,
    Metric,
    breakdown,
    breakdown_of_counts,
)
from jobdesk.domain.flow import Flow, flow_of
from jobdesk.domain.funnel import (
    DateRange,
    Funnel,
    KeptTally,
    LeakReport,
    Tally,
    Track,
    funnel_of,
    leaking_stage,
)
from jobdesk.domain.how_it_counts import (
    EXAMPLE,
    Figures,
    Rule,
    counting_rules,
    figures_of,
    how_it_counts,
)
from jobdesk.domain.settings import (
    FOLLOW_UP_DAYS,
    MIN_SAMPLE,
    NO_RESPONSE_DAYS,
    REFERENCE_FINAL,
    REFERENCE_OFFER,
    REFERENCE_RESPONSE,
    REFERENCE_SCREEN,
    REFERENCE_TECHNICAL,
    Setting,
)
from jobdesk.domain.silence import Silence
from jobdesk.heap import give_back_large_blocks
from jobdesk.services.settings import Settings
from jobdesk.store import insights as store

# Each step's reference rate, by the stage the step starts from.
REFERENCE_SETTINGS: dict[Stage, Setting[int]] = {
    Stage.APPLIED: REFERENCE_RESPONSE,
    Stage.RESPONDED: REFERENCE_SCREEN,
    Stage.SCREEN: REFERENCE_TECHNICAL,
    Stage.TECHNICAL: REFERENCE_FINAL,
    Stage.FINAL: REFERENCE_OFFER,
}


@dataclass(frozen=True)
class Counting:
    """The settings every figure is counted with."""

    no_response_days: int
    min_sample: int
    references: dict[Stage, float]  # 0..1, by the stage a step starts from
    breaks: tuple[Break, ...] = ()  # recovery breaks: their days do not count towards timeouts


class View:
    """Everything the Insights show for one date range (and for all dates, to compare).

    The funnel is counted at once; the other figures the first time they are asked for,
    so a window that shows one page at a time counts only what it shows. A view made from
    the funnel's counts alone (`Insights.tally_view`, `Insights.counted_view`) has no tracks:
    it holds the funnel, the leaking stage and the flow, and nothing that needs each
    application's dates.
    """

    def __init__(
        self,
        tracks: list[Track] | None,
        today: date,
        date_range: DateRange,
        counting: Counting,
        overall: View | None,  # the same for all dates, when the range is narrower
        tally: Tally | None = None,  # the tally of `tracks`, when kept already
    ) -> None:
        self._tracks = tracks
        self.today = today
        self.date_range = date_range
        self.counting = counting
        self.overall = overall
        if tally is None:
            tally = Tally.of(self.tracks, today, counting.no_response_days, counting.breaks)
        self._tally = tally
        self.funnel: Funnel = funnel_of(self._tally, counting.min_sample)

    @property
    def has_tracks(self) -> bool:
        """Whether the figures that need each application's dates can be worked out."""
        return self._tracks is not None

    @property
    def tracks(self) -> list[Track]:
        if self._tracks is None:
            raise ValueError("this view holds the funnel's counts only")
        return self._tracks

    @cached_property
    def leak(self) -> LeakReport:
        return leaking_stage(self.funnel, self.counting.references)

    @cached_property
    def flow(self) -> Flow:
        return flow_of(self._tally)

    @cached_property
    def activity(self) -> list[Week]:
        c, r = self.counting, self.date_range
        return weekly_activity(
            self.tracks, self.today, c.no_response_days, c.min_sample, r.start, r.end, c.breaks
        )

    @cached_property
    def rejections(self) -> Rejections:
        return rejections(self.tracks)

    @cached_property
    def times(self) -> list[StageTime]:
        c = self.counting
        return time_in_stage(self.tracks, self.today, c.no_response_days, c.breaks)

    @property
    def applications(self) -> int:
        return self.funnel.total

    @property
    def is_empty(self) -> bool:
        return self.funnel.total == 0


@dataclass(frozen=True)
class Experiment:
    breakdown: Breakdown
    overall: Breakdown | None  # for all dates, when the range is narrower


class Insights:
    """Read-only: figures about the applications, counted by the domain's rules."""

    def __init__(
        self,
        settings: Settings,
        today: Callable[[], date] = date.today,
        breaks: Callable[[], tuple[Break, ...]] = tuple,
        no_response_days: int | None = None,
    ) -> None:
        self._settings = settings
        self._today = today
        self._breaks = breaks
        # Counts with this no-response period instead of the setting (`jobdesk stats
        # --no-response-days`: one run, the setting itself untouched).
        self._no_response_days = no_response_days
        # Every application's track in id order, read once and then kept up to date by the ids
        # the pipeline reports after each change (`forget`); None until first needed. One list,
        # not a dictionary by id beside it: at 100,000 applications that is 5 MB less.
        self._tracks: list[Track] | None = None
        self._stale: set[int] = set()
        # A change was reported: the next `tracks()` hands out a new list (see `view`).
        self._renew = False
        self._marker: int | None = None
        # The view of every date last worked out, with what it was worked out from: Today
        # and the Insights tab ask for it in turn, and at 100,000 applications it is felt.
        self._viewed: tuple[list[Track], Counting, date, View] | None = None
        # The funnel's counts of every track, kept in step with the tracks read again after
        # a change: the view of every date then counts the changed ones, not 100,000 again.
        self._kept: KeptTally | None = None
        # The same counts over the window's summaries, while the tracks are not read yet
        # (`tally_view`), and the applications changed since they were counted.
        self._summary_kept: KeptTally | None = None
        self._summary_stale: set[int] = set()
        # The cells SQLite counted for `counted_view` and `counted_experiment`, by what they
        # were counted for: the funnel is the sum of a breakdown's cells, so `jobdesk stats`
        # counts its default breakdown (by channel) and its funnel in one pass over the facts.
        self._cells: dict[tuple[Dimension, DateRange, date, int], dict[str, dict[int, int]]] = {}

    def today(self) -> date:
        return self._today()

    def counting(self) -> Counting:
        get = self._settings.get
        return Counting(
            get(NO_RESPONSE_DAYS) if self._no_response_days is None else self._no_response_days,
            get(MIN_SAMPLE),
            {stage: get(setting) / 100 for stage, setting in REFERENCE_SETTINGS.items()},
            self._breaks(),
        )

    def counting_figures(self, view: View | None = None) -> Figures:
        """What "How it counts" shows the rules at work on: the user's own funnel over all
        dates (from `view`, of any date range, when the caller holds one; else counted here),
        or the example while there are no applications."""
        everything = self.view() if view is None else view.overall or view
        funnel = everything.funnel
        return figures_of(funnel) if funnel.total else EXAMPLE

    def counting_rules(self, figures: Figures) -> tuple[Rule, ...]:
        """The counting rules with this user's settings, at work on `figures`."""
        c = self.counting()
        follow_up = self._settings.get(FOLLOW_UP_DAYS)
        return counting_rules(c.no_response_days, c.min_sample, follow_up, figures)

    def how_it_counts(self, view: View | None = None) -> str:
        """The counting rules with this user's settings and figures, for "How it counts"."""
        c = self.counting()
        follow_up = self._settings.get(FOLLOW_UP_DAYS)
        figures = self.counting_figures(view)
        return how_it_counts(c.no_response_days, c.min_sample, follow_up, figures)

    def forget(self, app_ids: tuple[int, ...]) -> None:
        """These applications changed: their tracks are read again when next needed.

        Noted even before the first read, since that read may be under way on a worker
        thread and may have missed them (see `adopt`)."""
        self._stale.update(app_ids)
        self._renew = True
        self._cells.clear()
        if self._summary_kept is not None:
            self._summary_stale.update(app_ids)

    def needs_full_read(self) -> bool:
        """Whether the next `tracks()` would read every application (first use, or the file
        was changed by another program)."""
        return self._tracks is None or store.change_marker() != self._marker

    @staticmethod
    def read_all_tracks() -> list[Track]:
        """Every track, for a worker thread: read on that thread's own connection, closed after,
        so a large search is read without holding up the window."""
        give_back_large_blocks()  # as for the pipeline's read of a large search
        try:
            return store.load_tracks()
        finally:
            store.close_thread_connection()

    def adopt(self, tracks: list[Track]) -> None:
        """Take tracks read by `read_all_tracks` on another thread. Changes reported meanwhile
        stay noted, so their tracks are read again on the next `tracks()`."""
        self._tracks = tracks  # in id order, as the store reads them
        self._renew = False
        self._kept = None
        self._marker = store.change_marker()

    def application_count(self) -> int:
        return store.application_count()

    def tracks(self) -> list[Track]:
        """Every application's track, in id order; only the changed ones are read again."""
        marker = store.change_marker()
        if self._tracks is None or marker != self._marker:
            # First use, or another program wrote to the file: read everything.
            self._stale.clear()
            self._tracks = store.load_tracks()
            self._kept = None
        elif self._stale or self._renew:
            stale, self._stale = self._stale, set()
            fresh = store.load_tracks(stale) if stale else []
            self._tracks = _replaced(self._tracks, stale, fresh)
            if self._kept is not None:
                self._kept.apply(fresh, stale - {t.id for t in fresh})
        self._renew = False
        self._marker = marker
        return self._tracks

    def view(self, date_range: DateRange | None = None) -> View:
        """The figures for applications sent in `date_range` (default: all of them)."""
        date_range = date_range or DateRange.everything()
        tracks = self.tracks()
        counting = self.counting()
        today = self.today()
        # The same list object means the same tracks: it is made anew after any change. The
        # list itself is kept (not its id, which a new list could be given once it is freed).
        kept = self._viewed
        if kept is not None and kept[0] is tracks and kept[1] == counting and kept[2] == today:
            everything = kept[3]
        else:
            tally = self._kept_tally(tracks, counting, today)
            everything = View(tracks, today, DateRange.everything(), counting, None, tally)
            self._viewed = (tracks, counting, today, everything)
        if date_range.is_everything:
            return everything
        return _view(date_range.select(tracks), date_range, counting, today, everything)

    def tally_view(
        self,
        summaries: Sequence[ApplicationSummary],
        shared: Callable[[Silence], KeptTally] | None = None,
    ) -> View | None:
        """The view of every date as far as the funnel's counts make it (the funnel, the
        leaking stage, the flow), from `summaries` (every application's, in id order, as the
        window holds them) instead of reading every track: what the Insights show first.
        None when `summaries` do not hold every application (a large search still opening).
        The counts are the ones the tracks give (see `KeptTally`); `shared` gives them as the
        caller keeps them for a no-response rule (the window's, shared with Today), instead
        of the ones kept here."""
        if len(summaries) != store.application_count():  # one indexed count
            return None
        counting, today = self.counting(), self.today()
        silence = Silence(today, counting.no_response_days, counting.breaks)
        if shared is not None:
            tally = shared(silence).tally()
            return View(None, today, DateRange.everything(), counting, None, tally)
        kept = self._summary_kept
        if kept is None or kept.silence != silence:
            kept = KeptTally(summaries, silence)
        elif self._summary_stale:
            found = [
                summaries[at]
                for at in map(partial(place_of, summaries), self._summary_stale)
                if at is not None
            ]
            kept.apply(found, self._summary_stale - {row.id for row in found})
        self._summary_kept, self._summary_stale = kept, set()
        return View(None, today, DateRange.everything(), counting, None, kept.tally())

    def counted_view(self, date_range: DateRange | None = None) -> View:
        """The view of `date_range` as far as the funnel's counts make it (the funnel, the
        leaking stage, the flow), counted by SQLite over the kept facts while no track is
        read: what `jobdesk stats` prints, without reading 100,000 tracks from a cold file.
        The same counts as `view` (see `store.end_counts`); its own view once it holds the
        tracks."""
        date_range = date_range or DateRange.everything()
        if not self.needs_full_read():
            return self.view(date_range)
        counting, today = self.counting(), self.today()

        def counted(sent: DateRange, overall: View | None) -> View:
            cells: Counter[int] = Counter()
            for counts in self._end_counts(Dimension.CHANNEL, sent).values():
                cells.update(counts)
            tally = Tally.of_counts(cells)
            return View(None, today, sent, counting, overall, tally)

        overall = None if date_range.is_everything else counted(DateRange.everything(), None)
        return counted(date_range, overall)

    def counted_experiment(
        self, dimension: Dimension, metric: Metric, date_range: DateRange | None = None
    ) -> Experiment:
        """`experiment`, counted by SQLite while no track is read (see `counted_view`)."""
        date_range = date_range or DateRange.everything()
        if not self.needs_full_read():
            return self.experiment(dimension, metric, date_range)
        min_sample = self.counting().min_sample

        def split(sent: DateRange) -> Breakdown:
            counts = self._end_counts(dimension, sent)
            return breakdown_of_counts(counts, dimension, metric, min_sample)

        overall = None if date_range.is_everything else split(DateRange.everything())
        return Experiment(split(date_range), overall)

    def _end_counts(self, dimension: Dimension, sent: DateRange) -> dict[str, dict[int, int]]:
        """`store.end_counts` for today's counting, kept until the data change."""
        c = self.counting()
        cutoff = no_response_cutoff(self.today(), c.no_response_days, c.breaks)
        asked = (dimension, sent, cutoff, store.change_marker())
        if asked not in self._cells:
            if len(self._cells) >= _CELLS_KEPT:
                self._cells.clear()
            self._cells[asked] = store.end_counts(cutoff, dimension, sent)
        return self._cells[asked]

    def _kept_tally(self, tracks: list[Track], counting: Counting, today: date) -> Tally:
        """The tally of every track (`tracks`), from the kept counts where they are good for
        today's counting, else counted afresh and kept."""
        silence = Silence(today, counting.no_response_days, counting.breaks)
        if self._kept is None or self._kept.silence != silence:
            self._kept = KeptTally(tracks, silence, tracks=True)
        return self._kept.tally()

    def experiment(
        self, dimension: Dimension, metric: Metric, date_range: DateRange | None = None
    ) -> Experiment:
        """`metric` split by `dimension`, for the range and (when narrower) for all dates."""
        date_range = date_range or DateRange.everything()
        tracks = self.tracks()
        c = self.counting()
        today = self.today()

        def split(selected: list[Track]) -> Breakdown:
            return breakdown(
                selected, dimension, metric, today, c.no_response_days, c.min_sample, c.breaks
            )

        overall = None if date_range.is_everything else split(tracks)
        return Experiment(split(date_range.select(tracks)), overall)


_ID = attrgetter("id")
# How many counts of cells are kept: a report with a narrower range counts four (its own and
# all dates', for the funnel and for one breakdown).
_CELLS_KEPT = 8
# From this many changed applications a new list is made in one pass rather than by a
# binary search per changed one (each of which moves the rest of the list along).
_MERGE_FROM = 64


def _replaced(tracks: list[Track], stale: set[int], fresh: Iterable[Track]) -> list[Track]:
    """A new list of `tracks` (in id order) with those of `stale` ids replaced by `fresh`
    (the ones still stored, in id order): a new list, so a view kept for the old one is not
    taken for this one's."""
    if len(stale) >= _MERGE_FROM:
        kept = [t for t in tracks if t.id not in stale]
        return list(heapq.merge(kept, fresh, key=_ID))
    new = tracks.copy()
    for app_id in stale:
        at = place_of(new, app_id)
        if at is not None:
            del new[at]
    for track in fresh:
        new.insert(place_for(new, track.id), track)
    return new


def _view(
    tracks: list[Track],
    date_range: DateRange,
    counting: Counting,
    today: date,
    overall: View | None,
) -> View:
    return View(tracks, today, date_range, counting, overall)
