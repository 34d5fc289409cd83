"""Keeping dropped files: what is kept, what is refused and why, and that nothing is written
anywhere but the store. Every input is a real file (or pipe, link, folder) on disk."""

from __future__ import annotations

import email.policy
import io
import json
import os
import stat
import struct
import subprocess
import sys
import time
import zipfile
from collections.abc import Callable
from datetime import date
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest

from jobdesk.domain.application import ApplicationDetails
from jobdesk.domain.attachments import AttachmentKind, FileFormat
from jobdesk.domain.errors import UserError
from jobdesk.services.attachments import MAX_BYTES, StagedFile
from jobdesk.services.bundle import Services
from jobdesk.services.letter_text import _TIMED_OUT, read_with_time_limit, run_with_time_limit
from tests.data.hostile import make_files

MakePdf = Callable[[Path, str], None]
LETTER = (
    "Dear Sam,\n\nYour base salary will be $185,000 per year. Please respond by December 5, 2026."
)


def tree(root: Path) -> dict[str, tuple[int, float]]:
    """Every file under `root` with its size and modification time."""
    return {
        str(p.relative_to(root)): (p.lstat().st_size, p.lstat().st_mtime)
        for p in root.rglob("*")
        if not p.is_dir()
    }


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    folder = tmp_path / "inbox"
    folder.mkdir()
    return folder


def add_app(services: Services, company: str = "Acme") -> int:
    details = ApplicationDetails(company, "Backend Engineer", date(2026, 11, 2))
    return services.pipeline.add(details).application_ids[0]


def store_files(services: Services) -> set[str]:
    return services.attachments.files.hashes()


# --- refused, each with its reason ---------------------------------------------------------


def test_a_folder_is_refused(services: Services, inbox: Path) -> None:
    with pytest.raises(UserError, match=r"is a folder\. Drop the files inside it instead"):
        services.attachments.stage(inbox)


def test_a_fifo_is_refused_without_waiting_for_a_writer(services: Services, inbox: Path) -> None:
    fifo = inbox / "letter.pdf"
    os.mkfifo(fifo)
    started = time.monotonic()
    with pytest.raises(UserError, match="is a pipe"):
        services.attachments.stage(fifo)
    assert time.monotonic() - started < 2


def test_a_device_is_refused(services: Services) -> None:
    with pytest.raises(UserError, match="is a device"):
        services.attachments.stage(Path("/dev/zero"))


def test_an_empty_file_is_refused(services: Services, inbox: Path) -> None:
    empty = inbox / "offer.pdf"
    empty.touch()
    with pytest.raises(UserError, match=r"is empty \(0 bytes\)"):
        services.attachments.stage(empty)
    assert store_files(services) == set()


def test_a_file_over_the_cap_is_refused_while_copying(services: Services, inbox: Path) -> None:
    big = inbox / "huge.pdf"
    with big.open("wb") as handle:
        handle.truncate(MAX_BYTES + 1)  # sparse: fast to make, 25 MB + 1 byte to read
    with pytest.raises(UserError, match=r"larger than 25 MB, the most jobdesk keeps"):
        services.attachments.stage(big)
    assert store_files(services) == set()
    incoming = services.paths.attachments / "incoming"
    assert not incoming.exists() or list(incoming.iterdir()) == []


def test_the_cap_counts_bytes_read_not_the_size_reported(services: Services) -> None:
    # A stream that does not say its size up front (like a growing file) is still capped.
    files = services.attachments.files
    files.max_bytes = 10
    with pytest.raises(UserError, match="larger than"):
        files._copy(io.BytesIO(b"x" * 11), "stream.txt")
    assert files.keep_bytes(b"x" * 10, "ten.txt").size == 10


def test_a_missing_file_is_refused(services: Services, inbox: Path) -> None:
    with pytest.raises(UserError, match="no longer exists"):
        services.attachments.stage(inbox / "gone.pdf")


def test_links_are_refused_wherever_they_lead(services: Services, inbox: Path) -> None:
    target = inbox / "real-letter.txt"
    target.write_text(LETTER)
    to_file = inbox / "link-to-letter.txt"
    to_file.symlink_to(target)
    with pytest.raises(UserError) as refused:
        services.attachments.stage(to_file)
    assert refused.value.message == (
        "“link-to-letter.txt” is a link (a shortcut to another file), so nothing was kept: a "
        "link can lead anywhere on this computer. Drop the file itself."
    )
    assert store_files(services) == set()
    assert services.attachments.stage(target).stored.size == len(LETTER)


