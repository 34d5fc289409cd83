"""The Feedback tab and its dialogs, driven as a user would: edit, preview, copy, record."""

from __future__ import annotations

import socket
from collections.abc import Callable
from datetime import date, timedelta

import pytest
from peewee import SqliteDatabase
from PySide6.QtCore import QMimeData, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QGroupBox,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from jobdesk.domain.application import Application, ApplicationDetails, Contact, summary_of
from jobdesk.domain.enums import ContactRole, ReasonGroup, RejectionReason, Stage
from jobdesk.domain.feedback import FollowUp, ReceivedFeedback, Via
from jobdesk.domain.mail import MailAccount, Security, parse_mailto
from jobdesk.domain.settings import FOLLOW_UP_DAYS, MAIL_TIMEOUT, MY_NAME
from jobdesk.domain.templates import MAX_TEMPLATE_CHARS, Purpose
from jobdesk.services.bundle import Services
from jobdesk.services.changes import FEEDBACK, Change
from jobdesk.ui.dialogs.prompts import Prompts
from jobdesk.ui.feedback.composer_dialog import ASK_MY_NAME, ComposerDialog, addresses_in
from jobdesk.ui.feedback.feedback_dialog import FeedbackDialog
from jobdesk.ui.feedback.mail_account_dialog import MailAccountDialog, PasswordDialog
from jobdesk.ui.feedback.models import COL_FU_COMPANY, FeedbackModel, FollowUpModel, ThemeModel
from jobdesk.ui.feedback.tab import FeedbackTab
from jobdesk.ui.shell.main_window import MainWindow
from jobdesk.ui.today.models import COL_APPLICATION, COL_KIND, COL_TODO
from tests.qt_helpers import answering_dialogs as answering

TODAY = date(2026, 11, 20)


class RecordingPrompts(Prompts):
    def __init__(self, *, confirm: bool = True, open_url: bool = True) -> None:
        self.errors: list[str] = []
        self.infos: list[str] = []
        self.urls: list[str] = []
        self._confirm = confirm
        self._open_url = open_url
        self.asked: list[str] = []
        self.answers: list[str | None] = []

    def error(self, parent: QWidget | None, text: str) -> None:
        self.errors.append(text)

    def info(self, parent: QWidget | None, text: str) -> None:
        self.infos.append(text)

    def confirm(self, parent: QWidget | None, text: str, action: str) -> bool:
        self.infos.append(text)
        return self._confirm

    def open_url(self, url: str) -> bool:
        self.urls.append(url)
        return self._open_url

    def ask_text(self, parent: QWidget | None, text: str, ok: str, skip: str) -> str | None:
        self.asked.append(text)
        return self.answers.pop(0) if self.answers else None

    def choose(self, parent: QWidget | None, text: str, actions: list[str]) -> int | None:
        self.asked.append(text)
        self.offered = actions
        return self.chosen

    chosen: int | None = None
    offered: list[str] | None = None


def rejected_app(services: Services, company: str = "Ledgerline") -> int:
    details = ApplicationDetails(
        company,
        "Senior Backend Engineer",
        TODAY - timedelta(days=40),
        contacts=(Contact("Anna Keller", ContactRole.RECRUITER, "anna.keller@ledgerline.example"),),
    )
    app_id = services.pipeline.add(details).application_ids[0]
    services.pipeline.advance(app_id, Stage.SCREEN, TODAY - timedelta(days=30))
    services.pipeline.advance(app_id, Stage.TECHNICAL, TODAY - timedelta(days=21))
    services.pipeline.reject(app_id, TODAY - timedelta(days=5), reason=RejectionReason.SKILLS_GAP)
    return app_id


@pytest.fixture
def prompts() -> RecordingPrompts:
    return RecordingPrompts()


@pytest.fixture
def window(qtbot: QtBot, services: Services, prompts: RecordingPrompts) -> MainWindow:
    services.settings.set(MY_NAME, "Sam Taylor")
    w = MainWindow(services, prompts=prompts)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    assert w.select_tab("feedback")
    return w


def test_edit_a_template_and_watch_the_preview_follow(
    qtbot: QtBot, services: Services, window: MainWindow
) -> None:
    rejected_app(services)
    window.reload()
    page = window.feedback_tab.templates_page
    assert page.template_list.count() == 6
    assert page.current_template() is not None
    assert page.current_template().key == "feedback_no_contact"
    page.select_template("feedback_request")
    assert page.current_template().key == "feedback_request"
    # The rejected application is previewed by default, with its real values.
    assert page.preview_combo.currentText().startswith("Ledgerline — Senior Backend Engineer")
    assert page.preview_body.toPlainText().startswith("Hi Anna,")
    assert page.preview_subject.text() == "Thank you, and a small request — Senior Backend Engineer"

    page.subject_edit.clear()
    qtbot.keyClicks(page.subject_edit, "Following up from $company")
    qtbot.waitUntil(lambda: page.preview_subject.text() == "Following up from Ledgerline")
    assert page.save_button.isEnabled() and page.revert_button.isEnabled()
    assert "(unsaved)" in page.template_list.item(2).text()

    # An unknown placeholder is flagged, and saving is blocked until it is fixed.
    page.body_edit.moveCursor(page.body_edit.textCursor().MoveOperation.End)
    qtbot.keyClicks(page.body_edit, "P.S. $compny")
    assert page.problems_label.isVisible()
    assert "$compny is not a known placeholder (did you mean $company?)" in (
        page.problems_label.text()
    )
    assert not page.save_button.isEnabled()
    # Left as text in the preview.
    qtbot.waitUntil(lambda: "$compny" in page.preview_body.toPlainText())
    page.body_edit.undo()
    assert not page.problems_label.isVisible()
    assert page.save_button.isEnabled()

    page.save_button.click()
    assert services.feedback.template("feedback_request").subject == "Following up from $company"
    assert "(edited)" in page.template_list.item(2).text()
    assert page.reset_button.isEnabled()
    page.reset_button.click()
    assert services.feedback.template("feedback_request").edited is False
    assert page.subject_edit.text() == "Thank you, and a small request — $role"


