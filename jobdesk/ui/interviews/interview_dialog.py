"""Schedule or edit an interview: kind, stage, day, time in a named zone, length, who, notes."""

from __future__ import annotations

from datetime import date, datetime, time, tzinfo
from typing import Literal
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, QTime, QTimeZone
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from jobdesk.domain.application import Application
from jobdesk.domain.enums import Stage
from jobdesk.domain.errors import UserError
from jobdesk.domain.interviews import (
    MAX_DURATION_MINUTES,
    InterviewDetails,
    InterviewKind,
    clean_interview,
    default_start,
    has_passed,
    is_time_zone,
    time_zone_names,
)
from jobdesk.ui.dialogs.common import (
    buddy_label,
    make_date_edit,
    make_error_label,
    make_time_edit,
    name_buttons,
    plain_label,
    run_dialog,
    set_name,
    show_error,
    to_date,
    to_qdate,
)
from jobdesk.ui.dialogs.form_dialog import FormDialog

ADD_CONTACT = "Add a contact…"
PASSED = "This time has already passed."  # still saved: an interview recorded afterwards
DELETE: Literal["delete"] = (
    "delete"  # what ask() returns when the user deletes the interview being edited
)


def system_time_zone() -> str:
    """This computer's IANA zone, or UTC when it has none jobdesk knows."""
    name = bytes(QTimeZone.systemTimeZoneId().data()).decode("ascii", "replace")
    return name if is_time_zone(name) else "UTC"


def _zone_or_local(name: str) -> tzinfo | None:
    """The zone named, or None (the computer's own) when the name is not one."""
    return ZoneInfo(name) if is_time_zone(name) else None


