"""Every dialog fits a 900x600 screen, and its buttons are in sentence case: each is opened
through its own `ask(...)`, as the window opens it, over the sample search. In a 900x600
window the rejection's reasons and the improvement's stages are whole."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QStyleOptionComboBox,
)
from pytestqt.qtbot import QtBot

import jobdesk.ui
from jobdesk.domain.enums import Outcome, RejectionReason, Stage
from jobdesk.domain.how_it_counts import EXAMPLE, counting_rules, figures_note
from jobdesk.domain.mail import MailAccount, Security
from jobdesk.services.bundle import Services
from jobdesk.services.mail_drafts import Mailbox
from jobdesk.ui.debriefs.debrief_dialog import DebriefDialog
from jobdesk.ui.debriefs.improvement_dialog import ImprovementDialog
from jobdesk.ui.dialogs.common import DIALOG_ROOM
from jobdesk.ui.feedback.composer_dialog import ComposerDialog
from jobdesk.ui.feedback.feedback_dialog import FeedbackDialog
from jobdesk.ui.feedback.mail_account_dialog import (
    MailAccountDialog,
    MailboxDialog,
    PasswordDialog,
)
from jobdesk.ui.import_wizard.wizard import ImportWizard
from jobdesk.ui.interviews.interview_dialog import InterviewDialog
from jobdesk.ui.offers.letter_dialogs import ChooseApplicationDialog, LetterDialog, OfferDialog
from jobdesk.ui.pipeline.application_dialog import ApplicationDialog
from jobdesk.ui.pipeline.history_dialogs import CorrectEventDialog, MissedStepDialog
from jobdesk.ui.pipeline.stage_dialogs import AdvanceDialog, OutcomeDialog, RejectDialog
from jobdesk.ui.shell.about_dialog import AboutDialog
from jobdesk.ui.shell.help_dialogs import CountingDialog, ShortcutsDialog, shortcut_groups
from jobdesk.ui.shell.main_window import MainWindow
from jobdesk.ui.shell.restore_dialog import RestoreDialog
from jobdesk.ui.shell.settings_dialog import SettingsDialog
from jobdesk.ui.today.breaks import BreakDialog, BreaksDialog

LETTER = (
    "Dear Sam,\nWe are delighted to offer you the position of Senior Backend Engineer at "
    "Harborline Shipping. Your base salary will be EUR 84,000 per year, with a sign-on bonus "
    "of EUR 5,000. Please reply by 15 December 2026.\n"
)


def dialogs_with_ask() -> set[type[QDialog]]:
    """Every dialog class in jobdesk.ui that has its own ask()."""
    found: set[type[QDialog]] = set()
    for info in pkgutil.walk_packages(jobdesk.ui.__path__, "jobdesk.ui."):
        module = importlib.import_module(info.name)
        for _name, value in inspect.getmembers(module, inspect.isclass):
            if (
                value.__module__ == info.name
                and issubclass(value, QDialog)
                and "ask" in vars(value)
            ):
                found.add(value)
    return found


@pytest.fixture
def window(qtbot: QtBot, services: Services) -> MainWindow:
    services.pipeline.load_sample()
    services.feedback.load_sample()
    services.offers.load_sample()
    services.interviews.load_sample()
    services.patterns.load_sample()
    window = MainWindow(services)
    qtbot.addWidget(window)
    return window


def openers(window: MainWindow, tmp_path: Path) -> dict[type[QDialog], Callable[[], object]]:
    """How each dialog is opened, with what the window would give it."""
    s = window.services
    today = s.pipeline.today()
    summaries = s.pipeline.summaries()
    # The sample's longest story: an application that reached the final round.
    app = max(
        (s.pipeline.application(a.id) for a in summaries),
        key=lambda a: (a.furthest_stage.rank, len(a.events)),
    )
    terms = s.offers.summaries()[0].offer.terms
    csv = tmp_path / "tracker.csv"
    csv.write_text("Company,Role,Applied\nAcme,Backend Engineer,2026-10-01\n", encoding="utf-8")
    letter = tmp_path / "offer.txt"
    letter.write_text(LETTER, encoding="utf-8")
    proposal = s.offers.propose(s.attachments.stage(letter))
    s.backups.backup_now()
    account = MailAccount("imap.example.org", 993, Security.TLS, "sam@example.org")
    interviews, _past = s.interviews.of_application(app.id)
    settings = s.settings
    return {
        ApplicationDialog: lambda: ApplicationDialog.ask(
            window,
            today=today,
            companies=s.pipeline.companies(),
            resume_variants=s.pipeline.resume_variants(),
        ),
        AdvanceDialog: lambda: AdvanceDialog.ask(window, app, today),
        RejectDialog: lambda: RejectDialog.ask(window, app, today),
        OutcomeDialog: lambda: OutcomeDialog.ask(window, app, Outcome.WITHDRAWN, today),
        MissedStepDialog: lambda: MissedStepDialog.ask(window, app, today),
        CorrectEventDialog: lambda: CorrectEventDialog.ask(window, app, today),
        SettingsDialog: lambda: SettingsDialog.ask(window, settings),
        AboutDialog: lambda: AboutDialog.ask(window, s.paths.data_dir),
        ShortcutsDialog: lambda: ShortcutsDialog.ask(window, shortcut_groups(window)),
        CountingDialog: lambda: CountingDialog.ask(
            window, counting_rules(30, 5, 7), figures_note(EXAMPLE)
        ),
        RestoreDialog: lambda: RestoreDialog.ask(window, s.backups.backups()),
        BreakDialog: lambda: BreakDialog.ask(window, today),
        BreaksDialog: lambda: BreaksDialog.ask(window, window.break_actions),
        InterviewDialog: lambda: InterviewDialog.ask(window, app, today),
        DebriefDialog: lambda: DebriefDialog.ask(
            window, app, today, interviews, s.interviews.tag_names()
        ),
        ImprovementDialog: lambda: ImprovementDialog.ask(
            window, s.patterns.topics().labels(), "System design", Stage.TECHNICAL, today
        ),
        FeedbackDialog: lambda: FeedbackDialog.ask(window, app, today, s.feedback.themes()),
        ComposerDialog: lambda: ComposerDialog.ask(
            window,
            s,
            app,
            s.feedback.default_template(app).key,
            window.perform,
            window.prompts,
        ),
        MailAccountDialog: lambda: MailAccountDialog.ask(window, s, window.perform, window.prompts),
        PasswordDialog: lambda: PasswordDialog.ask(window, account, "The server asked again."),
        MailboxDialog: lambda: MailboxDialog.ask(
            window,
            "Your server marks no mailbox for drafts.",
            [Mailbox("INBOX", frozenset()), Mailbox("Entw&APw-rfe", frozenset())],
        ),
        ChooseApplicationDialog: lambda: ChooseApplicationDialog.ask(
            window, "offer.txt", summaries
        ),
        LetterDialog: lambda: LetterDialog.ask(
            window,
            proposal,
            app,
            today,
            s.offers.suggested_received_on(proposal, app.id),
        ),
        OfferDialog: lambda: OfferDialog.ask(window, "Offer from Harborline", terms, today),
        ImportWizard: lambda: ImportWizard.ask(window, s.importer, csv, window.prompts),
    }


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch, qtbot: QtBot) -> Iterator[list[QDialog]]:
    """Dialogs shown, measured, and closed as if the user pressed Escape."""
    shown: list[QDialog] = []

    def exec_(dialog: QDialog) -> int:
        dialog.show()
        qtbot.waitExposed(dialog)
        shown.append(dialog)
        dialog.hide()
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(QDialog, "exec", exec_)
    yield shown


def test_every_dialog_with_ask_is_measured_here(window: MainWindow, tmp_path: Path) -> None:
    assert set(openers(window, tmp_path)) == dialogs_with_ask()


def measure(
    window: MainWindow, tmp_path: Path, opened: list[QDialog]
) -> dict[str, tuple[QDialog, QSize, QSize]]:
    found = {}
    for cls, open_it in openers(window, tmp_path).items():
        before = len(opened)
        open_it()
        assert len(opened) == before + 1, cls.__name__
        dialog = opened[-1]
        found[cls.__name__] = (dialog, dialog.sizeHint(), dialog.size())
    return found


def test_every_dialog_fits_a_900_by_600_screen(
    window: MainWindow, tmp_path: Path, opened: list[QDialog]
) -> None:
    too_big = {
        name: (hint.width(), hint.height(), size.width(), size.height())
        for name, (_dialog, hint, size) in measure(window, tmp_path, opened).items()
        if not (DIALOG_ROOM.boundedTo(hint) == hint and DIALOG_ROOM.boundedTo(size) == size)
    }
    # A 900x600 screen, less the title bar and the frame: New application was 640x720, Preferences
    # 640x620, the import wizard 980x640, an offer letter's confirmation 980x700.
    assert (DIALOG_ROOM.width(), DIALOG_ROOM.height()) == (880, 560)
    assert too_big == {}


# Words that keep their capital inside a sentence-case label: abbreviations, the tabs'
# names, and the mail headers as a mail program shows them ("Copy with To: and Subject:").
PROPER = {"OK", "PNG", "CSV", "JSON", "IMAP", "TLS", "I", "Pipeline", "Insights", "Today"}
PROPER |= {"To", "Subject"}


def title_case_words(text: str) -> list[str]:
    words = re.findall(r"[\w’'-]+", text.replace("&", ""))
    return [w for w in words[1:] if w[:1].isupper() and w not in PROPER]


def test_every_dialog_button_is_in_sentence_case(
    window: MainWindow, tmp_path: Path, opened: list[QDialog]
) -> None:
    title_case = {
        f"{name}: {button.text()}"
        for name, (dialog, _hint, _size) in measure(window, tmp_path, opened).items()
        for button in dialog.findChildren(QAbstractButton)
        if title_case_words(button.text())
    }
    assert title_case == set()


def test_a_button_label_in_title_case_is_found() -> None:
    assert title_case_words("Restore &Defaults") == ["Defaults"]
    assert title_case_words("Restore defaults") == []
    assert title_case_words("Save chart as PNG…") == []


def radio_room(button: QRadioButton) -> int:
    """The width a radio button leaves for its text, beside its indicator."""
    option = QStyleOptionButton()
    button.initStyleOption(option)
    rect = button.style().subElementRect(QStyle.SubElement.SE_RadioButtonContents, option, button)
    return rect.width()


def combo_room(combo: QComboBox) -> int:
    """The width a combo box leaves for the chosen item's text, beside its arrow."""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    rect = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    return rect.width()