def test_placeholders_and_questions_are_inserted_with_one_click(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = window.feedback_tab.templates_page
    page.body_edit.setFocus()
    page.body_edit.moveCursor(page.body_edit.textCursor().MoveOperation.Start)
    row = next(
        i for i in range(page.placeholder_list.count())
        if page.placeholder_list.item(i).text() == "$interview_date"
    )  # fmt: skip
    page.placeholder_list.setCurrentRow(row)
    page.insert_button.click()
    assert page.body_edit.toPlainText().startswith("$interview_dateHi $contact_first_name,")
    page.body_edit.undo()

    before = page.body_edit.toPlainText()
    page.question_buttons[0].click()
    after = page.body_edit.toPlainText()
    question = "Was there a skill you hoped to see that I did not get across?"
    assert question in after
    # The question goes before the sign-off, not after the name.
    assert after.rstrip().endswith("$my_name")
    assert after.index(question) < after.index("Best wishes to the team")
    page.question_buttons[0].click()
    assert page.body_edit.toPlainText() == after, "the same question is not added twice"
    assert page.undo_button.isEnabled()
    page.undo_button.click()
    assert page.body_edit.toPlainText() == before, "one Undo takes the whole question back"
    page.redo_button.click()
    assert page.body_edit.toPlainText() == after


def test_unsaved_edits_survive_switching_templates(qtbot: QtBot, window: MainWindow) -> None:
    page = window.feedback_tab.templates_page
    page.subject_edit.setText("Changed subject")
    page.template_list.setCurrentRow(4)
    assert page.subject_edit.text() == "Checking in on my application — $role"
    page.template_list.setCurrentRow(0)
    assert page.subject_edit.text() == "Changed subject"
    page.revert_button.click()
    assert page.subject_edit.text() == "A short question about my application — $role"
    assert "(unsaved)" not in page.template_list.item(0).text()


def test_new_and_delete_an_own_template(
    qtbot: QtBot, services: Services, window: MainWindow, prompts: RecordingPrompts
) -> None:
    page = window.feedback_tab.templates_page
    assert not page.delete_button.isEnabled(), "built-in templates cannot be deleted"
    page.new_button.click()
    assert page.template_list.count() == 7
    assert page.current_template().name == "New template"
    page.name_edit.setText("Coffee chat")
    page.purpose_combo.setCurrentIndex(page.purpose_combo.findData(Purpose.OTHER))
    page.save_button.click()
    assert services.feedback.key_of("Coffee chat") is not None
    assert page.current_template().name == "Coffee chat"
    page.delete_button.click()
    assert "Delete the template “Coffee chat”?" in prompts.infos[-1]
    assert page.template_list.count() == 6


def test_the_composer_copies_to_the_clipboard_and_records_it(
    qtbot: QtBot, services: Services, window: MainWindow
) -> None:
    app_id = rejected_app(services)
    app = services.pipeline.application(app_id)
    dialog = ComposerDialog(
        window, services, app, "feedback_request", window.perform, window.prompts
    )
    qtbot.addWidget(dialog)
    assert dialog.to_combo.currentText() == "Anna Keller <anna.keller@ledgerline.example>"
    assert dialog.recipients() == ["anna.keller@ledgerline.example"]
    assert dialog.body_edit.toPlainText().startswith("Hi Anna,")
    dialog.body_edit.setPlainText("Hi Anna,\n\nThanks for the call — really.\n\nSam Taylor\n")
    assert dialog.copy_headers_check.isChecked(), "with To: and Subject: unless turned off"
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == (
        "To: Anna Keller <anna.keller@ledgerline.example>\n"
        "Subject: Thank you, and a small request — Senior Backend Engineer\n\n"
        "Hi Anna,\n\nThanks for the call — really.\n\nSam Taylor\n"
    )
    assert dialog.status_label.text() == (
        "To, subject and message copied: paste it into your mail program."
    )
    dialog.copy_headers_check.setChecked(False)
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == (
        "Hi Anna,\n\nThanks for the call — really.\n\nSam Taylor\n"
    )
    dialog.copy_body_button.click()
    assert QGuiApplication.clipboard().text() == (
        "Hi Anna,\n\nThanks for the call — really.\n\nSam Taylor\n"
    )
    assert "copied" in dialog.status_label.text()
    sent = services.feedback.messages_sent(app_id)
    assert [(m.purpose, m.via, m.on) for m in sent] == [(Purpose.FEEDBACK, Via.CLIPBOARD, TODAY)]
    assert dialog.used == [Via.CLIPBOARD, Via.CLIPBOARD, Via.CLIPBOARD]


def test_the_composer_opens_the_mail_app_with_an_encoded_link(
    qtbot: QtBot, services: Services, window: MainWindow, prompts: RecordingPrompts
) -> None:
    app_id = rejected_app(services)
    app = services.pipeline.application(app_id)
    dialog = ComposerDialog(window, services, app, "thank_you", window.perform, window.prompts)
    qtbot.addWidget(dialog)
    dialog.to_combo.setEditText("Anna <anna+jobs@ledgerline.example>, bo@x.example")
    dialog.mail_app_button.click()
    url = prompts.urls[-1]
    assert url.startswith("mailto:anna+jobs@ledgerline.example,bo@x.example?subject=Thank%20you")
    to, subject, body = parse_mailto(url)
    assert to == ["anna+jobs@ledgerline.example", "bo@x.example"]
    assert subject == dialog.subject_edit.text()
    assert body == dialog.body_edit.toPlainText()
    assert "%0D%0A" in url
    assert [m.purpose for m in services.feedback.messages_sent(app_id)] == [Purpose.THANK_YOU]

    # Not recording is the user's choice; and a header that would inject is refused.
    dialog.record_check.setChecked(False)
    dialog.subject_edit.setText("=?utf-8?q?Hi=0D=0ABcc:_evil@example.com?=")
    dialog.mail_app_button.click()
    assert not dialog.error_label.isHidden() and "encoded word" in dialog.error_label.text()
    assert len(prompts.urls) == 1


def test_a_missing_mail_program_is_explained(qtbot: QtBot, services: Services) -> None:
    app_id = rejected_app(services)
    prompts = RecordingPrompts(open_url=False)
    dialog = ComposerDialog(
        None, services, services.pipeline.application(app_id), "feedback_request",
        lambda call: call(), prompts,
    )  # fmt: skip
    qtbot.addWidget(dialog)
    dialog.mail_app_button.click()
    assert "No mail program answered" in dialog.error_label.text()
    assert services.feedback.messages_sent(app_id) == []


def test_saving_a_draft_without_an_account_says_where_to_set_one(
    qtbot: QtBot, services: Services, window: MainWindow
) -> None:
    app = services.pipeline.application(rejected_app(services))
    dialog = ComposerDialog(
        window, services, app, "feedback_request", window.perform, window.prompts
    )
    qtbot.addWidget(dialog)
    dialog.draft_button.click()
    assert "No mail account is set up yet" in dialog.error_label.text()
    assert dialog.job is None


def test_a_draft_to_a_silent_server_times_out_without_freezing_the_window(
    qtbot: QtBot, services: Services, window: MainWindow
) -> None:
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(4)
    try:
        port = listener.getsockname()[1]
        services.settings.set(MAIL_TIMEOUT, 3)
        services.mail.save_account(MailAccount("127.0.0.1", port, Security.TLS, "sam@x.example"))
        services.mail.use_for_session(services.mail.account(), "secret")
        app = services.pipeline.application(rejected_app(services))
        dialog = ComposerDialog(
            window, services, app, "feedback_request", window.perform, window.prompts
        )
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.draft_button.click()
        assert dialog.job is not None and dialog.progress.isVisible()
        assert not dialog.draft_button.isEnabled()
        assert "Saving the draft on 127.0.0.1" in dialog.status_label.text()
        # The UI thread keeps running while the worker waits on the socket.
        ticks: list[int] = []
        timer = QTimer()
        timer.timeout.connect(lambda: ticks.append(1))
        timer.start(50)
        qtbot.waitUntil(lambda: dialog.job is None, timeout=15_000)
        timer.stop()
        assert len(ticks) > 20
        assert "did not answer within 3 seconds" in dialog.error_label.text()
        assert dialog.draft_button.isEnabled() and not dialog.progress.isVisible()
        assert services.feedback.messages_sent(app.id) == []
    finally:
        listener.close()


def test_a_draft_without_a_password_asks_for_one(
    qtbot: QtBot, services: Services, window: MainWindow
) -> None:
    services.mail.save_account(MailAccount("127.0.0.1", 9, Security.TLS, "sam@x.example"))
    app = services.pipeline.application(rejected_app(services))
    dialog = ComposerDialog(
        window, services, app, "feedback_request", window.perform, window.prompts
    )
    qtbot.addWidget(dialog)
    asked: list[str] = []

    def fill(password_dialog: QDialog) -> None:
        assert isinstance(password_dialog, PasswordDialog)
        asked.append("yes")
        password_dialog.reject()

    with answering(fill):
        dialog.draft_button.click()
        qtbot.waitUntil(lambda: bool(asked) and dialog.job is None, timeout=10_000)
    assert not services.mail.has_session_password(services.mail.account())


def test_the_mail_account_dialog_keeps_the_password_for_the_session_when_no_keyring(
    qtbot: QtBot, services: Services, prompts: RecordingPrompts
) -> None:
    changes: list[object] = []

    def perform(call: Callable[[], object]) -> object:
        change = call()
        changes.append(change)
        return change

    dialog = MailAccountDialog(None, services, perform, prompts)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: "No system keyring" in dialog.keyring_label.text())
    assert not dialog.remember_check.isEnabled() and not dialog.remember_check.isChecked()
    dialog.host_edit.setText("imap.mail.example")
    dialog.security_combo.setCurrentIndex(dialog.security_combo.findData(Security.STARTTLS))
    assert dialog.port_spin.value() == 143
    dialog.user_edit.setText("sam")
    dialog.accept()
    assert "Enter your email address" in dialog.error_label.text()
    dialog.address_edit.setText("sam@mail.example")
    dialog.password_edit.setText("hunter2-but-longer")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    account = services.mail.account()
    assert account == MailAccount(
        "imap.mail.example", 143, Security.STARTTLS, "sam", address="sam@mail.example"
    )
    assert services.mail.has_session_password(account)


