"""The form for adding or editing an application's details and contacts."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemDelegate,
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jobdesk.domain.application import ApplicationDetails, Contact, clean_details
from jobdesk.domain.enums import Channel, ContactRole, SizeBand
from jobdesk.domain.errors import UserError
from jobdesk.ui.dialogs.common import (
    buddy_label,
    fields_scroll,
    make_date_edit,
    make_error_label,
    name_buttons,
    open_at,
    run_dialog,
    set_name,
    show_error,
    to_date,
    to_qdate,
)
from jobdesk.ui.dialogs.form_dialog import FormDialog
from jobdesk.ui.dialogs.table_support import setup_table

ROLE_TYPES = [
    "backend",
    "frontend",
    "full-stack",
    "platform",
    "data",
    "SRE",
    "mobile",
    "machine learning",
    "engineering management",
]
SENIORITIES = ["junior", "mid", "senior", "staff", "principal", "lead", "manager"]

COL_NAME, COL_ROLE, COL_EMAIL = range(3)

_SIZES = list(SizeBand)
# Asked with the cleaned details and the form, before it closes: False keeps it open.
Confirm = Callable[[ApplicationDetails, "QWidget"], bool]
_CHANNELS = list(Channel)
_CONTACT_ROLES = list(ContactRole)


# --- the dialog ------------------------------------------------------------------------------


class ApplicationDialog(FormDialog):
    """Add a new application or edit one; returns cleaned details, or None if cancelled."""

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        *,
        today: date,
        companies: list[tuple[str, SizeBand, str]],
        resume_variants: list[str],
        current: ApplicationDetails | None = None,
        first_event_on: date | None = None,
        confirm: Confirm | None = None,
        entered: ApplicationDetails | None = None,
    ) -> ApplicationDetails | None:
        """`first_event_on`: when editing, the applied date may not move past the history.
        `confirm` is asked before the form closes (False keeps it open, nothing lost).
        `entered`: what was typed before, when saving it was refused: shown again."""
        dialog = cls(
            parent,
            today=today,
            companies=companies,
            resume_variants=resume_variants,
            current=current,
            first_event_on=first_event_on,
            confirm=confirm,
            entered=entered,
        )
        return run_dialog(dialog, lambda d: d.result_value())

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        today: date,
        companies: list[tuple[str, SizeBand, str]],
        resume_variants: list[str],
        current: ApplicationDetails | None = None,
        first_event_on: date | None = None,
        confirm: Confirm | None = None,
        entered: ApplicationDetails | None = None,
    ) -> None:
        super().__init__(parent)
        self._confirm = confirm
        self._today = today
        self._latest_applied = min(today, first_event_on) if first_event_on else today
        self._known = {name.strip().casefold(): (name, band, ind) for name, band, ind in companies}
        # What a known company's facts replaced, so typing past its name can put it back.
        self._autofill: tuple[SizeBand, str, SizeBand, str] | None = None
        self._cleaned: ApplicationDetails | None = None
        self.setWindowTitle("New application" if current is None else "Edit application")

        self._build_fields(companies, resume_variants)
        self._build_layout(is_new=current is None)
        self._load(entered or current)
        if entered is not None:
            self.mark_refilled()
        open_at(self, 880, 560)

    # --- construction ------------------------------------------------------------------------

    def _build_fields(
        self, companies: list[tuple[str, SizeBand, str]], resume_variants: list[str]
    ) -> None:
        self.company_edit = QLineEdit()
        self.company_edit.setPlaceholderText("Company name")
        set_name(self.company_edit, "Company")
        names = sorted({name for name, _, _ in companies}, key=str.casefold)
        self.company_edit.setCompleter(_completer(names, self))
        completer = self.company_edit.completer()
        # The text overload of activated (the stubs do not type the overload's index).
        completer.activated[str].connect(self._company_chosen)  # type: ignore[index]
        self.company_edit.textEdited.connect(self._company_chosen)
        self.company_edit.editingFinished.connect(self._use_known_spelling)

        self.size_combo = QComboBox()
        for band in _SIZES:
            self.size_combo.addItem(band.label)
        set_name(self.size_combo, "Company size band")

        self.industry_edit = QLineEdit()
        self.industry_edit.setPlaceholderText("e.g. fintech")
        industries = sorted(
            {ind.strip() for _, _, ind in companies if ind.strip()}, key=str.casefold
        )
        self.industry_edit.setCompleter(_completer(industries, self))
        set_name(self.industry_edit, "Industry")

        self.role_edit = QLineEdit()
        self.role_edit.setPlaceholderText("e.g. Senior Backend Engineer")
        set_name(self.role_edit, "Role title")

        self.role_type_combo = _editable_combo(ROLE_TYPES, "e.g. backend")
        set_name(self.role_type_combo, "Role type")

        self.seniority_combo = _editable_combo(SENIORITIES, "e.g. senior")
        set_name(self.seniority_combo, "Seniority")

        self.location_edit = QLineEdit()
        self.location_edit.setPlaceholderText("e.g. Berlin, hybrid")
        set_name(self.location_edit, "Location or remote")

        self.salary_edit = QLineEdit()
        self.salary_edit.setPlaceholderText("e.g. €80–95k")
        set_name(self.salary_edit, "Salary range")

        self.url_edit = QLineEdit()
        self.url_edit.setPlaceholderText("https://…")
        set_name(self.url_edit, "Job URL")

        self.applied_edit = make_date_edit(
            "Applied on", self._latest_applied, latest=self._latest_applied
        )

        self.channel_combo = QComboBox()
        for channel in _CHANNELS:
            self.channel_combo.addItem(channel.label)
        set_name(self.channel_combo, "Channel")

        self.variant_combo = _editable_combo(
            sorted({v for v in resume_variants if v.strip()}, key=str.casefold),
            "Which resume you sent",
        )
        set_name(self.variant_combo, "Resume variant")

        self.next_step_edit = QLineEdit()
        self.next_step_edit.setPlaceholderText("e.g. send portfolio")
        set_name(self.next_step_edit, "Next step")
        self.next_step_has_date = QCheckBox("o&n")
        self.next_step_has_date.setAccessibleName("Next step has a date")
        self.next_step_date = make_date_edit("Next step date", self._today)
        self.next_step_date.setEnabled(False)
        self.next_step_has_date.toggled.connect(self.next_step_date.setEnabled)

        self.contacts_table = QTableWidget(0, 3)
        self.contacts_table.setHorizontalHeaderLabels(["Name", "Role", "Email"])
        self.contacts_table.setAccessibleName("Contacts")
        self.contacts_table.verticalHeader().hide()
        # Tab leaves the table rather than walking its cells; arrows still move between cells.
        setup_table(self.contacts_table, read_only_rows=False)
        self.contacts_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.contacts_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.contacts_table.horizontalHeader()
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_ROLE, QHeaderView.ResizeMode.Fixed)
        sample_role = QComboBox()
        sample_role.addItems([r.label for r in _CONTACT_ROLES])
        self.contacts_table.setColumnWidth(COL_ROLE, sample_role.sizeHint().width() + 8)
        header.setSectionResizeMode(COL_EMAIL, QHeaderView.ResizeMode.Stretch)
        self.contacts_table.verticalHeader().setDefaultSectionSize(
            sample_role.sizeHint().height() + 4
        )
        corner = self.contacts_table.findChild(QAbstractButton)
        if corner is not None:
            corner.setAccessibleName("Select all contacts")
        self.contacts_table.setMinimumHeight(140)
        self.contacts_table.currentCellChanged.connect(self._update_remove_button)

        self.add_contact_button = QPushButton("&Add contact")
        self.add_contact_button.setAccessibleName("Add contact")
        self.add_contact_button.setAutoDefault(False)
        self.add_contact_button.clicked.connect(self._add_contact_clicked)
        self.remove_contact_button = QPushButton("Re&move contact")
        self.remove_contact_button.setAccessibleName("Remove contact")
        self.remove_contact_button.setAutoDefault(False)
        self.remove_contact_button.setEnabled(False)
        self.remove_contact_button.clicked.connect(self._remove_contact)

        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setPlaceholderText("Anything worth remembering about this application")
        self.notes_edit.setAccessibleName("Notes")
        self.notes_edit.setMinimumHeight(90)

        self.error_label = make_error_label()
        # A reason that no longer holds once the field is being corrected would read as a
        # second refusal; it comes back on the next Save if it still applies.
        for edit in (self.company_edit, self.role_edit):
            edit.textEdited.connect(self.error_label.hide)
        self.contacts_table.itemChanged.connect(self.error_label.hide)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def _build_layout(self, *, is_new: bool) -> None:
        name_buttons(self.buttons, "Add application" if is_new else "Save")

        next_step = QHBoxLayout()
        next_step.addWidget(self.next_step_edit, 1)
        next_step.addWidget(self.next_step_has_date)
        next_step.addWidget(self.next_step_date)
        company = _form_group(
            "Company",
            [
                ("&Company:", self.company_edit),
                ("Si&ze band:", self.size_combo),
                ("&Industry:", self.industry_edit),
            ],
        )
        role = _form_group(
            "Role",
            [
                ("&Role title:", self.role_edit),
                ("Role t&ype:", self.role_type_combo),
                ("S&eniority:", self.seniority_combo),
                ("&Location / remote:", self.location_edit),
                ("Salary ran&ge:", self.salary_edit),
                ("&Job URL:", self.url_edit),
            ],
        )
        sent = _form_group(
            "Application",
            [
                ("Applied &on:", self.applied_edit),
                ("C&hannel:", self.channel_combo),
                ("Resume &variant:", self.variant_combo),
                ("Ne&xt step:", self.next_step_edit, next_step),
            ],
        )

        contacts = QGroupBox("Contacts")
        contacts_layout = QVBoxLayout(contacts)
        contacts_layout.addWidget(self.contacts_table)
        contact_buttons = QHBoxLayout()
        contact_buttons.addWidget(self.add_contact_button)
        contact_buttons.addWidget(self.remove_contact_button)
        contact_buttons.addStretch(1)
        contacts_layout.addLayout(contact_buttons)

        notes = QGroupBox("Notes")
        notes_layout = QVBoxLayout(notes)
        notes_layout.addWidget(self.notes_edit)

        # Two columns, so that the whole form fits a 600 px screen without scrolling: what
        # the application is on the left, who and what else on the right.
        body = QWidget()
        body_layout = QHBoxLayout(body)
        left, right = QVBoxLayout(), QVBoxLayout()
        for column, groups, stretch in (
            (left, (company, role, sent), 3),
            (right, (contacts, notes), 2),
        ):
            for group in groups:
                column.addWidget(group)
            body_layout.addLayout(column, stretch)
        left.addStretch(1)
        # Separate forms align their fields only if their label columns share a width.
        labels = [label for label in body.findChildren(QLabel) if label.buddy() is not None]
        width = max(label.sizeHint().width() for label in labels)
        for label in labels:
            label.setMinimumWidth(width)
        scroll = fields_scroll(body)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        outer = QVBoxLayout(self)
        outer.addWidget(scroll, 1)
        outer.addWidget(self.error_label)
        outer.addWidget(self.buttons)

    def _load(self, current: ApplicationDetails | None) -> None:
        if current is None:
            self.company_edit.setFocus()
            return
        self.company_edit.setText(current.company)
        self.size_combo.setCurrentIndex(_SIZES.index(current.size_band))
        self.industry_edit.setText(current.industry)
        self.role_edit.setText(current.role_title)
        self.role_type_combo.setCurrentText(current.role_type)
        self.seniority_combo.setCurrentText(current.seniority)
        self.location_edit.setText(current.location)
        self.salary_edit.setText(current.salary_text)
        self.url_edit.setText(current.job_url)
        self.applied_edit.setDate(to_qdate(current.applied_on))
        self.channel_combo.setCurrentIndex(_CHANNELS.index(current.channel))
        self.variant_combo.setCurrentText(current.resume_variant)
        self.next_step_edit.setText(current.next_step)
        if current.next_step_on is not None:
            self.next_step_has_date.setChecked(True)
            self.next_step_date.setDate(to_qdate(current.next_step_on))
        self.notes_edit.setPlainText(current.notes)
        for contact in current.contacts:
            self.add_contact(contact)
        self.contacts_table.setCurrentCell(-1, -1)
        self.company_edit.setFocus()

    # --- contacts ----------------------------------------------------------------------------

    def add_contact(self, contact: Contact | None = None) -> int:
        """Append a row for `contact` (or an empty one) and return its index."""
        contact = contact or Contact("")
        table = self.contacts_table
        row = table.rowCount()
        table.insertRow(row)
        table.setItem(row, COL_NAME, QTableWidgetItem(contact.name))
        table.setItem(row, COL_EMAIL, QTableWidgetItem(contact.email))
        role = QComboBox()
        for item in _CONTACT_ROLES:
            role.addItem(item.label)
        role.setCurrentIndex(_CONTACT_ROLES.index(contact.role))
        role.setAccessibleName("Contact role")
        role.installEventFilter(self)
        table.setCellWidget(row, COL_ROLE, role)
        # A new cell widget joins the end of the focus chain; keep it in reading order.
        previous = table.cellWidget(row - 1, COL_ROLE) if row else table
        QWidget.setTabOrder(previous, role)
        return row

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Name, Tab, role, Tab, e-mail: Tab from a role goes on to the e-mail beside it, as
        # the row reads, instead of leaving the table (the e-mail would be typed nowhere).
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Tab
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
        ):
            table = self.contacts_table
            for row in range(table.rowCount()):
                if table.cellWidget(row, COL_ROLE) is watched:
                    table.setCurrentCell(row, COL_EMAIL)
                    table.setFocus()
                    item = table.item(row, COL_EMAIL)
                    if item is not None:
                        table.editItem(item)
                    return True
        return super().eventFilter(watched, event)

    def _commit_open_editor(self) -> None:
        """A cell still being typed in when the dialog is accepted (Enter, Alt+S) keeps what
        was typed; Qt would otherwise commit it only when the editor loses focus."""
        table = self.contacts_table
        if table.state() != QAbstractItemView.State.EditingState:
            return
        editor = table.indexWidget(table.currentIndex())
        if editor is not None:
            table.commitData(editor)
            table.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def _add_contact_clicked(self) -> None:
        row = self.add_contact()
        self.contacts_table.setCurrentCell(row, COL_NAME)
        self.contacts_table.setFocus()
        item = self.contacts_table.item(row, COL_NAME)
        if item is not None:
            self.contacts_table.editItem(item)

    def _remove_contact(self) -> None:
        row = self.contacts_table.currentRow()
        if row >= 0:
            self.contacts_table.removeRow(row)
        self._update_remove_button()

    def _update_remove_button(self) -> None:
        self.remove_contact_button.setEnabled(self.contacts_table.currentRow() >= 0)

    def _contacts(self) -> tuple[Contact, ...]:
        table = self.contacts_table
        contacts = []
        for row in range(table.rowCount()):
            name, email = table.item(row, COL_NAME), table.item(row, COL_EMAIL)
            role = table.cellWidget(row, COL_ROLE)
            assert isinstance(role, QComboBox)
            contacts.append(
                Contact(
                    name.text() if name else "",
                    _CONTACT_ROLES[role.currentIndex()],
                    email.text() if email else "",
                )
            )
        return tuple(contacts)

    # --- known companies ---------------------------------------------------------------------

    def _company_chosen(self, text: str) -> None:
        known = self._known.get(text.strip().casefold())
        size, industry = _SIZES[self.size_combo.currentIndex()], self.industry_edit.text()
        if known is not None:
            _, band, known_industry = known
            before = (size, industry) if self._autofill is None else self._autofill[:2]
            self.size_combo.setCurrentIndex(_SIZES.index(band))
            self.industry_edit.setText(known_industry or industry)
            self._autofill = (*before, band, known_industry or industry)
        elif self._autofill is not None:
            old_size, old_industry, filled_size, filled_industry = self._autofill
            self._autofill = None
            if (size, industry) == (filled_size, filled_industry):
                self.size_combo.setCurrentIndex(_SIZES.index(old_size))
                self.industry_edit.setText(old_industry)

    def _use_known_spelling(self) -> None:
        # "acme" and "ACME" would count as two companies in the comparisons.
        known = self._known.get(self.company_edit.text().strip().casefold())
        if known is not None and self.company_edit.text() != known[0]:
            self.company_edit.setText(known[0])

    # --- result ------------------------------------------------------------------------------

    def details(self) -> ApplicationDetails:
        """What the form holds now, before cleaning."""
        has_date = self.next_step_has_date.isChecked()
        return ApplicationDetails(
            company=self.company_edit.text(),
            role_title=self.role_edit.text(),
            applied_on=to_date(self.applied_edit.date()),
            size_band=_SIZES[self.size_combo.currentIndex()],
            industry=self.industry_edit.text(),
            role_type=self.role_type_combo.currentText(),
            seniority=self.seniority_combo.currentText(),
            location=self.location_edit.text(),
            channel=_CHANNELS[self.channel_combo.currentIndex()],
            resume_variant=self.variant_combo.currentText(),
            job_url=self.url_edit.text(),
            salary_text=self.salary_edit.text(),
            notes=self.notes_edit.toPlainText(),
            next_step=self.next_step_edit.text(),
            next_step_on=to_date(self.next_step_date.date()) if has_date else None,
            contacts=self._contacts(),
        )

    def result_value(self) -> ApplicationDetails:
        """The cleaned details; raises UserError if the form does not hold valid ones."""
        if self._cleaned is None:
            self._cleaned = clean_details(self.details(), self._today)
        return self._cleaned

    def accept(self) -> None:
        self._commit_open_editor()
        self._cleaned = None
        details = self.details()
        try:
            self._cleaned = clean_details(details, self._today)
        except UserError as error:
            show_error(self.error_label, error)
            field = self._field_at_fault(details)
            if field is not None:
                field.setFocus()
            return
        self.error_label.hide()
        if self._confirm is not None and not self._confirm(self._cleaned, self):
            return
        super().accept()

    def _field_at_fault(self, details: ApplicationDetails) -> QWidget | None:
        for text, widget in (
            (details.company, self.company_edit),
            (details.role_title, self.role_edit),
        ):
            if not text.strip() or "\x00" in text:
                return widget
        if details.applied_on > self._today:
            return self.applied_edit
        if details.contacts:
            return self.contacts_table
        return None


def _completer(words: list[str], parent: QWidget) -> QCompleter:
    completer = QCompleter(words, parent)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    return completer


def _editable_combo(items: list[str], placeholder: str) -> QComboBox:
    combo = QComboBox()
    combo.setEditable(True)
    combo.addItems(items)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.setCurrentIndex(-1)
    line = combo.lineEdit()
    assert line is not None  # the combo is editable
    line.setPlaceholderText(placeholder)
    # Typed text needs the room of a line edit, not the width of the longest item.
    combo.setSizePolicy(QSizePolicy.Policy.Expanding, combo.sizePolicy().verticalPolicy())
    return combo


def _form_group(
    title: str, rows: list[tuple[str, QWidget] | tuple[str, QWidget, QLayout]]
) -> QGroupBox:
    """A titled form; a row may put a layout in the field column, with `widget` as the buddy."""
    group = QGroupBox(title)
    form = QFormLayout(group)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
    for text, buddy, *field in rows:
        form.addRow(buddy_label(text, buddy), field[0] if field else buddy)
    return group
