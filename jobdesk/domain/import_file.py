"""Reading a spreadsheet export (CSV or TSV bytes) into a header and rows, with each
problem tied to the line of the file it is on.

Nothing here guesses what the columns mean (see `import_presets.py`); it only decides
how the bytes are text (encoding), how the text is cells (delimiter, quotes), and
says plainly where a file cannot be read. Cells are kept as text: a cell that starts
with `=` is a spreadsheet formula to the spreadsheet, and stays its characters here.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from enum import Enum

from jobdesk.domain.errors import UserError

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_ROWS = 50_000
MAX_CELL_CHARS = 10_000
DELIMITERS = (",", ";", "\t", "|")
DELIMITER_NAMES = {",": "comma", ";": "semicolon", "\t": "tab", "|": "vertical bar"}
FORMULA_STARTS = ("=", "+", "-", "@")

# Files people drop that are certainly not a table (the first bytes of each format).
_NOT_TEXT = (
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a zip archive (an .xlsx or .docx workbook is one: save it as CSV first)"),
    (b"\xd0\xcf\x11\xe0", "an old Excel or Word file (save it as CSV first)"),
    (b"\x89PNG", "a PNG picture"),
    (b"\xff\xd8\xff", "a JPEG picture"),
    (b"GIF8", "a GIF picture"),
    (b"SQLite format 3", "a database file"),
)


class Encoding(Enum):
    """How the file's bytes are read as text; AUTO decides from the bytes."""

    AUTO = "auto"
    UTF8 = "utf-8"
    CP1252 = "cp1252"
    UTF16 = "utf-16"

    @property
    def label(self) -> str:
        return {
            Encoding.AUTO: "Automatic",
            Encoding.UTF8: "UTF-8",
            Encoding.CP1252: "Windows (cp1252)",
            Encoding.UTF16: "UTF-16 (Excel's Unicode text)",
        }[self]


@dataclass(frozen=True)
class Problem:
    """Something wrong with one line of the file (line 0: the whole file). A blocking
    problem stops the import; the others are notes the user should see.

    `of_file`: found on a line, but it spoils more than that line (a quote that never
    closes leaves the rest unread; a NUL byte says the file is damaged), so leaving the
    line out would not be enough."""

    line: int
    text: str
    blocking: bool = True
    of_file: bool = False

    @property
    def of_one_line(self) -> bool:
        """A blocking problem that leaving its line out would settle."""
        return self.blocking and self.line > 0 and not self.of_file

    def __str__(self) -> str:
        where = f"Line {self.line}: " if self.line else ""
        return where + self.text


class FileRefused(UserError):
    """The file cannot be read as a table at all (not text, too large...)."""


@dataclass(frozen=True)
class Row:
    line: int  # the file's line where this row starts (a quoted cell can span lines)
    cells: tuple[str, ...]


@dataclass(frozen=True)
class Table:
    encoding: Encoding  # as read (never AUTO)
    bom: bool
    delimiter: str
    header: tuple[str, ...]
    rows: tuple[Row, ...]
    problems: tuple[Problem, ...]
    # Non-blank lines from where reading stopped (a quote that never closes) to the end:
    # rows of the file too, though none of them could be read.
    unread_lines: int = 0

    @property
    def row_count(self) -> int:
        """The rows the file holds as the user counts them: those read and those that
        could not be."""
        return len(self.rows) + self.unread_lines

    @property
    def how_read(self) -> str:
        bom = " with a byte-order mark" if self.bom else ""
        unread = f" ({self.unread_lines} of them could not be read)" if self.unread_lines else ""
        return (
            f"Read as {self.encoding.label}{bom}, cells separated by "
            f"{DELIMITER_NAMES[self.delimiter]}s: {len(self.header)} columns, "
            f"{self.row_count} rows{unread}."
        )


