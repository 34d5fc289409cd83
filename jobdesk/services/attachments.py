"""Keeping dropped files safely, and the attachments of each application.

Rules (DESIGN.md, "Data safety"):
- Only regular local files are taken. Folders, devices, FIFOs, sockets and links
  are refused: a dropped link (a symbolic link, a loop of them) could point at any
  file on the machine, such as a key or a password file, and the user meant to drop
  a letter. The file is opened without following a link and checked again on the
  open handle, so a path swapped for a link after the check is refused too.
- The size cap is enforced while copying, on the bytes actually read, so a file
  that grows or lies about its size cannot get past it.
- Files are stored as data_dir/attachments/<first two hex>/<sha256>; the same
  bytes dropped twice are stored once. The name the user sees is cleaned and
  only ever shown: it is never part of a path.
- Nothing is written outside the store: the copy goes to a temporary file in
  the store and is renamed into place only when complete.
- Removing an attachment is undoable; the bytes of files no longer attached to
  anything, nor kept by a backup, go to a trash folder the next time jobdesk starts
  and are deleted from there after 30 days.
"""

from __future__ import annotations

import errno
import hashlib
import os
import shutil
import stat
import tempfile
from collections.abc import Callable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from jobdesk.domain.application import Application
from jobdesk.domain.attachments import (
    SNIFF_BYTES,
    Attachment,
    AttachmentKind,
    FileFormat,
    Reading,
    clean_display_name,
    detect_format,
    size_text,
    sniff,
    viewer_file_name,
)
from jobdesk.domain.errors import UserError
from jobdesk.services.changes import ATTACHMENTS, OFFERS, Change
from jobdesk.services.pipeline import Pipeline
from jobdesk.store import offers as store

MAX_BYTES = 25 * 1024 * 1024
# Unreferenced files wait this long in the trash before their bytes are deleted.
TRASH_GRACE_DAYS = 30
_CHUNK = 1024 * 1024
_OPEN_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NOFOLLOW", 0)
    # A FIFO opened for reading would wait for a writer; non-blocking returns at once,
    # and the check on the handle then refuses it.
    | getattr(os, "O_NONBLOCK", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)
)


@dataclass(frozen=True)
class StoredFile:
    """Bytes now in the store, with what the user will see of them."""

    sha256: str
    size: int
    display_name: str
    format: FileFormat
    format_note: str = ""  # what was found when the content and the name disagree


@dataclass(frozen=True)
class StagedFile:
    """A dropped file copied into the store and read, not yet attached to anything."""

    stored: StoredFile
    reading: Reading
    inner: tuple[tuple[StoredFile, Reading], ...] = field(default=())

    @property
    def display_name(self) -> str:
        return self.stored.display_name

    def all_hashes(self) -> list[str]:
        return [self.stored.sha256, *(f.sha256 for f, _ in self.inner)]


