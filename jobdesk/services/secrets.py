"""Passwords in the OS keyring, behind three calls: get, set, delete.

Only backends known to keep secrets encrypted by the system are used. When the
only one available is a plain-text file, a "null" or the fail backend, storing
is refused with the reason, and the caller can ask for the password once per
session instead. Nothing here logs or keeps a password.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from jobdesk.domain.errors import UserError

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

# keyring itself is imported on first use: it costs about 0.1 s, which start-up need not pay.

log = logging.getLogger(__name__)

SERVICE = "jobdesk"

# Backends that hand the secret to the operating system's own encrypted store.
SECURE_BACKENDS = frozenset(
    {
        "keyring.backends.SecretService.Keyring",
        "keyring.backends.libsecret.Keyring",
        "keyring.backends.kwallet.DBusKeyring",
        "keyring.backends.kwallet.DBusKeyringKWallet4",
        "keyring.backends.macOS.Keyring",
        "keyring.backends.Windows.WinVaultKeyring",
    }
)

NO_KEYRING = (
    "No system keyring is available, so jobdesk will not store the password. On Linux "
    "this is GNOME Keyring or KWallet running in your desktop session; on macOS and "
    "Windows it is built in. You can enter the password once per session instead."
)


class KeyringRefused(UserError):
    """The password cannot be kept in a keyring here; the message says why."""


def _qualified(backend: KeyringBackend) -> str:
    kind = type(backend)
    return f"{kind.__module__}.{kind.__qualname__}"


def _name(backend: KeyringBackend) -> str:
    return str(getattr(backend, "name", type(backend).__name__))


def refusal(backend: KeyringBackend) -> str | None:
    """Why `backend` must not hold a password, or None when it may."""
    parts = list(getattr(backend, "backends", None) or [backend])
    if not parts or all(_qualified(p) == "keyring.backends.fail.Keyring" for p in parts):
        return NO_KEYRING
    for part in parts:
        if _qualified(part) not in SECURE_BACKENDS:
            return (
                f"The keyring available here ({_name(part)}) is not one known to encrypt "
                "what it stores; it may keep passwords as plain text in a file. jobdesk will "
                "not put your password there. You can enter it once per session instead."
            )
    return None


class Secrets:
    """get / set / delete a password in the keyring chosen by `backend` (default: keyring's)."""

    def __init__(self, backend: KeyringBackend | None = None, service: str = SERVICE) -> None:
        self._backend = backend
        self._service = service

    def backend(self) -> KeyringBackend:
        if self._backend is not None:
            return self._backend
        import keyring

        return keyring.get_keyring()

    def refusal(self) -> str | None:
        return refusal(self.backend())

    def get(self, account: str) -> str | None:
        """The stored password, or None when there is none (or no usable keyring)."""
        import keyring.errors

        backend = self.backend()
        if refusal(backend) is not None:
            return None
        try:
            return backend.get_password(self._service, account)
        except keyring.errors.KeyringError as error:
            raise KeyringRefused(_failed("read the password from", error)) from None

    def set(self, account: str, password: str) -> None:
        import keyring.errors

        if not password:
            raise KeyringRefused("The password is empty.")
        backend = self.backend()
        reason = refusal(backend)
        if reason is not None:
            log.info("refused to store a password in %s", _qualified(backend))
            raise KeyringRefused(reason)
        try:
            backend.set_password(self._service, account, password)
        except keyring.errors.KeyringError as error:
            raise KeyringRefused(_failed("store the password in", error)) from None
        log.info("stored a password for %s in %s", account, _qualified(backend))

    def delete(self, account: str) -> None:
        """Remove the stored password; nothing stored is fine."""
        import keyring.errors

        backend = self.backend()
        if refusal(backend) is not None:
            return
        try:
            backend.delete_password(self._service, account)
        except keyring.errors.PasswordDeleteError:
            return
        except keyring.errors.KeyringError as error:
            raise KeyringRefused(_failed("remove the password from", error)) from None
        log.info("removed the password for %s", account)


def _failed(what: str, error: Exception) -> str:
    # The error's text comes from the keyring, never from the password itself.
    detail = str(error) or type(error).__name__
    return f"jobdesk could not {what} the keyring ({detail}). Is the keyring unlocked?"