def test_the_connection_test_reports_a_refused_port(
    qtbot: QtBot, services: Services, prompts: RecordingPrompts
) -> None:
    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()  # nothing listens there now
    dialog = MailAccountDialog(None, services, lambda call: call(), prompts)
    qtbot.addWidget(dialog)
    dialog.host_edit.setText("127.0.0.1")
    dialog.port_spin.setValue(port)
    dialog.user_edit.setText("sam@mail.example")
    dialog.password_edit.setText("secret")
    dialog.test_button.click()
    qtbot.waitUntil(lambda: not dialog.jobs, timeout=10_000)
    assert "refused the connection" in dialog.error_label.text()
    assert dialog.test_button.isEnabled()


def test_recording_feedback_with_a_new_theme_updates_the_patterns(
    qtbot: QtBot, services: Services, window: MainWindow
) -> None:
    first, second = rejected_app(services, "Ledgerline"), rejected_app(services, "Quantaflow")
    window.reload()
    window.pipeline_tab.select_ids([first])

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, FeedbackDialog)
        assert "No request for feedback is recorded" in dialog.asked_label.text()
        dialog.accept()
        assert "Write what they said" in dialog.error_label.text()
        dialog.said_edit.setPlainText("Needed deeper system design.")
        dialog.new_theme_edit.setText("System design")
        dialog.add_theme_button.click()
        dialog.accept()

    with answering(fill):
        window.record_feedback_action.trigger()
    assert services.feedback.feedback(first) == ReceivedFeedback(
        first, TODAY, "Needed deeper system design.", ("System design",)
    )
    services.feedback.record_feedback(ReceivedFeedback(second, TODAY, "", ("System design",)))
    window.announce(Change(frozenset({FEEDBACK}), ""))
    patterns = window.feedback_tab.patterns_page
    window.feedback_tab.pages.setCurrentWidget(patterns)  # worked out once on screen
    assert patterns.summary_label.text() == (
        "Feedback from 2 of 2 rejections: 1 theme came back from 2 or more companies."
    )
    model = patterns.theme_model
    assert [model.index(0, c).data() for c in range(4)] == ["System design", "2", "2", "Pattern"]
    assert patterns.feedback_model.rowCount() == 2


