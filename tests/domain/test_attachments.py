"""File names fit to show, and formats told from content before names."""

from __future__ import annotations

import pytest

from jobdesk.domain.attachments import (
    MAX_NAME_LENGTH,
    FileFormat,
    clean_display_name,
    detect_format,
    format_of_media_type,
    viewer_file_name,
)


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("offer.pdf", "offer.pdf"),
        ("../../etc/passwd", "passwd"),
        ("..\\..\\Windows\\system.ini", "system.ini"),
        ("..", "file"),
        ("a\x00b.pdf", "ab.pdf"),
        ("line\nbreak.txt", "line break.txt"),
        ("invoice\u202efdp.exe", "invoicefdp.exe"),  # no right-to-left override
        ("CON", "_CON"),
        ("con.pdf", "_con.pdf"),
        ("COM1.txt", "_COM1.txt"),
        ("LPT9", "_LPT9"),
        ("nul.tar.gz", "_nul.tar.gz"),
        ("CONTRACT.pdf", "CONTRACT.pdf"),  # only the exact device names
        ("C:offer.pdf", "C_offer.pdf"),
        ("   .hidden.  ", "hidden"),
        ("", "file"),
    ],
)
def test_display_names_are_cleaned(raw: str, shown: str) -> None:
    assert clean_display_name(raw) == shown


def test_long_names_are_cut_keeping_the_extension() -> None:
    name = clean_display_name("x" * 300 + ".pdf")
    assert len(name) == MAX_NAME_LENGTH
    assert name.endswith("…pdf") or name.endswith("….pdf")
    assert name.endswith(".pdf")


def test_content_decides_the_format_before_the_name() -> None:
    assert detect_format("letter.txt", b"%PDF-1.7\n") is FileFormat.PDF
    assert detect_format("letter.pdf", b"Dear Sam,") is FileFormat.OTHER
    assert detect_format("letter.docx", b"PK\x03\x04....") is FileFormat.DOCX
    assert detect_format("letter.docx", b"not a zip") is FileFormat.OTHER
    assert detect_format("scan.jpg", b"\xff\xd8\xff\xe0") is FileFormat.JPEG
    assert detect_format("photo.png", b"GIF89a") is FileFormat.GIF
    assert detect_format("notes.md", b"# Offer") is FileFormat.MARKDOWN
    assert detect_format("mail.eml", b"From: x") is FileFormat.EMAIL
    assert detect_format("archive.zip", b"PK\x03\x04") is FileFormat.OTHER
    assert not FileFormat.JPEG.readable and FileFormat.EMAIL.readable


def test_parts_of_an_email_by_declared_type_or_name() -> None:
    assert format_of_media_type("application/pdf", "x") is FileFormat.PDF
    assert format_of_media_type("application/octet-stream", "offer.docx") is FileFormat.DOCX


def test_the_viewer_copy_name_is_plain_ascii_with_the_right_extension() -> None:
    assert (
        viewer_file_name("Offer – Acme (final).pdf", FileFormat.PDF, "x") == "Offer-Acme-final.pdf"
    )
    assert viewer_file_name("../../x", FileFormat.TEXT, "attachment") == "x.txt"
    assert viewer_file_name("契約", FileFormat.PDF, "attachment") == "attachment.pdf"
