"""Saving drafts in the user's mailbox over IMAP, and the mail account they need.

The connection is TLS from the first byte, or STARTTLS before anything else is
said; a server that offers neither is refused, since the login would cross the
network in the clear. Certificates are checked with the system's trust store.
The draft goes into the mailbox the server marks `\\Drafts` (RFC 6154); when
there is none the user picks one from the list: jobdesk never creates one.

The network calls block, so the UI runs the jobs this module hands out on a
worker thread; each socket operation has a time limit.
"""

from __future__ import annotations

import errno
import imaplib
import logging
import re
import socket
import ssl
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, replace
from datetime import datetime

from jobdesk.domain.errors import UserError
from jobdesk.domain.mail import (
    Draft,
    MailAccount,
    Security,
    build_message,
    check_account,
    decode_mailbox_name,
    message_bytes,
)
from jobdesk.domain.settings import (
    MAIL_ADDRESS,
    MAIL_DRAFTS,
    MAIL_HOST,
    MAIL_PORT,
    MAIL_SECURITY,
    MAIL_TIMEOUT,
    MAIL_USER,
    MY_NAME,
)
from jobdesk.services.changes import Change
from jobdesk.services.secrets import KeyringRefused, Secrets
from jobdesk.services.settings import Settings

log = logging.getLogger(__name__)


class MailError(UserError):
    """The mail server could not be reached or refused; the message says which and why."""


class WrongPassword(MailError):
    pass


class PasswordNeeded(UserError):
    """No password is stored or remembered for this session."""


class NoDraftsMailbox(UserError):
    """The server marks no mailbox as Drafts; `mailboxes` lists those the user can pick from."""

    def __init__(self, message: str, mailboxes: list[Mailbox]) -> None:
        super().__init__(message)
        self.mailboxes = mailboxes


@dataclass(frozen=True)
class Mailbox:
    name: str  # as the server spells it (modified UTF-7)
    flags: frozenset[str]

    @property
    def display_name(self) -> str:
        return decode_mailbox_name(self.name)

    @property
    def is_drafts(self) -> bool:
        return "\\drafts" in {f.lower() for f in self.flags}

    @property
    def can_hold_mail(self) -> bool:
        return "\\noselect" not in {f.lower() for f in self.flags}


@dataclass(frozen=True)
class ConnectionReport:
    mailboxes: tuple[Mailbox, ...]
    drafts: Mailbox | None

    def summary(self, account: MailAccount) -> str:
        where = (
            f"Drafts will be saved in “{self.drafts.display_name}”."
            if self.drafts
            else "The server marks no folder as Drafts; choose one in the drafts folder field."
        )
        return f"Logged in to {account.host} as {account.user}. {where}"


@dataclass(frozen=True)
class DraftSaved:
    mailbox: str  # display name
    message_id: str


# --- talking to the server -----------------------------------------------------------------


def tls_context(cafile: str | None = None) -> ssl.SSLContext:
    """The system's trust store, host names checked; `cafile` only in tests (a test CA)."""
    context = ssl.create_default_context(cafile=cafile)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    return context


@contextmanager
def _explained(account: MailAccount, timeout: float) -> Iterator[None]:
    """Turn what the network and the server do into a message for the user."""
    where = f"{account.host} (port {account.port})"
    try:
        yield
    except MailError:
        raise
    except ssl.SSLCertVerificationError as error:
        reason = error.verify_message or "unknown reason"
        raise MailError(
            f"The certificate of {account.host} is not trusted ({reason}). jobdesk sends your "
            "password only to a server that proves who it is. Check the server name; if it "
            "is right, the server's certificate needs fixing by whoever runs it."
        ) from None
    except ssl.SSLError as error:
        raise MailError(
            f"{where} did not set up a secure connection ({error.reason or error}). Check "
            "that the port matches the security setting: usually 993 for TLS, 143 for STARTTLS."
        ) from None
    except socket.gaierror:
        raise MailError(
            f"The server name {account.host} could not be found. Check its spelling and "
            "your internet connection."
        ) from None
    except TimeoutError:
        raise MailError(
            f"{where} did not answer within {timeout:g} seconds. The server may be down or "
            "the port blocked; try again later, or check the port."
        ) from None
    except ConnectionRefusedError:
        raise MailError(
            f"{where} refused the connection. Check the port: usually 993 for TLS, "
            "143 for STARTTLS."
        ) from None
    except imaplib.IMAP4.abort as error:
        raise MailError(f"{where} closed the connection unexpectedly ({error}).") from None
    except imaplib.IMAP4.error as error:
        raise MailError(f"{where} refused a request: {error}") from None
    except OSError as error:
        if error.errno in (errno.ENETUNREACH, errno.EHOSTUNREACH, errno.EADDRNOTAVAIL):
            raise MailError(
                f"There is no route to {account.host}: this computer cannot reach it. Check "
                "your network connection (and VPN, if the server needs one)."
            ) from None
        if isinstance(error, ConnectionError | EOFError):
            raise MailError(f"{where} closed the connection unexpectedly.") from None
        raise MailError(f"Could not talk to {where}: {error.strerror or error}.") from None
    except EOFError:
        raise MailError(f"{where} closed the connection unexpectedly.") from None


