"""A company's size and industry are kept once for all its applications: a save that would
change them for the others changes them only when asked to, and undo puts them back."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from jobdesk.domain.application import ApplicationDetails
from jobdesk.domain.enums import SizeBand, Stage
from jobdesk.services.pipeline import Pipeline


def acme(
    role: str, size: SizeBand = SizeBand.SMALL, industry: str = "fintech"
) -> ApplicationDetails:
    return ApplicationDetails("Acme", role, date(2026, 11, 2), size_band=size, industry=industry)


def sizes(pipeline: Pipeline) -> list[tuple[str, SizeBand, str]]:
    return [
        (a.details.role_title, a.details.size_band, a.details.industry)
        for a in pipeline.applications()
    ]


@pytest.fixture
def three(pipeline: Pipeline) -> list[int]:
    return [pipeline.add(acme(role)).application_ids[0] for role in ("A", "B", "C")]


def test_a_new_application_with_another_size_asks_and_keeps_by_default(
    pipeline: Pipeline, three: list[int]
) -> None:
    new = acme("D", SizeBand.LARGE, "payments")
    change = pipeline.company_change(new)
    assert change is not None
    assert change.others == tuple(three)
    assert change.question() == (
        "Acme has 3 other applications. A company's size and industry are kept once for all "
        "its applications: change its size from “51–200” to “1,001–10,000” and its industry "
        "from “fintech” to “payments” for all 4, or keep them as they are (this application "
        "is saved with them too)?"
    )
    assert change.change_text() == "Change for all 4"
    # Kept: the three keep theirs, and the new one is saved with the company's.
    pipeline.add(new)
    assert sizes(pipeline) == [(r, SizeBand.SMALL, "fintech") for r in "ABCD"]


def test_changing_it_for_all_and_undoing(pipeline: Pipeline, three: list[int]) -> None:
    change = pipeline.add(acme("D", SizeBand.LARGE, "payments"), company_wide=True)
    assert sorted(change.application_ids) == sorted([*three, change.application_ids[0]])
    assert sizes(pipeline) == [(r, SizeBand.LARGE, "payments") for r in "ABCD"]
    pipeline.undo()
    assert sizes(pipeline) == [(r, SizeBand.SMALL, "fintech") for r in "ABC"]
    pipeline.redo()
    assert sizes(pipeline) == [(r, SizeBand.LARGE, "payments") for r in "ABCD"]


def test_an_edit_asks_about_the_others_only(pipeline: Pipeline, three: list[int]) -> None:
    first = pipeline.application(three[0]).details
    larger = replace(first, size_band=SizeBand.MID)
    change = pipeline.company_change(larger, three[0])
    assert change is not None and change.others == tuple(three[1:])
    assert change.question().startswith("Acme has 2 other applications.")
    pipeline.edit(three[0], replace(larger, notes="Met the team"))
    # Kept: the note is saved, the size is the company's still.
    assert sizes(pipeline)[0] == ("A", SizeBand.SMALL, "fintech")
    assert pipeline.application(three[0]).details.notes == "Met the team"
    pipeline.edit(three[0], larger, company_wide=True)
    assert sizes(pipeline) == [(r, SizeBand.MID, "fintech") for r in "ABC"]
    pipeline.undo()
    assert sizes(pipeline) == [(r, SizeBand.SMALL, "fintech") for r in "ABC"]


def test_no_question_when_nothing_shared_changes(pipeline: Pipeline, three: list[int]) -> None:
    assert pipeline.company_change(acme("D")) is None  # the same facts
    assert pipeline.company_change(acme("D", industry=" fintech ")) is None  # trimmed alike
    assert pipeline.company_change(replace(acme("D"), company="Globex")) is None  # a new one
    only = pipeline.add(replace(acme("X"), company="Initech")).application_ids[0]
    alone = replace(pipeline.application(only).details, size_band=SizeBand.LARGE)
    assert pipeline.company_change(alone, only) is None  # no other application to change


def company_of(pipeline: Pipeline) -> set[tuple[SizeBand, str]]:
    """The company's size and industry as each of its applications shows them."""
    return {(a.details.size_band, a.details.industry) for a in pipeline.applications()}


@pytest.mark.parametrize("size_first", [True, False], ids=["size-then-industry", "reverse"])
def test_undo_and_redo_put_back_only_what_each_change_did(
    pipeline: Pipeline, size_first: bool
) -> None:
    """Two changes to the company made through two of its applications: undoing the later
    one keeps the earlier one's, whichever came first, and redo makes each again."""
    a, b = (pipeline.add(acme(role)).application_ids[0] for role in ("A", "B"))
    pipeline.forget_history()

    def larger() -> None:
        pipeline.edit(
            a, replace(pipeline.application(a).details, size_band=SizeBand.LARGE), company_wide=True
        )

    def payments() -> None:
        pipeline.edit(
            b, replace(pipeline.application(b).details, industry="payments"), company_wide=True
        )

    first, second = (larger, payments) if size_first else (payments, larger)
    after_first = {(SizeBand.LARGE, "fintech")} if size_first else {(SizeBand.SMALL, "payments")}
    first()
    assert company_of(pipeline) == after_first
    second()
    assert company_of(pipeline) == {(SizeBand.LARGE, "payments")}
    pipeline.undo()
    assert company_of(pipeline) == after_first
    pipeline.undo()
    assert company_of(pipeline) == {(SizeBand.SMALL, "fintech")}
    pipeline.redo()
    assert company_of(pipeline) == after_first
    pipeline.redo()
    assert company_of(pipeline) == {(SizeBand.LARGE, "payments")}


def test_undoing_a_change_to_one_application_leaves_the_company_as_it_is(
    pipeline: Pipeline,
) -> None:
    """A later change that touches one application only (a note, a move) is undone without
    writing the company's facts back from before the company-wide change."""
    a, b = (pipeline.add(acme(role)).application_ids[0] for role in ("A", "B"))
    pipeline.edit(b, replace(pipeline.application(b).details, notes="Met the team"))
    pipeline.edit(
        a, replace(pipeline.application(a).details, size_band=SizeBand.LARGE), company_wide=True
    )
    pipeline.advance(b, Stage.RESPONDED)
    pipeline.undo()  # the move of B
    assert company_of(pipeline) == {(SizeBand.LARGE, "fintech")}
    pipeline.undo()  # the size, through A
    assert company_of(pipeline) == {(SizeBand.SMALL, "fintech")}
    assert pipeline.application(b).details.notes == "Met the team"
    pipeline.redo()
    pipeline.redo()
    assert company_of(pipeline) == {(SizeBand.LARGE, "fintech")}
    assert pipeline.application(b).furthest_stage is Stage.RESPONDED
