"""Mail as pure functions: mailto links, header checks, the message built for a draft."""

from __future__ import annotations

import base64
import email
from datetime import UTC, datetime, timedelta, timezone
from email import policy

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jobdesk.domain.errors import UserError
from jobdesk.domain.mail import (
    Draft,
    MailAccount,
    Security,
    build_message,
    check_account,
    check_header,
    decode_mailbox_name,
    looks_like_address,
    mailto_url,
    parse_mailto,
    split_addresses,
)

WHEN = datetime(2026, 11, 20, 9, 30, tzinfo=timezone(timedelta(hours=1)))


# --- mailto --------------------------------------------------------------------------------


def test_mailto_encodes_spaces_line_breaks_and_keeps_plus() -> None:
    url = mailto_url(
        ["jo+jobs@acme.example"],
        "Thank you & a question?",
        "Hi Jo,\nC++ and 50% = fine\n",
    )
    assert url == (
        "mailto:jo+jobs@acme.example"
        "?subject=Thank%20you%20%26%20a%20question%3F"
        "&body=Hi%20Jo,%0D%0AC++%20and%2050%25%20%3D%20fine%0D%0A"
    )


def test_mailto_with_two_recipients_non_ascii_and_no_body() -> None:
    url = mailto_url(["a@x.example", "b@y.example"], "Zoë’s feedback", "")
    assert url == "mailto:a@x.example,b@y.example?subject=Zo%C3%AB%E2%80%99s%20feedback"
    assert mailto_url([], "", "") == "mailto:"


def test_mailto_refuses_a_subject_with_a_line_break() -> None:
    with pytest.raises(UserError, match="line break"):
        mailto_url(["a@x.example"], "Hi\r\nBcc: evil@x.example", "body")


_text = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=80)
_one_line = _text.map(lambda s: "".join(ch for ch in s if ch.isprintable()))
_address = st.from_regex(r"[a-z0-9.+_%&=?#-]{1,12}@[a-z0-9-]{1,10}\.example", fullmatch=True)


@given(to=st.lists(_address, max_size=3), subject=_one_line, body=_text)
def test_mailto_round_trips(to: list[str], subject: str, body: str) -> None:
    url = mailto_url(to, subject, body)
    # Only RFC 3986 characters survive unencoded; nothing that could end a field early.
    assert all(ch.isascii() and ch.isprintable() and ch != " " for ch in url)
    if "+" in subject + body:
        assert "+" in url, "a plus sign is kept as it is, never read as a space"
    parsed_to, parsed_subject, parsed_body = parse_mailto(url)
    assert parsed_to == to
    assert parsed_subject == subject
    # Line breaks travel as CRLF and come back as they are written in the editor.
    assert parsed_body == body.replace("\r\n", "\n").replace("\r", "\n")


# --- header checks -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    [
        "Hello\r\nBcc: evil@example.com",
        "Hello\nBcc: evil@example.com",
        "Hello\rBcc: evil@example.com",
        "Hello\x00there",
        "Hello\x0bthere",
        "Hello\x85there",
        "Hello\u2028there",
        "Hello\x7fthere",
    ],
)
def test_raw_control_characters_in_a_header_are_refused(value: str) -> None:
    with pytest.raises(UserError, match="single line"):
        check_header("subject", value)


def _b(raw: bytes) -> str:
    return f"=?utf-8?b?{base64.b64encode(raw).decode()}?="


@pytest.mark.parametrize(
    "value",
    [
        "=?utf-8?q?Hello=0D=0ABcc:_evil@example.com?=",
        "=?UTF-8?Q?Hello=0ABcc:_evil@example.com?=",
        "Re: =?iso-8859-1?q?x=0Dy?= tail",
        "=?utf-8?q?nul=00here?=",
        _b(b"Hello\r\nBcc: evil@example.com"),
        _b(b"nul\x00"),
        "=?utf-8?B?SGVsbG8NCkJjYzogZXZpbEBleGFtcGxlLmNvbQ==?=",
    ],
)
def test_line_breaks_hidden_in_encoded_words_are_refused(value: str) -> None:
    with pytest.raises(UserError, match="encoded word"):
        check_header("subject", value)


def test_harmless_headers_pass_including_readable_encoded_words() -> None:
    for value in ["Thank you — Zoë", "Tab\tinside", "=?utf-8?q?Caf=C3=A9?=", "50% =? maybe"]:
        assert check_header("subject", value) == value


def test_an_unreadable_encoded_word_is_refused() -> None:
    with pytest.raises(UserError, match="cannot be read"):
        check_header("subject", "=?utf-8?b?not*base64?=")


# --- addresses and the account -------------------------------------------------------------


