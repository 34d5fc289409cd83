"""Real small and read-only disks for tests: a tmpfs mounted on a folder (needs root, which
every jobdesk machine and CI has; elsewhere these tests are skipped, saying why, and under
CI they fail)."""

from __future__ import annotations

import contextlib
import os
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import NoReturn

import pytest


def _run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, capture_output=True, text=True, check=False)


def _unavailable(why: str) -> NoReturn:
    """Skipped on a machine without root; under CI, where the disks must be real, a failure."""
    if os.environ.get("CI"):
        pytest.fail(why)
    pytest.skip(why)


@contextmanager
def small_disk(folder: Path, size_kib: int = 256) -> Iterator[Path]:
    """`folder` becomes a disk of `size_kib` KiB of its own; unmounted afterwards."""
    folder.mkdir(parents=True, exist_ok=True)
    mounted = _run("mount", "-t", "tmpfs", "-o", f"size={size_kib}k", "tmpfs", str(folder))
    if mounted.returncode != 0:
        _unavailable(f"cannot mount a small disk here: {mounted.stderr.strip()}")
    try:
        yield folder
    finally:
        _run("mount", "-o", "remount,rw", str(folder))
        _run("umount", "-l", str(folder))


def fill(folder: Path) -> None:
    """Fill the disk holding `folder` to its last byte."""
    fd = os.open(folder / "filler", os.O_WRONLY | os.O_CREAT | os.O_APPEND)
    try:
        for size in (65536, 4096, 512, 1):
            with contextlib.suppress(OSError):
                while True:
                    os.write(fd, b"\0" * size)
    finally:
        os.close(fd)


def make_read_only(folder: Path) -> None:
    """Turn the small disk at `folder` read-only (as root, file modes alone would not stop
    a write)."""
    done = _run("mount", "-o", "remount,ro", str(folder))
    assert done.returncode == 0, done.stderr


@contextmanager
def read_only_file(path: Path) -> Iterator[Path]:
    """`path` made immutable (chattr +i): no one, root included, can write it; SQLite then
    opens it read-only. Made writable again afterwards."""
    done = _run("chattr", "+i", str(path))
    if done.returncode != 0:
        _unavailable(f"cannot make a file read-only here: {done.stderr.strip()}")
    try:
        yield path
    finally:
        _run("chattr", "-i", str(path))


@contextmanager
def read_only_view(folder: Path, view: Path) -> Iterator[Path]:
    """`folder` seen at `view` through a read-only bind mount, as on a read-only disk."""
    view.mkdir(parents=True, exist_ok=True)
    bound = _run("mount", "--bind", str(folder), str(view))
    if bound.returncode != 0:
        _unavailable(f"cannot mount a read-only view here: {bound.stderr.strip()}")
    try:
        made = _run("mount", "-o", "remount,ro,bind", str(view))
        assert made.returncode == 0, made.stderr
        yield view
    finally:
        _run("umount", "-l", str(view))
