"""Backup files: written through SQLite's online backup API, checked, listed and rotated."""

from __future__ import annotations

import contextlib
import errno
import os
import re
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from peewee import SqliteDatabase

from jobdesk.domain.backup_kinds import AUTOMATIC as AUTOMATIC
from jobdesk.domain.backup_kinds import BEFORE_RESTORE as BEFORE_RESTORE
from jobdesk.domain.backup_kinds import BEFORE_SCHEMA as BEFORE_SCHEMA
from jobdesk.domain.backup_kinds import BEFORE_UPGRADE
from jobdesk.domain.backup_kinds import MANUAL as MANUAL
from jobdesk.domain.errors import UserError

STAMP = "%Y%m%d-%H%M%S"
_STAMP_RE = re.compile(r"(\d{8}-\d{6})")


KEEP_RECENT = 4  # the last two hours or so, whatever the day: a wrong click is often noticed late
KEEP_DAILY = 12
KEEP_WEEKLY = 10
KEEP_MONTHLY = 9


class BackupFailed(UserError):
    pass


class SourceDamaged(BackupFailed):
    """The data being backed up is damaged; no copy was kept."""


DAMAGED_SOURCE = (
    "jobdesk did not keep a backup: your data file is damaged (SQLite's check failed: {}). "
    "Older backups were kept. Use File ▸ Restore… to go back to a good one."
)


def is_damage(exc: BaseException) -> bool:
    name = getattr(exc, "sqlite_errorname", "") or ""
    return name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB"))


def os_error_text(exc: BaseException, folder: Path) -> str:
    """An OS or SQLite failure while writing files in `folder`, in the user's words."""
    code = getattr(exc, "errno", None)
    text = str(exc).lower()
    if code == errno.ENOSPC or "disk is full" in text or "no space" in text:
        return f"the disk holding {folder} is full. Free some space there and try again"
    if code in (errno.EROFS, errno.EACCES, errno.EPERM) or "readonly" in text:
        return f"{folder} cannot be written to (the disk or folder is read-only)"
    if code in (errno.ENOTDIR, errno.EEXIST) or isinstance(exc, NotADirectoryError):
        return f"{folder} is a file, not a folder. Rename or move that file, then try again"
    return f"{getattr(exc, 'strerror', None) or exc}"


def backup_database(db: SqliteDatabase, dest: Path) -> Path:
    """Copy `db` to `dest` consistently; the copy is verified before it takes that name."""
    return copy_connection(db.connection(), dest)


def copy_connection(source: sqlite3.Connection, dest: Path) -> Path:
    """The copy goes to a `.partial` file and takes its name only once `integrity_check`
    passed, so a failed or damaged copy never replaces anything."""
    partial = dest.with_name(dest.name + ".partial")
    try:
        if dest.parent.exists() and not dest.parent.is_dir():
            raise NotADirectoryError(errno.ENOTDIR, "not a folder", str(dest.parent))
        dest.parent.mkdir(parents=True, exist_ok=True)
        target = sqlite3.connect(partial)
        try:
            source.backup(target)
            # One self-contained file: opening a backup never makes a -wal beside it.
            target.execute("PRAGMA journal_mode = DELETE")
            check = target.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            target.close()
        if check != "ok":
            raise SourceDamaged(DAMAGED_SOURCE.format(check))
        os.replace(partial, dest)
    except (OSError, sqlite3.Error) as exc:
        with contextlib.suppress(OSError):
            partial.unlink()
        if is_damage(exc):
            raise SourceDamaged(DAMAGED_SOURCE.format(exc)) from exc
        raise BackupFailed(
            f"jobdesk could not write a backup: {os_error_text(exc, dest.parent)}. "
            "Your data itself was not changed."
        ) from exc
    except BackupFailed:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise
    return dest


def new_backup_path(folder: Path, reason: str, now: datetime) -> Path:
    """A name that sorts by time and says why the backup was taken."""
    base = f"jobdesk-{now.strftime(STAMP)}-{reason}"
    path = folder / f"{base}.sqlite"
    number = 2
    while path.exists():
        path = folder / f"{base}-{number}.sqlite"
        number += 1
    return path


@dataclass(frozen=True)
class BackupInfo:
    """One backup file and what it holds, read without changing it.

    It holds the data as it was at `taken_at`, every change made before then. No later
    "last change" is read from its rows: edits in place and deletions leave no time
    behind, so the newest time stamped on a row was older than the truth."""

    path: Path
    taken_at: datetime
    reason: str
    applications: int = 0
    schema: int = 0
    problem: str | None = None  # None when it can be restored

    @property
    def ok(self) -> bool:
        return self.problem is None


def reason_of(path: Path) -> str:
    name = path.stem
    if name.startswith("before-schema-") or f"-{BEFORE_UPGRADE}-" in name:
        return BEFORE_SCHEMA
    for reason in (BEFORE_RESTORE, MANUAL, AUTOMATIC):
        if f"-{reason}" in name:
            return reason
    return MANUAL


def taken_at(path: Path) -> datetime:
    found = _STAMP_RE.search(path.name)
    if found:
        with contextlib.suppress(ValueError):
            return datetime.strptime(found.group(1), STAMP)
    return datetime.fromtimestamp(path.stat().st_mtime)