class FileStore:
    """Content-addressed files under one folder; knows nothing of the database."""

    def __init__(self, root: Path, max_bytes: int = MAX_BYTES) -> None:
        self.root = root
        self.max_bytes = max_bytes

    def path_of(self, sha256: str) -> Path:
        if len(sha256) != 64 or any(c not in "0123456789abcdef" for c in sha256):
            raise ValueError("not a sha256 hex digest")
        return self.root / sha256[:2] / sha256

    def keep(self, source: Path) -> StoredFile:
        """Copy the file at `source` into the store, or raise UserError saying why not."""
        name = clean_display_name(source.name)
        handle = self._open_regular(source, name)
        with os.fdopen(handle, "rb") as reader:
            return self._copy(reader, name)

    def keep_bytes(self, data: bytes, raw_name: str) -> StoredFile:
        import io

        return self._copy(io.BytesIO(data), clean_display_name(raw_name, fallback="attachment"))

    def _open_regular(self, source: Path, name: str) -> int:
        try:
            mode = os.lstat(source).st_mode
        except FileNotFoundError:
            raise UserError(f"“{name}” no longer exists, so it could not be kept.") from None
        except OSError as exc:
            raise UserError(f"“{name}” could not be read ({exc.strerror or exc}).") from None
        _refuse_special(mode, name)
        try:
            # O_NOFOLLOW: a link put in the file's place since the check is refused (ELOOP).
            handle = os.open(source, _OPEN_FLAGS)
        except OSError as exc:
            if exc.errno == errno.ELOOP:
                _refuse_special(stat.S_IFLNK, name)
            raise UserError(f"“{name}” could not be opened ({exc.strerror or exc}).") from None
        # Checked again on the open handle: the path may have been swapped since.
        mode = os.fstat(handle).st_mode
        if not stat.S_ISREG(mode):
            os.close(handle)
            _refuse_special(mode, name)
            raise UserError(f"“{name}” is not a regular file, so nothing was kept.")
        if hasattr(os, "set_blocking"):
            os.set_blocking(handle, True)
        return handle

    def _copy(self, reader: Any, name: str) -> StoredFile:
        temp_dir = self.root / "incoming"
        temp_dir.mkdir(parents=True, exist_ok=True)
        digest = hashlib.sha256()
        size = 0
        head = b""
        fd, temp_name = tempfile.mkstemp(dir=temp_dir, prefix="part-")
        temp = Path(temp_name)
        try:
            with os.fdopen(fd, "wb") as writer:
                while True:
                    chunk = reader.read(_CHUNK)
                    if not chunk:
                        break
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise UserError(
                            f"“{name}” is larger than {size_text(self.max_bytes)}, the most "
                            "jobdesk keeps for one file. Nothing was kept."
                        )
                    if len(head) < SNIFF_BYTES:
                        head += chunk[: SNIFF_BYTES - len(head)]
                    digest.update(chunk)
                    writer.write(chunk)
                writer.flush()
                os.fsync(writer.fileno())
            if size == 0:
                raise UserError(f"“{name}” is empty (0 bytes), so there is nothing to keep.")
            sha = digest.hexdigest()
            final = self.path_of(sha)
            if final.exists():
                temp.unlink()  # the same bytes are already kept
            else:
                final.parent.mkdir(parents=True, exist_ok=True)
                os.replace(temp, final)
                os.chmod(final, 0o444)
        except OSError as exc:
            raise UserError(
                f"“{name}” could not be kept ({exc.strerror or exc}). Check that the disk "
                "has free space."
            ) from exc
        finally:
            temp.unlink(missing_ok=True)
        found = sniff(name, head)
        return StoredFile(sha, size, name, found.format, found.note)

    def remove(self, sha256: str) -> None:
        path = self.path_of(sha256)
        if path.exists():
            os.chmod(path, 0o644)
            path.unlink()

    @property
    def trash(self) -> Path:
        return self.root / "trash"

    def to_trash(self, sha256: str) -> None:
        path = self.path_of(sha256)
        if path.exists():
            self.trash.mkdir(parents=True, exist_ok=True)
            target = self.trash / sha256
            os.replace(path, target)
            # The time it was trashed starts its grace period (a rename keeps the old mtime).
            os.utime(target)

    def from_trash(self, sha256: str) -> None:
        final = self.path_of(sha256)  # refuses a name that is not a hash
        final.parent.mkdir(parents=True, exist_ok=True)
        os.replace(self.trash / sha256, final)

    def trashed(self) -> set[str]:
        if not self.trash.is_dir():
            return set()
        return {p.name for p in self.trash.iterdir() if len(p.name) == 64}

    def empty_trash(self, *, older_than: float, now: float | None, keep: AbstractSet[str]) -> int:
        import time

        moment = time.time() if now is None else now
        gone = 0
        for sha in self.trashed() - keep:
            path = self.trash / sha
            if moment - path.stat().st_mtime >= older_than:
                os.chmod(path, 0o644)
                path.unlink()
                gone += 1
        return gone

    def hashes(self) -> set[str]:
        if not self.root.is_dir():
            return set()
        return {
            p.name
            for folder in self.root.iterdir()
            if folder.is_dir() and len(folder.name) == 2
            for p in folder.iterdir()
            if len(p.name) == 64
        }

    def viewer_copy(self, sha256: str, name: str) -> Path:
        """A read-only copy with a plain name and the right extension, for the system viewer.

        The viewer gets a copy so that an editor saving over it cannot change what is kept.
        """
        with self.path_of(sha256).open("rb") as handle:
            fmt = detect_format(name, handle.read(SNIFF_BYTES))
        folder = self.root / "open" / sha256[:16]
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / viewer_file_name(name, fmt, "attachment")
        if not target.exists():
            shutil.copyfile(self.path_of(sha256), target)
            os.chmod(target, 0o444)
        return target

    def clear_scratch(self) -> None:
        for sub in ("open", "incoming"):
            folder = self.root / sub
            if folder.is_dir():
                for path in folder.rglob("*"):
                    if path.is_file():
                        os.chmod(path, 0o644)
                shutil.rmtree(folder, ignore_errors=True)