def test_request_feedback_is_in_the_context_menu_and_opens_the_composer(
    qtbot: QtBot, services: Services, window: MainWindow
) -> None:
    app_id = rejected_app(services)
    window.reload()
    window.pipeline_tab.select_ids([app_id])
    assert window.request_feedback_action.isEnabled()
    menu = QMenu()
    window._fill_application_menu(menu)
    texts = [a.text() for a in menu.actions()]
    assert "Request &feedback…" in texts and "Record feedback recei&ved…" in texts

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, ComposerDialog)
        # A rejected application starts with the feedback request.
        assert dialog.template_combo.currentData() == "feedback_request"
        dialog.copy_button.click()

    with answering(fill):
        window.request_feedback_action.trigger()
    assert [m.via for m in services.feedback.messages_sent(app_id)] == [Via.CLIPBOARD]
    assert window.statusBar().currentMessage() == (
        "Feedback requested from Ledgerline (copied to the clipboard). Undo with Ctrl+Z."
    )


def test_follow_ups_open_the_follow_up_template(
    qtbot: QtBot, services: Services, window: MainWindow
) -> None:
    quiet = services.pipeline.add(
        ApplicationDetails("Quietly", "SRE", TODAY - timedelta(days=14))
    ).application_ids[0]
    window.reload()
    page = window.feedback_tab.follow_ups_page
    assert window.feedback_tab.pages.tabText(2) == "Follow-ups due (1)"
    window.feedback_tab.pages.setCurrentWidget(page)
    page.table.selectRow(0)
    assert page.write_button.isEnabled()

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, ComposerDialog)
        # Due applications are quiet, not silent (those are listed apart): a check-in.
        assert dialog.template_combo.currentData() == "checking_in"
        assert dialog.to_combo.currentText() == ""
        dialog.copy_body_button.click()

    with answering(fill):
        page.write_button.click()
    assert [m.purpose for m in services.feedback.messages_sent(quiet)] == [Purpose.FOLLOW_UP]
    assert window.feedback_tab.pages.tabText(2) == "Follow-ups due"
    assert page.stack.currentWidget() is page.empty


def test_my_name_is_set_from_the_tab(qtbot: QtBot, services: Services, window: MainWindow) -> None:
    edit = window.feedback_tab.my_name_edit
    assert edit.text() == "Sam Taylor"
    edit.setText("  Sam   Q. Taylor ")
    edit.editingFinished.emit()
    assert services.settings.get(MY_NAME) == "Sam Q. Taylor"


def test_addresses_typed_in_the_to_field() -> None:
    assert addresses_in("Anna Keller <anna@x.example>; bo@y.example ,") == [
        "anna@x.example",
        "bo@y.example",
    ]


def test_every_control_has_an_accessible_name(qtbot: QtBot, services: Services) -> None:
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit

    tab = FeedbackTab(
        services, lambda call: call(), RecordingPrompts(), services.pipeline.summaries
    )
    qtbot.addWidget(tab)
    assert tab.patterns_page and tab.follow_ups_page  # built when first wanted: build them
    controls = tab.findChildren(QAbstractButton) + tab.findChildren(QComboBox)
    controls += tab.findChildren(QLineEdit) + tab.findChildren(QPlainTextEdit)
    unnamed = [
        c for c in controls
        if not c.accessibleName()
        and c.parent() is not None
        and not isinstance(c.parent(), QComboBox)
        and c.objectName() != "qt_tableview_cornerbutton"  # Qt's own, not focusable
    ]  # fmt: skip
    assert [type(c).__name__ + ":" + getattr(c, "text", lambda: "")() for c in unnamed] == []


def test_models_pass_the_model_tester(qtmodeltester, services: Services) -> None:
    first, second = rejected_app(services, "Ledgerline"), rejected_app(services, "Quantaflow")
    services.feedback.record_feedback(ReceivedFeedback(first, TODAY, "x", ("Communication",)))
    services.feedback.record_feedback(ReceivedFeedback(second, TODAY, "", ("Communication",)))
    services.pipeline.add(ApplicationDetails("Quietly", "SRE", TODAY - timedelta(days=14)))
    apps = services.pipeline.applications()
    themes = ThemeModel()
    report = services.feedback.patterns()
    themes.set_report(list(report.themes), report.threshold)
    qtmodeltester.check(themes)
    received = FeedbackModel()
    by_id = {a.id: a for a in apps}
    received.set_rows([(by_id[i], f) for i, f in services.feedback.all_feedback().items()])
    qtmodeltester.check(received)
    received.sort(0, Qt.SortOrder.DescendingOrder)  # the tables sort in their models
    assert [received.index(r, 0).data() for r in range(2)] == ["Quantaflow", "Ledgerline"]
    received.sort(0, Qt.SortOrder.AscendingOrder)
    assert [received.index(r, 0).data() for r in range(2)] == ["Ledgerline", "Quantaflow"]
    qtmodeltester.check(received)
    follow = FollowUpModel()
    follow.set_rows(services.feedback.follow_ups())
    qtmodeltester.check(follow)
    assert follow.rowCount() == 1 and follow.index(0, 4).data() == "14"
    assert follow.index(0, 4).data(Qt.ItemDataRole.UserRole + 1) == 14


