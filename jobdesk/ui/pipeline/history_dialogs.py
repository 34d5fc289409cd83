"""Dialogs that correct an application's history: add a step the log missed, void a wrong entry.

Neither rewrites the log: a missed step is a new event with its true date (kept as
backfilled), a correction is appended beside the wrong entry and makes it stop counting.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QListWidget, QListWidgetItem, QWidget

from jobdesk.domain.application import (
    Application,
    latest_day_for,
    missed_stages,
    plan_correction,
    plan_missed_step,
)
from jobdesk.domain.enums import Stage
from jobdesk.domain.errors import UserError
from jobdesk.domain.wording import short_date
from jobdesk.ui.dialogs.common import buddy_label, run_dialog, to_date, to_qdate
from jobdesk.ui.pipeline.stage_dialogs import _EventDialog, _line, _note_edit

MISSED_HINT = (
    "For a step you went through but never logged: it goes into the history on its true "
    "date. It counts in the rates; as it was entered afterwards, it is left out of the timings."
)
CORRECT_HINT = (
    "The entry stays in the history, marked as corrected, and nothing counts it any more: "
    "the stage reached, the outcome and the Insights are worked out without it. Undo takes "
    "the correction back. A wrong date: correct the entry, then add the step again on the "
    "right day."
)


class MissedStepDialog(_EventDialog):
    """Add a stage the log skipped, on the day it happened."""

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        app: Application,
        today: date,
        entered: tuple[Stage, date] | None = None,
    ) -> tuple[Stage, date] | None:
        """`entered`: the stage and day chosen before, when saving them was refused."""
        dialog = cls(parent, app=app, today=today)
        if entered is not None:
            stage, on = entered
            if stage in dialog._stages:  # its day is suggested first, then the one chosen
                dialog.stage_combo.setCurrentIndex(dialog._stages.index(stage))
            dialog.date_edit.setDate(to_qdate(on))
            dialog.mark_refilled()
        return run_dialog(dialog, lambda d: d.result_value())

    def __init__(self, parent: QWidget | None = None, *, app: Application, today: date) -> None:
        super().__init__(parent, app, today, "Add a missed step")
        self._about.addWidget(_line(f"Furthest stage reached: {app.furthest_stage.label}"))
        self._stages = missed_stages(app)
        self.stage_combo = QComboBox()
        self.stage_combo.addItems([s.label for s in self._stages])
        self.stage_combo.setAccessibleName("Missed stage")
        self.date_edit = self._make_date_edit("Date the stage was reached")
        # A missed step lies before later ones: any day from the application on.
        self.date_edit.setMinimumDate(to_qdate(app.details.applied_on))
        self.form.addRow(buddy_label("&Stage:", self.stage_combo), self.stage_combo)
        self.form.addRow(buddy_label("&On:", self.date_edit), self.date_edit)
        self.form.addRow(_line(MISSED_HINT))
        self._finish("Add step")
        self.stage_combo.currentIndexChanged.connect(self._suggest_date)
        self._suggest_date()
        self.stage_combo.setFocus()

    def _suggest_date(self, *_index: int) -> None:
        """Start at the latest day that fits: that of the next step the history shows."""
        index = self.stage_combo.currentIndex()
        if index >= 0:
            latest = latest_day_for(self._app, self._stages[index])
            self.date_edit.setDate(to_qdate(min(latest or self._today, self._today)))

    def result_value(self) -> tuple[Stage, date]:
        index = self.stage_combo.currentIndex()
        # With no stage to add, the furthest one makes plan_missed_step say why.
        stage = self._stages[index] if index >= 0 else self._app.furthest_stage
        return stage, to_date(self.date_edit.date())

    def _validate(self) -> None:
        stage, on = self.result_value()
        plan_missed_step(self._app, stage, on, self._today)


EVENT_ID_ROLE = int(Qt.ItemDataRole.UserRole)


class CorrectEventDialog(_EventDialog):
    """Choose a wrong entry of the history; a correction voids it."""

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        app: Application,
        today: date,
        event_id: int | None = None,
        entered: tuple[int, str] | None = None,
    ) -> tuple[int, str] | None:
        """`entered`: the entry chosen and the note typed before, when saving was refused."""
        dialog = cls(parent, app=app, today=today, event_id=entered[0] if entered else event_id)
        if entered is not None:
            dialog.note_edit.setPlainText(entered[1])
            dialog.mark_refilled()
        return run_dialog(dialog, lambda d: d.result_value())

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        app: Application,
        today: date,
        event_id: int | None = None,
    ) -> None:
        super().__init__(parent, app, today, "Correct the history")
        self.events_list = QListWidget()
        self.events_list.setAccessibleName("Entries of the history")
        # The newest first: a mistake is most often the entry just logged.
        for event in reversed(app.events):
            item = QListWidgetItem(f"{short_date(event.on)}   {event.summary}")
            item.setData(EVENT_ID_ROLE, event.id)
            self.events_list.addItem(item)
            if event.id == event_id or self.events_list.currentRow() < 0:
                self.events_list.setCurrentItem(item)
        self.events_list.setMinimumHeight(120)
        self.form.addRow(buddy_label("&Wrong entry:", self.events_list), self.events_list)
        self.form.addRow(_line(CORRECT_HINT))
        self.note_edit = _note_edit("Optional: what was wrong", "Why it is corrected")
        self.note_edit.setMaximumHeight(90)
        self.form.addRow(buddy_label("&Why:", self.note_edit), self.note_edit)
        self._finish("Correct")
        self.events_list.setFocus()

    def result_value(self) -> tuple[int, str]:
        item = self.events_list.currentItem()
        event_id = int(item.data(EVENT_ID_ROLE)) if item is not None else -1
        return event_id, self.note_edit.toPlainText().strip()

    def _validate(self) -> None:
        event_id, note = self.result_value()
        if event_id < 0:
            raise UserError("This application's history has no entry to correct yet.")
        plan_correction(self._app, event_id, self._today, note)
