"""Backups of the search: automatic and on request, listed, restored, and the safe way to open
the data folder (a missing or damaged data file is never replaced by an empty search)."""

from __future__ import annotations

import contextlib
import logging
import sqlite3
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from peewee import SqliteDatabase

from jobdesk.domain.errors import UserError
from jobdesk.paths import Paths
from jobdesk.services.attachments import FileStore
from jobdesk.services.changes import Change, reload_all
from jobdesk.services.storage import storage_cause
from jobdesk.store.backup import (
    AUTOMATIC,
    BEFORE_RESTORE,
    MANUAL,
    BackupInfo,
    SourceDamaged,
    backup_database,
    backup_files,
    copy_aside,
    copy_connection,
    inspect,
    is_damage,
    list_backups,
    move_aside,
    new_backup_path,
    newest_moved_aside,
    open_read_only,
    os_error_text,
    referenced_hashes,
    to_rotate,
)
from jobdesk.store.database import DatabaseDamaged, DatabaseMissing, open_database
from jobdesk.store.migrations import LATEST_VERSION, migrate

log = logging.getLogger(__name__)


class NeedsRestore(UserError):
    """The data file is missing, empty or damaged beside kept data: offer a backup."""

    def __init__(self, message: str, newest: BackupInfo | None) -> None:
        super().__init__(message)
        self.newest = newest


def when_text(moment: datetime) -> str:
    return f"{moment:%d %B %Y}, {moment:%H:%M}".lstrip("0")


def describe(info: BackupInfo) -> str:
    """One backup in a sentence's words: when (it holds every change made before then), and
    what it holds."""
    count = "1 application" if info.applications == 1 else f"{info.applications} applications"
    return f"from {when_text(info.taken_at)}, with {count}"


def backed_up_text(info: BackupInfo) -> str:
    """What a backup made on request says it did: "Backed up 82 applications on 1 December
    2026 at 19:59." (`describe` names a backup among others, "from …, with …")."""
    count = "1 application" if info.applications == 1 else f"{info.applications} applications"
    at = info.taken_at
    return f"Backed up {count} on {at.day} {at:%B %Y} at {at:%H:%M}."


def has_kept_data(paths: Paths) -> bool:
    """Stored files, backups or a data file set aside as damaged say this folder held a
    search."""
    files = FileStore(paths.attachments)
    return bool(
        files.hashes()
        or files.trashed()
        or backup_files(paths.backups)
        or newest_moved_aside(paths.database, paths.set_aside) is not None
    )


def newest_good(paths: Paths) -> BackupInfo | None:
    for path in backup_files(paths.backups):
        info = inspect(path, LATEST_VERSION)
        if info.ok:
            return info
    return None


def open_data(paths: Paths, *, start_empty: bool = False) -> SqliteDatabase:
    """Open the data folder's database after its checks; `NeedsRestore` when it is missing,
    empty or damaged while backups or kept files say there was a search."""
    try:
        return open_database(
            paths.database,
            paths.backups,
            damaged_dir=paths.set_aside,
            empty_is_loss=not start_empty and has_kept_data(paths),
        )
    except (DatabaseDamaged, DatabaseMissing) as error:
        message = error.message
        moved = newest_moved_aside(paths.database, paths.set_aside)
        if isinstance(error, DatabaseMissing) and moved is not None:
            # Said on every start until the user chooses: the file is not forgotten.
            message = (
                "Your jobdesk data file is missing. An earlier start found it damaged and "
                f"moved it, unchanged, to {moved}. jobdesk did not start an empty search "
                "in its place."
            )
        newest = newest_good(paths)
        if newest is not None:
            offer = f" Your newest good backup is {describe(newest)}."
        else:
            offer = f" No good backup was found in {paths.backups}."
        raise NeedsRestore(message + offer, newest) from error


def restore_file(
    paths: Paths,
    backup: Path,
    *,
    in_use: bool = False,
    now: datetime | None = None,
) -> Path | None:
    """Put the backup at `backup` in place of the data file; returns the backup of what it
    replaced (restoring that undoes this), None when there was nothing to keep.

    The backup is copied in with SQLite's backup API over a connection of its own, so a
    running jobdesk (`in_use`) keeps its connection, and sees the change as another
    connection's (`PRAGMA data_version` moves). Nothing is ever deleted: data that cannot
    be backed up because it is damaged is copied, byte for byte, into `paths.set_aside`;
    without `in_use`, a damaged or empty data file is moved there.
    """
    moment = now or datetime.now()
    info = inspect(backup, LATEST_VERSION, full_check=True)
    if not info.ok:
        raise UserError(
            f"That backup cannot be restored: {info.problem}. Nothing was changed; "
            "choose another backup."
        )
    prepared = paths.data_dir / "restoring.sqlite"
    _remove_database_files(prepared)
    try:
        _prepare(backup, prepared)
        live = sqlite3.connect(paths.database) if in_use else _current_or_new(paths, moment)
        try:
            way_back = _keep_current(paths, live, moment)
            source = sqlite3.connect(prepared)
            try:
                source.backup(live)
            finally:
                source.close()
        finally:
            live.close()
        paths.restored_marker.write_text(moment.isoformat() + "\n", encoding="utf-8")
    except (OSError, sqlite3.Error) as exc:
        cause = storage_cause(exc) or os_error_text(exc, paths.data_dir)
        raise UserError(
            f"The backup could not be restored: {cause}. Your data was left as it was."
        ) from exc
    finally:
        _remove_database_files(prepared)
    log.info("restored %s (the data it replaced is in %s)", backup, way_back)
    return way_back


