"""The import wizard: how the file reads, what its columns and status words mean, its
problems and duplicates, then the import on a worker thread with progress and a stop.

Every page shows the one `Preview` the import service made for the current choices;
a changed choice asks the service again. Nothing is written before the last page, and
there all of it or none of it.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QRadioButton,
    QScrollArea,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from jobdesk.domain.errors import UserError
from jobdesk.domain.import_dates import DateOrder
from jobdesk.domain.import_file import Encoding
from jobdesk.domain.import_presets import PRESETS, Field, Meaning, every_meaning
from jobdesk.services.importer import (
    Cancelled,
    Choices,
    Duplicates,
    Importer,
    ImportResult,
    Preview,
    lines_text,
)
from jobdesk.ui.dialogs.background import BackgroundJob
from jobdesk.ui.dialogs.common import (
    make_error_label,
    open_at,
    plain_label,
    plain_tooltip,
    set_name,
)
from jobdesk.ui.dialogs.prompts import Prompts
from jobdesk.ui.dialogs.table_support import setup_table
from jobdesk.ui.import_wizard.models import TablePreviewModel

UNKNOWN_LABEL = "Not known: read as applied, still open"
# Above this many rows a changed choice is read on a worker thread (about half a second).
READ_HERE_UP_TO = 5_000
# Long enough for any file under the caps; a write must never be left running unannounced.
IMPORT_TIME_LIMIT = 3600


@contextmanager
def waiting() -> Iterator[None]:
    """A busy cursor while a file is read again: a second or more at 50,000 rows."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


class _Relay(QObject):
    moved = Signal(int, int)  # rows written, of all; emitted on the worker thread


class ImportWizard(QWizard):
    """File ▸ Import…: `ask()` returns what the import did, or None when nothing was."""

    preview_changed = Signal()

    def __init__(self, parent: QWidget | None, importer: Importer, name: str, data: bytes) -> None:
        super().__init__(parent)
        self.importer = importer
        self.name = name
        self.data = data
        self.choices = Choices()
        self.preview: Preview = importer.preview(data, name, self.choices)
        self.outcome: ImportResult | None = None
        self.stopped = ""  # why nothing was imported, when the user stopped it
        self.reading: BackgroundJob | None = None  # a large file, being read again
        self._pending: Choices | None = None  # the choices to read it with next
        self.setWindowTitle(f"Import {name}")
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, False)
        self.reading_page = ReadingPage(self)
        self.mapping_page = MappingPage(self)
        self.check_page = CheckPage(self)
        self.progress_page = ProgressPage(self)
        for page in (self.reading_page, self.mapping_page, self.check_page, self.progress_page):
            self.addPage(page)
        self.setMinimumSize(720, 480)
        open_at(self, 980, 640)

    @classmethod
    def ask(
        cls, parent: QWidget | None, importer: Importer, path: Path, prompts: Prompts
    ) -> ImportResult | None:
        try:
            with waiting():
                wizard = cls(parent, importer, path.name, importer.read_file(path))
        except UserError as error:
            prompts.error(parent, error.message)
            return None
        try:
            wizard.exec()
            if wizard.stopped:
                prompts.info(parent, wizard.stopped)
            return wizard.outcome
        finally:
            wizard.deleteLater()

    def choose(self, **changes: object) -> None:
        """Read the file again with these choices changed; a choice it cannot be read with
        (a wrong encoding) is said on the first page and the last good reading kept.

        A large file is read on a worker thread, the pages waiting meanwhile; a choice made
        while it reads is read next, so the last choice always wins."""
        choices = replace(self._pending or self.choices, **changes)  # type: ignore[arg-type]
        if len(self.preview.table.rows) <= READ_HERE_UP_TO:
            try:
                with waiting():
                    preview = self.importer.preview(self.data, self.name, choices)
            except UserError as error:
                self._refused(error)
                return
            self._read(choices, preview)
            return
        self._pending = choices
        if self.reading is None:
            self._read_next()

    def _read_next(self) -> None:
        choices, self._pending = self._pending, None
        if choices is None:
            self.reading = None
            self.reading_page.show_reading(False)
            self._pages_changed()
            return
        importer, data, name = self.importer, self.data, self.name
        self.reading_page.show_reading(True)

        def done(preview: object) -> None:
            self._read(choices, preview)
            self._read_next()

        def failed(error: UserError) -> None:
            self._refused(error)
            self._read_next()

        self.reading = BackgroundJob(
            lambda: importer.preview_on_worker(data, name, choices),
            done,
            failed,
            time_limit=IMPORT_TIME_LIMIT,
            parent=self,
        )
        self._pages_changed()

    def _pages_changed(self) -> None:
        page = self.currentPage()
        if page is not None:
            page.completeChanged.emit()

    def _refused(self, error: UserError) -> None:
        self.reading_page.show_refusal(error.message)
        self.reading_page.show_preview()  # the lists show the choices still in use

    def _read(self, choices: Choices, preview: object) -> None:
        assert isinstance(preview, Preview)
        self.reading_page.show_refusal("")
        self.choices = choices
        self.preview = preview
        self.preview_changed.emit()

    # --- the import -----------------------------------------------------------------------

    def reject(self) -> None:
        """Cancel: while rows are being written, stop and roll back first (the worker says
        when it has); a finished import stays, and Undo takes it back."""
        if self.progress_page.running:
            self.progress_page.stop()
            return
        if self.reading is not None:
            self.reading.cancel()  # only read: nothing to undo
            self.reading = None
        super().reject()