def hostile_files(tmp_path: Path) -> list[make_files.Hostile]:
    secret = tmp_path / "elsewhere" / "id_ed25519"
    secret.parent.mkdir()
    secret.write_text("-----BEGIN OPENSSH PRIVATE KEY----- not for the store\n")
    return make_files.build(tmp_path / "dropped", secret)


def test_every_hostile_file_is_refused_or_kept_with_what_was_found(
    services: Services, tmp_path: Path
) -> None:
    items = hostile_files(tmp_path)
    before = tree(tmp_path)
    for item in items:
        if item.refused:
            with pytest.raises(UserError, match=item.refused):
                services.attachments.stage(item.path)
            continue
        staged = services.attachments.stage(item.path)
        if item.note:
            assert item.note in staged.reading.note, item.path.name
        if item.shown_as:
            assert staged.display_name == item.shown_as
    kept = {services.attachments.files.path_of(sha).read_bytes() for sha in store_files(services)}
    assert not any(b"PRIVATE KEY" in data or b"root:" in data for data in kept)
    after = {p: v for p, v in tree(tmp_path).items() if not p.startswith("data/attachments/")}
    assert after == {p: v for p, v in before.items() if not p.startswith("data/attachments/")}


def test_a_pdf_after_a_first_line_is_read_as_a_pdf_and_says_so(
    services: Services, tmp_path: Path
) -> None:
    (item,) = [i for i in hostile_files(tmp_path) if i.path.name == "letter.txt"]
    staged = services.attachments.stage(item.path)
    assert staged.stored.format is FileFormat.PDF
    assert "$185,000" in staged.reading.text
    assert staged.reading.note == (
        "The name ends in .txt, but a PDF was found after 26 bytes of something else, so it "
        "was read as a PDF."
    )


def test_a_name_that_is_not_utf8_is_kept_and_shown_with_a_replacement_mark(
    services: Services, tmp_path: Path
) -> None:
    (item,) = [i for i in hostile_files(tmp_path) if i.shown_as]
    assert item.path.exists() and os.fsencode(item.path.name) == b"caf\xe9 offer.txt"
    staged = services.attachments.stage(item.path)
    assert staged.display_name == "caf\ufffd offer.txt"
    assert staged.reading.text == "Base salary: 185,000 EUR\n"
    app_id = add_app(services)
    services.attachments.attach(app_id, staged, AttachmentKind.OTHER)
    (shown,) = services.attachments.for_application(app_id)
    assert shown.display_name == "caf\ufffd offer.txt"


# --- kept, with a note when unreadable -----------------------------------------------------


def test_an_encrypted_pdf_is_kept_with_a_note(
    services: Services, inbox: Path, make_pdf: MakePdf
) -> None:
    from pypdf import PdfReader, PdfWriter

    plain = inbox / "plain.pdf"
    make_pdf(plain, LETTER)
    writer = PdfWriter()
    writer.append(PdfReader(plain))
    writer.encrypt(user_password="s3cret", owner_password="owner", algorithm="RC4-128")
    locked = inbox / "locked offer.pdf"
    with locked.open("wb") as handle:
        writer.write(handle)

    staged = services.attachments.stage(locked)  # the real, time-limited reader
    assert staged.stored.format is FileFormat.PDF
    assert not staged.reading.readable
    assert "protected by a password" in staged.reading.note
    assert services.attachments.files.path_of(staged.stored.sha256).exists()


def test_a_pdf_locked_only_against_editing_is_read(
    services: Services, inbox: Path, make_pdf: MakePdf
) -> None:
    from pypdf import PdfReader, PdfWriter

    plain = inbox / "plain.pdf"
    make_pdf(plain, LETTER)
    writer = PdfWriter()
    writer.append(PdfReader(plain))
    writer.encrypt(user_password="", owner_password="owner", algorithm="RC4-128")
    locked = inbox / "no-edit.pdf"
    with locked.open("wb") as handle:
        writer.write(handle)
    staged = services.attachments.stage(locked)
    assert "$185,000" in staged.reading.text


