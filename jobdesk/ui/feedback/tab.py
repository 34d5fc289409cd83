"""The Feedback tab: the template editor, patterns across rejections, and follow-ups due."""

from __future__ import annotations

import heapq
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from itertools import compress, filterfalse
from operator import attrgetter
from typing import cast

from PySide6.QtCore import QMimeData, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QKeySequence,
    QPalette,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jobdesk.domain.application import ApplicationSummary
from jobdesk.domain.errors import UserError
from jobdesk.domain.feedback import PATTERN_REMINDER, FollowUp
from jobdesk.domain.settings import FOLLOW_UP_DAYS, MY_NAME
from jobdesk.domain.templates import (
    MAX_SUBJECT_CHARS,
    MAX_TEMPLATE_CHARS,
    PLACEHOLDERS,
    QUESTION_LINES,
    Purpose,
    find_problems,
    placeholder_spans,
)
from jobdesk.domain.wording import counted
from jobdesk.services.bundle import Services
from jobdesk.services.changes import APPLICATIONS, BREAKS, FEEDBACK, SETTINGS, TEMPLATES, Change
from jobdesk.services.feedback import MessageTemplate
from jobdesk.ui.dialogs.common import make_error_label
from jobdesk.ui.dialogs.palette_watch import on_palette_change
from jobdesk.ui.dialogs.prompts import Prompts
from jobdesk.ui.dialogs.room import RoomTabs
from jobdesk.ui.dialogs.scheme import is_dark
from jobdesk.ui.dialogs.table_support import setup_table
from jobdesk.ui.dialogs.theme import KNOWN_PLACEHOLDER, UNKNOWN_PLACEHOLDER
from jobdesk.ui.dialogs.when_shown import WhenShown
from jobdesk.ui.feedback.models import (
    APP_ID_ROLE,
    COL_COMPANIES,
    COL_FB_COMPANY,
    COL_FB_RECEIVED,
    COL_FB_ROLE,
    COL_FB_THEMES,
    COL_FU_COMPANY,
    COL_FU_DAYS,
    COL_FU_ROLE,
    COL_THEME,
    FeedbackModel,
    FollowUpModel,
    ThemeModel,
)
from jobdesk.ui.shell.lazy_tabs import LazyTabs

Perform = Callable[[Callable[[], Change]], Change | None]

EXAMPLE_VALUES = "Example values"


class PlaceholderHighlighter(QSyntaxHighlighter):
    """Known placeholders in bold accent colour; unknown ones with a red wavy underline."""

    def __init__(self, document: QTextDocument, palette: QPalette) -> None:
        super().__init__(document)
        self.known = QTextCharFormat()
        self.known.setFontWeight(QFont.Weight.Bold)
        self.unknown = QTextCharFormat()
        self.unknown.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        self.recolour(is_dark(palette))

    def recolour(self, dark: bool) -> None:
        """Take the light or dark palette's colours (the system's scheme changed)."""
        self.known.setForeground(QColor(KNOWN_PLACEHOLDER[dark]))
        self.unknown.setForeground(QColor(UNKNOWN_PLACEHOLDER[dark]))
        self.unknown.setUnderlineColor(QColor(UNKNOWN_PLACEHOLDER[dark]))
        self.rehighlight()

    def highlightBlock(self, text: str) -> None:
        for start, end, known in placeholder_spans(text):
            self.setFormat(start, end - start, self.known if known else self.unknown)
        for problem in find_problems(text):
            self.setFormat(problem.start, problem.end - problem.start, self.unknown)