class ReadingPage(QWizardPage):
    """How the bytes read: encoding, what the file is (preset), the order of its dates."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wizard_ = wizard
        self.setTitle("How the file reads")
        self.setSubTitle("Check the rows look right. Change the encoding if letters look wrong.")
        self.encoding = QComboBox()
        for encoding in Encoding:
            self.encoding.addItem(encoding.label, encoding)
        set_name(self.encoding, "Encoding")
        self.preset = QComboBox()
        for preset in PRESETS:
            self.preset.addItem(preset.name, preset.key)
        set_name(self.preset, "What the file is")
        self.date_order = QComboBox()
        for order in DateOrder:
            self.date_order.addItem(order.label, order)
        set_name(self.date_order, "Dates like 3/4/2026")
        for combo in (self.encoding, self.preset, self.date_order):
            combo.setMaximumWidth(420)
        form = QFormLayout()
        form.addRow("&Encoding:", self.encoding)
        form.addRow("&What it is:", self.preset)
        form.addRow("&Dates like 3/4/2026:", self.date_order)
        self.how_read = plain_label()
        self.how_read.setWordWrap(True)
        self.refusal = make_error_label()
        self.model = TablePreviewModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        setup_table(self.table, read_only_rows=False)
        self.table.setAccessibleName("The file's first rows")
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setDefaultSectionSize(150)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.how_read)
        layout.addWidget(self.refusal)
        layout.addWidget(self.table, 1)
        self.encoding.activated.connect(
            lambda _i: wizard.choose(encoding=self.encoding.currentData())
        )
        self.preset.activated.connect(
            lambda _i: wizard.choose(preset=self.preset.currentData(), fields=None, meanings={})
        )
        self.date_order.activated.connect(
            lambda _i: wizard.choose(date_order=self.date_order.currentData())
        )
        wizard.preview_changed.connect(self.show_preview)
        self.show_preview()

    def show_preview(self) -> None:
        preview = self.wizard_.preview
        self.encoding.setCurrentIndex(self.encoding.findData(self.wizard_.choices.encoding))
        self.preset.setCurrentIndex(self.preset.findData(preview.preset.key))
        self.date_order.setCurrentIndex(self.date_order.findData(preview.plan.date_order))
        self.how_read.setText(self.how_read_text())
        self.model.set_table(preview.table, preview.problems)

    def show_refusal(self, text: str) -> None:
        self.refusal.setText(text)
        self.refusal.setVisible(bool(text))

    def show_reading(self, reading: bool) -> None:
        self.how_read.setText(
            "Reading the file again with your choice…" if reading else self.how_read_text()
        )

    def how_read_text(self) -> str:
        preview = self.wizard_.preview
        guessed = "" if self.wizard_.choices.preset else ", guessed from its header"
        return f"{preview.preset.name}{guessed}. {preview.table.how_read}"

    def isComplete(self) -> bool:
        return self.wizard_.reading is None


class MappingPage(QWizardPage):
    """Where each column goes, and what each status word means."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wizard_ = wizard
        self.setTitle("What the columns and status words mean")
        self.setSubTitle(
            "Columns jobdesk has no field for go into the notes, so nothing is lost. "
            "A status word says how far the application got and how it ended."
        )
        self.columns: list[QComboBox] = []
        self.statuses: dict[str, QComboBox] = {}
        self._meanings = every_meaning()
        self.columns_box = QGroupBox("Columns")
        self.statuses_box = QGroupBox("Status words")
        layout = QHBoxLayout(self)
        for box in (self.columns_box, self.statuses_box):
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QScrollArea.Shape.NoFrame)
            scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            inner = QVBoxLayout(box)
            inner.addWidget(scroll)
            layout.addWidget(box, 1)
            box.setProperty("scroll", scroll)
        self._words: tuple[str, ...] | None = None
        self._header: tuple[str, ...] | None = None
        wizard.preview_changed.connect(self.show_preview)

    def initializePage(self) -> None:
        self.show_preview()

    def show_preview(self) -> None:
        preview = self.wizard_.preview
        if preview.table.header != self._header:
            self._header = preview.table.header
            self._build_columns()
        for combo, field in zip(self.columns, preview.fields, strict=True):
            combo.setCurrentIndex(combo.findData(field))
        words = tuple(sorted(preview.words))
        if words != self._words:
            self._words = words
            self._build_statuses()
        for word, combo in self.statuses.items():
            meaning = preview.meanings.get(word)
            # Item data is the meaning's place in the list: Qt compares stored Python
            # objects by identity, and equal meanings are different objects.
            place = self._meanings.index(meaning) if meaning in self._meanings else -1
            combo.setCurrentIndex(combo.findData(place))

    def _build_columns(self) -> None:
        preview = self.wizard_.preview
        widget = QWidget()
        form = QFormLayout(widget)
        self.columns = []
        for index, header in enumerate(preview.table.header):
            combo = QComboBox()
            for field in Field:
                combo.addItem(field.label, field)
            _fit(combo)
            set_name(combo, f"Column {header}")
            sample = next(
                (
                    r.cells[index]
                    for r in preview.table.rows
                    if index < len(r.cells) and r.cells[index]
                ),
                "",
            )
            if sample:
                combo.setToolTip(plain_tooltip(f"For example: {sample[:200]}"))
            combo.activated.connect(lambda _i: self._fields_changed())
            label = plain_label(header or f"(column {index + 1})")
            form.addRow(label, combo)
            self.columns.append(combo)
        scroll = self.columns_box.property("scroll")
        assert isinstance(scroll, QScrollArea)
        scroll.setWidget(widget)

    def _build_statuses(self) -> None:
        preview = self.wizard_.preview
        widget = QWidget()
        form = QFormLayout(widget)
        self.statuses = {}
        for word in self._words or ():
            combo = QComboBox()
            combo.addItem(UNKNOWN_LABEL, -1)
            for place, meaning in enumerate(self._meanings):
                combo.addItem(meaning.label, place)
            _fit(combo)
            set_name(combo, f"Status {word}")
            combo.activated.connect(lambda _i: self._meanings_changed())
            count = preview.words[word]
            label = plain_label(f"“{word or '(empty)'}” ({count} row{'s' if count != 1 else ''})")
            form.addRow(label, combo)
            self.statuses[word] = combo
        if not self.statuses:
            form.addRow(plain_label("No column holds a status: every row is read as applied."))
        scroll = self.statuses_box.property("scroll")
        assert isinstance(scroll, QScrollArea)
        scroll.setWidget(widget)

    def isComplete(self) -> bool:
        return self.wizard_.reading is None

    def set_field(self, header: str, field: Field) -> None:
        """Send the column `header` to `field` (what picking it in its list does)."""
        combo = self.columns[self.wizard_.preview.table.header.index(header)]
        combo.setCurrentIndex(combo.findData(field))
        self._fields_changed()

    def set_meaning(self, word: str, meaning: Meaning) -> None:
        combo = self.statuses[word]
        combo.setCurrentIndex(combo.findData(self._meanings.index(meaning)))
        self._meanings_changed()

    def _fields_changed(self) -> None:
        fields = tuple(combo.currentData() for combo in self.columns)
        self.wizard_.choose(fields=fields)

    def _meanings_changed(self) -> None:
        meanings = {
            word: self._meanings[combo.currentData()]
            for word, combo in self.statuses.items()
            if combo.currentData() >= 0
        }
        self.wizard_.choose(meanings=meanings)