def _connect(account: MailAccount, timeout: float, cafile: str | None) -> imaplib.IMAP4:
    context = tls_context(cafile)
    host = account.host.strip("[]")
    if account.security is Security.TLS:
        return imaplib.IMAP4_SSL(host, account.port, ssl_context=context, timeout=timeout)
    imap = imaplib.IMAP4(host, account.port, timeout=timeout)
    try:
        if "STARTTLS" not in imap.capabilities:
            raise MailError(
                f"{account.host} does not offer STARTTLS on port {account.port}, so the "
                "password would cross the network unencrypted. jobdesk will not do that. "
                "Use TLS (usually port 993) if the server offers it."
            )
        imap.starttls(ssl_context=context)
    except BaseException:
        _close(imap)
        raise
    return imap


def _login(imap: imaplib.IMAP4, account: MailAccount, password: str) -> None:
    capabilities = {c.upper() for c in imap.capabilities}
    try:
        if "AUTH=PLAIN" in capabilities:
            # SASL PLAIN carries UTF-8, so passwords beyond ASCII work too.
            secret = b"\0" + account.user.encode() + b"\0" + password.encode()
            imap.authenticate("PLAIN", lambda _challenge: secret)
        elif "LOGINDISABLED" in capabilities:
            raise MailError(f"{account.host} does not allow a password login here.")
        else:
            imap.login(account.user, password)
    except imaplib.IMAP4.abort:
        raise
    except imaplib.IMAP4.error:
        raise WrongPassword(
            f"{account.host} refused the user name or password for {account.user}. Check "
            "both; some providers want an app password instead of your usual one."
        ) from None
    except UnicodeEncodeError:
        raise WrongPassword(
            f"{account.host} only takes passwords made of plain ASCII characters."
        ) from None


def _close(imap: imaplib.IMAP4) -> None:
    with suppress(Exception):
        imap.logout()
    with suppress(Exception):
        imap.shutdown()


_LIST_LINE = re.compile(rb'^\((?P<flags>[^)]*)\) (?P<delim>"(?:[^"\\]|\\.)*"|NIL) ?(?P<name>.*)$')


def parse_list_response(data: Sequence[object]) -> list[Mailbox]:
    """Mailboxes from the untagged LIST answers imaplib returns."""
    mailboxes = []
    for item in data:
        if isinstance(item, tuple) and len(item) >= 2:
            header, name_bytes = bytes(item[0]), bytes(item[1])
        elif isinstance(item, bytes):
            header, name_bytes = item, b""
        else:
            continue
        match = _LIST_LINE.match(header)
        if match is None:
            continue
        raw = name_bytes or match.group("name")
        if not name_bytes and raw.endswith(b"}"):
            continue  # a literal whose text came in the tuple form
        name = _unquote(raw.decode("utf-8", "replace").strip())
        flags = frozenset(match.group("flags").decode("ascii", "replace").split())
        if name:
            mailboxes.append(Mailbox(name, flags))
    return mailboxes


def _unquote(text: str) -> str:
    if len(text) >= 2 and text[0] == text[-1] == '"':
        return re.sub(r"\\(.)", r"\1", text[1:-1])
    return text


