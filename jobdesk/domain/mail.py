"""Mail as pure functions: mailto links (RFC 6068), header checks, and building a message.

Header values are checked before the email package sees them: a CR, LF or NUL,
typed in or hidden inside an RFC 2047 encoded word (`=?utf-8?q?...=0D=0A...?=`),
could add headers of its own, and Python's email package alone does not stop the
encoded form.
"""

from __future__ import annotations

import base64
import binascii
import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from enum import Enum
from urllib.parse import quote, unquote

from jobdesk.domain.errors import UserError


class Security(Enum):
    """How the connection to the mail server is secured; there is no plain option on purpose."""

    TLS = "tls"
    STARTTLS = "starttls"

    @property
    def label(self) -> str:
        if self is Security.TLS:
            return "TLS (usually port 993)"
        return "STARTTLS (usually port 143)"

    @property
    def default_port(self) -> int:
        return 993 if self is Security.TLS else 143


@dataclass(frozen=True)
class MailAccount:
    """Where drafts are saved. The password is never part of it: it lives in the keyring."""

    host: str
    port: int
    security: Security
    user: str
    address: str = ""  # the From address; the user name when empty and it is an address
    drafts_mailbox: str = ""  # "" = the one the server marks \Drafts

    @property
    def from_address(self) -> str:
        return self.address or (self.user if looks_like_address(self.user) else "")


def check_account(account: MailAccount) -> MailAccount:
    """The account with its text trimmed, or UserError saying what to fix."""
    cleaned = MailAccount(
        host=account.host.strip().rstrip("."),
        port=account.port,
        security=account.security,
        user=account.user.strip(),
        address=account.address.strip(),
        drafts_mailbox=account.drafts_mailbox.strip(),
    )
    if not cleaned.host:
        raise UserError("Enter the mail server's name, for example imap.example.com.")
    if not re.fullmatch(r"[A-Za-z0-9.\-:\[\]]+", cleaned.host):
        raise UserError(f"“{cleaned.host}” is not a server name: use letters, digits, dots, -.")
    if not 1 <= cleaned.port <= 65535:
        raise UserError("The port must be between 1 and 65535.")
    if not cleaned.user:
        raise UserError("Enter the user name you log in with (often your email address).")
    for label, value in (("user name", cleaned.user), ("drafts folder", cleaned.drafts_mailbox)):
        if _bad_characters(value):
            raise UserError(f"The {label} contains control characters.")
    if cleaned.address and not looks_like_address(cleaned.address):
        raise UserError(f"“{cleaned.address}” does not look like an email address.")
    if not cleaned.from_address:
        raise UserError(
            "Enter your email address: the user name is not one, and drafts need a sender."
        )
    return cleaned


def looks_like_address(text: str) -> bool:
    local, at, domain = text.rpartition("@")
    return bool(
        at
        and local
        and "." in domain.strip(".")
        and not any(ch.isspace() or ch in '<>,;"()' for ch in text)
        and not _bad_characters(text)
    )


# --- header checks -------------------------------------------------------------------------

_ENCODED_WORD = re.compile(r"=\?([^?\s]+)\?([bBqQ])\?([^?\s]*)\?=")
_LINE_BREAKERS = frozenset("\r\n\x00")


def _bad_characters(value: str) -> list[str]:
    """Characters no header may hold: C0/C1 controls but tab, DEL, and Unicode line breaks."""
    found = []
    for ch in value:
        if ch == "\t":
            continue
        if unicodedata.category(ch) in ("Cc", "Zl", "Zp"):
            found.append(ch)
    return found


def check_header(name: str, value: str) -> str:
    """`value` if it is safe as the header `name`, else UserError in the user's words.

    Refused: CR, LF, NUL and other control or line-break characters, whether
    typed in directly or hidden inside an RFC 2047 encoded word.
    """
    bad = _bad_characters(value)
    if bad:
        kind = "a line break" if any(ch in _LINE_BREAKERS for ch in bad) else "a control character"
        raise UserError(f"The {name} contains {kind}; it must be a single line of text.")
    for match in _ENCODED_WORD.finditer(value):
        decoded = _decode_encoded_word(match)
        if decoded is None:
            raise UserError(
                f"The {name} contains “{match.group(0)}”, which looks like an encoded header "
                "word but cannot be read. Remove it."
            )
        if any(b in decoded for b in (b"\r", b"\n", b"\x00")) or _bad_characters(
            decoded.decode("latin-1")
        ):
            raise UserError(
                f"The {name} contains an encoded word that hides a line break or control "
                "character. Remove it."
            )
    return value


def _decode_encoded_word(match: re.Match[str]) -> bytes | None:
    encoding, text = match.group(2).lower(), match.group(3)
    try:
        if encoding == "b":
            return base64.b64decode(text + "=" * (-len(text) % 4), validate=True)
        # RFC 2047 Q: "_" is a space, =XX a byte; anything else stands for itself.
        raw = text.replace("_", " ").encode("ascii")
        return re.sub(rb"=([0-9A-Fa-f]{2})", lambda m: bytes([int(m.group(1), 16)]), raw)
    except (binascii.Error, ValueError, UnicodeEncodeError):
        return None


