"""Dialogs for a dropped file: which application it belongs to, and what the letter says.

Nothing is saved by these dialogs; they return what the user confirmed.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from enum import Enum
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from jobdesk.domain.application import Application, ApplicationSummary
from jobdesk.domain.attachments import AttachmentKind, size_text
from jobdesk.domain.errors import UserError
from jobdesk.domain.offer_terms import Found, FoundDate, FoundTerms, long_date
from jobdesk.domain.offers import (
    COMMON_CURRENCIES,
    OfferTermsRecord,
    Period,
    clean_terms,
    parse_amount,
)
from jobdesk.services.offers import LetterProposal
from jobdesk.ui.dialogs.common import (
    fields_scroll,
    make_date_edit,
    make_error_label,
    name_buttons,
    open_at,
    plain_tooltip,
    run_dialog,
    set_name,
    show_error,
    to_date,
    to_qdate,
)
from jobdesk.ui.dialogs.form_dialog import FormDialog

SENTENCE_CHARS = 160


# --- choosing the application ----------------------------------------------------------------


class NewApplication(Enum):
    """The chooser's answer when the letter belongs to an application not yet in the pipeline."""

    CHOSEN = "new"


class ChooseApplicationDialog(QDialog):
    """Lists the applications a file most likely belongs to (best first); returns an id,
    NewApplication.CHOSEN, or None when cancelled."""

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        file_name: str,
        apps: list[ApplicationSummary],
        named: tuple[str, ...] = (),
    ) -> int | NewApplication | None:
        dialog = cls(parent, file_name, apps, named)
        return run_dialog(dialog, lambda d: d.answer)

    def __init__(
        self,
        parent: QWidget | None,
        file_name: str,
        apps: list[ApplicationSummary],
        named: tuple[str, ...] = (),
    ) -> None:
        super().__init__(parent)
        self.answer: int | NewApplication | None = None
        self.setWindowTitle("Which application is this for?")
        intro = QLabel()
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        intro.setText(
            f"Attach “{file_name}” to which application? The ones most likely to have made "
            "an offer come first."
        )
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText("Type to narrow the list")
        self.filter_edit.setClearButtonEnabled(True)
        set_name(self.filter_edit, "Narrow the list of applications")
        self.filter_edit.textChanged.connect(self._filter)
        self.list = QListWidget()
        self.list.setAccessibleName("Applications")
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        named_keys = {n.casefold() for n in named}
        for app in apps:
            state = app.furthest_stage.label
            if app.outcome.is_closed:
                state += f", {app.outcome.label.lower()}"
            mention = "  · named in the letter" if app.company.casefold() in named_keys else ""
            item = QListWidgetItem(f"{app.name}   ({state}){mention}")
            item.setData(Qt.ItemDataRole.UserRole, app.id)
            if app.outcome.is_closed:
                item.setForeground(self.palette().color(self.palette().ColorRole.PlaceholderText))
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        self.new_button = QPushButton("&New application…")
        self.new_button.setAccessibleName("New application")
        self.new_button.clicked.connect(self._new)
        self.empty = QLabel("No applications yet: add the one this file belongs to.")
        self.empty.setVisible(not apps)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        name_buttons(buttons, "&Attach")
        buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(apps))
        buttons.addButton(self.new_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        self.resize(560, 420)
        # Typing narrows the list; the list's own type-ahead would jump to the first name
        # that starts alike ("Harbor Labs" picked "Harbor Software 71").
        (self.filter_edit if apps else self.new_button).setFocus()
        self.filter_edit.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Up, Down, Page Up and Page Down in the field move through the list it narrows.
        if (
            watched is self.filter_edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key()
            in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)
        ):
            QApplication.sendEvent(self.list, event)
            return True
        return super().eventFilter(watched, event)

    def _filter(self, text: str) -> None:
        words = text.casefold().split()
        first_visible = None
        for row in range(self.list.count()):
            item = self.list.item(row)
            hidden = not all(w in item.text().casefold() for w in words)
            item.setHidden(hidden)
            if not hidden and first_visible is None:
                first_visible = row
        if first_visible is not None:
            self.list.setCurrentRow(first_visible)
        self.ok_button.setEnabled(first_visible is not None)

    def _new(self) -> None:
        self.answer = NewApplication.CHOSEN
        super().accept()

    def accept(self) -> None:
        item = self.list.currentItem()
        if item is None or item.isHidden():
            return
        self.answer = int(item.data(Qt.ItemDataRole.UserRole))
        super().accept()