def test_ctrl_z_in_the_editor_undoes_typing_not_the_pipeline(
    qtbot: QtBot, services: Services, window: MainWindow
) -> None:
    window.perform(
        lambda: services.pipeline.add(ApplicationDetails("Acme", "SRE", TODAY - timedelta(days=3)))
    )
    assert window.undo_action.isEnabled()
    page = window.feedback_tab.templates_page
    window.activateWindow()
    page.body_edit.setFocus()
    page.body_edit.moveCursor(page.body_edit.textCursor().MoveOperation.End)
    qtbot.keyClicks(page.body_edit, "PS")
    assert page.body_edit.toPlainText().endswith("PS")
    qtbot.keyClick(page.body_edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not page.body_edit.toPlainText().endswith("PS")
    assert len(services.pipeline.applications()) == 1, "the pipeline was not touched"


def test_removing_the_account_forgets_it(
    qtbot: QtBot, services: Services, prompts: RecordingPrompts
) -> None:
    account = MailAccount("imap.mail.example", 993, Security.TLS, "sam@mail.example")
    services.mail.save_account(account)
    services.mail.use_for_session(account, "secret")
    dialog = MailAccountDialog(None, services, lambda call: call(), prompts)
    qtbot.addWidget(dialog)
    assert dialog.host_edit.text() == "imap.mail.example"
    assert dialog.remove_button.isEnabled()
    qtbot.waitUntil(lambda: not dialog.jobs)
    dialog.remove_button.click()
    assert "Remove the mail account sam@mail.example on imap.mail.example?" in prompts.infos[-1]
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=10_000)
    assert services.mail.account() is None
    assert not services.mail.has_session_password(account)
    assert dialog.changed


def paste(editor: QPlainTextEdit, text: str) -> None:
    """What Ctrl+V does with `text` on the clipboard (the system clipboard is left alone)."""
    data = QMimeData()
    data.setText(text)
    editor.insertFromMimeData(data)