def check_addresses(label: str, addresses: list[str]) -> list[str]:
    cleaned = [a.strip() for a in addresses if a.strip()]
    for address in cleaned:
        check_header(label, address)
        if not looks_like_address(address):
            raise UserError(f"“{address}” does not look like an email address.")
    return cleaned


def split_addresses(text: str) -> list[str]:
    """Addresses typed into one field, separated by commas or semicolons."""
    return [part.strip() for part in re.split(r"[,;]", text) if part.strip()]


# --- mailto (RFC 6068) ---------------------------------------------------------------------

# RFC 6068 `qchar` = unreserved / pct-encoded / some-delims; "&", "=", "?", "#" and "%"
# are not among them and are always encoded. "+" stays "+": it is not a space in mailto.
_HFVALUE_SAFE = "!$'()*+,;:@"
_ADDRESS_SAFE = "!$'()*+;:@"  # as above without ",", which separates addresses


def mailto_url(to: list[str], subject: str, body: str) -> str:
    """A `mailto:` link that opens the user's mail program with this message filled in."""
    check_header("subject", subject)
    for address in to:
        check_header("recipient", address)
    recipients = ",".join(quote(a, safe=_ADDRESS_SAFE) for a in to)
    fields = []
    if subject:
        fields.append("subject=" + quote(subject, safe=_HFVALUE_SAFE))
    if body:
        fields.append("body=" + quote(_crlf(body), safe=_HFVALUE_SAFE))
    return "mailto:" + recipients + ("?" + "&".join(fields) if fields else "")


def parse_mailto(url: str) -> tuple[list[str], str, str]:
    """The recipients, subject and body of a `mailto:` link (body line breaks as "\\n")."""
    if not url.startswith("mailto:"):
        raise ValueError("not a mailto link")
    rest = url[len("mailto:") :]
    path, _, query = rest.partition("?")
    to = [unquote(a) for a in path.split(",") if a]
    subject = body = ""
    for field in query.split("&") if query else []:
        key, _, value = field.partition("=")
        if key.lower() == "subject":
            subject = unquote(value)
        elif key.lower() == "body":
            body = unquote(value).replace("\r\n", "\n")
        elif key.lower() == "to":
            to.extend(unquote(a) for a in value.split(",") if a)
    return to, subject, body


def clipboard_text(subject: str, body: str, *, with_subject: bool) -> str:
    """What "Copy" puts on the clipboard: the body, with the subject line above it if asked."""
    body = body.replace("\r\n", "\n").rstrip() + "\n"
    return f"Subject: {subject.strip()}\n\n{body}" if with_subject else body


def _crlf(text: str) -> str:
    """Every line break as CRLF, as RFC 6068 asks for in a body."""
    return re.sub(r"\r\n|\r|\n", "\r\n", text)


# --- building the message ------------------------------------------------------------------


@dataclass(frozen=True)
class Draft:
    """What the user wants saved as a draft, before it becomes a message."""

    sender_name: str
    sender: str
    to: tuple[str, ...]
    subject: str
    body: str


def build_message(draft: Draft, when: datetime) -> EmailMessage:
    """A complete message with Date and Message-ID, every header checked first.

    `when` must carry its time zone (the Date header states the offset).
    """
    if when.tzinfo is None:
        raise ValueError("the message time needs a time zone")
    check_header("your name", draft.sender_name)
    check_header("subject", draft.subject)
    if not draft.sender.strip():
        raise UserError("The message needs a sender address (set it in the mail account).")
    (sender,) = check_addresses("sender", [draft.sender])
    to = check_addresses("recipient", list(draft.to))
    if not draft.subject.strip():
        raise UserError("Write a subject line first.")
    message = EmailMessage(policy=policy.SMTP)
    message["Date"] = format_datetime(when)
    message["From"] = _address(draft.sender_name, sender)
    if to:
        message["To"] = ", ".join(str(_address("", a)) for a in to)
    message["Subject"] = draft.subject
    message["Message-ID"] = make_msgid(domain=sender.rpartition("@")[2])
    # Quoted-printable keeps the body 7-bit, which every IMAP server accepts in APPEND.
    message.set_content(_crlf(draft.body).replace("\r\n", "\n"), cte="quoted-printable")
    return message


def _address(name: str, address: str) -> Address:
    local, _, domain = address.rpartition("@")
    try:
        return Address(display_name=name.strip(), username=local, domain=domain)
    except (ValueError, IndexError) as error:
        raise UserError(f"“{address}” cannot be used as an address ({error}).") from error


# --- IMAP mailbox names (RFC 3501 modified UTF-7) ------------------------------------------


def decode_mailbox_name(name: str) -> str:
    """A mailbox name as the server spells it, turned into readable text."""

    def decode(match: re.Match[str]) -> str:
        chunk = match.group(1)
        if not chunk:
            return "&"
        data = chunk.replace(",", "/")
        try:
            return base64.b64decode(data + "=" * (-len(data) % 4)).decode("utf-16-be")
        except (binascii.Error, UnicodeDecodeError):
            return match.group(0)

    return re.sub(r"&([A-Za-z0-9+,]*)-", decode, name)
