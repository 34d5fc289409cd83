# ruff: noqa: E501  (letters keep their own line lengths)
"""Offers from letter to decision: confirm, compare, accept or decline, and undo every step."""

from __future__ import annotations

import email.policy
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from email.message import EmailMessage
from pathlib import Path

import pytest

from jobdesk.domain.application import ApplicationDetails
from jobdesk.domain.attachments import AttachmentKind
from jobdesk.domain.enums import Outcome, Stage
from jobdesk.domain.errors import UserError
from jobdesk.domain.offers import OfferStatus, OfferTermsRecord, Period
from jobdesk.services.bundle import Services
from jobdesk.services.changes import APPLICATIONS, ATTACHMENTS, OFFERS
from jobdesk.services.offers import LetterProposal

ACME = """Acme Robotics
November 18, 2026

Dear Sam,

We are delighted to offer you the position of Senior Backend Engineer, based in our Austin, TX office.
Your base salary will be $185,000 per year. You will receive a sign-on bonus of $20,000 and an annual target bonus of 15% of your base salary.
You will be granted RSUs with a grant value of $240,000, vesting over four years with a one-year cliff.
Your start date will be January 11, 2027. Please sign and return this letter by December 5, 2026.
"""
NORTHWIND = """Northwind Analytics Ltd
19 November 2026

We are pleased to offer you employment as a Data Engineer. Your salary will be £75,000 per annum,
with a bonus of up to 10% of salary. Your employment will commence on 4 January 2027.
Please confirm your acceptance within 3 days of the date of this letter.
"""
GLOBEX = """Globex
November 17, 2026

We are pleased to offer you the role of Platform Engineer. Your base salary will be $160,000 per year
and a signing bonus of $10,000. Please respond by November 23, 2026.
"""


def add_app(services: Services, company: str, stage: Stage = Stage.FINAL) -> int:
    details = ApplicationDetails(company, "Engineer", date(2026, 10, 1))
    app_id = services.pipeline.add(details).application_ids[0]
    if stage is not Stage.APPLIED:
        services.pipeline.advance(app_id, stage, date(2026, 11, 2))
    return app_id


def propose(services: Services, folder: Path, name: str, text: str) -> LetterProposal:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return services.offers.propose(services.attachments.stage(path))


def confirm(services: Services, app_id: int, proposal: LetterProposal) -> None:
    received = services.offers.suggested_received_on(proposal, app_id)
    services.offers.confirm(
        app_id, proposal, AttachmentKind.OFFER_LETTER, proposal.terms.record(), received
    )


def test_confirming_a_letter_records_the_offer_and_moves_the_application(
    services: Services, tmp_path: Path
) -> None:
    app_id = add_app(services, "Acme Robotics")
    before = services.pipeline.application(app_id)
    proposal = propose(services, tmp_path, "acme offer.txt", ACME)
    assert proposal.kind is AttachmentKind.OFFER_LETTER
    assert proposal.terms.companies == ("Acme Robotics",)
    assert services.offers.candidates(proposal)[0].id == app_id
    received = services.offers.suggested_received_on(proposal, app_id)
    assert received == date(2026, 11, 18)  # the letter's own date

    change = services.offers.confirm(
        app_id, proposal, AttachmentKind.OFFER_LETTER, proposal.terms.record(), received
    )
    assert change.kinds >= {APPLICATIONS, OFFERS, ATTACHMENTS}
    app = services.pipeline.application(app_id)
    assert app.furthest_stage is Stage.OFFER
    last = app.events[-1]
    assert (last.on, last.backfilled) == (date(2026, 11, 18), True)  # dated from the letter
    (summary,) = services.offers.summaries()
    assert summary.offer.terms.base_amount == 185000
    assert summary.figures.first_year_total == Decimal("292750.00")
    assert summary.days_left == 15  # 20 Nov to 5 Dec
    (letter,) = services.attachments.for_application(app_id)
    assert letter.kind is AttachmentKind.OFFER_LETTER and letter.readable
    assert services.offers.letter(summary.offer.id) == letter

    # One undo takes back the offer, the file and the stage together.
    undo = services.pipeline.undo()
    assert undo.kinds >= {OFFERS, ATTACHMENTS}
    assert services.pipeline.application(app_id) == before
    assert services.offers.summaries() == []
    assert services.attachments.for_application(app_id) == []
    services.pipeline.redo()
    assert services.offers.summaries()[0].offer == summary.offer


def test_an_application_already_at_offer_is_not_moved_again(
    services: Services, tmp_path: Path
) -> None:
    app_id = add_app(services, "Acme Robotics", Stage.OFFER)
    events = services.pipeline.application(app_id).events
    confirm(services, app_id, propose(services, tmp_path, "a.txt", ACME))
    assert services.pipeline.application(app_id).events == events


