"""Helpers for driving Qt widgets in tests (imported by test modules; not a conftest)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from jobdesk.ui.dialogs.prompts import Prompts


class ErrorsKept(Prompts):
    """Prompts that keep each error message shown, in order, instead of a message box."""

    def __init__(self) -> None:
        self.errors: list[str] = []

    def error(self, parent: QWidget | None, text: str) -> None:
        self.errors.append(text)


@contextmanager
def answering_dialogs(*fills: Callable[[QDialog], None]) -> Iterator[list[QDialog]]:
    """Answer the modal dialogs the block opens, in order; their failures surface here."""
    seen: list[QDialog] = []
    errors: list[BaseException] = []
    pending = list(fills)

    def handle() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog) or dialog in seen:
            if pending:
                QTimer.singleShot(10, handle)
            return
        seen.append(dialog)
        fill = pending.pop(0)
        try:
            fill(dialog)
        except BaseException as exc:
            errors.append(exc)
        if dialog.isVisible():
            dialog.reject()
        if pending:
            QTimer.singleShot(10, handle)

    QTimer.singleShot(0, handle)
    yield seen
    if errors:
        raise errors[0]
    assert not pending, f"{len(pending)} dialog(s) never opened"
