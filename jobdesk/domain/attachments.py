"""Kept files as the user sees them: what kind each is, its cleaned name, and its format."""

from __future__ import annotations

import os
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import unquote_to_bytes, urlsplit

if TYPE_CHECKING:  # the reader's patterns load only where letters are read
    from jobdesk.domain.offer_terms import FoundTerms

MAX_NAME_LENGTH = 120

# Names Windows reserves for devices, with or without an extension ("CON.pdf" too).
_DEVICE_NAMES = frozenset(
    {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"}
    | {f"COM{n}" for n in "123456789¹²³"}
    | {f"LPT{n}" for n in "123456789¹²³"}
)


class AttachmentKind(Enum):
    OFFER_LETTER = "offer_letter"
    CV = "cv"
    OTHER = "other"

    @property
    def label(self) -> str:
        return {
            AttachmentKind.OFFER_LETTER: "Offer letter",
            AttachmentKind.CV: "CV or résumé sent",
            AttachmentKind.OTHER: "Other file",
        }[self]


class FileFormat(Enum):
    """What jobdesk knows how to read; the value is the media type."""

    PDF = "application/pdf"
    DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    HTML = "text/html"
    EMAIL = "message/rfc822"
    TEXT = "text/plain"
    MARKDOWN = "text/markdown"
    PNG = "image/png"
    JPEG = "image/jpeg"
    GIF = "image/gif"
    WEBP = "image/webp"
    OTHER = "application/octet-stream"

    @property
    def readable(self) -> bool:
        """Whether jobdesk tries to read text (and so offer terms) out of this format."""
        return self in _READABLE

    @property
    def extension(self) -> str:
        """The usual extension, for the copy handed to the system viewer."""
        return _EXTENSIONS[self]

    @property
    def label(self) -> str:
        return _LABELS[self]

    @property
    def noun(self) -> str:
        """The kind of file inside a sentence: "this PDF", "this web page", "this file"."""
        return _NOUNS[self]

    @property
    def kept_note(self) -> str:
        """Why a file of this kind has no text, for a format jobdesk does not read."""
        if self in (FileFormat.PNG, FileFormat.JPEG, FileFormat.GIF, FileFormat.WEBP):
            return "Images are kept without being read: jobdesk reads no text out of pictures."
        return "Files of this kind are kept without being read."


_READABLE = frozenset(
    {
        FileFormat.PDF,
        FileFormat.DOCX,
        FileFormat.HTML,
        FileFormat.EMAIL,
        FileFormat.TEXT,
        FileFormat.MARKDOWN,
    }
)
_EXTENSIONS = {
    FileFormat.PDF: ".pdf",
    FileFormat.DOCX: ".docx",
    FileFormat.HTML: ".html",
    FileFormat.EMAIL: ".eml",
    FileFormat.TEXT: ".txt",
    FileFormat.MARKDOWN: ".md",
    FileFormat.PNG: ".png",
    FileFormat.JPEG: ".jpg",
    FileFormat.GIF: ".gif",
    FileFormat.WEBP: ".webp",
    FileFormat.OTHER: ".bin",
}
_LABELS = {
    FileFormat.PDF: "PDF",
    FileFormat.DOCX: "Word document",
    FileFormat.HTML: "Web page",
    FileFormat.EMAIL: "Email",
    FileFormat.TEXT: "Text",
    FileFormat.MARKDOWN: "Markdown",
    FileFormat.PNG: "Image",
    FileFormat.JPEG: "Image",
    FileFormat.GIF: "Image",
    FileFormat.WEBP: "Image",
    FileFormat.OTHER: "File",
}
_NOUNS = {
    FileFormat.PDF: "PDF",
    FileFormat.DOCX: "Word document",
    FileFormat.HTML: "web page",
    FileFormat.EMAIL: "email",
    FileFormat.TEXT: "text file",
    FileFormat.MARKDOWN: "Markdown file",
    FileFormat.PNG: "image",
    FileFormat.JPEG: "image",
    FileFormat.GIF: "image",
    FileFormat.WEBP: "image",
    FileFormat.OTHER: "file",
}
_BY_EXTENSION = {
    ".pdf": FileFormat.PDF,
    ".docx": FileFormat.DOCX,
    ".html": FileFormat.HTML,
    ".htm": FileFormat.HTML,
    ".xhtml": FileFormat.HTML,
    ".eml": FileFormat.EMAIL,
    ".txt": FileFormat.TEXT,
    ".text": FileFormat.TEXT,
    ".md": FileFormat.MARKDOWN,
    ".markdown": FileFormat.MARKDOWN,
    ".png": FileFormat.PNG,
    ".jpg": FileFormat.JPEG,
    ".jpeg": FileFormat.JPEG,
    ".gif": FileFormat.GIF,
    ".webp": FileFormat.WEBP,
}


# PDF readers accept the "%PDF-" header anywhere in the first 1,024 bytes (a mail or
# download wrapper may come before it), so jobdesk looks as far as they do.
SNIFF_BYTES = 1024


@dataclass(frozen=True)
class Sniffed:
    """A file's format and, when its content and its name disagree, what was found."""

    format: FileFormat
    note: str = ""


def sniff(name: str, head: bytes) -> Sniffed:
    """The format of a file from its first SNIFF_BYTES bytes, then its name.

    The content wins where it is unmistakable, so a PDF saved as "letter.txt"
    is still read as a PDF and a text file called "x.pdf" is not fed to the PDF reader;
    either way the note says what was found.
    """
    by_name = _BY_EXTENSION.get(_extension(name), FileFormat.OTHER)
    head = head[:SNIFF_BYTES]
    pdf_at = head.find(b"%PDF-")
    if pdf_at != -1:
        if by_name is FileFormat.PDF and pdf_at == 0:
            return Sniffed(FileFormat.PDF)
        where = "at its start" if pdf_at == 0 else f"after {pdf_at:,} bytes of something else"
        if by_name is FileFormat.PDF:
            return Sniffed(FileFormat.PDF, f"This PDF has {pdf_at:,} bytes before its start.")
        named = f"The name ends in {_extension(name)}, but a" if _extension(name) else "A"
        return Sniffed(FileFormat.PDF, f"{named} PDF was found {where}, so it was read as a PDF.")
    for signature, fmt in _SIGNATURES:
        if head.startswith(signature) and (fmt is not FileFormat.WEBP or head[8:12] == b"WEBP"):
            return Sniffed(fmt)
    if by_name is FileFormat.PDF:
        return Sniffed(
            FileFormat.OTHER,
            f"The name ends in .pdf, but no PDF was found in its first {SNIFF_BYTES:,} bytes, "
            "so it was not read.",
        )
    if by_name is FileFormat.DOCX and not head.startswith(b"PK\x03\x04"):
        return Sniffed(
            FileFormat.OTHER,
            "The name ends in .docx, but it is not a Word document inside, so it was not read.",
        )
    if by_name in (FileFormat.PNG, FileFormat.JPEG, FileFormat.GIF, FileFormat.WEBP):
        return Sniffed(FileFormat.OTHER)  # the signature above did not match
    return Sniffed(by_name)


_SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", FileFormat.PNG),
    (b"\xff\xd8\xff", FileFormat.JPEG),
    (b"GIF87a", FileFormat.GIF),
    (b"GIF89a", FileFormat.GIF),
    (b"RIFF", FileFormat.WEBP),
)


