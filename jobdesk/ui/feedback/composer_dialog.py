"""The composer: a template rendered for an application, then copied, mailed or drafted."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from html import escape as _escape

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from jobdesk.domain.application import Application, Contact
from jobdesk.domain.errors import UserError
from jobdesk.domain.feedback import Via
from jobdesk.domain.mail import clipboard_text, mailto_url, split_addresses
from jobdesk.domain.settings import MY_NAME
from jobdesk.domain.templates import CheckIn, CountsFrom
from jobdesk.domain.wording import counted
from jobdesk.services.bundle import Services
from jobdesk.services.changes import Change
from jobdesk.services.mail_drafts import DraftSaved, NoDraftsMailbox, PasswordNeeded
from jobdesk.ui.dialogs import form_dialog
from jobdesk.ui.dialogs.background import BackgroundJob
from jobdesk.ui.dialogs.common import buddy_label, make_error_label, show_error
from jobdesk.ui.dialogs.prompts import Prompts
from jobdesk.ui.dialogs.theme import muted_text
from jobdesk.ui.feedback.mail_account_dialog import MailboxDialog, PasswordDialog

Perform = Callable[[Callable[[], Change]], Change | None]


def contact_text(contact: Contact) -> str:
    return f"{contact.name} <{contact.email}>" if contact.name else contact.email


def addresses_in(text: str) -> list[str]:
    """The addresses typed into the To field: "Name <a@b>" or bare, comma-separated."""
    found = []
    for part in split_addresses(text):
        inside = re.search(r"<([^<>]+)>", part)
        found.append(inside.group(1).strip() if inside else part)
    return found


# Kept in window.ini with the window's layout: a fact about this person's use of jobdesk,
# not a preference to edit.
ASKED_MY_NAME = "composer/asked_my_name"
COPY_HEADERS = "composer/copy_with_headers"
ASK_MY_NAME = (
    "Messages end with your name. What name should they be signed with?\n\n"
    "You can change it later in Preferences (Your name) or on the Feedback tab."
)


def ask_my_name_once(
    parent: QWidget | None, services: Services, perform: Perform, prompts: Prompts
) -> None:
    """Before the first message is prepared with no name set, ask for it, once: a copied
    message would otherwise end with no signature. Skipped, it is not asked again."""
    if services.feedback.my_name():
        return
    state = QSettings(str(services.paths.ui_settings), QSettings.Format.IniFormat)
    if state.value(ASKED_MY_NAME, False, type=bool):
        return
    state.setValue(ASKED_MY_NAME, True)
    state.sync()
    name = " ".join(
        (prompts.ask_text(parent, ASK_MY_NAME, "Sign with this name", "Not now") or "").split()
    )
    if name:
        perform(lambda: services.settings.set(MY_NAME, name))


WRITE_ANYWAY = "Write one anyway"


def too_early_text(company: str, today: date, check_in: CheckIn) -> str:
    """Why there is nothing to write yet, and from when there is, counted as Today counts
    it: from the day the application went quiet (`templates.check_in`), which it names."""
    ago = _ago(today, check_in.since)
    if check_in.counts_from is CountsFrom.FOLLOW_UP:
        why = f"you last followed up {ago}, and they have most likely not had time to answer"
        since = "your last follow-up"
    elif check_in.counts_from is CountsFrom.STEP:
        why = f"its latest step was {ago}, and they have most likely not had time to answer"
        since = "its latest step"
    else:
        why = f"you sent the application {ago}, and it has most likely not been read yet"
        since = "the day you sent it"
    # Breaks leave their days out, so the day may come later than the count alone says.
    paused = (check_in.on - check_in.since).days - check_in.days
    breaks = f", not counting the {counted(paused, 'day')} of your breaks" if paused else ""
    return (
        f"It is too early to write to {company}: {why}.\n\n"
        f"A short check-in makes sense from {_day(check_in.on)}, once {check_in.setting} of "
        f"{counted(check_in.days, 'day')} has passed, counted from {since} "
        f"({_day(check_in.since)}){breaks}; asking for feedback, once they have answered. You "
        "can change the wait in Preferences. You can still write a message now."
    )


def _ago(today: date, day: date) -> str:
    days = (today - day).days
    return "today" if days == 0 else "yesterday" if days == 1 else f"{days} days ago"


def _day(day: date) -> str:
    return f"{day:%A} {day.day} {day:%B}"  # "Tuesday 8 December"


def reason_to_write(
    parent: QWidget | None, services: Services, app: Application, prompts: Prompts
) -> bool:
    """Whether to go on to the composer: when there is no reason to write yet (no reply,
    the follow-up wait not passed), the user is told from when there is, and may write
    one anyway."""
    check_in = services.feedback.too_early_to_write(app)
    if check_in is None:
        return True
    text = too_early_text(app.details.company, services.pipeline.today(), check_in)
    return prompts.choose(parent, text, [WRITE_ANYWAY]) == 0


class ComposerDialog(QDialog):
    """Subject and body, editable; three ways out, each recorded on the application."""

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        services: Services,
        app: Application,
        template_key: str,
        perform: Perform,
        prompts: Prompts,
    ) -> list[Via] | None:
        ask_my_name_once(parent, services, perform, prompts)
        dialog = cls(parent, services, app, template_key, perform, prompts)
        try:
            dialog.exec()
            return dialog.used or None
        finally:
            dialog.cancel_job()
            dialog.deleteLater()

    def __init__(
        self,
        parent: QWidget | None,
        services: Services,
        app: Application,
        template_key: str,
        perform: Perform,
        prompts: Prompts,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._app = app
        self._perform = perform
        self._prompts = prompts
        self.used: list[Via] = []
        self.job: BackgroundJob | None = None
        self._rendered: tuple[str, str] = ("", "")
        # The subject and message last copied, handed to the mail program or saved as a draft.
        self._handed_off: tuple[str, str] | None = None
        self.setWindowTitle(f"Write to {app.details.company}")
        self.setMinimumSize(620, 560)

        # The outcome as the pipeline's Outcome column says it ("no response" for a silent
        # one), not the stored "active".
        outcome = services.breaks.silence().outcome_label(app)
        about = QLabel(
            f"<b>{_escape(app.details.company)}</b> — {_escape(app.details.role_title)} "
            f"<span style='color:{muted_text().name()}'>({_escape(outcome.lower())}, "
            f"furthest stage: {_escape(app.furthest_stage.label.lower())})</span>"
        )
        about.setTextFormat(Qt.TextFormat.RichText)

        self.template_combo = QComboBox()
        self.template_combo.setAccessibleName("Template")
        for template in services.feedback.templates():
            self.template_combo.addItem(template.name, template.key)
        self.template_combo.setCurrentIndex(max(self.template_combo.findData(template_key), 0))
        self.template_combo.currentIndexChanged.connect(lambda _i: self._render(force=True))

        self.to_combo = QComboBox()
        self.to_combo.setEditable(True)
        self.to_combo.setAccessibleName("To")
        self.to_combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        composed_to = services.feedback.compose(app.id, template_key).to
        for contact in composed_to:
            self.to_combo.addItem(contact_text(contact), contact)
        to_line = self.to_combo.lineEdit()
        assert to_line is not None  # the combo is editable
        to_line.setAccessibleName("To")
        to_line.setPlaceholderText("No contact with an address: type one, or leave it for later")
        if not composed_to:
            self.to_combo.setEditText("")
        self.to_combo.currentIndexChanged.connect(lambda _i: self._render(force=False))

        self.subject_edit = QLineEdit()
        self.subject_edit.setAccessibleName("Subject")
        self.body_edit = QPlainTextEdit()
        self.body_edit.setAccessibleName("Message")
        self.body_edit.setTabChangesFocus(True)
        self.missing_label = QLabel()
        self.missing_label.setTextFormat(Qt.TextFormat.PlainText)
        self.missing_label.setWordWrap(True)
        self.missing_label.setAccessibleName("Missing values")

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(buddy_label("&Template:", self.template_combo), self.template_combo)
        form.addRow(buddy_label("&To:", self.to_combo), self.to_combo)
        form.addRow(buddy_label("&Subject:", self.subject_edit), self.subject_edit)

        self.record_check = QCheckBox("Note on the application that I sent it (today)")
        self.record_check.setAccessibleName("Record that it was sent")
        self.record_check.setChecked(True)

        self.copy_headers_check = QCheckBox("Copy with To: and S&ubject:")
        self.copy_headers_check.setAccessibleName("Copy with To: and Subject:")
        self.copy_headers_check.setToolTip(
            "Put the recipient and the subject line above the message when copying, "
            "for pasting into a new message; off, only the message is copied"
        )
        self._state = QSettings(str(services.paths.ui_settings), QSettings.Format.IniFormat)
        self.copy_headers_check.setChecked(bool(self._state.value(COPY_HEADERS, True, type=bool)))
        self.copy_headers_check.toggled.connect(self._copy_headers_toggled)
        self.copy_button = QPushButton("&Copy")
        self.copy_button.setAccessibleName("Copy to the clipboard")
        self.copy_button.setToolTip("Ready to paste into your mail program (Ctrl+Shift+C)")
        self.copy_button.setShortcut(QKeySequence("Ctrl+Shift+C"))
        self.copy_button.clicked.connect(
            lambda: self.copy(with_subject=self.copy_headers_check.isChecked())
        )
        self.copy_body_button = QPushButton("Copy &message only")
        self.copy_body_button.setAccessibleName("Copy the message only")
        self.copy_body_button.clicked.connect(lambda: self.copy(with_subject=False))
        self.mail_app_button = QPushButton("Open in &mail app")
        self.mail_app_button.setAccessibleName("Open in mail app")
        self.mail_app_button.setToolTip("Opens your mail program with this message filled in")
        self.mail_app_button.clicked.connect(self.open_in_mail_app)
        self.draft_button = QPushButton("Save as &draft")
        self.draft_button.setAccessibleName("Save as draft in my mailbox")
        self.draft_button.setToolTip("Puts it in the Drafts folder of your mail account (IMAP)")
        self.draft_button.clicked.connect(lambda: self.save_draft())
        self.close_button = QPushButton("Close")
        self.close_button.setAccessibleName("Close")
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        for button in (self.copy_button, self.copy_body_button, self.mail_app_button):
            buttons.addWidget(button)
        buttons.addWidget(self.draft_button)
        buttons.addStretch()
        buttons.addWidget(self.close_button)

        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setAccessibleName("Saving the draft")
        self.progress.setMaximumHeight(12)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setAccessibleName("Status")
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label = make_error_label()

        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addLayout(form)
        layout.addWidget(self.body_edit, 1)
        layout.addWidget(self.missing_label)
        checks = QHBoxLayout()
        checks.addWidget(self.record_check)
        checks.addWidget(self.copy_headers_check)
        checks.addStretch()
        layout.addLayout(checks)
        layout.addWidget(self.progress)
        layout.addWidget(self.status_label)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)

        self._render(force=True)
        self.body_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- what the user does ---------------------------------------------------------------

    def copy(self, *, with_subject: bool) -> None:
        to = self.to_combo.currentText()
        text = clipboard_text(
            self.subject_edit.text(), self.body_edit.toPlainText(), with_subject=with_subject, to=to
        )
        QGuiApplication.clipboard().setText(text)
        if with_subject:
            what = "To, subject and message" if to.strip() else "Subject and message"
        else:
            what = "The message"
        self._done(Via.CLIPBOARD, f"{what} copied: paste it into your mail program.")

    def _copy_headers_toggled(self, checked: bool) -> None:
        self._state.setValue(COPY_HEADERS, checked)
        self._state.sync()

    def open_in_mail_app(self) -> None:
        try:
            url = mailto_url(
                self.recipients(), self.subject_edit.text(), self.body_edit.toPlainText()
            )
        except UserError as error:
            show_error(self.error_label, error)
            return
        if not self._prompts.open_url(url):
            show_error(
                self.error_label,
                UserError(
                    "No mail program answered. Set one as the default for email links in "
                    "your system settings, or use Copy instead."
                ),
            )
            return
        self._done(Via.MAIL_APP, "Handed to your mail program; send it from there.")

    def save_draft(self, mailbox: str = "") -> None:
        mail = self._services.mail
        try:
            job = mail.draft_job(
                self.recipients(), self.subject_edit.text(), self.body_edit.toPlainText(), mailbox
            )
        except UserError as error:
            show_error(self.error_label, error)
            return
        account = mail.account()
        host = account.host if account else "the server"
        self.error_label.hide()
        self.status_label.setText(f"Saving the draft on {host}…")
        self.progress.show()
        self.draft_button.setEnabled(False)
        self.job = BackgroundJob(
            job,
            self._draft_saved,
            self._draft_failed,
            time_limit=mail.timeout() * 3 + 5,
            parent=self,
        )

    def recipients(self) -> list[str]:
        return addresses_in(self.to_combo.currentText())

    def cancel_job(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.job = None

    # --- internals ------------------------------------------------------------------------

    def _render(self, *, force: bool) -> None:
        """Fill subject and body from the template; a recipient change keeps edited text."""
        unedited = (self.subject_edit.text(), self.body_edit.toPlainText()) == self._rendered
        if not force and not unedited:
            return
        key = self.template_combo.currentData()
        contact = self.to_combo.currentData()
        composed = self._services.feedback.compose(
            self._app.id, str(key), contact if isinstance(contact, Contact) else None
        )
        self.subject_edit.setText(composed.rendered.subject)
        self.body_edit.setPlainText(composed.rendered.body)
        self._rendered = (composed.rendered.subject, composed.rendered.body)
        missing = composed.rendered.missing
        self.missing_label.setText(
            "This application has no value for "
            + ", ".join(f"${m}" for m in missing)
            + ": check those spots before sending."
            if missing
            else ""
        )
        self.missing_label.setVisible(bool(missing))

    def _written(self) -> tuple[str, str]:
        return (self.subject_edit.text(), self.body_edit.toPlainText())

    def has_unsent_edits(self) -> bool:
        """The user changed the template's text and has not yet copied, handed on or saved
        it as it stands: closing would lose what they wrote."""
        written = self._written()
        return written != self._rendered and written != self._handed_off

    def _done(self, via: Via, status: str) -> None:
        self._handed_off = self._written()
        self.error_label.hide()
        self.used.append(via)
        self.status_label.setText(status)
        if self.record_check.isChecked():
            template = self._services.feedback.template(str(self.template_combo.currentData()))
            app_id, purpose = self._app.id, template.purpose
            self._perform(lambda: self._services.feedback.record_sent(app_id, purpose, via))

    def _draft_saved(self, saved: object) -> None:
        self.job = None
        self.progress.hide()
        self.draft_button.setEnabled(True)
        assert isinstance(saved, DraftSaved)
        account = self._services.mail.account()
        host = account.host if account else "your mail server"
        self._done(
            Via.DRAFT,
            f"Saved in “{saved.mailbox}” on {host}. Open your mail program to check and send it.",
        )

    def _draft_failed(self, error: UserError) -> None:
        self.job = None
        self.progress.hide()
        self.draft_button.setEnabled(True)
        self.status_label.setText("")
        account = self._services.mail.account()
        if isinstance(error, PasswordNeeded) and account is not None:
            password = PasswordDialog.ask(self, account, error.message)
            if password:
                self._services.mail.use_for_session(account, password)
                self.save_draft()
            return
        if isinstance(error, NoDraftsMailbox) and account is not None:
            chosen = MailboxDialog.ask(self, error.message, error.mailboxes)
            if chosen:
                # The choice is remembered in the account, so the question comes only once.
                self._perform(
                    lambda: self._services.mail.save_account(
                        replace(account, drafts_mailbox=chosen)
                    )
                )
                self.save_draft(chosen)
            return
        show_error(self.error_label, error)

    def reject(self) -> None:
        # Escape, Close and the window's close button all come here (QDialog's closeEvent
        # calls reject): an edited message not yet used is asked about, as forms are.
        if self.has_unsent_edits() and not form_dialog.ask_discard(self):
            return
        self.cancel_job()
        super().reject()
