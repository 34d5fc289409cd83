"""Files dropped on the window (or opened from code): where they land, reading them off the
UI thread, then the chooser and the confirmation before anything is saved.

While a drag is over the window, an overlay says where the drop will land: the
row under the cursor is outlined ("Drop to attach to Acme — Backend Engineer"),
anywhere else the user will choose the application after dropping.
"""

from __future__ import annotations

import contextlib
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEvent,
    QObject,
    QPoint,
    QRect,
    QRunnable,
    Qt,
    QThreadPool,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import QColor, QDragMoveEvent, QDropEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import QMainWindow, QTableView, QWidget

from jobdesk import collector
from jobdesk.domain.attachments import local_path_from_url
from jobdesk.domain.errors import UserError
from jobdesk.services.changes import Change
from jobdesk.ui.dialogs.prompts import Prompts
from jobdesk.ui.dialogs.status_parts import BusyBar
from jobdesk.ui.dialogs.until_saved import ask_until_saved
from jobdesk.ui.offers.model import OFFER_ID_ROLE
from jobdesk.ui.pipeline.model import APP_ID_ROLE

if TYPE_CHECKING:
    from jobdesk.domain.application import ApplicationDetails
    from jobdesk.services.attachments import StagedFile
    from jobdesk.services.bundle import Services
    from jobdesk.services.offers import LetterProposal


def local_paths(urls: list[QUrl]) -> tuple[list[Path], list[str]]:
    """The local files among dropped URLs, and the others (web links...) that are refused."""
    paths: list[Path] = []
    refused: list[str] = []
    for url in urls:
        # From the URL's bytes: toLocalFile() garbles a name that is not valid UTF-8.
        path = local_path_from_url(bytes(url.toEncoded().data())) if url.isLocalFile() else None
        if path is not None:
            paths.append(path)
        else:
            refused.append(url.toDisplayString())
    return paths, refused


@dataclass(frozen=True)
class DropTarget:
    """Where a drop at some point lands: an application, or the chooser (app_id None)."""

    app_id: int | None
    text: str
    row_rect: QRect | None = None  # in the window's coordinates