def _fit(combo: QComboBox) -> None:
    """A list that narrows with its page instead of pushing the page wider."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(14)
    combo.setMaximumWidth(360)  # on a wide screen, beside its label rather than far from it


class CheckPage(QWizardPage):
    """Problems by line, duplicates and what to do with them; Import when nothing blocks."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wizard_ = wizard
        self.setTitle("Problems and duplicates")
        self.setSubTitle(
            "Nothing is written until you click Import; then all of it, or none of it."
        )
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, "&Import")
        self.summary = plain_label()
        self.summary.setWordWrap(True)
        self.problems = QListWidget()
        self.problems.setAccessibleName("Problems")
        self.problems.setWordWrap(True)
        # Off by default: leaving lines out is the user's choice, said with its count.
        self.skip_lines = QCheckBox()
        self.skip_lines.setObjectName("skip_lines")
        self.skip_lines.toggled.connect(lambda on: wizard.choose(skip_bad_lines=on))
        self.duplicates_box = QGroupBox("Rows already in jobdesk")
        self.skip = QRadioButton(Duplicates.SKIP.label)
        self.merge = QRadioButton(Duplicates.MERGE.label)
        self.skip.setChecked(True)
        self.group = QButtonGroup(self)
        self.group.addButton(self.skip)
        self.group.addButton(self.merge)
        box = QVBoxLayout(self.duplicates_box)
        box.addWidget(self.skip)
        box.addWidget(self.merge)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.skip_lines)
        layout.addWidget(self.duplicates_box)
        wizard.preview_changed.connect(self.show_preview)

    def initializePage(self) -> None:
        self.show_preview()

    @property
    def duplicates(self) -> Duplicates:
        return Duplicates.MERGE if self.merge.isChecked() else Duplicates.SKIP

    def show_preview(self) -> None:
        preview = self.wizard_.preview
        self.summary.setText(preview.summary())
        self.problems.clear()
        style = self.style()
        warn = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        note = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
        left_out = set(preview.left_out_lines)
        for problem in preview.problems:
            if problem.of_one_line and problem.line in left_out:
                item = QListWidgetItem(note, f"{problem} (Left out.)")
            else:
                item = QListWidgetItem(warn if problem.blocking else note, str(problem))
            self.problems.addItem(item)
        if preview.plan.order_needed:
            self.problems.addItem(
                QListWidgetItem(
                    note, "Choose the order on the first page (Back, twice): “Dates like 3/4/2026”."
                )
            )
        for duplicate in preview.duplicates:
            self.problems.addItem(QListWidgetItem(note, str(duplicate)))
        if not preview.problems and not preview.duplicates:
            self.problems.addItem("Every line reads. Nothing to fix.")
        self.duplicates_box.setVisible(bool(preview.duplicates))
        bad = preview.bad_lines
        # Offered only where it helps: a quote that never closes blocks the rest anyway.
        self.skip_lines.setVisible(preview.could_skip)
        count = len(bad)
        self.skip_lines.setText(
            f"&Leave out the {count} line{'s' if count != 1 else ''} with problems "
            f"({lines_text(bad)}) and import the rest"
            if count
            else ""
        )
        self.skip_lines.blockSignals(True)
        self.skip_lines.setChecked(self.wizard_.choices.skip_bad_lines)
        self.skip_lines.blockSignals(False)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.wizard_.reading is None and self.wizard_.preview.can_import