def test_a_megabyte_paste_keeps_what_fits_and_says_so(qtbot: QtBot, window: MainWindow) -> None:
    page = window.feedback_tab.templates_page
    before = page.body_edit.toPlainText()
    page.body_edit.moveCursor(page.body_edit.textCursor().MoveOperation.End)
    paste(page.body_edit, "${" * 500_000)
    text = page.body_edit.toPlainText()
    assert text.startswith(before), "what was typed before stays"
    assert len(text) == MAX_TEMPLATE_CHARS
    assert page.paste_note.isVisible()
    assert page.paste_note.text() == (
        f"Only the first {MAX_TEMPLATE_CHARS - len(before):,} characters of what you pasted "
        "went in: a template holds at most 20,000 characters, so "
        f"{1_000_000 - MAX_TEMPLATE_CHARS + len(before):,} were left out. The clipboard "
        "still holds all of it."
    )
    assert page.problems_label.text().startswith("Not saved until fixed: ${${")
    assert len(page.problems_label.text()) < 2500
    assert not page.save_button.isEnabled()
    # A paste that fits goes in whole, and typing past the cap is flagged, not blocked.
    page.body_edit.selectAll()
    paste(page.body_edit, "Hi $company")
    assert page.body_edit.toPlainText() == "Hi $company"
    paste(page.body_edit, "Thank you\n" * (MAX_TEMPLATE_CHARS // 10))
    assert len(page.body_edit.toPlainText()) == MAX_TEMPLATE_CHARS
    qtbot.keyClicks(page.body_edit, "yz")
    assert "the message is 20,002 characters long" in page.problems_label.text()


def test_the_composer_says_how_far_the_application_got_in_plain_words(
    qtbot: QtBot, services: Services, window: MainWindow
) -> None:
    app = services.pipeline.application(rejected_app(services))
    dialog = ComposerDialog(
        window, services, app, "feedback_request", window.perform, window.prompts
    )
    qtbot.addWidget(dialog)

    texts = [label.text() for label in dialog.findChildren(QLabel)]

    assert any("(rejected, furthest stage: technical)" in text for text in texts)
    assert not any("reached" in text for text in texts)


def test_the_first_message_asks_for_the_name_it_is_signed_with_once(
    qtbot: QtBot, services: Services, prompts: RecordingPrompts
) -> None:
    window = MainWindow(services, prompts=prompts)
    qtbot.addWidget(window)
    app_id = rejected_app(services)
    window.reload()
    prompts.answers = ["  Sam   Lee "]
    bodies: list[str] = []

    def read_body(dialog: QDialog) -> None:
        assert isinstance(dialog, ComposerDialog)
        bodies.append(dialog.body_edit.toPlainText())

    with answering(read_body):
        window.request_feedback(app_id)
    with answering(read_body):
        window.request_feedback(app_id)

    assert prompts.asked == [ASK_MY_NAME]
    assert services.settings.get(MY_NAME) == "Sam Lee"
    assert [body.rstrip().splitlines()[-1] for body in bodies] == ["Sam Lee", "Sam Lee"]


def test_a_skipped_name_is_not_asked_for_again(
    qtbot: QtBot, services: Services, prompts: RecordingPrompts
) -> None:
    app_id = rejected_app(services)
    for _run in range(2):  # two starts of jobdesk
        window = MainWindow(services, prompts=prompts)
        qtbot.addWidget(window)
        with answering(lambda dialog: None):
            window.request_feedback(app_id)

    assert prompts.asked == [ASK_MY_NAME]
    assert services.settings.get(MY_NAME) == ""


def test_a_feedback_request_shows_in_the_history_and_undo_takes_it_back(
    qtbot: QtBot, services: Services, window: MainWindow
) -> None:
    app_id = rejected_app(services)
    window.reload()
    window.pipeline_tab.select_ids([app_id])
    history = window.pipeline_tab.detail.toPlainText()
    assert "Feedback requested" not in history

    def copy(dialog: QDialog) -> None:
        assert isinstance(dialog, ComposerDialog)
        dialog.copy_button.click()

    with answering(copy):
        window.request_feedback_action.trigger()
    lines = window.pipeline_tab.detail.toPlainText().splitlines()
    when = f"{TODAY:%d %b %Y}"
    assert lines[lines.index(when) + 1] == "Feedback requested (copied)"
    assert "Undo Feedback requested from Ledgerline (copied" in window.undo_action.toolTip()
    window.undo_action.trigger()
    assert services.feedback.messages_sent(app_id) == []
    assert "Feedback requested" not in window.pipeline_tab.detail.toPlainText()
    window.redo_action.trigger()
    assert "Feedback requested (copied)" in window.pipeline_tab.detail.toPlainText()


def test_an_automated_rejection_starts_from_the_no_interview_request(
    qtbot: QtBot, services: Services, window: MainWindow
) -> None:
    details = ApplicationDetails("Brisk", "SRE", TODAY - timedelta(days=3))
    app_id = services.pipeline.add(details).application_ids[0]
    services.pipeline.reject(app_id, TODAY - timedelta(days=2))
    window.reload()
    window.pipeline_tab.select_ids([app_id])
    seen: list[str] = []

    def look(dialog: QDialog) -> None:
        assert isinstance(dialog, ComposerDialog)
        seen.append(dialog.template_combo.currentText())
        seen.append(dialog.body_edit.toPlainText())
        assert dialog.template_combo.count() == 6, "every template can still be picked"
        dialog.reject()

    with answering(look):
        window.request_feedback_action.trigger()
    assert seen[0] == "Feedback, no interview yet"
    assert "conversation" not in seen[1]
    assert seen[1].startswith("Hi there,\n\nThank you for letting me know about the SRE role")


def test_follow_ups_sort_names_with_numbers_by_value(qtbot: QtBot) -> None:
    names = ["Vertex 98", "vertex 100", "Vertex 22"]
    model = FollowUpModel()
    rows = []
    for number, name in enumerate(names, 1):
        details = ApplicationDetails(name, "SRE", TODAY - timedelta(days=30))
        rows.append(FollowUp(summary_of(Application(number, details, ())), TODAY, 30, None))
    model.set_rows(rows)
    model.sort(COL_FU_COMPANY, Qt.SortOrder.AscendingOrder)
    shown = [model.index(r, COL_FU_COMPANY).data() for r in range(model.rowCount())]
    assert shown == ["Vertex 22", "Vertex 98", "vertex 100"]


def test_copy_with_to_and_subject_is_remembered(
    qtbot: QtBot, services: Services, window: MainWindow
) -> None:
    app = services.pipeline.application(rejected_app(services))
    first = ComposerDialog(
        window, services, app, "feedback_request", window.perform, window.prompts
    )
    qtbot.addWidget(first)
    first.copy_headers_check.setChecked(False)
    second = ComposerDialog(
        window, services, app, "feedback_request", window.perform, window.prompts
    )
    qtbot.addWidget(second)
    assert not second.copy_headers_check.isChecked()
    second.copy_button.click()
    assert QGuiApplication.clipboard().text().startswith("Hi Anna,")


def sent(services: Services, company: str, days_ago: int) -> int:
    details = ApplicationDetails(company, "SRE", TODAY - timedelta(days=days_ago))
    return services.pipeline.add(details).application_ids[0]


def test_request_feedback_on_an_application_sent_today_says_it_is_too_early(
    qtbot: QtBot, services: Services, window: MainWindow, prompts: RecordingPrompts
) -> None:
    app_id = sent(services, "Freshly", 0)
    window.reload()
    window.pipeline_tab.select_ids([app_id])
    opened: list[QDialog] = []
    prompts.chosen = None  # Cancel
    wrongly_opened: list[QWidget] = []

    def close_any() -> None:  # should a composer open anyway, the test must not hang
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog):
            wrongly_opened.append(dialog)
            dialog.reject()

    QTimer.singleShot(100, close_any)
    window.request_feedback_action.trigger()
    qtbot.wait(150)
    assert wrongly_opened == []
    assert prompts.asked == [
        "It is too early to write to Freshly: you sent the application today, and it has "
        "most likely not been read yet.\n\n"
        "A short check-in makes sense from Monday 30 November, once the follow-up wait of 10 "
        "days has passed, counted from the day you sent it (Friday 20 November); asking for "
        "feedback, once they have answered. You can change the wait in Preferences. You can "
        "still write a message now."
    ]
    assert prompts.offered == ["Write one anyway"]
    assert services.feedback.messages_sent(app_id) == []

    # Written anyway, by hand: the composer opens on the polite check-in.
    prompts.chosen = 0

    def check_in(dialog: QDialog) -> None:
        assert isinstance(dialog, ComposerDialog)
        opened.append(dialog)
        assert dialog.template_combo.currentText() == "Checking in"
        assert "still open" not in dialog.body_edit.toPlainText()

    with answering(check_in):
        window.request_feedback_action.trigger()
    assert len(opened) == 1


@pytest.mark.parametrize(
    ("days_ago", "template"), [(10, "Checking in"), (31, "Follow-up after silence")]
)
def test_request_feedback_with_no_reply_yet_checks_in_after_the_follow_up_wait(
    qtbot: QtBot,
    services: Services,
    window: MainWindow,
    prompts: RecordingPrompts,
    days_ago: int,
    template: str,
) -> None:
    app_id = sent(services, "Waiting", days_ago)
    window.reload()
    names: list[str] = []

    def read(dialog: QDialog) -> None:
        assert isinstance(dialog, ComposerDialog)
        names.append(dialog.template_combo.currentText())

    with answering(read):
        window.request_feedback(app_id)
    assert names == [template]
    assert prompts.asked == [], "no question: there is a reason to write"


def test_a_page_is_worked_out_only_when_it_is_shown(
    qtbot: QtBot, services: Services, window: MainWindow
) -> None:
    """Patterns and follow-ups read every application: a page not on screen waits."""
    first = rejected_app(services, "Ledgerline")
    services.feedback.record_feedback(ReceivedFeedback(first, TODAY, "", ("System design",)))
    services.pipeline.add(ApplicationDetails("Quietly", "SRE", TODAY - timedelta(days=14)))
    window.reload()
    tab = window.feedback_tab
    assert tab.pages.currentWidget() is tab.templates_page
    assert tab.patterns_page.summary_label.text() == ""
    assert tab.follow_ups_page.model.rowCount() == 0
    assert tab.pages.tabText(2) == "Follow-ups due (1)"  # counted for the title all the same
    tab.pages.setCurrentWidget(tab.patterns_page)
    assert tab.patterns_page.summary_label.text() == (
        "Feedback from 1 of 1 rejection: no theme has come back often enough to be a pattern yet."
    )
    tab.pages.setCurrentWidget(tab.follow_ups_page)
    assert tab.follow_ups_page.model.index(0, 0).data() == "Quietly"


def test_a_follow_up_wait_of_14_days_is_the_one_every_text_states(
    qtbot: QtBot, services: Services, window: MainWindow, prompts: RecordingPrompts
) -> None:
    # Before, the composer said "a week" (a fixed 7 days) whatever the setting, while the
    # follow-ups due waited the setting's days.
    services.settings.set(FOLLOW_UP_DAYS, 14)
    nine = sent(services, "Ninedays", 9)
    thirteen = sent(services, "Thirteen", 13)
    sent(services, "Fortnight", 14)
    window.reload()
    page = window.feedback_tab.follow_ups_page
    window.feedback_tab.pages.setCurrentWidget(page)
    assert [page.model.index(r, COL_FU_COMPANY).data() for r in range(page.model.rowCount())] == [
        "Fortnight"
    ]
    assert page.explanation.text().startswith(
        "Active applications with no news for 14 days or more (the follow-up wait, in Preferences)."
    )
    prompts.chosen = None  # Cancel
    for app_id in (nine, thirteen):
        window.request_feedback(app_id)
    assert [text.split("\n\n")[1] for text in prompts.asked] == [
        "A short check-in makes sense from Wednesday 25 November, once the follow-up wait "
        "of 14 days has passed, counted from the day you sent it (Wednesday 11 November); "
        "asking for feedback, once they have answered. You can change the wait in "
        "Preferences. You can still write a message now.",
        "A short check-in makes sense from Saturday 21 November, once the follow-up wait "
        "of 14 days has passed, counted from the day you sent it (Saturday 7 November); "
        "asking for feedback, once they have answered. You can change the wait in "
        "Preferences. You can still write a message now.",
    ]
    # Today suggests the same one, at the same wait: Thirteen joins it tomorrow, the day
    # the composer names.
    assert window.select_tab("Today")
    model = window.today_tab.model
    due = [
        (model.index(r, COL_APPLICATION).data(), model.index(r, COL_TODO).data())
        for r in range(model.rowCount())
        if model.index(r, COL_KIND).data() == "Follow-up due"
    ]
    assert due == [("Fortnight — SRE", "No news for 14 days: a short, polite follow-up is due.")]


def test_after_a_follow_up_the_composer_waits_as_today_does(
    qtbot: QtBot, services: Services, window: MainWindow, prompts: RecordingPrompts
) -> None:
    # Sent 20 days ago, followed up by hand 3 days ago. Today (rightly) listed nothing,
    # counting from the follow-up; the composer counted 20 days from the application and
    # found nothing too early, so a second nudge went out three days after the first.
    app_id = sent(services, "Lumen", 20)
    services.feedback.record_sent(app_id, Purpose.FOLLOW_UP, Via.BY_HAND, TODAY - timedelta(days=3))
    window.reload()
    assert window.feedback_tab.follow_ups_page.model.rowCount() == 0
    prompts.chosen = None  # Cancel
    opened: list[QDialog] = []

    def close_any() -> None:  # should a composer open, the test must not hang
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog):
            opened.append(dialog)
            dialog.reject()

    QTimer.singleShot(100, close_any)
    window.request_feedback(app_id)
    qtbot.wait(150)
    assert opened == [], "no composer: it is too early"
    assert prompts.asked == [
        "It is too early to write to Lumen: you last followed up 3 days ago, and they have "
        "most likely not had time to answer.\n\n"
        "A short check-in makes sense from Friday 27 November, once the follow-up wait of 10 "
        "days has passed, counted from your last follow-up (Tuesday 17 November); asking for "
        "feedback, once they have answered. You can change the wait in Preferences. You can "
        "still write a message now."
    ]


