"""Beside each proposed term, where it came from; a term left blank because the letter's
figures disagree lists them, so the user can pick instead of trusting a guess."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from jobdesk.domain.offer_terms import read_terms
from jobdesk.ui.offers.letter_dialogs import TermsForm

TWO_SALARIES = """1 December 2026

We are pleased to offer you the position of Data Engineer.
Your base salary will be £70,000 per annum.

Salary: £72,000 per annum
Start date: 4 January 2027
"""


def test_a_blank_salary_shows_the_two_figures_found(qtbot: QtBot) -> None:
    form = TermsForm(date(2026, 12, 1), with_sources=True)
    qtbot.addWidget(form)
    found = read_terms(TWO_SALARIES)
    form.load(found.record())
    form.show_sources(found)
    assert form.base_edit.text() == ""
    assert found.currency is not None and found.currency.value == "GBP"  # both are pounds
    assert form.sources["base"].text() == (
        "⚠ Two salary figures found: GBP 72,000 a year; GBP 70,000 a year. "
        "Type the one that is your base salary."
    )
    assert form.sources["base"].isEnabled()  # in full colour: it asks for attention
    assert form.title_edit.text() == "Data Engineer"
    assert (
        form.sources["title"].text()
        == "“We are pleased to offer you the position of Data Engineer.”"
    )
    assert form.sources["start"].text() == "“Start date: 4 January 2027”"
    assert form.sources["sign_on"].text() == "Not found in the letter."


def test_a_salary_that_may_be_monthly_asks_per_what(qtbot: QtBot) -> None:
    form = TermsForm(date(2026, 12, 1), with_sources=True)
    qtbot.addWidget(form)
    found = read_terms("Ihr Gehalt beträgt 4.200 € brutto.")
    form.load(found.record())
    form.show_sources(found)
    assert form.base_edit.text() == "4200"
    assert form.sources["base"].text() == (
        "“Ihr Gehalt beträgt 4.200 € brutto.”\n⚠ The letter does not say whether EUR 4,200 is "
        "per year, month or hour: choose it."
    )