class DropOverlay(QWidget):
    """Drawn over the window during a drag; lets every mouse event through."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setAccessibleName("Drop target")
        self.target: DropTarget | None = None
        self.hide()

    def show_target(self, target: DropTarget) -> None:
        self.target = target
        parent = self.parentWidget()
        assert parent is not None
        self.setGeometry(parent.rect())
        self.setAccessibleDescription(target.text)
        self.show()
        self.raise_()
        self.update()

    def paintEvent(self, event: object) -> None:
        if self.target is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        accent = self.palette().color(QPalette.ColorRole.Highlight)
        wash = QColor(accent)
        wash.setAlpha(28)
        painter.fillRect(self.rect(), wash)
        pen = QPen(accent, 3)
        painter.setPen(pen)
        if self.target.row_rect is not None:
            fill = QColor(accent)
            fill.setAlpha(70)
            painter.fillRect(self.target.row_rect, fill)
            painter.drawRect(self.target.row_rect.adjusted(1, 1, -2, -2))
        else:
            painter.drawRect(self.rect().adjusted(2, 2, -3, -3))
        # The message, in a box at the bottom centre.
        metrics = painter.fontMetrics()
        text = self.target.text
        width = min(metrics.horizontalAdvance(text) + 32, self.width() - 40)
        box = QRect(0, 0, width, metrics.height() + 16)
        box.moveCenter(QPoint(self.width() // 2, self.height() - 48))
        painter.setBrush(self.palette().color(QPalette.ColorRole.ToolTipBase))
        painter.drawRoundedRect(box, 6, 6)
        painter.setPen(self.palette().color(QPalette.ColorRole.ToolTipText))
        elided = metrics.elidedText(text, Qt.TextElideMode.ElideMiddle, box.width() - 24)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, elided)
        painter.end()


class _Signals(QObject):
    staged = Signal(object)  # StagedFile
    failed = Signal(str)


class _StageJob(QRunnable):
    """Copies and reads one file on a pool thread (no database is touched there)."""

    def __init__(self, stage: object, path: Path, signals: _Signals) -> None:
        super().__init__()
        self._stage = stage
        self._path = path
        self._signals = signals

    def run(self) -> None:
        try:
            staged = self._stage(self._path)  # type: ignore[operator]
        except UserError as error:
            self._send(self._signals.failed, error.message)
        except Exception as error:  # a bug must not leave the queue waiting forever
            self._send(self._signals.failed, f"“{self._path.name}” could not be kept ({error}).")
        else:
            self._send(self._signals.staged, staged)

    @staticmethod
    def _send(signal: object, value: object) -> None:
        # The window may have closed while the file was read: nobody is waiting then.
        with contextlib.suppress(RuntimeError):
            signal.emit(value)  # type: ignore[attr-defined]


class FileDrops(QObject):
    """Accepts file drops on the window and takes each file through to a saved attachment."""

    idle = Signal()  # every queued file is dealt with

    def __init__(
        self,
        window: QMainWindow,
        services: Services,
        perform: Callable[[Callable[[], Change]], Change | None],
        prompts: Prompts,
        tables: tuple[QTableView, ...] = (),
    ) -> None:
        """Rows of `tables` (whose rows carry an application id, or an offer id) are drop
        targets for their application; anywhere else on `window`, the user chooses."""
        super().__init__(window)
        self.window = window
        self._services = services
        self._perform = perform
        self._prompts = prompts
        self._tables_list = tables
        self.overlay = DropOverlay(window)
        self._queue: deque[tuple[Path, int | None]] = deque()
        self._busy = False
        self._signals = _Signals(self)
        self._signals.staged.connect(self._staged)
        self._signals.failed.connect(self._failed)
        self._current: tuple[Path, int | None] | None = None
        # Set by the window: takes a dropped spreadsheet to the import (True when it did).
        self.take_table: Callable[[Path], bool] | None = None
        self.progress = BusyBar("Reading dropped files")
        window.statusBar().addPermanentWidget(self.progress)
        window.setAcceptDrops(True)
        window.installEventFilter(self)
        for table in self._tables():
            table.viewport().setAcceptDrops(True)
            table.viewport().installEventFilter(self)

    @property
    def busy(self) -> bool:
        return self._busy

    def _tables(self) -> list[QTableView]:
        return list(self._tables_list)

    def add_table(self, table: QTableView) -> None:
        """Rows of `table` become drop targets too (a tab built after the drops were)."""
        self._tables_list = (*self._tables_list, table)
        table.viewport().setAcceptDrops(True)
        table.viewport().installEventFilter(self)

    # --- where a drop lands ---------------------------------------------------------------

    def target_at(self, pos: QPoint, count: int = 1) -> DropTarget:
        """What a drop at `pos` (window coordinates) would do."""
        files = "this file" if count == 1 else f"these {count} files"
        for table in self._tables():
            viewport = table.viewport()
            if not viewport.isVisible():
                continue
            local = viewport.mapFrom(self.window, pos)
            if not viewport.rect().contains(local):
                continue
            index = table.indexAt(local)
            if not index.isValid():
                break
            app_id = self._app_id_of(table, index.row())
            if app_id is None:
                break
            app = self._services.pipeline.application(app_id)
            first = table.visualRect(index.siblingAtColumn(0))
            row = QRect(0, first.top(), viewport.width(), first.height())
            top_left = viewport.mapTo(self.window, row.topLeft())
            return DropTarget(
                app_id,
                f"Drop to attach {files} to {app.details.company} — {app.details.role_title}",
                QRect(top_left, row.size()),
            )
        return DropTarget(None, f"Drop {files}: you will choose the application next")

    def _app_id_of(self, table: QTableView, row: int) -> int | None:
        model = table.model()
        app_id = model.index(row, 0).data(APP_ID_ROLE)
        if app_id is not None:
            return int(app_id)
        offer_id = model.index(row, 0).data(OFFER_ID_ROLE)
        if offer_id is not None:
            try:
                return self._services.offers.offer(int(offer_id)).application_id
            except UserError:
                return None
        return None

    # --- Qt events ------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (
            QEvent.Type.DragEnter,
            QEvent.Type.DragMove,
            QEvent.Type.DragLeave,
            QEvent.Type.Drop,
        ):
            return False
        if kind == QEvent.Type.DragLeave:
            self.overlay.hide()
            return True
        assert isinstance(event, QDropEvent)  # enter and move events are drop events too
        paths, _refused = local_paths(event.mimeData().urls())
        if not paths:
            event.ignore()
            self.overlay.hide()
            return True
        pos = event.position().toPoint()
        if watched is not self.window and isinstance(watched, QWidget):
            pos = watched.mapTo(self.window, pos)
        target = self.target_at(pos, len(paths))
        if self.take_table is not None and all(p.suffix.lower() in (".csv", ".tsv") for p in paths):
            target = DropTarget(None, "Drop to import the applications in this file")
        if kind == QEvent.Type.Drop:
            self.overlay.hide()
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
            # Dialogs open after the drop returns: the program we dragged from is not kept waiting.
            QTimer.singleShot(0, lambda: self.open_files(paths, target.app_id))
            return True
        if isinstance(event, QDragMoveEvent):
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
        self.overlay.show_target(target)
        return True

    # --- taking files through -------------------------------------------------------------

    def open_files(self, paths: list[Path] | list[str], app_id: int | None = None) -> None:
        """Attach files as if dropped: onto `app_id`'s row, or (None) anywhere else."""
        for path in paths:
            if self.take_table is not None and self.take_table(Path(path)):
                continue  # a spreadsheet: imported, not attached
            self._queue.append((Path(path), app_id))
        if not self._busy:
            if self._queue:
                self._next()
            else:
                self.idle.emit()  # only spreadsheets: nothing left to attach

    def _next(self) -> None:
        if not self._queue:
            self._busy = False
            self._current = None
            self.progress.hide()
            self.window.statusBar().clearMessage()
            self.idle.emit()
            return
        self._busy = True
        self._current = self._queue.popleft()
        path = self._current[0]
        self.progress.show()
        self.window.statusBar().showMessage(f"Reading {path.name}…")
        job = _StageJob(self._services.attachments.stage, path, self._signals)
        collector.worker_started()
        QThreadPool.globalInstance().start(job)

    def _failed(self, message: str) -> None:
        collector.worker_reported()
        self.progress.hide()
        self._prompts.error(self.window, message)
        self._next()

    def _staged(self, staged: StagedFile) -> None:
        collector.worker_reported()
        self.progress.hide()
        self.window.statusBar().clearMessage()
        try:
            self._confirm(staged, self._current[1] if self._current else None)
        finally:
            QTimer.singleShot(0, self._next)

    def _confirm(self, staged: StagedFile, app_id: int | None) -> None:
        window = self.window
        services = self._services
        saved = False
        try:
            proposal = services.offers.propose(staged)
            if app_id is None:
                app_id = self._choose(proposal)
            if app_id is None:
                return
            # with the letter reader
            from jobdesk.ui.offers.letter_dialogs import LetterAnswer, LetterDialog

            chosen = app_id

            def ask(entered: LetterAnswer | None) -> LetterAnswer | None:
                current = services.offers.offer_of(chosen)
                return LetterDialog.ask(
                    window,
                    proposal,
                    services.pipeline.application(chosen),
                    services.pipeline.today(),
                    services.offers.suggested_received_on(proposal, chosen),
                    current.terms if current else None,
                    entered=entered,
                )

            # A refusal is shown and the dialog opens again with what was entered in it.
            saved = (
                ask_until_saved(
                    ask,
                    lambda a: (
                        self._perform(
                            lambda: services.offers.confirm(
                                chosen, proposal, a.kind, a.terms, a.received_on, reopen=a.reopen
                            )
                        )
                        is not None
                    ),
                )
                is not None
            )
        except UserError as error:
            self._prompts.error(window, error.message)
        finally:
            if not saved:
                services.attachments.discard(staged)

    def _choose(self, proposal: LetterProposal) -> int | None:
        window = self.window
        pipeline = self._services.pipeline
        apps = self._services.offers.candidates(proposal)
        from jobdesk.ui.offers.letter_dialogs import ChooseApplicationDialog, NewApplication
        from jobdesk.ui.pipeline.application_dialog import ApplicationDialog

        answer = ChooseApplicationDialog.ask(
            window, proposal.staged.display_name, apps, proposal.terms.companies
        )
        if answer is None:
            return None
        if isinstance(answer, NewApplication):
            added: list[int] = []

            def add(details: ApplicationDetails) -> bool:
                change = self._perform(lambda: pipeline.add(details))
                added.extend(change.application_ids if change else ())
                return change is not None

            ask_until_saved(
                lambda entered: ApplicationDialog.ask(
                    window,
                    today=pipeline.today(),
                    companies=pipeline.companies(),
                    resume_variants=pipeline.resume_variants(),
                    entered=entered,
                ),
                add,
            )
            return added[0] if added else None
        return answer
