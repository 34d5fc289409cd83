"""Today's leaking stage follows each change from its kept counts, as the Insights name it."""

from __future__ import annotations

from functools import partial

import pytest
from pytestqt.qtbot import QtBot

from jobdesk.domain.enums import Outcome, Stage
from jobdesk.domain.funnel import KeptTally
from jobdesk.services import agenda as agenda_module
from jobdesk.services.bundle import Services
from jobdesk.services.insights import Insights
from jobdesk.ui.shell.main_window import MainWindow
from tests.ui.today.test_today_tab import make_window, sample


def insights_leak(services: Services) -> str:
    report = services.insights.view().leak
    return report.leak.headline if report.leak else report.message


def test_each_change_moves_the_leak_today_names_without_counting_every_application(
    qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    sample(services)
    window = make_window(qtbot, services)
    window.select_tab("Today")
    tab = window.today_tab
    assert tab.leak_label.text().startswith(
        "Technical → final round is where your search leaks most: 50% moved on (5 of 10) "
    )
    counted: list[str] = []
    real_init = KeptTally.__init__

    def counting(self: KeptTally, *args: object, **kwargs: object) -> None:
        counted.append("every application")
        real_init(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(KeptTally, "__init__", counting)
    viewed: list[str] = []
    real_view = Insights.view
    monkeypatch.setattr(Insights, "view", lambda s, *a: viewed.append("view") or real_view(s, *a))

    pipeline = services.pipeline
    # The final rounds still open pass to an offer: the technical step now leaks less.
    finals = [
        a.id
        for a in window.rows.all()
        if a.furthest_stage is Stage.FINAL and a.outcome is Outcome.ACTIVE
    ]
    technical = [
        a.id
        for a in window.rows.all()
        if a.furthest_stage is Stage.TECHNICAL and a.outcome is Outcome.ACTIVE
    ]
    texts = []
    for app_id in technical:
        window.perform(partial(pipeline.advance, app_id, Stage.FINAL))
        texts.append(tab.leak_label.text())
    for app_id in finals:
        window.perform(partial(pipeline.reject, app_id))
        texts.append(tab.leak_label.text())
    window.undo()
    texts.append(tab.leak_label.text())
    assert len(texts) == len(technical) + len(finals) + 1 >= 3
    assert counted == [] and viewed == []  # no count of every application, no track read
    assert tab.leak_label.text().startswith(insights_leak(services))
    assert len(set(texts)) > 1  # the changes moved what Today says


def test_a_large_search_names_its_leak_on_today_before_the_insights_are_read(
    qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Above the size at which the Insights read every track on a worker thread, Today still
    names the leaking stage: it counts the window's own rows, once, and then each change."""
    monkeypatch.setattr(agenda_module, "LEAK_ON_THE_SPOT", 3)
    sample(services)
    window: MainWindow = make_window(qtbot, services)
    window.select_tab("Today")
    assert services.insights.needs_full_read()  # the Insights tab has not read anything
    text = window.today_tab.leak_label.text()
    assert text.startswith(
        "Technical → final round is where your search leaks most: 50% moved on (5 of 10) "
    )
    assert text.startswith(insights_leak(services))
