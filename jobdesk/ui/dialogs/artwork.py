"""Where jobdesk's bundled icons are on disk, found without importlib.resources, whose
modules cost about 5 ms of every start (the bare Qt window jobdesk is measured against has
none of them). `None` where the package is not plain files (an archive): the caller then
reads the icon through importlib.resources, as before."""

from __future__ import annotations

import os
from functools import cache
from importlib.util import find_spec


@cache
def _icons_folder() -> str | None:
    spec = find_spec("jobdesk.resources")
    if spec is None or not spec.has_location or not spec.origin:
        return None
    folder = os.path.join(os.path.dirname(spec.origin), "icons")
    return folder if os.path.isdir(folder) else None


def icon_file(name: str) -> str | None:
    """The bundled icon `name` (e.g. "jobdesk-16.png") as a plain file, or None."""
    folder = _icons_folder()
    if folder is None:
        return None
    path = os.path.join(folder, name)
    return path if os.path.isfile(path) else None