def test_a_truncated_pdf_is_kept_with_a_note(
    services: Services, inbox: Path, make_pdf: MakePdf
) -> None:
    whole = inbox / "whole.pdf"
    make_pdf(whole, LETTER)
    cut = inbox / "cut.pdf"
    cut.write_bytes(whole.read_bytes()[:400])
    staged = services.attachments.stage(cut)
    assert not staged.reading.readable
    assert staged.reading.note  # damaged, or no text could be read
    assert "could not be read" in staged.reading.note or "No text" in staged.reading.note


def test_a_scanned_pdf_is_kept_and_says_it_has_no_text(
    services: Services, inbox: Path, qapp: object
) -> None:
    from PySide6.QtGui import QColor, QImage, QPainter, QPdfWriter

    scan = inbox / "scan.pdf"
    writer = QPdfWriter(str(scan))
    painter = QPainter(writer)
    image = QImage(200, 100, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter.drawImage(0, 0, image)
    painter.end()
    del writer
    staged = services.attachments.stage(scan)
    assert "scanned image" in staged.reading.note


def test_images_are_kept_without_being_read(services: Services, inbox: Path) -> None:
    photo = inbox / "whiteboard.png"
    photo.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    staged = services.attachments.stage(photo)
    assert staged.stored.format is FileFormat.PNG
    assert staged.reading.note == (
        "Images are kept without being read: jobdesk reads no text out of pictures."
    )


def test_reading_is_stopped_at_its_time_limit() -> None:
    started = time.monotonic()
    assert run_with_time_limit(time.sleep, (30,), 0.5) is _TIMED_OUT
    assert time.monotonic() - started < 5


def test_a_reader_that_runs_out_of_time_leaves_a_note(tmp_path: Path) -> None:
    # 0 seconds: the child cannot answer in time, so the note is the timeout's.
    letter = tmp_path / "slow.txt"
    letter.write_text(LETTER)
    reading = read_with_time_limit(letter, FileFormat.TEXT, time_limit=0)
    assert not reading.readable and "took longer than 0 seconds" in reading.note


# --- names: cleaned, shown, never used as paths --------------------------------------------


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("..\\..\\evil.txt", "evil.txt"),  # backslashes are ordinary characters on Linux
        ("CON.txt", "_CON.txt"),
        ("nul", "_nul"),
        ("tab\there.txt", "tab here.txt"),
    ],
)
def test_odd_file_names_on_disk_are_shown_cleaned(
    services: Services, inbox: Path, raw: str, shown: str
) -> None:
    path = inbox / raw
    path.write_text(LETTER)
    staged = services.attachments.stage(path)
    assert staged.display_name == shown


def test_names_from_inside_an_email_cannot_escape_the_store(
    services: Services, tmp_path: Path, inbox: Path
) -> None:
    message = EmailMessage(policy=email.policy.SMTP)
    message["From"] = "x@example.com"
    message["Subject"] = "Offer"
    message.set_content(LETTER)
    evil = {
        "../../../../tmp/evil-from-an-email.txt": "evil-from-an-email.txt",
        "a\x00b.txt": "ab.txt",
        "x" * 300 + ".txt": None,
        "COM1.txt": "_COM1.txt",
        "/etc/passwd": "passwd",
    }
    for number, name in enumerate(evil):
        message.add_attachment(
            f"part {number}".encode(), maintype="text", subtype="plain", filename=name
        )
    eml = inbox / "offer.eml"
    eml.write_bytes(message.as_bytes())
    before = tree(tmp_path)

    staged = services.attachments.stage(eml)

    shown = [stored.display_name for stored, _ in staged.inner]
    assert len(shown) == len(evil)
    for (raw, expected), name in zip(evil.items(), shown, strict=True):
        if expected is not None:
            assert name == expected, raw
        assert "/" not in name and "\x00" not in name and len(name) <= 120
    assert len(shown[2]) == 120 and shown[2].endswith(".txt")
    after = tree(tmp_path)
    new = {p for p in after if p not in before}
    assert new and all(p.startswith("data/attachments/") for p in new)
    # The traversal went nowhere: not to /tmp, not next to the test's folder.
    assert not Path("/tmp/evil-from-an-email.txt").exists()
    assert not (tmp_path.parent / "evil-from-an-email.txt").exists()


