"""Reading the text out of a kept file, in a separate process with a time limit.

PDF, Word and email parsers work through complex, sometimes hostile formats;
a damaged or crafted file can make them spin or eat memory. So the reading
runs in a child process that is stopped when its time is up (and, where the
system allows, is refused more than a set amount of memory). A file that cannot
be read is still kept: the reading then comes back with no text and a note
saying why, in the user's words.

The parsers (pypdf, python-docx) are imported inside the functions that use
them, so they load only in the child and never slow down the window's start.
"""

from __future__ import annotations

import contextlib
import email
import email.policy
import html
import logging
import multiprocessing
import re
import time
import unicodedata
from collections.abc import Callable
from dataclasses import replace
from email.message import EmailMessage
from html.parser import HTMLParser
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from jobdesk.domain.attachments import (
    FileFormat,
    InnerFile,
    Reading,
    clean_display_name,
    format_of_media_type,
)

TIME_LIMIT_SECONDS = 20.0
MEMORY_LIMIT_BYTES = 1536 * 1024 * 1024
# Once the parsers are loaded, reading one file may take at most this much more memory.
MEMORY_HEADROOM_BYTES = 256 * 1024 * 1024
# A Word file is a zip: each member is checked before anything is inflated. A real offer
# letter's XML is well under a megabyte; images are kept but never decoded.
MAX_DOCX_MEMBERS = 2_000
MAX_DOCX_MEMBER_BYTES = 32 * 1024 * 1024
MAX_DOCX_TOTAL_BYTES = 64 * 1024 * 1024
MAX_TEXT_CHARS = 500_000
MAX_PDF_PAGES = 60
MAX_EMAIL_PARTS = 20
MAX_PART_BYTES = 25 * 1024 * 1024

log = logging.getLogger(__name__)


# --- the time-limited run ------------------------------------------------------------------


def read_with_time_limit(
    path: Path, fmt: FileFormat, time_limit: float = TIME_LIMIT_SECONDS
) -> Reading:
    """`read_document(path, fmt)` and the offer terms in its text, both in one child
    process, stopped after `time_limit` seconds in all.

    The child sends the text as soon as it has it, then the terms: a text whose terms take
    too long to read still comes back, with `terms` None and a note in `terms_note`.
    """
    context = multiprocessing.get_context("spawn")
    receiver, sender = context.Pipe(duplex=False)
    process = context.Process(target=_letter_child, args=(sender, str(path), fmt.value))
    process.daemon = True
    started = time.monotonic()
    process.start()
    sender.close()
    try:
        reading = _answer(receiver, time_limit)
        if reading is _TIMED_OUT:
            return Reading(
                note=f"Reading this file took longer than {time_limit:g} seconds, so it was "
                "stopped. The file is kept; type its terms in."
            )
        if not isinstance(reading, Reading):
            return Reading(
                note="The file could not be read (the reader stopped unexpectedly). "
                "The file is kept; type its terms in."
            )
        if not reading.readable and not any(i.text.strip() for i in reading.inner):
            return reading
        terms = _answer(receiver, max(0.0, time_limit - (time.monotonic() - started)))
        if isinstance(terms, tuple):
            return replace(reading, terms=terms[1], terms_from=terms[0])
        why = (
            f"took longer than {time_limit:g} seconds, so it was stopped"
            if terms is _TIMED_OUT
            else "stopped unexpectedly"
        )
        return replace(
            reading,
            terms_note=f"Finding the terms in this letter {why}. The file and its text are "
            "kept; type the terms in.",
        )
    finally:
        receiver.close()
        _stop(process)


def _answer(receiver: Connection, limit: float) -> Any:
    """The child's next message, `_TIMED_OUT`, or None if it died before sending one."""
    if not receiver.poll(limit):
        return _TIMED_OUT
    try:
        return receiver.recv()
    except (EOFError, OSError):
        return None  # the child died before answering (e.g. out of memory)


