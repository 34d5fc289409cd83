"""Keeping dropped files: what is kept, what is refused and why, and that nothing is written
anywhere but the store. Every input is a real file (or pipe, link, folder) on disk."""

from __future__ import annotations

import email.policy
import io
import os
import stat
import time
from collections.abc import Callable
from datetime import date
from email.message import EmailMessage
from pathlib import Path

import pytest

from jobdesk.domain.application import ApplicationDetails
from jobdesk.domain.attachments import AttachmentKind, FileFormat
from jobdesk.domain.errors import UserError
from jobdesk.services.attachments import MAX_BYTES, StagedFile
from jobdesk.services.bundle import Services
from jobdesk.services.letter_text import _TIMED_OUT, read_with_time_limit, run_with_time_limit

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


def test_links_are_followed_only_to_a_regular_file(services: Services, inbox: Path) -> None:
    target = inbox / "real-letter.txt"
    target.write_text(LETTER)
    to_file = inbox / "link-to-letter.txt"
    to_file.symlink_to(target)
    staged = services.attachments.stage(to_file)
    assert staged.display_name == "link-to-letter.txt"
    assert services.attachments.files.path_of(staged.stored.sha256).read_text() == LETTER
    assert target.read_text() == LETTER and to_file.is_symlink()  # nothing written through it

    to_folder = inbox / "link-to-folder"
    to_folder.symlink_to(inbox)
    with pytest.raises(UserError, match="link to something that is not a file"):
        services.attachments.stage(to_folder)
    dangling = inbox / "dangling.pdf"
    dangling.symlink_to(inbox / "nowhere.pdf")
    with pytest.raises(UserError, match="link to a file that does not exist"):
        services.attachments.stage(dangling)
    fifo = inbox / "fifo"
    os.mkfifo(fifo)
    to_fifo = inbox / "link-to-fifo"
    to_fifo.symlink_to(fifo)
    with pytest.raises(UserError, match="not a file"):
        services.attachments.stage(to_fifo)


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
    assert "kept without being read" in staged.reading.note


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
    assert len(kept) == 3 and len(refused) == 4
    after = tree(tmp_path)
    outside = {p: v for p, v in after.items() if not p.startswith("data/attachments/")}
    assert outside == {p: v for p, v in before.items() if not p.startswith("data/attachments/")}
    # The PDF and the link to it are the same bytes, stored once.
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