def _order(path: Path) -> tuple[datetime, int, int]:
    """Oldest first; backups of the same second are told apart by their -2, -3 suffix, then
    by when the file was written."""
    found = re.search(r"-(\d{1,3})$", path.stem)
    try:
        written = path.stat().st_mtime_ns
    except OSError:
        written = 0
    return taken_at(path), int(found.group(1)) if found else 1, written


def open_read_only(path: Path) -> sqlite3.Connection:
    """A connection that cannot change the file (nor create a -wal beside it: immutable)."""
    uri = f"{path.absolute().as_uri()}?mode=ro&immutable=1"
    return sqlite3.connect(uri, uri=True)


def inspect(path: Path, latest_version: int, *, full_check: bool = False) -> BackupInfo:
    """What the backup at `path` holds, and whether it can be restored."""
    when, reason = taken_at(path), reason_of(path)
    try:
        conn = open_read_only(path)
        try:
            check = conn.execute(
                "PRAGMA integrity_check" if full_check else "PRAGMA quick_check"
            ).fetchone()[0]
            if check != "ok":
                return BackupInfo(path, when, reason, problem="it is damaged")
            schema = int(conn.execute("PRAGMA user_version").fetchone()[0])
            if schema > latest_version:
                return BackupInfo(
                    path, when, reason, schema=schema, problem="it was made by a newer jobdesk"
                )
            if schema == 0:
                return BackupInfo(path, when, reason, problem="it holds no jobdesk data")
            count = int(conn.execute("SELECT count(*) FROM application").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error:
        return BackupInfo(path, when, reason, problem="it is damaged or not a jobdesk backup")
    return BackupInfo(path, when, reason, count, schema)


def backup_files(folder: Path) -> list[Path]:
    """Backup files in `folder`, newest first; none when the folder is not there."""
    if not folder.is_dir():
        return []
    files = [p for p in folder.glob("*.sqlite") if p.is_file()]
    return sorted(files, key=_order, reverse=True)


def list_backups(folder: Path, latest_version: int) -> list[BackupInfo]:
    return [inspect(p, latest_version) for p in backup_files(folder)]


def to_rotate(paths: list[Path]) -> list[Path]:
    """The automatic backups that rotation lets go: each of the newest 12 days, 10 weeks
    and 9 months keeps its newest backup, and the 4 newest backups are always kept."""
    automatic = sorted(
        (p for p in paths if reason_of(p) == AUTOMATIC),
        key=_order,
        reverse=True,
    )
    kept: set[Path] = set(automatic[:KEEP_RECENT])
    for limit, bucket in (
        (KEEP_DAILY, lambda t: t.date()),
        (KEEP_WEEKLY, lambda t: t.isocalendar()[:2]),
        (KEEP_MONTHLY, lambda t: (t.year, t.month)),
    ):
        seen: list[object] = []
        for path in automatic:
            key = bucket(taken_at(path))
            if key in seen:
                continue
            if len(seen) == limit:
                break
            seen.append(key)
            kept.add(path)
    return [p for p in automatic if p not in kept]


def referenced_hashes(folder: Path) -> set[str] | None:
    """Every attachment hash a kept backup refers to; None when one cannot be read, so that
    nothing is deleted on a guess."""
    hashes: set[str] = set()
    for path in backup_files(folder):
        try:
            conn = open_read_only(path)
            try:
                tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
                if "attachment" in tables:
                    hashes.update(r[0] for r in conn.execute("SELECT sha256 FROM attachment"))
            finally:
                conn.close()
        except sqlite3.Error:
            return None
    return hashes


def move_aside(database: Path, folder: Path, now: datetime) -> Path:
    """Move a database file with its -wal and -shm into a folder of their own, together,
    so that SQLite never pairs a journal with the wrong file. Returns that folder."""
    target = folder / now.strftime(STAMP)
    number = 2
    while target.exists():
        target = folder / f"{now.strftime(STAMP)}-{number}"
        number += 1
    target.mkdir(parents=True)
    for suffix in ("", "-wal", "-shm"):
        source = database.with_name(database.name + suffix)
        if source.exists():
            os.replace(source, target / source.name)
    return target


def newest_moved_aside(database: Path, folder: Path) -> Path | None:
    """The newest folder in `folder` into which `move_aside` moved a data file named as
    `database` (copies made with `copy_aside` left the data file where it was)."""
    try:
        found = [
            entry
            for entry in folder.iterdir()
            if "-copy" not in entry.name and (entry / database.name).is_file()
        ]
    except OSError:
        return None
    return max(found, key=lambda entry: entry.name, default=None)


def copy_aside(database: Path, folder: Path, now: datetime) -> Path:
    """Copy a database file with its -wal, byte for byte, into a folder of their own (for
    data in use that cannot go through SQLite because it is damaged). Returns that folder."""
    target = folder / f"{now.strftime(STAMP)}-copy"
    number = 2
    while target.exists():
        target = folder / f"{now.strftime(STAMP)}-copy-{number}"
        number += 1
    target.mkdir(parents=True)
    for suffix in ("", "-wal"):
        source = database.with_name(database.name + suffix)
        if source.exists():
            shutil.copyfile(source, target / source.name)
    return target
