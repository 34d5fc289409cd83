"""The mail account for drafts: server, security, user, where the password is kept, a test."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from jobdesk.domain.errors import UserError
from jobdesk.domain.mail import MailAccount, Security, check_account
from jobdesk.services.bundle import Services
from jobdesk.services.changes import Change
from jobdesk.services.mail_drafts import ConnectionReport, Mailbox, account_key
from jobdesk.services.secrets import KeyringRefused
from jobdesk.ui.dialogs import form_dialog
from jobdesk.ui.dialogs.background import BackgroundJob
from jobdesk.ui.dialogs.common import (
    buddy_label,
    make_error_label,
    name_buttons,
    plain_label,
    show_error,
)
from jobdesk.ui.dialogs.form_dialog import FormDialog
from jobdesk.ui.dialogs.prompts import Prompts

Perform = Callable[[Callable[[], Change]], Change | None]

KEYRING_TIME_LIMIT = 15.0


class MailAccountDialog(FormDialog):
    """Edit the account; the password goes to the keyring, or is kept for this session.
    Escape or Cancel on a changed form asks before throwing it away."""

    @classmethod
    def ask(
        cls, parent: QWidget | None, services: Services, perform: Perform, prompts: Prompts
    ) -> bool | None:
        dialog = cls(parent, services, perform, prompts)
        try:
            dialog.exec()
            return dialog.changed or None
        finally:
            dialog.cancel_jobs()
            dialog.deleteLater()

    def __init__(
        self, parent: QWidget | None, services: Services, perform: Perform, prompts: Prompts
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._mail = services.mail
        self._perform = perform
        self._prompts = prompts
        self._saved = self._mail.account()
        self.changed = False
        self.jobs: list[BackgroundJob] = []
        self.keyring_reason: str | None = None
        self.setWindowTitle("Mail account for drafts")
        self.setMinimumWidth(520)

        intro = QLabel(
            "jobdesk can put a message straight into the Drafts folder of your mailbox over "
            "IMAP, so you check and send it from your usual mail program. The connection is "
            "always encrypted and the server's certificate checked."
        )
        intro.setWordWrap(True)
        self.host_edit = QLineEdit()
        self.host_edit.setPlaceholderText("imap.example.com")
        self.security_combo = QComboBox()
        for security in Security:
            self.security_combo.addItem(security.label, security)
        self.port_spin = QSpinBox()
        self.port_spin.setRange(1, 65535)
        self.user_edit = QLineEdit()
        self.user_edit.setPlaceholderText("often your email address")
        self.address_edit = QLineEdit()
        self.address_edit.setPlaceholderText("if it differs from the user name")
        self.drafts_edit = QLineEdit()
        self.drafts_edit.setPlaceholderText("empty: the folder the server marks as Drafts")
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(
            "leave empty to keep the one stored" if self._saved else ""
        )
        self.remember_check = QCheckBox("Keep it in the system keyring")
        self.remember_check.setChecked(True)
        self.keyring_label = plain_label("Checking the system keyring…")
        self.keyring_label.setWordWrap(True)
        self.keyring_label.setAccessibleName("Keyring status")
        for widget, name in (
            (self.host_edit, "Mail server"),
            (self.security_combo, "Security"),
            (self.port_spin, "Port"),
            (self.user_edit, "User name"),
            (self.address_edit, "Your email address"),
            (self.drafts_edit, "Drafts folder"),
            (self.password_edit, "Password"),
            (self.remember_check, "Keep the password in the system keyring"),
        ):
            widget.setAccessibleName(name)

        server_row = QHBoxLayout()
        server_row.addWidget(self.host_edit, 1)
        server_row.addWidget(QLabel("Port:"))
        server_row.addWidget(self.port_spin)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(buddy_label("IMAP &server:", self.host_edit), server_row)
        form.addRow(buddy_label("S&ecurity:", self.security_combo), self.security_combo)
        form.addRow(buddy_label("&User name:", self.user_edit), self.user_edit)
        form.addRow(buddy_label("Your &address:", self.address_edit), self.address_edit)
        form.addRow(buddy_label("&Drafts folder:", self.drafts_edit), self.drafts_edit)
        form.addRow(buddy_label("&Password:", self.password_edit), self.password_edit)
        form.addRow("", self.remember_check)

        self.test_button = QPushButton("&Test connection")
        self.test_button.setAccessibleName("Test connection")
        self.test_button.clicked.connect(self.test_connection)
        self.remove_button = QPushButton("&Remove account")
        self.remove_button.setAccessibleName("Remove account")
        self.remove_button.setToolTip("Forget these settings and delete the stored password")
        self.remove_button.clicked.connect(self.remove_account)
        self.remove_button.setEnabled(self._saved is not None)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(12)
        self.progress.setAccessibleName("Working")
        self.progress.hide()
        self.status_label = plain_label()  # quotes the server's folder names
        self.status_label.setWordWrap(True)
        self.status_label.setAccessibleName("Status")
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label = make_error_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        name_buttons(self.buttons, "&Save")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        actions = QHBoxLayout()
        actions.addWidget(self.test_button)
        actions.addWidget(self.remove_button)
        actions.addStretch()

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.keyring_label)
        layout.addLayout(actions)
        layout.addWidget(self.progress)
        layout.addWidget(self.status_label)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        account = self._saved or MailAccount("", 993, Security.TLS, "")
        self.host_edit.setText(account.host)
        self.security_combo.setCurrentIndex(self.security_combo.findData(account.security))
        self.port_spin.setValue(account.port)
        self.user_edit.setText(account.user)
        self.address_edit.setText(account.address)
        self.drafts_edit.setText(account.drafts_mailbox)
        self.security_combo.currentIndexChanged.connect(self._security_changed)
        self._run(self._mail.keyring_refusal, self._keyring_checked, self._keyring_failed)

    # --- values ---------------------------------------------------------------------------

    def account(self) -> MailAccount:
        security = self.security_combo.currentData()
        return MailAccount(
            host=self.host_edit.text(),
            port=self.port_spin.value(),
            security=security if isinstance(security, Security) else Security.TLS,
            user=self.user_edit.text(),
            address=self.address_edit.text(),
            drafts_mailbox=self.drafts_edit.text(),
        )

    # --- actions --------------------------------------------------------------------------

    def test_connection(self) -> None:
        try:
            job = self._mail.test_job(self.account(), self.password_edit.text())
        except UserError as error:
            show_error(self.error_label, error)
            return
        self._busy(f"Connecting to {self.account().host.strip()}…")
        self._run(job, self._tested, self._failed, self._mail.timeout() * 3 + 5)

    def accept(self) -> None:
        try:
            account = check_account(self.account())
        except UserError as error:
            show_error(self.error_label, error)
            return
        if self._perform(lambda: self._mail.save_account(account)) is None:
            return
        self.changed = True
        old = self._saved
        if old is not None and account_key(old) != account_key(account):
            # The password belonged to the old user or server: do not leave it behind.
            self._run(self._mail.delete_password_job(old), lambda _r: None, lambda _e: None)
        self._saved = account
        password = self.password_edit.text()
        if not password:
            super().accept()
            return
        if not self.remember_check.isChecked() or self.keyring_reason:
            self._mail.use_for_session(account, password)
            super().accept()
            return
        self._busy("Storing the password in the system keyring…")
        self._run(
            self._mail.store_password_job(account, password),
            lambda _result: super(MailAccountDialog, self).accept(),
            lambda error: self._store_refused(account, password, error),
        )

    def remove_account(self) -> None:
        saved = self._saved
        if saved is None:
            return
        if not self._prompts.confirm(
            self,
            f"Remove the mail account {saved.user} on {saved.host}? The settings are "
            "forgotten and the stored password is deleted from the keyring.",
            "Remove",
        ):
            return
        self._busy("Deleting the stored password…")

        def removed(_result: object) -> None:
            if self._perform(self._mail.forget_account_settings) is not None:
                self.changed = True
                self._saved = None
                super(MailAccountDialog, self).accept()

        self._run(self._mail.delete_password_job(saved), removed, self._failed)

    def cancel_jobs(self) -> None:
        for job in self.jobs:
            job.cancel()
        self.jobs.clear()

    # --- internals ------------------------------------------------------------------------

    def _run(
        self,
        job: Callable[[], object],
        done: Callable[[object], None],
        failed: Callable[[UserError], None],
        time_limit: float = KEYRING_TIME_LIMIT,
    ) -> None:
        background = BackgroundJob(job, done, failed, time_limit=time_limit, parent=self)
        background.finished.connect(lambda: self._finished(background))
        self.jobs.append(background)

    def _finished(self, job: BackgroundJob) -> None:
        if job in self.jobs:
            self.jobs.remove(job)
        if not self.jobs:
            self.progress.hide()
            self._set_enabled(True)

    def _busy(self, text: str) -> None:
        self.error_label.hide()
        self.status_label.setText(text)
        self.progress.show()
        self._set_enabled(False)

    def _set_enabled(self, on: bool) -> None:
        for widget in (self.test_button, self.buttons.button(QDialogButtonBox.StandardButton.Ok)):
            widget.setEnabled(on)
        self.remove_button.setEnabled(on and self._saved is not None)

    def _keyring_checked(self, reason: object) -> None:
        self.keyring_reason = reason if isinstance(reason, str) else None
        if self.keyring_reason:
            self.changed_by_the_program(lambda: self.remember_check.setChecked(False))
            self.remember_check.setEnabled(False)
            self.keyring_label.setText(self.keyring_reason)
        else:
            self.keyring_label.setText(
                "The password is kept in the system keyring, never in jobdesk's own files."
            )
        self.adjustSize()

    def _keyring_failed(self, error: UserError) -> None:
        self._keyring_checked(error.message)

    def _tested(self, report: object) -> None:
        assert isinstance(report, ConnectionReport)
        self.status_label.setText(report.summary(check_account(self.account())))

    def _failed(self, error: UserError) -> None:
        self.status_label.setText("")
        show_error(self.error_label, error)

    def _store_refused(self, account: MailAccount, password: str, error: UserError) -> None:
        if isinstance(error, KeyringRefused):
            self._mail.use_for_session(account, password)
            self._prompts.info(
                self, f"{error.message}\n\nThe password will be used until you quit jobdesk."
            )
            super().accept()
            return
        self._failed(error)

    def _security_changed(self, _index: int) -> None:
        security = self.security_combo.currentData()
        if isinstance(security, Security) and self.port_spin.value() in (993, 143):
            self.port_spin.setValue(security.default_port)

    def reject(self) -> None:
        # Escape, Cancel and the window's close button (QDialog's closeEvent calls reject).
        if self.is_changed() and not form_dialog.ask_discard(self):
            return
        self.cancel_jobs()
        self.discard()


class PasswordDialog(QDialog):
    """Ask for the mail password, to be kept in memory for this session only."""

    @classmethod
    def ask(cls, parent: QWidget | None, account: MailAccount, why: str) -> str | None:
        dialog = cls(parent, account, why)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted and dialog.password_edit.text():
                return dialog.password_edit.text()
            return None
        finally:
            dialog.deleteLater()

    def __init__(self, parent: QWidget | None, account: MailAccount, why: str) -> None:
        super().__init__(parent)
        self.setWindowTitle("Mail password")
        text = plain_label(
            f"{why}\n\nPassword for {account.user} on {account.host} (kept in memory until "
            "you quit; to keep it in the system keyring, use Mail account…):"
        )
        text.setWordWrap(True)
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setAccessibleName("Password")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        name_buttons(buttons, "&Continue")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.password_edit)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)


class MailboxDialog(QDialog):
    """Pick the folder drafts go to, when the server marks none as Drafts."""

    @classmethod
    def ask(cls, parent: QWidget | None, why: str, mailboxes: list[Mailbox]) -> str | None:
        dialog = cls(parent, why, mailboxes)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                item = dialog.list.currentItem()
                return str(item.data(Qt.ItemDataRole.UserRole)) if item else None
            return None
        finally:
            dialog.deleteLater()

    def __init__(self, parent: QWidget | None, why: str, mailboxes: list[Mailbox]) -> None:
        super().__init__(parent)
        self.setWindowTitle("Choose the drafts folder")
        text = plain_label(f"{why}\n\njobdesk remembers your choice.")
        text.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName("Folders")
        for mailbox in mailboxes:
            item = QListWidgetItem(mailbox.display_name)
            item.setData(Qt.ItemDataRole.UserRole, mailbox.name)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.list.itemActivated.connect(lambda _item: self.accept())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        name_buttons(buttons, "&Use this folder")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.setMinimumSize(420, 360)