def _quote(name: str) -> str:
    return '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _mailboxes(imap: imaplib.IMAP4) -> list[Mailbox]:
    if "SPECIAL-USE" in {c.upper() for c in imap.capabilities}:
        # RFC 6154: ask for the special-use flags explicitly.
        kind, data = imap.list('""', '"*" RETURN (SPECIAL-USE)')
    else:
        kind, data = imap.list('""', '"*"')
    if kind != "OK":
        raise MailError("The server would not list its folders.")
    return parse_list_response(data)


def _drafts(mailboxes: list[Mailbox]) -> Mailbox | None:
    return next((m for m in mailboxes if m.is_drafts), None)


def _chosen_mailbox(account: MailAccount, mailboxes: list[Mailbox]) -> Mailbox:
    if account.drafts_mailbox:
        wanted = account.drafts_mailbox
        for mailbox in mailboxes:
            if wanted in (mailbox.name, mailbox.display_name):
                return mailbox
        raise NoDraftsMailbox(
            f"There is no folder called “{wanted}” on {account.host}. Choose one of the "
            "folders it has.",
            [m for m in mailboxes if m.can_hold_mail],
        )
    drafts = _drafts(mailboxes)
    if drafts is None:
        raise NoDraftsMailbox(
            f"{account.host} marks no folder as Drafts. Choose the folder drafts should go "
            "to; jobdesk will not create one on its own.",
            [m for m in mailboxes if m.can_hold_mail],
        )
    return drafts


def check_connection(
    account: MailAccount, password: str, timeout: float, cafile: str | None = None
) -> ConnectionReport:
    """Log in and look for the Drafts folder; nothing is changed on the server."""
    with _explained(account, timeout):
        imap = _connect(account, timeout, cafile)
        try:
            _login(imap, account, password)
            mailboxes = _mailboxes(imap)
        finally:
            _close(imap)
    log.info("connection test to %s:%s succeeded", account.host, account.port)
    return ConnectionReport(tuple(mailboxes), _drafts(mailboxes))


def append_draft(
    account: MailAccount,
    password: str,
    message: bytes,
    message_id: str,
    timeout: float,
    cafile: str | None = None,
) -> DraftSaved:
    """Put `message` (CRLF line ends) into the drafts folder, flagged \\Draft."""
    with _explained(account, timeout):
        imap = _connect(account, timeout, cafile)
        try:
            _login(imap, account, password)
            mailbox = _chosen_mailbox(account, _mailboxes(imap))
            kind, data = imap.append(
                _quote(mailbox.name), "(\\Draft)", imaplib.Time2Internaldate(time.time()), message
            )
            if kind != "OK":
                detail = data[0].decode("utf-8", "replace") if data and data[0] else kind
                raise MailError(f"{account.host} did not accept the draft: {detail}")
        finally:
            _close(imap)
    log.info("draft saved in %s on %s", mailbox.display_name, account.host)
    return DraftSaved(mailbox.display_name, message_id)


# --- the account and its password ----------------------------------------------------------


def account_key(account: MailAccount) -> str:
    """The name the password is kept under in the keyring."""
    return f"imap:{account.user}@{account.host}"


