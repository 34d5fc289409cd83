"""Mail as pure functions: mailto links (RFC 6068), header checks, and building a message.

Header values are checked before the email package sees them: a CR, LF or NUL
could add headers of its own, and so could an RFC 2047 encoded word
(`=?utf-7?q?a+AA0ACg-Bcc:...?=`), which Python 3.11's email package decodes when it
refolds a header. So user text never holds anything shaped like an encoded word, and
the built message is parsed back and refused unless it holds exactly the intended
headers.
"""

from __future__ import annotations

import base64
import binascii
import email
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


# --- header checks -------------------------------------------------------------------------

# Any `=?` later followed by `?=` is the shape of an RFC 2047 encoded word, whatever lies
# between: the email package decodes such words when it parses a header value it is given
# (UTF-7 ones too, which hide CR LF as `+AA0ACg-`), so user text never carries one.
_ENCODED_WORD_SHAPE = re.compile(r"=\?.*?\?=", re.DOTALL)
_LINE_BREAKERS = frozenset("\r\n\x00")
# Far below the 998 characters a header line may hold (RFC 5322 2.1.1) even with the header's
# name and an address beside it; the email package folds anything that has spaces in it.
MAX_HEADER_CHARS = 500
_MAX_LOCAL_PART = 64  # RFC 5321 4.5.3.1
_MAX_ADDRESS = 254
_ATEXT = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+"
_DOT_ATOM = re.compile(rf"{_ATEXT}(?:\.{_ATEXT})*")
_DOMAIN_LABEL = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?")


def _bad_characters(value: str) -> list[str]:
    """Characters no header may hold: C0/C1 controls but tab, DEL, Unicode line breaks and
    lone surrogates (which are not text and cannot be written as UTF-8)."""
    found = []
    for ch in value:
        if ch == "\t":
            continue
        if unicodedata.category(ch) in ("Cc", "Zl", "Zp", "Cs"):
            found.append(ch)
    return found


def check_header(name: str, value: str) -> str:
    """`value` if it is safe as the header `name`, else UserError in the user's words.

    Refused: CR, LF, NUL and other control or line-break characters, anything shaped
    like an encoded word (`=?...?=`, which mail programs would decode into other text),
    and values too long to be a header.
    """
    bad = _bad_characters(value)
    if bad:
        if any(ch in _LINE_BREAKERS for ch in bad):
            kind = "a line break"
        elif any(unicodedata.category(ch) == "Cs" for ch in bad):
            kind = "a broken character (half of an emoji or a symbol)"
        else:
            kind = "a control character"
        raise UserError(f"{_the(name)} contains {kind}; it must be a single line of text.")
    refuse_encoded_words(name, value)
    if len(value) > MAX_HEADER_CHARS:
        raise UserError(
            f"{_the(name)} is {len(value):,} characters long; keep it under "
            f"{MAX_HEADER_CHARS} characters (mail servers refuse longer header lines)."
        )
    return value


def refuse_encoded_words(name: str, value: str) -> None:
    """UserError if `value` holds anything shaped like an encoded word (`=?...?=`)."""
    match = _ENCODED_WORD_SHAPE.search(value)
    if match is not None:
        shown = match.group(0) if len(match.group(0)) <= 60 else match.group(0)[:57] + "…"
        raise UserError(
            f"{_the(name)} contains “{shown}”. Mail programs read text between =? and ?= as "
            "an encoded word, which could hide other headers in the message, so jobdesk does "
            "not send it. Remove the =? or the ?=."
        )


def _the(name: str) -> str:
    return name.capitalize() if name.startswith("your ") else f"The {name}"


def check_address(label: str, text: str) -> str:
    """`text` as a plain-ASCII address mail servers accept (an international domain in its
    IDNA form), or UserError saying what is wrong with it."""
    address = text.strip()
    check_header(label, address)
    local, at, domain = address.rpartition("@")
    if not (at and local and domain) or len(address) > _MAX_ADDRESS:
        raise UserError(f"“{address}” does not look like an email address.")
    if not _DOT_ATOM.fullmatch(local) or len(local) > _MAX_LOCAL_PART:
        raise UserError(
            f"“{address}” cannot be used as an address: the part before the @ may hold only "
            "plain letters, digits and . _ + - (no spaces, quotes or accented letters)."
        )
    try:
        ascii_domain = domain.rstrip(".").encode("idna").decode("ascii")
    except UnicodeError:
        raise UserError(
            f"“{address}” cannot be used as an address: the part after the @ is not a "
            "domain name that mail can be sent to."
        ) from None
    labels = ascii_domain.split(".")
    if len(labels) < 2 or not all(_DOMAIN_LABEL.fullmatch(part) for part in labels):
        raise UserError(f"“{address}” does not look like an email address.")
    return f"{local}@{ascii_domain}"


def looks_like_address(text: str) -> bool:
    try:
        check_address("address", text)
    except UserError:
        return False
    return text == text.strip()


