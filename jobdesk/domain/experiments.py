"""Experiments: one rate split by a dimension (channel, resume...), and two values compared.

A rate here is the funnel's rate between two stages, counted by the same rules
(`Tally.rate`): of the applications that reached the first stage, how many
reached the second, among those resolved; pending and withdrawn ones apart.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from enum import Enum

from jobdesk.domain.breaks import Break
from jobdesk.domain.enums import Channel, SizeBand, Stage
from jobdesk.domain.funnel import (
    Rate,
    Tally,
    Track,
    Tracks,
    end_codes,
    not_enough_text,
    percent,
    step_label,
    tracks_of,
)
from jobdesk.domain.stats import fisher_exact, more_needed_each

SIGNIFICANCE = 0.05


class Dimension(Enum):
    """What the applications are split by."""

    RESUME = "resume"
    CHANNEL = "channel"
    SIZE = "size"
    INDUSTRY = "industry"
    ROLE_TYPE = "role-type"
    SENIORITY = "seniority"

    @property
    def label(self) -> str:
        return _DIMENSION_LABELS[self]

    def key_of(self, t: Track) -> str:
        return _KEYS[self](t)

    def value_label(self, key: str) -> str:
        """How a value is shown in a table."""
        if self is Dimension.CHANNEL:
            return Channel(key).label
        if self is Dimension.SIZE:
            return SizeBand(key).label
        return key or "Not recorded"

    def subject(self, key: str) -> str:
        """The value as the subject of a sentence: "referrals", "resume “A”"."""
        if self is Dimension.CHANNEL:
            return _CHANNEL_SUBJECTS[Channel(key)]
        if not key:
            return f"applications with no {self.label.lower()} recorded"
        if self is Dimension.SIZE:
            return f"companies of {SizeBand(key).label}"
        if self is Dimension.RESUME:
            return f"resume “{key}”"
        if self is Dimension.INDUSTRY:
            return f"{key} companies"
        return f"{key} roles"

    @classmethod
    def parse(cls, name: str) -> Dimension:
        wanted = name.strip().casefold().replace("_", "-").replace(" ", "-")
        for dimension in cls:
            if wanted in (dimension.value, dimension.label.casefold().replace(" ", "-")):
                return dimension
        names = ", ".join(d.value for d in cls)
        raise ValueError(f"There is no dimension called “{name}”. Choose one of: {names}.")


_DIMENSION_LABELS = {
    Dimension.RESUME: "Resume variant",
    Dimension.CHANNEL: "Channel",
    Dimension.SIZE: "Company size",
    Dimension.INDUSTRY: "Industry",
    Dimension.ROLE_TYPE: "Role type",
    Dimension.SENIORITY: "Seniority",
}
_KEYS: dict[Dimension, Callable[[Track], str]] = {
    Dimension.RESUME: lambda t: t.resume_variant,
    Dimension.CHANNEL: lambda t: t.channel.value,
    Dimension.SIZE: lambda t: t.size_band.value,
    Dimension.INDUSTRY: lambda t: t.industry,
    Dimension.ROLE_TYPE: lambda t: t.role_type,
    Dimension.SENIORITY: lambda t: t.seniority,
}
_CHANNEL_SUBJECTS = {
    Channel.DIRECT: "direct applications",
    Channel.REFERRAL: "referrals",
    Channel.RECRUITER: "applications through recruiters",
    Channel.JOB_BOARD: "job-board applications",
    Channel.OTHER: "applications through other channels",
}


@dataclass(frozen=True)
class Metric:
    """A rate between two stages, with the words for it."""

    key: str
    label: str
    start: Stage
    end: Stage
    outcome: str  # what success is, after "got" / "reached": "a response"

    @classmethod
    def parse(cls, name: str) -> Metric:
        wanted = name.strip().casefold()
        for metric in METRICS:
            if wanted in (metric.key, metric.label.casefold()):
                return metric
        keys = ", ".join(m.key for m in METRICS)
        raise ValueError(f"There is no metric called “{name}”. Choose one of: {keys}.")


_OUTCOMES = {
    Stage.SCREEN: "to the screen",
    Stage.TECHNICAL: "to the technical round",
    Stage.FINAL: "to the final round",
    Stage.OFFER: "to an offer",
}
METRICS: tuple[Metric, ...] = (
    Metric("response", "Response rate", Stage.APPLIED, Stage.RESPONDED, "got a response"),
    Metric("interview", "Interview rate", Stage.APPLIED, Stage.SCREEN, "got an interview"),
    Metric("offer", "Offer rate", Stage.APPLIED, Stage.OFFER, "got an offer"),
    *(
        Metric(
            f"{start.value}-{end.value}",
            step_label(start, end),
            start,
            end,
            f"went on {_OUTCOMES[end]}",
        )
        for start, end in (
            (Stage.RESPONDED, Stage.SCREEN),
            (Stage.SCREEN, Stage.TECHNICAL),
            (Stage.TECHNICAL, Stage.FINAL),
            (Stage.FINAL, Stage.OFFER),
        )
    ),
)


@dataclass(frozen=True)
class Group:
    """One value of a dimension and its rate."""

    key: str
    label: str
    subject: str
    applications: int
    rate: Rate


@dataclass(frozen=True)
class Breakdown:
    dimension: Dimension
    metric: Metric
    groups: tuple[Group, ...]  # most resolved first

    def group(self, key: str) -> Group:
        for g in self.groups:
            if g.key == key:
                return g
        raise KeyError(key)

    def default_pair(self) -> tuple[Group, Group] | None:
        """The best-doing value with enough data against the most common other one.

        That pair asks the question people have: does what works best really
        beat what I mostly do? None when there are fewer than two values.
        """
        if len(self.groups) < 2:
            return None
        judged = [g for g in self.groups if g.rate.enough] or list(self.groups)
        best = max(judged, key=lambda g: (g.rate.value or 0.0, g.rate.resolved))
        other = next(g for g in self.groups if g is not best)
        return best, other


def breakdown(
    items: Tracks,
    dimension: Dimension,
    metric: Metric,
    today: date,
    no_response_days: int,
    min_sample: int,
    breaks: Sequence[Break] = (),
) -> Breakdown:
    """`metric` for each value of `dimension` among `items` (applications or tracks)."""
    tracks = tracks_of(items)
    codes = end_codes(tracks, today, no_response_days, breaks)
    by_key: dict[str, dict[int, int]] = {}
    cells = Counter(zip(map(_KEYS[dimension], tracks), codes, strict=True))
    for (key, code), count in cells.items():
        by_key.setdefault(key, {})[code] = count
    return breakdown_of_counts(by_key, dimension, metric, min_sample)


def breakdown_of_counts(
    counts: Mapping[str, Mapping[int, int]], dimension: Dimension, metric: Metric, min_sample: int
) -> Breakdown:
    """`metric` for each value of `dimension`, from how many applications of each value have
    each end code (`end_codes`), as `breakdown` counts them or a database can."""
    groups = []
    for key, codes in counts.items():
        tally = Tally.of_counts(codes)
        groups.append(
            Group(
                key,
                dimension.value_label(key),
                dimension.subject(key),
                sum(codes.values()),
                tally.rate(metric.start, metric.end, min_sample),
            )
        )
    groups.sort(key=lambda g: (-g.rate.resolved, -g.applications, g.label.casefold()))
    return Breakdown(dimension, metric, tuple(groups))


@dataclass(frozen=True)
class Comparison:
    first: Group
    second: Group
    p_value: float | None  # None when either side has too little data to test
    more_each: int | None  # roughly how many more resolved each would settle it
    verdict: str


def compare(first: Group, second: Group, metric: Metric) -> Comparison:
    """Fisher's exact test on the 2×2 table of the two groups, and a verdict in plain words."""
    a, b = first.rate, second.rate
    if not (a.enough and b.enough):
        short = [g for g in (first, second) if not g.rate.enough]
        parts = [f"{g.subject} ({g.rate.needed} more resolved needed)" for g in short]
        return Comparison(
            first,
            second,
            None,
            None,
            "Not enough data yet to compare: " + " and ".join(parts) + ".",
        )
    p = fisher_exact(a.successes, a.failures, b.successes, b.failures)
    rates = (
        f"{_capital(first.subject)} {metric.outcome} {percent(a.value)} of the time "
        f"({a.successes} of {a.resolved}) against {percent(b.value)} for {second.subject} "
        f"({b.successes} of {b.resolved})"
    )
    if p < SIGNIFICANCE:
        verdict = f"{rates}; that difference is unlikely to be chance, {_p_text(p)}."
        return Comparison(first, second, p, None, verdict)
    more = more_needed_each(a.value or 0.0, b.value or 0.0, a.resolved, b.resolved)
    verdict = f"{rates}. No evidence of a difference yet ({_p_text(p)}); " + _more_text(more)
    return Comparison(first, second, p, more, verdict)


def _more_text(more: int | None) -> str:
    if more is None:
        return "so far the two rates are the same."
    if more > 2000:
        return "if there is a difference it is small: it would take thousands more each to tell."
    if more <= 0:
        return "a few more each should tell."
    step = 1 if more < 20 else 5 if more < 100 else 10
    rounded = max(step, -(-more // step) * step)
    return f"roughly {rounded} more resolved applications each would tell."


def _p_text(p: float) -> str:
    if p < 0.001:
        return "p < 0.001"
    if p < 0.01:
        return f"p = {p:.3f}"
    return f"p = {p:.2f}"


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def group_text(group: Group) -> str:
    if not group.rate.enough:
        return not_enough_text(group.rate.needed)
    return group.rate.describe()
