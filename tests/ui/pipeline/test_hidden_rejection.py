"""Keeping a new rejection's details out of sight: the details pane leaves out its reason and
note, says until when, and shows them on "Show now"; off by default; no figure changes.
On the real clock: the rejection is logged now, so it is younger than the days set."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from peewee import SqliteDatabase
from PySide6.QtCore import QUrl
from pytestqt.qtbot import QtBot

from jobdesk.domain.application import ApplicationDetails
from jobdesk.domain.enums import RejectionReason, Stage
from jobdesk.domain.experiments import METRICS, Dimension
from jobdesk.domain.settings import HIDE_REJECTION_DAYS, HIDE_REJECTION_DETAILS
from jobdesk.paths import Paths
from jobdesk.services.bundle import Services, build_services
from jobdesk.stats_command import as_json
from jobdesk.ui.pipeline.links import SHOW_REJECTION
from jobdesk.ui.shell.main_window import MainWindow

NOTE = "The panel wanted <more> depth on partitioning."


@pytest.fixture
def services(db: SqliteDatabase, paths: Paths) -> Services:
    services = build_services(db, paths)  # the real clock: recorded times are real
    # Read as each test starts (not as the module is imported): a run that passes midnight
    # then dates the rejection on the day the services count from.
    today = date.today()
    pipeline = services.pipeline
    (acme,) = pipeline.add(
        ApplicationDetails("Acme", "Backend Engineer", today - timedelta(days=20))
    ).application_ids
    pipeline.advance(acme, Stage.SCREEN, today - timedelta(days=10))
    pipeline.reject(acme, today, reason=RejectionReason.SKILLS_GAP, note=NOTE)
    return services


@pytest.fixture
def window(qtbot: QtBot, services: Services) -> Iterator[MainWindow]:
    w = MainWindow(services)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.tabs.setCurrentWidget(w.pipeline_tab)
    w.pipeline_tab.select_first_row()
    yield w


def pane_text(window: MainWindow) -> str:
    return window.pipeline_tab.detail.toPlainText()


def test_off_by_default_the_details_show_the_reason_and_note(window: MainWindow) -> None:
    text = pane_text(window)
    assert "Rejected at screen: skills gap (something to work on)" in text
    assert NOTE in text
    assert "hidden" not in text


def test_on_the_pane_hides_them_until_the_date_and_shows_them_on_request(
    window: MainWindow, services: Services
) -> None:
    window.perform(lambda: services.settings.set(HIDE_REJECTION_DETAILS, True))
    (app,) = services.pipeline.applications()
    rejection = app.events[-1]
    assert rejection.recorded_at is not None
    until = rejection.recorded_at.astimezone() + timedelta(days=7)
    hidden = services.agenda.hidden_text(until)
    text = pane_text(window)
    assert "Rejected at screen\n" in text + "\n"
    assert "skills gap" not in text
    assert "partitioning" not in text
    assert f"{hidden} — Show now" in text
    html = window.pipeline_tab.detail.toHtml()
    assert f"{SHOW_REJECTION}{rejection.id}" in html

    window.pipeline_tab.detail.anchorClicked.emit(QUrl(f"{SHOW_REJECTION}{rejection.id}"))
    text = pane_text(window)
    assert "Rejected at screen: skills gap (something to work on)" in text
    assert NOTE in text  # as typed, markup characters and all
    assert "hidden" not in text


def figures(services: Services) -> str:
    """Every Insights figure: what `jobdesk stats --json` prints, and each page's figures."""
    view = services.insights.view()
    experiment = services.insights.experiment(Dimension.CHANNEL, METRICS[0])
    printed = json.dumps(as_json(view, [(experiment, None)], "here"), sort_keys=True)
    return "\n".join((printed, repr(view.rejections), repr(view.activity), repr(view.times)))


def test_no_figure_changes_with_it_on_or_off(services: Services) -> None:
    services.pipeline.load_sample()
    off = figures(services)
    services.settings.set(HIDE_REJECTION_DETAILS, True)
    services.settings.set(HIDE_REJECTION_DAYS, 30)
    assert figures(services) == off
    assert services.insights.view().rejections.total == 11  # the sample's 10 and Acme
