"""benchmarks/make_data.py: its folder opens as a user's own and holds what it says."""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from benchmarks.make_data import Built, build, describe
from jobdesk.domain.application import Application, EventKind, plan_advance, plan_outcome
from jobdesk.domain.attachments import AttachmentKind, FileFormat
from jobdesk.domain.enums import Outcome, Stage
from jobdesk.paths import Paths
from jobdesk.services.bundle import Services, build_services
from jobdesk.services.letter_text import read_document
from jobdesk.store.database import open_database
from tests.conftest import TODAY

N = 300


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Built]:
    folder = tmp_path_factory.mktemp("made") / "data"
    return folder, build(folder, N, seed=3, today=TODAY)


@pytest.fixture
def opened(built: tuple[Path, Built]) -> Iterator[Services]:
    folder, _ = built
    paths = Paths(folder)
    db = open_database(paths.database, paths.backups)
    yield build_services(db, paths, today=lambda: TODAY)
    db.close()


def test_the_counts_it_reports_are_what_the_app_reads(
    built: tuple[Path, Built], opened: Services
) -> None:
    _, made = built
    apps = opened.pipeline.applications()
    assert len(apps) == made.applications == N
    assert sum(len(a.events) for a in apps) == made.events
    assert sum(e.backfilled for a in apps for e in a.events) == made.backfilled_events
    assert sum(len(a.details.contacts) for a in apps) == made.contacts
    assert len({a.details.company for a in apps}) == made.companies
    assert len(opened.feedback.messages_sent()) == made.messages_sent
    assert len(opened.feedback.all_feedback()) == made.feedback_received
    assert len(opened.offers.summaries()) == made.offers
    attachments = [x for a in apps for x in opened.attachments.for_application(a.id)]
    assert len(attachments) == made.attachments
    assert Counter(a.furthest_stage.value for a in apps) == made.furthest
    assert Counter(a.outcome.value for a in apps) == made.outcomes
    assert f"built {N:,} applications" in describe(made)


def test_every_kept_file_is_on_disk_where_the_app_looks_and_survives_the_start_sweep(
    built: tuple[Path, Built], opened: Services
) -> None:
    _, made = built
    files = opened.attachments.files
    # build_services swept unreferenced files already: nothing the rows use was lost.
    rows = [
        x for a in opened.pipeline.applications() for x in opened.attachments.for_application(a.id)
    ]
    hashes = {x.sha256 for x in rows}
    assert files.hashes() == hashes
    assert len(hashes) == made.files
    for item in rows:
        assert files.path_of(item.sha256).stat().st_size == item.size
    letter = next(
        x for x in rows if x.kind is AttachmentKind.OFFER_LETTER and x.format is FileFormat.PDF
    )
    offer = next(o for o in opened.offers.summaries() if o.offer.source_attachment_id == letter.id)
    reading = read_document(str(files.path_of(letter.sha256)), FileFormat.PDF.value)
    assert "Offer of employment" in reading.text
    assert offer.offer.terms.currency in reading.text


def test_each_history_is_one_the_apps_rules_could_have_written(opened: Services) -> None:
    for app in opened.pipeline.applications():
        replayed = Application(app.id, app.details)
        for event in app.events:
            if event.kind is EventKind.STAGE:
                assert event.stage is not None
                made = plan_advance(replayed, event.stage, event.on, TODAY)
            else:
                assert event.outcome is not None
                made = plan_outcome(
                    replayed, event.outcome, event.on, TODAY, stage=event.stage, reason=event.reason
                )
            assert (made.kind, made.on, made.stage, made.outcome) == (
                event.kind,
                event.on,
                event.stage,
                event.outcome,
            )
            replayed = Application(app.id, app.details, (*replayed.events, event))
        assert all(e.on <= TODAY for e in app.events)
        assert (TODAY - app.details.applied_on).days < 730


def test_it_looks_like_a_real_search(tmp_path: Path) -> None:
    # Large enough that even the rare endings (an offer accepted) occur.
    folder = tmp_path / "data"
    made = build(folder, 2000, seed=3, today=TODAY)
    paths = Paths(folder)
    db = open_database(paths.database, paths.backups)
    apps = build_services(db, paths, today=lambda: TODAY).pipeline.applications()
    db.close()
    assert len(apps) == made.applications
    stages = Counter(a.furthest_stage for a in apps)
    outcomes = Counter(a.outcome for a in apps)
    assert stages[Stage.APPLIED] > len(apps) / 2  # most applications get no reply
    assert 0 < stages[Stage.OFFER] < len(apps) / 20  # few reach an offer
    assert all(outcomes[o] for o in Outcome)  # every way an application can stand
    events = [e for a in apps for e in a.events]
    assert any(e.backfilled for e in events)
    assert any(e.outcome is Outcome.REJECTED and e.reason is not None for e in events)
    reopened = [a for a in apps if any(e.outcome is Outcome.ACTIVE for e in a.events)]
    assert reopened
    assert any(e.outcome is Outcome.GHOSTED for a in reopened for e in a.events)


def test_the_same_seed_builds_the_same_data(tmp_path: Path, built: tuple[Path, Built]) -> None:
    folder, made = built
    again = build(tmp_path / "again", N, seed=3, today=TODAY)
    build(tmp_path / "other", N, seed=4, today=TODAY)
    assert (again.events, again.contacts, again.offers) == (made.events, made.contacts, made.offers)
    assert _dump(tmp_path / "again") == _dump(folder)
    assert _dump(tmp_path / "other") != _dump(folder)


def test_it_refuses_a_folder_that_already_holds_data(built: tuple[Path, Built]) -> None:
    folder, _ = built
    with pytest.raises(SystemExit, match="already exists"):
        build(folder, 10, today=TODAY)


def test_the_window_opens_it(qtbot: QtBot, opened: Services) -> None:
    from jobdesk.ui.shell.main_window import MainWindow

    window = MainWindow(opened)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.pipeline_tab.model.rowCount() == N
    assert window.select_tab("Offers")
    assert window.offers_tab.table.model().rowCount() == len(opened.offers.summaries())


def _dump(folder: Path) -> list[str]:
    with sqlite3.connect(folder / "jobdesk.sqlite") as connection:
        return list(connection.iterdump())