def test_a_second_letter_replaces_the_terms_and_undo_brings_them_back(
    services: Services, tmp_path: Path
) -> None:
    app_id = add_app(services, "Acme Robotics")
    confirm(services, app_id, propose(services, tmp_path, "first.txt", ACME))
    (first,) = services.offers.summaries()
    services.offers.set_status(first.offer.id, OfferStatus.NEGOTIATING)
    revised = ACME.replace("$185,000", "$195,000")
    confirm(services, app_id, propose(services, tmp_path, "revised.txt", revised))
    (second,) = services.offers.summaries()
    assert second.offer.id == first.offer.id
    assert second.offer.terms.base_amount == 195000
    assert second.status is OfferStatus.NEGOTIATING  # kept
    assert len(services.attachments.for_application(app_id)) == 2  # both letters kept
    services.pipeline.undo()
    assert services.offers.summaries()[0].offer.terms.base_amount == 185000


def test_deleting_an_application_and_undoing_brings_its_offer_and_files_back(
    services: Services, tmp_path: Path
) -> None:
    app_id = add_app(services, "Acme Robotics")
    confirm(services, app_id, propose(services, tmp_path, "a.txt", ACME))
    offers = services.offers.summaries()
    files = services.attachments.for_application(app_id)
    services.pipeline.delete([app_id])
    assert services.offers.summaries() == []
    services.pipeline.undo()
    assert services.offers.summaries() == offers
    assert services.attachments.for_application(app_id) == files


def test_undoing_an_unrelated_step_keeps_the_offer(services: Services, tmp_path: Path) -> None:
    app_id = add_app(services, "Acme Robotics")
    confirm(services, app_id, propose(services, tmp_path, "a.txt", ACME))
    services.pipeline.edit(
        app_id, ApplicationDetails("Acme Robotics", "Staff Engineer", date(2026, 10, 1))
    )
    services.pipeline.undo()
    assert len(services.offers.summaries()) == 1
    assert len(services.attachments.for_application(app_id)) == 1


@pytest.mark.parametrize(
    ("prepare", "message"),
    [
        (lambda s, i: s.pipeline.reject(i), "Reopen it before recording an offer"),
        (lambda s, i: None, "after today"),
    ],
)
def test_offers_that_break_the_rules_are_refused(
    services: Services,
    tmp_path: Path,
    prepare: Callable[[Services, int], object],
    message: str,
) -> None:
    app_id = add_app(services, "Acme Robotics")
    prepare(services, app_id)
    proposal = propose(services, tmp_path, "a.txt", ACME)
    received = date(2026, 11, 21) if message == "after today" else date(2026, 11, 19)
    with pytest.raises(UserError, match=message):
        services.offers.confirm(
            app_id, proposal, AttachmentKind.OFFER_LETTER, proposal.terms.record(), received
        )
    assert services.offers.summaries() == []


def test_an_offer_dated_before_the_last_step_is_refused(services: Services, tmp_path: Path) -> None:
    app_id = add_app(services, "Acme Robotics")
    proposal = propose(services, tmp_path, "a.txt", ACME)
    with pytest.raises(UserError, match="before the last thing that happened"):
        services.offers.confirm(
            app_id,
            proposal,
            AttachmentKind.OFFER_LETTER,
            proposal.terms.record(),
            date(2026, 11, 1),
        )
    # A letter dated before the history ends is not suggested; today is.
    early = propose(services, tmp_path, "b.txt", ACME.replace("November 18", "October 28"))
    assert services.offers.suggested_received_on(early, app_id) == date(2026, 11, 20)


def test_accept_and_decline_follow_the_application(services: Services, tmp_path: Path) -> None:
    acme = add_app(services, "Acme Robotics")
    globex = add_app(services, "Globex")
    confirm(services, acme, propose(services, tmp_path, "a.txt", ACME))
    confirm(services, globex, propose(services, tmp_path, "g.txt", GLOBEX))
    by_company = {s.company: s for s in services.offers.summaries()}
    services.offers.accept(by_company["Acme Robotics"].offer.id)
    services.offers.decline(by_company["Globex"].offer.id, date(2026, 11, 20))
    assert services.pipeline.application(acme).outcome is Outcome.ACCEPTED
    assert services.pipeline.application(globex).outcome is Outcome.DECLINED
    statuses = {s.company: s.status for s in services.offers.summaries()}
    assert statuses == {"Acme Robotics": OfferStatus.ACCEPTED, "Globex": OfferStatus.DECLINED}
    assert services.offers.replies_due() == []  # decided offers need no reply
    with pytest.raises(UserError, match="Reopen the application"):
        services.offers.set_status(by_company["Globex"].offer.id, OfferStatus.NEGOTIATING)
    services.pipeline.undo()
    statuses = {s.company: s.status for s in services.offers.summaries()}
    assert statuses == {"Acme Robotics": OfferStatus.ACCEPTED, "Globex": OfferStatus.OPEN}