def test_every_bad_input_leaves_everything_outside_the_store_as_it_was(
    services: Services, tmp_path: Path, inbox: Path, make_pdf: MakePdf
) -> None:
    make_pdf(inbox / "letter.pdf", LETTER)
    (inbox / "empty.txt").touch()
    (inbox / "folder").mkdir()
    os.mkfifo(inbox / "fifo")
    (inbox / "link").symlink_to(inbox / "letter.pdf")
    (inbox / "..\\CON.txt").write_text(LETTER)
    with (inbox / "big.bin").open("wb") as handle:
        handle.truncate(MAX_BYTES + 5)
    before = tree(tmp_path)
    kept, refused = [], []
    for path in sorted(inbox.iterdir()):
        try:
            kept.append(services.attachments.stage(path))
        except UserError as error:
            refused.append(error.message)
    assert len(kept) == 2 and len(refused) == 5
    after = tree(tmp_path)
    outside = {p: v for p, v in after.items() if not p.startswith("data/attachments/")}
    assert outside == {p: v for p, v in before.items() if not p.startswith("data/attachments/")}
    assert len({s.stored.sha256 for s in kept}) == 2
    for sha in store_files(services):
        blob = services.attachments.files.path_of(sha)
        assert blob.parent.name == sha[:2] and not stat.S_IMODE(blob.stat().st_mode) & 0o222


# --- attaching, removing, undo -------------------------------------------------------------


def stage_text(services: Services, inbox: Path, name: str, text: str = LETTER) -> StagedFile:
    path = inbox / name
    path.write_text(text)
    return services.attachments.stage(path)


def test_attach_then_remove_with_undo(services: Services, inbox: Path) -> None:
    app_id = add_app(services)
    staged = stage_text(services, inbox, "cv.md", "# Sam Rivera\nBackend engineer")
    change = services.attachments.attach(app_id, staged, AttachmentKind.CV)
    assert "attachments" in change.kinds
    (item,) = services.attachments.for_application(app_id)
    assert (item.display_name, item.kind, item.readable) == ("cv.md", AttachmentKind.CV, True)

    services.attachments.remove(item.id)
    assert services.attachments.for_application(app_id) == []
    undo = services.pipeline.undo()
    assert "attachments" in undo.kinds
    assert services.attachments.for_application(app_id) == [item]
    services.pipeline.redo()
    assert services.attachments.for_application(app_id) == []


def test_the_same_file_twice_is_stored_once(services: Services, inbox: Path) -> None:
    first, second = add_app(services, "Acme"), add_app(services, "Globex")
    a = stage_text(services, inbox, "letter.txt")
    b = stage_text(services, inbox, "copy of letter.txt")
    assert a.stored.sha256 == b.stored.sha256
    services.attachments.attach(first, a, AttachmentKind.OTHER)
    services.attachments.attach(second, b, AttachmentKind.OTHER)
    assert store_files(services) == {a.stored.sha256}


def test_a_discarded_file_is_deleted_unless_attached_elsewhere(
    services: Services, inbox: Path
) -> None:
    app_id = add_app(services)
    kept = stage_text(services, inbox, "kept.txt")
    services.attachments.attach(app_id, kept, AttachmentKind.OTHER)
    again = stage_text(services, inbox, "again.txt")  # same bytes
    services.attachments.discard(again)
    assert store_files(services) == {kept.stored.sha256}
    other = stage_text(services, inbox, "other.txt", "something else")
    services.attachments.discard(other)
    assert store_files(services) == {kept.stored.sha256}


def test_files_no_longer_attached_are_swept_at_start(services: Services, inbox: Path) -> None:
    app_id = add_app(services)
    staged = stage_text(services, inbox, "letter.txt")
    services.attachments.attach(app_id, staged, AttachmentKind.OTHER)
    (item,) = services.attachments.for_application(app_id)
    services.attachments.remove(item.id)
    stage_text(services, inbox, "never attached.txt", "abandoned")
    assert len(store_files(services)) == 2
    assert services.attachments.sweep() == 2
    assert store_files(services) == set()


def test_a_viewer_gets_a_read_only_copy_with_a_plain_name(services: Services, inbox: Path) -> None:
    app_id = add_app(services)
    staged = stage_text(services, inbox, "Offer – Acme (final).md", "# Offer")
    services.attachments.attach(app_id, staged, AttachmentKind.OFFER_LETTER)
    (item,) = services.attachments.for_application(app_id)
    copy = services.attachments.viewer_path(item.id)
    assert copy.name == "Offer-Acme-final.md"
    assert copy.read_text() == "# Offer"
    assert copy.is_relative_to(services.paths.attachments)
    assert not os.access(copy, os.W_OK) or os.geteuid() == 0
    assert not stat.S_IMODE(copy.stat().st_mode) & 0o222
    services.attachments.files.remove(item.sha256)
    with pytest.raises(UserError, match="is missing"):
        services.attachments.viewer_path(item.id)


