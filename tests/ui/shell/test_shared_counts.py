"""What Today, the Feedback tab and the Insights count over every application is worked out
once per change, from the window's rows, and all three show the same figures as when each
counted for itself."""

from __future__ import annotations

from datetime import timedelta

import pytest
from pytestqt.qtbot import QtBot

from jobdesk.domain import funnel
from jobdesk.domain.application import ApplicationDetails
from jobdesk.domain.enums import Stage
from jobdesk.domain.funnel import KeptTally
from jobdesk.domain.today import ItemKind
from jobdesk.services.bundle import Services
from jobdesk.ui.shell.main_window import MainWindow
from tests.conftest import TODAY
from tests.services.test_insights_from_rows import figures
from tests.ui.today.test_today_tab import make_window


def follow_ups_listed(window: MainWindow) -> list[int]:
    agenda = window.today_tab.agenda
    assert agenda is not None
    return sorted(i.application_id for i in agenda.items if i.kind is ItemKind.FOLLOW_UP)


def quiet(services: Services, company: str, days: int) -> int:
    details = ApplicationDetails(company, "SRE", TODAY - timedelta(days=days))
    return services.pipeline.add(details).application_ids[0]


def test_today_and_the_feedback_tab_count_the_same_follow_ups_once_per_change(
    qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    services.pipeline.load_sample()
    ids = [quiet(services, name, days) for name, days in (("Quietly", 14), ("Hushed", 20))]
    quiet(services, "Fresh", 2)  # not due yet
    made: list[object] = []
    kept = services.agenda.kept_follow_ups
    monkeypatch.setattr(services.agenda, "kept_follow_ups", lambda m: made.append(m) or kept(m))
    window = make_window(qtbot, services)
    due = sorted(f.app.id for f in services.feedback.follow_ups())
    assert set(ids) <= set(due)
    assert window.select_tab("Today")
    assert follow_ups_listed(window) == due
    assert window.select_tab("Feedback")
    assert window.feedback_tab.pages.tabText(2) == f"Follow-ups due ({len(due)})"
    assert len(made) == 1  # worked out for Today; the Feedback tab counted the same ones

    # A change: both follow the changed application, and nothing is worked out again.
    window.perform(lambda: services.pipeline.advance(ids[0], Stage.SCREEN, TODAY))
    now_due = sorted(f.app.id for f in services.feedback.follow_ups())
    assert now_due == [i for i in due if i != ids[0]]
    assert window.feedback_tab.pages.tabText(2) == f"Follow-ups due ({len(now_due)})"
    assert window.select_tab("Today")
    assert follow_ups_listed(window) == now_due
    assert len(made) == 1


def test_the_insights_show_the_funnel_today_counted(
    qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    services.pipeline.load_sample()
    counted: list[int] = []

    class Counting(KeptTally):
        def __init__(self, *args: object, **kwargs: object) -> None:
            counted.append(1)
            super().__init__(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(funnel, "KeptTally", Counting)
    window = make_window(qtbot, services)
    assert window.select_tab("Today")
    assert window.select_tab("Insights")
    qtbot.waitUntil(lambda: window.insights_tab.loaded)
    panel = window.insights_tab.panel
    assert panel is not None and panel.view is not None
    assert counted == [1]  # once, for both
    # The same figures as from every application's track.
    everything = services.insights.view()
    assert not panel.view.has_tracks  # shown from the counts
    assert figures(panel.view) == figures(everything)
    assert panel.view.applications == len(window.rows) == 82