def _keep_current(paths: Paths, live: sqlite3.Connection, moment: datetime) -> Path | None:
    """A backup of what the restore replaces; raises (and so stops the restore) when it
    cannot be written, unless the data is damaged: then its files are copied aside."""
    try:
        if not _holds_data(live):
            return None
        return copy_connection(live, new_backup_path(paths.backups, BEFORE_RESTORE, moment))
    except (SourceDamaged, sqlite3.DatabaseError) as exc:
        if isinstance(exc, sqlite3.DatabaseError) and not is_damage(exc):
            raise
        copied = copy_aside(paths.database, paths.set_aside, moment)
        log.warning("the damaged data file was copied to %s before a restore", copied)
        return None


def _prepare(backup: Path, prepared: Path) -> None:
    """A working copy of the backup, brought up to this jobdesk's schema (an older backup
    is upgraded here, never in the backups folder)."""
    source = open_read_only(backup)
    try:
        target = sqlite3.connect(prepared)
        try:
            source.backup(target)
        finally:
            target.close()
    finally:
        source.close()
    db = SqliteDatabase(str(prepared), pragmas=(("foreign_keys", 1),))
    try:
        db.connect()
        migrate(db, None)
    finally:
        db.close()


def _current_or_new(paths: Paths, moment: datetime) -> sqlite3.Connection:
    """A connection to the data file when it is sound; otherwise it goes aside first."""
    path = paths.database
    if path.exists():
        sound = False
        if path.stat().st_size > 0:
            try:
                probe = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
                try:
                    sound = probe.execute("PRAGMA quick_check").fetchone()[0] == "ok"
                finally:
                    probe.close()
            except sqlite3.DatabaseError as exc:
                name = getattr(exc, "sqlite_errorname", "")
                if not name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")):
                    raise  # locked or unreadable, not damaged: it stays where it is
                sound = False
        if not sound:
            moved = move_aside(path, paths.set_aside, moment)
            log.warning("the data file was moved aside to %s before a restore", moved)
    return sqlite3.connect(path)


def _holds_data(conn: sqlite3.Connection) -> bool:
    return bool(conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0])


def _remove_database_files(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", ".partial"):
        with contextlib.suppress(FileNotFoundError):
            path.with_name(path.name + suffix).unlink()


class Backups:
    """Backups of the open database. Runs on the UI thread, except `check_integrity`."""

    def __init__(
        self,
        db: SqliteDatabase,
        paths: Paths,
        *,
        after_restore: Callable[[], None] = lambda: None,
        now: Callable[[], datetime] = datetime.now,
    ) -> None:
        self._db = db
        self._paths = paths
        self._after_restore = after_restore
        self._now = now
        self._seen = self._changes()

    @property
    def folder(self) -> Path:
        return self._paths.backups

    def _changes(self) -> int:
        return int(self._db.connection().total_changes)

    def changed(self) -> bool:
        """Whether the data changed since it was opened or last backed up."""
        return self._changes() != self._seen

    def backups(self) -> list[BackupInfo]:
        """Every backup, newest first, each with what it holds and whether it can be restored."""
        return list_backups(self.folder, LATEST_VERSION)

    def backup_now(self, reason: str = MANUAL) -> BackupInfo:
        """A checked backup; an older automatic one is let go only once this one passed."""
        seen = self._changes()
        path = new_backup_path(self.folder, reason, self._now())
        backup_database(self._db, path)
        self._seen = seen
        for old in to_rotate(backup_files(self.folder)):
            log.info("rotating away %s", old.name)
            with contextlib.suppress(FileNotFoundError):
                old.unlink()
        return inspect(path, LATEST_VERSION)

    def backup_if_changed(self) -> BackupInfo | None:
        """The automatic backup: only when the data changed (or no backup holds it yet)."""
        if not self.changed() and (backup_files(self.folder) or not self._has_applications()):
            return None
        return self.backup_now(AUTOMATIC)

    def restore(self, backup: Path) -> Change:
        """Replace the data with a backup's; the data it replaces is backed up first."""
        info = inspect(backup, LATEST_VERSION)
        way_back = restore_file(self._paths, backup, in_use=True, now=self._now())
        self._seen = self._changes()
        self._after_restore()
        text = f"Restored the backup {describe(info)}"
        if way_back is not None:
            text += f"; what it replaced is kept as the backup {way_back.name}"
        return reload_all(text)

    def check_integrity(self) -> str | None:
        """SQLite's full check of the data file, on its own connection (safe off the UI
        thread); None when it passed, else what SQLite found."""
        uri = f"{self._paths.database.absolute().as_uri()}?mode=ro"
        try:
            conn = sqlite3.connect(uri, uri=True)
            try:
                rows = conn.execute("PRAGMA integrity_check").fetchall()
            finally:
                conn.close()
        except sqlite3.DatabaseError as exc:  # damage bad enough to stop the check itself
            return str(exc)
        found = [r[0] for r in rows]
        return None if found == ["ok"] else "; ".join(found[:3])

    def clear_to_sweep(self) -> bool:
        """Stored files may be tidied only when the database holds a search that was not
        just restored (a new or empty database refers to nothing, so would sweep everything).
        The mark a restore leaves is used up here: the start after it sweeps nothing."""
        marker = self._paths.restored_marker
        if marker.exists():
            with contextlib.suppress(OSError):
                marker.unlink()
            return False
        return self._has_applications()

    def kept_hashes(self) -> set[str] | None:
        """The stored files kept backups need; None when a backup cannot be read."""
        return referenced_hashes(self.folder)

    def _has_applications(self) -> bool:
        row = self._db.execute_sql("SELECT EXISTS (SELECT 1 FROM application)").fetchone()
        return bool(row[0])
