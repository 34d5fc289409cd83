"""Counts in words."""

from __future__ import annotations

import pytest

from jobdesk.domain.wording import counted


@pytest.mark.parametrize(
    ("count", "expected"),
    [(0, "0 applications"), (1, "1 application"), (2, "2 applications"), (-1, "-1 applications")],
)
def test_one_is_singular_and_every_other_count_plural(count: int, expected: str) -> None:
    assert counted(count, "application") == expected


def test_an_irregular_plural_is_given() -> None:
    assert (counted(1, "reply", "replies"), counted(3, "reply", "replies")) == (
        "1 reply",
        "3 replies",
    )
