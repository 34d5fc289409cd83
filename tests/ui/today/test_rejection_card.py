"""After a rejection, on the Today tab: the card while it lands, the follow-ups it holds back,
undo, and the settings that hide its reason or turn it off. On the real clock: a rejection
logged now lands for at least four hours (until the next morning)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta

import pytest
from peewee import SqliteDatabase
from pytestqt.qtbot import QtBot

from jobdesk.app import load_demo
from jobdesk.domain.application import ApplicationDetails
from jobdesk.domain.enums import RejectionReason
from jobdesk.domain.settings import HIDE_REJECTION_DAYS, HIDE_REJECTION_DETAILS, REJECTION_LANDING
from jobdesk.paths import Paths
from jobdesk.services.bundle import Services, build_services
from jobdesk.ui.shell.main_window import MainWindow
from jobdesk.ui.today.models import COL_APPLICATION, COL_KIND

TODAY = date.today()


@pytest.fixture
def services(db: SqliteDatabase, paths: Paths) -> Services:
    services = build_services(db, paths)  # the real clock: recorded times are real
    add = services.pipeline.add
    add(ApplicationDetails("Acme", "Backend Engineer", TODAY - timedelta(days=20)))
    add(ApplicationDetails("Globex", "SRE", TODAY - timedelta(days=5)))
    return services


@pytest.fixture
def window(qtbot: QtBot, services: Services) -> Iterator[MainWindow]:
    w = MainWindow(services)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.tabs.setCurrentWidget(w.today_tab)
    yield w


def listed(window: MainWindow) -> list[tuple[str, str]]:
    model = window.today_tab.model
    return [
        (model.index(r, COL_KIND).data(), model.index(r, COL_APPLICATION).data())
        for r in range(model.rowCount())
    ]


def globex_id(services: Services) -> int:
    (globex,) = [s.id for s in services.pipeline.summaries() if s.company == "Globex"]
    return globex


def reject_globex(window: MainWindow, services: Services, reason: RejectionReason) -> None:
    globex = globex_id(services)
    window.perform(lambda: services.pipeline.reject(globex, TODAY, reason=reason))


def test_a_rejection_shows_the_card_and_holds_the_follow_ups_until_undone(
    window: MainWindow, services: Services
) -> None:
    tab = window.today_tab
    assert listed(window) == [("Follow-up due", "Acme — Backend Engineer")]
    assert not tab.landing_box.isVisible()

    reject_globex(window, services, RejectionReason.FILLED_INTERNALLY)
    assert tab.landing_box.isVisible()
    text = tab.landing_label.text()
    assert text.startswith("Globex said no. It is fine to be disappointed: let it land")
    assert "“Filled internally” is one of the reasons that have nothing to do with you" in text
    assert listed(window) == []  # Acme's follow-up waits
    assert tab.empty_label.isVisible()
    assert tab.empty_label.text().startswith("Nothing needs doing now: the rest waits until 08:00")
    line = window.landing_line.label
    assert not line.isHidden()
    assert line.text().startswith("Globex said no: let it land. Nudges wait until 08:00")
    # A rule stands between the count and this line: the two no longer run together.
    rule = window.landing_line.separator
    assert rule.isVisible()
    assert window.count_label.geometry().right() < rule.x() < line.x()
    assert tab.agenda is not None and tab.agenda.pacing is None
    # No desktop note about follow-ups meanwhile either.
    assert services.agenda.reminders(window.rows.all()) == []

    window.undo_action.trigger()
    assert not tab.landing_box.isVisible()
    assert line.isHidden() and rule.isHidden()
    assert listed(window) == [("Follow-up due", "Acme — Backend Engineer")]
    assert len(services.agenda.reminders(window.rows.all())) == 1


def test_the_reason_can_be_kept_out_of_sight_and_the_card_turned_off(
    window: MainWindow, services: Services
) -> None:
    tab = window.today_tab
    window.perform(lambda: services.settings.set(HIDE_REJECTION_DETAILS, True))  # 7 days
    reject_globex(window, services, RejectionReason.BUDGET)
    text = tab.landing_label.text()
    assert text.startswith("Globex said no.") and "Budget" not in text
    assert text.endswith("(interviews and offer deadlines stay listed).")
    (event,) = services.pipeline.application(globex_id(services)).events
    assert event.recorded_at is not None
    until = event.recorded_at.astimezone() + timedelta(days=7)
    assert tab.hidden_label.isVisible()
    assert tab.hidden_label.text() == (
        f"Globex: {services.agenda.hidden_text(until)} — "
        f"<a href='show-rejection:{globex_id(services)}'>Show now</a>"
    )
    assert services.agenda.hidden_text(until).startswith("Rejection details hidden until ")
    # "Show now": the card names the reason after all.
    tab.hidden_label.linkActivated.emit(f"show-rejection:{globex_id(services)}")
    assert "“Budget or headcount” is one of the reasons" in tab.landing_label.text()
    assert not tab.hidden_label.isVisible()
    tab.revealed.clear()
    window.perform(lambda: services.settings.set(HIDE_REJECTION_DAYS, 3))
    assert "Budget" not in tab.landing_label.text()
    assert services.agenda.hidden_text(until - timedelta(days=4)) in tab.hidden_label.text()
    # Figures do not change: Insights still counts the rejection.
    assert [s.was_rejected for s in window.rows.all() if s.company == "Globex"] == [True]

    assert not window.landing_line.label.isHidden()
    window.perform(lambda: services.settings.set(REJECTION_LANDING, False))
    assert not tab.landing_box.isVisible()
    assert window.landing_line.label.isHidden()
    assert listed(window) == [("Follow-up due", "Acme — Backend Engineer")]


def test_the_demo_opens_on_today_with_a_rejection_card(
    qtbot: QtBot, db: SqliteDatabase, paths: Paths
) -> None:
    # As `jobdesk --demo` loads it, on the real clock: the sample's Vantage Mobility was
    # rejected yesterday, and the demo logs it as it starts.
    services = build_services(db, paths)
    load_demo(services)
    window = MainWindow(services, demo=True)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.open_start_tab()
    assert window.tabs.currentWidget() is window.today_tab
    tab = window.today_tab
    assert tab.landing_box.isVisible()
    assert tab.landing_label.text().startswith(
        "Vantage Mobility said no. It is fine to be disappointed: let it land, take the "
        "evening, and talk it over with someone if that helps. Nothing here nudges you until "
        "08:00"
    )
    assert window.landing_line.label.text().startswith(
        "Vantage Mobility said no: let it land. Nudges wait until 08:00"
    )
    # The card's "Nothing here nudges you" holds: no follow-ups, no replies to chase, no
    # debriefs owed below it; only interviews and offer deadlines would stay.
    assert {kind for kind, _name in listed(window)} <= {"Interview", "Offer reply due"}
    assert tab.more_label.isHidden()
    assert services.agenda.reminders(window.rows.all()) == []


def test_today_first_shown_while_a_rejection_lands_lists_the_held_follow_ups_once_it_has(
    qtbot: QtBot, services: Services
) -> None:
    # Nothing nudges while the card shows, so the follow-ups are not worked out then: the
    # changes made meanwhile must still show once the card is gone, as a fresh agenda has it.
    services.pipeline.reject(globex_id(services), TODAY, reason=RejectionReason.BUDGET)
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.tabs.setCurrentWidget(window.today_tab)
    tab = window.today_tab
    assert tab.landing_box.isVisible()
    assert listed(window) == []
    acme = next(s for s in window.rows.all() if s.company == "Acme")
    details = services.pipeline.application(acme.id).details
    window.perform(lambda: services.pipeline.edit(acme.id, replace(details, notes="Chased.")))
    window.perform(
        lambda: services.pipeline.add(
            ApplicationDetails("Initech", "Platform Engineer", TODAY - timedelta(days=16))
        )
    )
    assert listed(window) == []
    window.perform(lambda: services.settings.set(REJECTION_LANDING, False))
    assert not tab.landing_box.isVisible()
    assert listed(window) == [
        ("Follow-up due", "Acme — Backend Engineer"),
        ("Follow-up due", "Initech — Platform Engineer"),
    ]
    fresh = services.agenda.agenda(window.rows.all()).items
    assert [(i.kind.label, i.name) for i in fresh] == listed(window)
