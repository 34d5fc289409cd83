"""The search box as a user types: letter by letter, then deleting, with changes between."""

from __future__ import annotations

import random

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from jobdesk.domain.application import ApplicationSummary
from jobdesk.domain.enums import Stage
from jobdesk.ui.pipeline import model as pipeline_model
from jobdesk.ui.pipeline.model import HEADERS, PipelineModel, QuickFilter, RowFilter
from tests.ui.pipeline.test_model import ROWS, TODAY, ids, model_of, shown, varied_row

NOTES = ["", "", "Met Globex at a meetup", "ask about the Öl 7 team", "remote, Berlin"]


def looked_through(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many rows each search looks through, one figure per search made."""
    counts: list[int] = []
    real = pipeline_model._containing

    def counting(
        rows: list[ApplicationSummary], hays: list[str], words: list[str]
    ) -> tuple[list[ApplicationSummary], list[str]]:
        counts.append(len(rows))
        return real(rows, hays, words)

    monkeypatch.setattr(pipeline_model, "_containing", counting)
    return counts


def test_a_letter_typed_looks_only_through_the_rows_kept_and_a_letter_deleted_through_none(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    counts = looked_through(monkeypatch)
    model = model_of()  # five rows, every role "Engineer"
    for text in ("g", "gl", "glo"):
        model.set_filter(RowFilter(text))
    assert counts == [5, 5, 1]  # "g" is in every row ("Engineer"), "gl" in Globex only
    for text in ("gl", "g", ""):
        model.set_filter(RowFilter(text))
        assert len(shown(model)) == (1 if text == "gl" else 5)
    assert counts == [5, 5, 1]  # each shorter search was kept: nothing looked through again
    model.set_filter(RowFilter("glob engineer"))
    assert counts == [5, 5, 1, 5]  # from every row ("glob engineer" narrows ""), both words
    model.set_filter(RowFilter("glob engineer q"))
    assert counts == [5, 5, 1, 5, 1]  # the one row kept, for the word added only
    assert shown(model) == []


def test_after_a_change_a_deleted_letter_looks_through_every_row_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A change moves rows in and out of what is shown: what shorter searches showed before
    may no longer be true, so it is looked for again."""
    counts = looked_through(monkeypatch)
    model = model_of()
    model.set_filter(RowFilter("glo"))
    globex = next(r for r in ROWS if r.company == "Globex")
    model.update_rows([globex._replace(company="Glowline")], [], TODAY)
    assert shown(model) == ["Glowline"]
    model.set_filter(RowFilter("gl"))
    assert counts[-1] == 5 and shown(model) == ["Glowline"]


def test_a_quick_filter_after_typing_keeps_the_words_and_searches_its_own_rows(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    counts = looked_through(monkeypatch)
    model = model_of()
    model.set_filter(RowFilter("e"))
    model.set_filter(RowFilter("e", QuickFilter.ACTIVE))
    assert sorted(shown(model)) == ["Acme", "Initech", "Umbrella"]
    assert counts == [5, 3]  # the active rows only
    model.set_filter(RowFilter("", QuickFilter.ACTIVE))  # the rows without the words, kept
    assert counts == [5, 3] and len(shown(model)) == 3


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_typing_deleting_and_changes_show_what_a_fresh_search_shows(
    qtbot: QtBot, seed: int
) -> None:
    """Random typing and deleting, quick filters, stages, sorts and changes to rows: after
    each, the rows shown are those a new model given the same rows and search shows; the
    model passes Qt's model tester throughout, rows filtered in and out included."""
    rng = random.Random(seed)
    rows = {i: noted(rng, i) for i in range(1, 61)}
    model = model_of(list(rows.values()))
    ModelTester(qtbot).check(model, force_py=True)
    text, quick, stage = "", QuickFilter.ALL, None
    column, order = model.sort_column, model.sort_order
    letters = "glob acme vertex öl 7 role berlin"
    for step in range(200):
        choice = rng.random()
        if choice < 0.4 and len(text) < 12:
            text += rng.choice(letters)
        elif choice < 0.65:
            text = text[: rng.randint(0, max(len(text) - 1, 0))]  # one letter or more deleted
        elif choice < 0.7:
            quick = rng.choice(list(QuickFilter))
        elif choice < 0.75:
            stage = rng.choice([None, None, *Stage])
        elif choice < 0.8:
            column = rng.randrange(len(HEADERS))
            order = rng.choice([Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder])
            model.sort(column, order)
        elif choice < 0.9:
            app_id = rng.randint(1, 70)  # a new one now and then
            rows[app_id] = noted(rng, app_id)
            model.update_rows([rows[app_id]], [], TODAY)
        elif rows:
            gone = rng.choice(list(rows))
            del rows[gone]
            model.update_rows([], [gone], TODAY)
        model.set_filter(RowFilter(text, quick, stage))
        assert ids(model) == ids(fresh(rows, column, order, text, quick, stage)), (
            step,
            text,
        )


def noted(rng: random.Random, app_id: int) -> ApplicationSummary:
    return varied_row(rng, app_id)._replace(notes=rng.choice(NOTES))


def fresh(
    rows: dict[int, ApplicationSummary],
    column: int,
    order: Qt.SortOrder,
    text: str,
    quick: QuickFilter,
    stage: Stage | None,
) -> PipelineModel:
    model = model_of(list(rows.values()))
    model.sort(column, order)
    model.set_filter(RowFilter(text, quick, stage))
    return model
