"""Drafts saved into a real Dovecot over TLS and STARTTLS, and each failure's own message."""

from __future__ import annotations

import email
import json
import socket
import socketserver
import threading
import time
from collections.abc import Iterator
from email import policy
from pathlib import Path
from typing import Any

import pytest
from keyring.backends import fail

from jobdesk.domain.errors import UserError
from jobdesk.domain.mail import MailAccount, Security
from jobdesk.domain.settings import MAIL_TIMEOUT, MY_NAME
from jobdesk.services.bundle import Services
from jobdesk.services.mail_drafts import (
    Mailbox,
    MailDrafts,
    MailError,
    NoDraftsMailbox,
    PasswordNeeded,
    WrongPassword,
    _chosen_mailbox,
    append_draft,
    check_connection,
    parse_list_response,
)
from jobdesk.services.secrets import Secrets

from .conftest import Dovecot


def account(server: Dovecot, security: Security = Security.TLS, **changes: Any) -> MailAccount:
    port = server.tls_port if security is Security.TLS else server.starttls_port
    values: dict[str, Any] = {
        "host": server.host,
        "port": port,
        "security": security,
        "user": server.user,
    }
    values.update(changes)
    return MailAccount(**values)


@pytest.fixture
def mail(services: Services, dovecot: Dovecot) -> MailDrafts:
    services.settings.set(MY_NAME, "Sam Taylor")
    drafts = MailDrafts(services.settings, Secrets(fail.Keyring()), cafile=dovecot.cafile)
    drafts.save_account(account(dovecot))
    drafts.use_for_session(account(dovecot), dovecot.password)
    return drafts


@pytest.mark.parametrize("security", [Security.TLS, Security.STARTTLS])
def test_the_connection_test_finds_the_drafts_folder(dovecot: Dovecot, security: Security) -> None:
    report = check_connection(account(dovecot, security), dovecot.password, 10, dovecot.cafile)
    assert report.drafts is not None and report.drafts.name == "Drafts"
    assert {"INBOX", "Drafts", "Sent"} <= {m.name for m in report.mailboxes}
    assert report.summary(account(dovecot, security)) == (
        f"Logged in to 127.0.0.1 as {dovecot.user}. Drafts will be saved in “Drafts”."
    )


@pytest.mark.parametrize("security", [Security.TLS, Security.STARTTLS])
def test_a_draft_lands_in_drafts_flagged_with_its_headers(
    mail: MailDrafts, dovecot: Dovecot, services: Services, security: Security
) -> None:
    mail.save_account(account(dovecot, security))
    before = set(dovecot.drafts_files())
    job = mail.draft_job(
        ["jonas.keller@ledgerline.example"],
        "Danke für das Gespräch — Zoë’s team 🎉",
        "Hi Jonas,\n\nThank you — it was a pleasure.\n",
    )
    saved = job()
    assert saved.mailbox == "Drafts"
    new = [p for p in dovecot.drafts_files() if p not in before]
    assert len(new) == 1
    # Maildir keeps flags in the file name: D is \Draft.
    flags = new[0].name.rpartition(":2,")[2]
    assert "D" in flags
    message = email.message_from_bytes(new[0].read_bytes(), policy=policy.default)
    assert message["Subject"] == "Danke für das Gespräch — Zoë’s team 🎉"
    assert message["From"] == f"Sam Taylor <{dovecot.user}>"
    assert message["To"] == "jonas.keller@ledgerline.example"
    assert message["Message-ID"] == saved.message_id
    assert message["Date"]
    assert message.get_content().replace("\r\n", "\n") == (
        "Hi Jonas,\n\nThank you — it was a pleasure.\n"
    )


def test_a_chosen_folder_that_does_not_exist_lists_the_ones_that_do(
    mail: MailDrafts, dovecot: Dovecot
) -> None:
    job = mail.draft_job(["a@b.example"], "Hello", "Body", mailbox="Entwürfe")
    with pytest.raises(NoDraftsMailbox, match="no folder called “Entwürfe”") as caught:
        job()
    assert {m.display_name for m in caught.value.mailboxes} >= {"INBOX", "Drafts", "Sent"}
    assert mail.draft_job(["a@b.example"], "Hello", "Body", mailbox="Sent")().mailbox == "Sent"