class ProgressPage(QWizardPage):
    """The import itself, on a worker thread: progress, and Cancel rolls it all back."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.wizard_ = wizard
        self.setTitle("Importing")
        self.label = plain_label()
        self.label.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setAccessibleName("Import progress")
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addStretch(1)
        self.job: BackgroundJob | None = None
        self._cancel = threading.Event()
        self._relay = _Relay(self)
        self._relay.moved.connect(self._moved)
        self.done = False

    @property
    def running(self) -> bool:
        return self.job is not None

    def initializePage(self) -> None:
        wizard = self.wizard_
        preview = wizard.preview
        duplicates = wizard.check_page.duplicates
        total = len(preview.plan.proposals)
        self.bar.setRange(0, max(1, total))
        self.bar.setValue(0)
        self.label.setText(f"Writing {total} rows… Cancel stops and imports nothing.")
        relay = self._relay
        cancel = self._cancel
        self.job = BackgroundJob(
            lambda: wizard.importer.run_on_worker(
                preview, duplicates, lambda d, t: relay.moved.emit(d, t), cancel
            ),
            self._finished,
            self._failed,
            time_limit=IMPORT_TIME_LIMIT,
            parent=self,
        )

    def _moved(self, done: int, total: int) -> None:
        self.bar.setRange(0, total)
        self.bar.setValue(done)

    def stop(self) -> None:
        self._cancel.set()
        self.label.setText("Stopping… nothing of this import will be kept.")

    def _finished(self, result: object) -> None:
        self.job = None
        assert isinstance(result, ImportResult)
        self.wizard_.outcome = result
        self.bar.setValue(self.bar.maximum())
        self.label.setText(result.text())
        self.done = True
        self.wizard_.button(QWizard.WizardButton.CancelButton).setEnabled(False)
        self.completeChanged.emit()

    def _failed(self, error: UserError) -> None:
        self.job = None
        self.done = True
        if isinstance(error, Cancelled):
            self.wizard_.outcome = None
            self.wizard_.stopped = error.message
            QWizard.reject(self.wizard_)
            return
        self.label.setText(f"{error.message}")
        self.wizard_.button(QWizard.WizardButton.CancelButton).setEnabled(False)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.done
