"""File names fit to show, and formats told from content before names."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from jobdesk.domain.attachments import (
    MAX_NAME_LENGTH,
    FileFormat,
    Sniffed,
    clean_display_name,
    detect_format,
    format_of_media_type,
    local_path_from_url,
    sniff,
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


def test_a_pdf_is_found_anywhere_in_the_first_kilobyte_and_the_note_says_where() -> None:
    assert sniff("letter.txt", b"Forwarded\n%PDF-1.4\n") == Sniffed(
        FileFormat.PDF,
        "The name ends in .txt, but a PDF was found after 10 bytes of something else, so it "
        "was read as a PDF.",
    )
    assert (
        sniff("letter", b"%PDF-1.4").note
        == "A PDF was found at its start, so it was read as a PDF."
    )
    assert sniff("letter.pdf", b"%PDF-1.4") == Sniffed(FileFormat.PDF)
    assert sniff("letter.txt", b"x" * 1019 + b"%PDF-").format is FileFormat.PDF
    assert sniff("letter.txt", b"x" * 1020 + b"%PDF-") == Sniffed(FileFormat.TEXT)
    assert sniff("letter.pdf", b"<html>") == Sniffed(
        FileFormat.OTHER,
        "The name ends in .pdf, but no PDF was found in its first 1,024 bytes, so it was not read.",
    )


def test_a_file_url_gives_back_the_bytes_of_its_path() -> None:
    path = local_path_from_url(b"file:///home/sam/caf%E9%20offer.pdf")
    assert path is not None and os.fsencode(path) == b"/home/sam/caf\xe9 offer.pdf"
    assert local_path_from_url("file:///home/sam/Zo%C3%AB.pdf") == Path("/home/sam/Zoë.pdf")
    assert local_path_from_url(b"file://localhost/tmp/a.txt") == Path("/tmp/a.txt")
    assert local_path_from_url(b"https://example.com/a.pdf") is None
    assert local_path_from_url(b"file://server/share/a.pdf") is None
    assert local_path_from_url(b"file:") is None


def test_names_that_were_not_utf8_show_a_replacement_mark() -> None:
    assert clean_display_name("caf\udce9 offer.pdf") == "caf\ufffd offer.pdf"
    assert clean_display_name("\udcff") == "\ufffd"