# --- the terms form --------------------------------------------------------------------------


class OptionalDate(QWidget):
    """A date that may be left out: a check box and a date field."""

    changed = Signal()

    def __init__(self, name: str, value: date | None, today: date) -> None:
        super().__init__()
        self.check = QCheckBox("Known")
        self.check.setAccessibleName(f"{name} is known")
        self.edit = make_date_edit(name, value or today)
        self.check.toggled.connect(self.edit.setEnabled)
        self.check.toggled.connect(lambda _on: self.changed.emit())
        self.edit.dateChanged.connect(lambda _d: self.changed.emit())
        self.set_value(value)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit, 1)

    def value(self) -> date | None:
        return to_date(self.edit.date()) if self.check.isChecked() else None

    def set_value(self, value: date | None) -> None:
        self.check.setChecked(value is not None)
        self.edit.setEnabled(value is not None)
        if value is not None:
            self.edit.setDate(to_qdate(value))


def _amount_edit(name: str, placeholder: str = "") -> QLineEdit:
    edit = QLineEdit()
    edit.setPlaceholderText(placeholder)
    set_name(edit, name)
    edit.setMaximumWidth(160)
    return edit


def _number_text(value: Decimal | int | None) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal) and value == value.to_integral_value():
        return f"{value:.0f}"
    return str(value)


class DateChoices(QWidget):
    """Above a date field: the two readings of a date like 05/12/2026, one to pick."""

    def __init__(self, what: str, field: OptionalDate, parent: QWidget) -> None:
        super().__init__(parent)
        self.what = what
        self.field = field
        self.group = QButtonGroup(self)
        self.hide()

    def box(self) -> QVBoxLayout:
        """The choices over the field, for the form's grid."""
        box = QVBoxLayout()
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self)
        box.addWidget(self.field)
        return box

    def offer(self, choices: tuple[date, ...]) -> None:
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel("Which is it?"))
        for choice in choices:
            button = QRadioButton(long_date(choice))
            button.setAccessibleName(f"The {self.what} is {long_date(choice)}")
            button.toggled.connect(lambda on, d=choice: self.field.set_value(d) if on else None)
            self.group.addButton(button)
            layout.addWidget(button)
        layout.addStretch()
        self.show()
        self.field.set_value(None)

    @property
    def undecided(self) -> bool:
        return not self.isHidden() and self.group.checkedButton() is None


def _fit_currency_box(combo: QComboBox) -> None:
    """Narrow (a code is three letters), but never so narrow that "Currency" is cut to
    "Cu…": its text, the arrow and the frame."""
    room = combo.fontMetrics().horizontalAdvance("Currency") + 40
    combo.setMinimumWidth(room)
    combo.setMaximumWidth(max(110, room))