class CappedTextEdit(QPlainTextEdit):
    """A plain-text editor whose pastes and drops stop at `cap` characters in all.

    Typing past the cap is still possible (and flagged as a problem); only a paste is cut,
    so a megabyte from the clipboard cannot freeze the editor with unsaved work in it.
    """

    truncated = Signal(int, int)  # characters pasted, characters left out

    def __init__(self, cap: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cap = cap

    def insertFromMimeData(self, source: QMimeData) -> None:
        text = source.text() if source.hasText() else ""
        # characterCount() includes the final paragraph separator.
        kept = self.document().characterCount() - 1 - len(self.textCursor().selectedText())
        room = max(self.cap - kept, 0)
        if len(text) <= room:
            super().insertFromMimeData(source)
            return
        self.insertPlainText(text[:room])
        self.truncated.emit(room, len(text) - room)


@dataclass(frozen=True)
class _Draft:
    """Unsaved text of one template, kept while the user looks at another."""

    name: str
    purpose: Purpose
    subject: str
    body: str


def _table(name: str) -> QTableView:
    table = QTableView()
    table.setAccessibleName(name)
    table.setSortingEnabled(True)
    setup_table(table)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return table


def _muted(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # follows light and dark
    return label


def _button(text: str, name: str, tip: str = "") -> QPushButton:
    button = QPushButton(text)
    button.setAccessibleName(name)
    if tip:
        button.setToolTip(tip)
    return button


# --- templates -----------------------------------------------------------------------------


PREVIEW_CHOICES = 300


class TemplatesPage(QWidget):
    """Pick a template, edit it with placeholders and question lines, preview it, save it."""

    def __init__(
        self, services: Services, perform: Perform, prompts: Prompts, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._feedback = services.feedback
        self._perform = perform
        self._prompts = prompts
        self._templates: list[MessageTemplate] = []
        self._drafts: dict[str, _Draft] = {}
        self._key: str | None = None
        self._loading = False
        self._last_editor: QLineEdit | QPlainTextEdit | None = None

        # Left: the templates, and the placeholders to insert.
        self.template_list = QListWidget()
        self.template_list.setAccessibleName("Templates")
        self.template_list.currentRowChanged.connect(self._template_chosen)
        self.new_button = _button("&New", "New template", "Start a new template of your own")
        self.new_button.clicked.connect(self.new_template)
        self.delete_button = _button("Delete", "Delete template", "Delete this template of yours")
        self.delete_button.clicked.connect(self.delete_template)
        list_buttons = QHBoxLayout()
        list_buttons.addWidget(self.new_button)
        list_buttons.addWidget(self.delete_button)
        list_buttons.addStretch()

        self.placeholder_list = QListWidget()
        self.placeholder_list.setAccessibleName("Placeholders to insert")
        for placeholder in PLACEHOLDERS:
            item = QListWidgetItem(placeholder.token)
            item.setToolTip(f"{placeholder.description}, for example “{placeholder.example}”")
            item.setData(Qt.ItemDataRole.UserRole, placeholder.token)
            self.placeholder_list.addItem(item)
        self.placeholder_list.itemActivated.connect(lambda item: self.insert_text(item.text()))
        self.insert_button = _button(
            "&Insert", "Insert placeholder", "Insert the chosen placeholder at the cursor"
        )
        self.insert_button.clicked.connect(self._insert_chosen)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel("<b>Templates</b>"))
        left_layout.addWidget(self.template_list, 2)
        left_layout.addLayout(list_buttons)
        left_layout.addSpacing(8)
        left_layout.addWidget(QLabel("<b>Placeholders</b>"))
        left_layout.addWidget(
            _muted("Double-click one to put it where the cursor is; hover for what it holds.")
        )
        left_layout.addWidget(self.placeholder_list, 3)
        left_layout.addWidget(self.insert_button, 0, Qt.AlignmentFlag.AlignLeft)

        # Middle: the editor.
        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName("Template name")
        self.purpose_combo = QComboBox()
        self.purpose_combo.setAccessibleName("Used for")
        for purpose in Purpose:
            self.purpose_combo.addItem(purpose.label, purpose)
        self.subject_edit = QLineEdit()
        self.subject_edit.setAccessibleName("Subject")
        self.subject_edit.setMaxLength(MAX_SUBJECT_CHARS)
        self.body_edit = CappedTextEdit(MAX_TEMPLATE_CHARS)
        self.body_edit.truncated.connect(self._paste_cut)
        # While the user types, the preview catches up after a pause: rendering and laying
        # out a long text on every keystroke would make typing lag.
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(150)
        self._preview_timer.timeout.connect(self.update_preview)
        self.body_edit.setAccessibleName("Message")
        self.body_edit.setTabChangesFocus(True)
        self.highlighter = PlaceholderHighlighter(self.body_edit.document(), self.palette())
        on_palette_change(self, lambda: self.highlighter.recolour(is_dark()))
        for editor in (self.name_edit, self.subject_edit):
            editor.textChanged.connect(self._edited)
        self.body_edit.textChanged.connect(self._edited)
        self.purpose_combo.currentIndexChanged.connect(self._edited)
        self.subject_edit.installEventFilter(self)
        self.body_edit.installEventFilter(self)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        name_label = QLabel("N&ame:")
        name_label.setBuddy(self.name_edit)
        form.addRow(name_label, self.name_edit)
        used_label = QLabel("&Used for:")
        used_label.setBuddy(self.purpose_combo)
        form.addRow(used_label, self.purpose_combo)
        subject_label = QLabel("&Subject:")
        subject_label.setBuddy(self.subject_edit)
        form.addRow(subject_label, self.subject_edit)

        self.question_buttons: list[QPushButton] = []
        questions = QGridLayout()
        questions.setContentsMargins(0, 0, 0, 0)
        for i, line in enumerate(QUESTION_LINES):
            button = _button(f"+ {line.label}", f"Add the question: {line.text}", line.text)
            button.clicked.connect(lambda _checked=False, text=line.text: self.add_question(text))
            self.question_buttons.append(button)
            questions.addWidget(button, i // 2, i % 2)

        self.problems_label = make_error_label()
        self.problems_label.setAccessibleName("Problems in this template")
        self.paste_note = make_error_label()
        self.paste_note.setAccessibleName("Paste cut short")
        self.undo_button = _button("Undo", "Undo typing", "Undo the last edit (Ctrl+Z)")
        self.undo_button.clicked.connect(self._undo)
        self.redo_button = _button("Redo", "Redo typing", "Redo (Ctrl+Shift+Z)")
        self.redo_button.clicked.connect(self._redo)
        self.body_edit.undoAvailable.connect(lambda _on: self._update_buttons())
        self.body_edit.redoAvailable.connect(lambda _on: self._update_buttons())
        self.reset_button = _button(
            "Reset to default", "Reset to default", "Put this built-in template back as it came"
        )
        self.reset_button.clicked.connect(self.reset_template)
        self.revert_button = _button("Revert", "Revert changes", "Forget the unsaved changes")
        self.revert_button.clicked.connect(self.revert)
        self.save_button = _button("&Save", "Save template", "Save the template (Ctrl+S)")
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.save_button.clicked.connect(self.save)
        edit_buttons = QHBoxLayout()
        for button in (self.undo_button, self.redo_button):
            edit_buttons.addWidget(button)
        edit_buttons.addStretch()
        edit_buttons.addWidget(self.reset_button)
        save_buttons = QHBoxLayout()
        save_buttons.addStretch()
        save_buttons.addWidget(self.revert_button)
        save_buttons.addWidget(self.save_button)

        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        middle_layout.addLayout(form)
        body_label = QLabel("&Message:")
        body_label.setBuddy(self.body_edit)
        middle_layout.addWidget(body_label)
        middle_layout.addWidget(self.body_edit, 1)
        middle_layout.addLayout(edit_buttons)
        middle_layout.addWidget(
            _muted("Specific questions get more useful answers. Add one or two, not all:")
        )
        middle_layout.addLayout(questions)
        middle_layout.addWidget(self.paste_note)
        middle_layout.addWidget(self.problems_label)
        middle_layout.addLayout(save_buttons)

        # Right: the preview.
        self.preview_combo = QComboBox()
        self.preview_combo.setAccessibleName("Preview for application")
        self.preview_combo.currentIndexChanged.connect(lambda _i: self.update_preview())
        # Once the user picks (even "Example values"), refreshes keep that choice.
        self._preview_picked = False
        self.preview_combo.activated.connect(lambda _i: setattr(self, "_preview_picked", True))
        self.preview_subject = QLabel()
        self.preview_subject.setAccessibleName("Preview subject")
        self.preview_subject.setWordWrap(True)
        self.preview_subject.setTextFormat(Qt.TextFormat.PlainText)
        self.preview_subject.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        bold = self.preview_subject.font()
        bold.setBold(True)
        self.preview_subject.setFont(bold)
        self.preview_body = QPlainTextEdit()
        self.preview_body.setReadOnly(True)
        self.preview_body.setAccessibleName("Preview message")
        self.preview_note = _muted("")
        self.preview_note.setAccessibleName("Preview note")
        right = QGroupBox("Preview")
        right_layout = QVBoxLayout(right)
        preview_label = QLabel("&For:")
        preview_label.setBuddy(self.preview_combo)
        for_row = QHBoxLayout()
        for_row.addWidget(preview_label)
        for_row.addWidget(self.preview_combo, 1)
        right_layout.addLayout(for_row)
        right_layout.addWidget(self.preview_subject)
        right_layout.addWidget(self.preview_body, 1)
        right_layout.addWidget(self.preview_note)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        for part in (left, middle, right):
            self.splitter.addWidget(part)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 2)
        self.splitter.setSizes([220, 560, 420])
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

    # --- data -----------------------------------------------------------------------------

    def refresh_templates(self) -> None:
        self._templates = self._feedback.templates()
        keys = {t.key for t in self._templates}
        self._drafts = {k: d for k, d in self._drafts.items() if k in keys}
        wanted = self._key if self._key in keys else (self._templates[0].key if keys else None)
        self._loading = True
        self.template_list.clear()
        for template in self._templates:
            self.template_list.addItem(QListWidgetItem(self._list_text(template)))
        self._fit_template_list()
        self._loading = False
        self._key = None
        if wanted is not None:
            self.select_template(wanted)

    def refresh_applications(self, apps: list[ApplicationSummary]) -> None:
        current = self.preview_combo.currentData()
        # The most recent ones, rejected first: a list of every application is no help at
        # 100,000 of them.
        # (Picked out by C loops: a Python test per row was most of the time at 100,000.)
        recent = partial(heapq.nlargest, key=attrgetter("last_activity"))
        was_rejected = attrgetter("was_rejected")
        rejected = recent(PREVIEW_CHOICES, compress(apps, map(was_rejected, apps)))
        if len(rejected) < PREVIEW_CHOICES:
            others = recent(PREVIEW_CHOICES - len(rejected), filterfalse(was_rejected, apps))
        else:
            others = []
        self.preview_combo.blockSignals(True)
        self.preview_combo.clear()
        self.preview_combo.addItem(EXAMPLE_VALUES, None)
        chosen = [*rejected, *others]
        if current is not None and current not in {a.id for a in chosen}:
            chosen += [a for a in apps if a.id == current]
        for app in chosen:
            self.preview_combo.addItem(
                f"{app.name} ({app.outcome.label.lower()})",
                app.id,
            )
        index = self.preview_combo.findData(current)
        if current is None and not self._preview_picked:
            index = -1
        if index < 0:
            index = 1 if rejected else 0
        self.preview_combo.setCurrentIndex(index)
        self.preview_combo.blockSignals(False)
        self.update_preview()

    def select_template(self, key: str) -> None:
        for row, template in enumerate(self._templates):
            if template.key == key:
                if self.template_list.currentRow() == row:
                    self._template_chosen(row)
                else:
                    self.template_list.setCurrentRow(row)
                return

    def current_template(self) -> MessageTemplate | None:
        for template in self._templates:
            if template.key == self._key:
                return template
        return None

    def preview_for(self, app_id: int | None) -> None:
        index = self.preview_combo.findData(app_id)
        self.preview_combo.setCurrentIndex(max(index, 0))

    # --- editing --------------------------------------------------------------------------

    def editor_text(self) -> _Draft:
        purpose = self.purpose_combo.currentData()
        return _Draft(
            self.name_edit.text(),
            purpose if isinstance(purpose, Purpose) else Purpose.OTHER,
            self.subject_edit.text(),
            self.body_edit.toPlainText(),
        )

    def is_dirty(self) -> bool:
        template = self.current_template()
        if template is None:
            return False
        saved = _Draft(template.name, template.purpose, template.subject, template.body)
        return self.editor_text() != saved

    def insert_text(self, text: str) -> None:
        """Put `text` at the cursor of the subject or message, whichever was used last."""
        editor = self._last_editor or self.body_edit
        if isinstance(editor, QLineEdit):
            editor.insert(text)
        else:
            editor.insertPlainText(text)
        editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def add_question(self, text: str) -> None:
        """Add a question line just before the sign-off (the last blank-line-separated part)."""
        body = self.body_edit.toPlainText().rstrip("\n")
        if text in body:
            return
        parts = body.split("\n\n")
        if len(parts) >= 3:
            # Keep greeting, text, then the new line, then the closing.
            before, closing = "\n\n".join(parts[:-1]), parts[-1]
            if before.endswith("?") and not before.endswith("\n\n"):
                new_body = f"{before}\n{text}\n\n{closing}\n"
            else:
                new_body = f"{before}\n\n{text}\n\n{closing}\n"
        else:
            new_body = f"{body}\n\n{text}\n"
        cursor = self.body_edit.textCursor()
        cursor.beginEditBlock()  # one step for Undo
        cursor.select(cursor.SelectionType.Document)
        cursor.insertText(new_body)
        cursor.endEditBlock()

    def save(self) -> None:
        template = self.current_template()
        if template is None:
            return
        draft = self.editor_text()
        key = template.key
        change = self._perform(
            lambda: self._feedback.save_template(
                key, draft.name, draft.subject, draft.body, draft.purpose
            )
        )
        if change is not None:
            self._drafts.pop(key, None)
            self.problems_label.hide()

    def revert(self) -> None:
        template = self.current_template()
        if template is not None:
            self._drafts.pop(template.key, None)
            self._show(template)

    def new_template(self) -> None:
        names = {t.name.casefold() for t in self._templates}
        name, n = "New template", 2
        while name.casefold() in names:
            name, n = f"New template {n}", n + 1
        change = self._perform(
            lambda: self._feedback.add_template(
                name,
                "About the $role role",
                "Hi $contact_first_name,\n\n\n\nBest regards,\n$my_name\n",
                Purpose.OTHER,
            )
        )
        if change is not None:
            key = self._feedback.key_of(name)
            if key is not None:
                self.select_template(key)
            self.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            self.name_edit.selectAll()

    def delete_template(self) -> None:
        template = self.current_template()
        if template is None or template.builtin:
            return
        if not self._prompts.confirm(
            self, f"Delete the template “{template.name}”? This cannot be undone.", "Delete"
        ):
            return
        key = template.key
        if self._perform(lambda: self._feedback.delete_template(key)) is not None:
            self._drafts.pop(key, None)

    def reset_template(self) -> None:
        template = self.current_template()
        if template is None or not template.builtin:
            return
        key = template.key
        if self._perform(lambda: self._feedback.reset_template(key)) is not None:
            self._drafts.pop(key, None)
            self.select_template(key)

    def update_preview(self) -> None:
        self._preview_timer.stop()
        draft = self.editor_text()
        app_id = self.preview_combo.currentData()
        try:
            rendered = self._feedback.preview(draft.subject, draft.body, app_id)
        except UserError as error:
            self.preview_subject.setText("")
            self.preview_body.setPlainText("")
            self.preview_note.setText(error.message)
            return
        self.preview_subject.setText(rendered.subject)
        self.preview_body.setPlainText(rendered.body)
        notes = []
        missing = [n for n in rendered.missing if n != "my_name"]
        if missing:
            names = ", ".join(f"${n}" for n in missing)
            notes.append(f"No value for {names} in this application: check the wording.")
        if "my_name" in rendered.missing:
            notes.append("Type your name at the top of this tab to fill $my_name.")
        if app_id is None:
            notes.append("Showing example values; choose an application to see it for real.")
        self.preview_note.setText(" ".join(notes))
        self.preview_note.setVisible(bool(notes))

    # --- internals ------------------------------------------------------------------------

    def eventFilter(self, watched: object, event: object) -> bool:
        from PySide6.QtCore import QEvent

        if (
            isinstance(event, QEvent)
            and event.type() == QEvent.Type.FocusIn
            and isinstance(watched, QLineEdit | QPlainTextEdit)
        ):
            self._last_editor = watched
        return False

    def _fit_template_list(self) -> None:
        """Wide enough for the longest name with the mark it gets while edited: a cut-off
        name reads as another template (three of them begin "Feedback")."""
        metrics = self.template_list.fontMetrics()
        widest = max(
            (
                metrics.horizontalAdvance(f"{t.name}  (unsaved{'' if t.builtin else ', yours'})")
                for t in self._templates
            ),
            default=0,
        )
        frame = 2 * self.template_list.frameWidth()
        scroll = self.template_list.verticalScrollBar().sizeHint().width()
        self.template_list.setMinimumWidth(min(widest + frame + scroll + 12, 280))

    def _list_text(self, template: MessageTemplate) -> str:
        marks = []
        if template.key in self._drafts:
            marks.append("unsaved")
        elif template.edited:
            marks.append("edited")
        if not template.builtin:
            marks.append("yours")
        return template.name + (f"  ({', '.join(marks)})" if marks else "")

    def _template_chosen(self, row: int) -> None:
        if self._loading or not 0 <= row < len(self._templates):
            return
        if self._key is not None and self.is_dirty():
            self._drafts[self._key] = self.editor_text()
        elif self._key is not None:
            self._drafts.pop(self._key, None)
        self._show(self._templates[row])

    def _paste_cut(self, pasted: int, left_out: int) -> None:
        self.paste_note.setText(
            f"Only the first {pasted:,} characters of what you pasted went in: a template "
            f"holds at most {MAX_TEMPLATE_CHARS:,} characters, so {left_out:,} were left out. "
            "The clipboard still holds all of it."
        )
        self.paste_note.show()

    def _show(self, template: MessageTemplate) -> None:
        self._key = template.key
        self.paste_note.hide()
        draft = self._drafts.get(template.key) or _Draft(
            template.name, template.purpose, template.subject, template.body
        )
        self._loading = True
        self.name_edit.setText(draft.name)
        self.purpose_combo.setCurrentIndex(max(self.purpose_combo.findData(draft.purpose), 0))
        self.purpose_combo.setEnabled(not template.builtin)
        self.purpose_combo.setToolTip(
            "A built-in template's purpose is fixed" if template.builtin else ""
        )
        self.subject_edit.setText(draft.subject)
        # A long subject is shown from its start, not scrolled to where the cursor ends.
        self.name_edit.setCursorPosition(0)
        self.subject_edit.setCursorPosition(0)
        self.body_edit.setPlainText(draft.body)  # also starts a fresh undo history
        self._loading = False
        self._edited()
        self.update_preview()

    def _edited(self, *_args: object) -> None:
        if self._loading:
            return
        draft = self.editor_text()
        problems = [*find_problems(draft.subject, "subject"), *find_problems(draft.body)]
        if problems:
            listed = "; ".join(dict.fromkeys(p.message for p in problems))
            self.problems_label.setText(f"Not saved until fixed: {listed}.")
            self.problems_label.show()
        else:
            self.problems_label.hide()
        template = self.current_template()
        row = self.template_list.currentRow()
        if template is not None and 0 <= row < self.template_list.count():
            dirty = self.is_dirty()
            if dirty:
                self._drafts[template.key] = draft
            else:
                self._drafts.pop(template.key, None)
            self.template_list.item(row).setText(self._list_text(template))
        self._update_buttons()
        self._preview_timer.start()

    def _update_buttons(self) -> None:
        template = self.current_template()
        dirty = self.is_dirty()
        draft = self.editor_text()
        problems = find_problems(draft.subject, "subject") or find_problems(draft.body)
        self.save_button.setEnabled(template is not None and dirty and not problems)
        self.revert_button.setEnabled(dirty)
        self.delete_button.setEnabled(template is not None and not template.builtin)
        self.reset_button.setEnabled(template is not None and template.can_reset)
        self.reset_button.setVisible(template is None or template.builtin)
        document = self.body_edit.document()
        self.undo_button.setEnabled(document.isUndoAvailable())
        self.redo_button.setEnabled(document.isRedoAvailable())

    def _undo(self) -> None:
        self.body_edit.undo()
        self.body_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _redo(self) -> None:
        self.body_edit.redo()
        self.body_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _insert_chosen(self) -> None:
        item = self.placeholder_list.currentItem()
        if item is not None:
            self.insert_text(item.text())


# --- patterns ------------------------------------------------------------------------------


class PatternsPage(QWidget):
    """Themes counted across rejections, and the feedback they come from."""

    record_requested = Signal(int)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.summary_label = QLabel()
        self.summary_label.setAccessibleName("Patterns summary")
        self.summary_label.setWordWrap(True)
        font = self.summary_label.font()
        font.setBold(True)
        self.summary_label.setFont(font)
        self.reminder_label = _muted(PATTERN_REMINDER)

        self.theme_model = ThemeModel(self)
        self.theme_table = _table("Themes across rejections")
        self.theme_table.setModel(self.theme_model)
        self.theme_table.setColumnWidth(COL_THEME, 220)
        self.theme_table.setColumnWidth(COL_COMPANIES, 90)
        self.theme_table.setColumnWidth(COL_COMPANIES + 1, 90)
        self.theme_table.sortByColumn(COL_COMPANIES, Qt.SortOrder.DescendingOrder)
        self.themes_empty = _muted(
            "No themes yet. When a company tells you why, record it with "
            "Application ▸ Record feedback received… and tick its themes: they add up here."
        )
        self.themes_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.theme_stack = QStackedWidget()
        self.theme_stack.addWidget(self.themes_empty)
        self.theme_stack.addWidget(self.theme_table)

        self.feedback_model = FeedbackModel(self)
        self.feedback_table = _table("Feedback received")
        self.feedback_table.setModel(self.feedback_model)
        for column, width in (
            (COL_FB_COMPANY, 200),
            (COL_FB_ROLE, 200),
            (COL_FB_RECEIVED, 100),
            (COL_FB_THEMES, 200),
        ):
            self.feedback_table.setColumnWidth(column, width)
        self.feedback_table.sortByColumn(COL_FB_RECEIVED, Qt.SortOrder.DescendingOrder)
        self.feedback_table.activated.connect(self._activated)
        self.edit_button = _button(
            "&Edit feedback…", "Edit feedback", "Change what was recorded for this application"
        )
        self.edit_button.clicked.connect(self._edit_selected)
        self.feedback_table.selectionModel().selectionChanged.connect(
            lambda *_a: self.edit_button.setEnabled(self._selected_id() is not None)
        )
        self.edit_button.setEnabled(False)

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.summary_label)
        top_layout.addWidget(self.reminder_label)
        top_layout.addWidget(self.theme_stack, 1)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        header = QHBoxLayout()
        header.addWidget(QLabel("<b>Feedback received</b>"))
        header.addStretch()
        header.addWidget(self.edit_button)
        bottom_layout.addLayout(header)
        bottom_layout.addWidget(self.feedback_table, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def refresh(self, apps: list[ApplicationSummary]) -> None:
        received = self._services.feedback.all_feedback()
        report = self._services.feedback.patterns(apps, received)
        self.summary_label.setText(report.summary())
        self.theme_model.set_report(list(report.themes), report.threshold)
        self.theme_stack.setCurrentWidget(self.theme_table if report.themes else self.themes_empty)
        # Only the applications with feedback by id: a dictionary of every one would hold
        # 5 MB at 100,000 applications while the list is made.
        by_id = {a.id: a for a in apps if a.id in received}
        self.feedback_model.set_rows([(by_id[i], fb) for i, fb in received.items() if i in by_id])
        self.edit_button.setEnabled(self._selected_id() is not None)

    def _selected_id(self) -> int | None:
        rows = self.feedback_table.selectionModel().selectedRows()
        return int(rows[0].data(APP_ID_ROLE)) if rows else None

    def _activated(self, index: QModelIndex) -> None:
        app_id = index.data(APP_ID_ROLE)
        if app_id is not None:
            self.record_requested.emit(int(app_id))

    def _edit_selected(self) -> None:
        app_id = self._selected_id()
        if app_id is not None:
            self.record_requested.emit(app_id)


# --- follow-ups ----------------------------------------------------------------------------


class FollowUpsPage(QWidget):
    """Applications quiet for long enough to deserve a short, polite nudge."""

    compose_requested = Signal(int)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.explanation = _muted("")
        self.model = FollowUpModel(self)
        self.table = _table("Follow-ups due")
        self.table.setModel(self.model)
        # Widths that fit a 900 px window whole: the days are two or three digits (Qt's
        # default 100 px for them pushed the last follow-up past the edge).
        self.table.setColumnWidth(COL_FU_COMPANY, 240)
        self.table.setColumnWidth(COL_FU_ROLE, 220)
        self.table.setColumnWidth(COL_FU_DAYS - 1, 110)
        self.table.setColumnWidth(COL_FU_DAYS, 60)
        self.table.sortByColumn(COL_FU_DAYS, Qt.SortOrder.DescendingOrder)
        self.table.activated.connect(self._activated)
        self.empty = _muted("")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.table)
        self.write_button = _button(
            "&Write a follow-up…", "Write a follow-up", "Open the follow-up template for it"
        )
        self.write_button.clicked.connect(self._write_selected)
        self.table.selectionModel().selectionChanged.connect(
            lambda *_a: self.write_button.setEnabled(self._selected_id() is not None)
        )
        self.write_button.setEnabled(False)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.write_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(self.stack, 1)
        layout.addLayout(buttons)

    def refresh(self, due: list[FollowUp]) -> None:
        """Show `due` (`Feedback.follow_ups`, worked out by the tab for its count)."""
        days = self._services.settings.get(FOLLOW_UP_DAYS)
        self.explanation.setText(
            f"Active applications with no news for {counted(days, 'day')} or more (the "
            "follow-up wait, in Preferences). "
            "A short follow-up is fair; silence after it is an answer too. Applications never "
            "answered within the no-response period are left out: by then they count as "
            "unanswered."
        )
        self.empty.setText(
            f"Nothing is waiting on a follow-up: every active application has moved within "
            f"the last {counted(days, 'day')}, or has a next step ahead."
        )
        self.model.set_rows(due)
        self.stack.setCurrentWidget(self.table if due else self.empty)
        self.write_button.setEnabled(self._selected_id() is not None)

    def _selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return int(rows[0].data(APP_ID_ROLE)) if rows else None

    def _activated(self, index: QModelIndex) -> None:
        app_id = index.data(APP_ID_ROLE)
        if app_id is not None:
            self.compose_requested.emit(int(app_id))

    def _write_selected(self) -> None:
        app_id = self._selected_id()
        if app_id is not None:
            self.compose_requested.emit(app_id)


# --- the tab -------------------------------------------------------------------------------


class FeedbackTab(QWidget):
    """Templates, patterns and follow-ups; asks the window for dialogs through its signals."""

    compose_requested = Signal(int, str)  # application id, template key
    record_requested = Signal(int)
    mail_account_requested = Signal()

    def __init__(
        self,
        services: Services,
        perform: Perform,
        prompts: Prompts,
        applications: Callable[[], list[ApplicationSummary]],
        parent: QWidget | None = None,
        *,
        follow_ups: Callable[[], list[FollowUp]] | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._applications = applications
        # The follow-ups due (`Feedback.follow_ups`), as the window keeps them for Today too.
        self._follow_ups = follow_ups or (lambda: services.feedback.follow_ups(applications()))
        self.templates_page = TemplatesPage(services, perform, prompts)
        self.pages = RoomTabs()
        self.pages.setAccessibleName("Feedback views")
        self.pages.addTab(self.templates_page, "Templates")
        # The other two pages are built when first chosen (or asked for): the tab's first
        # paint shows the templates.
        self._later = LazyTabs(self.pages)
        self._later.add("patterns", "Patterns across rejections", self._build_patterns)
        self._later.add("follow_ups", "Follow-ups due", self._build_follow_ups)

        self.intro = _muted(
            "Write a request once; then, for any application, right-click ▸ Request feedback… "
            "copies it, opens it in your mail app or saves it as a draft in your mailbox."
        )
        self.account_button = _button(
            "Mail &account…", "Mail account", "Where drafts are saved, and its password"
        )
        self.account_button.clicked.connect(self.mail_account_requested)
        self.my_name_edit = QLineEdit()
        self.my_name_edit.setAccessibleName("Your name")
        self.my_name_edit.setPlaceholderText("Your name, to sign with")
        self.my_name_edit.setToolTip("Fills $my_name in templates")
        self.my_name_edit.setMaximumWidth(220)
        self.my_name_edit.editingFinished.connect(self._my_name_edited)
        self._perform = perform
        name_label = QLabel("Your &name:")
        name_label.setBuddy(self.my_name_edit)
        top = QHBoxLayout()
        top.addWidget(self.intro, 1)
        top.addWidget(name_label)
        top.addWidget(self.my_name_edit)
        top.addWidget(self.account_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.pages, 1)

        # The lists read every application: only while the tab is on screen, and each page
        # only while it is the one shown (the follow-ups are counted for their page's title).
        # A page is shown before the tab that holds it: the first time, each reads for itself.
        self._lists = WhenShown(self, self._refresh_lists)
        self._due: list[FollowUp] = []
        self._previews = WhenShown(
            self.templates_page,
            lambda: self.templates_page.refresh_applications(self._applications()),
        )
        self._pages_shown: list[WhenShown] = []  # of the other pages, once built
        # The templates when the page is first shown (or changed while shown), before the
        # applications to preview them with: a filter installed later runs first.
        self._templates = WhenShown(self.templates_page, self.templates_page.refresh_templates)

    @property
    def patterns_page(self) -> PatternsPage:
        return cast("PatternsPage", self._later.get("patterns"))

    @property
    def follow_ups_page(self) -> FollowUpsPage:
        return cast("FollowUpsPage", self._later.get("follow_ups"))

    def _build_patterns(self) -> PatternsPage:
        page = PatternsPage(self._services)
        page.record_requested.connect(self.record_requested)
        self._pages_shown.append(WhenShown(page, lambda: page.refresh(self._applications())))
        return page

    def _build_follow_ups(self) -> FollowUpsPage:
        page = FollowUpsPage(self._services)
        page.compose_requested.connect(
            lambda app_id: self.compose_requested.emit(
                app_id, self._services.feedback.template_for(Purpose.FOLLOW_UP).key
            )
        )
        self._pages_shown.append(WhenShown(page, lambda: page.refresh(self._due)))
        return page

    def _my_name_edited(self) -> None:
        name = " ".join(self.my_name_edit.text().split())
        if name != self._services.settings.get(MY_NAME):
            self._perform(lambda: self._services.settings.set(MY_NAME, name))

    def refresh(self, kinds: frozenset[str]) -> None:
        if SETTINGS in kinds or not self.my_name_edit.text():
            self.my_name_edit.setText(self._services.settings.get(MY_NAME))
        if TEMPLATES in kinds:
            self._templates.request()
        if kinds & {APPLICATIONS, BREAKS, FEEDBACK, SETTINGS}:
            self._previews.request()
            self._lists.request()

    def _refresh_lists(self) -> None:
        self._due = due = self._follow_ups()
        self.pages.setTabText(2, f"Follow-ups due ({len(due)})" if due else "Follow-ups due")
        for page in self._pages_shown:
            page.request()
