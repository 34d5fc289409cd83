"""Passwords in a real keyring (gnome-keyring over D-Bus), and refusals where none is safe."""

from __future__ import annotations

from typing import Any

import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail, null

from jobdesk.domain.mail import MailAccount, Security
from jobdesk.services.mail_drafts import MailDrafts, PasswordNeeded, account_key
from jobdesk.services.secrets import NO_KEYRING, KeyringRefused, Secrets


class PlaintextKeyring(KeyringBackend):
    """What keyrings.alt's file backend amounts to: passwords written down as they are."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.written: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.written.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.written[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.written.pop((service, username), None)


def test_a_password_is_stored_read_and_deleted_in_gnome_keyring(secret_service: Any) -> None:
    assert type(secret_service).__module__ == "keyring.backends.SecretService"
    secrets = Secrets(secret_service, service="jobdesk-test")
    assert secrets.refusal() is None
    assert secrets.get("imap:sam@mail.example") is None
    secrets.set("imap:sam@mail.example", "pässwörd with spaces")
    assert secrets.get("imap:sam@mail.example") == "pässwörd with spaces"
    # Through the keyring itself, not a copy jobdesk kept:
    assert secret_service.get_password("jobdesk-test", "imap:sam@mail.example") == (
        "pässwörd with spaces"
    )
    secrets.delete("imap:sam@mail.example")
    assert secrets.get("imap:sam@mail.example") is None
    secrets.delete("imap:sam@mail.example")  # deleting what is not there is fine


def test_without_any_keyring_storing_is_refused_and_says_why() -> None:
    secrets = Secrets(fail.Keyring())
    assert secrets.refusal() == NO_KEYRING
    with pytest.raises(KeyringRefused, match="No system keyring is available") as caught:
        secrets.set("account", "secret")
    assert "once per session" in caught.value.message
    assert secrets.get("account") is None
    secrets.delete("account")


@pytest.mark.parametrize("backend", [PlaintextKeyring(), null.Keyring()])
def test_a_keyring_that_keeps_plain_text_is_refused(backend: KeyringBackend) -> None:
    secrets = Secrets(backend)
    with pytest.raises(KeyringRefused, match="not one known to encrypt") as caught:
        secrets.set("account", "secret")
    assert "plain text" in caught.value.message
    if isinstance(backend, PlaintextKeyring):
        assert backend.written == {}, "nothing was written to the plain-text store"


def test_the_global_keyring_in_tests_is_the_fail_backend() -> None:
    # tests/conftest.py makes sure no test reaches the machine's own keyring.
    assert "No system keyring" in (Secrets().refusal() or "")


def test_the_mail_account_falls_back_to_a_session_password(
    services: Any, secret_service: Any
) -> None:
    account = MailAccount("imap.mail.example", 993, Security.TLS, "sam@mail.example")
    refusing = MailDrafts(services.settings, Secrets(PlaintextKeyring()))
    with pytest.raises(KeyringRefused):
        refusing.store_password_job(account, "secret")()
    refusing.use_for_session(account, "secret")
    assert refusing.has_session_password(account)

    storing = MailDrafts(services.settings, Secrets(secret_service, "jobdesk-test"))
    storing.save_account(account)
    message = storing.store_password_job(account, "secret")()
    assert message == "The password is stored in the system keyring."
    assert secret_service.get_password("jobdesk-test", account_key(account)) == "secret"
    storing.delete_password_job(account)()
    storing.forget_account_settings()
    assert secret_service.get_password("jobdesk-test", account_key(account)) is None
    assert storing.account() is None
    with pytest.raises(PasswordNeeded, match="No password is stored"):
        storing._password(account)