def test_addresses() -> None:
    assert looks_like_address("jo.park+x@acme.example")
    for bad in ["jo", "jo@", "@acme.example", "jo@acme", "jo park@acme.example", "a@b.c\n"]:
        assert not looks_like_address(bad)
    assert split_addresses(" a@x.example; b@y.example ,, ") == ["a@x.example", "b@y.example"]


def test_check_account_trims_and_names_what_is_wrong() -> None:
    account = check_account(
        MailAccount(" imap.example.com. ", 993, Security.TLS, " me@example.com ")
    )
    assert (account.host, account.user, account.from_address) == (
        "imap.example.com",
        "me@example.com",
        "me@example.com",
    )
    cases = [
        (MailAccount("", 993, Security.TLS, "me"), "server's name"),
        (MailAccount("imap example", 993, Security.TLS, "me@x.example"), "not a server name"),
        (MailAccount("h.example", 0, Security.TLS, "me@x.example"), "port"),
        (MailAccount("h.example", 993, Security.TLS, ""), "user name"),
        (MailAccount("h.example", 993, Security.TLS, "me\r\nx"), "control characters"),
        (MailAccount("h.example", 993, Security.TLS, "me"), "email address"),
        (MailAccount("h.example", 993, Security.TLS, "me", address="nope"), "does not look"),
    ]
    for bad, message in cases:
        with pytest.raises(UserError, match=message):
            check_account(bad)


# --- the message ---------------------------------------------------------------------------


def draft(**changes: object) -> Draft:
    values: dict[str, object] = {
        "sender_name": "Sam Taylor",
        "sender": "sam@home.example",
        "to": ("jonas.keller@ledgerline.example",),
        "subject": "Danke für das Gespräch — Zoë’s team",
        "body": "Hi Jonas,\n\nThanks — it was a pleasure.\n",
    }
    values.update(changes)
    return Draft(**values)  # type: ignore[arg-type]


def test_the_message_has_date_message_id_and_survives_a_round_trip() -> None:
    message = build_message(draft(), WHEN)
    data = message.as_bytes(policy=policy.SMTP)
    assert b"\r\n" in data and b"\n" not in data.replace(b"\r\n", b"")
    assert all(byte < 128 for byte in data), "7-bit, for any IMAP server"
    parsed = email.message_from_bytes(data, policy=policy.default)
    assert parsed["Date"] == "Fri, 20 Nov 2026 09:30:00 +0100"
    assert parsed["Message-ID"].startswith("<") and parsed["Message-ID"].endswith("@home.example>")
    assert parsed["From"] == "Sam Taylor <sam@home.example>"
    assert parsed["To"] == "jonas.keller@ledgerline.example"
    assert parsed["Subject"] == "Danke für das Gespräch — Zoë’s team"
    body = parsed.get_content().replace("\r\n", "\n")
    assert body == "Hi Jonas,\n\nThanks — it was a pleasure.\n"
    assert set(parsed.keys()) >= {"Date", "From", "To", "Subject", "Message-ID", "MIME-Version"}


def test_each_message_gets_its_own_id() -> None:
    first, second = build_message(draft(), WHEN), build_message(draft(), WHEN)
    assert first["Message-ID"] != second["Message-ID"]


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"subject": "Hi\r\nBcc: evil@example.com"}, "line break"),
        ({"subject": "=?utf-8?q?Hi=0D=0ABcc:_evil@example.com?="}, "encoded word"),
        ({"sender_name": "Sam\nBcc: evil@example.com"}, "line break"),
        ({"sender_name": "=?utf-8?q?Sam=0ABcc:_x@example.com?="}, "encoded word"),
        ({"to": ("jo@x.example\r\nBcc: evil@example.com",)}, "line break"),
        ({"to": ("not an address",)}, "does not look"),
        ({"sender": ""}, "sender"),
        ({"subject": "  "}, "subject"),
    ],
)
def test_bad_headers_are_refused_before_a_message_is_built(
    changes: dict[str, object], message: str
) -> None:
    with pytest.raises(UserError, match=message):
        build_message(draft(**changes), WHEN)


def test_a_message_time_needs_its_zone() -> None:
    with pytest.raises(ValueError):
        build_message(draft(), datetime(2026, 11, 20, 9, 30))
    assert build_message(draft(), datetime(2026, 11, 20, 9, 30, tzinfo=UTC))["Date"].endswith(
        "+0000"
    )


def test_mailbox_names_in_modified_utf7_are_decoded() -> None:
    assert decode_mailbox_name("Entw&APw-rfe") == "Entwürfe"
    assert decode_mailbox_name("&BB4EQgQ,BEAEMAQyBDsENQQ9BD0ESwQ1-") == "Отправленные"
    assert decode_mailbox_name("Tom &- Jerry") == "Tom & Jerry"
    assert decode_mailbox_name("Drafts") == "Drafts"