def test_at_900_by_600_the_follow_ups_due_fit_the_width(qtbot: QtBot, services: Services) -> None:
    services.pipeline.load_sample()
    services.feedback.load_sample()
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.resize(900, 600)
    window.show()
    qtbot.waitExposed(window)
    assert window.select_tab("feedback")
    page = window.feedback_tab.follow_ups_page
    window.feedback_tab.pages.setCurrentWidget(page)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    table = page.table
    # Before, the days' column took 100 px for two digits and the last follow-up ran past the
    # edge, behind a sideways scroll.
    assert table.horizontalScrollBar().maximum() == 0
    last = table.columnViewportPosition(5) + table.columnWidth(5)
    assert last == table.viewport().width() == 858
    assert table.columnWidth(5) >= table.sizeHintForColumn(5)


def test_the_feedback_themes_are_grouped_as_the_rejection_reasons_are(
    qtbot: QtBot, services: Services, window: MainWindow
) -> None:
    from PySide6.QtWidgets import QCheckBox

    from jobdesk.ui.pipeline.stage_dialogs import RejectDialog

    app_id = rejected_app(services)
    window.reload()
    window.pipeline_tab.select_ids([app_id])
    seen: dict[str, list[str]] = {}

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, FeedbackDialog)
        for box in dialog.themes.boxes.values():
            seen[box.title()] = [b.text() for b in box.findChildren(QCheckBox)]
        dialog.said_edit.setPlainText("Strong, but we hired internally.")
        dialog.themes.buttons["Filled internally"].click()
        dialog.new_theme_edit.setText("Kubernetes")
        dialog.add_theme_button.click()
        seen["after"] = [
            b.text() for b in dialog.themes.boxes[ReasonGroup.TO_WORK_ON].findChildren(QCheckBox)
        ]
        dialog.accept()

    with answering(fill):
        window.record_feedback_action.trigger()
    rejection = RejectDialog(parent=None, app=services.pipeline.application(app_id), today=TODAY)
    qtbot.addWidget(rejection)
    reason_boxes = [b.title() for b in rejection.findChildren(QGroupBox)]
    assert (
        list(seen)[:3]
        == reason_boxes
        == [
            "Outside your control",
            "Something to work on",
            "Not told",
        ]
    )
    assert seen["Outside your control"] == [
        "Filled internally",
        "Budget or headcount",
        "A closer fit elsewhere",
        "Level mismatch",
    ]
    assert seen["Not told"] == ["Not told"]
    assert seen["Something to work on"][:3] == ["Technical round", "Algorithms", "System design"]
    assert seen["after"][-1] == "Kubernetes"  # a theme of one's own: something to work on
    assert services.feedback.feedback(app_id) == ReceivedFeedback(
        app_id, TODAY, "Strong, but we hired internally.", ("Filled internally", "Kubernetes")
    )