def _refuse_special(mode: int, name: str) -> None:
    if stat.S_ISLNK(mode):
        raise UserError(
            f"“{name}” is a link (a shortcut to another file), so nothing was kept: a link "
            "can lead anywhere on this computer. Drop the file itself."
        )
    if stat.S_ISDIR(mode):
        raise UserError(f"“{name}” is a folder. Drop the files inside it instead.")
    if stat.S_ISFIFO(mode):
        raise UserError(f"“{name}” is a pipe (FIFO), not a file, so nothing was kept.")
    if stat.S_ISSOCK(mode):
        raise UserError(f"“{name}” is a socket, not a file, so nothing was kept.")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        raise UserError(f"“{name}” is a device, not a file, so nothing was kept.")
    if not stat.S_ISREG(mode):
        raise UserError(f"“{name}” is not a regular file, so nothing was kept.")


# --- the service ------------------------------------------------------------------------------


class Attachments:
    """Files kept for applications. Staging needs no database and may run off the UI thread;
    everything else runs on it."""

    kinds = frozenset({ATTACHMENTS})

    def __init__(
        self,
        pipeline: Pipeline,
        root: Path,
        *,
        max_bytes: int = MAX_BYTES,
        read: Callable[[Path, FileFormat], Reading] | None = None,
    ) -> None:
        self._pipeline = pipeline
        self.files = FileStore(root, max_bytes)
        self._read = read or _read_with_time_limit

    # --- staging (no database: safe on a worker thread) ---------------------------------

    def stage(self, source: Path) -> StagedFile:
        """Copy `source` into the store and read it; raises UserError if it is refused."""
        stored = self.files.keep(source)
        if not stored.format.readable:
            note = stored.format_note or stored.format.kept_note
            return StagedFile(stored, Reading(note=note))
        reading = self._read(self.files.path_of(stored.sha256), stored.format)
        if stored.format_note:
            reading = replace(reading, note=f"{stored.format_note} {reading.note}".strip())
        inner = []
        terms_from = 0
        for number, part in enumerate(reading.inner, start=1):
            try:
                kept = self.files.keep_bytes(part.data, part.name)
            except UserError:
                continue  # an empty part; the email itself is still kept
            inner.append((kept, Reading(text=part.text, note=part.note)))
            if number == reading.terms_from:
                terms_from = len(inner)
        # The bytes are in the store now; keep the reading small.
        reading = replace(reading, inner=(), terms_from=terms_from)
        return StagedFile(stored, reading, tuple(inner))

    def discard(self, staged: StagedFile) -> None:
        """Forget a staged file that was not attached (the user cancelled)."""
        for sha in staged.all_hashes():
            if not store.is_referenced(sha):
                self.files.remove(sha)

    # --- reading --------------------------------------------------------------------------

    def for_application(self, app_id: int) -> list[Attachment]:
        return store.attachments_of(app_id)

    def attachment(self, attachment_id: int) -> Attachment:
        found = store.attachment(attachment_id)
        if found is None:
            raise UserError("That attachment is no longer there; it may have been removed.")
        return found

    def viewer_path(self, attachment_id: int) -> Path:
        """A copy of the attachment to open with the system viewer."""
        item = self.attachment(attachment_id)
        if not self.files.path_of(item.sha256).exists():
            raise UserError(
                f"The stored copy of “{item.display_name}” is missing from "
                f"{self.files.root}; it cannot be opened."
            )
        try:
            return self.files.viewer_copy(item.sha256, item.display_name)
        except OSError as exc:
            raise UserError(
                f"“{item.display_name}” could not be prepared for opening ({exc.strerror or exc})."
            ) from exc

    # --- changes ---------------------------------------------------------------------------

    def attach(self, app_id: int, staged: StagedFile, kind: AttachmentKind) -> Change:
        """Attach a staged file (and any files inside it) to an application."""
        app = self._pipeline.application(app_id)

        def change(_app: Application) -> None:
            record(app_id, staged, kind)

        return self._pipeline.step(
            [app_id],
            f"Attach {staged.display_name} to {_name(app)}",
            change,
            self.kinds,
        )

    def remove(self, attachment_id: int) -> Change:
        item = self.attachment(attachment_id)
        app = self._pipeline.application(item.application_id)

        def change(_app: Application) -> None:
            store.delete_attachment(attachment_id)

        return self._pipeline.step(
            [item.application_id],
            f"Remove {item.display_name} from {_name(app)}",
            change,
            self.kinds,
        )

    def sweep(
        self,
        kept_elsewhere: AbstractSet[str] | None = frozenset(),
        *,
        now: float | None = None,
        grace_days: float = TRASH_GRACE_DAYS,
    ) -> int:
        """Move kept bytes nothing refers to into the trash; returns how many moved.

        Called at start, when no undo can need them. `kept_elsewhere` are the hashes kept
        backups refer to: those stay. `None` means they could not all be read, and then
        nothing moves. Files wait in the trash `grace_days` before they are deleted, and
        come back if a restored database refers to them again.
        """
        self.files.clear_scratch()
        referenced = store.referenced_hashes()
        self.recover_from_trash(referenced)
        if kept_elsewhere is None:
            return 0
        unused = self.files.hashes() - referenced - kept_elsewhere
        for sha in unused:
            self.files.to_trash(sha)
        self.files.empty_trash(older_than=grace_days * 86400, now=now, keep=kept_elsewhere)
        return len(unused)

    def recover_from_trash(self, referenced: set[str] | None = None) -> int:
        """Put back trashed files the database refers to (after a restore); returns how many."""
        wanted = store.referenced_hashes() if referenced is None else referenced
        back = 0
        for sha in self.files.trashed() & wanted:
            self.files.from_trash(sha)
            back += 1
        return back


