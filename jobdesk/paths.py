"""Every folder and file jobdesk uses, in one place.

The data folder is, in order of precedence: `--data-dir`, the `JOBDESK_HOME`
variable, or the platform's user data folder (platformdirs).
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from jobdesk.domain.errors import UserError

APP_NAME = "jobdesk"
HOME_VARIABLE = "JOBDESK_HOME"


@dataclass(frozen=True)
class Paths:
    data_dir: Path

    @property
    def database(self) -> Path:
        return self.data_dir / "jobdesk.sqlite"

    @property
    def backups(self) -> Path:
        return self.data_dir / "backups"

    @property
    def set_aside(self) -> Path:
        """Data files moved out of the way (damaged, or replaced by a restore), never deleted."""
        return self.data_dir / "set-aside"

    @property
    def restored_marker(self) -> Path:
        """Present from a restore until the next start, which then keeps every stored file."""
        return self.data_dir / "restored"

    @property
    def log_file(self) -> Path:
        return self.data_dir / "jobdesk.log"

    @property
    def lock_file(self) -> Path:
        return self.data_dir / "jobdesk.lock"

    @property
    def attachments(self) -> Path:
        """Kept files (offer letters and others), stored under their content hash."""
        return self.data_dir / "attachments"

    @property
    def ui_settings(self) -> Path:
        """Window geometry and other view state (not data), in INI form."""
        return self.data_dir / "window.ini"


def default_data_dir() -> Path:
    # Imported here: a start with --data-dir or $JOBDESK_HOME does not need it (5 ms).
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def resolve(data_dir: str | os.PathLike[str] | None = None) -> Paths:
    """The paths for this run; does not touch the disk."""
    if data_dir:
        chosen = Path(data_dir)
    elif os.environ.get(HOME_VARIABLE):
        chosen = Path(os.environ[HOME_VARIABLE])
    else:
        chosen = default_data_dir()
    return Paths(chosen.expanduser().absolute())


def prepare(paths: Paths) -> Paths:
    """Create the data folder if needed and prove it can be written to."""
    folder = paths.data_dir
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=folder):
            pass
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise UserError(
            f"jobdesk cannot write to its data folder {folder} ({reason}). "
            f"Choose a folder you can write to with --data-dir, or set {HOME_VARIABLE}."
        ) from exc
    return paths