class MailDrafts:
    """The mail account in settings, its password in the keyring (or this session), and jobs.

    Methods that touch the network or the keyring are named `*_job` and return a
    function for the UI to run on a worker thread.
    """

    def __init__(
        self,
        settings: Settings,
        secrets: Secrets,
        *,
        cafile: str | None = None,
        now: Callable[[], datetime] = lambda: datetime.now().astimezone(),
    ) -> None:
        self._settings = settings
        self._secrets = secrets
        self._cafile = cafile  # only tests set it, to trust their own server's certificate
        self._now = now
        self._session: dict[str, str] = {}

    # --- account (settings only; quick, on any thread) ------------------------------------

    def account(self) -> MailAccount | None:
        host = self._settings.get(MAIL_HOST)
        if not host:
            return None
        try:
            security = Security(self._settings.get(MAIL_SECURITY))
        except ValueError:
            security = Security.TLS
        return MailAccount(
            host=host,
            port=self._settings.get(MAIL_PORT),
            security=security,
            user=self._settings.get(MAIL_USER),
            address=self._settings.get(MAIL_ADDRESS),
            drafts_mailbox=self._settings.get(MAIL_DRAFTS),
        )

    def save_account(self, account: MailAccount) -> Change:
        """Store the account's settings (never a password); UserError if one is wrong."""
        account = check_account(account)
        return self._settings.set_many(
            {
                MAIL_HOST: account.host,
                MAIL_PORT: account.port,
                MAIL_SECURITY: account.security.value,
                MAIL_USER: account.user,
                MAIL_ADDRESS: account.address,
                MAIL_DRAFTS: account.drafts_mailbox,
            },
            f"Save the mail account for {account.host}",
        )

    def forget_account_settings(self) -> Change:
        self._session.clear()
        return self._settings.reset_many(
            (MAIL_HOST, MAIL_PORT, MAIL_SECURITY, MAIL_USER, MAIL_ADDRESS, MAIL_DRAFTS),
            "Remove the mail account",
        )

    def timeout(self) -> float:
        return float(self._settings.get(MAIL_TIMEOUT))

    def keyring_refusal(self) -> str | None:
        """Why the keyring cannot hold the password here, or None (may talk to D-Bus)."""
        return self._secrets.refusal()

    def use_for_session(self, account: MailAccount, password: str) -> None:
        """Keep the password in memory until jobdesk quits; nothing is written anywhere."""
        if not password:
            raise UserError("The password is empty.")
        self._session[account_key(account)] = password

    def has_session_password(self, account: MailAccount) -> bool:
        return account_key(account) in self._session

    # --- jobs for a worker thread ---------------------------------------------------------

    def store_password_job(self, account: MailAccount, password: str) -> Callable[[], str]:
        """Store the password in the keyring; refused (KeyringRefused) when it is not safe."""
        key = account_key(account)

        def job() -> str:
            self._secrets.set(key, password)
            self._session.pop(key, None)
            return "The password is stored in the system keyring."

        return job

    def delete_password_job(self, account: MailAccount) -> Callable[[], str]:
        key = account_key(account)

        def job() -> str:
            self._session.pop(key, None)
            self._secrets.delete(key)
            return "The stored password was removed from the system keyring."

        return job

    def test_job(self, account: MailAccount, password: str = "") -> Callable[[], ConnectionReport]:
        """Log in with `password` (or the stored one) and look for the Drafts folder."""
        account = check_account(account)
        timeout = self.timeout()

        def job() -> ConnectionReport:
            secret = password or self._password(account)
            try:
                return check_connection(account, secret, timeout, self._cafile)
            except WrongPassword:
                self._session.pop(account_key(account), None)
                raise

        return job

    def draft_job(
        self, to: list[str], subject: str, body: str, mailbox: str = ""
    ) -> Callable[[], DraftSaved]:
        """Build the message now (refusing bad headers here), save it later on a worker."""
        account = self.account()
        if account is None:
            raise UserError(
                "No mail account is set up yet. Add one in Mail account… to save drafts "
                "straight into your mailbox."
            )
        account = check_account(account)
        if mailbox:
            account = replace(account, drafts_mailbox=mailbox)
        draft = Draft(
            sender_name=self._settings.get(MY_NAME),
            sender=account.from_address,
            to=tuple(to),
            subject=subject,
            body=body,
        )
        message = build_message(draft, self._now())
        data = message_bytes(message)
        message_id = str(message["Message-ID"])
        timeout = self.timeout()

        def job() -> DraftSaved:
            secret = self._password(account)
            try:
                return append_draft(account, secret, data, message_id, timeout, self._cafile)
            except WrongPassword:
                self._session.pop(account_key(account), None)
                raise

        return job

    def _password(self, account: MailAccount) -> str:
        key = account_key(account)
        if key in self._session:
            return self._session[key]
        try:
            stored = self._secrets.get(key)
        except KeyringRefused as error:
            raise PasswordNeeded(error.message) from None
        if not stored:
            raise PasswordNeeded(
                f"No password is stored for {account.user} on {account.host}. Enter it to "
                "continue; it is kept for this session only unless the keyring can hold it."
            )
        return stored