def record(
    app_id: int,
    staged: StagedFile,
    kind: AttachmentKind,
    source_hash: str | None = None,
) -> dict[str, int]:
    """Rows for a staged file and the files inside it; returns their ids by hash.

    Called inside a pipeline step. A file inside an email is an offer letter too
    when its text is where the terms were read (`source_hash`).
    """
    ids: dict[str, int] = {}
    main = staged.stored
    parent_id = store.insert_attachment(app_id, _new(main, staged.reading, kind))
    ids[main.sha256] = parent_id
    for inner, reading in staged.inner:
        inner_kind = kind if inner.sha256 == source_hash else AttachmentKind.OTHER
        note = reading.note or f"Found inside {main.display_name}."
        ids.setdefault(
            inner.sha256,
            store.insert_attachment(app_id, _new(inner, reading, inner_kind, note), parent_id),
        )
    return ids


def _new(
    stored: StoredFile, reading: Reading, kind: AttachmentKind, note: str | None = None
) -> store.NewAttachment:
    return store.NewAttachment(
        sha256=stored.sha256,
        display_name=stored.display_name,
        size=stored.size,
        media_type=stored.format.value,
        kind=kind,
        readable=reading.readable,
        note=reading.note if note is None else note,
    )


def _name(app: Application) -> str:
    return f"{app.details.company} — {app.details.role_title}"


class OfferRows:
    """The pipeline dependent for attachments and offers (registered in build_services)."""

    kinds = frozenset({ATTACHMENTS, OFFERS})

    def snapshot(self, app_id: int) -> store.Snapshot:
        return store.snapshot(app_id)

    def restore(self, app_id: int, snapshot: store.Snapshot) -> None:
        store.restore(app_id, snapshot)


def _read_with_time_limit(path: Path, fmt: FileFormat) -> Reading:
    # The readers (multiprocessing, the parsers' helpers) load on the first file, not at start.
    from jobdesk.services.letter_text import read_with_time_limit

    return read_with_time_limit(path, fmt)