def _letter_child(sender: Connection, path: str, fmt_value: str) -> None:
    _limit_memory()
    try:
        try:
            reading = read_document(path, fmt_value)
        except BaseException as exc:  # never let the parent wait for an answer that won't come
            reading = Reading(note=f"The file could not be read ({type(exc).__name__}).")
        sender.send(reading)
        texts = [reading.text, *(inner.text for inner in reading.inner)]
        if any(text.strip() for text in texts):
            from jobdesk.domain.offer_terms import best_reading

            try:
                sender.send(best_reading(texts))
            except BaseException as exc:
                log.info("could not read the terms: %s", exc)
    finally:
        sender.close()


class _TimedOut:
    pass


_TIMED_OUT = _TimedOut()


def run_with_time_limit(function: Callable[..., Any], args: tuple[Any, ...], limit: float) -> Any:
    """`function(*args)` in a fresh process; its result, `_TIMED_OUT`, or None if it died.

    "spawn" starts a clean interpreter: forking a process that runs Qt threads is
    not safe, and a clean child holds none of the window's memory.
    """
    context = multiprocessing.get_context("spawn")
    receiver, sender = context.Pipe(duplex=False)
    process = context.Process(target=_child, args=(sender, function, args), daemon=True)
    process.start()
    sender.close()
    try:
        if receiver.poll(limit):
            try:
                return receiver.recv()
            except (EOFError, OSError):
                return None  # the child died before answering (e.g. out of memory)
        return _TIMED_OUT
    finally:
        receiver.close()
        _stop(process)


def _stop(process: Any) -> None:
    if process.is_alive():
        process.terminate()
        process.join(2)
        if process.is_alive():
            process.kill()
    process.join()


def _child(sender: Connection, function: Callable[..., Any], args: tuple[Any, ...]) -> None:
    _limit_memory()
    try:
        result = function(*args)
    except BaseException as exc:  # never let the parent wait for an answer that won't come
        result = Reading(note=f"The file could not be read ({type(exc).__name__}).")
    try:
        sender.send(result)
    finally:
        sender.close()


def _limit_memory() -> None:
    try:
        import resource
    except ImportError:  # Windows: the time limit still applies
        return
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT_BYTES, MEMORY_LIMIT_BYTES))


# --- reading each format (runs in the child) -----------------------------------------------


def read_document(path: str, fmt_value: str) -> Reading:
    """The text of the file at `path`, read as `fmt_value` (a FileFormat value).

    Meant for the child process: it loads the parsers, then caps the process's memory
    at what it holds now plus MEMORY_HEADROOM_BYTES, so no input can take it further.
    """
    fmt = FileFormat(fmt_value)
    data = Path(path).read_bytes()
    _load_parsers()
    _limit_growth(MEMORY_HEADROOM_BYTES)
    return read_bytes(data, fmt, allow_inner=True)


def _load_parsers() -> None:
    import docx  # noqa: F401
    import pypdf  # noqa: F401


def _limit_growth(headroom: int) -> None:
    """At most `headroom` more bytes of address space than the process holds now."""
    try:
        import resource

        with open("/proc/self/statm") as statm:
            in_use = int(statm.read().split()[0]) * resource.getpagesize()
    except (ImportError, OSError, ValueError):  # not Linux: the fixed limit still applies
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    wanted = in_use + headroom
    if soft != resource.RLIM_INFINITY:
        wanted = min(wanted, soft)
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_AS, (wanted, hard))


def read_bytes(data: bytes, fmt: FileFormat, *, allow_inner: bool = False) -> Reading:
    if not fmt.readable:
        return Reading(note=fmt.kept_note)
    if not data:
        return Reading(note="The file is empty.")
    try:
        if fmt is FileFormat.PDF:
            reading = _read_pdf(data)
        elif fmt is FileFormat.DOCX:
            reading = _read_docx(data)
        elif fmt is FileFormat.HTML:
            reading = Reading(text=html_to_text(_decode(data)))
        elif fmt is FileFormat.EMAIL:
            reading = _read_email(data, allow_inner=allow_inner)
        else:
            reading = Reading(text=_decode(data))
    except (MemoryError, TooLarge) as exc:
        detail = f" ({exc})" if isinstance(exc, TooLarge) else ""
        return Reading(
            note=f"This {fmt.noun} needed more memory to read than jobdesk allows{detail}, so "
            "its text was not read. The file is kept; type its terms in."
        )
    except Exception as exc:
        log.info("could not read a %s: %s", fmt.label, exc)
        return Reading(note=_damaged(fmt, exc))
    text = reading.text[:MAX_TEXT_CHARS]
    if not text.strip() and not reading.note:
        return Reading(note=f"No text was found in this {fmt.noun}.", inner=reading.inner)
    return Reading(text=text, note=reading.note, inner=reading.inner)


