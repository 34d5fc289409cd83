"""A contractor's day rate, from the letter to the Offers tab: the confirmation dialog proposes
"per day", and the tab shows the rate per day with its yearly estimate over 260 working days."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from jobdesk.domain.application import ApplicationDetails
from jobdesk.domain.attachments import AttachmentKind
from jobdesk.domain.enums import Stage
from jobdesk.domain.offers import Period
from jobdesk.services.bundle import Services
from jobdesk.ui.offers.letter_dialogs import TermsForm
from jobdesk.ui.offers.model import COL_BASE, COL_YEARLY
from jobdesk.ui.shell.main_window import MainWindow

CONTRACT = """Harbourline Logistics Ltd
18 November 2026

Dear Sam,

We are pleased to offer you a contract as Interim Platform Engineer, outside IR35, through
your limited company.

Day rate: £650 per day, invoiced monthly.
Start date: 4 January 2027.
"""


@pytest.fixture
def window(qtbot: QtBot, services: Services) -> Iterator[MainWindow]:
    w = MainWindow(services)
    qtbot.addWidget(w)
    w.resize(1300, 760)
    w.show()
    qtbot.waitExposed(w)
    yield w


def test_a_day_rate_goes_from_the_letter_to_the_offers_tab(
    qtbot: QtBot, window: MainWindow, services: Services, tmp_path: Path
) -> None:
    details = ApplicationDetails("Harbourline Logistics", "Engineer", date(2026, 10, 1))
    app_id = services.pipeline.add(details).application_ids[0]
    services.pipeline.advance(app_id, Stage.FINAL, date(2026, 11, 2))
    path = tmp_path / "Harbourline contract.txt"
    path.write_text(CONTRACT, encoding="utf-8")
    proposal = services.offers.propose(services.attachments.stage(path))
    form = TermsForm(date(2026, 11, 18), with_sources=True)
    qtbot.addWidget(form)
    form.load(proposal.terms.record())
    assert form.period_combo.currentText() == "per day"
    assert [form.period_combo.itemText(i) for i in range(form.period_combo.count())] == [
        "per year",
        "per month",
        "per day",
        "per hour",
    ]
    terms = form.terms()
    assert (terms.base_amount, terms.base_period) == (Decimal(650), Period.DAY)
    services.offers.confirm(
        app_id, proposal, AttachmentKind.OFFER_LETTER, terms, date(2026, 11, 18)
    )
    window.reload()
    assert window.select_tab("Offers")
    proxy = window.offers_tab.model  # the table shows the model itself
    assert proxy.index(0, COL_BASE).data() == "£650 / day"
    assert proxy.index(0, COL_YEARLY).data() == "≈ £169,000"
    tip = proxy.index(0, COL_BASE).data(Qt.ItemDataRole.ToolTipRole)
    assert "About £169,000 a year at 260 working days (five a week), an estimate" in tip