def at_900_by_600(qtbot: QtBot, window: MainWindow) -> None:
    window.resize(900, 600)
    window.show()
    qtbot.waitExposed(window)


# A review saw "Experience mismatch" and the improvement's stage box cut at 900 px: each text,
# measured with its widget's font, fits the room the widget gives it.
def test_at_900_px_every_rejection_reason_is_whole(
    qtbot: QtBot, window: MainWindow, opened: list[QDialog]
) -> None:
    at_900_by_600(qtbot, window)
    services = window.services
    app = services.pipeline.application(services.pipeline.summaries()[0].id)
    RejectDialog.ask(window, app, services.pipeline.today())
    (dialog,) = opened
    assert isinstance(dialog, RejectDialog)

    buttons = dialog.reason_buttons
    assert len(buttons) == len(RejectionReason) == 11
    cut = {
        button.text(): (button.fontMetrics().horizontalAdvance(button.text()), radio_room(button))
        for button in buttons.values()
        if button.fontMetrics().horizontalAdvance(button.text()) > radio_room(button)
    }
    assert cut == {}
    mismatch = buttons[RejectionReason.EXPERIENCE_MISMATCH]
    assert mismatch.text() == "Experience mismatch"
    assert mismatch.isVisibleTo(dialog)
    assert dialog.geometry().right() <= window.screen().availableGeometry().right()


def test_at_900_px_every_stage_an_improvement_can_target_is_whole(
    qtbot: QtBot, window: MainWindow, opened: list[QDialog]
) -> None:
    at_900_by_600(qtbot, window)
    services = window.services
    topics = services.patterns.topics().labels()
    ImprovementDialog.ask(
        window, topics, "System design", Stage.TECHNICAL, services.pipeline.today()
    )
    (dialog,) = opened
    assert isinstance(dialog, ImprovementDialog)

    combo = dialog.stage_combo
    items = [combo.itemText(i) for i in range(combo.count())]
    assert items == [
        "Application → response",
        "Response → screen",
        "Screen → technical",
        "Technical → final round",
        "Final round → offer",
    ]
    assert combo.currentText() == "Technical → final round"
    room = combo_room(combo)
    cut = [text for text in items if combo.fontMetrics().horizontalAdvance(text) > room]
    assert cut == []
