"""The services of a new search, opened once the window shows: peewee, the store and every
service load after the first paint, or on the spot when something needs them sooner."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from jobdesk.paths import Paths
    from jobdesk.services.bundle import Services


class StartFailed(Exception):
    """The data file could not be opened after the window showed; `error` says why. The
    window closes and the start goes on as before the window was there (the same messages,
    the same offer of a backup)."""

    def __init__(self, error: BaseException) -> None:
        super().__init__(str(error))
        self.error = error


class LateServices:
    """Stands for `Services` until they are opened: `paths` and `today` at once, any other
    attribute opens them first (so an action taken before the load waits for it, and runs)."""

    def __init__(
        self, paths: Paths, open_services: Callable[[], Services], today: Callable[[], date]
    ) -> None:
        self.paths = paths
        self._open = open_services
        self._today = today
        self._services: Services | None = None
        self.failure: BaseException | None = None  # what stopped the opening, if anything

    @property
    def loaded(self) -> bool:
        return self._services is not None

    def today(self) -> date:
        return self._today()

    def load(self) -> Services:
        """The services, opened now if they were not yet; `StartFailed` when they cannot be
        (and every time after)."""
        if self._services is None:
            if self.failure is not None:
                raise StartFailed(self.failure)
            try:
                self._services = self._open()
            except Exception as error:
                self.failure = error
                raise StartFailed(error) from error
        return self._services

    def __getattr__(self, name: str) -> Any:
        # Called only for names this object lacks: every service, and anything else.
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(self.load(), name)


class Later:
    """One service of `LateServices`, handed to a part of the window that keeps it: the
    services open when it is first used, not when it is handed over."""

    def __init__(self, services: LateServices | Services, name: str) -> None:
        self._services = services
        self._name = name

    def __getattr__(self, attribute: str) -> Any:
        if attribute.startswith("__"):
            raise AttributeError(attribute)
        return getattr(getattr(self._services, self._name), attribute)


def is_new_search(paths: Paths) -> bool:
    """No data file and nothing kept beside it: a first start, with nothing to read or check
    before the window shows. Anything else (a data file, or kept files, backups or a data
    file set aside as damaged where it is missing) is opened before the window, as always,
    so that what is wrong is said first."""
    database = paths.database
    for path in (database, database.with_name(database.name + "-wal")):
        if os.path.lexists(path):
            return False
    return not any(
        _holds_anything(folder) for folder in (paths.attachments, paths.backups, paths.set_aside)
    )


def _holds_anything(folder: Path) -> bool:
    try:
        with os.scandir(folder) as entries:
            return next(entries, None) is not None
    except FileNotFoundError:
        return False
    except OSError:
        return True  # unreadable: let the full check say what it is