def _damaged(fmt: FileFormat, exc: Exception) -> str:
    detail = str(exc).strip().splitlines()[0][:120] if str(exc).strip() else type(exc).__name__
    return (
        f"This {fmt.noun} seems damaged or incomplete ({detail}), so its text "
        "could not be read. The file is kept; type its terms in."
    )


def _decode(data: bytes) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _read_pdf(data: bytes) -> Reading:
    import io

    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError, LimitReachedError, PdfReadError

    # pypdf warns of what it repairs ("EOF marker not found") through its logger; with no
    # handler of the app's, Python would print that on the terminal. Our note says it.
    pypdf_log = logging.getLogger("pypdf")
    if not pypdf_log.handlers:
        pypdf_log.addHandler(logging.NullHandler())
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            # Many PDFs are "encrypted" only against editing and open with no password.
            try:
                if not reader.decrypt(""):
                    return Reading(note=_PASSWORD_NOTE)
            except (FileNotDecryptedError, NotImplementedError, PdfReadError, DependencyError):
                # DependencyError: AES needs the cryptography package, which may be missing.
                return Reading(note=_PASSWORD_NOTE)
        pages = reader.pages
        texts = []
        for number, page in enumerate(pages):
            if number >= MAX_PDF_PAGES:
                break
            texts.append(_page_text(page))
    except (FileNotDecryptedError, DependencyError):
        return Reading(note=_PASSWORD_NOTE)
    except LimitReachedError as exc:
        raise TooLarge(str(exc).strip().splitlines()[0][:120] or "a part is too large") from exc
    # Typographic ligatures ("ﬀ" in "oﬀer") must become letters again to be found.
    text = unicodedata.normalize("NFKC", "\n\n".join(texts))
    if not text.strip():
        return Reading(
            note="No text could be read from this PDF: it may be a scanned image. "
            "The file is kept; type its terms in."
        )
    return Reading(text=text)


def _page_text(page: Any) -> str:
    """A page's text with its layout: columns read one after the other, and the rows of a
    table as "label<TAB>value" lines (the reader takes such pairs before sentences)."""
    try:
        laid_out = page.extract_text(extraction_mode="layout") or ""
    except Exception:  # layout mode is newer and pickier; the plain text still helps
        laid_out = ""
    if not laid_out.strip():
        return (page.extract_text() or "").replace("\t", " ")
    # Some PDF writers space words by moving the pen, which comes out as tabs.
    lines = [line.replace("\t", " ").rstrip() for line in laid_out.splitlines()]
    return "\n".join(table_rows(columns_in_order(lines)))


_GUTTER_MIN_LINES = 6


def columns_in_order(lines: list[str]) -> list[str]:
    """Lines of a two-column page laid out side by side, as the left column then the right
    (between any full-width lines such as a letterhead or footer)."""
    best_column, best_count = 0, 0
    width = max((len(line) for line in lines), default=0)
    for column in range(20, max(20, width - 10)):
        count = 0
        for line in lines:
            starts_here = len(line) > column and line[column] != " "
            # A column's line starts after a gap, beside a line of prose: not a table's short
            # label, nor its figures.
            if (
                starts_here
                and line[column - 3 : column] == "   "
                and len(line[:column].strip()) >= 25
                and re.search(r"[^\W\d_]{3}", line[column:]) is not None
            ):
                count += 1
        if count > best_count:
            best_column, best_count = column, count
    if best_count < _GUTTER_MIN_LINES:
        return lines
    c = best_column
    out: list[str] = []
    left: list[str] = []
    right: list[str] = []
    for line in lines:
        crosses = len(line) > c and line[c - 1] != " " and line[c - 2 : c + 1].strip() != ""
        if crosses:
            out += [*left, "", *right, ""]
            left, right = [], []
            out.append(line)
            continue
        left.append(line[:c].rstrip())
        if line[c:].strip():
            right.append(line[c:].strip())
        elif not line.strip():
            right.append("")
    out += [*left, "", *right]
    return out


