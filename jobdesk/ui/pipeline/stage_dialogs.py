"""Dialogs that move an application along: forward a stage, rejected, or another outcome."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from jobdesk.domain.application import Application, plan_advance, plan_outcome
from jobdesk.domain.enums import Outcome, RejectionReason, Stage
from jobdesk.domain.errors import UserError
from jobdesk.ui.dialogs.common import (
    buddy_label,
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

BACKFILL_HINT = (
    "A date before today marks this step as backfilled: it counts in the rates but not in timings."
)


@dataclass(frozen=True)
class Rejection:
    stage: Stage
    on: date
    reason: RejectionReason | None
    note: str


class _EventDialog(FormDialog):
    """What the three dialogs share: who it is about, a date, an inline error, OK/Cancel.

    Subclasses create their controls in reading order (that is the tab order),
    then call `_finish`.
    """

    def __init__(self, parent: QWidget | None, app: Application, today: date, title: str) -> None:
        super().__init__(parent)
        self._app = app
        self._today = today
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self._layout = QVBoxLayout(self)
        self._about = QVBoxLayout()
        self._about.setSpacing(2)
        self._about.addWidget(_header(app))
        self._layout.addLayout(self._about)
        self._layout.addSpacing(8)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self._layout.addLayout(self.form)

    def _make_date_edit(self, name: str) -> QDateEdit:
        edit = make_date_edit(name, self._today, latest=self._today)
        edit.setMinimumDate(to_qdate(self._app.last_activity))
        return edit

    def _finish(self, ok_text: str) -> None:
        self.error_label = make_error_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        name_buttons(self.buttons, ok_text)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._layout.addStretch(1)
        self._layout.addWidget(self.error_label)
        self._layout.addWidget(self.buttons)

    def _validate(self) -> None:
        raise NotImplementedError

    def accept(self) -> None:
        try:
            self._validate()
        except UserError as error:
            show_error(self.error_label, error)
            return
        self.error_label.hide()
        super().accept()


class AdvanceDialog(_EventDialog):
    """Move an application forward to a later stage, on a given day."""

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        app: Application,
        today: date,
        stage: Stage | None = None,
        entered: tuple[Stage, date] | None = None,
    ) -> tuple[Stage, date] | None:
        """`stage` is the one offered first (a card's new column); else the next one.
        `entered`: the stage and day chosen before, when saving them was refused."""
        dialog = cls(parent, app=app, today=today, stage=entered[0] if entered else stage)
        if entered is not None:
            dialog.date_edit.setDate(to_qdate(entered[1]))
            dialog.mark_refilled()
        return run_dialog(dialog, lambda d: d.result_value())

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        app: Application,
        today: date,
        stage: Stage | None = None,
    ) -> None:
        super().__init__(parent, app, today, "Move forward")
        self._about.addWidget(_line(f"Furthest stage reached: {app.furthest_stage.label}"))
        self._stages = [s for s in Stage if s > app.furthest_stage]
        self.stage_combo = QComboBox()
        self.stage_combo.addItems([s.label for s in self._stages])
        if stage in self._stages:
            self.stage_combo.setCurrentIndex(self._stages.index(stage))
        self.stage_combo.setAccessibleName("Move to stage")
        self.date_edit = self._make_date_edit("Date the stage was reached")
        self.form.addRow(buddy_label("&Move to:", self.stage_combo), self.stage_combo)
        self.form.addRow(buddy_label("&On:", self.date_edit), self.date_edit)
        self.form.addRow(_line(BACKFILL_HINT))
        self._finish("Move forward")
        self.stage_combo.setFocus()

    def result_value(self) -> tuple[Stage, date]:
        index = self.stage_combo.currentIndex()
        # With no later stage left, the furthest one makes plan_advance say why.
        stage = self._stages[index] if index >= 0 else self._app.furthest_stage
        return stage, to_date(self.date_edit.date())

    def _validate(self) -> None:
        stage, on = self.result_value()
        plan_advance(self._app, stage, on, self._today)


class RejectDialog(_EventDialog):
    """Record a rejection: at which stage, when, why (if known), and what happened."""

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        app: Application,
        today: date,
        entered: Rejection | None = None,
    ) -> Rejection | None:
        """`entered`: what was chosen and typed before, when saving it was refused."""
        dialog = cls(parent, app=app, today=today)
        if entered is not None:
            dialog.show_entered(entered)
        return run_dialog(dialog, lambda d: d.result_value())

    def __init__(self, parent: QWidget | None = None, *, app: Application, today: date) -> None:
        super().__init__(parent, app, today, "Record a rejection")
        furthest = app.furthest_stage
        self._stages = [s for s in Stage if s >= furthest]
        # A rejection right after applying is what made it "responded".
        if furthest is Stage.RESPONDED:
            self._stages.insert(0, Stage.APPLIED)
        self.stage_combo = QComboBox()
        self.stage_combo.addItems([s.label for s in self._stages])
        self.stage_combo.setCurrentIndex(self._stages.index(furthest))
        self.stage_combo.setAccessibleName("Rejected at stage")
        self.date_edit = self._make_date_edit("Date of the rejection")
        self.form.addRow(buddy_label("&At stage:", self.stage_combo), self.stage_combo)
        self.form.addRow(buddy_label("&On:", self.date_edit), self.date_edit)

        # In their groups, as the feedback's themes are (one builder for both).
        reasons = TopicGroups(((r.group, r.label) for r in RejectionReason), several=False)
        self.reason_group = reasons.button_group
        self.reason_buttons = {r: reasons.buttons[r.label] for r in RejectionReason}
        self.reason_buttons[RejectionReason.NO_REASON].setChecked(True)
        self.form.addRow(reasons)
        self.form.addRow(
            _line(
                "A rejection is one data point, not a verdict on you. Many reasons are "
                "outside your control; if you don't know, leave “No reason given”."
            )
        )

        self.note_edit = _note_edit("What they said, and what you noticed", "What happened")
        self.form.addRow(buddy_label("&What happened:", self.note_edit), self.note_edit)
        self._finish("Record rejection")
        # The wrapped lines let Qt open the dialog narrower than the reasons need, which cut
        # them ("Story or communicatio"): never narrower than what the layout needs.
        self.setMinimumWidth(max(self.minimumWidth(), self.minimumSizeHint().width()))
        self.stage_combo.setFocus()

    def show_entered(self, entered: Rejection) -> None:
        self.mark_refilled()
        if entered.stage in self._stages:
            self.stage_combo.setCurrentIndex(self._stages.index(entered.stage))
        self.date_edit.setDate(to_qdate(entered.on))
        if entered.reason is not None:
            self.reason_buttons[entered.reason].setChecked(True)
        self.note_edit.setPlainText(entered.note)

    def result_value(self) -> Rejection:
        reason = next((r for r, b in self.reason_buttons.items() if b.isChecked()), None)
        return Rejection(
            stage=self._stages[self.stage_combo.currentIndex()],
            on=to_date(self.date_edit.date()),
            reason=reason,
            note=self.note_edit.toPlainText().strip(),
        )

    def _validate(self) -> None:
        value = self.result_value()
        plan_outcome(
            self._app,
            Outcome.REJECTED,
            value.on,
            self._today,
            stage=value.stage,
            reason=value.reason,
            note=value.note,
        )


# title, OK button, explanation
_OUTCOME_TEXTS: dict[Outcome, tuple[str, str, str]] = {
    Outcome.WITHDRAWN: (
        "Withdraw application",
        "Withdraw",
        "Withdrawing is your choice, so it is left out of the rates instead of counting "
        "against you.",
    ),
    Outcome.GHOSTED: (
        "Mark as ghosted",
        "Mark ghosted",
        "No reply at all. Ghosting is not a response; jobdesk also counts any application "
        "with no reply after the no-response period as unanswered.",
    ),
    Outcome.ACTIVE: (
        "Reopen application",
        "Reopen",
        "Its history stays as it is; from now on it counts by its latest state.",
    ),
    Outcome.ACCEPTED: ("Accept offer", "Accept offer", ""),
    Outcome.DECLINED: ("Decline offer", "Decline offer", ""),
}


class OutcomeDialog(_EventDialog):
    """Withdraw, mark ghosted, reopen, or accept or decline an offer, on a given day."""

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        app: Application,
        outcome: Outcome,
        today: date,
        now: str | None = None,
        entered: tuple[date, str] | None = None,
    ) -> tuple[date, str] | None:
        """`now`: how the lists show its outcome today ("No response" for a silent one).
        `entered`: the day and note given before, when saving them was refused."""
        dialog = cls(parent, app=app, outcome=outcome, today=today, now=now)
        if entered is not None:
            dialog.date_edit.setDate(to_qdate(entered[0]))
            dialog.note_edit.setPlainText(entered[1])
            dialog.mark_refilled()
        return run_dialog(dialog, lambda d: d.result_value())

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        app: Application,
        outcome: Outcome,
        today: date,
        now: str | None = None,
    ) -> None:
        if outcome not in _OUTCOME_TEXTS:
            raise ValueError(f"{outcome} has its own dialog")
        title, ok_text, explanation = _OUTCOME_TEXTS[outcome]
        super().__init__(parent, app, today, title)
        self._outcome = outcome
        self._about.addWidget(
            _line(
                f"Furthest stage reached: {app.furthest_stage.label} · "
                f"Now: {now or app.outcome.label}"
            ),
        )
        self.date_edit = self._make_date_edit("Date")
        self.form.addRow(buddy_label("&On:", self.date_edit), self.date_edit)
        if explanation:
            self.form.addRow(_line(explanation))
        self.note_edit = _note_edit("Optional", "Note")
        self.form.addRow(buddy_label("&Note:", self.note_edit), self.note_edit)
        self.form.setRowVisible(self.note_edit, outcome is not Outcome.GHOSTED)
        self._finish(ok_text)
        self.date_edit.setFocus()

    def result_value(self) -> tuple[date, str]:
        note = "" if self._outcome is Outcome.GHOSTED else self.note_edit.toPlainText().strip()
        return to_date(self.date_edit.date()), note

    def _validate(self) -> None:
        on, note = self.result_value()
        plan_outcome(self._app, self._outcome, on, self._today, note=note)


def _header(app: Application) -> QLabel:
    label = _line(f"{app.details.company} — {app.details.role_title}")
    font = QFont(label.font())
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.15)
    label.setFont(font)
    return label


def _line(text: str) -> QLabel:
    """A wrapped label for text that may come from the user, never read as markup."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


def _note_edit(placeholder: str, name: str) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setPlaceholderText(placeholder)
    edit.setAccessibleName(name)
    edit.setMinimumHeight(70)
    return edit