def test_status_changes_are_undoable(services: Services, tmp_path: Path) -> None:
    app_id = add_app(services, "Acme Robotics")
    confirm(services, app_id, propose(services, tmp_path, "a.txt", ACME))
    offer_id = services.offers.summaries()[0].offer.id
    change = services.offers.set_status(offer_id, OfferStatus.NEGOTIATING)
    assert OFFERS in change.kinds
    with pytest.raises(UserError, match="already negotiating"):
        services.offers.set_status(offer_id, OfferStatus.NEGOTIATING)
    services.pipeline.undo()
    assert services.offers.offer(offer_id).status is OfferStatus.OPEN


def test_three_offers_in_two_currencies_side_by_side(services: Services, tmp_path: Path) -> None:
    for company, text in (("Acme Robotics", ACME), ("Northwind", NORTHWIND), ("Globex", GLOBEX)):
        confirm(
            services,
            add_app(services, company),
            propose(services, tmp_path, f"{company}.txt", text),
        )
    summaries = {s.company: s for s in services.offers.summaries()}
    acme, north, globex = summaries["Acme Robotics"], summaries["Northwind"], summaries["Globex"]
    assert (acme.figures.currency, north.figures.currency, globex.figures.currency) == (
        "USD",
        "GBP",
        "USD",
    )
    assert acme.figures.yearly_total == Decimal("272750.00")  # 185,000 + 27,750 + 60,000
    assert north.figures.yearly_total == Decimal("82500.00")  # 75,000 + 10%
    assert north.offer.terms.deadline_on == date(2026, 11, 22)  # 3 days after 19 Nov
    assert globex.figures.first_year_total == Decimal("170000.00")  # 160,000 + 10,000
    due = services.offers.replies_due()
    assert [(s.company, s.days_left) for s in due] == [("Northwind", 2), ("Globex", 3)]

    # A rate converts only where entered, and only beside the pounds.
    terms = north.offer.terms
    from dataclasses import replace

    services.offers.edit(
        north.offer.id, replace(terms, exchange_rate=Decimal("1.27"), rate_currency="USD")
    )
    north = {s.company: s for s in services.offers.summaries()}["Northwind"]
    assert north.figures.yearly_total == Decimal("82500.00")
    assert north.figures.converted_yearly == Decimal("104775.00")
    with pytest.raises(UserError, match="Nothing was changed"):
        services.offers.edit(north.offer.id, north.offer.terms)


def test_an_email_with_the_letter_attached_reads_the_terms_from_the_attachment(
    services: Services, tmp_path: Path, make_pdf: Callable[[Path, str], None]
) -> None:
    pdf = tmp_path / "letter.pdf"
    make_pdf(pdf, ACME)
    message = EmailMessage(policy=email.policy.SMTP)
    message["From"] = "people@acme.example"
    message["Subject"] = "Fwd: your offer"
    message["Date"] = "Wed, 18 Nov 2026 09:00:00 +0000"
    message.set_content("Forwarding the offer letter, see attached.")
    message.add_attachment(
        pdf.read_bytes(), maintype="application", subtype="pdf", filename="Acme offer.pdf"
    )
    eml = tmp_path / "offer.eml"
    eml.write_bytes(message.as_bytes())
    app_id = add_app(services, "Acme Robotics")
    proposal = services.offers.propose(services.attachments.stage(eml))
    assert proposal.source_name == "Acme offer.pdf"
    assert proposal.terms.base is not None and proposal.terms.base.value == 185000
    confirm(services, app_id, proposal)
    files = {a.display_name: a for a in services.attachments.for_application(app_id)}
    assert set(files) == {"offer.eml", "Acme offer.pdf"}
    assert files["Acme offer.pdf"].parent_id == files["offer.eml"].id
    assert files["Acme offer.pdf"].kind is AttachmentKind.OFFER_LETTER
    offer = services.offers.summaries()[0].offer
    assert offer.source_attachment_id == files["Acme offer.pdf"].id


def test_a_file_kept_as_a_cv_records_no_offer(services: Services, tmp_path: Path) -> None:
    app_id = add_app(services, "Acme Robotics", Stage.SCREEN)
    proposal = propose(services, tmp_path, "Sam Rivera CV.md", "# Sam Rivera\n\nBackend engineer.")
    assert proposal.kind is AttachmentKind.CV
    services.offers.confirm(app_id, proposal, AttachmentKind.CV, None, date(2026, 11, 20))
    assert services.offers.summaries() == []
    assert services.pipeline.application(app_id).furthest_stage is Stage.SCREEN
    (cv,) = services.attachments.for_application(app_id)
    assert cv.kind is AttachmentKind.CV


def test_terms_are_checked_before_saving(services: Services, tmp_path: Path) -> None:
    app_id = add_app(services, "Acme Robotics")
    proposal = propose(services, tmp_path, "a.txt", ACME)
    bad = OfferTermsRecord(base_amount=Decimal(1000), base_period=Period.YEAR)
    with pytest.raises(UserError, match="currency"):
        services.offers.confirm(
            app_id, proposal, AttachmentKind.OFFER_LETTER, bad, date(2026, 11, 19)
        )
    assert services.offers.summaries() == []