_ROW = re.compile(r"^(?P<indent> *)(?P<label>\S(?:\S| (?! ))*)(?P<gap> {4,})(?P<value>\S.*)$")


def table_rows(lines: list[str]) -> list[str]:
    """Rows laid out as "Label      value" (two or more of them lined up) as tab-separated
    pairs, with a value's wrapped lines joined to it."""
    out: list[str] = []
    rows: list[tuple[int, str, str]] = []  # (value column, label, value)
    column = -1

    def flush() -> None:
        nonlocal rows, column
        if len(rows) >= 2:
            out.extend(["", *(f"{label}\t{value}" for _, label, value in rows), ""])
        else:
            out.extend(f"{label}    {value}" for _, label, value in rows)
        rows, column = [], -1

    for line in lines:
        m = _ROW.match(line)
        if m and len(m["label"]) <= 40 and len(m["label"].split()) <= 6:
            at = m.start("value")
            if rows and abs(at - column) > 1:
                flush()
            rows.append((at, m["label"], m["value"].strip()))
            column = at
            continue
        stripped = line.strip()
        if rows and stripped and abs((len(line) - len(line.lstrip())) - column) <= 1:
            at, label, value = rows[-1]
            rows[-1] = (at, label, f"{value} {stripped}")
            continue
        if rows and not stripped:
            continue  # a gap between rows of one table
        flush()
        out.append(line)
    flush()
    return out


_PASSWORD_NOTE = (
    "This PDF is protected by a password, so its text could not be read. "
    "The file is kept; type its terms in."
)


class TooLarge(Exception):
    """A file that would take more memory to read than jobdesk allows; says which part."""


def check_zip_members(data: bytes) -> None:
    """TooLarge unless every member of the zip in `data` is within the caps, by what it
    declares and by what it actually inflates to (counted while inflating, kept nowhere).

    A zip bomb declares small sizes or none; Python's zipfile stops at the declared size,
    so the two checks together bound what any later reader can inflate.
    """
    import io
    import zipfile

    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        members = archive.infolist()
        if len(members) > MAX_DOCX_MEMBERS:
            raise TooLarge(f"{len(members):,} parts inside, more than {MAX_DOCX_MEMBERS:,}")
        declared = 0
        for member in members:
            declared += member.file_size
            _check_sizes(member.filename, member.file_size, declared)
        total = 0
        for member in members:
            size = 0
            with archive.open(member) as stream:
                while chunk := stream.read(1024 * 1024):
                    size += len(chunk)
                    total += len(chunk)
                    _check_sizes(member.filename, size, total)


def _check_sizes(name: str, size: int, total: int) -> None:
    if size > MAX_DOCX_MEMBER_BYTES:
        part = clean_display_name(name, fallback="a part")
        raise TooLarge(f"{part} inside unpacks to over {MAX_DOCX_MEMBER_BYTES // 2**20} MB")
    if total > MAX_DOCX_TOTAL_BYTES:
        raise TooLarge(f"its parts unpack to over {MAX_DOCX_TOTAL_BYTES // 2**20} MB in all")


def _read_docx(data: bytes) -> Reading:
    import io

    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    check_zip_members(data)
    document = docx.Document(io.BytesIO(data))
    # The letterhead and the subject line often sit in the page header ("Betreft: aanbod
    # functie Senior Data Scientist"), the company's registration in the footer.
    section = document.sections[0] if document.sections else None
    lines: list[str] = _docx_part_lines(section.header) if section is not None else []
    lines += [""] if lines else []  # the header is a block of its own, not the body's start
    # The body in its own order: a table stays under the sentence that introduces it.
    for child in document.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            lines.append(Paragraph(child, document).text)
        elif tag == "tbl":
            lines.append("")
            lines += _table_lines(Table(child, document))
            lines.append("")
    if section is not None:
        lines += ["", *_docx_part_lines(section.footer)]
    return Reading(text="\n".join(lines))


