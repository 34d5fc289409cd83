"""Applications with no response in the pipeline table: "No response" whether silent past the
period or marked ghosted before any reply (DESIGN.md's one story); silent ones closed, not
active, by the day."""

from __future__ import annotations

from datetime import date, timedelta

from pytestqt.modeltest import ModelTester

from jobdesk.domain.application import ApplicationSummary
from jobdesk.domain.enums import Outcome, Stage
from jobdesk.domain.silence import Silence
from jobdesk.ui.pipeline.model import (
    COL_COMPANY,
    COL_OUTCOME,
    PipelineModel,
    QuickFilter,
    RowFilter,
)
from tests.ui.pipeline.test_model import application

TODAY = date(2026, 11, 20)

# Sent on 1, 2, 10 and 12 November; today − applied = 19, 18, 10 and 8 days.
ROWS = [
    application(1, "Acme", Stage.APPLIED, Outcome.ACTIVE, 1),
    application(2, "Globex", Stage.SCREEN, Outcome.ACTIVE, 2),
    application(3, "Initech", Stage.APPLIED, Outcome.ACTIVE, 10),
    application(4, "Hooli", Stage.APPLIED, Outcome.GHOSTED, 12),
]


def shown(model: PipelineModel, column: int = COL_COMPANY) -> list[str]:
    return [model.index(r, column).data() for r in range(model.rowCount())]


def model_of(rows: list[ApplicationSummary], today: date, days: int) -> PipelineModel:
    model = PipelineModel()
    model.set_rows(rows, today, days)
    return model


def test_a_silent_application_is_no_response_and_closed_not_active() -> None:
    # Period 19 days: Acme (19 days, never answered) is silent; Globex answered; Initech is 10
    # days old; Hooli, marked ghosted before any reply, has had no response either.
    model = model_of(ROWS, TODAY, 19)
    assert model.silent_count() == 2
    assert dict(zip(shown(model), shown(model, COL_OUTCOME), strict=True)) == {
        "Hooli": "No response",
        "Initech": "Active",
        "Globex": "Active",
        "Acme": "No response",
    }
    model.set_filter(RowFilter("", QuickFilter.ACTIVE))
    assert shown(model) == ["Initech", "Globex"]
    model.set_filter(RowFilter("", QuickFilter.CLOSED))
    assert shown(model) == ["Hooli", "Acme"]


def test_one_day_short_of_the_period_is_still_active() -> None:
    model = model_of(ROWS, TODAY, 20)  # Acme has waited 19 days of 20
    assert model.silent_count() == 1  # Hooli, marked ghosted
    model.set_filter(RowFilter("", QuickFilter.ACTIVE))
    assert shown(model) == ["Initech", "Globex", "Acme"]


def test_a_new_day_and_a_new_period_refilter_the_rows(qtmodeltester: ModelTester) -> None:
    model = model_of(ROWS, TODAY, 20)
    model.set_filter(RowFilter("", QuickFilter.ACTIVE))
    qtmodeltester.check(model, force_py=True)
    # The next day Acme has waited 20 days: it leaves the Active filter.
    model.update_rows([], [], TODAY + timedelta(days=1))
    assert shown(model) == ["Initech", "Globex"]
    assert model.silent_count() == 2  # Acme and Hooli
    # A shorter period (8 days) makes Initech silent too.
    model.set_silence(TODAY, 8)
    assert shown(model) == ["Globex"]
    assert model.silent_count() == 3
    # A reply moves Initech on: it is active again, placed by the one-row update.
    answered = ROWS[2]._replace(furthest_stage=Stage.RESPONDED)
    model.update_rows([answered], [], TODAY, 8)
    assert shown(model) == ["Initech", "Globex"]
    assert model.silent_count() == 2


def test_sorting_by_outcome_puts_no_response_after_the_stored_outcomes() -> None:
    from PySide6.QtCore import Qt

    model = model_of(ROWS, TODAY, 19)
    model.sort(COL_OUTCOME, Qt.SortOrder.AscendingOrder)
    assert shown(model, COL_OUTCOME) == ["Active", "Active", "No response", "No response"]
    model.set_silence(TODAY, 30)  # nobody is silent now: Acme sorts among the active ones
    assert shown(model, COL_OUTCOME) == ["Active", "Active", "Active", "No response"]
    assert shown(model) == ["Acme", "Globex", "Initech", "Hooli"]


def test_the_bulk_filter_admits_what_the_one_row_rule_admits() -> None:
    silence = Silence(TODAY, 19)
    silent = {r.id for r in ROWS if silence.covers(r)}
    assert silent == {1}
    for quick in QuickFilter:
        assert quick.admitted(ROWS, silent) == [quick.admits(r, silence) for r in ROWS], quick
