"""Kept files as the user sees them: what kind each is, its cleaned name, and its format."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from enum import Enum

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


def detect_format(name: str, head: bytes) -> FileFormat:
    """The format of a file from its first bytes, then its name.

    The content wins where it is unmistakable, so a PDF saved as "letter.txt"
    is still read as a PDF and a text file called "x.pdf" is not fed to the PDF reader.
    """
    if head.startswith(b"%PDF-"):
        return FileFormat.PDF
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return FileFormat.PNG
    if head.startswith(b"\xff\xd8\xff"):
        return FileFormat.JPEG
    if head.startswith((b"GIF87a", b"GIF89a")):
        return FileFormat.GIF
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return FileFormat.WEBP
    by_name = _BY_EXTENSION.get(_extension(name), FileFormat.OTHER)
    if by_name is FileFormat.PDF:
        return FileFormat.OTHER  # named .pdf but not a PDF
    if by_name is FileFormat.DOCX:
        return FileFormat.DOCX if head.startswith(b"PK\x03\x04") else FileFormat.OTHER
    if by_name in (FileFormat.PNG, FileFormat.JPEG, FileFormat.GIF, FileFormat.WEBP):
        return FileFormat.OTHER  # the signature above did not match
    return by_name


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
    text = unicodedata.normalize("NFC", raw)
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