def detect_format(name: str, head: bytes) -> FileFormat:
    """The format alone; see `sniff`."""
    return sniff(name, head).format


def format_of_media_type(media_type: str, name: str) -> FileFormat:
    """The format of an email's attached part, from its declared type or else its name."""
    media_type = media_type.split(";")[0].strip().lower()
    for fmt in FileFormat:
        if fmt.value == media_type and fmt is not FileFormat.OTHER:
            return fmt
    return _BY_EXTENSION.get(_extension(name), FileFormat.OTHER)


def _extension(name: str) -> str:
    dot = name.rfind(".")
    return name[dot:].lower() if dot > 0 else ""


def clean_display_name(raw: str, fallback: str = "file") -> str:
    """A file name fit to show: no folders, no control or direction-changing characters,
    no Windows device name, at most MAX_NAME_LENGTH characters.

    It is only ever shown; files are stored under their content hash, so nothing
    here decides where anything is written.
    """
    # A name that was not valid UTF-8 on disk arrives with its bad bytes as lone surrogates:
    # shown as U+FFFD, so the user sees something is there (and SQLite can store it).
    text = unicodedata.normalize("NFC", re.sub("[\ud800-\udfff]", "\ufffd", raw))
    # The last part of any path, whichever separator it used.
    parts = [p for p in re.split(r"[\\/]", text) if p.strip() not in ("", ".", "..")]
    text = parts[-1] if parts else ""
    # Cc (controls, NUL), Cf (e.g. U+202E, which makes "cod.exe" read "exe.doc"), Cs, Co, Cn.
    text = "".join(
        " " if ch in "\t\n\r" else ch
        for ch in text
        if ch in "\t\n\r" or unicodedata.category(ch)[0] != "C"
    )
    text = " ".join(text.split()).strip(" .")
    if ":" in text:
        # Drive letters and Windows alternate data streams ("a.txt:secret").
        text = text.replace(":", "_")
    if not text:
        return fallback
    stem, dot, ext = text.rpartition(".")
    if not dot:
        stem, ext = text, ""
    if stem.split(".")[0].upper().strip() in _DEVICE_NAMES:
        text = "_" + text
        stem = "_" + stem
    if len(text) > MAX_NAME_LENGTH:
        suffix = f".{ext}" if dot and 0 < len(ext) <= 10 else ""
        text = stem[: MAX_NAME_LENGTH - len(suffix) - 1].rstrip(" .") + "…" + suffix
    return text


