"""A whole session through the window: set up the account, test it, save a draft. The password
then sits in the keyring and nowhere in the data folder: not the database, settings or log."""

from __future__ import annotations

import base64
import email
import logging
from collections.abc import Iterator
from datetime import date, timedelta
from email import policy
from typing import Any

import pytest
from peewee import SqliteDatabase
from pytestqt.qtbot import QtBot

from jobdesk.app import setup_logging
from jobdesk.domain.application import ApplicationDetails, Contact
from jobdesk.domain.enums import ContactRole, Stage
from jobdesk.domain.feedback import Via
from jobdesk.domain.mail import Security
from jobdesk.domain.settings import MY_NAME
from jobdesk.paths import Paths
from jobdesk.services.bundle import build_services
from jobdesk.services.mail_drafts import account_key
from jobdesk.services.secrets import SERVICE, Secrets
from jobdesk.ui.dialogs.prompts import Prompts
from jobdesk.ui.feedback.composer_dialog import ComposerDialog
from jobdesk.ui.feedback.mail_account_dialog import MailAccountDialog
from jobdesk.ui.shell.main_window import MainWindow

from .conftest import Dovecot

TODAY = date(2026, 11, 20)


class QuietPrompts(Prompts):
    def __init__(self) -> None:
        self.messages: list[str] = []

    def error(self, parent: Any, text: str) -> None:
        self.messages.append(text)

    def info(self, parent: Any, text: str) -> None:
        self.messages.append(text)


@pytest.fixture
def logged(paths: Paths) -> Iterator[None]:
    """The app's own log file, at DEBUG, so even chatty libraries would be caught."""
    root = logging.getLogger()
    before, level = list(root.handlers), root.level
    setup_logging(paths.log_file)
    root.setLevel(logging.DEBUG)
    yield
    for handler in root.handlers[:]:
        if handler not in before:
            handler.close()
            root.removeHandler(handler)
    root.setLevel(level)


def password_forms(user: str, password: str) -> list[bytes]:
    raw = password.encode()
    plain = b"\0" + user.encode() + b"\0" + raw
    return [
        raw,
        password.encode("utf-16-le"),
        base64.b64encode(raw),
        base64.b64encode(plain),
        base64.b64encode(plain)[:-4],  # in case only a prefix got written
    ]


