"""Shared fixtures: a fresh database file per test, a fixed 'today', Qt offscreen."""

from __future__ import annotations

import os

# Before anything imports Qt.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from peewee import SqliteDatabase

from jobdesk.paths import Paths, prepare
from jobdesk.services.bundle import Services, build_services
from jobdesk.services.pipeline import Pipeline
from jobdesk.store.database import open_database

TODAY = date(2026, 11, 20)


@pytest.fixture
def paths(tmp_path: Path) -> Paths:
    return prepare(Paths(tmp_path / "data"))


@pytest.fixture
def db(paths: Paths) -> Iterator[SqliteDatabase]:
    database = open_database(paths.database, paths.backups)
    yield database
    database.close()


@pytest.fixture
def services(db: SqliteDatabase, paths: Paths) -> Services:
    return build_services(db, paths, today=lambda: TODAY)


@pytest.fixture
def pipeline(services: Services) -> Pipeline:
    return services.pipeline


@pytest.fixture(autouse=True)
def no_system_keyring() -> Iterator[None]:
    """No test reaches the keyring of the machine it runs on by accident.

    keyring's own default is whatever the desktop offers; here it is the fail
    backend, and a test that wants a real keyring hands its backend to `Secrets`.
    """
    import keyring
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())
    yield


@pytest.fixture(autouse=True)
def discard_changed_forms(monkeypatch: pytest.MonkeyPatch) -> None:
    """A test that cancels a form it typed in throws it away, as before forms asked.

    A real "Discard what you wrote?" box would wait for an answer no test gives; the tests
    of the question itself (tests/ui/test_form_dialog.py) put the real one back.
    """
    from jobdesk.ui.dialogs import form_dialog

    monkeypatch.setattr(form_dialog, "ask_discard", lambda _parent: True)


@pytest.fixture(autouse=True, scope="session")
def clear_clipboard_at_exit() -> Iterator[None]:
    """Offscreen Qt crashes at exit if the clipboard still holds data a test put there."""
    yield
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if isinstance(app, QApplication):
        app.clipboard().clear()
        app.processEvents()


@pytest.fixture
def make_pdf(qapp: object) -> Callable[[Path, str], None]:
    """Writes a real PDF with Qt's PDF writer: one paragraph per blank-line-separated block."""

    def write(path: Path, text: str) -> None:
        from html import escape

        from PySide6.QtGui import QPageSize, QPdfWriter, QTextDocument

        document = QTextDocument()
        blocks = [escape(b).replace("\n", "<br>") for b in text.split("\n\n")]
        document.setHtml("".join(f"<p>{b}</p>" for b in blocks))
        writer = QPdfWriter(str(path))
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        layout = writer.pageLayout().paintRectPixels(writer.resolution())
        document.setPageSize(layout.size().toSizeF())
        document.print_(writer)
        del writer  # the file is complete once the writer is gone

    return write