def check_addresses(label: str, addresses: list[str]) -> list[str]:
    return [check_address(label, a) for a in addresses if a.strip()]


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


def clipboard_text(subject: str, body: str, *, with_subject: bool, to: str = "") -> str:
    """What "Copy" puts on the clipboard: the body, with the subject line above it if asked,
    and above that the recipient (when there is one), ready to paste into a mail program."""
    body = body.replace("\r\n", "\n").rstrip() + "\n"
    if not with_subject:
        return body
    # Pasted text, not a header: a line break would only start a second line, so fold it.
    to = " ".join(to.split())
    recipient = f"To: {to}\n" if to else ""
    return f"{recipient}Subject: {' '.join(subject.split())}\n\n{body}"


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
    """A complete message with Date and Message-ID, every header checked first and the
    result parsed back: it holds exactly the headers intended, or UserError.

    `when` must carry its time zone (the Date header states the offset).
    """
    if when.tzinfo is None:
        raise ValueError("the message time needs a time zone")
    name = _one_line("your name", draft.sender_name)
    subject = _one_line("subject", draft.subject)
    if not draft.sender.strip():
        raise UserError("The message needs a sender address (set it in the mail account).")
    sender = check_address("sender", draft.sender)
    to = check_addresses("recipient", list(draft.to))
    if not subject:
        raise UserError("Write a subject line first.")
    # Each value passed alone; together they must not form an encoded word either
    # (a name ending in "=?" beside an address holding "?=").
    refuse_encoded_words("sender", f"{name} <{sender}>")
    refuse_encoded_words("recipient list", ", ".join(to))
    message = EmailMessage(policy=policy.SMTP)
    intended: list[tuple[str, object]] = [("Date", format_datetime(when))]
    intended.append(("From", ((name, sender),)))
    if to:
        intended.append(("To", tuple(("", a) for a in to)))
    intended.append(("Subject", subject))
    intended.append(("Message-ID", make_msgid(domain=sender.rpartition("@")[2])))
    for header, value in intended:
        if header in ("From", "To"):
            assert isinstance(value, tuple)
            message[header] = [_address(n, a) for n, a in value]
        else:
            message[header] = str(value)
    # Quoted-printable keeps the body 7-bit, which every IMAP server accepts in APPEND.
    message.set_content(_crlf(draft.body).replace("\r\n", "\n"), cte="quoted-printable")
    intended += [
        ("Content-Type", 'text/plain; charset="utf-8"'),
        ("Content-Transfer-Encoding", "quoted-printable"),
        ("MIME-Version", "1.0"),
    ]
    check_parsed_back(message_bytes(message), intended)
    return message


def message_bytes(message: EmailMessage) -> bytes:
    """The message as it is sent: CRLF line ends, folded at 78 characters."""
    return message.as_bytes(policy=policy.SMTP)


def check_parsed_back(data: bytes, intended: list[tuple[str, object]]) -> None:
    """UserError unless `data` parses back to exactly the `intended` headers, in order, and
    no line is longer than RFC 5322 allows.

    The second line of defence behind `check_header`: whatever the email package does
    while folding, a header that was not asked for never leaves jobdesk.
    """
    head = data.split(b"\r\n\r\n", 1)[0]
    if any(len(line) > 998 for line in head.split(b"\r\n")):
        raise _unsafe("a header line is longer than mail servers accept")
    parsed = email.message_from_bytes(data, policy=policy.default)
    found = [key.lower() for key in parsed]
    wanted = [key.lower() for key, _ in intended]
    if found != wanted:
        extra = ", ".join(sorted(set(found) - set(wanted))) or "a changed header"
        raise _unsafe(f"it would have carried {extra}")
    for key, value in intended:
        header = parsed[key]
        if key in ("From", "To"):
            got = tuple((a.display_name, a.addr_spec) for a in header.addresses)
            same = got == value and not header.defects
        else:
            same = str(header) == value
        if not same and key == "From":
            # Python splits a long name in another script into encoded words and reads a
            # space back between them: refused rather than sent changed.
            raise UserError(
                "jobdesk did not save this message: your name would not read as written in "
                "its From line. Shorten your name in Settings, then try again."
            )
        if not same:
            raise _unsafe(f"its {key} header would not have read as written")


def _unsafe(why: str) -> UserError:
    return UserError(
        f"jobdesk did not save this message: {why}. Remove unusual characters from the "
        "subject, your name (Settings) and the recipients, then try again."
    )


def _one_line(name: str, value: str) -> str:
    """A header value checked, trimmed, with each run of white space (tabs, no-break
    spaces...) as one space: folding would not keep them as they were anyway."""
    check_header(name, value)
    return " ".join(value.split())


def _address(name: str, address: str) -> Address:
    local, _, domain = address.rpartition("@")
    try:
        return Address(display_name=name, username=local, domain=domain)
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