def local_path_from_url(encoded: bytes | str) -> Path | None:
    """The local path a `file:` URL names, from the URL's own percent-encoded bytes.

    Qt's `QUrl.toLocalFile()` decodes those bytes as UTF-8 and turns any that are not into
    U+FFFD, which names a file that does not exist; here they stay the bytes the file
    system holds (as lone surrogates, the way Python spells such names). None for a URL
    that is not a local file.
    """
    text = encoded.decode("ascii", "replace") if isinstance(encoded, bytes) else encoded
    parts = urlsplit(text)
    if parts.scheme.lower() != "file" or parts.netloc.lower() not in ("", "localhost"):
        return None
    raw = unquote_to_bytes(parts.path)
    if not raw:
        return None
    if os.name == "nt" and re.match(rb"/[A-Za-z]:", raw):
        raw = raw[1:]  # file:///C:/x -> C:/x
    return Path(os.fsdecode(raw))


def viewer_file_name(display_name: str, fmt: FileFormat, fallback: str) -> str:
    """A plain ASCII name for the read-only copy handed to the system viewer."""
    stem = display_name
    head, dot, ext = stem.rpartition(".")
    if dot and head and 0 < len(ext) <= 5 and ext.isalnum():
        stem = head
    slug = re.sub(r"[^A-Za-z0-9]+", "-", stem).strip("-")[:60] or fallback
    return slug + fmt.extension


@dataclass(frozen=True)
class Attachment:
    """A file kept for an application; its bytes live in the store under `sha256`."""

    id: int
    application_id: int
    sha256: str
    display_name: str
    size: int
    media_type: str
    kind: AttachmentKind
    readable: bool
    note: str
    added_at: datetime
    parent_id: int | None = None

    @property
    def format(self) -> FileFormat:
        try:
            return FileFormat(self.media_type)
        except ValueError:
            return FileFormat.OTHER

    @property
    def size_text(self) -> str:
        return size_text(self.size)


def size_text(size: int) -> str:
    if size < 1024:
        return f"{size} bytes"
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size / (1024 * 1024):.1f}".removesuffix(".0") + " MB"


# --- what a reading found (the reading itself runs in services/letter_text.py) -------


@dataclass(frozen=True)
class InnerFile:
    """A file found inside another (an email's attachment), with its own reading."""

    name: str
    media_type: str
    data: bytes
    text: str = ""
    note: str = ""


@dataclass(frozen=True)
class Reading:
    """What could be read from one file. Empty text always comes with a note saying why.

    `terms` are the offer terms read in the same time-limited process as the text (None
    when the terms were not read there), from the text `terms_from` names: 0 for the file's
    own, n for its n-th inner file. `terms_note` says why terms could not be read."""

    text: str = ""
    note: str = ""
    inner: tuple[InnerFile, ...] = field(default=())
    terms: FoundTerms | None = None
    terms_from: int = 0
    terms_note: str = ""

    @property
    def readable(self) -> bool:
        return bool(self.text.strip())
