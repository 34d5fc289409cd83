"""The letter dialog for a file that is not an offer letter: no offer wording, a plain note;
and the terms, currency box whole, when it is chosen as one after all."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from jobdesk.domain.attachments import AttachmentKind
from jobdesk.services.bundle import Services
from jobdesk.ui.offers.letter_dialogs import LetterDialog
from tests.ui.offers.test_offers_ui import add_app, letter


def test_a_file_that_is_no_letter_gets_no_offer_wording(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    """A quarterly report dropped on an application: kept as "Other file", and the dialog
    showed "Offer received on", "The letter shows no date", "Terms read from the letter:
    check each one" and a currency box cut to "Cu…" all the same."""
    app_id = add_app(services, "Polaris Maps")
    report = "Quarterly report, Q3 2026\nRevenue grew 12% on the quarter; churn fell to 2.1%.\n"
    proposal = services.offers.propose(
        services.attachments.stage(letter(tmp_path, "r.txt", report))
    )
    assert proposal.kind is AttachmentKind.OTHER
    today = date(2026, 11, 20)
    dialog = LetterDialog(None, proposal, services.pipeline.application(app_id), today, today)
    qtbot.addWidget(dialog)
    dialog.resize(900, 600)
    dialog.show()
    qtbot.waitExposed(dialog)
    shown = [
        w.text()
        for w in dialog.findChildren(QLabel)
        if w.isVisible() and w is not dialog.other_note
    ]
    offer_words = ("Offer", "letter shows no date", "Terms read", "currency")
    assert [t for t in shown if any(word in t for word in offer_words)] == []
    assert dialog.other_note.isVisible()
    assert dialog.other_note.text() == (
        "This file does not read as an offer letter. It is kept with Polaris Maps as “Other "
        "file”; no offer is recorded from it. If it is an offer letter, choose “Offer "
        "letter” above."
    )
    assert dialog.ok_button.text() == "&Attach"
    # Chosen as an offer letter after all, the terms come back, the currency box whole.
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(AttachmentKind.OFFER_LETTER))
    qtbot.wait(20)
    assert dialog.terms_group.isVisible() and not dialog.other_note.isVisible()
    assert dialog.received_label.isVisible()
    box = dialog.form.currency_combo
    line = box.lineEdit()
    assert line is not None
    assert line.fontMetrics().horizontalAdvance("Currency") <= line.width()
    assert dialog.form.rate_label.text() == "1 unit of the offer's currency ="
