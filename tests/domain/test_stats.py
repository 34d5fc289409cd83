"""Wilson intervals, Fisher's exact test and sample sizes, against published worked examples."""

from __future__ import annotations

import time

import pytest

from jobdesk.domain.stats import (
    fisher_exact,
    kaplan_meier,
    median,
    more_needed_each,
    sign_test,
    wilson_interval,
)


@pytest.mark.parametrize(
    ("successes", "n", "low", "high"),
    [
        (81, 263, 0.2553, 0.3662),
        (15, 148, 0.0624, 0.1605),
        (0, 20, 0.0000, 0.1611),
        (1, 29, 0.0061, 0.1718),
    ],
)
def test_wilson_matches_newcombes_worked_examples(
    successes: int, n: int, low: float, high: float
) -> None:
    """Newcombe R.G., "Two-sided confidence intervals for the single proportion: comparison of
    seven methods", Statistics in Medicine 17:857-872 (1998), Table II, method 3 (score
    interval without continuity correction), to the four decimals printed there."""
    got_low, got_high = wilson_interval(successes, n)
    assert round(got_low, 4) == low
    assert round(got_high, 4) == high


def test_wilson_stays_inside_zero_and_one_and_knows_nothing_without_trials() -> None:
    assert wilson_interval(5, 5) == (pytest.approx(0.5655, abs=1e-4), 1.0)
    assert wilson_interval(0, 5)[0] == 0.0
    assert wilson_interval(0, 0) == (0.0, 1.0)


@pytest.mark.parametrize(("successes", "n"), [(-1, 5), (6, 5), (0, -1)])
def test_wilson_refuses_impossible_counts(successes: int, n: int) -> None:
    with pytest.raises(ValueError, match="successes"):
        wilson_interval(successes, n)


def test_fisher_on_the_lady_tasting_tea() -> None:
    """Fisher's tea-tasting experiment (The Design of Experiments, 1935), as worked in
    Agresti, Categorical Data Analysis (2nd ed., 2002), section 3.5.2: the table
    [[3, 1], [1, 3]] has a two-sided P-value of 0.486 (one-sided 0.243)."""
    assert fisher_exact(3, 1, 1, 3) == pytest.approx(0.4857, abs=1e-4)


def test_fisher_on_the_studying_example() -> None:
    """The worked example of the Wikipedia article "Fisher's exact test": of 12 men 1 is
    studying, of 12 women 9 are: [[1, 9], [11, 3]] gives a two-sided p of 0.002759."""
    assert fisher_exact(1, 9, 11, 3) == pytest.approx(0.002759, abs=1e-6)


def test_fisher_is_symmetric_and_one_when_nothing_differs() -> None:
    p = fisher_exact(7, 3, 5, 18)
    assert fisher_exact(5, 18, 7, 3) == pytest.approx(p)  # rows swapped
    assert fisher_exact(7, 5, 3, 18) == pytest.approx(p)  # transposed
    assert fisher_exact(2, 2, 2, 2) == pytest.approx(1.0)
    assert fisher_exact(0, 0, 0, 0) == 1.0


def test_fisher_handles_large_tables_quickly() -> None:
    began = time.perf_counter()
    p = fisher_exact(5000, 5000, 5200, 4800)
    assert time.perf_counter() - began < 1.0
    # A 2-point gap on 10,000 each is real; the normal approximation gives about 0.0047.
    assert 0.001 < p < 0.01


def test_fisher_refuses_negative_cells() -> None:
    with pytest.raises(ValueError, match="negative"):
        fisher_exact(-1, 2, 3, 4)


def test_sample_size_for_two_proportions() -> None:
    # 50% against 25%, two-sided 5%, power 80%: the normal-approximation formula without
    # continuity correction gives 57.7, so 58 per group; none yet means 58 more each.
    assert more_needed_each(0.5, 0.25, 0, 0) == 58
    assert more_needed_each(0.5, 0.25, 20, 30) == 38
    assert more_needed_each(0.5, 0.25, 100, 100) == 0
    assert more_needed_each(0.3, 0.3, 10, 10) is None


def test_median() -> None:
    assert median([]) is None
    assert median([7]) == 7
    assert median([3, 1, 2]) == 2
    assert median([4, 1, 3, 2]) == 2.5


def test_kaplan_meier_worked_by_hand() -> None:
    # Five waits: 2, 3 (still waiting), 3, 5, 8 (still waiting).
    km = kaplan_meier([(2, True), (3, False), (3, True), (5, True), (8, False)])
    # t=2: 5 at risk, 1 event: S = 4/5. t=3: 4 at risk (the censored 3 counts at 3), 1 event:
    # S = 4/5 * 3/4 = 3/5. t=5: 2 at risk, 1 event: S = 3/5 * 1/2 = 3/10. 8 is censored.
    assert [t for t, _ in km.steps] == [2, 3, 5]
    assert [share for _, share in km.steps] == pytest.approx([0.8, 0.6, 0.3], abs=1e-15)
    assert (km.events, km.censored, km.observed) == (3, 2, 5)
    assert km.median == 5  # the first time S drops to a half or below


def test_kaplan_meier_on_the_textbook_leukaemia_data() -> None:
    # Freireich et al. (1963), the 6-MP group, as in Kleinbaum & Klein, "Survival Analysis",
    # ch. 2: weeks in remission, "+" censored. Their table gives S(t) at each event time.
    weeks = "6 6 6 6+ 7 9+ 10 10+ 11+ 13 16 17+ 19+ 20+ 22 23 25+ 32+ 32+ 34+ 35+"
    data = [(float(w.rstrip("+")), not w.endswith("+")) for w in weeks.split()]
    km = kaplan_meier(data)
    assert [t for t, _ in km.steps] == [6, 7, 10, 13, 16, 22, 23]
    assert [round(share, 4) for _, share in km.steps] == [
        0.8571,
        0.8067,
        0.7529,
        0.6902,
        0.6275,
        0.5378,
        0.4482,
    ]
    assert km.median == 23
    assert (km.events, km.censored) == (9, 12)


def test_kaplan_meier_median_is_the_plain_median_without_censoring_or_unknown() -> None:
    assert kaplan_meier([(11, True), (8, True)]).median == 9.5
    assert kaplan_meier([(4, True), (1, True), (9, True)]).median == 4
    # One of three has moved on: the median is not reached yet, whatever the others do.
    assert kaplan_meier([(4, True), (10, False), (12, False)]).median is None
    assert kaplan_meier([]).median is None


def test_the_sign_test_counts_every_split_at_most_as_likely() -> None:
    # Worked by hand: 6 of 6 one way is 1/64 each side; 7 of 9 is (1 + 9 + 36) / 512 a side.
    assert sign_test(6, 0) == 2 / 64
    assert sign_test(2, 7) == 2 * 46 / 512
    assert sign_test(0, 0) == 1.0
    assert sign_test(3, 3) == 1.0
    assert sign_test(1, 10) == sign_test(10, 1) == 2 * 12 / 2048