def test_a_full_session_leaves_the_password_only_in_the_keyring(
    qtbot: QtBot,
    db: SqliteDatabase,
    paths: Paths,
    logged: None,
    secret_service: Any,
    dovecot: Dovecot,
) -> None:
    services = build_services(
        db, paths, lambda: TODAY, secrets=Secrets(secret_service), mail_cafile=dovecot.cafile
    )
    services.settings.set(MY_NAME, "Sam Taylor")
    details = ApplicationDetails(
        "Ledgerline",
        "Senior Backend Engineer",
        TODAY - timedelta(days=30),
        contacts=(Contact("Anna Keller", ContactRole.RECRUITER, "anna@ledgerline.example"),),
    )
    app_id = services.pipeline.add(details).application_ids[0]
    services.pipeline.advance(app_id, Stage.SCREEN, TODAY - timedelta(days=20))
    services.pipeline.reject(app_id, TODAY - timedelta(days=3))

    prompts = QuietPrompts()
    window = MainWindow(services, prompts=prompts)
    qtbot.addWidget(window)
    window.show()

    # 1. The account, with the password typed once and kept in the keyring.
    account_dialog = MailAccountDialog(window, services, window.perform, prompts)
    qtbot.addWidget(account_dialog)
    qtbot.waitUntil(lambda: "system keyring, never" in account_dialog.keyring_label.text())
    assert account_dialog.remember_check.isChecked()
    account_dialog.host_edit.setText(dovecot.host)
    account_dialog.security_combo.setCurrentIndex(
        account_dialog.security_combo.findData(Security.STARTTLS)
    )
    account_dialog.port_spin.setValue(dovecot.starttls_port)
    account_dialog.user_edit.setText(dovecot.user)
    account_dialog.password_edit.setText(dovecot.password)
    account_dialog.test_button.click()
    qtbot.waitUntil(lambda: not account_dialog.jobs, timeout=20_000)
    assert account_dialog.error_label.isHidden(), account_dialog.error_label.text()
    assert "Drafts will be saved in “Drafts”" in account_dialog.status_label.text()
    account_dialog.accept()
    qtbot.waitUntil(lambda: account_dialog.result() == 1, timeout=20_000)
    account = services.mail.account()
    assert account is not None
    assert secret_service.get_password(SERVICE, account_key(account)) == dovecot.password
    assert not services.mail.has_session_password(account), "the keyring holds it, not memory"

    # 2. A feedback request, saved as a draft: the password comes from the keyring.
    before = set(dovecot.drafts_files())
    composer = ComposerDialog(
        window,
        services,
        services.pipeline.application(app_id),
        "feedback_request",
        window.perform,
        prompts,
    )
    qtbot.addWidget(composer)
    composer.show()
    composer.draft_button.click()
    qtbot.waitUntil(lambda: composer.job is None, timeout=20_000)
    assert composer.error_label.isHidden(), composer.error_label.text()
    assert "Saved in “Drafts” on 127.0.0.1" in composer.status_label.text()
    new = [p for p in dovecot.drafts_files() if p not in before]
    assert len(new) == 1
    draft = email.message_from_bytes(new[0].read_bytes(), policy=policy.default)
    assert draft["To"] == "anna@ledgerline.example"
    assert draft["Subject"] == "Thank you, and a small request — Senior Backend Engineer"
    assert [m.via for m in services.feedback.messages_sent(app_id)] == [Via.DRAFT]
    composer.close()

    window.close()  # writes the window settings file
    db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    for handler in logging.getLogger().handlers:
        handler.flush()

    files = [p for p in paths.data_dir.rglob("*") if p.is_file()]
    names = {p.name for p in files}
    assert {"jobdesk.sqlite", "jobdesk.log", "window.ini"} <= names
    assert "draft saved in Drafts" in paths.log_file.read_text()
    leaks = [
        p.name
        for p in files
        for form in password_forms(dovecot.user, dovecot.password)
        if form in p.read_bytes()
    ]
    assert leaks == []


def test_a_missing_drafts_folder_is_picked_once_and_remembered(
    qtbot: QtBot, db: SqliteDatabase, paths: Paths, dovecot: Dovecot
) -> None:
    from keyring.backends import fail
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from jobdesk.domain.mail import MailAccount
    from jobdesk.ui.feedback.mail_account_dialog import MailboxDialog

    services = build_services(
        db, paths, lambda: TODAY, secrets=Secrets(fail.Keyring()), mail_cafile=dovecot.cafile
    )
    gone = MailAccount(
        dovecot.host, dovecot.tls_port, Security.TLS, dovecot.user, drafts_mailbox="Old drafts"
    )
    services.mail.save_account(gone)
    services.mail.use_for_session(gone, dovecot.password)
    app_id = services.pipeline.add(
        ApplicationDetails("Acme", "SRE", TODAY - timedelta(days=12))
    ).application_ids[0]
    composer = ComposerDialog(
        None,
        services,
        services.pipeline.application(app_id),
        "follow_up",
        lambda call: call(),
        QuietPrompts(),
    )
    qtbot.addWidget(composer)
    offered: list[list[str]] = []

    def pick() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, MailboxDialog):
            QTimer.singleShot(20, pick)
            return
        names = [dialog.list.item(i).text() for i in range(dialog.list.count())]
        offered.append(names)
        dialog.list.setCurrentRow(names.index("Sent"))
        dialog.accept()

    QTimer.singleShot(0, pick)
    composer.draft_button.click()
    qtbot.waitUntil(lambda: bool(offered) and composer.job is None, timeout=20_000)
    qtbot.waitUntil(lambda: "Saved in “Sent”" in composer.status_label.text(), timeout=20_000)
    assert {"INBOX", "Drafts", "Sent"} <= set(offered[0])
    account = services.mail.account()
    assert account is not None and account.drafts_mailbox == "Sent"
    assert not (dovecot.maildir / ".Old drafts").exists(), "no folder was created"
