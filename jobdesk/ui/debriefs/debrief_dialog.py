"""Write or edit a debrief: one short form that asks nothing twice, tags, questions, a rating."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from jobdesk.domain.application import Application
from jobdesk.domain.enums import Stage
from jobdesk.domain.errors import UserError
from jobdesk.domain.interviews import (
    DebriefDetails,
    Interview,
    clean_debrief,
    questions_from_text,
)
from jobdesk.ui.dialogs.common import (
    buddy_label,
    fields_scroll,
    make_date_edit,
    make_error_label,
    name_buttons,
    plain_label,
    run_dialog,
    set_name,
    show_error,
    to_date,
    to_qdate,
)
from jobdesk.ui.dialogs.form_dialog import FormDialog

RATINGS = ("Not rated", "1 — it went badly", "2", "3 — so-so", "4", "5 — it went very well")
NO_INTERVIEW = "No interview (a rejection, or a talk outside jobdesk)"

# The questions of the guides' debrief, in the user's words; each is asked once.
QUESTIONS = (
    ("went_well", "What went &well, and why?", "Answers that landed, and what made them land"),
    ("stumbled", "Where did you &stumble?", "Where you were caught off guard"),
    ("preparation", "&Preparation that did not hold up", "What you prepared that cracked"),
    ("differently", "The one thing to do &differently", "Just one: the next change to make"),
    ("support", "Support you &need", "A mock interview, a reviewer, a break…"),
)


class DebriefDialog(FormDialog):
    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        app: Application,
        today: date,
        interviews: Sequence[Interview],
        tag_names: Sequence[str],
        *,
        interview_id: int | None = None,
        current: DebriefDetails | None = None,
        entered: DebriefDetails | None = None,
    ) -> DebriefDetails | None:
        """`entered`: what was written before, when saving it was refused: shown again."""
        dialog = cls(
            parent,
            app=app,
            today=today,
            interviews=interviews,
            tag_names=tag_names,
            interview_id=interview_id,
            current=current,
            entered=entered,
        )
        return run_dialog(dialog, lambda d: d.result_value())

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        app: Application,
        today: date,
        interviews: Sequence[Interview],
        tag_names: Sequence[str],
        interview_id: int | None = None,
        current: DebriefDetails | None = None,
        entered: DebriefDetails | None = None,
    ) -> None:
        super().__init__(parent)
        self._app = app
        self._today = today
        self._interviews = {i.id: i for i in interviews}
        self.setWindowTitle("Edit the debrief" if current else "Write the debrief")
        shown = entered or current
        if entered is not None:
            self.mark_refilled()
        self.setMinimumSize(560, 560)
        outer = QVBoxLayout(self)
        title = plain_label(f"{app.details.company} — {app.details.role_title}")
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        outer.addWidget(title)
        hint = QLabel("Five minutes while it is fresh. A debrief is information, not a verdict.")
        hint.setWordWrap(True)
        outer.addWidget(hint)
        body = QWidget()
        form = QFormLayout(body)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        outer.addWidget(fields_scroll(body), 1)

        self.interview_combo = QComboBox()
        self.interview_combo.addItem(NO_INTERVIEW, None)
        for item in interviews:
            self.interview_combo.addItem(f"{item.details.kind.label}, {item.when_text()}", item.id)
        set_name(self.interview_combo, "Interview it is about")
        self.stage_combo = QComboBox()
        for stage in Stage:
            self.stage_combo.addItem(stage.label, stage)
        set_name(self.stage_combo, "Stage")
        self.date_edit = make_date_edit("Written on", today, latest=today)
        self.rating_combo = QComboBox()
        self.rating_combo.addItems(list(RATINGS))
        set_name(self.rating_combo, "How it went, from 1 to 5")
        form.addRow(buddy_label("&About:", self.interview_combo), self.interview_combo)
        row = QHBoxLayout()
        row.addWidget(self.stage_combo)
        row.addWidget(buddy_label("Wr&itten on:", self.date_edit))
        row.addWidget(self.date_edit)
        row.addWidget(buddy_label("&Rating:", self.rating_combo))
        row.addWidget(self.rating_combo)
        row.addStretch(1)
        form.addRow(buddy_label("S&tage:", self.stage_combo), row)

        self.answers: dict[str, QPlainTextEdit] = {}
        for name, label, placeholder in QUESTIONS:
            edit = QPlainTextEdit()
            edit.setTabChangesFocus(True)
            edit.setPlaceholderText(placeholder)
            edit.setFixedHeight(self.fontMetrics().height() * 4)
            set_name(edit, label.replace("&", ""))
            self.answers[name] = edit
            form.addRow(buddy_label(label, edit), edit)

        self.questions_edit = QPlainTextEdit()
        self.questions_edit.setTabChangesFocus(True)
        self.questions_edit.setPlaceholderText("One question per line; they go in the question log")
        self.questions_edit.setFixedHeight(self.fontMetrics().height() * 5)
        set_name(self.questions_edit, "Questions you were asked")
        form.addRow(buddy_label("&Questions asked:", self.questions_edit), self.questions_edit)

        self.tag_list = QListWidget()
        self.tag_list.setAccessibleName("Topics")
        self.tag_list.setFixedHeight(self.fontMetrics().height() * 7)
        known = list(tag_names)
        for tag in shown.tags if shown else ():
            if tag.casefold() not in {k.casefold() for k in known}:
                known.append(tag)
        for tag in known:
            tag_item = QListWidgetItem(tag)
            tag_item.setFlags(tag_item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            tag_item.setCheckState(Qt.CheckState.Unchecked)
            self.tag_list.addItem(tag_item)
        self.other_tags_edit = QLineEdit()
        self.other_tags_edit.setPlaceholderText("Your own topics, separated by commas")
        set_name(self.other_tags_edit, "Your own topics")
        form.addRow(buddy_label("T&opics:", self.tag_list), self.tag_list)
        form.addRow("", self.other_tags_edit)

        self.error_label = make_error_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        name_buttons(self.buttons, "Save the debrief")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.error_label)
        outer.addWidget(self.buttons)

        self.interview_combo.currentIndexChanged.connect(self._interview_changed)
        self._fill(shown, interview_id)

    def _fill(self, current: DebriefDetails | None, interview_id: int | None) -> None:
        if current is None:
            index = self.interview_combo.findData(interview_id) if interview_id else 0
            self.interview_combo.setCurrentIndex(max(0, index))
            self._interview_changed()
            return
        index = self.interview_combo.findData(current.interview_id)
        self.interview_combo.setCurrentIndex(max(0, index) if current.interview_id else 0)
        self.stage_combo.setCurrentIndex(self.stage_combo.findData(current.stage))
        self.date_edit.setDate(to_qdate(current.written_on))
        self.rating_combo.setCurrentIndex(current.rating or 0)
        for name, edit in self.answers.items():
            edit.setPlainText(getattr(current, name))
        self.questions_edit.setPlainText("\n".join(current.questions))
        chosen = {t.casefold() for t in current.tags}
        for row in range(self.tag_list.count()):
            item = self.tag_list.item(row)
            if item.text().casefold() in chosen:
                item.setCheckState(Qt.CheckState.Checked)

    def _interview_changed(self, *_args: object) -> None:
        chosen = self._interviews.get(self.interview_combo.currentData())
        stage = chosen.details.stage if chosen else self._app.furthest_stage
        self.stage_combo.setCurrentIndex(self.stage_combo.findData(stage))

    def check_tag(self, name: str) -> None:
        """Tick a topic by its name (as the user would click its box)."""
        for item in self.tag_list.findItems(name, Qt.MatchFlag.MatchFixedString):
            item.setCheckState(Qt.CheckState.Checked)

    def result_value(self) -> DebriefDetails:
        tags = [
            self.tag_list.item(row).text()
            for row in range(self.tag_list.count())
            if self.tag_list.item(row).checkState() == Qt.CheckState.Checked
        ]
        tags += [t for t in self.other_tags_edit.text().split(",") if t.strip()]
        rating = self.rating_combo.currentIndex()
        answers = {name: edit.toPlainText() for name, edit in self.answers.items()}
        return clean_debrief(
            DebriefDetails(
                stage=self.stage_combo.currentData(),
                written_on=to_date(self.date_edit.date()),
                interview_id=self.interview_combo.currentData(),
                went_well=answers["went_well"],
                stumbled=answers["stumbled"],
                preparation=answers["preparation"],
                differently=answers["differently"],
                support=answers["support"],
                rating=rating or None,
                tags=tuple(tags),
                questions=questions_from_text(self.questions_edit.toPlainText()),
            ),
            self._today,
        )

    def accept(self) -> None:
        try:
            self.result_value()
        except UserError as error:
            show_error(self.error_label, error)
            return
        super().accept()
