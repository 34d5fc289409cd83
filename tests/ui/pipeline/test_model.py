"""The pipeline table model and its filter proxy."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from jobdesk.domain.application import Application, ApplicationDetails, EventKind, StageEvent
from jobdesk.domain.enums import Outcome, Stage
from jobdesk.services.pipeline import Pipeline
from jobdesk.ui.pipeline.model import (
    COL_COMPANY,
    COL_IDLE_DAYS,
    COL_STAGE,
    PipelineFilter,
    PipelineModel,
    QuickFilter,
)

TODAY = date(2026, 11, 20)


def application(
    app_id: int, company: str, stage: Stage, outcome: Outcome, applied: int
) -> Application:
    events: list[StageEvent] = []
    if stage is not Stage.APPLIED:
        events.append(StageEvent(EventKind.STAGE, date(2026, 11, applied + 1), stage=stage))
    if outcome is not Outcome.ACTIVE:
        events.append(
            StageEvent(EventKind.OUTCOME, date(2026, 11, applied + 2), stage=stage, outcome=outcome)
        )
    details = ApplicationDetails(company, "Engineer", date(2026, 11, applied), notes="")
    return Application(app_id, details, tuple(events))


ROWS = [
    application(1, "Acme", Stage.TECHNICAL, Outcome.ACTIVE, 1),
    application(2, "Globex", Stage.SCREEN, Outcome.REJECTED, 3),
    application(3, "Initech", Stage.OFFER, Outcome.ACTIVE, 2),
    application(4, "Umbrella", Stage.RESPONDED, Outcome.ACTIVE, 10),
    application(5, "Hooli", Stage.APPLIED, Outcome.GHOSTED, 12),
]


def filtered() -> tuple[PipelineModel, PipelineFilter]:
    model = PipelineModel()
    model.set_rows(ROWS, TODAY)
    proxy = PipelineFilter()
    proxy.setSourceModel(model)
    return model, proxy


def shown(proxy: PipelineFilter) -> list[str]:
    return [proxy.index(r, COL_COMPANY).data() for r in range(proxy.rowCount())]


def test_model_passes_qt_model_tester_with_the_sample_search(
    qtmodeltester: ModelTester, pipeline: Pipeline
) -> None:
    pipeline.load_sample()
    model = PipelineModel()
    model.set_rows(pipeline.applications(), TODAY)
    qtmodeltester.check(model)
    proxy = PipelineFilter()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    proxy.set_search_text("engineer")
    qtmodeltester.check(proxy)


def test_stage_sorts_in_pipeline_order_not_alphabetically() -> None:
    _, proxy = filtered()
    proxy.sort(COL_STAGE, Qt.SortOrder.AscendingOrder)
    assert shown(proxy) == ["Hooli", "Umbrella", "Globex", "Acme", "Initech"]


def test_days_idle_sorts_as_numbers() -> None:
    _, proxy = filtered()
    proxy.sort(COL_IDLE_DAYS, Qt.SortOrder.AscendingOrder)
    idle = [int(proxy.index(r, COL_IDLE_DAYS).data()) for r in range(proxy.rowCount())]
    assert idle == sorted(idle) and idle[0] < 10 < idle[-1]


def test_quick_filters_stage_filter_and_search() -> None:
    _, proxy = filtered()
    proxy.set_quick_filter(QuickFilter.ACTIVE)
    assert sorted(shown(proxy)) == ["Acme", "Initech", "Umbrella"]
    proxy.set_quick_filter(QuickFilter.OFFERS)
    assert shown(proxy) == ["Initech"]
    proxy.set_quick_filter(QuickFilter.CLOSED)
    assert sorted(shown(proxy)) == ["Globex", "Hooli"]
    proxy.set_quick_filter(QuickFilter.ALL)
    proxy.set_stage(Stage.SCREEN)
    assert shown(proxy) == ["Globex"]
    proxy.set_stage(None)
    proxy.set_search_text("  GLOB ")
    assert shown(proxy) == ["Globex"]


def test_closed_rows_are_muted() -> None:
    model, _ = filtered()
    assert model.index(1, COL_COMPANY).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert model.index(0, COL_COMPANY).data(Qt.ItemDataRole.ForegroundRole) is None