class InterviewDialog(FormDialog):
    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        app: Application,
        today: date,
        current: InterviewDetails | None = None,
        time_zone: str | None = None,
        draft: InterviewDetails | None = None,
        now: datetime | None = None,
    ) -> InterviewDetails | Literal["delete"] | None:
        """`current`: the interview being edited; `draft`: what was typed before (when the
        user went back to pick another day, or saving it was refused), shown instead; `now`:
        the moment on the user's clock (aware), so a new one starts at a time still ahead."""
        dialog = cls(
            parent,
            app=app,
            today=today,
            current=current,
            time_zone=time_zone,
            draft=draft,
            now=now,
        )
        return run_dialog(dialog, InterviewDialog._answer)

    def _answer(self) -> InterviewDetails | Literal["delete"]:
        return DELETE if self.deleting else self.result_value()

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        app: Application,
        today: date,
        current: InterviewDetails | None = None,
        time_zone: str | None = None,
        draft: InterviewDetails | None = None,
        now: datetime | None = None,
    ) -> None:
        super().__init__(parent)
        self._now = now or datetime.now().astimezone()
        self._new = current is None
        self.deleting = False
        self._stage_chosen = current is not None or draft is not None
        self.setWindowTitle("Edit the interview" if current else "Schedule an interview")
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        title = plain_label(f"{app.details.company} — {app.details.role_title}")
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        layout.addLayout(form)

        self.kind_combo = QComboBox()
        for kind in InterviewKind:
            self.kind_combo.addItem(kind.label, kind)
        set_name(self.kind_combo, "Kind of interview")
        self.stage_combo = QComboBox()
        for stage in Stage:
            if stage is not Stage.APPLIED:
                self.stage_combo.addItem(stage.label, stage)
        set_name(self.stage_combo, "Stage it belongs to")
        self.date_edit = make_date_edit("Day of the interview", today)
        self.time_edit = make_time_edit("Start time")
        self.zone_combo = QComboBox()
        self.zone_combo.setEditable(True)
        self.zone_combo.addItems(time_zone_names())
        self.zone_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = QCompleter(time_zone_names(), self.zone_combo)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.zone_combo.setCompleter(completer)
        set_name(self.zone_combo, "Time zone")
        when = QHBoxLayout()
        when.addWidget(self.date_edit)
        when.addWidget(self.time_edit)
        when.addWidget(self.zone_combo, 1)
        self.duration_spin = QSpinBox()
        self.duration_spin.setRange(1, MAX_DURATION_MINUTES)
        self.duration_spin.setSingleStep(15)
        self.duration_spin.setSuffix(" minutes")
        set_name(self.duration_spin, "Length in minutes")
        self.interviewers_edit = QPlainTextEdit()
        self.interviewers_edit.setPlaceholderText("One name per line")
        self.interviewers_edit.setTabChangesFocus(True)
        self.interviewers_edit.setFixedHeight(self.fontMetrics().height() * 4)
        set_name(self.interviewers_edit, "Interviewers")
        self.contact_combo = QComboBox()
        self.contact_combo.addItem(ADD_CONTACT)
        for contact in app.details.contacts:
            self.contact_combo.addItem(contact.name)
        self.contact_combo.setEnabled(bool(app.details.contacts))
        self.contact_combo.activated.connect(self._add_contact)
        set_name(self.contact_combo, "Add an interviewer from the application's contacts")
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setPlaceholderText("Link, address, what to prepare")
        set_name(self.notes_edit, "Notes")

        form.addRow(buddy_label("&Kind:", self.kind_combo), self.kind_combo)
        form.addRow(buddy_label("&Stage:", self.stage_combo), self.stage_combo)
        form.addRow(buddy_label("&When:", self.date_edit), when)
        # A time already gone is allowed (an interview recorded afterwards), but said.
        self.passed_label = plain_label(PASSED)  # one line: a wrapped one was cut in the form
        self.passed_label.setAccessibleName("Warning")
        self.passed_label.hide()
        form.addRow("", self.passed_label)
        form.addRow(buddy_label("&Length:", self.duration_spin), self.duration_spin)
        form.addRow(buddy_label("&Interviewers:", self.interviewers_edit), self.interviewers_edit)
        form.addRow("", self.contact_combo)
        form.addRow(buddy_label("&Notes:", self.notes_edit), self.notes_edit)

        self.error_label = make_error_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        name_buttons(self.buttons, "Save" if current else "Schedule")
        if current is not None:
            self.delete_button = self.buttons.addButton(
                "Delete the interview", QDialogButtonBox.ButtonRole.DestructiveRole
            )
            self.delete_button.clicked.connect(self._delete)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.stage_combo.activated.connect(self._stage_activated)
        self._fill(draft or current, time_zone or system_time_zone())
        if draft is not None:
            self.mark_refilled()
        for changed in (self.date_edit.dateChanged, self.time_edit.timeChanged):
            changed.connect(self._show_passed)
        self.zone_combo.currentTextChanged.connect(self._show_passed)
        self._show_passed()
        self.kind_combo.setFocus()

    def _fill(self, current: InterviewDetails | None, zone: str) -> None:
        if current is None:
            starts = default_start(self._now.astimezone(_zone_or_local(zone)))
            self.date_edit.setDate(to_qdate(starts.date()))
            self.time_edit.setTime(QTime(starts.hour, starts.minute))
            self.duration_spin.setValue(60)
            self.zone_combo.setCurrentText(zone)
            self._kind_changed()
            return
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(current.kind))
        self.stage_combo.setCurrentIndex(max(0, self.stage_combo.findData(current.stage)))
        self.date_edit.setDate(to_qdate(current.starts_at.date()))
        self.time_edit.setTime(QTime(current.starts_at.hour, current.starts_at.minute))
        self.zone_combo.setCurrentText(current.time_zone)
        self.duration_spin.setValue(current.duration_minutes)
        self.interviewers_edit.setPlainText("\n".join(current.interviewers))
        self.notes_edit.setPlainText(current.notes)

    def _starts_at(self) -> datetime:
        qtime = self.time_edit.time()
        return datetime.combine(to_date(self.date_edit.date()), time(qtime.hour(), qtime.minute()))

    def _show_passed(self, *_args: object) -> None:
        zone = self.zone_combo.currentText().strip()
        passed = self._new and has_passed(self._starts_at(), zone, self._now)
        self.passed_label.setVisible(passed)

    def _kind_changed(self, *_args: object) -> None:
        # The stage follows the kind until the user picks one themselves.
        if not self._stage_chosen:
            kind: InterviewKind = self.kind_combo.currentData()
            self.stage_combo.setCurrentIndex(self.stage_combo.findData(kind.usual_stage))

    def _stage_activated(self, *_args: object) -> None:
        self._stage_chosen = True

    def _add_contact(self, index: int) -> None:
        if index <= 0:
            return
        name = self.contact_combo.itemText(index)
        names = [n for n in self.interviewers_edit.toPlainText().splitlines() if n.strip()]
        if name not in names:
            names.append(name)
        self.interviewers_edit.setPlainText("\n".join(names))
        self.contact_combo.setCurrentIndex(0)

    def result_value(self) -> InterviewDetails:
        starts = self._starts_at()
        return clean_interview(
            InterviewDetails(
                kind=self.kind_combo.currentData(),
                stage=self.stage_combo.currentData(),
                starts_at=starts,
                time_zone=self.zone_combo.currentText().strip(),
                duration_minutes=self.duration_spin.value(),
                interviewers=tuple(self.interviewers_edit.toPlainText().splitlines()),
                notes=self.notes_edit.toPlainText(),
            )
        )

    def _delete(self) -> None:
        self.deleting = True
        super().accept()  # undo brings it back, so no question asked

    def accept(self) -> None:
        try:
            self.result_value()
        except UserError as error:
            show_error(self.error_label, error)
            return
        super().accept()
