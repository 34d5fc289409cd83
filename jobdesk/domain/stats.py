"""Small-sample statistics: Wilson intervals, Fisher's exact test, sample sizes, Kaplan–Meier."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

Z_95 = 1.959963984540054  # the two-sided 95% point of the standard normal


def wilson_interval(successes: int, n: int, z: float = Z_95) -> tuple[float, float]:
    """The Wilson score interval for `successes` out of `n` (no continuity correction).

    Unlike the textbook "rate ± 1.96 standard errors", it stays inside 0..1 and
    keeps a sensible width at 0 of 5 or 5 of 5, which is where a job search
    lives. With no trials at all nothing is known, so the interval is 0..1.
    """
    if n < 0 or not 0 <= successes <= n:
        raise ValueError(f"need 0 <= successes <= n, got {successes} of {n}")
    if n == 0:
        return 0.0, 1.0
    p = successes / n
    z2 = z * z
    centre = (p + z2 / (2 * n)) / (1 + z2 / n)
    half = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / (1 + z2 / n)
    # The formula gives exactly 0 and 1 at the extremes; clamp away rounding dust.
    return max(0.0, centre - half), min(1.0, centre + half)


def fisher_exact(a: int, b: int, c: int, d: int) -> float:
    """The two-sided p-value of Fisher's exact test on the 2×2 table [[a, b], [c, d]].

    With the margins fixed, the top-left cell follows a hypergeometric
    distribution; the p-value adds up the probability of every table at most
    as likely as the one observed (the usual definition, as in R's fisher.test,
    with the same small relative tolerance so that ties in floating point count).
    Computed with log-factorials, so large counts neither overflow nor crawl.
    """
    if min(a, b, c, d) < 0:
        raise ValueError("table cells cannot be negative")
    row1, col1, n = a + b, a + c, a + b + c + d
    if n == 0:
        return 1.0
    low, high = max(0, col1 - (n - row1)), min(row1, col1)
    base = _log_choose(n, col1)

    def log_p(x: int) -> float:
        return _log_choose(row1, x) + _log_choose(n - row1, col1 - x) - base

    observed = log_p(a)
    limit = observed + 1e-7  # relative tolerance, in log space
    total = math.fsum(math.exp(lp) for x in range(low, high + 1) if (lp := log_p(x)) <= limit)
    return min(1.0, total)


def sign_test(a: int, b: int) -> float:
    """The two-sided p-value of the exact sign test: how often chance alone (each of the
    a + b events equally likely to fall on either side) splits them at least as unevenly as
    a against b. Exact with integers: the counts here are small."""
    if min(a, b) < 0:
        raise ValueError("counts cannot be negative")
    n, low = a + b, min(a, b)
    if n == 0 or a == b:
        return 1.0
    tail = sum(math.comb(n, k) for k in range(low + 1))
    return min(1.0, 2 * tail / (1 << n))  # exact for any n: int / int


def more_needed_each(
    p1: float, p2: float, n1: int, n2: int, alpha: float = 0.05, power: float = 0.8
) -> int | None:
    """Roughly how many more resolved applications each group needs to tell `p1` from `p2`.

    The classic normal-approximation sample size for comparing two proportions
    (two-sided `alpha`, the given `power`), minus what the smaller group already
    has. None when the two rates are equal: no sample would show a difference
    that the data so far do not hint at.
    """
    if p1 == p2:
        return None
    # Imported here: statistics brings fractions and decimal, 4 ms of every start.
    from statistics import NormalDist

    z_a = NormalDist().inv_cdf(1 - alpha / 2)
    z_b = NormalDist().inv_cdf(power)
    mean = (p1 + p2) / 2
    spread = z_a * math.sqrt(2 * mean * (1 - mean)) + z_b * math.sqrt(p1 * (1 - p1) + p2 * (1 - p2))
    each = math.ceil(spread**2 / (p1 - p2) ** 2)
    return max(0, each - min(n1, n2))


def median(values: list[float] | list[int]) -> float | None:
    """The median, or None for no values."""
    if not values:
        return None
    ordered = sorted(values)
    mid = len(ordered) // 2
    if len(ordered) % 2:
        return float(ordered[mid])
    return (ordered[mid - 1] + ordered[mid]) / 2


@dataclass(frozen=True)
class Survival:
    """A Kaplan–Meier estimate: how long until something happens, when some are still waiting.

    `steps` holds (t, S(t)) at each time an event happened: the estimated share still
    waiting just after t. The product-limit estimate: at each event time, S is multiplied by
    (1 − events at t / number still at risk at t); anyone still waiting (censored) at t is
    at risk at t and leaves after it, the usual convention.
    """

    steps: tuple[tuple[float, float], ...]
    events: int
    censored: int

    @property
    def observed(self) -> int:
        return self.events + self.censored

    @property
    def median(self) -> float | None:
        """The smallest time at which the share still waiting is at most a half; None when
        it never gets there ("not reached yet"). Where the curve sits at exactly one half,
        the middle of that stretch, up to the next event (as R's survfit does), so that with
        nobody still waiting this is the ordinary median."""
        for i, (t, share) in enumerate(self.steps):
            if share <= 0.5 + 1e-12:
                if abs(share - 0.5) <= 1e-12 and i + 1 < len(self.steps):
                    return (t + self.steps[i + 1][0]) / 2
                return t
        return None


def kaplan_meier(observations: Iterable[tuple[float, bool]]) -> Survival:
    """The Kaplan–Meier estimate from (time, happened) pairs; happened=False is censored."""
    events: Counter[float] = Counter()
    leaving: Counter[float] = Counter()
    n_events = n_censored = 0
    for t, happened in observations:
        leaving[t] += 1
        if happened:
            events[t] += 1
            n_events += 1
        else:
            n_censored += 1
    at_risk = n_events + n_censored
    share = 1.0
    steps = []
    for t in sorted(leaving):
        died = events[t]
        if died:
            share *= 1 - died / at_risk
            steps.append((t, share))
        at_risk -= leaving[t]
    return Survival(tuple(steps), n_events, n_censored)


def _log_choose(n: int, k: int) -> float:
    return math.lgamma(n + 1) - math.lgamma(k + 1) - math.lgamma(n - k + 1)
