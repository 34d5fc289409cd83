"""A form whose save is refused (here a real full disk) opens again with everything typed in
it, by one mechanism (`ask_until_saved`), and the form opened again counts as written:
Escape asks "Discard what you wrote?" before it throws that text away."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from jobdesk.domain.application import ApplicationDetails
from jobdesk.domain.enums import Outcome, RejectionReason, Stage
from jobdesk.domain.settings import MY_NAME, NO_RESPONSE_DAYS
from jobdesk.paths import Paths, prepare
from jobdesk.services.bundle import Services, build_services
from jobdesk.store.database import open_database
from jobdesk.ui.dialogs import form_dialog
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


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The titles of the forms that asked "Discard what you wrote?" (each answered Discard)."""
    titles: list[str] = []

    def ask(form: QWidget) -> bool:
        titles.append(form.windowTitle())
        return True

    monkeypatch.setattr(form_dialog, "ask_discard", ask)
    return titles


def escape(dialog: QDialog) -> None:
    """Press Escape, as a user leaving the form would."""
    QTest.keyClick(dialog, Qt.Key.Key_Escape)


def typing_an_application(company: str, role: str, notes: str) -> Callable[[QDialog], None]:
    """Fills the application form with these and saves it."""

    def type_in(dialog: QDialog) -> None:
        dialog.company_edit.setText(company)  # type: ignore[attr-defined]
        dialog.role_edit.setText(role)  # type: ignore[attr-defined]
        dialog.notes_edit.setPlainText(notes)  # type: ignore[attr-defined]
        dialog.accept()

    return type_in


def looking(seen: list[Any], read: Callable[[Any], object]) -> Callable[[QDialog], None]:
    """The form opened again: what `read` finds in it goes into `seen`, then Escape."""

    def look(dialog: QDialog) -> None:
        seen.append(read(dialog))
        escape(dialog)

    return look


def looking_at_an_application(seen: list[tuple[str, ...]]) -> Callable[[QDialog], None]:
    """Keeps the application form's title, company, role and notes in `seen`, then Escape."""
    return looking(
        seen,
        lambda d: (
            d.windowTitle(),
            d.company_edit.text(),
            d.role_edit.text(),
            d.notes_edit.toPlainText(),
        ),
    )


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
    window: MainWindow, on_disk: Services, disk: Path, asked: list[str]
) -> None:
    on_disk.pipeline.add(ApplicationDetails("Acme", "Engineer", date(2026, 11, 2)))
    fill(disk)
    seen: list[tuple[str, ...]] = []
    type_in = typing_an_application("Full Disk Co", "SRE", "Met Dana at the meetup")

    with answering_dialogs(type_in, looking_at_an_application(seen)):
        window.new_action.trigger()
    assert prompts_of(window).errors == [FULL]
    assert seen == [("New application", "Full Disk Co", "SRE", "Met Dana at the meetup")]
    assert asked == ["New application"]
    assert [s.company for s in on_disk.pipeline.summaries()] == ["Acme"]


def test_an_edit_and_a_rejection_refused_open_again_as_entered(
    window: MainWindow, on_disk: Services, disk: Path, asked: list[str]
) -> None:
    app_id = acme_selected(window, on_disk)
    fill(disk)
    seen: list[object] = []

    def edit(dialog: QDialog) -> None:
        dialog.role_edit.setText("Staff Engineer")  # type: ignore[attr-defined]
        dialog.accept()

    def look_edit(dialog: QDialog) -> None:
        seen.append((dialog.windowTitle(), dialog.role_edit.text()))  # type: ignore[attr-defined]
        escape(dialog)

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
        escape(dialog)

    with answering_dialogs(reject, look_reject):
        window.reject_action.trigger()
    assert prompts_of(window).errors == [FULL, FULL]
    assert seen == [
        ("Edit application", "Staff Engineer"),
        (RejectionReason.FILLED_INTERNALLY, "They hired internally"),
    ]
    assert asked == ["Edit application", "Record a rejection"]
    app = on_disk.pipeline.application(app_id)
    assert (app.details.role_title, app.outcome) == ("Engineer", Outcome.ACTIVE)