class TermsForm(QWidget):
    """Every term of an offer, editable; beside each, the sentence it was read from."""

    def __init__(self, today: date, *, with_sources: bool) -> None:
        super().__init__()
        self._today = today
        self._with_sources = with_sources
        self._grid = QGridLayout(self)
        self._grid.setColumnStretch(2, 1)
        self._grid.setHorizontalSpacing(12)
        self._row = 0
        self.sources: dict[str, QLabel] = {}

        self.title_edit = QLineEdit()
        set_name(self.title_edit, "Job title")
        self.base_edit = _amount_edit("Base salary", "e.g. 185000")
        self.currency_combo = QComboBox()
        self.currency_combo.setEditable(True)
        self.currency_combo.addItems(COMMON_CURRENCIES)
        self.currency_combo.setCurrentIndex(-1)
        currency_line = self.currency_combo.lineEdit()
        assert currency_line is not None  # the combo was made editable above
        currency_line.setPlaceholderText("Currency")
        _fit_currency_box(self.currency_combo)
        set_name(self.currency_combo, "Currency")
        self.period_combo = QComboBox()
        for period in Period:
            self.period_combo.addItem(period.label, period)
        set_name(self.period_combo, "Paid per")
        self.sign_on_edit = _amount_edit("Sign-on bonus")
        self.bonus_percent_edit = _amount_edit("Yearly bonus, percent of base", "e.g. 15")
        self.bonus_amount_edit = _amount_edit("Yearly bonus, amount")
        self.units_edit = _amount_edit("Shares or units")
        self.equity_value_edit = _amount_edit("Equity value (whole grant)")
        self.vesting_edit = _amount_edit("Vesting years", "e.g. 4")
        self.cliff_edit = _amount_edit("Cliff in months", "e.g. 12")
        self.start_edit = OptionalDate("Start date", None, today)
        self.deadline_edit = OptionalDate("Reply deadline", None, today)
        self.start_choices = DateChoices("start date", self.start_edit, self)
        self.deadline_choices = DateChoices("reply deadline", self.deadline_edit, self)
        self.location_edit = QLineEdit()
        set_name(self.location_edit, "Location")
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setFixedHeight(52)
        set_name(self.notes_edit, "Notes")
        self.rate_edit = _amount_edit("Exchange rate", "e.g. 0.92")
        self.rate_currency_combo = QComboBox()
        self.rate_currency_combo.setEditable(True)
        self.rate_currency_combo.addItems(COMMON_CURRENCIES)
        self.rate_currency_combo.setCurrentIndex(-1)
        _fit_currency_box(self.rate_currency_combo)
        set_name(self.rate_currency_combo, "Currency the rate converts into")
        self.rate_label = QLabel("1 unit of the offer's currency =")

        base_row = QHBoxLayout()
        widget: QWidget
        for widget in (self.base_edit, self.currency_combo, self.period_combo):
            base_row.addWidget(widget)
        base_row.addStretch()
        rate_row = QHBoxLayout()
        for widget in (self.rate_label, self.rate_edit, self.rate_currency_combo):
            rate_row.addWidget(widget)
        rate_row.addStretch()
        start_box = self.start_choices.box()
        deadline_box = self.deadline_choices.box()

        self._add("title", "Job &title", self.title_edit)
        self._add("base", "&Base salary", self.base_edit, base_row)
        self._add("sign_on", "&Sign-on bonus", self.sign_on_edit)
        self._add("bonus_percent", "Yearly bonus, &%", self.bonus_percent_edit)
        self._add("bonus_amount", "Yearly bonus, a&mount", self.bonus_amount_edit)
        self._add("equity_units", "Shares or &units", self.units_edit)
        self._add("equity_value", "E&quity value", self.equity_value_edit)
        self._add("vesting_years", "&Vesting years", self.vesting_edit)
        self._add("cliff_months", "C&liff (months)", self.cliff_edit)
        self._add("start", "S&tart date", self.start_edit, start_box)
        self._add("deadline", "Reply &deadline", self.deadline_edit, deadline_box)
        self._add("location", "L&ocation", self.location_edit)
        self._add("notes", "&Notes", self.notes_edit)
        self._add("rate", "Exchange &rate", self.rate_edit, rate_row)
        self.sources["rate"].setText("Optional: to compare offers in one currency.")
        self._grid.setRowStretch(self._row, 1)  # spare height goes below the rows
        self.currency_combo.currentTextChanged.connect(self._currency_changed)

    def _add(
        self, key: str, text: str, buddy: QWidget, field: QHBoxLayout | QVBoxLayout | None = None
    ) -> None:
        label = QLabel(text)
        label.setBuddy(buddy)
        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self._grid.addWidget(label, self._row, 0)
        if field is None:
            self._grid.addWidget(buddy, self._row, 1)
        else:
            self._grid.addLayout(field, self._row, 1)
        source = QLabel()
        source.setWordWrap(True)
        source.setTextFormat(Qt.TextFormat.PlainText)
        # Muted (it is evidence, not something to edit), yet readable: not greyed out.
        source.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        source.setMinimumWidth(220)
        source.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        source.setVisible(self._with_sources or key == "rate")
        self._grid.addWidget(source, self._row, 2)
        self.sources[key] = source
        self._row += 1

    def _currency_changed(self, text: str) -> None:
        code = text.strip().upper() or "unit of the offer's currency"  # not "1 the offer's…"
        self.rate_label.setText(f"1 {code} =")

    # --- values ------------------------------------------------------------------------

    def load(self, terms: OfferTermsRecord) -> None:
        self.title_edit.setText(terms.title)
        self.base_edit.setText(_number_text(terms.base_amount))
        self.currency_combo.setCurrentText(terms.currency)
        self.period_combo.setCurrentIndex(list(Period).index(terms.base_period))
        self.sign_on_edit.setText(_number_text(terms.sign_on))
        self.bonus_percent_edit.setText(_number_text(terms.bonus_percent))
        self.bonus_amount_edit.setText(_number_text(terms.bonus_amount))
        self.units_edit.setText(_number_text(terms.equity_units))
        self.equity_value_edit.setText(_number_text(terms.equity_value))
        self.vesting_edit.setText(_number_text(terms.vesting_years))
        self.cliff_edit.setText(_number_text(terms.cliff_months))
        self.start_edit.set_value(terms.start_on)
        self.deadline_edit.set_value(terms.deadline_on)
        self.location_edit.setText(terms.location)
        self.notes_edit.setPlainText(terms.notes)
        self.rate_edit.setText(_number_text(terms.exchange_rate))
        self.rate_currency_combo.setCurrentText(terms.rate_currency)
        self._currency_changed(terms.currency)

    def show_sources(self, found: FoundTerms) -> None:
        """Beside each value, the sentence it came from, or that the letter does not say."""
        pairs: dict[str, Found[Any] | FoundDate | None] = {
            "title": found.title,
            "base": found.base,
            "sign_on": found.sign_on,
            "bonus_percent": found.bonus_percent,
            "bonus_amount": found.bonus_amount,
            "equity_units": found.equity_units,
            "equity_value": found.equity_value,
            "vesting_years": found.vesting_years,
            "cliff_months": found.cliff_months,
            "start": found.start,
            "deadline": found.deadline,
            "location": found.location,
        }
        for key, item in pairs.items():
            label = self.sources[key]
            if item is None:
                # Left blank because the letter's figures disagree: say which, to pick from.
                unsure = found.unsure_note(key)
                label.setText(f"⚠ {unsure}" if unsure else "Not found in the letter.")
                if unsure:
                    label.setToolTip(plain_tooltip(unsure))
                    label.setEnabled(True)
                continue
            notes = [item.note] if item.note else []
            if key == "base":
                for extra in (found.currency, found.period):
                    if extra is not None and extra.note:
                        notes.append(extra.note)
                if found.unsure_note("period"):
                    notes.append(found.unsure_note("period"))
            sentence = " ".join(item.sentence.split())
            if len(sentence) > SENTENCE_CHARS:
                sentence = sentence[: SENTENCE_CHARS - 1].rstrip() + "…"
            text = f"“{sentence}”"
            if notes:
                text += "\n⚠ " + "\n⚠ ".join(notes)
            label.setText(text)
            label.setToolTip(plain_tooltip(item.sentence))
            if notes:
                label.setEnabled(True)  # a note asks for attention: full colour
        for choices, found_date in (
            (self.start_choices, found.start),
            (self.deadline_choices, found.deadline),
        ):
            if found_date is not None and found_date.is_ambiguous:
                choices.offer(found_date.choices)

    @property
    def deadline_undecided(self) -> bool:
        return self.deadline_choices.undecided

    def terms(self) -> OfferTermsRecord:
        """The terms as typed, cleaned; raises UserError naming the first field at fault."""
        for choices in (self.start_choices, self.deadline_choices):
            if choices.undecided:
                raise _FieldError(
                    f"The letter's {choices.what} reads two ways. Choose which date it means.",
                    choices.group.buttons()[0],
                )
        record = OfferTermsRecord(
            title=self.title_edit.text(),
            currency=self.currency_combo.currentText(),
            base_amount=_amount(self.base_edit, "base salary"),
            base_period=self.period_combo.currentData(),
            sign_on=_amount(self.sign_on_edit, "sign-on bonus"),
            bonus_percent=_amount(self.bonus_percent_edit, "bonus percentage"),
            bonus_amount=_amount(self.bonus_amount_edit, "bonus amount"),
            equity_units=_amount(self.units_edit, "number of shares or units"),
            equity_value=_amount(self.equity_value_edit, "equity value"),
            vesting_years=_amount(self.vesting_edit, "vesting period"),
            cliff_months=_whole(self.cliff_edit, "cliff"),
            start_on=self.start_edit.value(),
            deadline_on=self.deadline_edit.value(),
            location=self.location_edit.text(),
            notes=self.notes_edit.toPlainText(),
            exchange_rate=_amount(self.rate_edit, "exchange rate"),
            rate_currency=self.rate_currency_combo.currentText(),
        )
        try:
            return clean_terms(record)
        except UserError as error:
            raise _FieldError(error.message, self._field_for(error.message)) from None

    def _field_for(self, message: str) -> QWidget | None:
        lowered = message.lower()
        for words, widget in (
            ("rate", self.rate_edit),
            ("currency", self.currency_combo),
            ("base salary", self.base_edit),
            ("sign-on", self.sign_on_edit),
            ("percentage", self.bonus_percent_edit),
            ("bonus amount", self.bonus_amount_edit),
            ("equity", self.equity_value_edit),
            ("shares", self.units_edit),
            ("vesting", self.vesting_edit),
            ("cliff", self.cliff_edit),
            ("deadline", self.deadline_edit.edit),
        ):
            if words in lowered:
                return widget
        return None