def test_the_wrong_password_says_so_and_is_forgotten_for_the_session(
    mail: MailDrafts, dovecot: Dovecot
) -> None:
    mail.use_for_session(account(dovecot), "not-the-password")
    with pytest.raises(WrongPassword, match="refused the user name or password"):
        mail.draft_job(["a@b.example"], "Hello", "Body")()
    assert not mail.has_session_password(account(dovecot))
    with pytest.raises(PasswordNeeded, match="No password is stored"):
        mail.draft_job(["a@b.example"], "Hello", "Body")()


def test_a_certificate_the_client_does_not_trust_is_refused(dovecot: Dovecot) -> None:
    # No cafile: the system's trust store, which has never heard of the test CA.
    for security in Security:
        with pytest.raises(MailError, match=r"certificate of 127\.0\.0\.1 is not trusted"):
            check_connection(account(dovecot, security), dovecot.password, 10)


def test_a_name_the_certificate_does_not_cover_is_refused(dovecot: Dovecot) -> None:
    wrong_name = account(dovecot, host="127.0.0.2")  # a loopback address not in the cert
    with pytest.raises(MailError, match=r"not trusted .*mismatch"):
        check_connection(wrong_name, dovecot.password, 10, dovecot.cafile)


@pytest.mark.parametrize("security", [Security.TLS, Security.STARTTLS])
def test_a_server_that_never_answers_runs_into_the_time_limit(
    silent_server: tuple[str, int], security: Security
) -> None:
    host, port = silent_server
    silent = MailAccount(host, port, security, "sam@mail.example")
    started = time.monotonic()
    with pytest.raises(MailError, match="did not answer within 1 seconds"):
        check_connection(silent, "password", 1)
    assert time.monotonic() - started < 5


def test_a_closed_port_and_an_unknown_host_have_their_own_messages() -> None:
    from .conftest import free_port

    closed = MailAccount("127.0.0.1", free_port(), Security.TLS, "sam@mail.example")
    with pytest.raises(MailError, match="refused the connection"):
        check_connection(closed, "password", 3)
    unknown = MailAccount("no-such-host.invalid", 993, Security.TLS, "sam@mail.example")
    with pytest.raises(MailError, match="could not be found"):
        check_connection(unknown, "password", 3)


def test_tls_to_a_starttls_port_explains_the_port(dovecot: Dovecot) -> None:
    wrong = account(dovecot, Security.TLS, port=dovecot.starttls_port)
    with pytest.raises(MailError, match="did not set up a secure connection"):
        check_connection(wrong, dovecot.password, 5, dovecot.cafile)


class _NoTlsHandler(socketserver.StreamRequestHandler):
    """An IMAP server that offers no STARTTLS and would take a password in the clear."""

    seen: list[bytes]

    def handle(self) -> None:
        self.wfile.write(b"* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] plain server ready\r\n")
        for line in self.rfile:
            self.seen.append(line)
            tag = line.split(b" ", 1)[0]
            if b"CAPABILITY" in line.upper():
                self.wfile.write(b"* CAPABILITY IMAP4rev1 AUTH=PLAIN\r\n")
                self.wfile.write(tag + b" OK done\r\n")
            elif b"LOGOUT" in line.upper():
                self.wfile.write(b"* BYE\r\n" + tag + b" OK bye\r\n")
                return
            else:
                self.wfile.write(tag + b" OK whatever you say\r\n")


@pytest.fixture
def plain_server() -> Iterator[tuple[int, list[bytes]]]:
    seen: list[bytes] = []
    handler = type("Handler", (_NoTlsHandler,), {"seen": seen})
    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield int(server.server_address[1]), seen
    finally:
        server.shutdown()
        server.server_close()


def test_a_server_without_tls_never_gets_the_password(
    plain_server: tuple[int, list[bytes]],
) -> None:
    port, seen = plain_server
    plain = MailAccount("127.0.0.1", port, Security.STARTTLS, "sam@mail.example")
    with pytest.raises(MailError, match="does not offer STARTTLS"):
        check_connection(plain, "the-secret-password", 5)
    assert seen, "the client did talk to it"
    assert not any(b"the-secret-password" in line or b"AUTHENTICATE" in line for line in seen)


def test_no_route_has_its_own_message(monkeypatch: pytest.MonkeyPatch) -> None:
    # An unreachable network cannot be made on loopback; the kernel's answer is stood in for.
    import errno

    def no_route(*_args: Any, **_kwargs: Any) -> socket.socket:
        raise OSError(errno.ENETUNREACH, "Network is unreachable")

    monkeypatch.setattr(socket, "create_connection", no_route)
    far = MailAccount("imap.far.example", 993, Security.TLS, "sam@mail.example")
    with pytest.raises(MailError, match=r"no route to imap\.far\.example"):
        check_connection(far, "password", 3)