# --- bombs and missing backends, measured in a process of their own ------------------------

_MEASURE = """
import json, resource, sys
from jobdesk.services import letter_text
letter_text._load_parsers()
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
reading = letter_text.read_document(sys.argv[1], sys.argv[2])
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"grew_mb": (peak - base) / 1024, "note": reading.note, "text": reading.text}))
"""


def read_in_fresh_process(path: Path, fmt: FileFormat, prelude: str = "") -> dict[str, Any]:
    """What the reader does with `path` in a clean interpreter, and how far its peak memory
    (maximum resident set) rose above what it held once the parsers were loaded."""
    root = Path(__file__).resolve().parents[2]
    result = subprocess.run(
        [sys.executable, "-c", prelude + _MEASURE, str(path), fmt.value],
        capture_output=True,
        text=True,
        cwd=root,
        env={**os.environ, "PYTHONPATH": str(root)},
        timeout=120,
        check=True,
    )
    answer: dict[str, Any] = json.loads(result.stdout.strip().splitlines()[-1])
    return answer


def test_a_word_file_that_unpacks_to_a_gibibyte_is_refused_before_it_is_unpacked(
    tmp_path: Path,
) -> None:
    bomb = tmp_path / "offer.docx"
    make_files.docx_bomb(bomb, inflated=1 << 30)
    assert bomb.stat().st_size < 1_200_000
    result = read_in_fresh_process(bomb, FileFormat.DOCX)
    assert result["note"] == (
        "This Word document needed more memory to read than jobdesk allows (document.xml "
        "inside unpacks to over 32 MB), so its text was not read. The file is kept; type its "
        "terms in."
    )
    assert result["grew_mb"] < 300


def test_a_word_file_that_hides_its_size_is_stopped_while_unpacking(tmp_path: Path) -> None:
    bomb = tmp_path / "offer.docx"
    make_files.docx_bomb(bomb, inflated=200 << 20)
    # The central directory claims a small size for every member; the data says otherwise.
    data = bytearray(bomb.read_bytes())
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as archive:
        info = archive.getinfo("word/document.xml")
    size_field = data.rfind(b"PK\x01\x02")  # the last central directory entry is the bomb
    assert data[size_field + 46 : size_field + 46 + 17] == b"word/document.xml"
    assert struct.unpack_from("<I", data, size_field + 24)[0] == info.file_size == 200 << 20
    struct.pack_into("<I", data, size_field + 24, 1000)  # declared: 1,000 bytes
    bomb.write_bytes(bytes(data))
    result = read_in_fresh_process(bomb, FileFormat.DOCX)
    assert result["text"] == ""
    assert result["note"].startswith("This Word document seems damaged or incomplete")
    assert result["grew_mb"] < 300


def test_a_pdf_whose_page_unpacks_to_a_gibibyte_stays_within_the_memory_cap(
    tmp_path: Path,
) -> None:
    bomb = tmp_path / "offer.pdf"
    make_files.pdf_bomb(bomb, inflated=1 << 30)
    result = read_in_fresh_process(bomb, FileFormat.PDF)
    assert result["text"] == ""
    assert result["grew_mb"] < 300


def test_an_aes_pdf_without_the_aes_backend_says_password_not_damaged(
    tmp_path: Path, make_pdf: MakePdf
) -> None:
    from pypdf import PdfReader, PdfWriter

    plain = tmp_path / "plain.pdf"
    make_pdf(plain, LETTER)
    writer = PdfWriter()
    writer.append(PdfReader(plain))
    writer.encrypt(user_password="s3cret", owner_password="owner", algorithm="AES-256")
    locked = tmp_path / "locked.pdf"
    with locked.open("wb") as handle:
        writer.write(handle)
    # A machine without the cryptography package: pypdf raises DependencyError for AES.
    no_backend = "import sys\nsys.modules['cryptography'] = None\n"
    result = read_in_fresh_process(locked, FileFormat.PDF, prelude=no_backend)
    assert result["note"] == (
        "This PDF is protected by a password, so its text could not be read. "
        "The file is kept; type its terms in."
    )