def test_a_debrief_and_feedback_refused_open_again_as_written(
    window: MainWindow, on_disk: Services, disk: Path, asked: list[str]
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
        escape(dialog)

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
        escape(dialog)

    with answering_dialogs(feedback, look_feedback):
        window.record_feedback(app_id)
    assert prompts_of(window).errors == [FULL, FULL]
    assert seen == [
        "The queue question",
        ("Needed deeper system design.", ("Queues",), ("Queues",)),
    ]
    assert asked == ["Write the debrief", "Feedback received"]
    assert on_disk.feedback.feedback(app_id) is None


def test_a_withdrawal_and_an_interview_refused_open_again_as_typed(
    window: MainWindow, on_disk: Services, disk: Path, asked: list[str]
) -> None:
    app_id = acme_selected(window, on_disk)
    fill(disk)
    seen: list[object] = []

    def withdraw(dialog: QDialog) -> None:
        dialog.note_edit.setPlainText("Took another offer")  # type: ignore[attr-defined]
        dialog.accept()

    def look_withdraw(dialog: QDialog) -> None:
        seen.append(dialog.result_value()[1])  # type: ignore[attr-defined]
        escape(dialog)

    with answering_dialogs(withdraw, look_withdraw):
        window.close_selected(Outcome.WITHDRAWN)

    def schedule(dialog: QDialog) -> None:
        dialog.notes_edit.setPlainText("Bring the system design notes")  # type: ignore[attr-defined]
        dialog.accept()

    def look_schedule(dialog: QDialog) -> None:
        seen.append((dialog.windowTitle(), dialog.notes_edit.toPlainText()))  # type: ignore[attr-defined]
        escape(dialog)

    with answering_dialogs(schedule, look_schedule):
        window.interview_actions.schedule()
    assert prompts_of(window).errors == [FULL, FULL]
    assert seen == [
        "Took another offer",
        ("Schedule an interview", "Bring the system design notes"),
    ]
    assert asked == ["Withdraw application", "Schedule an interview"]
    assert on_disk.pipeline.application(app_id).outcome is Outcome.ACTIVE


def test_an_improvement_refused_opens_again_as_typed(
    window: MainWindow, on_disk: Services, disk: Path, asked: list[str]
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
        escape(dialog)

    with answering_dialogs(start, look):
        window._improve_stage(Stage.TECHNICAL)
    assert prompts_of(window).errors == [FULL]
    assert seen == ["Mock system design twice a week", "System design"]
    assert asked == ["Start an improvement"]
    assert on_disk.patterns.active() == []


def test_an_offer_edit_refused_opens_again_as_typed(
    window: MainWindow, on_disk: Services, disk: Path, asked: list[str]
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
        escape(dialog)

    with answering_dialogs(edit, look):
        window.offers._edit(offer.offer.id)
    assert prompts_of(window).errors == [FULL]
    assert seen == ["Ask about the vesting cliff"]
    assert asked == [f"Offer from {offer.company}"]


def test_a_step_forward_refused_opens_again_as_chosen(
    window: MainWindow, on_disk: Services, disk: Path, asked: list[str]
) -> None:
    app_id = acme_selected(window, on_disk)
    fill(disk)
    seen: list[object] = []

    def forward(dialog: QDialog) -> None:
        dialog.stage_combo.setCurrentText("Screen")  # type: ignore[attr-defined]
        dialog.date_edit.setDate(date(2026, 11, 10))  # type: ignore[attr-defined]
        dialog.accept()

    with answering_dialogs(forward, looking(seen, lambda d: d.result_value())):
        window.advance_action.trigger()
    assert prompts_of(window).errors == [FULL]
    assert seen == [(Stage.SCREEN, date(2026, 11, 10))]
    assert asked == ["Move forward"]
    assert on_disk.pipeline.application(app_id).furthest_stage is Stage.APPLIED


def test_a_missed_step_and_a_correction_refused_open_again_as_entered(
    window: MainWindow, on_disk: Services, disk: Path, asked: list[str]
) -> None:
    app_id = acme_selected(window, on_disk)
    on_disk.pipeline.advance(app_id, Stage.SCREEN, date(2026, 11, 8))
    on_disk.pipeline.advance(app_id, Stage.TECHNICAL, date(2026, 11, 12))
    window.reload()
    window.pipeline_tab.select_ids([app_id])
    fill(disk)
    seen: list[object] = []

    def missed(dialog: QDialog) -> None:
        dialog.stage_combo.setCurrentText("Responded")  # type: ignore[attr-defined]
        dialog.date_edit.setDate(date(2026, 11, 5))  # type: ignore[attr-defined]
        dialog.accept()

    with answering_dialogs(missed, looking(seen, lambda d: d.result_value())):
        window.history_actions.missed_step_action.trigger()

    def correct(dialog: QDialog) -> None:
        # The older entry, not the newest one the list starts on.
        dialog.events_list.setCurrentRow(1)  # type: ignore[attr-defined]
        dialog.note_edit.setPlainText("Logged the wrong round")  # type: ignore[attr-defined]
        dialog.accept()

    def entry_and_note(dialog: Any) -> tuple[str, str]:
        return dialog.events_list.currentItem().text(), dialog.note_edit.toPlainText()

    with answering_dialogs(correct, looking(seen, entry_and_note)):
        window.history_actions.correct_action.trigger()
    assert prompts_of(window).errors == [FULL, FULL]
    assert seen == [
        (Stage.RESPONDED, date(2026, 11, 5)),
        ("8 Nov 2026   Reached screen", "Logged the wrong round"),
    ]
    assert asked == ["Add a missed step", "Correct the history"]
    app = on_disk.pipeline.application(app_id)
    assert [e.summary for e in app.events] == ["Reached screen", "Reached technical"]


def test_a_break_refused_opens_again_as_typed(
    window: MainWindow, on_disk: Services, disk: Path, asked: list[str]
) -> None:
    fill(disk)
    seen: list[object] = []

    def take(dialog: QDialog) -> None:
        dialog.to_edit.setDate(date(2026, 11, 30))  # type: ignore[attr-defined]
        dialog.note_edit.setText("A week with family")  # type: ignore[attr-defined]
        dialog.accept()

    def days_and_note(dialog: Any) -> tuple[date, date, str]:
        found = dialog.entered()
        return found.starts_on, found.ends_on, found.note

    with answering_dialogs(take, looking(seen, days_and_note)):
        window.break_actions.take_or_change()
    assert prompts_of(window).errors == [FULL]
    assert seen == [(TODAY, date(2026, 11, 30), "A week with family")]
    assert asked == ["Take a break"]
    assert on_disk.breaks.breaks() == ()


def test_preferences_refused_open_again_as_changed(
    window: MainWindow, on_disk: Services, disk: Path, asked: list[str]
) -> None:
    fill(disk)
    seen: list[object] = []

    def change(dialog: QDialog) -> None:
        dialog.editors[NO_RESPONSE_DAYS].setValue(45)  # type: ignore[attr-defined]
        dialog.editors[MY_NAME].setText("Sam Taylor")  # type: ignore[attr-defined]
        dialog.accept()

    with answering_dialogs(change, looking(seen, lambda d: d.changes())):
        window.preferences_action.trigger()
    assert prompts_of(window).errors == [FULL]
    assert seen == [{NO_RESPONSE_DAYS: 45, MY_NAME: "Sam Taylor"}]
    assert asked == ["Preferences"]
    assert (on_disk.settings.get(NO_RESPONSE_DAYS), on_disk.settings.get(MY_NAME)) == (30, "")


def test_accepting_an_offer_refused_opens_again_as_entered(
    window: MainWindow, on_disk: Services, disk: Path, asked: list[str]
) -> None:
    on_disk.pipeline.load_sample()
    on_disk.offers.load_sample()
    offer = on_disk.offers.summaries()[0]
    window.select_tab("Offers")
    fill(disk)
    seen: list[object] = []

    def accept(dialog: QDialog) -> None:
        dialog.date_edit.setDate(date(2026, 11, 19))  # type: ignore[attr-defined]
        dialog.note_edit.setPlainText("Start in January")  # type: ignore[attr-defined]
        dialog.accept()

    with answering_dialogs(accept, looking(seen, lambda d: (d.windowTitle(), *d.result_value()))):
        window.offers_tab.accept_requested.emit(offer.offer.id)
    assert prompts_of(window).errors == [FULL]
    assert seen == [("Accept offer", date(2026, 11, 19), "Start in January")]
    assert asked == ["Accept offer"]
    app = on_disk.pipeline.application(offer.offer.application_id)
    assert app.outcome is Outcome.ACTIVE


def test_a_new_application_for_a_dropped_letter_refused_opens_again_as_typed(
    qtbot: QtBot,
    window: MainWindow,
    on_disk: Services,
    disk: Path,
    asked: list[str],
    tmp_path: Path,
) -> None:
    letter = tmp_path / "offer.txt"
    letter.write_text("Initech\nWe are pleased to offer you the role of SRE.\n", encoding="utf-8")
    seen: list[tuple[str, ...]] = []

    def new_application(dialog: QDialog) -> None:
        fill(disk)  # the letter is kept for now; the disk fills while the user chooses
        dialog.new_button.click()  # type: ignore[attr-defined]

    type_in = typing_an_application("Initech", "SRE", "The letter came first")

    with (
        answering_dialogs(new_application, type_in, looking_at_an_application(seen)),
        qtbot.waitSignal(window.offers.drops.idle, timeout=30000),
    ):
        window.offers.open_files([letter])
    assert prompts_of(window).errors == [FULL]
    assert seen == [("New application", "Initech", "SRE", "The letter came first")]
    assert asked == ["New application"]
    assert on_disk.pipeline.summaries() == []


def test_a_template_refused_keeps_its_text_in_the_editor(
    window: MainWindow, on_disk: Services, disk: Path
) -> None:
    window.select_tab("Feedback")
    page = window.feedback_tab.templates_page
    page.template_list.setCurrentRow(0)
    page.name_edit.setText("Feedback, kindly")
    page.body_edit.setPlainText("Hi $contact_first_name, a word on $role?")
    fill(disk)
    page.save_button.click()
    window.reload()  # what a change elsewhere would do
    assert prompts_of(window).errors == [FULL]
    assert (page.name_edit.text(), page.body_edit.toPlainText()) == (
        "Feedback, kindly",
        "Hi $contact_first_name, a word on $role?",
    )
    assert page.template_list.item(0).text() == "Feedback, no interview yet  (unsaved)"
    assert on_disk.feedback.templates()[0].name == "Feedback, no interview yet"


def test_once_there_is_room_the_form_opened_again_saves_what_was_typed(
    window: MainWindow, on_disk: Services, disk: Path
) -> None:
    on_disk.pipeline.load_sample()
    on_disk.offers.load_sample()
    offer = on_disk.offers.summaries()[0]
    window.select_tab("Offers")
    fill(disk)

    def decline(dialog: QDialog) -> None:
        dialog.note_edit.setPlainText("Chose the other team")  # type: ignore[attr-defined]
        dialog.accept()

    def again(dialog: QDialog) -> None:
        (disk / "filler").unlink()  # room again
        dialog.accept()  # as it was opened: with the note typed before

    with answering_dialogs(decline, again):
        window.offers_tab.decline_requested.emit(offer.offer.id)
    assert prompts_of(window).errors == [FULL]
    app = on_disk.pipeline.application(offer.offer.application_id)
    assert (app.outcome, app.events[-1].note) == (Outcome.DECLINED, "Chose the other team")


def test_a_letter_refused_by_a_rule_opens_again_as_typed(
    qtbot: QtBot, window: MainWindow, on_disk: Services, asked: list[str], tmp_path: Path
) -> None:
    app_id = acme_selected(window, on_disk)
    on_disk.pipeline.advance(app_id, Stage.FINAL, date(2026, 11, 10))
    letter = tmp_path / "offer.txt"
    letter.write_text(
        "Acme\nNovember 18, 2026\n\nWe are delighted to offer you the position of Engineer.\n"
        "Your base salary will be $185,000 per year.\n",
        encoding="utf-8",
    )
    seen: list[str] = []

    def too_early(dialog: QDialog) -> None:
        dialog.form.notes_edit.setPlainText("Ask about the equity refresh")  # type: ignore[attr-defined]
        # Received before the final round (10 November): the rule refuses it.
        dialog.received_edit.setDate(date(2026, 11, 5))  # type: ignore[attr-defined]
        dialog.accept()

    with (
        answering_dialogs(too_early, looking(seen, lambda d: d.form.notes_edit.toPlainText())),
        qtbot.waitSignal(window.offers.drops.idle, timeout=30000),
    ):
        window.offers.open_files([letter], app_id)
    assert len(prompts_of(window).errors) == 1  # the rule, in words
    assert seen == ["Ask about the equity refresh"]
    assert asked == ["File for Acme"]
    assert on_disk.offers.summaries() == []