class _FieldError(UserError):
    def __init__(self, message: str, widget: QWidget | None) -> None:
        super().__init__(message)
        self.widget = widget


def _amount(edit: QLineEdit, what: str) -> Decimal | None:
    try:
        return parse_amount(edit.text())
    except UserError:
        raise _FieldError(
            f"The {what} “{edit.text().strip()}” is not a number. Type digits, e.g. 185000.",
            edit,
        ) from None


def _whole(edit: QLineEdit, what: str) -> int | None:
    value = _amount(edit, what)
    if value is None:
        return None
    if value != value.to_integral_value():
        raise _FieldError(f"The {what} is a whole number of months.", edit)
    return int(value)


# --- confirming a letter ---------------------------------------------------------------------


@dataclass(frozen=True)
class LetterAnswer:
    kind: AttachmentKind
    terms: OfferTermsRecord | None  # None unless kept as an offer letter
    received_on: date
    reopen: bool = False  # the application is closed: saving the offer reopens it
    letter_date: date | None = None


class LetterDialog(FormDialog):
    """Shows what was read from a dropped file, every value editable, and returns what the
    user confirmed. Nothing is saved here."""

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        proposal: LetterProposal,
        app: Application,
        today: date,
        received_on: date,
        current: OfferTermsRecord | None = None,
        entered: LetterAnswer | None = None,
    ) -> LetterAnswer | None:
        """`entered`: what the user confirmed before, when saving it failed: shown again,
        so that nothing typed is lost."""
        dialog = cls(parent, proposal, app, today, received_on, current, entered)
        return run_dialog(dialog, lambda d: d.answer)

    def __init__(
        self,
        parent: QWidget | None,
        proposal: LetterProposal,
        app: Application,
        today: date,
        received_on: date,
        current: OfferTermsRecord | None = None,
        entered: LetterAnswer | None = None,
    ) -> None:
        super().__init__(parent)
        self.answer: LetterAnswer | None = None
        self._proposal = proposal
        self._app = app
        self._today = today
        d = app.details
        stored = proposal.staged.stored
        self.setWindowTitle(f"File for {d.company}")

        self.heading = heading = QLabel()
        heading.setTextFormat(Qt.TextFormat.PlainText)
        heading.setWordWrap(True)
        heading.setText(
            f"{proposal.staged.display_name}  ({stored.format.label}, {size_text(stored.size)})\n"
            f"for {d.company} — {d.role_title}  ({app.furthest_stage.label})"
        )
        font = QFont(heading.font())
        font.setBold(True)
        heading.setFont(font)

        self.note_label = QLabel()
        self.note_label.setTextFormat(Qt.TextFormat.PlainText)
        self.note_label.setWordWrap(True)
        self.note_label.setFrameShape(QFrame.Shape.StyledPanel)
        self.note_label.setMargin(6)  # inside the frame: the text kept off its edge
        note = proposal.note
        if not note and proposal.source_hash != stored.sha256:
            note = f"The terms were read from {proposal.source_name}, attached to this email."
        if current is not None:
            note = (note + "\n" if note else "") + (
                f"{d.company} already has an offer recorded: confirming replaces its terms "
                "(the earlier letter stays attached; Undo brings the old terms back)."
            )
        self.reopens = app.outcome.is_closed
        if self.reopens:
            note = (note + "\n" if note else "") + (
                f"{d.company} — {d.role_title} is {app.outcome.label.lower()}. Saving the "
                "offer reopens it and records the offer, in one step (Undo takes back both). "
                "To keep the file only, choose another kind below."
            )
        self.note_label.setText(note)
        self.note_label.setVisible(bool(note))

        self.kind_combo = QComboBox()
        for kind in AttachmentKind:
            self.kind_combo.addItem(kind.label, kind)
        self.kind_combo.setCurrentIndex(list(AttachmentKind).index(proposal.kind))
        set_name(self.kind_combo, "Keep the file as")
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.received_edit = make_date_edit("Offer received on", received_on, latest=today)
        self.received_hint = QLabel()
        self.received_hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        letter_date = proposal.terms.letter_date
        if letter_date is not None and letter_date.value == received_on:
            # Its own date is on the next row: this is when it reached the user.
            self.received_hint.setText(
                "Suggested from the letter's date; change it if the letter came later."
            )
        elif letter_date is not None and letter_date.value is not None:
            self.received_hint.setText(
                f"The letter is dated {long_date(letter_date.value)}, which does not fit the "
                "application's history, so today is suggested."
            )
        else:
            self.received_hint.setText("The letter shows no date; today is suggested.")
        self.received_hint.setWordWrap(True)
        top = QGridLayout()
        kind_label = QLabel("&Keep as")
        kind_label.setBuddy(self.kind_combo)
        self.received_label = received_label = QLabel("Offer &received on")
        received_label.setBuddy(self.received_edit)
        top.addWidget(kind_label, 0, 0)
        top.addWidget(self.kind_combo, 0, 1)
        top.addWidget(received_label, 1, 0)
        top.addWidget(self.received_edit, 1, 1)
        top.addWidget(self.received_hint, 1, 2)
        letter_value = letter_date.value if letter_date is not None else None
        self.letter_date_edit = OptionalDate("Letter dated", letter_value, today)
        self.letter_label = letter_label = QLabel("Letter dat&ed")
        letter_label.setBuddy(self.letter_date_edit.edit)
        self.letter_hint = QLabel(
            "Read from the letter. Deadlines like “within 7 days” count from it."
            if letter_value is not None
            else "None found. Deadlines like “within 7 days” count from the day it arrived."
        )
        self.letter_hint.setWordWrap(True)
        self.letter_hint.setEnabled(False)
        top.addWidget(letter_label, 2, 0)
        top.addWidget(self.letter_date_edit, 2, 1)
        top.addWidget(self.letter_hint, 2, 2)
        top.setColumnStretch(2, 1)

        self.form = TermsForm(today, with_sources=True)
        self.form.load(replace(proposal.terms.record(), notes=current.notes if current else ""))
        if current is not None and current.exchange_rate is not None:
            self.form.rate_edit.setText(str(current.exchange_rate))
            self.form.rate_currency_combo.setCurrentText(current.rate_currency)
        self.form.show_sources(proposal.terms)
        self._relative_deadline()
        self.received_edit.dateChanged.connect(lambda _d: self._relative_deadline())
        self.letter_date_edit.changed.connect(self._relative_deadline)
        self.terms_group = QGroupBox("Terms read from the letter: check each one")
        group_layout = QVBoxLayout(self.terms_group)
        scroll = fields_scroll(self.form)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        # The terms scroll in whatever room the dialog has: asked for all of their height,
        # they made it taller than a 600 px screen.
        scroll.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        group_layout.addWidget(scroll)

        # For any other kind of file: no offer wording, only what keeping it means.
        self.other_note = QLabel()
        self.other_note.setTextFormat(Qt.TextFormat.PlainText)
        self.other_note.setWordWrap(True)
        self.other_note.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

        self.error_label = make_error_label()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        name_buttons(buttons, "&Save")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.note_label)
        layout.addLayout(top)
        layout.addWidget(self.terms_group, 1)
        layout.addWidget(self.other_note, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        if entered is not None:
            self._load_entered(entered)
        self._kind_changed()
        open_at(self, 980, 700)

    def _load_entered(self, entered: LetterAnswer) -> None:
        self.mark_refilled()
        self.kind_combo.setCurrentIndex(list(AttachmentKind).index(entered.kind))
        self.received_edit.setDate(to_qdate(entered.received_on))
        self.letter_date_edit.set_value(entered.letter_date)
        if entered.terms is not None:
            self.form.load(entered.terms)
            for choices in (self.form.start_choices, self.form.deadline_choices):
                choices.hide()  # the user already chose: their date is in the field

    @property
    def kind(self) -> AttachmentKind:
        value = self.kind_combo.currentData()
        assert isinstance(value, AttachmentKind)
        return value

    def _kind_changed(self, *_args: object) -> None:
        is_offer = self.kind is AttachmentKind.OFFER_LETTER
        # The offer's wording (received on, letter dated, terms) only for an offer letter.
        for widget in (
            self.terms_group,
            self.received_label,
            self.received_edit,
            self.received_hint,
            self.letter_label,
            self.letter_date_edit,
            self.letter_hint,
        ):
            widget.setVisible(is_offer)
        self.other_note.setText("" if is_offer else self._other_note())
        self.other_note.setVisible(not is_offer)
        if is_offer:
            self.ok_button.setText(
                "&Reopen and save the offer" if self.reopens else "&Save the offer"
            )
        else:
            self.ok_button.setText("&Attach")
        self.ok_button.setAccessibleName(self.ok_button.text().replace("&", ""))

    def _other_note(self) -> str:
        kept = f"It is kept with {self._app.details.company} as “{self.kind.label}”"
        if self._proposal.kind is not AttachmentKind.OFFER_LETTER:
            return (
                f"This file does not read as an offer letter. {kept}; no offer is recorded "
                "from it. If it is an offer letter, choose “Offer letter” above."
            )
        return f"{kept}; no offer is recorded from it."

    def _relative_deadline(self) -> None:
        """ "Within 7 days" of a letter with no date: counted from the day it was received."""
        deadline = self._proposal.terms.deadline
        if deadline is None or deadline.relative_days is None:
            return
        start = self.letter_date_edit.value() or to_date(self.received_edit.date())
        self.form.deadline_edit.set_value(deadline.counted_from(start))

    def accept(self) -> None:
        received = to_date(self.received_edit.date())
        letter = self.letter_date_edit.value()
        if self.kind is not AttachmentKind.OFFER_LETTER:
            self.answer = LetterAnswer(self.kind, None, received, letter_date=letter)
            super().accept()
            return
        try:
            terms = self.form.terms()
        except _FieldError as error:
            show_error(self.error_label, error)
            if error.widget is not None:
                error.widget.setFocus()
            return
        self.error_label.hide()
        self.answer = LetterAnswer(self.kind, terms, received, self.reopens, letter)
        super().accept()


# --- editing an offer ------------------------------------------------------------------------


class OfferDialog(FormDialog):
    """Edit a recorded offer's terms, notes and exchange rate; returns the cleaned terms."""

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        title: str,
        terms: OfferTermsRecord,
        today: date,
        entered: OfferTermsRecord | None = None,
    ) -> OfferTermsRecord | None:
        """`entered`: the terms typed before, when saving them was refused: shown again."""
        dialog = cls(parent, title, entered or terms, today)
        if entered is not None:
            dialog.mark_refilled()
        return run_dialog(dialog, lambda d: d.answer)

    def __init__(
        self, parent: QWidget | None, title: str, terms: OfferTermsRecord, today: date
    ) -> None:
        super().__init__(parent)
        self.answer: OfferTermsRecord | None = None
        self.setWindowTitle(title)
        self.form = TermsForm(today, with_sources=False)
        self.form.load(terms)
        self.error_label = make_error_label()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        name_buttons(buttons, "&Save")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.resize(760, 560)

    def accept(self) -> None:
        try:
            self.answer = self.form.terms()
        except _FieldError as error:
            show_error(self.error_label, error)
            if error.widget is not None:
                error.widget.setFocus()
            return
        super().accept()
