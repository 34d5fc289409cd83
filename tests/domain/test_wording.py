"""Counts in words, and what was done in the past tense."""

from __future__ import annotations

import pytest

from jobdesk.domain.wording import counted, done_text


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


@pytest.mark.parametrize(
    ("description", "said"),
    [
        ("Add Acme Corp — Senior Engineer", "Added Acme Corp — Senior Engineer"),
        ("Log rejection for Acme — SRE", "Logged rejection for Acme — SRE"),
        ("Move Acme — SRE to Responded", "Moved Acme — SRE to Responded"),
        ("Delete Acme — SRE", "Deleted Acme — SRE"),
        ("Delete 3 applications", "Deleted 3 applications"),
        ("Withdraw Acme — SRE", "Withdrew Acme — SRE"),
        ("Write a debrief for Acme", "Wrote a debrief for Acme"),
        ("Set the daily limit", "Set the daily limit"),
        ("Reopen and record the offer from Acme", "Reopened and recorded the offer from Acme"),
        ("Load the sample search", "Loaded the sample search"),
        # Undo and redo name the step as the Edit menu does ("Undo Log rejection for …").
        ("Undo Log rejection for Acme — SRE", "Undid: Log rejection for Acme — SRE"),
        ("Redo Add Acme — SRE", "Redid: Add Acme — SRE"),
        # Said in the past already, or not a command: as it is.
        ("Followed up with Acme (email)", "Followed up with Acme (email)"),
        ("Changed 2 settings", "Changed 2 settings"),
        ("Undone", "Undone"),
    ],
)
def test_what_was_done_is_said_in_the_past(description: str, said: str) -> None:
    assert done_text(description) == said
