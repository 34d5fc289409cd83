"""Recording the feedback an application got: when, what it said, and its themes."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jobdesk.domain.application import Application
from jobdesk.domain.enums import ReasonGroup
from jobdesk.domain.errors import UserError
from jobdesk.domain.feedback import (
    PATTERN_REMINDER,
    MessageSent,
    ReceivedFeedback,
    clean_feedback,
    clean_theme,
)
from jobdesk.domain.templates import Purpose
from jobdesk.domain.topics import Topic, TopicList
from jobdesk.domain.wording import short_date
from jobdesk.ui.dialogs.common import (
    buddy_label,
    fields_scroll,
    make_date_edit,
    make_error_label,
    name_buttons,
    run_dialog,
    show_error,
    to_date,
    to_qdate,
)
from jobdesk.ui.dialogs.form_dialog import FormDialog
from jobdesk.ui.dialogs.topic_groups import TopicGroups


@dataclass(frozen=True)
class FeedbackEntry:
    feedback: ReceivedFeedback
    new_themes: tuple[str, ...]  # themes the user added here, to be created first
    remove: bool = False  # the user asked to remove the recorded feedback


class FeedbackDialog(FormDialog):
    """What a company said after its decision, with themes ticked from a list the user grows."""

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        app: Application,
        today: date,
        themes: Sequence[Topic | str],
        current: ReceivedFeedback | None = None,
        sent: list[MessageSent] | None = None,
        entered: FeedbackEntry | None = None,
    ) -> FeedbackEntry | None:
        """`entered`: what was written and ticked before, when saving it was refused."""
        dialog = cls(parent, app, today, themes, current, sent or [], entered)
        return run_dialog(dialog, lambda d: d.result_value())

    def __init__(
        self,
        parent: QWidget | None,
        app: Application,
        today: date,
        themes: Sequence[Topic | str],
        current: ReceivedFeedback | None,
        sent: list[MessageSent],
        entered: FeedbackEntry | None = None,
    ) -> None:
        super().__init__(parent)
        self._app = app
        self._today = today
        shown = entered.feedback if entered else current
        if entered is not None:
            self.mark_refilled()
        # A theme given by name alone is looked up in the vocabulary for its group.
        vocabulary = TopicList()
        topics = [t if isinstance(t, Topic) else vocabulary.topic(t) for t in themes]
        stored = {t.label.casefold() for t in topics}
        # Themes added in a form whose save was refused, not stored yet: offered again.
        added = [t for t in (entered.new_themes if entered else ()) if t.casefold() not in stored]
        self._known = [t.label for t in topics]
        self._new: list[str] = added
        self._remove = False
        self.setWindowTitle("Feedback received")
        self.setMinimumWidth(640)

        header = QLabel(f"<b>{_esc(app.details.company)}</b> — {_esc(app.details.role_title)}")
        asked = [m for m in sent if m.purpose is Purpose.FEEDBACK]
        asked_text = (
            "You asked for feedback on "
            + ", ".join(f"{short_date(m.on)} ({m.via.label})" for m in asked)
            + "."
            if asked
            else "No request for feedback is recorded for this application."
        )
        self.asked_label = QLabel(asked_text)
        self.asked_label.setWordWrap(True)
        self.asked_label.setAccessibleName("Feedback requested")

        self.date_edit = make_date_edit(
            "Date the feedback arrived", shown.received_on if shown else today, latest=today
        )
        self.date_edit.setMinimumDate(to_qdate(app.details.applied_on))
        self.said_edit = QPlainTextEdit()
        self.said_edit.setAccessibleName("What they said")
        self.said_edit.setPlaceholderText(
            "Their words, as close as you can; a line or two is enough"
        )
        self.said_edit.setTabChangesFocus(True)
        self.said_edit.setPlainText(shown.said if shown else "")
        self.said_edit.setMinimumHeight(90)

        # In their groups, as a rejection's reasons are (one builder for both).
        self.themes = TopicGroups(((t.group, t.label) for t in topics), several=True, stacked=True)
        self.themes.setAccessibleName("Themes")
        chosen = {t.casefold() for t in (shown.themes if shown else ())}
        for label, button in self.themes.buttons.items():
            button.setChecked(label.casefold() in chosen)
        for name in added:  # as add_theme shows one: something to work on
            self.themes.add(ReasonGroup.TO_WORK_ON, name).setChecked(name.casefold() in chosen)
        themes_scroll = fields_scroll(self.themes)
        themes_scroll.setFrameShape(QFrame.Shape.NoFrame)
        themes_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.new_theme_edit = QLineEdit()
        self.new_theme_edit.setAccessibleName("New theme")
        self.new_theme_edit.setPlaceholderText("Another theme, e.g. System design")
        self.new_theme_edit.returnPressed.connect(self.add_theme)
        self.add_theme_button = QPushButton("&Add theme")
        self.add_theme_button.setAccessibleName("Add theme")
        self.add_theme_button.clicked.connect(self.add_theme)
        new_row = QHBoxLayout()
        new_row.addWidget(self.new_theme_edit, 1)
        new_row.addWidget(self.add_theme_button)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(buddy_label("&Received on:", self.date_edit), self.date_edit)
        form.addRow(buddy_label("&What they said:", self.said_edit), self.said_edit)
        # The themes sit beside what was said: stacked, the two made the dialog taller
        # than a 600 px screen.
        themes_column = QVBoxLayout()
        themes_column.addWidget(buddy_label("T&hemes:", self.new_theme_edit))
        themes_column.addWidget(themes_scroll, 1)
        themes_column.addLayout(new_row)
        columns = QHBoxLayout()
        columns.addLayout(form, 3)
        columns.addLayout(themes_column, 2)
        reminder = QLabel(PATTERN_REMINDER)
        reminder.setWordWrap(True)

        self.error_label = make_error_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        name_buttons(self.buttons, "&Save feedback")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        if current is not None:
            self.remove_button = self.buttons.addButton(
                "Remove feedback", QDialogButtonBox.ButtonRole.DestructiveRole
            )
            self.remove_button.setAccessibleName("Remove feedback")
            self.remove_button.clicked.connect(self._remove_clicked)

        layout = QVBoxLayout(self)
        layout.addWidget(header)
        layout.addWidget(self.asked_label)
        layout.addLayout(columns)
        layout.addWidget(reminder)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.said_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def add_theme(self) -> None:
        try:
            name = clean_theme(self.new_theme_edit.text())
        except UserError as error:
            show_error(self.error_label, error)
            return
        for label, button in self.themes.buttons.items():
            if label.casefold() == name.casefold():
                button.setChecked(True)
                break
        else:
            self._new.append(name)
            # The user's own topics are something to work on (as the service files them).
            self.themes.add(ReasonGroup.TO_WORK_ON, name).setChecked(True)
        self.new_theme_edit.clear()
        self.error_label.hide()

    def result_value(self) -> FeedbackEntry:
        themes = tuple(self.themes.checked())
        received = ReceivedFeedback(
            self._app.id, to_date(self.date_edit.date()), self.said_edit.toPlainText(), themes
        )
        return FeedbackEntry(received, tuple(self._new), self._remove)

    def accept(self) -> None:
        if not self._remove:
            try:
                clean_feedback(
                    self.result_value().feedback,
                    self._app,
                    self._today,
                    [*self._known, *self._new],
                )
            except UserError as error:
                show_error(self.error_label, error)
                return
        super().accept()

    def _remove_clicked(self) -> None:
        self._remove = True
        self.accept()


def _esc(text: str) -> str:
    from html import escape

    return escape(text)