def test_a_server_with_no_drafts_folder_offers_the_list_and_creates_nothing() -> None:
    boxes = parse_list_response(
        [
            b'(\\HasNoChildren) "/" INBOX',
            b'(\\HasNoChildren \\Sent) "/" "Sent Items"',
            (b'(\\HasNoChildren) "/" {8}', b"Entw&APw-"),
            b'(\\Noselect \\HasChildren) "/" Archive',
            b"",
        ]
    )
    assert [(b.name, b.display_name) for b in boxes] == [
        ("INBOX", "INBOX"),
        ("Sent Items", "Sent Items"),
        ("Entw&APw-", "Entwü"),
        ("Archive", "Archive"),
    ]
    plain = MailAccount("h.example", 993, Security.TLS, "me@h.example")
    with pytest.raises(NoDraftsMailbox, match="marks no folder as Drafts") as caught:
        _chosen_mailbox(plain, boxes)
    assert [b.name for b in caught.value.mailboxes] == ["INBOX", "Sent Items", "Entw&APw-"]
    chosen = MailAccount("h.example", 993, Security.TLS, "me@h.example", drafts_mailbox="Entwü")
    assert _chosen_mailbox(chosen, boxes) == Mailbox("Entw&APw-", frozenset({"\\HasNoChildren"}))


def test_a_draft_needs_an_account_and_checks_headers_before_connecting(services: Services) -> None:
    drafts = MailDrafts(services.settings, Secrets(fail.Keyring()))
    with pytest.raises(UserError, match="No mail account is set up"):
        drafts.draft_job(["a@b.example"], "Hello", "Body")
    drafts.save_account(MailAccount("127.0.0.1", 1, Security.TLS, "me@h.example"))
    with pytest.raises(UserError, match="line break"):
        drafts.draft_job(["a@b.example"], "Hello\r\nBcc: x@evil.example", "Body")
    with pytest.raises(PasswordNeeded):
        drafts.draft_job(["a@b.example"], "Hello", "Body")()
    assert services.settings.get(MAIL_TIMEOUT) == 20


def test_append_refuses_plaintext_even_to_a_trusting_caller(dovecot: Dovecot) -> None:
    # There is no way to ask for an unencrypted session: Security has only TLS and STARTTLS.
    assert {s.value for s in Security} == {"tls", "starttls"}
    saved = append_draft(
        account(dovecot),
        dovecot.password,
        b"Subject: hi\r\nFrom: sam@mail.example\r\n\r\nbody\r\n",
        "<x@mail.example>",
        10,
        dovecot.cafile,
    )
    assert saved.mailbox == "Drafts"


HOSTILE = json.loads((Path(__file__).parents[1] / "data/hostile/mail_headers.json").read_text())


def test_a_hostile_subject_or_name_never_puts_a_bcc_on_the_server(
    mail: MailDrafts, dovecot: Dovecot, services: Services
) -> None:
    before = set(dovecot.drafts_files())
    utf7 = "=?utf-7?q?a+AA0ACg-Bcc:_evil@attacker.test?="
    with pytest.raises(UserError, match="encoded word"):
        mail.draft_job(["jonas.keller@ledgerline.example"], utf7, "Hi")
    for case in HOSTILE:
        if case["field"] == "subject":
            with pytest.raises(UserError, match=case["refused_with"]):
                mail.draft_job(["jonas.keller@ledgerline.example"], case["value"], "Hi")
        elif case["field"] == "sender_name":
            services.settings.set(MY_NAME, case["value"])
            with pytest.raises(UserError, match=case["refused_with"]):
                mail.draft_job(["jonas.keller@ledgerline.example"], "Thank you", "Hi")
            services.settings.set(MY_NAME, "Sam Taylor")
    # A harmless draft still goes through, and nothing on the server carries a Bcc.
    mail.draft_job(["jonas.keller@ledgerline.example"], "Thank you =) 50% =? yes", "Hi")()
    new = [p for p in dovecot.drafts_files() if p not in before]
    assert len(new) == 1
    stored = [email.message_from_bytes(p.read_bytes(), policy=policy.default) for p in new]
    assert [m["Subject"] for m in stored] == ["Thank you =) 50% =? yes"]
    for path in dovecot.drafts_files():
        assert b"\nbcc:" not in path.read_bytes().lower()