def decode(data: bytes, encoding: Encoding = Encoding.AUTO) -> tuple[str, Encoding, bool]:
    """The file's text, the encoding it was read with and whether it began with a BOM.

    Automatic: a BOM decides; else UTF-16 when every other byte is zero; else UTF-8,
    and cp1252 (what Windows Excel writes) when the bytes are not UTF-8.
    """
    if len(data) > MAX_FILE_BYTES:
        raise FileRefused(
            f"This file is {len(data) / 1024 / 1024:.1f} MB; jobdesk imports files of up to "
            f"{MAX_FILE_BYTES // 1024 // 1024} MB. Split it into smaller files and import each."
        )
    for magic, what in _NOT_TEXT:
        if data.startswith(magic):
            raise FileRefused(f"This file is {what}, not a CSV or TSV table. Nothing was imported.")
    bom16 = data[:2] in (b"\xff\xfe", b"\xfe\xff")
    if not bom16 and not _looks_utf16(data) and data.count(0) > max(16, len(data) // 100):
        raise FileRefused(
            "This file holds binary data, not a CSV or TSV table. Nothing was imported."
        )
    bom8 = data.startswith(b"\xef\xbb\xbf")
    if encoding is Encoding.AUTO:
        if bom16 or _looks_utf16(data):
            encoding = Encoding.UTF16
        elif bom8:
            encoding = Encoding.UTF8
        else:
            try:
                data.decode("utf-8")
                encoding = Encoding.UTF8
            except UnicodeDecodeError:
                encoding = Encoding.CP1252
    if encoding is Encoding.UTF16:
        codec = "utf-16" if bom16 else ("utf-16-be" if data[:1] == b"\x00" else "utf-16-le")
    else:
        codec = "utf-8-sig" if encoding is Encoding.UTF8 else encoding.value
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        hint = (
            " Choose another encoding (Windows files are often cp1252)."
            if encoding is not Encoding.CP1252
            else " It may not be a text file, or it was saved in an encoding jobdesk does not "
            "read: save it again as CSV UTF-8."
        )
        raise FileRefused(
            f"Line {line}: this file cannot be read as {encoding.label} "
            f"(the byte 0x{data[exc.start]:02X} is not text in it).{hint}"
        ) from None
    bom = bom8 or bom16
    if text.startswith("\ufeff"):
        text = text[1:]
    if text.count("\x00") > max(16, len(text) // 100):
        raise FileRefused(
            "This file holds binary data, not a CSV or TSV table. Nothing was imported."
        )
    return text, encoding, bom


def _looks_utf16(data: bytes) -> bool:
    """UTF-16 without a BOM: Latin text has a zero in every other byte."""
    head = data[:2000]
    if len(head) < 8:
        return False
    evens, odds = head[0::2], head[1::2]
    return max(evens.count(0), odds.count(0)) > len(head) // 2 * 0.9


def sniff_delimiter(text: str) -> str:
    """The one of `, ; tab |` that splits the first lines into the same number of cells,
    most of them; a tie goes to the one giving the header the most columns."""
    sample = "\n".join(text.splitlines()[:30])
    best, best_score = ",", (-1, -1)
    for delimiter in DELIMITERS:
        try:
            rows = list(csv.reader(io.StringIO(sample), delimiter=delimiter))
        except csv.Error:
            continue
        rows = [r for r in rows if any(c.strip() for c in r)]
        if not rows or len(rows[0]) < 2:
            continue
        width = len(rows[0])
        score = (sum(len(r) == width for r in rows), width)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def read_table(
    data: bytes, encoding: Encoding = Encoding.AUTO, delimiter: str | None = None
) -> Table:
    """The file as a header and rows, with every problem found by line (nothing dropped
    silently: blank lines are the only rows left out). FileRefused when it is no table."""
    text, used, bom = decode(data, encoding)
    problems: list[Problem] = []
    if "\x00" in text:
        for number, line in enumerate(text.split("\n"), start=1):
            if "\x00" in line:
                problems.append(
                    Problem(
                        number,
                        "holds a zero (NUL) byte, which no text has: the file may be damaged "
                        "or not saved as text. Open it in a spreadsheet and save it as CSV.",
                        of_file=True,
                    )
                )
        text = text.replace("\x00", "")
    if not text.strip():
        raise FileRefused("This file is empty. Nothing was imported.")
    first_line = 1
    # Excel's "sep=;" first line names the delimiter.
    first, _newline, rest = text.partition("\n")
    sep = first.strip("\r\n\ufeff")
    if sep.lower().startswith("sep=") and len(sep) == 5 and sep[4] in DELIMITERS:
        delimiter = delimiter or sep[4]
        text, first_line = rest, 2
    delimiter = delimiter or sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    records: list[Row] = []
    start = 1
    unread = 0
    while True:
        start = reader.line_num + first_line
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            problems.append(Problem(start, _csv_problem(str(exc)), of_file=True))
            unread = sum(1 for line in text.split("\n")[start - first_line :] if line.strip())
            break
        if any(c.strip() for c in cells):
            # One kind of line break inside a cell, whatever wrote the file.
            records.append(Row(start, tuple(c.replace("\r\n", "\n") for c in cells)))
        if len(records) > MAX_ROWS + 1:
            raise FileRefused(
                f"This file has more than {MAX_ROWS:,} rows; jobdesk imports up to {MAX_ROWS:,} "
                "at a time. Split it into smaller files and import each."
            )
    if not records:
        raise FileRefused("This file has no rows. Nothing was imported.")
    header = tuple(c.strip() for c in records[0].cells)
    rows = records[1:]
    if not rows and not problems:
        raise FileRefused("This file has only its header row: there is nothing to import.")
    width = len(header)
    for row in rows:
        problems.extend(_row_problems(row, header))
    # Cells past the header that are empty (a trailing delimiter) are no problem.
    trimmed = tuple(Row(r.line, r.cells[:width]) if len(r.cells) > width else r for r in rows)
    return Table(used, bom, delimiter, header, trimmed, tuple(problems), unread)


def _csv_problem(error: str) -> str:
    if "unexpected end of data" in error or "EOF" in error:
        return (
            'a quote (") opens a cell here that never closes, so the rest of the file '
            "cannot be read. Close the quote, or remove it."
        )
    if "field larger than field limit" in error:
        return (
            f"a cell is far too long (over 128,000 characters); jobdesk takes up to "
            f"{MAX_CELL_CHARS:,} characters in a cell."
        )
    if "expected after" in error:
        return (
            "a quoted cell is followed by more text before the next separator (a stray quote?). "
            'Inside a quoted cell, write a quote as two quotes ("").'
        )
    return f"this line cannot be read as CSV ({error})."


def _row_problems(row: Row, header: tuple[str, ...]) -> list[Problem]:
    found: list[Problem] = []
    width = len(header)
    extra = [c for c in row.cells[width:] if c.strip()]
    if extra:
        found.append(
            Problem(
                row.line,
                f"has {len(row.cells)} cells but the header has {width} columns: a separator "
                "inside a cell that is not in quotes? Put that cell in quotes.",
            )
        )
    elif len(row.cells) < width:
        found.append(
            Problem(
                row.line,
                f"has {len(row.cells)} cells but the header has {width} columns; the missing "
                "ones are read as empty (if the line was broken in two, join it again).",
                blocking=False,
            )
        )
    for column, cell in zip(header, row.cells, strict=False):
        if len(cell) > MAX_CELL_CHARS:
            found.append(
                Problem(
                    row.line,
                    f"the “{column}” cell has {len(cell):,} characters; jobdesk takes up to "
                    f"{MAX_CELL_CHARS:,} in a cell. Shorten it.",
                )
            )
        elif cell.startswith(FORMULA_STARTS) and len(cell) > 1 and not _is_number(cell):
            found.append(
                Problem(
                    row.line,
                    f"the “{column}” cell looks like a spreadsheet formula ({_short(cell)}); "
                    "it is kept as that text, never calculated.",
                    blocking=False,
                )
            )
    return found


def _is_number(text: str) -> bool:
    try:
        float(text.replace(",", "."))
    except ValueError:
        return False
    return True


def _short(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def looks_like_table(head: bytes) -> bool:
    """Whether the first bytes of a dropped .txt file read as a table (a header and rows
    split the same way), not an offer letter."""
    try:
        text, _encoding, _bom = decode(head[:20_000])
    except UserError:
        return False
    lines = [line for line in text.splitlines()[:10] if line.strip()]
    if len(lines) < 2:
        return False
    delimiter = sniff_delimiter("\n".join(lines))
    try:
        rows = list(csv.reader(io.StringIO("\n".join(lines)), delimiter=delimiter))
    except csv.Error:
        return False
    width = len(rows[0])
    return width >= 3 and sum(len(r) == width for r in rows) >= max(2, len(rows) - 1)