def _docx_part_lines(part: Any) -> list[str]:
    """A header's or footer's paragraphs and tables, unless it is linked to the previous
    section's (then python-docx gives that one's text, already read)."""
    lines = [p.text for p in part.paragraphs]
    for table in part.tables:
        lines += _table_lines(table)
    return lines if any(line.strip() for line in lines) else []


def _table_lines(table: Any) -> list[str]:
    lines: list[str] = []
    for row in table.rows:
        cells: list[str] = []
        for cell in row.cells:
            value = " ".join(cell.text.split())
            if value and (not cells or cells[-1] != value):  # merged cells repeat
                cells.append(value)
        if len(cells) == 1 and len(row.cells[0].paragraphs) > 1:
            # A box drawn as a one-cell table ("Kerngegevens" over "Datum indiensttreding:
            # 1 februari 2027" over "Standplaats: Utrecht"): its lines stay lines.
            lines += [p.text for p in row.cells[0].paragraphs if p.text.strip()]
        else:
            lines.append("\t".join(cells))
    return lines


def _read_email(data: bytes, *, allow_inner: bool) -> Reading:
    message = email.message_from_bytes(data, policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    header = []
    for name in ("From", "To", "Subject"):
        value = message.get(name)
        if value:
            header.append(f"{name}: {' '.join(str(value).split())}")
    sent = message.get("Date")
    if sent is not None:
        try:
            when = sent.datetime
            header.append(f"Date: {when.day} {when:%B %Y}")
        except (AttributeError, TypeError, ValueError):
            pass
    body_part = message.get_body(preferencelist=("plain", "html"))
    body = ""
    if body_part is not None:
        content = body_part.get_content()
        body = html_to_text(content) if body_part.get_content_type() == "text/html" else content
    inner: list[InnerFile] = []
    skipped = 0
    for part in message.iter_attachments():
        if len(inner) >= MAX_EMAIL_PARTS:
            skipped += 1
            continue
        payload = part.get_payload(decode=True)
        if not isinstance(payload, bytes) or not payload:
            continue
        if len(payload) > MAX_PART_BYTES:
            skipped += 1
            continue
        name = clean_display_name(part.get_filename() or "", fallback="attachment")
        fmt = format_of_media_type(part.get_content_type(), name)
        reading = Reading()
        if allow_inner and fmt.readable and fmt is not FileFormat.EMAIL:
            reading = read_bytes(payload, fmt)
        inner.append(InnerFile(name, fmt.value, payload, reading.text, reading.note))
    text = "\n".join(header) + "\n\n" + body
    note = ""
    if skipped:
        note = f"{skipped} attachment(s) of the email were too large or too many to keep."
    return Reading(text=text, note=note, inner=tuple(inner))


# --- HTML to text --------------------------------------------------------------------------

_BLOCKS = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "br",
        "dd",
        "div",
        "dl",
        "dt",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "table",
        "tbody",
        "thead",
        "tfoot",
        "tr",
        "ul",
    ]
)
_CELLS = frozenset({"td", "th"})
_SKIPPED = frozenset({"script", "style", "head", "title", "template", "noscript"})


class _TextOfHtml(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0
        self._cell = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            self._skip += 1
        elif tag == "dd":
            # A definition list's term and its definition are a label/value pair: one line.
            self.parts.append("\t")
        elif tag in _CELLS:
            if self._cell:
                self.parts.append("\t")
            self._cell += 1
        elif tag in _BLOCKS:
            self.parts.append("\n")
            if tag == "tr":
                self._cell = 0

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self._skip = max(0, self._skip - 1)
        elif tag == "dt":
            pass  # its definition follows on the same line
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(re.sub(r"\s+", " ", data))


def html_to_text(markup: str) -> str:
    """The visible text of a page, a line per block and a tab between table cells."""
    parser = _TextOfHtml()
    parser.feed(markup)
    parser.close()
    text = html.unescape("".join(parser.parts))
    lines = [
        " ".join(line.split()) if "\t" not in line else line.strip() for line in text.split("\n")
    ]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
