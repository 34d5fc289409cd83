"""Start an improvement: one concrete action, the topic and stage it targets, its dates."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from jobdesk.domain.enums import Stage
from jobdesk.domain.errors import UserError
from jobdesk.domain.funnel import step_label
from jobdesk.domain.improvements import ImprovementDetails, clean_improvement
from jobdesk.ui.dialogs.common import (
    buddy_label,
    make_date_edit,
    make_error_label,
    name_buttons,
    run_dialog,
    set_name,
    show_error,
    to_date,
    to_qdate,
)
from jobdesk.ui.dialogs.form_dialog import FormDialog

HINT = (
    "Small and specific works best: what you will do, and how often. Its effect is measured "
    "on the stage's ratio, for applications that reach the stage from the start date on."
)


class ImprovementDialog(FormDialog):
    def __init__(
        self, topics: list[str], topic: str, stage: Stage, today: date, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Start an improvement")
        self.result_details: ImprovementDetails | None = None
        self.action_edit = QLineEdit()
        self.action_edit.setPlaceholderText(
            "e.g. practise system design under a timer twice a week"
        )
        set_name(self.action_edit, "Action")
        self.topic_combo = QComboBox()
        self.topic_combo.setEditable(True)
        self.topic_combo.addItems(topics)
        self.topic_combo.setCurrentText(topic)
        set_name(self.topic_combo, "Topic")
        self.stage_combo = QComboBox()
        for s in Stage:
            following = s.next()
            if following is not None:
                self.stage_combo.addItem(step_label(s, following), s)
        self.stage_combo.setCurrentIndex(max(0, self.stage_combo.findData(stage)))
        set_name(self.stage_combo, "Stage it targets")
        self.start_edit = make_date_edit("Start date", today)
        self.end_check = QCheckBox("&Ends on:")
        self.end_edit = make_date_edit("End date", today)
        self.end_edit.setEnabled(False)
        self.end_check.toggled.connect(self.end_edit.setEnabled)
        self.error_label = make_error_label()
        hint = QLabel(HINT)
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        name_buttons(buttons, "&Start")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(hint)
        form.addRow(buddy_label("&Action:", self.action_edit), self.action_edit)
        form.addRow(buddy_label("&Topic:", self.topic_combo), self.topic_combo)
        form.addRow(buddy_label("St&age:", self.stage_combo), self.stage_combo)
        form.addRow(buddy_label("Start &date:", self.start_edit), self.start_edit)
        form.addRow(self.end_check, self.end_edit)
        form.addRow(self.error_label)
        form.addRow(buttons)
        self.resize(520, self.sizeHint().height())

    def show_entered(self, entered: ImprovementDetails) -> None:
        self.mark_refilled()
        self.action_edit.setText(entered.action)
        self.topic_combo.setCurrentText(entered.topic)
        self.stage_combo.setCurrentIndex(max(0, self.stage_combo.findData(entered.stage)))
        self.start_edit.setDate(to_qdate(entered.started_on))
        self.end_check.setChecked(entered.ends_on is not None)
        if entered.ends_on is not None:
            self.end_edit.setDate(to_qdate(entered.ends_on))

    def details(self) -> ImprovementDetails:
        return ImprovementDetails(
            self.action_edit.text(),
            self.topic_combo.currentText(),
            self.stage_combo.currentData(),
            to_date(self.start_edit.date()),
            to_date(self.end_edit.date()) if self.end_check.isChecked() else None,
        )

    def accept(self) -> None:
        try:
            self.result_details = clean_improvement(self.details())
        except UserError as error:
            show_error(self.error_label, error)
            return
        super().accept()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        topics: list[str],
        topic: str,
        stage: Stage,
        today: date,
        entered: ImprovementDetails | None = None,
    ) -> ImprovementDetails | None:
        """`entered`: what was typed before, when starting it was refused: shown again."""
        dialog = cls(topics, topic, stage, today, parent)
        if entered is not None:
            dialog.show_entered(entered)
        return run_dialog(dialog, lambda d: d.result_details)
