"""The application form and the stage dialogs: what they return, refuse and offer."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableWidget,
    QWidget,
)

from jobdesk.domain.application import (
    Application,
    ApplicationDetails,
    Contact,
    EventKind,
    StageEvent,
    clean_details,
    plan_advance,
)
from jobdesk.domain.enums import (
    Channel,
    ContactRole,
    Outcome,
    ReasonGroup,
    RejectionReason,
    SizeBand,
    Stage,
)
from jobdesk.ui.pipeline.application_dialog import COL_EMAIL, COL_NAME, COL_ROLE, ApplicationDialog
from jobdesk.ui.pipeline.stage_dialogs import (
    AdvanceDialog,
    OutcomeDialog,
    RejectDialog,
    Rejection,
)

# The offscreen platform says so whenever a window is shown or a popup opens; nothing to fix.

TODAY = date(2025, 3, 14)
COMPANIES = [
    ("Acme", SizeBand.MID, "fintech"),
    ("Globex", SizeBand.ENTERPRISE, "energy"),
]


def new_dialog(qtbot, **kwargs) -> ApplicationDialog:
    dlg = ApplicationDialog(
        parent=None,
        today=TODAY,
        companies=COMPANIES,
        resume_variants=["v1 long", "v2 short"],
        **kwargs,
    )
    qtbot.addWidget(dlg)
    return dlg


def make_app(*events: StageEvent, applied_on: date = date(2025, 3, 1)) -> Application:
    return Application(1, ApplicationDetails("Acme", "Backend Engineer", applied_on), events)


def at_stage(stage: Stage, on: date = date(2025, 3, 5)) -> StageEvent:
    return StageEvent(EventKind.STAGE, on, stage=stage)


def closed(outcome: Outcome, on: date = date(2025, 3, 6)) -> StageEvent:
    return StageEvent(EventKind.OUTCOME, on, stage=Stage.SCREEN, outcome=outcome)


# --- the application form ---------------------------------------------------------------------


def test_new_application_with_a_contact_comes_back_cleaned(qtbot):
    dlg = new_dialog(qtbot)
    assert dlg.windowTitle() == "New application"
    qtbot.keyClicks(dlg.company_edit, "  Initech  Labs ")
    qtbot.keyClicks(dlg.role_edit, " Backend Engineer ")
    qtbot.keyClicks(dlg.role_type_combo.lineEdit(), "backend")
    qtbot.keyClicks(dlg.location_edit, "Berlin ")
    dlg.channel_combo.setCurrentIndex(list(Channel).index(Channel.REFERRAL))
    dlg.variant_combo.setCurrentText("v2 short")
    dlg.applied_edit.setDate(dlg.applied_edit.date().addDays(-3))
    qtbot.keyClicks(dlg.next_step_edit, "send portfolio")
    dlg.next_step_has_date.setChecked(True)
    dlg.next_step_date.setDate(dlg.next_step_date.date().addDays(2))
    qtbot.keyClicks(dlg.notes_edit, "  met at a meetup")
    qtbot.keyClick(dlg.notes_edit, Qt.Key.Key_Return)

    qtbot.mouseClick(dlg.add_contact_button, Qt.MouseButton.LeftButton)
    table = dlg.contacts_table
    assert table.rowCount() == 1
    table.item(0, COL_NAME).setText(" Jane Doe ")
    table.item(0, COL_EMAIL).setText("jane@initech.com ")
    role = table.cellWidget(0, COL_ROLE)
    assert isinstance(role, QComboBox)
    role.setCurrentIndex(list(ContactRole).index(ContactRole.HIRING_MANAGER))

    dlg.accept()

    assert dlg.result() == QDialog.DialogCode.Accepted
    assert dlg.result_value() == ApplicationDetails(
        company="Initech Labs",
        role_title="Backend Engineer",
        applied_on=TODAY - timedelta(days=3),
        role_type="backend",
        location="Berlin",
        channel=Channel.REFERRAL,
        resume_variant="v2 short",
        notes="met at a meetup",
        next_step="send portfolio",
        next_step_on=TODAY + timedelta(days=2),
        contacts=(Contact("Jane Doe", ContactRole.HIRING_MANAGER, "jane@initech.com"),),
    )


def test_a_contact_typed_with_the_keyboard_keeps_its_email(qtbot):
    dlg = new_dialog(qtbot)
    dlg.show()
    dlg.activateWindow()
    qtbot.waitActive(dlg)
    qtbot.keyClicks(dlg.company_edit, "Initech")
    qtbot.keyClicks(dlg.role_edit, "Backend Engineer")
    qtbot.mouseClick(dlg.add_contact_button, Qt.MouseButton.LeftButton)

    # Name, Tab, role, Tab, e-mail, Enter, as a person types them; each key goes to the
    # widget that has the focus at that moment.
    def type_keys(keys: str | Qt.Key) -> None:
        widget = dlg.focusWidget()
        assert widget is not None
        if isinstance(keys, str):
            qtbot.keyClicks(widget, keys)
        else:
            qtbot.keyClick(widget, keys)
        qtbot.wait(10)

    type_keys("Jane Doe")
    type_keys(Qt.Key.Key_Tab)
    type_keys(Qt.Key.Key_Down)  # "Hiring manager", after "Recruiter"
    type_keys(Qt.Key.Key_Tab)
    type_keys("jane@initech.com")
    type_keys(Qt.Key.Key_Return)  # closes the cell's editor
    if dlg.isVisible():
        type_keys(Qt.Key.Key_Return)

    assert not dlg.isVisible()
    assert dlg.result_value().contacts == (
        Contact("Jane Doe", ContactRole.HIRING_MANAGER, "jane@initech.com"),
    )


def test_accepting_while_a_contact_cell_is_still_being_edited_keeps_its_text(qtbot):
    dlg = new_dialog(qtbot)
    dlg.show()
    qtbot.waitExposed(dlg)
    qtbot.keyClicks(dlg.company_edit, "Initech")
    qtbot.keyClicks(dlg.role_edit, "Backend Engineer")
    row = dlg.add_contact(Contact("Jane Doe"))
    table = dlg.contacts_table
    table.setCurrentCell(row, COL_EMAIL)
    table.editItem(table.item(row, COL_EMAIL))
    qtbot.keyClicks(table.indexWidget(table.currentIndex()), "jane@initech.com")

    dlg.accept()  # what the default button's shortcut does, with the editor still open

    assert not dlg.isVisible()
    assert dlg.result_value().contacts[0].email == "jane@initech.com"


def test_new_form_starts_empty_rather_than_guessing(qtbot):
    details = new_dialog(qtbot).details()
    assert (details.role_type, details.seniority, details.resume_variant) == ("", "", "")
    assert details.applied_on == TODAY
    assert details.next_step_on is None


def test_empty_company_keeps_the_dialog_open_with_the_reason(qtbot):
    dlg = new_dialog(qtbot)
    dlg.show()
    qtbot.keyClicks(dlg.role_edit, "Backend Engineer")

    dlg.accept()

    assert dlg.result() != QDialog.DialogCode.Accepted
    assert dlg.isVisible()
    assert dlg.error_label.isVisible()
    assert dlg.error_label.text() == "Enter the company's name."
    assert dlg.focusWidget() is dlg.company_edit

    qtbot.keyClicks(dlg.company_edit, "I")

    assert not dlg.error_label.isVisible()


def test_missing_role_puts_the_cursor_in_the_role_field(qtbot):
    dlg = new_dialog(qtbot)
    dlg.show()
    qtbot.keyClicks(dlg.company_edit, "Initech")

    dlg.accept()

    assert dlg.result() != QDialog.DialogCode.Accepted
    assert dlg.error_label.text() == "Enter the role you applied for."
    assert dlg.focusWidget() is dlg.role_edit


def test_a_contact_with_a_bad_address_is_refused_inline(qtbot):
    dlg = new_dialog(qtbot)
    dlg.show()
    qtbot.keyClicks(dlg.company_edit, "Initech")
    qtbot.keyClicks(dlg.role_edit, "Backend Engineer")
    dlg.add_contact(Contact("Jane", ContactRole.RECRUITER, "not an address"))

    dlg.accept()

    assert dlg.result() != QDialog.DialogCode.Accepted
    assert "does not look like an email address" in dlg.error_label.text()
    assert dlg.focusWidget() is dlg.contacts_table


def test_applied_date_cannot_be_after_today(qtbot):
    dlg = new_dialog(qtbot)
    assert dlg.applied_edit.maximumDate().toPython() == TODAY

    dlg.applied_edit.setDate(dlg.applied_edit.date().addDays(5))

    assert dlg.details().applied_on == TODAY


def test_next_step_date_is_kept_only_when_ticked(qtbot):
    dlg = new_dialog(qtbot)
    assert not dlg.next_step_date.isEnabled()
    dlg.next_step_has_date.setChecked(True)
    assert dlg.next_step_date.isEnabled()
    assert dlg.details().next_step_on == TODAY
    dlg.next_step_has_date.setChecked(False)
    assert dlg.details().next_step_on is None


def test_a_known_company_fills_its_size_and_industry(qtbot):
    dlg = new_dialog(qtbot)

    qtbot.keyClicks(dlg.company_edit, "acme")

    assert dlg.details().size_band is SizeBand.MID
    assert dlg.industry_edit.text() == "fintech"


def test_typing_past_a_known_name_puts_the_facts_back(qtbot):
    dlg = new_dialog(qtbot)

    qtbot.keyClicks(dlg.company_edit, "Acme Rockets")

    assert dlg.details().size_band is SizeBand.UNKNOWN
    assert dlg.industry_edit.text() == ""


def test_removing_a_contact_takes_the_selected_row(qtbot):
    dlg = new_dialog(qtbot)
    dlg.add_contact(Contact("Jane", ContactRole.RECRUITER))
    dlg.add_contact(Contact("Bob", ContactRole.INTERVIEWER))
    dlg.contacts_table.setCurrentCell(0, COL_NAME)

    qtbot.mouseClick(dlg.remove_contact_button, Qt.MouseButton.LeftButton)

    assert [c.name for c in dlg.details().contacts] == ["Bob"]


def test_editing_loads_every_field_and_changes_nothing_by_itself(qtbot):
    current = clean_details(
        ApplicationDetails(
            company="Globex",
            role_title="Staff Engineer",
            applied_on=date(2025, 2, 1),
            size_band=SizeBand.SMALL,
            industry="energy",
            role_type="platform",
            seniority="staff",
            location="Remote",
            channel=Channel.RECRUITER,
            resume_variant="v0 (not in the list)",
            job_url="https://example.com/job",
            salary_text="€100k",
            notes="first line\nsecond line",
            next_step="call back",
            next_step_on=date(2025, 3, 20),
            contacts=(
                Contact("Jane", ContactRole.RECRUITER, "jane@globex.com"),
                Contact("Bob", ContactRole.INTERVIEWER),
            ),
        ),
        TODAY,
    )
    dlg = new_dialog(qtbot, current=current)
    assert dlg.windowTitle() == "Edit application"

    dlg.accept()

    assert dlg.result() == QDialog.DialogCode.Accepted
    assert dlg.result_value() == current


# --- moving an application along --------------------------------------------------------------


def test_advance_offers_only_later_stages_and_defaults_to_the_next(qtbot):
    app = make_app(at_stage(Stage.SCREEN))
    dlg = AdvanceDialog(parent=None, app=app, today=TODAY)
    qtbot.addWidget(dlg)
    labels = [dlg.stage_combo.itemText(i) for i in range(dlg.stage_combo.count())]
    assert labels == [Stage.TECHNICAL.label, Stage.FINAL.label, Stage.OFFER.label]

    dlg.accept()

    assert dlg.result() == QDialog.DialogCode.Accepted
    assert dlg.result_value() == (Stage.TECHNICAL, TODAY)
    assert not plan_advance(app, Stage.TECHNICAL, TODAY, TODAY).backfilled


def test_advance_dates_stay_between_last_activity_and_today(qtbot):
    dlg = AdvanceDialog(parent=None, app=make_app(at_stage(Stage.SCREEN)), today=TODAY)
    qtbot.addWidget(dlg)
    assert dlg.date_edit.minimumDate().toPython() == date(2025, 3, 5)
    assert dlg.date_edit.maximumDate().toPython() == TODAY


def test_advance_of_a_closed_application_is_refused_inline(qtbot):
    dlg = AdvanceDialog(parent=None, app=make_app(closed(Outcome.WITHDRAWN)), today=TODAY)
    qtbot.addWidget(dlg)
    dlg.show()

    dlg.accept()

    assert dlg.result() != QDialog.DialogCode.Accepted
    assert dlg.error_label.isVisible()
    assert "Reopen it before moving it forward" in dlg.error_label.text()


def test_reject_returns_the_chosen_stage_reason_and_note(qtbot):
    app = make_app(at_stage(Stage.SCREEN))
    dlg = RejectDialog(parent=None, app=app, today=TODAY)
    qtbot.addWidget(dlg)
    dlg.show()
    assert dlg.stage_combo.currentText() == Stage.SCREEN.label
    assert dlg.reason_buttons[RejectionReason.NO_REASON].isChecked()

    dlg.stage_combo.setCurrentText(Stage.TECHNICAL.label)
    skills_gap = dlg.reason_buttons[RejectionReason.SKILLS_GAP]
    # A radio button reacts to clicks on its circle and text, not the empty space after them.
    on_label = QPoint(8, skills_gap.height() // 2)
    qtbot.mouseClick(skills_gap, Qt.MouseButton.LeftButton, pos=on_label)
    qtbot.keyClicks(dlg.note_edit, " system design was weak ")
    dlg.accept()

    assert dlg.result() == QDialog.DialogCode.Accepted
    assert not dlg.reason_buttons[RejectionReason.NO_REASON].isChecked()
    assert dlg.result_value() == Rejection(
        Stage.TECHNICAL, TODAY, RejectionReason.SKILLS_GAP, "system design was weak"
    )


def test_reject_groups_reasons_by_who_controls_them(qtbot):
    dlg = RejectDialog(parent=None, app=make_app(), today=TODAY)
    qtbot.addWidget(dlg)
    for reason, button in dlg.reason_buttons.items():
        assert button.parent().title() == reason.group.label
    assert {b.parent().title() for b in dlg.reason_buttons.values()} == {
        g.label for g in ReasonGroup
    }
    assert set(dlg.reason_buttons) == set(RejectionReason)


def test_every_rejection_reason_is_shown_whole(qtbot):
    """The dialog opened narrower than its reasons: "Story or communicatio"."""
    dlg = RejectDialog(parent=None, app=make_app(), today=TODAY)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    cut = [b.text() for b in dlg.reason_buttons.values() if b.width() < b.sizeHint().width()]
    assert cut == []
    assert dlg.width() == dlg.minimumSizeHint().width() == 550


@pytest.mark.parametrize(
    ("events", "expected"),
    [
        ((), [Stage.APPLIED]),
        ((at_stage(Stage.RESPONDED),), [Stage.APPLIED, Stage.RESPONDED]),
        ((at_stage(Stage.FINAL),), [Stage.FINAL]),
    ],
)
def test_reject_offers_the_furthest_stage_and_later(qtbot, events, expected):
    dlg = RejectDialog(parent=None, app=make_app(*events), today=TODAY)
    qtbot.addWidget(dlg)
    labels = [dlg.stage_combo.itemText(i) for i in range(dlg.stage_combo.count())]
    later = [s for s in Stage if s > expected[-1]]
    assert labels == [s.label for s in [*expected, *later]]
    assert dlg.stage_combo.currentText() == expected[-1].label


def test_ghosting_asks_for_a_date_only(qtbot):
    dlg = OutcomeDialog(parent=None, app=make_app(), outcome=Outcome.GHOSTED, today=TODAY)
    qtbot.addWidget(dlg)
    dlg.show()
    assert dlg.windowTitle() == "Mark as ghosted"
    assert not dlg.note_edit.isVisible()

    dlg.accept()

    assert dlg.result() == QDialog.DialogCode.Accepted
    assert dlg.result_value() == (TODAY, "")


def test_withdrawing_keeps_the_note(qtbot):
    dlg = OutcomeDialog(parent=None, app=make_app(), outcome=Outcome.WITHDRAWN, today=TODAY)
    qtbot.addWidget(dlg)
    dlg.show()
    assert dlg.note_edit.isVisible()
    qtbot.keyClicks(dlg.note_edit, "took another offer ")

    dlg.accept()

    assert dlg.result() == QDialog.DialogCode.Accepted
    assert dlg.result_value() == (TODAY, "took another offer")


def test_reopening_an_active_application_is_refused_inline(qtbot):
    dlg = OutcomeDialog(parent=None, app=make_app(), outcome=Outcome.ACTIVE, today=TODAY)
    qtbot.addWidget(dlg)
    dlg.show()

    dlg.accept()

    assert dlg.result() != QDialog.DialogCode.Accepted
    assert dlg.error_label.isVisible()
    assert dlg.error_label.text() == "Acme — Backend Engineer is already active."


def test_rejection_has_its_own_dialog():
    with pytest.raises(ValueError):
        OutcomeDialog(parent=None, app=make_app(), outcome=Outcome.REJECTED, today=TODAY)


# --- keyboard and screen readers --------------------------------------------------------------

INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QDateEdit, QPlainTextEdit, QTableWidget)

DIALOGS: dict[str, Callable[[], QDialog]] = {
    "new application": lambda: ApplicationDialog(
        parent=None, today=TODAY, companies=COMPANIES, resume_variants=["v1"]
    ),
    "edit application": lambda: ApplicationDialog(
        parent=None,
        today=TODAY,
        companies=COMPANIES,
        resume_variants=["v1"],
        current=ApplicationDetails(
            "Acme", "Engineer", TODAY, contacts=(Contact("Jane"), Contact("Bob"))
        ),
    ),
    "advance": lambda: AdvanceDialog(parent=None, app=make_app(), today=TODAY),
    "reject": lambda: RejectDialog(parent=None, app=make_app(), today=TODAY),
    **{
        f"outcome {outcome.value}": (
            lambda outcome=outcome: OutcomeDialog(
                parent=None,
                app=make_app(at_stage(Stage.OFFER)),
                outcome=outcome,
                today=TODAY,
            )
        )
        for outcome in Outcome
        if outcome is not Outcome.REJECTED
    },
}


@pytest.mark.parametrize("make", DIALOGS.values(), ids=DIALOGS.keys())
def test_every_control_has_an_accessible_name(qtbot, make):
    dlg = make()
    qtbot.addWidget(dlg)
    controls = [w for w in dlg.findChildren(QWidget) if isinstance(w, (*INTERACTIVE, QCheckBox))]
    assert controls
    unnamed = [f"{type(w).__name__} in {type(w.parent()).__name__}" for w in controls]
    unnamed = [u for u, w in zip(unnamed, controls, strict=True) if not w.accessibleName()]
    assert unnamed == []


@pytest.mark.parametrize("make", DIALOGS.values(), ids=DIALOGS.keys())
def test_every_mnemonic_is_unique_and_leads_somewhere(qtbot, make):
    dlg = make()
    qtbot.addWidget(dlg)
    keys = []
    for widget in dlg.findChildren(QWidget):
        if isinstance(widget, QLabel | QAbstractButton) and "&" in widget.text():
            text = widget.text()
            keys.append(text[text.index("&") + 1].lower())
            if isinstance(widget, QLabel):
                assert widget.buddy() is not None, text
    assert len(keys) == len(set(keys))
