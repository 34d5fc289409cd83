"""A form whose save is refused (here a real full disk) opens again with everything typed in
it: the new-application form, the edit form and the rejection form, by one mechanism."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from jobdesk.domain.application import ApplicationDetails
from jobdesk.domain.enums import Outcome, RejectionReason, Stage
from jobdesk.paths import Paths, prepare
from jobdesk.services.bundle import Services, build_services
from jobdesk.store.database import open_database
from jobdesk.ui.shell.main_window import MainWindow
from tests.disks import fill, small_disk
from tests.qt_helpers import ErrorsKept, answering_dialogs

TODAY = date(2026, 11, 20)
FULL = (
    "jobdesk could not save this change: the disk is full. Free some space on it (or move "
    "the data folder to a disk with room), then try again. Nothing was changed."
)


@pytest.fixture
def disk(tmp_path: Path) -> Iterator[Path]:
    with small_disk(tmp_path / "disk", size_kib=2048) as folder:
        yield folder


@pytest.fixture
def on_disk(disk: Path) -> Iterator[Services]:
    paths = prepare(Paths(disk / "data"))
    db = open_database(paths.database, paths.backups)
    try:
        yield build_services(db, paths, today=lambda: TODAY)
    finally:
        db.close()


@pytest.fixture
def window(qtbot: QtBot, on_disk: Services) -> MainWindow:
    w = MainWindow(on_disk, prompts=ErrorsKept())
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def prompts_of(window: MainWindow) -> ErrorsKept:
    assert isinstance(window.prompts, ErrorsKept)
    return window.prompts


def acme_selected(window: MainWindow, services: Services) -> int:
    """One application, shown and selected in the pipeline (the disk not yet full)."""
    details = ApplicationDetails("Acme", "Engineer", date(2026, 11, 2))
    app_id = services.pipeline.add(details).application_ids[0]
    window.reload()
    window.select_tab("Pipeline")
    window.pipeline_tab.select_ids([app_id])
    return app_id


def test_a_new_application_refused_by_a_full_disk_opens_again_as_typed(
    window: MainWindow, on_disk: Services, disk: Path
) -> None:
    on_disk.pipeline.add(ApplicationDetails("Acme", "Engineer", date(2026, 11, 2)))
    fill(disk)
    seen: list[tuple[str, str, str, str]] = []

    def type_in(dialog: QDialog) -> None:
        dialog.company_edit.setText("Full Disk Co")  # type: ignore[attr-defined]
        dialog.role_edit.setText("SRE")  # type: ignore[attr-defined]
        dialog.notes_edit.setPlainText("Met Dana at the meetup")  # type: ignore[attr-defined]
        dialog.accept()

    def look(dialog: QDialog) -> None:
        seen.append(
            (
                dialog.windowTitle(),
                dialog.company_edit.text(),  # type: ignore[attr-defined]
                dialog.role_edit.text(),  # type: ignore[attr-defined]
                dialog.notes_edit.toPlainText(),  # type: ignore[attr-defined]
            )
        )
        dialog.reject()

    with answering_dialogs(type_in, look):
        window.new_action.trigger()
    assert prompts_of(window).errors == [FULL]
    assert seen == [("New application", "Full Disk Co", "SRE", "Met Dana at the meetup")]
    assert [s.company for s in on_disk.pipeline.summaries()] == ["Acme"]


def test_an_edit_and_a_rejection_refused_open_again_as_entered(
    window: MainWindow, on_disk: Services, disk: Path
) -> None:
    app_id = acme_selected(window, on_disk)
    fill(disk)
    seen: list[object] = []

    def edit(dialog: QDialog) -> None:
        dialog.role_edit.setText("Staff Engineer")  # type: ignore[attr-defined]
        dialog.accept()

    def look_edit(dialog: QDialog) -> None:
        seen.append((dialog.windowTitle(), dialog.role_edit.text()))  # type: ignore[attr-defined]
        dialog.reject()

    with answering_dialogs(edit, look_edit):
        window.edit_action.trigger()

    def reject(dialog: QDialog) -> None:
        dialog.reason_buttons[RejectionReason.NO_REASON].setChecked(False)  # type: ignore[attr-defined]
        dialog.reason_buttons[RejectionReason.FILLED_INTERNALLY].setChecked(True)  # type: ignore[attr-defined]
        dialog.note_edit.setPlainText("They hired internally")  # type: ignore[attr-defined]
        dialog.accept()

    def look_reject(dialog: QDialog) -> None:
        value = dialog.result_value()  # type: ignore[attr-defined]
        seen.append((value.reason, value.note))
        dialog.reject()

    with answering_dialogs(reject, look_reject):
        window.reject_action.trigger()
    assert prompts_of(window).errors == [FULL, FULL]
    assert seen == [
        ("Edit application", "Staff Engineer"),
        (RejectionReason.FILLED_INTERNALLY, "They hired internally"),
    ]
    app = on_disk.pipeline.application(app_id)
    assert (app.details.role_title, app.outcome) == ("Engineer", Outcome.ACTIVE)


def test_a_debrief_and_feedback_refused_open_again_as_written(
    window: MainWindow, on_disk: Services, disk: Path
) -> None:
    app_id = on_disk.pipeline.add(
        ApplicationDetails("Acme", "Engineer", date(2026, 11, 2))
    ).application_ids[0]
    on_disk.pipeline.advance(app_id, Stage.SCREEN, date(2026, 11, 10))
    on_disk.pipeline.reject(app_id, date(2026, 11, 12))
    app = on_disk.pipeline.application(app_id)
    fill(disk)
    seen: list[object] = []

    def debrief(dialog: QDialog) -> None:
        dialog.answers["stumbled"].setPlainText("The queue question")  # type: ignore[attr-defined]
        dialog.accept()

    def look_debrief(dialog: QDialog) -> None:
        seen.append(dialog.result_value().stumbled)  # type: ignore[attr-defined]
        dialog.reject()

    with answering_dialogs(debrief, look_debrief):
        window.interview_actions.write_debrief(app)

    def feedback(dialog: QDialog) -> None:
        dialog.said_edit.setPlainText("Needed deeper system design.")  # type: ignore[attr-defined]
        dialog.new_theme_edit.setText("Queues")  # type: ignore[attr-defined]
        dialog.add_theme()  # type: ignore[attr-defined]
        dialog.accept()

    def look_feedback(dialog: QDialog) -> None:
        entry = dialog.result_value()  # type: ignore[attr-defined]
        seen.append((entry.feedback.said, entry.feedback.themes, entry.new_themes))
        dialog.reject()

    with answering_dialogs(feedback, look_feedback):
        window.record_feedback(app_id)
    assert prompts_of(window).errors == [FULL, FULL]
    assert seen == [
        "The queue question",
        ("Needed deeper system design.", ("Queues",), ("Queues",)),
    ]
    assert on_disk.feedback.feedback(app_id) is None


def test_a_withdrawal_and_an_interview_refused_open_again_as_typed(
    window: MainWindow, on_disk: Services, disk: Path
) -> None:
    app_id = acme_selected(window, on_disk)
    fill(disk)
    seen: list[object] = []

    def withdraw(dialog: QDialog) -> None:
        dialog.note_edit.setPlainText("Took another offer")  # type: ignore[attr-defined]
        dialog.accept()

    def look_withdraw(dialog: QDialog) -> None:
        seen.append(dialog.result_value()[1])  # type: ignore[attr-defined]
        dialog.reject()

    with answering_dialogs(withdraw, look_withdraw):
        window.close_selected(Outcome.WITHDRAWN)

    def schedule(dialog: QDialog) -> None:
        dialog.notes_edit.setPlainText("Bring the system design notes")  # type: ignore[attr-defined]
        dialog.accept()

    def look_schedule(dialog: QDialog) -> None:
        seen.append((dialog.windowTitle(), dialog.notes_edit.toPlainText()))  # type: ignore[attr-defined]
        dialog.reject()

    with answering_dialogs(schedule, look_schedule):
        window.interview_actions.schedule()
    assert prompts_of(window).errors == [FULL, FULL]
    assert seen == [
        "Took another offer",
        ("Schedule an interview", "Bring the system design notes"),
    ]
    assert on_disk.pipeline.application(app_id).outcome is Outcome.ACTIVE


def test_an_improvement_refused_opens_again_as_typed(
    window: MainWindow, on_disk: Services, disk: Path
) -> None:
    on_disk.pipeline.add(ApplicationDetails("Acme", "Engineer", date(2026, 11, 2)))
    fill(disk)
    seen: list[str] = []

    def start(dialog: QDialog) -> None:
        dialog.action_edit.setText("Mock system design twice a week")  # type: ignore[attr-defined]
        dialog.topic_combo.setCurrentText("System design")  # type: ignore[attr-defined]
        dialog.accept()

    def look(dialog: QDialog) -> None:
        seen.append(dialog.action_edit.text())  # type: ignore[attr-defined]
        seen.append(dialog.topic_combo.currentText())  # type: ignore[attr-defined]
        dialog.reject()

    with answering_dialogs(start, look):
        window._improve_stage(Stage.TECHNICAL)
    assert prompts_of(window).errors == [FULL]
    assert seen == ["Mock system design twice a week", "System design"]
    assert on_disk.patterns.active() == []


def test_an_offer_edit_refused_opens_again_as_typed(
    window: MainWindow, on_disk: Services, disk: Path
) -> None:
    on_disk.pipeline.load_sample()
    on_disk.offers.load_sample()
    offer = on_disk.offers.summaries()[0]
    fill(disk)
    seen: list[str] = []

    def edit(dialog: QDialog) -> None:
        dialog.form.notes_edit.setPlainText("Ask about the vesting cliff")  # type: ignore[attr-defined]
        dialog.accept()

    def look(dialog: QDialog) -> None:
        seen.append(dialog.form.notes_edit.toPlainText())  # type: ignore[attr-defined]
        dialog.reject()

    with answering_dialogs(edit, look):
        window.offers._edit(offer.offer.id)
    assert prompts_of(window).errors == [FULL]
    assert seen == ["Ask about the vesting cliff"]