def test_the_first_visit_reads_the_templates_once_and_shows_the_latest_rejection(
    qtbot: QtBot, services: Services, db: SqliteDatabase
) -> None:
    """Built and shown once, the tab reads its templates once (the window's first refresh
    read them again before) and previews the latest rejection with the first template."""
    from tests.ui.shell.test_refresh import Statements

    rejected_app(services, "Ledgerline")
    window = MainWindow(services, prompts=RecordingPrompts())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    with Statements(db) as sql:
        assert window.select_tab("feedback")
    assert len(sql.reading("message_template")) == 1
    page = window.feedback_tab.templates_page
    assert page.template_list.currentItem().text() == "Feedback, no interview yet"
    assert page.preview_combo.count() == 2  # the example values and the one application
    assert page.preview_combo.currentText() == "Ledgerline — Senior Backend Engineer (rejected)"
    assert page.preview_subject.text() == (
        "A short question about my application — Senior Backend Engineer"
    )


def test_pages_built_after_changes_show_them(
    qtbot: QtBot, services: Services, window: MainWindow
) -> None:
    """Patterns and Follow-ups are built the first time they are chosen: changes made before
    then (the tab on screen, its templates shown) are in them, as in a page built at once."""
    tab = window.feedback_tab
    assert tab.pages.currentWidget() is tab.templates_page
    first = rejected_app(services, "Ledgerline")
    window.reload()
    window.perform(
        lambda: services.feedback.record_feedback(
            ReceivedFeedback(first, TODAY, "", ("System design",))
        )
    )
    quiet = ApplicationDetails("Quietly", "SRE", TODAY - timedelta(days=14))
    window.perform(lambda: services.pipeline.add(quiet))
    assert tab.pages.tabText(1) == "Patterns across rejections"
    assert tab.pages.tabText(2) == "Follow-ups due (1)"
    tab.pages.setCurrentIndex(1)
    assert tab.pages.currentWidget() is tab.patterns_page
    assert tab.patterns_page.summary_label.text() == (
        "Feedback from 1 of 1 rejection: no theme has come back often enough to be a pattern yet."
    )
    assert tab.patterns_page.feedback_model.rowCount() == 1
    tab.pages.setCurrentIndex(2)
    assert tab.pages.currentWidget() is tab.follow_ups_page
    assert tab.pages.tabText(2) == "Follow-ups due (1)"
    due = tab.follow_ups_page.model
    assert [due.index(r, COL_FU_COMPANY).data() for r in range(due.rowCount())] == ["Quietly"]
    # Built now, they follow later changes as before.
    window.perform(lambda: services.pipeline.add(quiet))
    assert tab.pages.tabText(2) == "Follow-ups due (2)"
    assert due.rowCount() == 2


@pytest.fixture
def answers_to_discard(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Each "Discard what you wrote?" takes the next answer (True: Discard, False: Keep
    writing); the titles asked are recorded in `asked_about`."""
    from jobdesk.ui.dialogs import form_dialog

    answers: list[bool] = []

    def ask(form: QWidget) -> bool:
        asked_about.append(form.windowTitle())
        return answers.pop(0)

    asked_about.clear()
    monkeypatch.setattr(form_dialog, "ask_discard", ask)
    return answers


asked_about: list[str] = []


def _escape(qtbot: QtBot, dialog: QDialog) -> None:
    from PySide6.QtTest import QTest

    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.wait(10)


def test_escape_on_an_edited_message_asks_before_it_is_lost(
    qtbot: QtBot, services: Services, window: MainWindow, answers_to_discard: list[bool]
) -> None:
    app = services.pipeline.application(rejected_app(services))
    untouched = ComposerDialog(
        window, services, app, "feedback_request", window.perform, window.prompts
    )
    qtbot.addWidget(untouched)
    untouched.show()
    qtbot.waitExposed(untouched)
    _escape(qtbot, untouched)
    assert asked_about == [] and not untouched.isVisible(), "the template's own text just closes"

    dialog = ComposerDialog(
        window, services, app, "feedback_request", window.perform, window.prompts
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.body_edit.setPlainText("Hi Anna,\n\nThanks for your time on the call.\n")
    answers_to_discard.append(False)  # Keep writing
    _escape(qtbot, dialog)
    assert asked_about == ["Write to Ledgerline"]
    assert dialog.isVisible()
    assert dialog.body_edit.toPlainText() == "Hi Anna,\n\nThanks for your time on the call.\n"

    dialog.copy_body_button.click()  # now it is on the clipboard: closing loses nothing
    _escape(qtbot, dialog)
    assert asked_about == ["Write to Ledgerline"] and not dialog.isVisible()


def test_escape_on_a_changed_mail_account_asks_and_an_untouched_one_closes(
    qtbot: QtBot, services: Services, prompts: RecordingPrompts, answers_to_discard: list[bool]
) -> None:
    def perform(call: Callable[[], object]) -> object:
        return call()

    untouched = MailAccountDialog(None, services, perform, prompts)  # type: ignore[arg-type]
    qtbot.addWidget(untouched)
    untouched.show()
    qtbot.waitExposed(untouched)
    # The keyring check unticks "remember" by itself: that is not the user's change.
    qtbot.waitUntil(lambda: "No system keyring" in untouched.keyring_label.text())
    _escape(qtbot, untouched)
    assert asked_about == [] and not untouched.isVisible()

    dialog = MailAccountDialog(None, services, perform, prompts)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.host_edit.setText("imap.mail.example")
    answers_to_discard.extend([False, True])
    _escape(qtbot, dialog)
    assert dialog.isVisible() and dialog.host_edit.text() == "imap.mail.example"
    _escape(qtbot, dialog)
    assert len(asked_about) == 2 and not dialog.isVisible()
    assert services.mail.account() is None, "discarded, nothing saved"
